package timex

import (
	"time"

	"github.com/newsmodel/newsmodel/internal/calendar"
	"github.com/newsmodel/newsmodel/news"
)

var seasonStart = [...]int{21: 3, 22: 6, 23: 9, 24: 12}

func seasonD(y, s int) news.Date {
	if !okYear(y) || !okYear(y+1) {
		return news.Date{}
	}
	return news.DateOf(calendar.Civil(y, seasonStart[s], 1), news.PrecisionSeason)
}

// seasonAt is the year of the season s that contains t or, if none does, of
// the nearest one.
func (p *parser) seasonAt(s int, t time.Time) int {
	best, bestDist := t.Year(), time.Duration(1<<62)
	for y := t.Year() - 1; y <= t.Year()+1; y++ {
		a := calendar.Civil(y, seasonStart[s], 1)
		b := calendar.Civil(y, seasonStart[s]+3, 1)
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
	a := calendar.Civil(cur, seasonStart[s], 1)
	b := calendar.Civil(cur, seasonStart[s]+3, 1)
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
	if y, k2, ok := p.yearOf(j); ok {
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
	if calendar.Civil(cur, seasonStart[s], 1).After(p.aday) {
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
	return news.DateOf(calendar.Civil(y, (n-1)*months+1, 1), p)
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
	d := partOf(x.d, which)
	if d.IsZero() {
		return item{}, false
	}
	w := p.stash(x.d)
	if w == 0 {
		return item{}, false
	}
	return item{start: i, end: x.end, d: d, res: x.res, wholeI: w, mod: [...]news.Mod{news.ModStart, news.ModMid, news.ModEnd}[which]}, true
}

// partOf is the early (which 0), middle (1) or late (2) part of the date x:
// a third of a year as a quadrimester, of a month as ten days or the rest,
// of a decade, a century or a week as a run of years or days, of a quarter
// as its month; a day is its own part. It is the zero Date for any other
// precision.
func partOf(x news.Date, which int) news.Date {
	s, _ := x.Start()
	switch x.Precision() {
	case news.PrecisionYear:
		return news.DateOf(calendar.Civil(s.Year(), 1+4*which, 1), news.PrecisionQuadrimester)
	case news.PrecisionMonth:
		y, m := s.Year(), int(s.Month())
		switch which {
		case 0:
			return interval(dayD(y, m, 1), dayD(y, m, 10))
		case 1:
			return interval(dayD(y, m, 11), dayD(y, m, 20))
		}
		e, _ := x.End()
		return interval(dayD(y, m, 21), of(e.Add(-time.Hour), news.PrecisionDay))
	case news.PrecisionDecade:
		bounds := [...][2]int{{0, 3}, {4, 6}, {7, 9}}[which]
		return interval(yearD(s.Year()+bounds[0]), yearD(s.Year()+bounds[1]))
	case news.PrecisionCentury:
		bounds := [...][2]int{{0, 32}, {33, 65}, {66, 99}}[which]
		return interval(yearD(s.Year()+bounds[0]), yearD(s.Year()+bounds[1]))
	case news.PrecisionWeek:
		bounds := [...][2]int{{0, 1}, {2, 3}, {4, 6}}[which]
		return dayInterval(s.AddDate(0, 0, bounds[0]), s.AddDate(0, 0, bounds[1]))
	case news.PrecisionQuarter:
		return monthD(s.Year(), int(s.Month())+which)
	case news.PrecisionDay:
		return x
	}
	return news.Date{}
}
