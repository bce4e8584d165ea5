package timex

import (
	"time"

	"github.com/newsmodel/newsmodel/internal/calendar"
	"github.com/newsmodel/newsmodel/news"
)

// holidayOn returns the day of holiday h in year y, at noon UTC.
func holidayOn(h Holiday, y int) time.Time {
	var t time.Time
	switch {
	case h.Easter:
		m, d := calendar.Easter(y)
		t = calendar.Civil(y, m, d)
	case h.Nth != 0:
		t = calendar.Civil(y, int(h.Month), calendar.NthWeekday(y, int(h.Month), h.Weekday, h.Nth))
	default:
		t = calendar.Civil(y, int(h.Month), h.Day)
	}
	return t.AddDate(0, 0, h.Offset)
}

// holidayNear returns the latest day of holiday h before the anchor's day
// (on it too, when strict is false) and the first after it (on it too,
// when strict is false); either is the zero Time when the years of h's rule
// end first.
func (p *parser) holidayNear(h Holiday, strict bool) (past, future time.Time) {
	for y := p.ay - 1; y <= p.ay+1; y++ {
		ds, n, _ := holidayDates(h, y)
		for _, t := range ds[:n] {
			switch {
			case t.Before(p.aday) || !strict && t.Equal(p.aday):
				if past.IsZero() || t.After(past) {
					past = t
				}
			}
			switch {
			case t.After(p.aday) || !strict && t.Equal(p.aday):
				if future.IsZero() || t.Before(future) {
					future = t
				}
			}
		}
	}
	return past, future
}

// holidayFrom returns the day of holiday h before the anchor's day (delta
// -1), after it (delta 1), or in the anchor's year (delta 0, the first when
// there are two), or the zero Time outside the years of h's rule.
func (p *parser) holidayFrom(h Holiday, delta int) time.Time {
	if delta == 0 {
		ds, n, _ := holidayDates(h, p.ay)
		if n == 0 {
			return time.Time{}
		}
		return ds[0]
	}
	past, future := p.holidayNear(h, true)
	if delta < 0 {
		return past
	}
	return future
}

// holiday reads "Christmas", "Christmas 2024", "Easter Sunday of 2025",
// "Eid al-Fitr 2025".
func (p *parser) holiday(i int) (item, bool) {
	e, j := p.ent(i, rHoliday)
	if e == nil {
		return item{}, false
	}
	if p.find && !p.capitalised(i, j) {
		return item{}, false
	}
	h := p.c.lang.Holidays[e.val]
	if y, k2, ok := p.yearOf(j); ok {
		if !okYear(y) {
			return item{}, false
		}
		ds, n, _ := holidayDates(h, y)
		if n == 0 {
			p.bad, p.badErr = true, ErrHolidayYears
			return item{}, false
		}
		yy, m, d := ymdOf(ds[0])
		return p.dayItem(i, k2, yy, m, d, true, news.Explicit)
	}
	past, future := p.holidayNear(h, false)
	if past.IsZero() && future.IsZero() {
		p.bad, p.badErr = true, ErrHolidayYears
		return item{}, false
	}
	it := item{start: i, end: j, k: kDay}
	p.choose(&it, dateOf(past), dateOf(future))
	t, _ := it.d.Start()
	it.y, it.m, it.day = ymdOf(t)
	it.yearGiven = true
	return it, !it.d.IsZero()
}

// dateOf is the day date of t, or the zero Date for the zero Time.
func dateOf(t time.Time) news.Date {
	if t.IsZero() {
		return news.Date{}
	}
	return of(t, news.PrecisionDay)
}

// capitalised reports whether a word of tokens [i, j) starts with an upper
// case letter: in running text a holiday's name must have one ("Christmas",
// "the first day of Ramadan").
func (p *parser) capitalised(i, j int) bool {
	for k := i; k < j && k < len(p.toks); k++ {
		if p.toks[k].up {
			return true
		}
	}
	return false
}
