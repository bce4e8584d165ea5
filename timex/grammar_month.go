package timex

import (
	"github.com/newsmodel/newsmodel/internal/calendar"
	"github.com/newsmodel/newsmodel/news"
)

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
	if d, k, ok := p.ordinal(j, false); ok && d >= 1 && d <= 31 && !(k+1 < len(p.toks) && p.adj(k) && p.toks[k].kind == tPunct && p.toks[k].ch == ':' && p.adj(k+1) && p.toks[k+1].kind == tNum) {
		if _, u := p.ent(k, rUnit); u < 0 {
			return p.dayYear(i, k, m, d, true)
		}
	}
	// Year.
	if y, k2, ok := p.yearOf(j); ok {
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
	if calendar.Civil(p.ay, m, d).After(p.aday) || !validDay(py, m, d) {
		py--
	}
	if calendar.Civil(p.ay, m, d).Before(p.aday) || !validDay(fy, m, d) {
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
		fits := func(y int) bool { return validDay(y, m, d) && int(calendar.Civil(y, m, d).Weekday()) == wd }
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
	return p.dayYear(i, k, m, d, !(p.find && e.abbr && p.toks[i].kind != tNum))
}

// dayYear is day d of month m, read over tokens [i, k), with the year that
// follows, else, when yearlessOK, the year that the direction picks.
func (p *parser) dayYear(i, k, m, d int, yearlessOK bool) (item, bool) {
	// The year may follow an Of word ("23 de marzo de 2025").
	if y, k2, ok := p.yearOf(k); ok {
		return p.dayItem(i, k2, y, m, d, true, news.Explicit)
	}
	// "4 oct 99": a two-digit year after a day and a month, not in running
	// text and not the hour of a time.
	if yy, nd, ok := p.num(k); ok && nd == 2 && !p.find && !p.punct(k+1, ':') && !p.punct(k+1, '.') {
		return p.dayItem(i, k+1, p.pivot(yy), m, d, true, news.Explicit)
	}
	if !validDay(2000, m, d) {
		p.bad = true
		return item{}, false
	}
	if !yearlessOK {
		return item{}, false
	}
	return p.yearless(i, k, m, d, -1)
}
