package timex

import (
	"strconv"
	"time"

	"github.com/newsmodel/newsmodel/internal/calendar"
	"github.com/newsmodel/newsmodel/news"
)

// point parses the longest single date at i: no range, no open interval.
func (p *parser) point(i int) (item, bool) {
	// Dates nest a few levels at most ("since the end of the first quarter
	// of 2024"); the bound keeps "the the the …" linear.
	if i >= len(p.toks) || p.depth >= maxDepth {
		return item{}, false
	}
	p.depth++
	it, ok := p.point1(i)
	p.depth--
	return it, ok
}

func (p *parser) point1(i int) (item, bool) {
	var best item
	ok := false
	try := func(it item, good bool) {
		if good && (!ok || it.end > best.end) {
			best, ok = it, true
		}
	}
	t := &p.toks[i]
	switch t.kind {
	case tNum:
		if it, good := p.iso(i); good {
			try(it, good)
			break
		}
		try(p.numeric(i))
		try(p.dayMonth(i))
		try(p.timeFirst(i))
		try(p.yearPoint(i))
		try(p.ordinalPeriod(i))
		try(p.ordinalDay(i))
	case tPunct:
		if t.ch == '\'' {
			try(p.yearPoint(i))
		}
	case tWord:
		seen := uint64(0)
		for k := range t.ents {
			r := t.ents[k].role
			if seen&(1<<r) != 0 {
				continue
			}
			seen |= 1 << r
			switch r {
			case rMonth:
				try(p.monthFirst(i))
			case rWeekday:
				try(p.weekday(i))
			case rToday, rYesterday, rTomorrow, rTonight:
				try(p.dayWord(i))
			case rLast, rThis, rNext, rPast, rComing:
				try(p.modified(i))
			case rEarly, rMid, rLate:
				try(p.part(i))
			case rEarlier, rLater:
				try(p.earlierThis(i))
			case rSeason:
				try(p.season(i))
			case rQPrefix, rHPrefix:
				try(p.qPrefix(i))
			case rOrdinal, rCardinal:
				try(p.ordinalPeriod(i))
				try(p.ordinalDay(i))
			case rHoliday:
				try(p.holiday(i))
			case rNoon, rMidnight:
				try(p.timeFirst(i))
			case rThe:
				try(p.the(i))
			case rUnit:
				try(p.dayBefore(i))
			case rDayPart:
				try(p.dayPartOf(i))
			case rDecadeWord:
				try(p.decadeWord(i))
			case rWeekend:
				try(p.weekend(i))
			}
		}
	}
	if ok && best.k == kDay && !best.hasTime {
		try(p.withTime(best))
	}
	best.materialize()
	return best, ok
}

// maxDepth bounds the nesting of dates within dates.
const maxDepth = 6

// the reads "the" and a date that may follow it.
func (p *parser) the(i int) (item, bool) {
	j := p.has(i, rThe)
	if j < 0 {
		return item{}, false
	}
	save := p.theAt
	p.theAt = j
	it, ok := p.point(j)
	p.theAt = save
	if !ok {
		return item{}, false
	}
	// "the" belongs to "the 1990s", "the 23rd", "the end of the month",
	// not to "the 2020 election".
	if it.res != news.Explicit || it.d.Precision() == news.PrecisionDecade || it.start != j ||
		p.toks[j].kind != tNum && p.has(j, rQPrefix) < 0 && p.has(j, rHPrefix) < 0 {
		it.start = i
	}
	return it, true
}

// dayItem is the item of a calendar day.
func (p *parser) dayItem(start, end, y, m, d int, given bool, res news.Resolution) (item, bool) {
	if !validDay(y, m, d) {
		p.bad = true
		return item{}, false
	}
	// The Date is built only if this reading wins (see point).
	return item{start: start, end: end, k: kDay, y: y, m: m, day: d, yearGiven: given, res: res, lazy: true}, true
}

// materialize builds the Date of a calendar day read lazily.
func (it *item) materialize() {
	if it.lazy && !it.hasTime {
		switch it.k {
		case kDay:
			it.d = dayD(it.y, it.m, it.day)
		case kMonth:
			it.d = monthD(it.y, it.m)
		case kYear:
			it.d = yearD(it.y)
		}
	}
	it.lazy = false
}

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
		c.h, c.prec, j, marked = 12, news.PrecisionMinute, k, true
	} else if k := p.has(i, rMidnight); k > 0 {
		c.h, c.prec, j, marked = 0, news.PrecisionMinute, k, true
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
			if c.prec == news.PrecisionHour {
				c.prec = news.PrecisionMinute
			}
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

// zone reads a zone abbreviation with an optional offset ("ET", "UTC-05",
// "GMT+1") or a bare offset ("+0300", "-05:00"), also in parentheses.
func (p *parser) zone(j int, c *clock) (int, bool) {
	paren := false
	if p.punct(j, '(') {
		paren = true
		j++
	}
	k := j
	found := false
	if e, k2 := p.ent(j, rZone); e != nil {
		c.zone = int(e.val)
		k, found = k2, true
	}
	if (p.punct(k, '+') || p.punct(k, '-') || p.punct(k, '−')) && (found || !paren) {
		sign := 1
		if !p.punct(k, '+') {
			sign = -1
		}
		if v, nd, ok := p.num(k + 1); ok && p.adj(k+1) {
			h, m := 0, 0
			kk := k + 2
			switch nd {
			case 1, 2:
				h = v
				if p.punct(kk, ':') && p.adj(kk) {
					if mm, nd2, ok := p.num(kk + 1); ok && nd2 == 2 && p.adj(kk+1) {
						m, kk = mm, kk+2
					}
				}
			case 4:
				h, m = v/100, v%100
			default:
				return 0, false
			}
			if h > 14 || m > 59 {
				return 0, false
			}
			c.extra = sign * (h*3600 + m*60)
			c.hasOff = true
			k, found = kk, true
		}
	}
	if !found {
		return 0, false
	}
	if paren {
		if !p.punct(k, ')') {
			return 0, false
		}
		k++
	}
	return k, true
}

// offset returns the zone offset of c at the local time y-m-d c.h:c.m:c.s,
// and whether c has a zone. A local time that a change of clocks skips has
// no offset (gap true); one that occurs twice has two, the earlier instant's
// first (alt is the other, altOK true).
func (p *parser) offset(c clock, y, m, d int) (off int, ok, gap bool, alt int, altOK bool) {
	var at func(u time.Time) int
	switch {
	case c.zone < 0 && c.hasOff:
		return c.extra, true, false, 0, false
	case c.zone < 0 && p.n.loc != nil:
		loc := p.n.loc
		at = func(u time.Time) int { _, o := u.In(loc).Zone(); return o }
	case c.zone < 0:
		return 0, false, false, 0, false
	default:
		z := p.c.lang.Zones[c.zone]
		std := z.Offset + c.extra
		switch z.DST {
		case USDST:
			at = func(u time.Time) int {
				ls := u.Add(time.Duration(std) * time.Second)
				if calendar.USDST(ls.Year(), int(ls.Month()), ls.Day(), ls.Hour()) {
					return std + 3600
				}
				return std
			}
		case EUDST:
			at = func(u time.Time) int {
				if calendar.EUDST(u.Year(), int(u.Month()), u.Day(), u.Hour()) {
					return std + 3600
				}
				return std
			}
		default:
			return std, true, false, 0, false
		}
	}
	// The offsets in force a day before and after the wall time read as
	// UTC bracket every reading of it, since clocks change months apart.
	wall := time.Date(y, time.Month(m), d, c.h, c.m, c.s, 0, time.UTC)
	o1, o2 := at(wall.Add(-24*time.Hour)), at(wall.Add(24*time.Hour))
	ok1 := at(wall.Add(-time.Duration(o1)*time.Second)) == o1
	ok2 := o2 != o1 && at(wall.Add(-time.Duration(o2)*time.Second)) == o2
	switch {
	case ok1 && ok2:
		// Twice: the larger offset is the earlier instant.
		if o2 > o1 {
			o1, o2 = o2, o1
		}
		return o1, true, false, o2, true
	case ok1:
		return o1, true, false, 0, false
	case ok2:
		return o2, true, false, 0, false
	}
	return 0, false, true, 0, false
}

// dateTime builds the date-time of day y-m-d at c.
func (p *parser) dateTime(y, m, d int, c clock) (news.Date, bool) {
	if !validDay(y, m, d) {
		p.bad = true
		return news.Date{}, false
	}
	b := make([]byte, 0, 32)
	b = calendar.AppendYear(b, int64(y))
	b = append(b, '-')
	b = calendar.AppendInt(b, int64(m), 2)
	b = append(b, '-')
	b = calendar.AppendInt(b, int64(d), 2)
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
		b = appendOffset(b, off)
	}
	dt, err := news.ParseDate(string(b))
	if err != nil {
		p.bad = true
		return news.Date{}, false
	}
	if altOK {
		if f, err := news.ParseDate(string(appendOffset(b[:n], alt))); err == nil {
			p.fold = f
		}
	}
	return dt, true
}

// appendOffset appends the zone offset off, in seconds, as Z or ±hh:mm.
func appendOffset(b []byte, off int) []byte {
	if off == 0 {
		return append(b, 'Z')
	}
	sign := byte('+')
	if off < 0 {
		sign, off = '-', -off
	}
	b = append(b, sign)
	b = calendar.AppendInt(b, int64(off/3600), 2)
	b = append(b, ':')
	return calendar.AppendInt(b, int64(off/60%60), 2)
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

// ---- ISO 8601 and numeric dates ----

// iso reads ISO 8601 and RFC 3339 dates and date-times written without
// spaces: 2025-03-23, 2025-03, 2025-W12, 2025-W12-7, 20250323,
// 2025-03-23T14:05:00Z, 20250323T140500+0100.
func (p *parser) iso(i int) (item, bool) {
	y, nd, _ := p.num(i)
	s := p.s
	b0 := int(p.toks[i].b0)
	var mo, d, wk, wd int
	j := i + 1
	var prec news.Precision
	switch {
	case nd == 8:
		y, mo, d = y/10000, y/100%100, y%100
		prec = news.PrecisionDay
		if p.find && !(j < len(p.toks) && p.adj(j) && p.toks[j].kind == tWord && (s[p.toks[j].b0] == 'T' || s[p.toks[j].b0] == 't')) {
			return item{}, false
		}
	case nd == 4 && p.dash(j) && p.toks[j].ch == '-' && p.adj(j) && p.adj(j+1):
		if v, nd2, ok := p.num(j + 1); ok && nd2 == 2 {
			mo, prec, j = v, news.PrecisionMonth, j+2
			if p.punct(j, '-') && p.adj(j) && p.adj(j+1) {
				if v, nd3, ok := p.num(j + 1); ok && nd3 == 2 {
					d, prec, j = v, news.PrecisionDay, j+2
				} else {
					return item{}, false
				}
			}
		} else if j+1 < len(p.toks) && p.toks[j+1].kind == tWord && p.toks[j+1].b1-p.toks[j+1].b0 == 1 && (s[p.toks[j+1].b0]|0x20) == 'w' {
			v, nd2, ok := p.num(j + 2)
			if !ok || nd2 != 2 || !p.adj(j+2) {
				return item{}, false
			}
			wk, prec, j = v, news.PrecisionWeek, j+3
			if p.punct(j, '-') && p.adj(j) && p.adj(j+1) {
				if v, nd3, ok := p.num(j + 1); ok && nd3 == 1 {
					wd, prec, j = v, news.PrecisionDay, j+2
				}
			}
		} else {
			return item{}, false
		}
	default:
		return item{}, false
	}
	if prec == news.PrecisionWeek || wk != 0 {
		str := string(calendar.AppendInt(calendar.AppendInt(append(calendar.AppendInt(nil, int64(y), 4), "-W"...), int64(wk), 2), 0, 0))
		str = str[:len(str)-1]
		if wd != 0 {
			str += "-" + strconv.Itoa(wd)
		}
		dt, err := news.ParseDate(str)
		if err != nil {
			p.bad = true
			return item{}, false
		}
		it := item{start: i, end: j, d: dt, res: news.Explicit}
		if prec == news.PrecisionDay {
			t, _ := dt.Start()
			it.k, it.y, it.m, it.day, it.yearGiven = kDay, t.Year(), int(t.Month()), t.Day(), true
			it.d = news.DateOf(t, news.PrecisionDay)
		}
		return it, true
	}
	if prec == news.PrecisionMonth {
		it := item{start: i, end: j, k: kMonth, y: y, m: mo, yearGiven: true, res: news.Explicit, d: monthD(y, mo)}
		if it.d.IsZero() {
			p.bad = true
			return item{}, false
		}
		return it, true
	}
	it, ok := p.dayItem(i, j, y, mo, d, true, news.Explicit)
	if !ok {
		return item{}, false
	}
	// A time glued with T.
	if j < len(p.toks) && p.adj(j) && p.toks[j].kind == tWord && (s[p.toks[j].b0]|0x20) == 't' {
		t := p.toks[j]
		k := j + 1
		var c clock
		c.zone = -1
		if t.b1-t.b0 != 1 || !p.adj(k) {
			return it, true
		}
		h, ndh, ok := p.num(k)
		if !ok {
			return item{}, false
		}
		switch ndh {
		case 2:
			c.h, c.prec, k = h, news.PrecisionHour, k+1
			if p.punct(k, ':') && p.adj(k) {
				mm, ndm, ok := p.num(k + 1)
				if !ok || ndm != 2 || !p.adj(k+1) {
					return item{}, false
				}
				c.m, c.prec, k = mm, news.PrecisionMinute, k+2
				if p.punct(k, ':') && p.adj(k) {
					ss, nds, ok := p.num(k + 1)
					if !ok || nds != 2 || !p.adj(k+1) {
						return item{}, false
					}
					c.s, c.prec, k = ss, news.PrecisionSecond, k+2
				}
			}
		case 4:
			c.h, c.m, c.prec, k = h/100, h%100, news.PrecisionMinute, k+1
		case 6:
			c.h, c.m, c.s, c.prec, k = h/10000, h/100%100, h%100, news.PrecisionSecond, k+1
		default:
			return item{}, false
		}
		if c.prec == news.PrecisionSecond && (p.punct(k, '.') || p.punct(k, ',')) && p.adj(k) && p.adj(k+1) {
			if _, ndf, ok := p.num(k + 1); ok && ndf <= 9 {
				c.frac = s[p.toks[k+1].b0:p.toks[k+1].b1]
				k += 2
			}
		}
		if c.h > 23 || c.m > 59 || c.s > 59 {
			p.bad = true
			return item{}, false
		}
		// Z or an offset, glued.
		if k < len(p.toks) && p.adj(k) {
			if zt := p.toks[k]; zt.kind == tWord && zt.b1-zt.b0 == 1 && (s[zt.b0]|0x20) == 'z' {
				c.hasOff, k = true, k+1
			} else if kk, ok := p.zone(k, &c); ok {
				k = kk
			}
		}
		dt, ok := p.dateTime(y, mo, d, c)
		if !ok {
			return item{}, false
		}
		it.end, it.d, it.hasTime = k, dt, true
		p.addFold(&it)
		_ = b0
		return it, true
	}
	return it, true
}

// numeric reads 23.03.2025, 2025/03/23, 3/4/2025, 3/4/25, 03-04-2025.
func (p *parser) numeric(i int) (item, bool) {
	a, nda, _ := p.num(i)
	j := i + 1
	if j >= len(p.toks) || !p.adj(j) || p.toks[j].kind != tPunct {
		return item{}, false
	}
	sep := p.toks[j].ch
	if sep != '/' && sep != '.' && sep != '-' {
		return item{}, false
	}
	b, ndb, ok := p.num(j + 1)
	if !ok || !p.adj(j+1) || !p.punct(j+2, sep) || !p.adj(j+2) || !p.adj(j+3) {
		return item{}, false
	}
	c, ndc, ok := p.num(j + 3)
	if !ok || ndb > 2 {
		return item{}, false
	}
	end := j + 4
	// Not part of a longer run of numbers ("1.2.3.4", "192.168.0.1").
	if end < len(p.toks) && p.adj(end) && p.toks[end].kind == tPunct && p.toks[end].ch == sep && end+1 < len(p.toks) && p.toks[end+1].kind == tNum {
		return item{}, false
	}
	if nda == 4 {
		if sep == '-' || ndc > 2 {
			return item{}, false
		}
		return p.dayItem(i, end, a, b, c, true, news.Explicit)
	}
	if nda > 2 || (ndc != 4 && ndc != 2) {
		return item{}, false
	}
	if p.find && ndc == 2 && sep != '/' {
		return item{}, false
	}
	y := c
	if ndc == 2 {
		y = p.pivot(c)
	}
	dayFirst := p.n.dayFirst || sep == '.'
	d1, m1, d2, m2 := b, a, a, b
	if dayFirst {
		d1, m1, d2, m2 = a, b, b, a
	}
	switch {
	case validDay(y, m1, d1):
		it, _ := p.dayItem(i, end, y, m1, d1, true, news.Explicit)
		if m1 != m2 && validDay(y, m2, d2) {
			p.addAlt(&it, dayD(y, m2, d2))
		}
		return it, true
	case validDay(y, m2, d2):
		return p.dayItem(i, end, y, m2, d2, true, news.Explicit)
	}
	p.bad = true
	return item{}, false
}

// ---- written dates ----

// monthContext reports whether the token before i makes a lone month or
// season a date in running text: "in May", "since March", "early May".
func (p *parser) monthContext(i int) bool {
	if i == p.rangeEnd {
		return true
	}
	k := i - 1
	if k >= 0 && p.has(k, rThe) == i {
		k--
	}
	if k < 0 {
		return false
	}
	for _, r := range [...]role{rIn, rSince, rUntil, rBy, rDuring, rOf, rFrom, rBetween, rBefore, rAfter, rLast, rThis, rNext, rPast, rComing, rEarly, rMid, rLate, rOn, rAt} {
		for _, e := range p.toks[k].ents {
			if e.role == r && len(e.rest) == 0 {
				return true
			}
		}
	}
	return p.dash(k) && k > 0 && p.has(k-1, rMid) == k
}

func (p *parser) ambiguous(i int) bool { return p.has(i, rAmbiguous) > 0 }

// monthFirst reads "March 23, 2025", "Mar. 23", "March 23rd", "March 2025",
// "March of 2025", "March '25" and "March".
func (p *parser) monthFirst(i int) (item, bool) {
	e, j := p.ent(i, rMonth)
	if e == nil {
		return item{}, false
	}
	m := int(e.val)
	if p.find && !p.toks[i].up {
		return item{}, false
	}
	if e.abbr && p.punct(j, '.') && p.adj(j) && j+1 < len(p.toks) && (p.toks[j+1].kind == tNum || p.toks[j+1].kind == tPunct && p.toks[j+1].ch == '\'') {
		j++
	}
	// Day.
	if d, k, ok := p.ordinal(j, false); ok && d >= 1 && d <= 31 && !(k < len(p.toks) && p.adj(k) && p.toks[k].kind == tPunct && p.toks[k].ch == ':') {
		if _, u := p.ent(k, rUnit); u < 0 {
			k2 := p.skipComma(k)
			if y, k3, ok := p.year(k2); ok {
				return p.dayItem(i, k3, y, m, d, true, news.Explicit)
			}
			if !validDay(2000, m, d) {
				p.bad = true
				return item{}, false
			}
			return p.yearless(i, k, m, d, -1)
		}
	}
	// Year.
	k := p.skipComma(j)
	if k2 := p.has(k, rOf); k2 > 0 {
		k = k2
	}
	if y, k2, ok := p.year(k); ok {
		if !okYear(y) {
			return item{}, false
		}
		return item{start: i, end: k2, k: kMonth, y: y, m: m, yearGiven: true, res: news.Explicit, lazy: true}, true
	}
	if p.find && (e.abbr || !p.monthContext(i)) {
		return item{}, false
	}
	return p.monthAlone(i, j, m)
}

func (p *parser) monthAlone(i, j, m int) (item, bool) {
	it := item{start: i, end: j, k: kMonth, m: m}
	py, fy := p.ay, p.ay
	if m > p.am {
		py--
	}
	if m < p.am {
		fy++
	}
	p.choose(&it, monthD(py, m), monthD(fy, m))
	it.y = py
	if it.res == news.Future {
		it.y = fy
	}
	return it, !it.d.IsZero()
}

// yearless resolves month m, day d without a year; wd, when not -1, is the
// weekday the text gave.
func (p *parser) yearless(i, j, m, d, wd int) (item, bool) {
	py, fy := p.ay, p.ay
	if civil(p.ay, m, d).After(p.aday) || !validDay(py, m, d) {
		py--
	}
	if civil(p.ay, m, d).Before(p.aday) || !validDay(fy, m, d) {
		fy++
	}
	for k := 0; k < 8 && !validDay(py, m, d); k++ {
		py--
	}
	for k := 0; k < 8 && !validDay(fy, m, d); k++ {
		fy++
	}
	it := item{start: i, end: j, k: kDay, m: m, day: d}
	if wd >= 0 {
		// The weekday picks the year: the nearest one that fits, in the
		// direction's order.
		fits := func(y int) bool { return validDay(y, m, d) && int(civil(y, m, d).Weekday()) == wd }
		switch {
		case fits(py) && fits(fy) || !fits(py) && !fits(fy):
		case fits(py):
			fy = py
		default:
			py = fy
		}
		if !fits(py) {
			for k := 1; k <= 11; k++ {
				if fits(p.ay - k) {
					py, fy = p.ay-k, p.ay-k
					break
				}
				if fits(p.ay + k) {
					py, fy = p.ay+k, p.ay+k
					break
				}
			}
		}
	}
	p.choose(&it, dayD(py, m, d), dayD(fy, m, d))
	t, _ := it.d.Start()
	it.y = t.Year()
	return it, !it.d.IsZero()
}

// dayMonth reads "23 March 2025", "23rd of March", "23 Mar 2025 14:05:00
// GMT" and "23-Mar-25".
func (p *parser) dayMonth(i int) (item, bool) {
	d, j, ok := p.ordinal(i, false)
	if !ok || d < 1 || d > 31 {
		return item{}, false
	}
	dash := false
	if p.dash(j) && p.adj(j) && p.adj(j+1) {
		j++
		dash = true
	} else if k := p.has(j, rOf); k > 0 {
		j = k
	}
	e, k := p.ent(j, rMonth)
	if e == nil {
		return item{}, false
	}
	if p.find && !p.toks[j].up {
		return item{}, false
	}
	m := int(e.val)
	if p.punct(k, '.') && p.adj(k) {
		k++
	}
	if dash {
		if p.dash(k) && p.adj(k) {
			if y, nd, ok := p.num(k + 1); ok && p.adj(k+1) && (nd == 2 || nd == 4) {
				if nd == 2 {
					y = p.pivot(y)
				}
				return p.dayItem(i, k+2, y, m, d, true, news.Explicit)
			}
		}
		return item{}, false
	}
	k2 := p.skipComma(k)
	if y, k3, ok := p.year(k2); ok {
		return p.dayItem(i, k3, y, m, d, true, news.Explicit)
	}
	if !validDay(2000, m, d) {
		p.bad = true
		return item{}, false
	}
	if p.find && e.abbr && p.toks[i].kind != tNum {
		return item{}, false
	}
	return p.yearless(i, k, m, d, -1)
}

// yearPoint reads "2025", "'70", "1990s", "the '90s".
func (p *parser) yearPoint(i int) (item, bool) {
	y, j, ok := p.year(i)
	if !ok {
		// "the 80s": a two-digit decade after "the".
		v, nd, isNum := p.num(i)
		if !isNum || nd != 2 || v%10 != 0 || p.theAt != i || i+1 >= len(p.toks) || !p.adj(i+1) ||
			p.toks[i+1].kind != tWord || p.toks[i+1].b1-p.toks[i+1].b0 != 1 || (p.s[p.toks[i+1].b0]|0x20) != 's' {
			return item{}, false
		}
		y = p.ay - p.ay%100 + v
		if y > p.ay {
			y -= 100
		}
		it := item{start: i, end: i + 2, res: news.Past, d: of(civil(y, 1, 1), news.PrecisionDecade)}
		return it, !it.d.IsZero()
	}
	twoDigit := p.punct(i, '\'')
	// A decade: 1990s, 1990's, '90s.
	k := j
	if p.punct(k, '\'') && p.adj(k) {
		k++
	}
	if k < len(p.toks) && p.adj(k) && p.toks[k].kind == tWord && p.toks[k].b1-p.toks[k].b0 == 1 && (p.s[p.toks[k].b0]|0x20) == 's' {
		if y%10 != 0 {
			return item{}, false
		}
		if twoDigit {
			y = p.ay - p.ay%100 + y%100
			if y > p.ay {
				y -= 100
			}
		}
		it := item{start: i, end: k + 1, res: news.Explicit, d: of(civil(y, 1, 1), news.PrecisionDecade)}
		if twoDigit {
			it.res = news.Past
		}
		if y%100 == 0 {
			p.addAlt(&it, of(civil(y, 1, 1), news.PrecisionCentury))
		}
		return it, !it.d.IsZero()
	}
	if p.find && !twoDigit && (y < 1000 || y > 2999) {
		return item{}, false
	}
	if p.find && twoDigit && !(i == 0 || p.toks[i].sp != 0) {
		return item{}, false
	}
	if !okYear(y) {
		return item{}, false
	}
	it := item{start: i, end: j, k: kYear, y: y, yearGiven: true, res: news.Explicit, lazy: true}
	if twoDigit {
		it.res = news.Nearest
	}
	return it, true
}

// decadeWord reads "the nineties", "the early eighties": the latest such
// decade not after the anchor's.
func (p *parser) decadeWord(i int) (item, bool) {
	e, j := p.ent(i, rDecadeWord)
	if e == nil {
		return item{}, false
	}
	if p.find && p.theAt != i && !(i > 0 && (p.dash(i-1) || p.has(i-1, rEarly) == i || p.has(i-1, rMid) == i || p.has(i-1, rLate) == i)) {
		return item{}, false
	}
	y := p.ay - p.ay%100 + int(e.val)
	if y > p.ay {
		y -= 100
	}
	it := item{start: i, end: j, res: news.Past, d: of(civil(y, 1, 1), news.PrecisionDecade)}
	return it, !it.d.IsZero()
}

// ---- weekdays and relative days ----

// weekday reads "Sunday, March 23", "Sun, 23 Mar 2025 14:05:00 EDT",
// "Sunday 2025-03-23" and "Monday" alone.
func (p *parser) weekday(i int) (item, bool) {
	e, j := p.ent(i, rWeekday)
	if e == nil {
		return item{}, false
	}
	wd := int(e.val)
	if p.punct(j, '.') && p.adj(j) && e.abbr {
		j++
	}
	k := p.skipComma(j)
	if k < len(p.toks) {
		var d item
		ok := false
		for _, f := range [...]func(int) (item, bool){p.monthFirst, p.dayMonth, p.numeric, p.iso} {
			if x, good := f(k); good && x.k == kDay && (!ok || x.end > d.end) {
				d, ok = x, true
			}
		}
		if ok {
			if !d.yearGiven {
				d, ok = p.yearless(k, d.end, d.m, d.day, wd)
			} else if int(civil(d.y, d.m, d.day).Weekday()) != wd {
				d.materialize()
				d.d = d.d.Qualified(news.Uncertain)
			}
			if ok {
				d.start = i
				return d, true
			}
		}
	}
	if p.find && (e.abbr || !p.toks[i].up) {
		return item{}, false
	}
	aw := int(p.aday.Weekday())
	past := p.aday.AddDate(0, 0, -((aw - wd + 7) % 7))
	future := p.aday.AddDate(0, 0, (wd-aw+7)%7)
	it := item{start: i, end: j, k: kDay}
	p.choose(&it, of(past, news.PrecisionDay), of(future, news.PrecisionDay))
	t, _ := it.d.Start()
	it.y, it.m, it.day = ymdOf(t)
	it.yearGiven = true
	return it, true
}

// dayWord reads today, yesterday, tomorrow and tonight, and "the day before
// yesterday".
func (p *parser) dayWord(i int) (item, bool) {
	var delta int
	var res news.Resolution
	j := -1
	if k := p.has(i, rToday); k > 0 {
		j, res = k, news.Nearest
	} else if k := p.has(i, rTonight); k > 0 {
		j, res = k, news.Nearest
	} else if k := p.has(i, rYesterday); k > 0 {
		j, delta, res = k, -1, news.Past
	} else if k := p.has(i, rTomorrow); k > 0 {
		j, delta, res = k, 1, news.Future
	} else {
		return item{}, false
	}
	y, m, d := ymdOf(p.aday.AddDate(0, 0, delta))
	return p.dayItem(i, j, y, m, d, true, res)
}

// dayBefore reads "day before yesterday" and "day after tomorrow" (after "the").
func (p *parser) dayBefore(i int) (item, bool) {
	u, j := p.ent(i, rUnit)
	if u == nil || p.theAt != i {
		return item{}, false
	}
	// "the week of March 17", "the day of the vote" (not a date).
	if k := p.has(j, rOf); k > 0 && (news.Precision(u.val) == news.PrecisionWeek || news.Precision(u.val) == news.PrecisionMonth) {
		x, ok := p.point(k)
		if !ok || x.k != kDay {
			return item{}, false
		}
		s, _ := x.d.Start()
		d := of(s, news.Precision(u.val))
		return item{start: i, end: x.end, d: d, res: x.res}, !d.IsZero()
	}
	if news.Precision(u.val) != news.PrecisionDay {
		return item{}, false
	}
	var delta int
	var res news.Resolution
	if k := p.has(j, rBefore); k > 0 && p.has(k, rYesterday) > 0 {
		j, delta, res = p.has(k, rYesterday), -2, news.Past
	} else if k := p.has(j, rAfter); k > 0 && p.has(k, rTomorrow) > 0 {
		j, delta, res = p.has(k, rTomorrow), 2, news.Future
	} else {
		return item{}, false
	}
	y, m, d := ymdOf(p.aday.AddDate(0, 0, delta))
	return p.dayItem(i, j, y, m, d, true, res)
}

// dayPartOf reads "the night of July 13", "the morning of March 3": the day.
func (p *parser) dayPartOf(i int) (item, bool) {
	j := p.has(i, rDayPart)
	if j < 0 || p.theAt != i {
		return item{}, false
	}
	k := p.has(j, rOf)
	if k < 0 {
		return item{}, false
	}
	x, ok := p.point(k)
	if !ok || x.k != kDay || x.hasTime {
		return item{}, false
	}
	x.start = i
	return x, true
}

// weekend reads "the weekend" (after "the"): the latest weekend that began
// on or before the anchor, or the next, by direction.
func (p *parser) weekend(i int) (item, bool) {
	j := p.has(i, rWeekend)
	if j < 0 || p.theAt != i {
		return item{}, false
	}
	sat := weekStart(p.aday).AddDate(0, 0, 5)
	past, future := sat, sat
	if sat.After(p.aday) {
		past = sat.AddDate(0, 0, -7)
	}
	if sat.AddDate(0, 0, 1).Before(p.aday) {
		future = sat.AddDate(0, 0, 7)
	}
	it := item{start: i, end: j}
	p.choose(&it, dayInterval(past, past.AddDate(0, 0, 1)), dayInterval(future, future.AddDate(0, 0, 1)))
	return it, !it.d.IsZero()
}

// ---- last, this, next ----

// modified reads last/this/next/past/coming and what they modify: a weekday,
// a month, a unit, the weekend, a season, a holiday, "night", "morning",
// and "the past two weeks".
func (p *parser) modified(i int) (item, bool) {
	var delta int
	var res news.Resolution
	j := -1
	if k := p.has(i, rThis); k > 0 {
		j, res = k, news.Nearest
		if k2 := p.has(k, rComing); k2 > 0 {
			j, delta, res = k2, 1, news.Future
		} else if k2 := p.has(k, rPast); k2 > 0 {
			j, delta, res = k2, -1, news.Past
		}
	} else if k := p.has(i, rLast); k > 0 {
		j, delta, res = k, -1, news.Past
	} else if k := p.has(i, rPast); k > 0 {
		j, delta, res = k, -1, news.Past
	} else if k := p.has(i, rNext); k > 0 {
		j, delta, res = k, 1, news.Future
	} else if k := p.has(i, rComing); k > 0 {
		j, delta, res = k, 1, news.Future
	} else {
		return item{}, false
	}
	it := item{start: i, res: res}
	// A rolling period: "the past two weeks", "the next 30 days"; in running
	// text only after "the" ("will last 30 days" is a length).
	if n, k, article, ok := p.count(j); ok && !article && delta != 0 && (!p.find || p.theAt == i) {
		if u, k2, mult := p.unit(k); u != nil {
			n *= mult
			prec := news.Precision(u.val)
			if prec >= news.PrecisionHour {
				// "the past 24 hours": from that many units before the anchor
				// to the anchor, at the unit's precision.
				other := p.shift(delta*n, prec)
				now := of(p.anchor, prec)
				if delta < 0 {
					it.d = interval(other, now)
				} else {
					it.d = interval(now, other)
				}
				it.end = k2
				return it, !it.d.IsZero()
			}
			ot, ok := p.shiftDay(delta*n, prec)
			if !ok {
				p.bad = true
				return item{}, false
			}
			if delta < 0 {
				it.d = dayInterval(ot, p.aday)
			} else {
				it.d = dayInterval(p.aday, ot)
			}
			it.end = k2
			return it, !it.d.IsZero()
		}
	}
	// Weekday.
	if e, k := p.ent(j, rWeekday); e != nil && (!p.find || !e.abbr) {
		wd := int(e.val)
		aw := int(p.aday.Weekday())
		ws := weekStart(p.aday)
		inWeek := ws.AddDate(0, 0, (wd+6)%7)
		var t time.Time
		switch delta {
		case -1:
			t = p.aday.AddDate(0, 0, -((aw-wd+6)%7 + 1))
			it.d = of(t, news.PrecisionDay)
			p.addAlt(&it, of(inWeek.AddDate(0, 0, -7), news.PrecisionDay))
		case 1:
			t = p.aday.AddDate(0, 0, (wd-aw+6)%7+1)
			it.d = of(t, news.PrecisionDay)
			p.addAlt(&it, of(inWeek.AddDate(0, 0, 7), news.PrecisionDay))
		default:
			t = inWeek
			it.d = of(t, news.PrecisionDay)
		}
		it.end, it.k, it.yearGiven = k, kDay, true
		it.y, it.m, it.day = ymdOf(t)
		return it, !it.d.IsZero()
	}
	// Month.
	if e, k := p.ent(j, rMonth); e != nil && (!p.find || p.toks[j].up) {
		m := int(e.val)
		y := p.ay
		switch delta {
		case -1:
			if m >= p.am {
				y--
			}
			it.d = monthD(y, m)
			if y == p.ay {
				p.addAlt(&it, monthD(y-1, m))
			}
		case 1:
			if m <= p.am {
				y++
			}
			it.d = monthD(y, m)
			if y == p.ay {
				p.addAlt(&it, monthD(y+1, m))
			}
		default:
			it.d = monthD(y, m)
		}
		it.end, it.k, it.y, it.m, it.yearGiven = k, kMonth, y, m, true
		return it, !it.d.IsZero()
	}
	// "last night", "this morning".
	if k := p.has(j, rNight); k > 0 && delta == -1 {
		y, m, d := ymdOf(p.aday.AddDate(0, 0, -1))
		return p.dayItem(i, k, y, m, d, true, news.Past)
	}
	if k := p.has(j, rDayPart); k > 0 && delta == 0 {
		y, m, d := ymdOf(p.aday)
		return p.dayItem(i, k, y, m, d, true, news.Nearest)
	}
	// Weekend.
	if k := p.has(j, rWeekend); k > 0 {
		sat := weekStart(p.aday).AddDate(0, 0, 5+7*delta)
		it.d, it.end = dayInterval(sat, sat.AddDate(0, 0, 1)), k
		return it, !it.d.IsZero()
	}
	// Season.
	if e, k := p.ent(j, rSeason); e != nil {
		s := int(e.val)
		cur := p.seasonAt(s, p.aday)
		switch delta {
		case -1:
			y := p.seasonYear(s, cur, -1)
			it.d = seasonD(y, s)
		case 1:
			y := p.seasonYear(s, cur, 1)
			it.d = seasonD(y, s)
		default:
			// "this fall" is the fall of the anchor's year, as "this July"
			// is; in January and February "this winter" is the winter
			// under way, which began the year before. The nearest such
			// season, when another, is the alternative.
			y := p.ay
			if s == 24 && p.am <= 2 {
				y--
			}
			it.d = seasonD(y, s)
			if cur != y {
				p.addAlt(&it, seasonD(cur, s))
			}
		}
		it.end = k
		return it, !it.d.IsZero()
	}
	// "last season": the season before the anchor's.
	if k := p.has(j, rSeasonWord); k > 0 {
		y, m := addMonths(p.ay, p.am, 3*delta)
		if okYear(y) {
			it.d = news.DateOf(civil(y, m, 1), news.PrecisionSeason)
		}
		it.end = k
		return it, !it.d.IsZero()
	}
	// Holiday.
	if e, k := p.ent(j, rHoliday); e != nil {
		h := p.c.lang.Holidays[e.val]
		var t time.Time
		switch delta {
		case -1:
			t = holidayOn(h, p.ay)
			if !t.Before(p.aday) {
				t = holidayOn(h, p.ay-1)
			}
		case 1:
			t = holidayOn(h, p.ay)
			if !t.After(p.aday) {
				t = holidayOn(h, p.ay+1)
			}
		default:
			t = holidayOn(h, p.ay)
		}
		y, m, d := ymdOf(t)
		return p.dayItem(i, k, y, m, d, true, res)
	}
	// Units.
	if u, k := p.ent(j, rUnit); u != nil {
		prec := news.Precision(u.val)
		// "the last quarter of 2024", "the first half of next year".
		if prec == news.PrecisionQuarter && delta != 0 {
			if y, ok := p.ofYear(k); ok && p.theAt == i {
				q := 4
				if delta > 0 {
					q = 1
				}
				it.d, it.end, it.res = news.DateOf(civil(y.y, 3*q-2, 1), news.PrecisionQuarter), y.end, y.res
				return it, !it.d.IsZero()
			}
		}
		switch prec {
		case news.PrecisionDay:
			y, m, d := ymdOf(p.aday.AddDate(0, 0, delta))
			return p.dayItem(i, k, y, m, d, true, res)
		case news.PrecisionWeek, news.PrecisionMonth, news.PrecisionQuarter, news.PrecisionYear, news.PrecisionDecade, news.PrecisionCentury:
		default:
			return item{}, false
		}
		switch prec {
		case news.PrecisionWeek:
			it.d = of(p.aday.AddDate(0, 0, 7*delta), prec)
		case news.PrecisionMonth, news.PrecisionQuarter:
			n := delta
			if prec == news.PrecisionQuarter {
				n *= 3
			}
			y, m := addMonths(p.ay, p.am, n)
			if okYear(y) {
				it.d = news.DateOf(civil(y, m, 1), prec)
			}
			it.k, it.y, it.m, it.yearGiven = kMonth, y, m, true
			if prec == news.PrecisionQuarter {
				it.k = kOther
			}
		case news.PrecisionYear:
			it.d = yearD(p.ay + delta)
			it.k, it.y, it.yearGiven = kYear, p.ay+delta, true
		case news.PrecisionDecade:
			if okYear(p.ay + 10*delta) {
				it.d = of(civil(p.ay+10*delta, 1, 1), prec)
			}
		case news.PrecisionCentury:
			if okYear(p.ay + 100*delta) {
				it.d = of(civil(p.ay+100*delta, 1, 1), prec)
			}
		}
		it.end = k
		return it, !it.d.IsZero()
	}
	return item{}, false
}

// shiftDay is the anchor's day moved by n units of precision u, the day of
// month kept (or the month's last day when it has no such day).
func (p *parser) shiftDay(n int, u news.Precision) (time.Time, bool) {
	months := 0
	switch u {
	case news.PrecisionDay, news.PrecisionWeek:
		days := n
		if u == news.PrecisionWeek {
			days *= 7
		}
		if days > 4_000_000 || days < -4_000_000 {
			return time.Time{}, false
		}
		t := p.aday.AddDate(0, 0, days)
		return t, okYear(t.Year())
	case news.PrecisionMonth:
		months = n
	case news.PrecisionQuarter:
		months = 3 * n
	case news.PrecisionYear:
		months = 12 * n
	case news.PrecisionDecade:
		months = 120 * n
	case news.PrecisionCentury:
		months = 1200 * n
	default:
		return time.Time{}, false
	}
	if months > 120000 || months < -120000 {
		return time.Time{}, false
	}
	y, m := addMonths(p.ay, p.am, months)
	if !okYear(y) {
		return time.Time{}, false
	}
	d := p.aday.Day()
	if last := calendar.DaysIn(int64(y), m); d > last {
		d = last
	}
	return civil(y, m, d), true
}

// ofYear reads "of 2024", "of this year", "of next year", "of the year", "in 2025".
func (p *parser) ofYear(i int) (item, bool) {
	j := p.has(i, rOf)
	if j < 0 {
		if j = p.has(i, rIn); j < 0 {
			return item{}, false
		}
	}
	if y, k, ok := p.year(j); ok {
		return item{end: k, y: y, res: news.Explicit}, true
	}
	if k := p.has(j, rThe); k > 0 {
		if u, k2 := p.ent(k, rUnit); u != nil && news.Precision(u.val) == news.PrecisionYear {
			return item{end: k2, y: p.ay, res: news.Nearest}, true
		}
	}
	save := p.theAt
	p.theAt = -1
	x, ok := p.modified(j)
	p.theAt = save
	if ok && x.k == kYear {
		return item{end: x.end, y: x.y, res: x.res}, true
	}
	return item{}, false
}

// ---- seasons, quarters, halves ----

var seasonStart = [...]int{21: 3, 22: 6, 23: 9, 24: 12}

func seasonD(y, s int) news.Date {
	if !okYear(y) || !okYear(y+1) {
		return news.Date{}
	}
	return news.DateOf(civil(y, seasonStart[s], 1), news.PrecisionSeason)
}

// seasonAt is the year of the season s that contains t or, if none does, of
// the nearest one.
func (p *parser) seasonAt(s int, t time.Time) int {
	best, bestDist := t.Year(), time.Duration(1<<62)
	for y := t.Year() - 1; y <= t.Year()+1; y++ {
		a := civil(y, seasonStart[s], 1)
		b := civil(y, seasonStart[s]+3, 1)
		var dist time.Duration
		switch {
		case t.Before(a):
			dist = a.Sub(t)
		case !t.Before(b):
			dist = t.Sub(b)
		}
		if dist < bestDist {
			best, bestDist = y, dist
		}
	}
	return best
}

// seasonYear is the year of the season s before (dir -1) or after (dir 1)
// the anchor: the last one that ended before it or the first that starts
// after it, cur being the one seasonAt chose.
func (p *parser) seasonYear(s, cur, dir int) int {
	a := civil(cur, seasonStart[s], 1)
	b := civil(cur, seasonStart[s]+3, 1)
	if dir < 0 {
		if !b.After(p.aday) {
			return cur
		}
		return cur - 1
	}
	if a.After(p.aday) {
		return cur
	}
	return cur + 1
}

// season reads "spring 2024", "the summer of 2024", "summer" and "fall '24".
func (p *parser) season(i int) (item, bool) {
	e, j := p.ent(i, rSeason)
	if e == nil {
		return item{}, false
	}
	s := int(e.val)
	k := p.skipComma(j)
	if k2 := p.has(k, rOf); k2 > 0 {
		k = k2
	}
	if y, k2, ok := p.year(k); ok {
		it := item{start: i, end: k2, res: news.Explicit, d: seasonD(y, s)}
		return it, !it.d.IsZero()
	}
	if p.find && (!p.monthContext(i) || p.ambiguous(i) && j < len(p.toks) && p.toks[j].kind == tWord && len(p.toks[j].ents) == 0) {
		return item{}, false
	}
	it := item{start: i, end: j}
	cur := p.seasonAt(s, p.aday)
	d := seasonD(cur, s)
	if p.coversAnchor(d) {
		it.d, it.res = d, news.Nearest
		return it, true
	}
	past, future := cur, cur
	if civil(cur, seasonStart[s], 1).After(p.aday) {
		past = cur - 1
	} else {
		future = cur + 1
	}
	p.choose(&it, seasonD(past, s), seasonD(future, s))
	return it, !it.d.IsZero()
}

// group is a quarter (n 1–4, months 3) or a half (n 1–2, months 6).
func groupD(y, n, months int) news.Date {
	if !okYear(y) {
		return news.Date{}
	}
	p := news.PrecisionQuarter
	if months == 6 {
		p = news.PrecisionHalf
	}
	return news.DateOf(civil(y, (n-1)*months+1, 1), p)
}

// groupAlone resolves a quarter or half without a year by direction.
func (p *parser) groupAlone(it *item, n, months int) {
	d := groupD(p.ay, n, months)
	if p.coversAnchor(d) {
		it.d, it.res = d, news.Nearest
		return
	}
	s, _ := d.Start()
	if s.After(p.aday) {
		p.choose(it, groupD(p.ay-1, n, months), d)
	} else {
		p.choose(it, d, groupD(p.ay+1, n, months))
	}
}

// qPrefix reads "Q1 2025", "Q1", "H2 2024", "Q3 '24".
func (p *parser) qPrefix(i int) (item, bool) {
	months := 3
	j := p.has(i, rQPrefix)
	if j < 0 {
		months = 6
		if j = p.has(i, rHPrefix); j < 0 {
			return item{}, false
		}
	}
	n, nd, ok := p.num(j)
	if !ok || nd != 1 || !p.adj(j) || n < 1 || n > 12/months {
		return item{}, false
	}
	if p.find && !p.toks[i].up {
		return item{}, false
	}
	k := j + 1
	k2 := k
	if p.dash(k2) || p.punct(k2, ',') {
		k2++
	}
	if y, k3, ok := p.year(k2); ok {
		it := item{start: i, end: k3, res: news.Explicit, d: groupD(y, n, months)}
		return it, !it.d.IsZero()
	}
	it := item{start: i, end: k}
	p.groupAlone(&it, n, months)
	return it, !it.d.IsZero()
}

// ordinalPeriod reads "the first quarter of 2025", "the second half of
// 2024", "the third quarter", "first-quarter".
func (p *parser) ordinalPeriod(i int) (item, bool) {
	n, j, ok := p.ordinal(i, true)
	if !ok {
		return item{}, false
	}
	if p.dash(j) && p.adj(j) {
		j++
	}
	if u, k := p.ent(j, rUnit); u != nil && news.Precision(u.val) == news.PrecisionCentury {
		if n < 2 || n > 100 {
			return item{}, false
		}
		it := item{start: i, end: k, res: news.Explicit, d: of(civil((n-1)*100, 1, 1), news.PrecisionCentury)}
		return it, !it.d.IsZero()
	}
	months := 3
	k := p.has(j, rQuarter)
	if k < 0 {
		if u, k2 := p.ent(j, rUnit); u != nil && news.Precision(u.val) == news.PrecisionQuarter {
			k = k2
		} else if k = p.has(j, rHalf); k > 0 {
			months = 6
		} else {
			return item{}, false
		}
	}
	if n < 1 || n > 12/months {
		return item{}, false
	}
	if y, ok := p.ofYear(k); ok {
		it := item{start: i, end: y.end, res: y.res, d: groupD(y.y, n, months)}
		return it, !it.d.IsZero()
	}
	if y, k2, ok := p.year(k); ok {
		it := item{start: i, end: k2, res: news.Explicit, d: groupD(y, n, months)}
		return it, !it.d.IsZero()
	}
	if p.find && p.theAt != i {
		return item{}, false
	}
	it := item{start: i, end: k}
	p.groupAlone(&it, n, months)
	return it, !it.d.IsZero()
}

// ordinalDay reads "the 23rd", "the 23rd of March", "the first of May"
// after "the", or "23rd" after "on".
func (p *parser) ordinalDay(i int) (item, bool) {
	if p.theAt != i && !(i > 0 && p.has(i-1, rOn) == i) {
		return item{}, false
	}
	d, j, ok := p.ordinal(i, true)
	if !ok || d < 1 || d > 31 {
		return item{}, false
	}
	// "the first quarter" is a quarter, not a day.
	if p.has(j, rQuarter) > 0 || p.has(j, rHalf) > 0 || p.has(j, rUnit) > 0 || p.dash(j) {
		return item{}, false
	}
	// In running text "the first" is a day only before "of" and a month.
	bareWordOK := !p.find || p.toks[i].kind == tNum
	if k := p.has(j, rOf); k > 0 {
		if e, k2 := p.ent(k, rMonth); e != nil && (!p.find || p.toks[k].up) {
			m := int(e.val)
			k3 := p.skipComma(k2)
			if y, k4, ok := p.year(k3); ok {
				return p.dayItem(i, k4, y, m, d, true, news.Explicit)
			}
			if !validDay(2000, m, d) {
				p.bad = true
				return item{}, false
			}
			return p.yearless(i, k2, m, d, -1)
		}
	}
	if !bareWordOK || p.find && j < len(p.toks) && (p.toks[j].kind == tWord && len(p.toks[j].ents) == 0 || p.toks[j].kind == tNum) {
		return item{}, false
	}
	// The latest such day on or before the anchor, or the next.
	var past, future news.Date
	y, m := p.ay, p.am
	for k := 0; k < 13 && past.IsZero(); k++ {
		yy, mm := addMonths(y, m, -k)
		if validDay(yy, mm, d) && !civil(yy, mm, d).After(p.aday) {
			past = dayD(yy, mm, d)
		}
	}
	for k := 0; k < 13 && future.IsZero(); k++ {
		yy, mm := addMonths(y, m, k)
		if validDay(yy, mm, d) && !civil(yy, mm, d).Before(p.aday) {
			future = dayD(yy, mm, d)
		}
	}
	it := item{start: i, end: j, k: kDay}
	p.choose(&it, past, future)
	if it.d.IsZero() {
		return item{}, false
	}
	t, _ := it.d.Start()
	it.y, it.m, it.day = ymdOf(t)
	it.yearGiven = true
	return it, true
}

// ---- holidays ----

// holidayOn returns the day of holiday h in year y, at noon UTC.
func holidayOn(h Holiday, y int) time.Time {
	var t time.Time
	switch {
	case h.Easter:
		m, d := calendar.Easter(y)
		t = civil(y, m, d)
	case h.Nth != 0:
		t = civil(y, int(h.Month), calendar.NthWeekday(y, int(h.Month), h.Weekday, h.Nth))
	default:
		t = civil(y, int(h.Month), h.Day)
	}
	return t.AddDate(0, 0, h.Offset)
}

// holiday reads "Christmas", "Christmas 2024", "Easter Sunday of 2025".
func (p *parser) holiday(i int) (item, bool) {
	e, j := p.ent(i, rHoliday)
	if e == nil {
		return item{}, false
	}
	if p.find && !p.toks[i].up {
		return item{}, false
	}
	h := p.c.lang.Holidays[e.val]
	k := p.skipComma(j)
	if k2 := p.has(k, rOf); k2 > 0 {
		k = k2
	}
	if y, k2, ok := p.year(k); ok {
		if !okYear(y) {
			return item{}, false
		}
		yy, m, d := ymdOf(holidayOn(h, y))
		return p.dayItem(i, k2, yy, m, d, true, news.Explicit)
	}
	past := holidayOn(h, p.ay)
	if past.After(p.aday) {
		past = holidayOn(h, p.ay-1)
	}
	future := holidayOn(h, p.ay)
	if future.Before(p.aday) {
		future = holidayOn(h, p.ay+1)
	}
	it := item{start: i, end: j, k: kDay}
	p.choose(&it, of(past, news.PrecisionDay), of(future, news.PrecisionDay))
	t, _ := it.d.Start()
	it.y, it.m, it.day = ymdOf(t)
	it.yearGiven = true
	return it, !it.d.IsZero()
}

// ---- parts of periods ----

// part reads "early March", "mid-2024", "late 2024", "the end of the
// month", "the beginning of next year", "the late 1990s", "early this week".
func (p *parser) part(i int) (item, bool) {
	which := 0
	j := p.has(i, rEarly)
	if j < 0 {
		which = 1
		if j = p.has(i, rMid); j < 0 {
			which = 2
			if j = p.has(i, rLate); j < 0 {
				return item{}, false
			}
		}
	}
	if p.dash(j) && p.adj(j) {
		j++
	}
	if k := p.has(j, rOf); k > 0 {
		j = k
	} else if k := p.has(j, rIn); k > 0 {
		j = k
	}
	var x item
	ok := false
	if k := p.has(j, rThe); k > 0 {
		// "the end of the month": the current one.
		if u, k2 := p.ent(k, rUnit); u != nil {
			prec := news.Precision(u.val)
			var d news.Date
			switch prec {
			case news.PrecisionWeek, news.PrecisionMonth, news.PrecisionYear, news.PrecisionDecade, news.PrecisionQuarter:
				d = of(p.aday, prec)
			}
			if !d.IsZero() {
				x, ok = item{start: k, end: k2, d: d, res: news.Nearest}, true
			}
		}
	}
	if !ok {
		save := p.theAt
		p.theAt = -1
		x, ok = p.point(j)
		p.theAt = save
	}
	if !ok || x.isDur || x.d.IsInterval() || x.hasTime {
		return item{}, false
	}
	s, _ := x.d.Start()
	e, _ := x.d.End()
	last := e.Add(-time.Hour)
	var d news.Date
	switch x.d.Precision() {
	case news.PrecisionYear:
		d = news.DateOf(civil(s.Year(), 1+4*which, 1), news.PrecisionQuadrimester)
	case news.PrecisionMonth:
		y, m := s.Year(), int(s.Month())
		switch which {
		case 0:
			d = interval(dayD(y, m, 1), dayD(y, m, 10))
		case 1:
			d = interval(dayD(y, m, 11), dayD(y, m, 20))
		default:
			d = interval(dayD(y, m, 21), of(last, news.PrecisionDay))
		}
	case news.PrecisionDecade:
		y := s.Year()
		bounds := [...][2]int{{0, 3}, {4, 6}, {7, 9}}[which]
		d = interval(yearD(y+bounds[0]), yearD(y+bounds[1]))
	case news.PrecisionCentury:
		y := s.Year()
		bounds := [...][2]int{{0, 32}, {33, 65}, {66, 99}}[which]
		d = interval(yearD(y+bounds[0]), yearD(y+bounds[1]))
	case news.PrecisionWeek:
		bounds := [...][2]int{{0, 1}, {2, 3}, {4, 6}}[which]
		d = dayInterval(s.AddDate(0, 0, bounds[0]), s.AddDate(0, 0, bounds[1]))
	case news.PrecisionQuarter:
		m := int(s.Month()) + which
		d = monthD(s.Year(), m)
	case news.PrecisionDay:
		d = x.d
	default:
		return item{}, false
	}
	if d.IsZero() {
		return item{}, false
	}
	w := p.stash(x.d)
	if w == 0 {
		return item{}, false
	}
	return item{start: i, end: x.end, d: d, res: x.res, wholeI: w}, true
}

// earlierThis reads "earlier this week", "later this month", "later this
// year", "earlier today".
func (p *parser) earlierThis(i int) (item, bool) {
	later := false
	j := p.has(i, rEarlier)
	if j < 0 {
		later = true
		if j = p.has(i, rLater); j < 0 {
			return item{}, false
		}
	}
	res := news.Past
	if later {
		res = news.Future
	}
	if k := p.has(j, rToday); k > 0 {
		y, m, d := ymdOf(p.aday)
		return p.dayItem(i, k, y, m, d, true, res)
	}
	k := p.has(j, rThis)
	if k < 0 {
		// "earlier in the week".
		if k = p.has(j, rIn); k > 0 {
			k = p.has(k, rThe)
		}
		if k < 0 {
			return item{}, false
		}
	}
	u, k2 := p.ent(k, rUnit)
	if u == nil {
		return item{}, false
	}
	var d news.Date
	switch news.Precision(u.val) {
	case news.PrecisionWeek:
		ws := weekStart(p.aday)
		if later {
			d = dayInterval(p.aday, ws.AddDate(0, 0, 6))
		} else {
			d = dayInterval(ws, p.aday)
		}
	case news.PrecisionMonth:
		if later {
			d = dayInterval(p.aday, civil(p.ay, p.am+1, 0))
		} else {
			d = dayInterval(civil(p.ay, p.am, 1), p.aday)
		}
	case news.PrecisionYear:
		if later {
			d = interval(monthD(p.ay, p.am), monthD(p.ay, 12))
		} else {
			d = interval(monthD(p.ay, 1), monthD(p.ay, p.am))
		}
	default:
		return item{}, false
	}
	return item{start: i, end: k2, d: d, res: res}, !d.IsZero()
}
