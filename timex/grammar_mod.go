package timex

import (
	"strconv"

	"github.com/newsmodel/newsmodel/news"
)

// prefixMods are the TimeML modifiers of the words that stand before a date
// or a length of time.
var prefixMods = map[role]news.Mod{rApprox: news.ModApprox, rLessThan: news.ModLessThan,
	rMoreThan: news.ModMoreThan, rAtMost: news.ModEqualOrLess, rAtLeast: news.ModEqualOrMore}

// modPrefix reads "about 10 days ago", "around Nov. 1", "less than a
// year", "at least two weeks": the words of role r and the date or length
// after them, which keeps its value and gains the modifier. A date after
// "about" and its kind is approximate (EDTF "~").
func (p *parser) modPrefix(i int, r role) (item, bool) {
	j := p.has(i, r)
	if j < 0 || j >= len(p.toks) || p.depth >= maxDepth {
		return item{}, false
	}
	p.depth++
	x, ok := p.expr(j)
	p.depth--
	if !ok || x.set != "" {
		return item{}, false
	}
	mod := prefixMods[r]
	if !x.isDur {
		// A date is about a point, not less or more than one; "less
		// than a year ago" is still roughly that date.
		if mod != news.ModApprox && mod != news.ModLessThan {
			return item{}, false
		}
		mod = news.ModApprox
		x.materialize()
		if !x.d.IsInterval() {
			x.d = x.d.Qualified(news.Approximate)
		}
	}
	x.start, x.mod = i, mod
	return x, true
}

// every reads a recurring time, a TIMEX3 SET: "every Monday"
// (XXXX-WXX-1), "every day" (P1D), "every three weeks" (P3W), "every
// January" (XXXX-01).
func (p *parser) every(i int) (item, bool) {
	j := p.has(i, rEvery)
	if j < 0 {
		return item{}, false
	}
	it := item{start: i, res: news.Explicit}
	if e, k := p.ent(j, rWeekday); e != nil {
		wd := int(e.val)
		if wd == 0 {
			wd = 7
		}
		it.end, it.set = k, "XXXX-WXX-"+strconv.Itoa(wd)
		return it, true
	}
	if e, k := p.ent(j, rMonth); e != nil && !e.abbr {
		it.end, it.set = k, "XXXX-"+string(rune('0'+e.val/10))+string(rune('0'+e.val%10))
		return it, true
	}
	n, k := 1, j
	if c, k2, article, ok := p.count(j); ok && !article {
		n, k = c, k2
	}
	u, k3, mult := p.unit(k)
	if u == nil {
		return item{}, false
	}
	d, ok := unitDur(n*mult, news.Precision(u.val))
	if !ok {
		return item{}, false
	}
	it.end, it.set = k3, d.String()
	return it, true
}
