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

// holidayFrom returns the day of holiday h before the anchor's day (delta
// -1), after it (delta 1), or in the anchor's year (delta 0).
func (p *parser) holidayFrom(h Holiday, delta int) time.Time {
	t := holidayOn(h, p.ay)
	switch {
	case delta < 0 && !t.Before(p.aday):
		return holidayOn(h, p.ay-1)
	case delta > 0 && !t.After(p.aday):
		return holidayOn(h, p.ay+1)
	}
	return t
}

// holiday reads "Christmas", "Christmas 2024", "Easter Sunday of 2025".
func (p *parser) holiday(i int) (item, bool) {
	e, j := p.ent(i, rHoliday)
	if e == nil {
		return item{}, false
	}
	if p.find && !p.toks[i].up {
		return item{}, false
	}
	h := p.c.lang.Holidays[e.val]
	if y, k2, ok := p.yearOf(j); ok {
		if !okYear(y) {
			return item{}, false
		}
		yy, m, d := ymdOf(holidayOn(h, y))
		return p.dayItem(i, k2, yy, m, d, true, news.Explicit)
	}
	past := holidayOn(h, p.ay)
	if past.After(p.aday) {
		past = holidayOn(h, p.ay-1)
	}
	future := holidayOn(h, p.ay)
	if future.Before(p.aday) {
		future = holidayOn(h, p.ay+1)
	}
	it := item{start: i, end: j, k: kDay}
	p.choose(&it, of(past, news.PrecisionDay), of(future, news.PrecisionDay))
	t, _ := it.d.Start()
	it.y, it.m, it.day = ymdOf(t)
	it.yearGiven = true
	return it, !it.d.IsZero()
}
