package timex

import (
	"time"

	"github.com/newsmodel/newsmodel/internal/calendar"
	"github.com/newsmodel/newsmodel/news"
)

// This file reads dates built from two others: a weekday with a week
// ("Thursday after next", "Thursday of next week", "Friday of this week"),
// a weekday with an ordinal day ("Friday the 13th"), a month with a
// relative year ("June last year", "March this year"), an ordinal weekday
// or day of a month ("the second Tuesday of May", "the last Friday of the
// month", "the last day of February 2028", "the last week of June"), a
// relative day with a time ("two days ago at 3 pm"), and a date with a
// length ("March 2 for six weeks", "for six weeks from March 2").

// weekdayPlus reads a weekday and what places it: "after next", "before
// last", "of next week", "the 13th".
func (p *parser) weekdayPlus(i int) (item, bool) {
	e, j := p.ent(i, rWeekday)
	if e == nil || e.abbr && p.find {
		return item{}, false
	}
	wd := time.Weekday(e.val)
	aw := p.aday.Weekday()
	day := func(t time.Time, end int, res news.Resolution) (item, bool) {
		y, m, d := ymdOf(t)
		return p.dayItem(i, end, y, m, d, true, res)
	}
	if k := p.has(j, rAfter); k > 0 {
		if k2 := p.has(k, rNext); k2 > 0 {
			return day(p.aday.AddDate(0, 0, calendar.DaysAhead(aw, wd, true)+7), k2, news.Future)
		}
	}
	if k := p.has(j, rBefore); k > 0 {
		if k2 := p.has(k, rLast); k2 > 0 {
			return day(p.aday.AddDate(0, 0, -calendar.DaysBack(aw, wd, true)-7), k2, news.Past)
		}
	}
	if k := p.has(j, rOf); k > 0 {
		if k2, delta, res, ok := p.modifier(k); ok {
			if u, k3 := p.ent(k2, rUnit); u != nil && news.Precision(u.val) == news.PrecisionWeek {
				t := calendar.WeekStart(p.aday).AddDate(0, 0, 7*delta+calendar.DaysFromMonday(wd))
				return day(t, k3, res)
			}
		}
	}
	if k := p.has(j, rThe); k > 0 {
		if d, k2, ok := p.ordinal(k, true); ok && d >= 1 && d <= 31 {
			// "Friday the 13th": the nearest month whose day d is that
			// weekday, in each direction.
			var past, future news.Date
			for n := 0; n <= 28 && (past.IsZero() || future.IsZero()); n++ {
				for _, s := range [...]int{-n, n} {
					y, m := calendar.AddMonths(p.ay, p.am, s)
					if !validDay(y, m, d) || calendar.Civil(y, m, d).Weekday() != wd {
						continue
					}
					t := calendar.Civil(y, m, d)
					if !t.After(p.aday) && past.IsZero() {
						past = dayD(y, m, d)
					}
					if !t.Before(p.aday) && future.IsZero() {
						future = dayD(y, m, d)
					}
				}
			}
			if past.IsZero() && future.IsZero() {
				return item{}, false
			}
			it := item{start: i, end: k2, k: kDay}
			p.choose(&it, past, future)
			if it.d.IsZero() {
				return item{}, false
			}
			t, _ := it.d.Start()
			it.y, it.m, it.day = ymdOf(t)
			it.yearGiven = true
			return it, true
		}
	}
	return item{}, false
}

// monthRelYear reads a month and a relative year: "June last year", "March
// this year", "June of next year".
func (p *parser) monthRelYear(i int) (item, bool) {
	e, j := p.ent(i, rMonth)
	if e == nil || p.find && !p.toks[i].up {
		return item{}, false
	}
	if k := p.has(j, rOf); k > 0 {
		j = k
	}
	k, delta, res, ok := p.modifier(j)
	if !ok {
		return item{}, false
	}
	u, k2 := p.ent(k, rUnit)
	if u == nil || news.Precision(u.val) != news.PrecisionYear {
		return item{}, false
	}
	y, m := p.ay+delta, int(e.val)
	it, ok := p.monthItem(i, k2, y, m)
	it.res = res
	return it, ok
}

// nthOf reads an ordinal weekday, day or week of a month: "second Tuesday
// of May", "last Friday of the month", "last day of February 2028", "first
// Monday of last month", "last week of June" (after "the" or not).
func (p *parser) nthOf(i int) (item, bool) {
	n, j := 0, -1
	if k := p.has(i, rLast); k > 0 {
		n, j = -1, k
	} else if v, k, ok := p.ordinal(i, true); ok && v >= 1 && v <= 31 {
		n, j = v, k
	} else if e, k := p.ent(i, rOrdinal); e != nil {
		n, j = int(e.val), k
	}
	if j < 0 {
		return item{}, false
	}
	wd := -1
	var unit news.Precision
	k := j
	if e, k2 := p.ent(j, rWeekday); e != nil && !e.abbr {
		wd, k = int(e.val), k2
	} else if u, k2 := p.ent(j, rUnit); u != nil && (news.Precision(u.val) == news.PrecisionDay || news.Precision(u.val) == news.PrecisionWeek) {
		unit, k = news.Precision(u.val), k2
	} else {
		return item{}, false
	}
	k2 := p.has(k, rOf)
	if k2 < 0 {
		if k2 = p.has(k, rIn); k2 < 0 {
			return item{}, false
		}
	}
	y, m, end, res, ok := p.monthOf(k2)
	if !ok {
		return item{}, false
	}
	first := calendar.Civil(y, m, 1)
	last := calendar.Civil(y, m+1, 0)
	var t time.Time
	switch {
	case wd >= 0 && n > 0:
		if n > 5 {
			return item{}, false
		}
		t = first.AddDate(0, 0, calendar.DaysAhead(first.Weekday(), time.Weekday(wd), false)+7*(n-1))
		if int(t.Month()) != m {
			p.bad = true
			return item{}, false
		}
	case wd >= 0:
		t = last.AddDate(0, 0, -calendar.DaysBack(last.Weekday(), time.Weekday(wd), false))
	case unit == news.PrecisionDay && n > 0:
		if !validDay(y, m, n) {
			p.bad = true
			return item{}, false
		}
		t = calendar.Civil(y, m, n)
	case unit == news.PrecisionDay:
		t = last
	case unit == news.PrecisionWeek:
		// The ISO week that holds the month's first or last day.
		t = first
		if n < 0 {
			t = last
		} else if n > 1 {
			t = first.AddDate(0, 0, 7*(n-1))
			if int(t.Month()) != m {
				return item{}, false
			}
		}
		return item{start: i, end: end, res: res, d: of(t, news.PrecisionWeek)}, true
	}
	yy, mm, dd := ymdOf(t)
	return p.dayItem(i, end, yy, mm, dd, true, res)
}

// monthOf reads the month of "… of May", "of the month", "of last month",
// "of February 2028": its year and month, the index after it and the
// resolution.
func (p *parser) monthOf(k int) (y, m, end int, res news.Resolution, ok bool) {
	if k2 := p.has(k, rThe); k2 > 0 {
		if u, k3 := p.ent(k2, rUnit); u != nil && news.Precision(u.val) == news.PrecisionMonth {
			return p.ay, p.am, k3, news.Nearest, true
		}
	}
	save := p.theAt
	p.theAt = -1
	x, good := p.point(k)
	p.theAt = save
	if !good || x.isDur || x.d.Precision() != news.PrecisionMonth || x.d.IsInterval() {
		return 0, 0, 0, "", false
	}
	t, _ := x.d.Start()
	return t.Year(), int(t.Month()), x.end, x.res, true
}

// withLength extends a day or date-time it with what follows it: a time of
// day ("two days ago at 3 pm") or a length ("March 2 for six weeks", kept
// as the interval from it and the Duration).
func (p *parser) withLength(it item) (item, bool) {
	if it.isDur || it.d.IsZero() || it.d.IsInterval() {
		return item{}, false
	}
	if !it.hasTime && it.d.Precision() == news.PrecisionDay {
		x := it
		t, _ := x.d.Start()
		x.y, x.m, x.day = ymdOf(t)
		x.lazy, x.k = false, kDay
		if y, ok := p.withTime(x); ok && y.end > it.end {
			return y, true
		}
	}
	if j := p.has(it.end, rFor); j > 0 && (!p.find || it.d.Precision() >= news.PrecisionDay) {
		if n, prec, k, ok := p.amount(j, false); ok {
			return p.spanFrom(it, k, n, prec)
		}
	}
	return item{}, false
}

// spanFrom is the interval that starts with it and lasts n units of prec,
// ending at token end, with the length kept.
func (p *parser) spanFrom(it item, end, n int, prec news.Precision) (item, bool) {
	dur, ok := unitDur(n, prec)
	if !ok {
		return item{}, false
	}
	d, err := news.IntervalFrom(it.d, dur)
	if err != nil {
		p.bad = true
		return item{}, false
	}
	return item{start: it.start, end: end, d: d, res: it.res, durN: n, durU: prec}, true
}

// forFrom reads "for six weeks from March 2": a length and its start.
func (p *parser) forFrom(i int) (item, bool) {
	j := p.has(i, rFor)
	if j < 0 {
		return item{}, false
	}
	n, prec, k, ok := p.amount(j, false)
	if !ok {
		return item{}, false
	}
	k2 := p.has(k, rFrom)
	if k2 < 0 {
		return item{}, false
	}
	x, ok := p.point(k2)
	if !ok || x.isDur || x.d.IsInterval() {
		return item{}, false
	}
	x.materialize()
	it, ok := p.spanFrom(x, x.end, n, prec)
	it.start = i
	return it, ok
}

// fromAlone reads "from March 2" without an end: the open interval from it.
func (p *parser) fromAlone(i int) (item, bool) {
	j := p.has(i, rFrom)
	if j < 0 {
		return item{}, false
	}
	x, ok := p.point(j)
	if !ok || x.isDur || x.d.IsInterval() {
		return item{}, false
	}
	x.materialize()
	if k := p.has(x.end, rFor); k > 0 {
		if n, prec, k2, ok := p.amount(k, false); ok {
			it, ok := p.spanFrom(x, k2, n, prec)
			it.start = i
			return it, ok
		}
	}
	d := interval(x.d, news.Date{})
	return item{start: i, end: x.end, d: d, res: x.res, mod: news.ModOnOrAfter}, !d.IsZero()
}
