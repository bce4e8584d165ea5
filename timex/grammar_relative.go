package timex

import (
	"time"

	"github.com/newsmodel/newsmodel/news"
)

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
