package timex

import (
	"time"

	"github.com/newsmodel/newsmodel/internal/calendar"
	"github.com/newsmodel/newsmodel/news"
)

// fortnightUnit stands for the unit of a fortnight, two weeks.
var fortnightUnit = entry{role: rUnit, val: int32(news.PrecisionWeek)}

// unit reads a unit of time, with the number of them it stands for
// ("fortnight" is two weeks).
func (p *parser) unit(i int) (*entry, int, int) {
	if u, j := p.ent(i, rUnit); u != nil {
		return u, j, 1
	}
	if j := p.has(i, rFortnight); j > 0 {
		return &fortnightUnit, j, 2
	}
	return nil, -1, 0
}

const maxCount = 1_000_000_000

// count reads a count: digits ("30", "1,000"), number words ("twenty-one",
// "two hundred") or an article ("a", "an").
func (p *parser) count(i int) (n int, j int, article bool, ok bool) {
	if i >= len(p.toks) {
		return 0, 0, false, false
	}
	t := &p.toks[i]
	if t.kind == tNum {
		if t.nd > 9 || t.num < 0 {
			p.bad = true
			return 0, 0, false, false
		}
		v := int(t.num)
		j = i + 1
		for t.nd <= 3 && p.punct(j, ',') && p.adj(j) && p.adj(j+1) {
			w, nd, ok := p.num(j + 1)
			if !ok || nd != 3 {
				break
			}
			v = v*1000 + w
			j += 2
			if v > maxCount {
				p.bad = true
				return 0, 0, false, false
			}
		}
		return v, j, false, true
	}
	if _, j := p.ent(i, rArticle); j > 0 {
		if m, k := p.ent(j, rCardinal); m != nil && (m.val == 100 || m.val == 1000 || m.val == 12) {
			return int(m.val), k, false, true
		}
		return 1, j, true, true
	}
	v, j, ok := p.wordNumber(i)
	return v, j, false, ok
}

func (p *parser) wordNumber(i int) (int, int, bool) {
	e, j := p.ent(i, rCardinal)
	if e == nil || e.val >= 100 && e.val != 12 && e.val%100 == 0 {
		return 0, 0, false
	}
	v := int(e.val)
	if v >= 20 && v < 100 && v%10 == 0 && p.dash(j) && p.adj(j) && p.adj(j+1) {
		if u, k := p.ent(j+1, rCardinal); u != nil && u.val >= 1 && u.val <= 9 {
			v += int(u.val)
			j = k
		}
	} else if v >= 20 && v < 100 && v%10 == 0 && !p.adj(j) {
		// "twenty one", without the hyphen.
		if u, k := p.ent(j, rCardinal); u != nil && u.val >= 1 && u.val <= 9 {
			v += int(u.val)
			j = k
		}
	}
	if m, k := p.ent(j, rCardinal); m != nil && (m.val == 100 || m.val == 1000) {
		v *= int(m.val)
		j = k
	}
	return v, j, true
}

// relCount reads "two days ago", "in 30 days", "three weeks later", "a year
// earlier", "ten days from now", "two days before Christmas", and the
// durations "30-day", "three years", "two weeks".
func (p *parser) relCount(i int) (item, bool) {
	j := i
	in, agoBefore := false, false
	if k := p.has(i, rIn); k > 0 {
		j, in = k, true
	} else if k := p.has(i, rAgoBefore); k > 0 {
		j, agoBefore = k, true
	}
	n, k, article, ok := p.count(j)
	// "two and a half years", "half an hour".
	half := false
	if ok {
		if k2 := p.has(k, rAnd); k2 > 0 {
			if a := p.has(k2, rArticle); a > 0 && p.has(a, rHalf) > 0 {
				k, half = p.has(a, rHalf), true
			}
		}
	} else if h := p.has(j, rHalf); h > 0 {
		if a := p.has(h, rArticle); a > 0 {
			n, k, ok, half = 0, a, true, true
		}
	}
	if !ok {
		return item{}, false
	}
	hyphen := false
	if p.dash(k) && p.adj(k) && p.adj(k+1) {
		k++
		hyphen = true
	}
	u, k2, mult := p.unit(k)
	if u == nil {
		return item{}, false
	}
	orSo := false
	if k3 := p.has(k2, rOrSo); k3 > 0 && !in {
		k2, orSo = k3, true
	}
	n *= mult
	prec := news.Precision(u.val)
	if half {
		if n, prec, ok = halfMore(n, prec); !ok {
			return item{}, false
		}
	}
	it := item{start: i, end: k2}
	if agoBefore {
		// "hace tres días": ago, said before the count.
		if hyphen {
			return item{}, false
		}
		p.shiftTo(&it, -n, prec)
		it.res = news.Past
		if it.d.IsZero() {
			p.bad = true
			return item{}, false
		}
		return it, true
	}
	if in {
		if hyphen {
			return item{}, false
		}
		// In running text "in six years" is a date only in a clause that
		// looks forward ("will reopen in two weeks"); else a length of
		// time ("the lowest level in six years", "lost 900 points in
		// thirty minutes").
		if p.find && (p.direction() != news.Future || !p.clauseSet) {
			return durItem(j, k2, n, prec)
		}
		p.shiftTo(&it, n, prec)
		it.res = news.Future
		if it.d.IsZero() {
			p.bad = true
			return item{}, false
		}
		return it, true
	}
	if !hyphen {
		if it, ok, matched := p.countRelative(it, n, prec); matched {
			if orSo && ok {
				approximate(&it)
			}
			return it, ok
		}
	}
	if orSo {
		return item{}, false
	}
	// A length of time. In running text "a day" or "a second" alone is
	// not one ("wait a second"); "for a day" is read by forDur.
	if p.find && (article || !hyphen && (n == 1 || prec == news.PrecisionQuarter)) {
		return item{}, false
	}
	return durItem(i, k2, n, prec)
}

// countRelative reads what makes n units of precision prec, read up to
// it.end, a date: "ago", "from now", "later", "earlier", "before X", "after
// X". It reports matched false when nothing does, so that the count may
// still be a length of time.
func (p *parser) countRelative(it item, n int, prec news.Precision) (_ item, ok, matched bool) {
	k2 := it.end
	switch {
	case p.has(k2, rAgo) > 0:
		it.end = p.has(k2, rAgo)
		p.shiftTo(&it, -n, prec)
		it.res = news.Past
	case p.has(k2, rFromNow) > 0:
		it.end = p.has(k2, rFromNow)
		p.shiftTo(&it, n, prec)
		it.res = news.Future
	case p.has(k2, rBefore) > 0 || p.has(k2, rAfter) > 0:
		if done, ok := p.countAround(&it, n, prec); done {
			if !ok {
				return item{}, false, true
			}
			return it, true, true
		}
	case p.has(k2, rLater) > 0:
		it.end = p.has(k2, rLater)
		it.d, it.res = p.shift(n, prec), news.Future
	case p.has(k2, rEarlier) > 0:
		it.end = p.has(k2, rEarlier)
		it.d, it.res = p.shift(-n, prec), news.Past
	}
	if it.res == "" {
		return item{}, false, false
	}
	if it.d.IsZero() {
		p.bad = true
		return item{}, false, true
	}
	return it, true, true
}

// countAround reads "before X" or "after X" after n units of precision prec
// read up to it.end: "two days before Christmas" is a date when X is one.
// When X is an event and not a date ("four days after the election") only
// the length of time is known, and it reports nothing. At the end of the
// text "before" reads as "earlier" and "after" as "later" from the anchor,
// left in it for the caller to check. done reports a result of its own.
func (p *parser) countAround(it *item, n int, prec news.Precision) (done, ok bool) {
	k2 := it.end
	sign := 1
	k3 := p.has(k2, rAfter)
	if k3 < 0 {
		sign, k3 = -1, p.has(k2, rBefore)
	}
	x, ok := p.point(k3)
	if ok && !x.isDur && !x.d.IsInterval() {
		if d := unitsFrom(x.d, n*sign, prec); !d.IsZero() {
			it.end, it.d, it.res = x.end, d, x.res
			return true, true
		}
	}
	if k3 < len(p.toks) && p.toks[k3].kind != tPunct {
		return false, false
	}
	if k4 := p.has(k2, rEarlier); k4 > 0 && sign < 0 {
		it.end = k4
		it.d, it.res = p.shift(-n, prec), news.Past
	} else if sign > 0 {
		it.end = p.has(k2, rAfter)
		it.d, it.res = p.shift(n, prec), news.Future
	} else {
		return true, false
	}
	return false, false
}

// unitsFrom is the date n units of precision prec after the date x (before
// it when n < 0), at x's precision, and for days and weeks at least at a
// day's; or the zero Date when it is out of range.
func unitsFrom(x news.Date, n int, prec news.Precision) news.Date {
	s, _ := x.Start()
	t := s.Add(12 * time.Hour)
	if prec >= news.PrecisionHour {
		t = s
	}
	switch prec {
	case news.PrecisionDay, news.PrecisionWeek:
		days := n
		if prec == news.PrecisionWeek {
			days *= 7
		}
		if days >= 4_000_000 || days <= -4_000_000 {
			return news.Date{}
		}
		if x.Precision() < news.PrecisionDay {
			return of(t.AddDate(0, 0, days), x.Precision())
		}
		return of(t.AddDate(0, 0, days), max(prec, news.PrecisionDay))
	case news.PrecisionMonth, news.PrecisionQuarter, news.PrecisionYear:
		months := n
		switch prec {
		case news.PrecisionQuarter:
			months *= 3
		case news.PrecisionYear:
			months *= 12
		}
		if months >= 120000 || months <= -120000 {
			return news.Date{}
		}
		y, m := calendar.AddMonths(t.Year(), int(t.Month()), months)
		if !okYear(y) {
			return news.Date{}
		}
		if x.Precision() >= news.PrecisionDay && validDay(y, m, t.Day()) {
			return dayD(y, m, t.Day())
		}
		return news.DateOf(calendar.Civil(y, m, 1), min(x.Precision(), news.PrecisionMonth))
	}
	return news.Date{}
}

// shift moves the anchor by n units (negative: back) and returns the date of
// the unit's precision there.
// shiftTo sets it to the date n units of precision u from the anchor:
// TimeML's day for weeks ("three weeks ago" is the day 21 days back), with
// the week as the alternative; the unit itself for any other.
func (p *parser) shiftTo(it *item, n int, u news.Precision) {
	it.d = p.shift(n, u)
	if u == news.PrecisionWeek && !it.d.IsZero() {
		week := it.d
		it.d = p.shift(7*n, news.PrecisionDay)
		p.addAlt(it, week)
	}
}

func (p *parser) shift(n int, u news.Precision) news.Date {
	switch u {
	case news.PrecisionSecond, news.PrecisionMinute, news.PrecisionHour:
		if n > 1e8 || n < -1e8 {
			return news.Date{}
		}
		var step time.Duration
		switch u {
		case news.PrecisionSecond:
			step = time.Second
		case news.PrecisionMinute:
			step = time.Minute
		default:
			step = time.Hour
		}
		return of(p.anchor.Add(time.Duration(n)*step), u)
	case news.PrecisionDay, news.PrecisionWeek:
		days := n
		if u == news.PrecisionWeek {
			days *= 7
		}
		if days > 4_000_000 || days < -4_000_000 {
			return news.Date{}
		}
		return of(p.aday.AddDate(0, 0, days), u)
	case news.PrecisionMonth, news.PrecisionQuarter:
		months := n
		if u == news.PrecisionQuarter {
			months *= 3
		}
		if months > 120000 || months < -120000 {
			return news.Date{}
		}
		y, m := calendar.AddMonths(p.ay, p.am, months)
		if !okYear(y) {
			return news.Date{}
		}
		return news.DateOf(calendar.Civil(y, m, 1), u)
	case news.PrecisionYear, news.PrecisionDecade, news.PrecisionCentury:
		years := n
		switch u {
		case news.PrecisionDecade:
			years *= 10
		case news.PrecisionCentury:
			years *= 100
		}
		if years > 10000 || years < -10000 || !okYear(p.ay+years) {
			return news.Date{}
		}
		d := yearD(p.ay + years)
		if u != news.PrecisionYear {
			d = d.Qualified(news.Approximate)
		}
		return d
	}
	return news.Date{}
}

// shiftDay is the anchor's day moved by n units of precision u, the day of
// month kept (or the month's last day when it has no such day).
func (p *parser) shiftDay(n int, u news.Precision) (time.Time, bool) {
	months := 0
	switch u {
	case news.PrecisionDay, news.PrecisionWeek:
		days := n
		if u == news.PrecisionWeek {
			days *= 7
		}
		if days > 4_000_000 || days < -4_000_000 {
			return time.Time{}, false
		}
		t := p.aday.AddDate(0, 0, days)
		return t, okYear(t.Year())
	case news.PrecisionMonth:
		months = n
	case news.PrecisionQuarter:
		months = 3 * n
	case news.PrecisionYear:
		months = 12 * n
	case news.PrecisionDecade:
		months = 120 * n
	case news.PrecisionCentury:
		months = 1200 * n
	default:
		return time.Time{}, false
	}
	if months > 120000 || months < -120000 {
		return time.Time{}, false
	}
	y, m := calendar.AddMonths(p.ay, p.am, months)
	if !okYear(y) {
		return time.Time{}, false
	}
	d := p.aday.Day()
	if last := calendar.DaysIn(int64(y), m); d > last {
		d = last
	}
	return calendar.Civil(y, m, d), true
}

// within reads "within 24 hours", "within two weeks": the period from the
// anchor to that many units after it.
func (p *parser) within(i int) (item, bool) {
	j := p.has(i, rWithin)
	if j < 0 {
		return item{}, false
	}
	n, prec, k2, ok := p.amount(j, false)
	if !ok {
		return item{}, false
	}
	it := item{start: i, end: k2, res: news.Future}
	if prec >= news.PrecisionHour {
		it.d = interval(of(p.anchor, prec), p.shift(n, prec))
	} else {
		t, ok := p.shiftDay(n, prec)
		if !ok {
			p.bad = true
			return item{}, false
		}
		it.d = dayInterval(p.aday, t)
	}
	return it, !it.d.IsZero()
}

// forDur reads "for N units" and "for a unit".
func (p *parser) forDur(i int) (item, bool) {
	j := p.has(i, rFor)
	if j < 0 {
		return item{}, false
	}
	n, prec, k2, ok := p.amount(j, true)
	if !ok {
		return item{}, false
	}
	return durItem(i, k2, n, prec)
}

// amount reads a count of units at j ("24 hours", "two weeks", "a
// fortnight"; with dash, also "30-day"): the number of units, their
// precision and the index after them.
func (p *parser) amount(j int, dash bool) (n int, prec news.Precision, end int, ok bool) {
	n, k, _, ok := p.count(j)
	if !ok {
		return 0, 0, 0, false
	}
	if dash && p.dash(k) && p.adj(k) {
		k++
	}
	u, k2, mult := p.unit(k)
	if u == nil {
		return 0, 0, 0, false
	}
	return n * mult, news.Precision(u.val), k2, true
}

// durItem is the length of time of n units of precision prec read over
// tokens [i, end).
func durItem(i, end, n int, prec news.Precision) (item, bool) {
	if _, ok := unitDur(n, prec); !ok {
		return item{}, false
	}
	return item{start: i, end: end, durN: n, durU: prec, isDur: true, res: news.Explicit}, true
}

// unitDur is the duration of n units of precision u.
func unitDur(n int, u news.Precision) (news.Duration, bool) {
	v := int64(n)
	var d news.Duration
	switch u {
	case news.PrecisionSecond:
		d.Seconds = v
	case news.PrecisionMinute:
		d.Minutes = v
	case news.PrecisionHour:
		d.Hours = v
	case news.PrecisionDay:
		d.Days = v
	case news.PrecisionWeek:
		d.Weeks = v
	case news.PrecisionMonth:
		d.Months = v
	case news.PrecisionQuarter:
		d.Months = 3 * v
	case news.PrecisionYear:
		d.Years = v
	case news.PrecisionDecade:
		d.Years = 10 * v
	case news.PrecisionCentury:
		d.Years = 100 * v
	default:
		return news.Duration{}, false
	}
	return d, n > 0
}

// halfMore is n and a half units of precision u in the next smaller unit
// that counts it whole: two and a half years are 30 months, half an hour 30
// minutes.
func halfMore(n int, u news.Precision) (int, news.Precision, bool) {
	switch u {
	case news.PrecisionCentury:
		return n*100 + 50, news.PrecisionYear, true
	case news.PrecisionDecade:
		return n*10 + 5, news.PrecisionYear, true
	case news.PrecisionYear:
		return n*12 + 6, news.PrecisionMonth, true
	case news.PrecisionDay:
		return n*24 + 12, news.PrecisionHour, true
	case news.PrecisionHour:
		return n*60 + 30, news.PrecisionMinute, true
	case news.PrecisionMinute:
		return n*60 + 30, news.PrecisionSecond, true
	}
	return 0, 0, false
}

// approximate marks it as about its date: EDTF "~", mod APPROX.
func approximate(it *item) {
	it.materialize()
	if !it.d.IsInterval() {
		it.d = it.d.Qualified(news.Approximate)
	}
	it.mod = news.ModApprox
}
