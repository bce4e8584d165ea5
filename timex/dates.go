package timex

import (
	"time"

	"github.com/newsmodel/newsmodel/internal/calendar"
	"github.com/newsmodel/newsmodel/news"
)

// validDay reports whether y-m-d is a day of a year that the normaliser
// writes, 1 to 9999.
func validDay(y, m, d int) bool { return okYear(y) && calendar.Valid(int64(y), m, d) }

// ymdOf returns the year, month and day of t.
func ymdOf(t time.Time) (int, int, int) {
	y, m, d := t.Date()
	return y, int(m), d
}

// okYear reports whether y is a year of four digits, 1 to 9999, as EDTF
// level 0 writes it.
func okYear(y int) bool { return y >= 1 && y <= 9999 }

// dayD is the day date y-m-d, or the zero Date when it does not exist.
func dayD(y, m, d int) news.Date {
	if !validDay(y, m, d) {
		return news.Date{}
	}
	var buf [10]byte
	dt, err := news.ParseDate(string(calendar.AppendDate(buf[:0], int64(y), m, d)))
	if err != nil {
		return news.Date{}
	}
	return dt
}

// monthD is the month date y-m, or the zero Date when it does not exist.
func monthD(y, m int) news.Date {
	if !okYear(y) || m < 1 || m > 12 {
		return news.Date{}
	}
	var buf [7]byte
	b := calendar.AppendYear(buf[:0], int64(y))
	b = append(b, '-')
	b = calendar.AppendInt(b, int64(m), 2)
	d, _ := news.ParseDate(string(b))
	return d
}

// yearD is the year date y, or the zero Date when y is out of range.
func yearD(y int) news.Date {
	if !okYear(y) {
		return news.Date{}
	}
	var buf [4]byte
	d, _ := news.ParseDate(string(calendar.AppendYear(buf[:0], int64(y))))
	return d
}

// of is the date of precision prec that holds t, or the zero Date when t's
// year is out of range.
func of(t time.Time, prec news.Precision) news.Date {
	if y := t.Year(); !okYear(y) {
		return news.Date{}
	}
	return news.DateOf(t, prec)
}

// interval is the interval from a to b (a zero end is open), or the zero
// Date when both are zero or they make no interval.
func interval(a, b news.Date) news.Date {
	if a.IsZero() && b.IsZero() {
		return news.Date{}
	}
	d, err := news.Interval(a, b)
	if err != nil {
		return news.Date{}
	}
	return d
}

// dayInterval is the interval from the day of a to the day of b.
func dayInterval(a, b time.Time) news.Date {
	return interval(of(a, news.PrecisionDay), of(b, news.PrecisionDay))
}
