package timex

import (
	"github.com/newsmodel/newsmodel/internal/calendar"
	"github.com/newsmodel/newsmodel/news"
)

// withTime extends a day with a time of day: "March 23, 2025 at 10:15 a.m.
// ET", "Sun, 23 Mar 2025 14:05:00 EDT", "yesterday morning".
func (p *parser) withTime(it item) (item, bool) {
	j := p.skipComma(it.end)
	if k := p.has(j, rDayPart); k > 0 {
		if k2 := p.has(k, rAt); k2 > 0 {
			if _, _, ok := p.timeOfDay(k2, false); !ok {
				it.end = k
				return it, true
			}
		}
		if _, _, ok := p.timeOfDay(k, false); !ok {
			it.end = k
			return it, true
		}
		j = k
	}
	if k := p.has(j, rAt); k > 0 {
		j = k
	} else if p.punct(j, '@') {
		j++
	}
	c, k, ok := p.timeOfDay(j, false)
	if !ok {
		return item{}, false
	}
	d, ok := p.dateTime(it.y, it.m, it.day, c)
	if !ok {
		return item{}, false
	}
	if !it.lazy && it.d.Uncertain() {
		// A day made uncertain by a weekday that contradicts it ("Mon, 23
		// Mar 2025 14:05:00 +0000") stays so with its time.
		d = d.Qualified(news.Uncertain)
		if !p.fold.IsZero() {
			p.fold = p.fold.Qualified(news.Uncertain)
		}
	}
	it.end, it.d, it.hasTime, it.lazy = k, d, true, false
	p.addFold(&it)
	return it, true
}

// timeOfDay reads "14:05", "14:05:00.5", "10 a.m.", "10:15 p.m.", "noon",
// "midnight", with an optional zone after it. In running text a bare
// "14:05" needs a zone or needMark false.
func (p *parser) timeOfDay(i int, needMark bool) (clock, int, bool) {
	c := clock{zone: -1}
	j := -1
	marked := false
	if k := p.has(i, rNoon); k > 0 {
		c.h, c.prec, j, marked = 12, news.PrecisionHour, k, true
	} else if k := p.has(i, rMidnight); k > 0 {
		c.h, c.prec, j, marked = 0, news.PrecisionHour, k, true
	} else {
		h, nd, ok := p.num(i)
		if !ok || nd > 2 {
			return c, 0, false
		}
		c.h, c.prec, j = h, news.PrecisionHour, i+1
		if p.punct(j, ':') && p.adj(j) && p.adj(j+1) {
			m, nd, ok := p.num(j + 1)
			if !ok || nd != 2 {
				return c, 0, false
			}
			c.m, c.prec, j = m, news.PrecisionMinute, j+2
			if p.punct(j, ':') && p.adj(j) && p.adj(j+1) {
				s, nd, ok := p.num(j + 1)
				if !ok || nd != 2 {
					return c, 0, false
				}
				c.s, c.prec, j = s, news.PrecisionSecond, j+2
				if (p.punct(j, '.') || p.punct(j, ',')) && p.adj(j) && p.adj(j+1) && j+1 < len(p.toks) && p.toks[j+1].kind == tNum && p.toks[j+1].nd <= 9 {
					c.frac = p.s[p.toks[j+1].b0:p.toks[j+1].b1]
					j += 2
				}
			}
		}
		ampm := 0
		if k := p.has(j, rAM); k > 0 {
			ampm, j = 1, k
		} else if k := p.has(j, rPM); k > 0 {
			ampm, j = 2, k
		}
		if ampm != 0 {
			marked = true
			if c.h < 1 || c.h > 12 {
				p.bad = true
				return c, 0, false
			}
			// TimeML: "3 pm" is the hour; minutes only when written.
			c.h %= 12
			if ampm == 2 {
				c.h += 12
			}
		} else if c.prec == news.PrecisionHour {
			return c, 0, false
		}
		if c.h > 23 || c.m > 59 || c.s > 59 {
			p.bad = true
			return c, 0, false
		}
	}
	if k, ok := p.zone(j, &c); ok {
		j, marked = k, true
	}
	if needMark && !marked {
		return c, 0, false
	}
	return c, j, true
}

// timeFirst reads a time of day alone ("noon", "10:15 p.m.") on the anchor's
// day, or followed by a day ("10 a.m. on Monday", "14:05, March 23").
func (p *parser) timeFirst(i int) (item, bool) {
	need := p.find
	if need && i > 0 && (p.has(i-1, rAt) > 0 || p.has(i-1, rBy) > 0 || p.has(i-1, rUntil) > 0 || p.has(i-1, rFrom) > 0) {
		need = false
	}
	c, j, ok := p.timeOfDay(i, need)
	if !ok {
		return item{}, false
	}
	k := p.skipComma(j)
	if k2 := p.has(k, rOn); k2 > 0 {
		k = k2
	}
	if k > j || k < len(p.toks) && p.toks[k].kind == tWord {
		if day, ok := p.point(k); ok && day.k == kDay && !day.hasTime {
			d, ok := p.dateTime(day.y, day.m, day.day, c)
			if ok {
				day.start, day.d, day.hasTime = i, d, true
				p.addFold(&day)
				return day, true
			}
		}
	}
	y, m, d := ymdOf(p.aday)
	dt, ok := p.dateTime(y, m, d, c)
	if !ok {
		return item{}, false
	}
	it := item{start: i, end: j, d: dt, res: news.Nearest, hasTime: true, k: kDay, y: y, m: m, day: d}
	p.addFold(&it)
	return it, true
}

// dateTime builds the date-time of day y-m-d at c.
func (p *parser) dateTime(y, m, d int, c clock) (news.Date, bool) {
	if !validDay(y, m, d) {
		p.bad = true
		return news.Date{}, false
	}
	b := calendar.AppendDate(make([]byte, 0, 32), int64(y), m, d)
	b = append(b, 'T')
	b = calendar.AppendInt(b, int64(c.h), 2)
	if c.prec >= news.PrecisionMinute {
		b = append(b, ':')
		b = calendar.AppendInt(b, int64(c.m), 2)
	}
	if c.prec >= news.PrecisionSecond {
		b = append(b, ':')
		b = calendar.AppendInt(b, int64(c.s), 2)
		if c.frac != "" {
			b = append(b, '.')
			b = append(b, c.frac...)
		}
	}
	p.fold = news.Date{}
	off, ok, gap, alt, altOK := p.offset(c, y, m, d)
	if gap {
		// The clocks skip this time of day: it never was.
		p.bad = true
		return news.Date{}, false
	}
	n := len(b)
	if ok {
		b = calendar.AppendOffset(b, off)
	}
	dt, err := news.ParseDate(string(b))
	if err != nil {
		p.bad = true
		return news.Date{}, false
	}
	if altOK {
		if f, err := news.ParseDate(string(calendar.AppendOffset(b[:n], alt))); err == nil {
			p.fold = f
		}
	}
	return dt, true
}
