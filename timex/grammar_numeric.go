package timex

import (
	"github.com/newsmodel/newsmodel/internal/calendar"
	"github.com/newsmodel/newsmodel/news"
)

// iso reads ISO 8601 and RFC 3339 dates and date-times written without
// spaces: 2025-03-23, 2025-03, 2025-W12, 2025-W12-7, 20250323,
// 2025-03-23T14:05:00Z, 20250323T140500+0100.
func (p *parser) iso(i int) (item, bool) {
	y, nd, _ := p.num(i)
	var mo, d, wk, wd int
	j := i + 1
	var prec news.Precision
	switch {
	case nd == 8:
		// Basic form: 20250323, in running text only with a time.
		y, mo, d = y/10000, y/100%100, y%100
		prec = news.PrecisionDay
		if p.find && !(j < len(p.toks) && p.adj(j) && p.toks[j].kind == tWord && (p.s[p.toks[j].b0] == 'T' || p.s[p.toks[j].b0] == 't')) {
			return item{}, false
		}
	case nd == 4 && p.dash(j) && p.toks[j].ch == '-' && p.adj(j) && p.adj(j+1):
		var ok bool
		if mo, d, wk, wd, prec, j, ok = p.isoExtended(j); !ok {
			return item{}, false
		}
	default:
		return item{}, false
	}
	if prec == news.PrecisionWeek || wk != 0 {
		return p.isoWeek(i, j, y, wk, wd, prec)
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
	if j < len(p.toks) && p.adj(j) && p.toks[j].kind == tWord && (p.s[p.toks[j].b0]|0x20) == 't' {
		if !p.letter(j, 't') || !p.adj(j+1) {
			return it, true
		}
		return p.isoTime(it, j+1)
	}
	return it, true
}

// isoExtended reads what follows the year and the dash at j of an extended
// ISO 8601 date: "03", "03-23", "W12" or "W12-7".
func (p *parser) isoExtended(j int) (mo, d, wk, wd int, prec news.Precision, end int, ok bool) {
	if v, nd2, ok := p.num(j + 1); ok && nd2 == 2 {
		mo, prec, j = v, news.PrecisionMonth, j+2
		if p.punct(j, '-') && p.adj(j) && p.adj(j+1) {
			v, nd3, ok := p.num(j + 1)
			if !ok || nd3 != 2 {
				return 0, 0, 0, 0, 0, 0, false
			}
			d, prec, j = v, news.PrecisionDay, j+2
		}
		return mo, d, 0, 0, prec, j, true
	}
	if !p.letter(j+1, 'w') {
		return 0, 0, 0, 0, 0, 0, false
	}
	v, nd2, ok := p.num(j + 2)
	if !ok || nd2 != 2 || !p.adj(j+2) {
		return 0, 0, 0, 0, 0, 0, false
	}
	wk, prec, j = v, news.PrecisionWeek, j+3
	if p.punct(j, '-') && p.adj(j) && p.adj(j+1) {
		if v, nd3, ok := p.num(j + 1); ok && nd3 == 1 {
			wd, prec, j = v, news.PrecisionDay, j+2
		}
	}
	return 0, 0, wk, wd, prec, j, true
}

// isoWeek is the ISO week date y-Www, or with a weekday wd y-Www-D, read
// over tokens [i, j); a week date of day precision becomes its calendar day.
func (p *parser) isoWeek(i, j, y, wk, wd int, prec news.Precision) (item, bool) {
	b := calendar.AppendInt(make([]byte, 0, 10), int64(y), 4)
	b = append(b, "-W"...)
	b = calendar.AppendInt(b, int64(wk), 2)
	if wd != 0 {
		b = append(b, '-')
		b = calendar.AppendInt(b, int64(wd), 1)
	}
	dt, err := news.ParseDate(string(b))
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

// isoTime extends the day it with the time of day at k, after its T:
// "14", "14:05", "14:05:00.5", "1405", "140500", with Z or an offset glued.
func (p *parser) isoTime(it item, k int) (item, bool) {
	c, k, ok := p.isoClock(k)
	if !ok {
		return item{}, false
	}
	// Z or an offset, glued.
	if k < len(p.toks) && p.adj(k) {
		if p.letter(k, 'z') {
			c.hasOff, k = true, k+1
		} else if kk, ok := p.zone(k, &c); ok {
			k = kk
		}
	}
	dt, ok := p.dateTime(it.y, it.m, it.day, c)
	if !ok {
		return item{}, false
	}
	it.end, it.d, it.hasTime = k, dt, true
	p.addFold(&it)
	return it, true
}

// isoClock reads the digits of an ISO 8601 time of day at k, extended
// ("14:05:00") or basic ("140500"), with a fraction of a second.
func (p *parser) isoClock(k int) (clock, int, bool) {
	c := clock{zone: -1}
	h, ndh, ok := p.num(k)
	if !ok {
		return c, 0, false
	}
	switch ndh {
	case 2:
		c.h, c.prec, k = h, news.PrecisionHour, k+1
		if p.punct(k, ':') && p.adj(k) {
			mm, ndm, ok := p.num(k + 1)
			if !ok || ndm != 2 || !p.adj(k+1) {
				return c, 0, false
			}
			c.m, c.prec, k = mm, news.PrecisionMinute, k+2
			if p.punct(k, ':') && p.adj(k) {
				ss, nds, ok := p.num(k + 1)
				if !ok || nds != 2 || !p.adj(k+1) {
					return c, 0, false
				}
				c.s, c.prec, k = ss, news.PrecisionSecond, k+2
			}
		}
	case 4:
		c.h, c.m, c.prec, k = h/100, h%100, news.PrecisionMinute, k+1
	case 6:
		c.h, c.m, c.s, c.prec, k = h/10000, h/100%100, h%100, news.PrecisionSecond, k+1
	default:
		return c, 0, false
	}
	if c.prec == news.PrecisionSecond && (p.punct(k, '.') || p.punct(k, ',')) && p.adj(k) && p.adj(k+1) {
		if _, ndf, ok := p.num(k + 1); ok && ndf <= 9 {
			c.frac = p.s[p.toks[k+1].b0:p.toks[k+1].b1]
			k += 2
		}
	}
	if c.h > 23 || c.m > 59 || c.s > 59 {
		p.bad = true
		return c, 0, false
	}
	return c, k, true
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
