package news

import (
	"errors"
	"time"
)

// IntervalFrom returns the interval that starts where start starts and
// lasts length: "for six weeks from March 2" is IntervalFrom(2025-03-02,
// P6W) = 2025-03-02/2025-04-12. Both ends are written at the finer of the
// start's precision and that of the smallest unit of length (weeks count as
// days), and the end is the last unit inside the length, since EDTF
// interval ends are inclusive: IntervalFrom(2025-03, P3M) is 2025-03/2025-05
// and IntervalFrom(2025, P10D) is 2025-01-01/2025-01-10. A start with a zone
// keeps it.
//
// It is an error when start is zero, is itself an interval or has no start,
// or when length is zero, negative in any unit, or ends beyond what a Date
// can write.
func IntervalFrom(start Date, length Duration) (Date, error) {
	switch {
	case start.IsZero():
		return Date{}, errors.New("news: IntervalFrom: zero start")
	case start.IsInterval():
		return Date{}, errors.New("news: IntervalFrom: start " + start.s + " is an interval")
	case length.IsZero():
		return Date{}, errors.New("news: IntervalFrom: zero length")
	case length.Years < 0 || length.Months < 0 || length.Weeks < 0 || length.Days < 0 ||
		length.Hours < 0 || length.Minutes < 0 || length.Seconds < 0:
		return Date{}, errors.New("news: IntervalFrom: negative length " + length.String())
	}
	t := start.Anchor()
	if t.IsZero() {
		return Date{}, errors.New("news: IntervalFrom: start " + start.s + " has no lower bound")
	}
	p := max(start.Precision(), length.finest())
	end := t.AddDate(int(length.Years), int(length.Months), int(7*length.Weeks+length.Days)).
		Add(time.Duration(length.Hours)*time.Hour + time.Duration(length.Minutes)*time.Minute +
			time.Duration(length.Seconds)*time.Second)
	from, to := DateOf(t, p), DateOf(end.Add(-time.Nanosecond), p)
	if from.IsZero() || to.IsZero() || !end.After(t) {
		return Date{}, errors.New("news: IntervalFrom: " + start.s + " plus " + length.String() + " lies beyond the dates a Date can write")
	}
	if from.Equal(to) {
		return from, nil
	}
	return Interval(from, to)
}

// finest returns the precision of the smallest unit of d: weeks and days
// give days.
func (d Duration) finest() Precision {
	switch {
	case d.Seconds != 0:
		return PrecisionSecond
	case d.Minutes != 0:
		return PrecisionMinute
	case d.Hours != 0:
		return PrecisionHour
	case d.Days != 0, d.Weeks != 0:
		return PrecisionDay
	case d.Months != 0:
		return PrecisionMonth
	}
	return PrecisionYear
}
