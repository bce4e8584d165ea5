package timex

import (
	"time"

	"github.com/newsmodel/newsmodel/news"
)

// open reads "since X", "until X", "before X", "after X", "by X".
func (p *parser) open(i int, r role) (item, bool) {
	j := p.has(i, r)
	if j < 0 {
		return item{}, false
	}
	// "until May", "by Friday" look forward and "since May" back, unless
	// the clause says otherwise.
	save := p.direction()
	if (r == rUntil || r == rBy) && !p.clauseSet {
		p.dir = news.Future
	}
	if r == rSince && !p.clauseSet {
		p.dir = news.Past
	}
	x, ok := p.point(j)
	p.dir = save
	if !ok {
		return item{}, false
	}
	if rr, good := p.rangeFrom(x, false); good {
		x = rr
	}
	if x.isDur {
		return item{}, false
	}
	it := item{start: i, end: x.end, res: x.res}
	d := x.d
	if !(x.wholeI == 0) {
		d = p.whole(&x)
	}
	switch r {
	case rSince:
		if x.d.IsInterval() {
			if from, _, ok := x.d.Endpoints(); ok && !from.IsZero() {
				d = from
			} else {
				return item{}, false
			}
		} else if !(x.wholeI == 0) {
			d = x.d
		}
		it.d = interval(d, news.Date{})
	case rUntil, rBy:
		if x.d.IsInterval() && (x.wholeI == 0) {
			if _, to, ok := x.d.Endpoints(); ok && !to.IsZero() {
				d = to
			} else {
				return item{}, false
			}
		}
		it.d = interval(news.Date{}, d)
	case rBefore:
		if x.d.IsInterval() {
			return item{}, false
		}
		s, ok := x.d.Start()
		if !ok {
			return item{}, false
		}
		it.d = interval(news.Date{}, of(s.Add(-time.Nanosecond), x.d.Precision()))
	case rAfter:
		if x.d.IsInterval() {
			return item{}, false
		}
		e, ok := x.d.End()
		if !ok {
			return item{}, false
		}
		it.d = interval(of(e, x.d.Precision()), news.Date{})
	}
	if it.d.IsZero() {
		return item{}, false
	}
	it.mod = openMods[r]
	return it, true
}

// openMods are the TimeML modifiers of the open ranges.
var openMods = map[role]news.Mod{rSince: news.ModOnOrAfter, rUntil: news.ModOnOrBefore, rBy: news.ModOnOrBefore,
	rBefore: news.ModBefore, rAfter: news.ModAfter}

// fromTo reads "from X to Y" and "between X and Y".
func (p *parser) fromTo(i int) (item, bool) {
	between := false
	j := p.has(i, rFrom)
	if j < 0 {
		if j = p.has(i, rBetween); j < 0 {
			return item{}, false
		}
		between = true
	}
	a, ok := p.point(j)
	if !ok {
		return item{}, false
	}
	r, ok := p.rangeFrom(a, between)
	if !ok {
		return item{}, false
	}
	r.start = i
	return r, true
}

// rangeFrom reads "-Y", "to Y", "and Y" after the item a.
func (p *parser) rangeFrom(a item, between bool) (item, bool) {
	j := a.end
	if a.isDur || a.d.IsInterval() && (a.wholeI == 0) {
		return item{}, false
	}
	switch {
	case between:
		j = p.has(j, rAnd)
	case p.dash(j):
		j++
	default:
		j = p.has(j, rTo)
		// "March 3 and 4": two days of a month, as one expression only
		// (in running text "March 3 and 4 people" is a count).
		if j < 0 && !p.find && a.k == kDay {
			if k := p.has(a.end, rAnd); k > 0 {
				if _, nd, ok := p.num(k); ok && nd <= 2 {
					j = k
				}
			}
		}
	}
	if j < 0 || j >= len(p.toks) {
		return item{}, false
	}
	b, ok := p.secondEnd(a, j)
	if !ok {
		return item{}, false
	}
	// Two days of one month, the second before the first ("March 5-1",
	// "from March 5 to March 1"), are no range: a year apart is not what
	// such words mean.
	if a.k == kDay && b.k == kDay && a.m == b.m && b.day < a.day && !(a.yearGiven && b.yearGiven) && !a.hasTime && !b.hasTime {
		p.reversed = b.end
		return item{}, false
	}
	p.shareYear(&a, &b)
	return p.join(a, b)
}

// secondEnd reads the end of a range at j whose start is a: a bare day
// after a day ("March 1-5"), two digits after a year ("2014-22"), or a
// date of its own.
func (p *parser) secondEnd(a item, j int) (item, bool) {
	if v, nd, isNum := p.num(j); isNum {
		switch {
		case a.k == kDay && !a.hasTime && nd <= 2 && !(j+1 < len(p.toks) && p.adj(j+1) && p.punct(j+1, ':')):
			if _, k := p.ent(j+1, rMonth); k < 0 {
				return p.dayAfter(a, j, v)
			}
		case a.k == kYear && nd == 2 && a.d.Precision() == news.PrecisionYear:
			y := a.y - a.y%100 + v
			if y < a.y {
				y += 100
			}
			b := item{start: j, end: j + 1, k: kYear, y: y, yearGiven: true, d: yearD(y), res: news.Explicit}
			if !b.d.IsZero() {
				return b, true
			}
		}
	}
	save := p.rangeEnd
	p.rangeEnd = j
	b, ok := p.point(j)
	p.rangeEnd = save
	if !ok || b.isDur || b.d.IsInterval() && (b.wholeI == 0) {
		return item{}, false
	}
	return b, true
}

// dayAfter is the bare day d at j ("5", "5th") that ends a range begun on
// the day a, in a's month, with a year of its own when a has none.
func (p *parser) dayAfter(a item, j, d int) (item, bool) {
	k := j + 1
	if _, k2 := p.ent(k, rOrdSuffix); k2 > 0 && p.adj(k) {
		k = k2
	}
	b := item{start: j, end: k, k: kDay, y: a.y, m: a.m, day: d, yearGiven: a.yearGiven, res: a.res}
	if !a.yearGiven {
		if y, k2, good := p.year(p.skipComma(k)); good {
			b.y, b.yearGiven, b.end = y, true, k2
		}
	}
	b.d = dayD(b.y, b.m, b.day)
	if b.d.IsZero() {
		p.bad = true
		return item{}, false
	}
	return b, true
}

// shareYear gives the end of a range without a year the year of the other
// end ("March 1 to April 5, 2025", "April 2024 to June"), a year earlier or
// later when the range would otherwise run backwards.
func (p *parser) shareYear(a, b *item) {
	switch {
	case a.k >= kMonth && !a.yearGiven && b.yearGiven && !a.hasTime:
		a.y = b.y
		a.d = p.calDate(*a)
		if a.d.Compare(b.d) > 0 {
			a.y--
			a.d = p.calDate(*a)
		}
	case b.k >= kMonth && !b.yearGiven && !b.hasTime && (a.k >= kMonth || a.k == kYear):
		b.y = a.y
		b.d = p.calDate(*b)
		bs, _ := b.d.Start()
		if as, _ := a.d.Start(); bs.Before(as) {
			b.y++
			b.d = p.calDate(*b)
		}
	}
}

// join is the interval from the start of a to the end of b: the whole of
// each when it is a part ("the end of" X), the outer endpoints when it is an
// interval.
func (p *parser) join(a, b item) (item, bool) {
	ad, bd := a.d, b.d
	if !(a.wholeI == 0) {
		ad = p.whole(&a)
	}
	if !(b.wholeI == 0) {
		bd = p.whole(&b)
	}
	if ad.IsInterval() {
		ad, _, _ = ad.Endpoints()
	}
	if bd.IsInterval() {
		_, bd, _ = bd.Endpoints()
	}
	d := interval(ad, bd)
	if d.IsZero() {
		return item{}, false
	}
	res := a.res
	if res == news.Explicit && b.res != news.Explicit {
		res = b.res
	}
	return item{start: a.start, end: b.end, d: d, res: res}, true
}

// calDate rebuilds the date of a calendar item after its year changed.
func (p *parser) calDate(it item) news.Date {
	switch it.k {
	case kDay:
		return dayD(it.y, it.m, it.day)
	case kMonth:
		return monthD(it.y, it.m)
	case kYear:
		return yearD(it.y)
	}
	return it.d
}
