package timex

import (
	"github.com/newsmodel/newsmodel/internal/calendar"
	"github.com/newsmodel/newsmodel/news"
)

// ordinal reads "23rd", "twenty-first", "first", and, unless needSuffix, a
// bare number of one or two digits.
func (p *parser) ordinal(i int, needSuffix bool) (int, int, bool) {
	if v, nd, ok := p.num(i); ok {
		if nd > 2 {
			return 0, 0, false
		}
		if _, j := p.ent(i+1, rOrdSuffix); j > 0 && p.adj(i+1) {
			return v, j, true
		}
		if needSuffix {
			return 0, 0, false
		}
		return v, i + 1, true
	}
	if e, j := p.ent(i, rOrdinal); e != nil {
		return int(e.val), j, true
	}
	if e, j := p.ent(i, rCardinal); e != nil && e.val >= 20 && e.val < 100 && e.val%10 == 0 && p.dash(j) && p.adj(j) && p.adj(j+1) {
		if o, k := p.ent(j+1, rOrdinal); o != nil && o.val < 10 {
			return int(e.val + o.val), k, true
		}
	}
	return 0, 0, false
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
		it := item{start: i, end: k, res: news.Explicit, d: of(calendar.Civil((n-1)*100, 1, 1), news.PrecisionCentury)}
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
			return p.dayYear(i, k2, int(e.val), d, true)
		}
	}
	if !bareWordOK || p.find && j < len(p.toks) && (p.toks[j].kind == tWord && len(p.toks[j].ents) == 0 || p.toks[j].kind == tNum) {
		return item{}, false
	}
	// The latest such day on or before the anchor, or the next.
	var past, future news.Date
	y, m := p.ay, p.am
	for k := 0; k < 13 && past.IsZero(); k++ {
		yy, mm := calendar.AddMonths(y, m, -k)
		if validDay(yy, mm, d) && !calendar.Civil(yy, mm, d).After(p.aday) {
			past = dayD(yy, mm, d)
		}
	}
	for k := 0; k < 13 && future.IsZero(); k++ {
		yy, mm := calendar.AddMonths(y, m, k)
		if validDay(yy, mm, d) && !calendar.Civil(yy, mm, d).Before(p.aday) {
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
