package timex

import (
	"github.com/newsmodel/newsmodel/internal/calendar"
	"github.com/newsmodel/newsmodel/news"
)

// year reads a four-digit year or an apostrophe and two digits ('70).
func (p *parser) year(i int) (int, int, bool) {
	if v, nd, ok := p.num(i); ok && nd == 4 {
		if p.find && !p.yearContextOK(i) {
			return 0, 0, false
		}
		return v, i + 1, true
	}
	if p.punct(i, '\'') {
		if v, nd, ok := p.num(i + 1); ok && nd == 2 && p.adj(i+1) {
			return p.pivot(v), i + 2, true
		}
	}
	return 0, 0, false
}

// yearOf reads a year after an optional comma or "of": ", 2025", "of
// 2024", "2025".
func (p *parser) yearOf(i int) (int, int, bool) {
	k := p.skipComma(i)
	if k2 := p.has(k, rOf); k2 > 0 {
		k = k2
	}
	return p.year(k)
}

// yearContextOK rejects numbers that look like years but are amounts:
// "$2025", "2025%", "2025.5", "2,025".
func (p *parser) yearContextOK(i int) bool {
	if i > 0 && p.adj(i) {
		if t := p.toks[i-1]; t.kind == tPunct && (t.ch == '$' || t.ch == '£' || t.ch == '€' || t.ch == '#' || t.ch == ',' || t.ch == '.') || t.kind == tNum {
			return false
		}
		// "555-1234", "3/2025": the tail of another number; but the second
		// year of a range read after a dash ("2014-2022") is a year.
		if i > 1 && p.toks[i-1].kind == tPunct && p.adj(i-1) && p.toks[i-2].kind == tNum && !(i == p.rangeEnd && p.dash(i-1)) {
			return false
		}
	}
	if i+1 < len(p.toks) && p.adj(i+1) {
		t := p.toks[i+1]
		if t.kind == tPunct && (t.ch == '%' || (t.ch == '.' || t.ch == ',') && i+2 < len(p.toks) && p.toks[i+2].kind == tNum && p.adj(i+2)) {
			return false
		}
	}
	return true
}

// pivot makes a two-digit year a full one: the latest year with those digits
// at most ten years after the anchor's.
func (p *parser) pivot(yy int) int {
	y := p.ay - p.ay%100 + yy
	if y > p.ay+10 {
		y -= 100
	}
	return y
}

// yearPoint reads "2025", "'70", "1990s", "the '90s".
func (p *parser) yearPoint(i int) (item, bool) {
	y, j, ok := p.year(i)
	if !ok {
		// "the 80s": a two-digit decade after "the".
		v, nd, isNum := p.num(i)
		if !isNum || nd != 2 || v%10 != 0 || p.theAt != i || i+1 >= len(p.toks) || !p.adj(i+1) || !p.letter(i+1, 's') {
			return item{}, false
		}
		y = p.ay - p.ay%100 + v
		if y > p.ay {
			y -= 100
		}
		it := item{start: i, end: i + 2, res: news.Past, d: of(calendar.Civil(y, 1, 1), news.PrecisionDecade)}
		return it, !it.d.IsZero()
	}
	twoDigit := p.punct(i, '\'')
	// A decade: 1990s, 1990's, '90s.
	k := j
	if p.punct(k, '\'') && p.adj(k) {
		k++
	}
	if p.adj(k) && p.letter(k, 's') {
		if y%10 != 0 {
			return item{}, false
		}
		if twoDigit {
			y = p.ay - p.ay%100 + y%100
			if y > p.ay {
				y -= 100
			}
		}
		it := item{start: i, end: k + 1, res: news.Explicit, d: of(calendar.Civil(y, 1, 1), news.PrecisionDecade)}
		if twoDigit {
			it.res = news.Past
		}
		if y%100 == 0 {
			p.addAlt(&it, of(calendar.Civil(y, 1, 1), news.PrecisionCentury))
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
	it := item{start: i, end: j, res: news.Past, d: of(calendar.Civil(y, 1, 1), news.PrecisionDecade)}
	return it, !it.d.IsZero()
}
