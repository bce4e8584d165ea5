package timex

import (
	"time"

	"github.com/newsmodel/newsmodel/internal/calendar"
	"github.com/newsmodel/newsmodel/news"
)

// modified reads last/this/next/past/coming and what they modify: a weekday,
// a month, a unit, the weekend, a season, a holiday, "night", "morning",
// and "the past two weeks".
func (p *parser) modified(i int) (item, bool) {
	j, delta, res, ok := p.modifier(i)
	if !ok {
		return item{}, false
	}
	it := item{start: i, res: res}
	// A rolling period: "the past two weeks", "the next 30 days"; in running
	// text only after "the" ("will last 30 days" is a length).
	if n, k, article, ok := p.count(j); ok && !article && delta != 0 && (!p.find || p.theAt == i) {
		if u, k2, mult := p.unit(k); u != nil {
			return p.rolling(it, k2, delta, n*mult, news.Precision(u.val))
		}
	}
	if e, k := p.ent(j, rWeekday); e != nil && (!p.find || !e.abbr) {
		return p.modifiedWeekday(it, k, delta, time.Weekday(e.val))
	}
	if e, k := p.ent(j, rMonth); e != nil && (!p.find || p.toks[j].up) {
		return p.modifiedMonth(it, k, delta, int(e.val))
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
	if k := p.has(j, rWeekend); k > 0 {
		sat := calendar.WeekStart(p.aday).AddDate(0, 0, 5+7*delta)
		it.d, it.end = dayInterval(sat, sat.AddDate(0, 0, 1)), k
		return it, !it.d.IsZero()
	}
	if e, k := p.ent(j, rSeason); e != nil {
		return p.modifiedSeason(it, k, delta, int(e.val))
	}
	// "last season": the season before the anchor's.
	if k := p.has(j, rSeasonWord); k > 0 {
		y, m := calendar.AddMonths(p.ay, p.am, 3*delta)
		if okYear(y) {
			it.d = news.DateOf(calendar.Civil(y, m, 1), news.PrecisionSeason)
		}
		it.end = k
		return it, !it.d.IsZero()
	}
	if e, k := p.ent(j, rHoliday); e != nil {
		t := p.holidayFrom(p.c.lang.Holidays[e.val], delta)
		if t.IsZero() {
			p.bad, p.badErr = true, ErrHolidayYears
			return item{}, false
		}
		y, m, d := ymdOf(t)
		return p.dayItem(i, k, y, m, d, true, res)
	}
	if u, k := p.ent(j, rUnit); u != nil {
		return p.modifiedUnit(it, k, delta, news.Precision(u.val))
	}
	return item{}, false
}

// modifier reads last, this, next, past, coming, "this coming" and "this
// past" at i: it returns the index after them, the step they take (-1, 0,
// 1) and the resolution they give.
func (p *parser) modifier(i int) (j, delta int, res news.Resolution, ok bool) {
	if k := p.has(i, rThis); k > 0 {
		if k2 := p.has(k, rComing); k2 > 0 {
			return k2, 1, news.Future, true
		}
		if k2 := p.has(k, rPast); k2 > 0 {
			return k2, -1, news.Past, true
		}
		return k, 0, news.Nearest, true
	}
	if k := p.has(i, rLast); k > 0 {
		return k, -1, news.Past, true
	}
	if k := p.has(i, rPast); k > 0 {
		return k, -1, news.Past, true
	}
	if k := p.has(i, rNext); k > 0 {
		return k, 1, news.Future, true
	}
	if k := p.has(i, rComing); k > 0 {
		return k, 1, news.Future, true
	}
	return -1, 0, "", false
}

// rolling is the period between the anchor and n units of precision u
// before it (delta -1) or after it (delta 1), ending at token k: "the past
// 24 hours", "the next 30 days".
func (p *parser) rolling(it item, k, delta, n int, u news.Precision) (item, bool) {
	it.end = k
	if u >= news.PrecisionHour {
		// From that many units before the anchor to the anchor, at the
		// unit's precision.
		other := p.shift(delta*n, u)
		now := of(p.anchor, u)
		if delta < 0 {
			it.d = interval(other, now)
		} else {
			it.d = interval(now, other)
		}
		return it, !it.d.IsZero()
	}
	ot, ok := p.shiftDay(delta*n, u)
	if !ok {
		p.bad = true
		return item{}, false
	}
	if delta < 0 {
		it.d = dayInterval(ot, p.aday)
	} else {
		it.d = dayInterval(p.aday, ot)
	}
	return it, !it.d.IsZero()
}

// modifiedWeekday is "last Monday" (the latest Monday before the anchor
// day), "next Monday" (the first after it) or "this Monday" (the Monday of
// the anchor's week), ending at token k. The Monday of the previous or next
// calendar week is the alternative when it differs.
func (p *parser) modifiedWeekday(it item, k, delta int, wd time.Weekday) (item, bool) {
	aw := p.aday.Weekday()
	inWeek := calendar.WeekStart(p.aday).AddDate(0, 0, calendar.DaysFromMonday(wd))
	var t time.Time
	switch delta {
	case -1:
		t = p.aday.AddDate(0, 0, -calendar.DaysBack(aw, wd, true))
		it.d = of(t, news.PrecisionDay)
		p.addAlt(&it, of(inWeek.AddDate(0, 0, -7), news.PrecisionDay))
	case 1:
		t = p.aday.AddDate(0, 0, calendar.DaysAhead(aw, wd, true))
		it.d = of(t, news.PrecisionDay)
		p.addAlt(&it, of(inWeek.AddDate(0, 0, 7), news.PrecisionDay))
	default:
		// "this Monday" is the Monday of the anchor's week; when that
		// day is past, the coming one is the alternative, and when it is
		// to come, the one just past.
		t = inWeek
		it.d = of(t, news.PrecisionDay)
		switch {
		case t.Before(p.aday):
			p.addAlt(&it, of(t.AddDate(0, 0, 7), news.PrecisionDay))
		case t.After(p.aday):
			p.addAlt(&it, of(t.AddDate(0, 0, -7), news.PrecisionDay))
		}
	}
	it.end, it.k, it.yearGiven = k, kDay, true
	it.y, it.m, it.day = ymdOf(t)
	return it, !it.d.IsZero()
}

// modifiedMonth is "last July" (the latest July before the anchor's month),
// "next July" or "this July" (the July of the anchor's year), ending at
// token k. The same month a year further is the alternative of the first two
// when they fall in the anchor's year.
func (p *parser) modifiedMonth(it item, k, delta, m int) (item, bool) {
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

// modifiedSeason is "last summer", "next summer" or "this summer", ending at
// token k.
func (p *parser) modifiedSeason(it item, k, delta, s int) (item, bool) {
	cur := p.seasonAt(s, p.aday)
	switch delta {
	case -1, 1:
		it.d = seasonD(p.seasonYear(s, cur, delta), s)
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

// modifiedUnit is "last week", "this month", "next year", "the last quarter
// of 2024", ending at token k.
func (p *parser) modifiedUnit(it item, k, delta int, prec news.Precision) (item, bool) {
	// "the last quarter of 2024", "the first half of next year".
	if prec == news.PrecisionQuarter && delta != 0 {
		if y, ok := p.ofYear(k); ok && p.theAt == it.start {
			q := 4
			if delta > 0 {
				q = 1
			}
			it.d, it.end, it.res = news.DateOf(calendar.Civil(y.y, 3*q-2, 1), news.PrecisionQuarter), y.end, y.res
			return it, !it.d.IsZero()
		}
	}
	switch prec {
	case news.PrecisionDay:
		y, m, d := ymdOf(p.aday.AddDate(0, 0, delta))
		return p.dayItem(it.start, k, y, m, d, true, it.res)
	case news.PrecisionWeek:
		it.d = of(p.aday.AddDate(0, 0, 7*delta), prec)
	case news.PrecisionMonth, news.PrecisionQuarter:
		n := delta
		if prec == news.PrecisionQuarter {
			n *= 3
		}
		y, m := calendar.AddMonths(p.ay, p.am, n)
		if p.outOfRange(y) {
			return item{}, false
		}
		it.d = news.DateOf(calendar.Civil(y, m, 1), prec)
		it.k, it.y, it.m, it.yearGiven = kMonth, y, m, true
		if prec == news.PrecisionQuarter {
			it.k = kOther
		}
	case news.PrecisionYear:
		if p.outOfRange(p.ay + delta) {
			return item{}, false
		}
		it.d = yearD(p.ay + delta)
		it.k, it.y, it.yearGiven = kYear, p.ay+delta, true
	case news.PrecisionDecade:
		if okYear(p.ay + 10*delta) {
			it.d = of(calendar.Civil(p.ay+10*delta, 1, 1), prec)
		}
	case news.PrecisionCentury:
		if okYear(p.ay + 100*delta) {
			it.d = of(calendar.Civil(p.ay+100*delta, 1, 1), prec)
		}
	default:
		return item{}, false
	}
	it.end = k
	return it, !it.d.IsZero()
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
		ws := calendar.WeekStart(p.aday)
		if later {
			d = dayInterval(p.aday, ws.AddDate(0, 0, 6))
		} else {
			d = dayInterval(ws, p.aday)
		}
	case news.PrecisionMonth:
		if later {
			d = dayInterval(p.aday, calendar.Civil(p.ay, p.am+1, 0))
		} else {
			d = dayInterval(calendar.Civil(p.ay, p.am, 1), p.aday)
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
