package timex

import (
	"github.com/newsmodel/newsmodel/news"
)

// This file reads unit phrases of news copy: "the week after next", "the
// month before last", "year end", "year's end", and "earlier Sunday",
// "later yesterday".

// unitAfterNext reads "week after next", "month before last", "year after
// next" (after "the"): the unit two steps from the anchor's.
func (p *parser) unitAfterNext(i int) (item, bool) {
	u, j := p.ent(i, rUnit)
	if u == nil || p.theAt != i {
		return item{}, false
	}
	prec := news.Precision(u.val)
	delta, res := 0, news.Future
	if k := p.has(j, rAfter); k > 0 {
		if k2 := p.has(k, rNext); k2 > 0 {
			j, delta = k2, 2
		}
	} else if k := p.has(j, rBefore); k > 0 {
		if k2 := p.has(k, rLast); k2 > 0 {
			j, delta, res = k2, -2, news.Past
		}
	}
	if delta == 0 || prec == news.PrecisionDay {
		return item{}, false
	}
	return p.modifiedUnit(item{start: i, res: res}, j, delta, prec)
}

// unitEnd reads "year end", "year-end", "year's end", "month end": the
// anchor's year or month with mod END, its last part as the alternative.
func (p *parser) unitEnd(i int) (item, bool) {
	u, j := p.ent(i, rUnit)
	if u == nil {
		return item{}, false
	}
	prec := news.Precision(u.val)
	if prec != news.PrecisionYear && prec != news.PrecisionMonth && prec != news.PrecisionQuarter {
		return item{}, false
	}
	if p.dash(j) && p.adj(j) {
		j++
	} else if p.punct(j, '\'') && p.adj(j) && p.letter(j+1, 's') && p.adj(j+1) {
		j += 2
	}
	k := p.has(j, rLate)
	if k < 0 || !p.letterWord(j, "end") {
		return item{}, false
	}
	whole := of(p.aday, prec)
	w := p.stash(whole)
	d := partOf(whole, 2)
	if w == 0 || d.IsZero() {
		return item{}, false
	}
	return item{start: i, end: k, d: d, res: news.Nearest, wholeI: w, mod: news.ModEnd}, true
}

// letterWord reports whether token i is the word w, in any case.
func (p *parser) letterWord(i int, w string) bool {
	if i < 0 || i >= len(p.toks) || p.toks[i].kind != tWord {
		return false
	}
	t := p.toks[i]
	if int(t.b1-t.b0) != len(w) {
		return false
	}
	for k := 0; k < len(w); k++ {
		if p.s[int(t.b0)+k]|0x20 != w[k] {
			return false
		}
	}
	return true
}

// earlierDay reads "earlier Sunday", "later yesterday", "earlier
// yesterday": the day, with the direction of the word.
func (p *parser) earlierDay(i int) (item, bool) {
	j := p.has(i, rEarlier)
	if j < 0 {
		if j = p.has(i, rLater); j < 0 {
			return item{}, false
		}
	}
	var x item
	ok := false
	if p.has(j, rYesterday) > 0 || p.has(j, rTomorrow) > 0 || p.has(j, rTonight) > 0 {
		x, ok = p.dayWord(j)
	} else if p.has(j, rWeekday) > 0 {
		x, ok = p.weekday(j)
	}
	if !ok || x.k != kDay {
		return item{}, false
	}
	x.start = i
	return x, true
}

// outOfRange marks a relative date whose unit falls outside years 1–9999
// ("next year" said in 9999) as a date out of range, not as no date.
func (p *parser) outOfRange(y int) bool {
	if okYear(y) {
		return false
	}
	p.bad = true
	return true
}

// yearWords reads a year in words, as one expression only (in running text
// "nineteen twenty" may be two counts): "nineteen eighty-four", "nineteen
// hundred", "two thousand", "two thousand and five", "twenty twenty-four".
func (p *parser) yearWords(i int) (item, bool) {
	if p.find {
		return item{}, false
	}
	hi, j, ok := p.wordNumber(i)
	if !ok {
		return item{}, false
	}
	y := 0
	switch {
	case hi >= 1000 && hi <= 9000 && hi%1000 == 0:
		// "two thousand", "two thousand and five", "two thousand five".
		y, ok = hi, true
		k := j
		if k2 := p.has(k, rAnd); k2 > 0 {
			k = k2
		}
		if lo, k3, good := p.wordNumber(k); good && lo < 100 {
			y, j = hi+lo, k3
		}
	case hi >= 1100 && hi <= 9900 && hi%100 == 0:
		// "nineteen hundred".
		y = hi
	case hi >= 10 && hi <= 99:
		if e, k := p.ent(j, rCardinal); e != nil && e.val == 100 {
			y, j = hi*100, k
			break
		}
		lo, k, good := p.wordNumber(j)
		if !good || lo < 10 || lo > 99 {
			return item{}, false
		}
		y, j = hi*100+lo, k
	default:
		return item{}, false
	}
	if !okYear(y) {
		return item{}, false
	}
	return item{start: i, end: j, k: kYear, y: y, yearGiven: true, res: news.Explicit, d: yearD(y)}, true
}

// yearNamed reads "year 2000", "year two thousand" after "the".
func (p *parser) yearNamed(i int) (item, bool) {
	u, j := p.ent(i, rUnit)
	if u == nil || news.Precision(u.val) != news.PrecisionYear || p.theAt != i {
		return item{}, false
	}
	if y, k, ok := p.year(j); ok {
		return item{start: i, end: k, k: kYear, y: y, yearGiven: true, res: news.Explicit, d: yearD(y)}, true
	}
	save := p.find
	p.find = false
	x, ok := p.yearWords(j)
	p.find = save
	if !ok {
		return item{}, false
	}
	x.start = i
	return x, true
}

// yearsPart reads a quarter or half of a relative year in the possessive:
// "next year's first quarter", "this year's second half", and "its second
// quarter" (the anchor's year).
func (p *parser) yearsPart(i int) (item, bool) {
	var x item
	j := -1
	if k := p.has(i, rIts); k > 0 {
		x, j = item{y: p.ay, k: kYear, res: news.Nearest}, k
	} else {
		save := p.theAt
		p.theAt = -1
		y, ok := p.modified(i)
		p.theAt = save
		if !ok || y.k != kYear {
			return item{}, false
		}
		x, j = y, y.end
		if !p.punct(j, '\'') || !p.adj(j) || !p.letter(j+1, 's') || !p.adj(j+1) {
			return item{}, false
		}
		j += 2
	}
	n, k, ok := p.ordinal(j, true)
	if !ok {
		return item{}, false
	}
	months := 0
	if k2 := p.has(k, rQuarter); k2 > 0 {
		months, k = 3, k2
	} else if k2 := p.has(k, rHalf); k2 > 0 {
		months, k = 6, k2
	} else {
		return item{}, false
	}
	if n < 1 || n > 12/months {
		return item{}, false
	}
	d := groupD(x.y, n, months)
	return item{start: i, end: k, res: x.res, d: d}, !d.IsZero()
}

// yearEarlier reads "year-earlier quarter", "year-ago month" (after "the"):
// the anchor's quarter or month a year before.
func (p *parser) yearEarlier(i int) (item, bool) {
	u, j := p.ent(i, rUnit)
	if u == nil || news.Precision(u.val) != news.PrecisionYear || p.theAt != i || !p.dash(j) || !p.adj(j) {
		return item{}, false
	}
	k := p.has(j+1, rEarlier)
	if k < 0 {
		if k = p.has(j+1, rAgo); k < 0 {
			return item{}, false
		}
	}
	v, k2 := p.ent(k, rUnit)
	if v == nil {
		return item{}, false
	}
	prec := news.Precision(v.val)
	switch prec {
	case news.PrecisionQuarter, news.PrecisionMonth, news.PrecisionWeek, news.PrecisionHalf:
	default:
		return item{}, false
	}
	if p.outOfRange(p.ay - 1) {
		return item{}, false
	}
	d := of(p.aday.AddDate(-1, 0, 0), prec)
	return item{start: i, end: k2, res: news.Past, d: d}, !d.IsZero()
}

// sameUnit reads "same month a year earlier", "same quarter last year",
// "same week two years ago" (after "the"): the anchor's unit shifted by the
// count.
func (p *parser) sameUnit(i int) (item, bool) {
	j := p.has(i, rSame)
	if j < 0 || p.theAt != i {
		return item{}, false
	}
	u, k := p.ent(j, rUnit)
	if u == nil {
		return item{}, false
	}
	prec := news.Precision(u.val)
	switch prec {
	case news.PrecisionDay, news.PrecisionWeek, news.PrecisionMonth, news.PrecisionQuarter, news.PrecisionHalf:
	default:
		return item{}, false
	}
	years, end := 0, -1
	if k2, delta, _, ok := p.modifier(k); ok {
		if v, k3 := p.ent(k2, rUnit); v != nil && news.Precision(v.val) == news.PrecisionYear && delta != 0 {
			years, end = delta, k3
		}
	} else if n, k2, _, ok := p.count(k); ok {
		if v, k3 := p.ent(k2, rUnit); v != nil && news.Precision(v.val) == news.PrecisionYear {
			if k4 := p.has(k3, rEarlier); k4 > 0 {
				years, end = -n, k4
			} else if k4 := p.has(k3, rAgo); k4 > 0 {
				years, end = -n, k4
			} else if k4 := p.has(k3, rLater); k4 > 0 {
				years, end = n, k4
			}
		}
	}
	if end < 0 || p.outOfRange(p.ay+years) {
		return item{}, false
	}
	res := news.Past
	if years > 0 {
		res = news.Future
	}
	d := of(p.aday.AddDate(years, 0, 0), prec)
	return item{start: i, end: end, res: res, d: d}, !d.IsZero()
}
