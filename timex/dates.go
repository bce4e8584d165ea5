package timex

import (
	"time"

	"github.com/newsmodel/newsmodel/internal/calendar"
	"github.com/newsmodel/newsmodel/news"
)

func civil(y, m, d int) time.Time { return time.Date(y, time.Month(m), d, 12, 0, 0, 0, time.UTC) }

func validDay(y, m, d int) bool {
	if m < 1 || m > 12 || d < 1 || d > 31 || y < 1 || y > 9999 {
		return false
	}
	return d <= calendar.DaysIn(int64(y), m)
}

func ymdOf(t time.Time) (int, int, int) {
	y, m, d := t.Date()
	return y, int(m), d
}

func okYear(y int) bool { return y >= 1 && y <= 9999 }

// dayD is the day date y-m-d, or the zero Date when it does not exist.
func dayD(y, m, d int) news.Date {
	if !validDay(y, m, d) {
		return news.Date{}
	}
	var buf [10]byte
	b := calendar.AppendYear(buf[:0], int64(y))
	b = append(b, '-')
	b = calendar.AppendInt(b, int64(m), 2)
	b = append(b, '-')
	b = calendar.AppendInt(b, int64(d), 2)
	dt, err := news.ParseDate(string(b))
	if err != nil {
		return news.Date{}
	}
	return dt
}

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

func yearD(y int) news.Date {
	if !okYear(y) {
		return news.Date{}
	}
	var buf [4]byte
	d, _ := news.ParseDate(string(calendar.AppendYear(buf[:0], int64(y))))
	return d
}

func of(t time.Time, prec news.Precision) news.Date {
	if y := t.Year(); !okYear(y) {
		return news.Date{}
	}
	return news.DateOf(t, prec)
}

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

func dayInterval(a, b time.Time) news.Date {
	return interval(of(a, news.PrecisionDay), of(b, news.PrecisionDay))
}

// weekStart is the Monday of t's ISO week.
func weekStart(t time.Time) time.Time {
	return t.AddDate(0, 0, -((int(t.Weekday()) + 6) % 7))
}

// addMonths adds n months to the first day of y-m.
func addMonths(y, m, n int) (int, int) {
	k := y*12 + (m - 1) + n
	return floorDiv(k, 12), k - floorDiv(k, 12)*12 + 1
}

func floorDiv64(a, b int64) int64 {
	q := a / b
	if a%b != 0 && (a < 0) != (b < 0) {
		q--
	}
	return q
}

func floorDiv(a, b int) int {
	q := a / b
	if (a%b != 0) && ((a < 0) != (b < 0)) {
		q--
	}
	return q
}
