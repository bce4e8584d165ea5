package timex

import (
	"time"

	"github.com/newsmodel/newsmodel/internal/calendar"
	"github.com/newsmodel/newsmodel/news"
)

// weekday reads "Sunday, March 23", "Sun, 23 Mar 2025 14:05:00 EDT",
// "Sunday 2025-03-23" and "Monday" alone.
func (p *parser) weekday(i int) (item, bool) {
	e, j := p.ent(i, rWeekday)
	if e == nil {
		return item{}, false
	}
	wd := int(e.val)
	if p.punct(j, '.') && p.adj(j) && e.abbr {
		j++
	}
	k := p.skipComma(j)
	if k < len(p.toks) {
		var day longest
		for _, f := range [...]func(int) (item, bool){p.monthFirst, p.dayMonth, p.numeric, p.iso} {
			x, good := f(k)
			day.try(x, good && x.k == kDay)
		}
		if d, ok := day.it, day.ok; ok {
			if !d.yearGiven {
				d, ok = p.yearless(k, d.end, d.m, d.day, wd)
			} else if int(calendar.Civil(d.y, d.m, d.day).Weekday()) != wd {
				d.materialize()
				d.d = d.d.Qualified(news.Uncertain)
			}
			if ok {
				d.start = i
				return d, true
			}
		}
	}
	if p.find && (e.abbr || !p.toks[i].up) {
		return item{}, false
	}
	aw := p.aday.Weekday()
	past := p.aday.AddDate(0, 0, -calendar.DaysBack(aw, time.Weekday(wd), false))
	future := p.aday.AddDate(0, 0, calendar.DaysAhead(aw, time.Weekday(wd), false))
	it := item{start: i, end: j, k: kDay}
	if past.Equal(future) {
		// "Tuesday" said on a Tuesday is that day; the one a week
		// away, in the direction, is the alternative.
		step := -7
		if p.direction() == news.Future {
			step = 7
		}
		it.d = of(past, news.PrecisionDay)
		it.res = news.Nearest
		p.addAlt(&it, of(past.AddDate(0, 0, step), news.PrecisionDay))
		it.y, it.m, it.day = ymdOf(past)
		it.yearGiven = true
		return it, true
	}
	p.choose(&it, of(past, news.PrecisionDay), of(future, news.PrecisionDay))
	t, _ := it.d.Start()
	it.y, it.m, it.day = ymdOf(t)
	it.yearGiven = true
	return it, true
}

// dayWord reads today, yesterday, tomorrow and tonight, and "the day before
// yesterday".
func (p *parser) dayWord(i int) (item, bool) {
	var delta int
	var res news.Resolution
	j := -1
	if k := p.has(i, rToday); k > 0 {
		j, res = k, news.Nearest
	} else if k := p.has(i, rTonight); k > 0 {
		j, res = k, news.Nearest
	} else if k := p.has(i, rYesterday); k > 0 {
		j, delta, res = k, -1, news.Past
	} else if k := p.has(i, rTomorrow); k > 0 {
		j, delta, res = k, 1, news.Future
	} else {
		return item{}, false
	}
	y, m, d := ymdOf(p.aday.AddDate(0, 0, delta))
	return p.dayItem(i, j, y, m, d, true, res)
}

// dayBefore reads "day before yesterday" and "day after tomorrow" (after "the").
func (p *parser) dayBefore(i int) (item, bool) {
	u, j := p.ent(i, rUnit)
	if u == nil || p.theAt != i {
		return item{}, false
	}
	// "the week of March 17", "the day of the vote" (not a date).
	if k := p.has(j, rOf); k > 0 && (news.Precision(u.val) == news.PrecisionWeek || news.Precision(u.val) == news.PrecisionMonth) {
		x, ok := p.point(k)
		if !ok || x.k != kDay {
			return item{}, false
		}
		s, _ := x.d.Start()
		d := of(s, news.Precision(u.val))
		return item{start: i, end: x.end, d: d, res: x.res}, !d.IsZero()
	}
	if news.Precision(u.val) != news.PrecisionDay {
		return item{}, false
	}
	var delta int
	var res news.Resolution
	if k := p.has(j, rBefore); k > 0 && p.has(k, rYesterday) > 0 {
		j, delta, res = p.has(k, rYesterday), -2, news.Past
	} else if k := p.has(j, rAfter); k > 0 && p.has(k, rTomorrow) > 0 {
		j, delta, res = p.has(k, rTomorrow), 2, news.Future
	} else {
		return item{}, false
	}
	y, m, d := ymdOf(p.aday.AddDate(0, 0, delta))
	return p.dayItem(i, j, y, m, d, true, res)
}

// dayPartOf reads "the night of July 13", "the morning of March 3": the day.
func (p *parser) dayPartOf(i int) (item, bool) {
	j := p.has(i, rDayPart)
	if j < 0 || p.theAt != i {
		return item{}, false
	}
	k := p.has(j, rOf)
	if k < 0 {
		return item{}, false
	}
	x, ok := p.point(k)
	if !ok || x.k != kDay || x.hasTime {
		return item{}, false
	}
	x.start = i
	return x, true
}

// weekend reads "the weekend" (after "the"): the latest weekend that began
// on or before the anchor, or the next, by direction.
func (p *parser) weekend(i int) (item, bool) {
	j := p.has(i, rWeekend)
	if j < 0 || p.theAt != i {
		return item{}, false
	}
	sat := calendar.WeekStart(p.aday).AddDate(0, 0, 5)
	past, future := sat, sat
	if sat.After(p.aday) {
		past = sat.AddDate(0, 0, -7)
	}
	if sat.AddDate(0, 0, 1).Before(p.aday) {
		future = sat.AddDate(0, 0, 7)
	}
	it := item{start: i, end: j}
	p.choose(&it, dayInterval(past, past.AddDate(0, 0, 1)), dayInterval(future, future.AddDate(0, 0, 1)))
	return it, !it.d.IsZero()
}
