// Package calendar holds the calendar arithmetic of the module in one place:
// days from a civil date, leap years, month lengths, month sums, weekdays,
// ISO weeks, Easter (Western and Orthodox), the n-th weekday of a month,
// daylight saving rules, the writing of date fields and zone offsets in
// digits; and, for the holidays of other calendars, the Hebrew and the
// arithmetical Islamic calendars, moon phases and the position of the sun
// (hebrew.go, islamic.go, julian.go, astro.go). Every package that needs one
// of these imports it from here.
package calendar

import "time"

// DaysFromCivil returns the number of days from 1970-01-01 to the given date
// of the proleptic Gregorian calendar, using the 400-year cycle of 146097
// days with years counted from March so that leap days fall last.
func DaysFromCivil(y int64, m, d int) int64 {
	if m <= 2 {
		y--
	}
	era := y / 400
	if y < 0 && y%400 != 0 {
		era--
	}
	yoe := y - era*400 // [0, 399]
	mp := (m + 9) % 12 // March = 0
	doy := int64((153*mp+2)/5 + d - 1)
	doe := yoe*365 + yoe/4 - yoe/100 + doy
	return era*146097 + doe - 719468
}

// IsLeap reports whether y is a leap year of the Gregorian calendar.
func IsLeap(y int64) bool { return y%4 == 0 && (y%100 != 0 || y%400 == 0) }

// DaysIn returns the number of days of month m of year y.
func DaysIn(y int64, m int) int {
	switch m {
	case 2:
		if IsLeap(y) {
			return 29
		}
		return 28
	case 4, 6, 9, 11:
		return 30
	}
	return 31
}

// Valid reports whether y-m-d is a day of the calendar: m from 1 to 12 and
// d from 1 to the length of that month.
func Valid(y int64, m, d int) bool {
	return m >= 1 && m <= 12 && d >= 1 && d <= DaysIn(y, m)
}

// Civil returns noon UTC of y-m-d. Fields out of range carry over as
// time.Date does: month 13 is January of the next year, day 0 the last day
// of the month before.
func Civil(y, m, d int) time.Time { return time.Date(y, time.Month(m), d, 12, 0, 0, 0, time.UTC) }

// AddMonths returns the year and month n months after month m of year y (n
// may be negative).
func AddMonths(y, m, n int) (int, int) {
	k := y*12 + (m - 1) + n
	q := FloorDiv(k, 12)
	return q, k - q*12 + 1
}

// FloorDiv returns a/b rounded toward negative infinity, as calendar
// arithmetic wants for dates before an epoch: FloorDiv(-1, 12) is -1.
func FloorDiv[T int | int64](a, b T) T {
	q := a / b
	if a%b != 0 && (a < 0) != (b < 0) {
		q--
	}
	return q
}

// Weekday returns the day of the week of a day count, Monday = 0.
func Weekday(days int64) int64 {
	w := (days + 3) % 7 // 1970-01-01 was a Thursday
	if w < 0 {
		w += 7
	}
	return w
}

// DaysFromMonday returns how many days after Monday wd falls: 0 for Monday,
// 6 for Sunday, as ISO 8601 counts the days of a week.
func DaysFromMonday(wd time.Weekday) int { return (int(wd) + 6) % 7 }

// WeekStart returns the Monday of the ISO week of t, at t's time of day.
func WeekStart(t time.Time) time.Time { return t.AddDate(0, 0, -DaysFromMonday(t.Weekday())) }

// DaysBack returns how many days before a day of weekday from the latest
// day of weekday wd falls: from 0 (from itself) to 6, or when strict from 1
// to 7, so that the day itself does not count.
func DaysBack(from, wd time.Weekday, strict bool) int {
	if strict {
		return (int(from)-int(wd)+6)%7 + 1
	}
	return (int(from) - int(wd) + 7) % 7
}

// DaysAhead returns how many days after a day of weekday from the first day
// of weekday wd falls: from 0 to 6, or when strict from 1 to 7.
func DaysAhead(from, wd time.Weekday, strict bool) int {
	if strict {
		return (int(wd)-int(from)+6)%7 + 1
	}
	return (int(wd) - int(from) + 7) % 7
}

// Week1Monday returns the Monday of ISO week 1 of year y: the week that holds
// 4 January, and so the year's first Thursday.
func Week1Monday(y int64) int64 {
	jan4 := DaysFromCivil(y, 1, 4)
	return jan4 - Weekday(jan4)
}

// WeeksIn returns the number of ISO weeks of year y, 52 or 53.
func WeeksIn(y int64) int { return int((Week1Monday(y+1) - Week1Monday(y)) / 7) }

// AppendYear appends a year of -9999 to 9999 as [-]YYYY.
func AppendYear(b []byte, y int64) []byte {
	if y < 0 {
		b = append(b, '-')
		y = -y
	}
	return AppendInt(b, y, 4)
}

// AppendInt appends a non-negative v with at least width digits.
func AppendInt(b []byte, v int64, width int) []byte {
	var buf [20]byte
	i := len(buf)
	for v >= 10 || width > 1 {
		i--
		buf[i] = byte('0' + v%10)
		v /= 10
		width--
	}
	i--
	buf[i] = byte('0' + v)
	return append(b, buf[i:]...)
}

// appendTwo appends the last two digits of a non-negative v.
func appendTwo(b []byte, v int) []byte {
	return append(b, byte('0'+v/10%10), byte('0'+v%10))
}

// AppendDate appends the day y-m-d as [-]YYYY-MM-DD, for a year of -9999 to
// 9999, a month of 1 to 12 and a day of 1 to 31.
func AppendDate(b []byte, y int64, m, d int) []byte {
	b = AppendYear(b, y)
	b = append(b, '-')
	b = appendTwo(b, m)
	b = append(b, '-')
	return appendTwo(b, d)
}

// AppendOffset appends the zone offset off, in seconds east of UTC, as "Z"
// for zero and else as "+hh:mm" or "-hh:mm", the form of RFC 3339 and EDTF.
// Seconds of the offset are dropped; its hours must be fewer than 100.
func AppendOffset(b []byte, off int) []byte {
	if off == 0 {
		return append(b, 'Z')
	}
	sign := byte('+')
	if off < 0 {
		sign, off = '-', -off
	}
	b = append(b, sign)
	b = appendTwo(b, off/3600)
	b = append(b, ':')
	return appendTwo(b, off/60%60)
}

// NthWeekday returns the day of month of the n-th weekday wd of y-m (n = -1:
// the last).
func NthWeekday(y, m int, wd time.Weekday, n int) int {
	if n < 0 {
		last := Civil(y, m+1, 0)
		return last.Day() - DaysBack(last.Weekday(), wd, false)
	}
	first := Civil(y, m, 1)
	return 1 + DaysAhead(first.Weekday(), wd, false) + 7*(n-1)
}

// USDST reports whether daylight time is in force in the United States at
// hour h of local standard time of y-m-d (the rules of 2007, 1987 and 1967:
// from 02:00 standard time to 02:00 daylight time, 01:00 standard).
func USDST(y, m, d, h int) bool {
	var sm, sd, em, ed int
	switch {
	case y >= 2007:
		sm, sd, em, ed = 3, NthWeekday(y, 3, time.Sunday, 2), 11, NthWeekday(y, 11, time.Sunday, 1)
	case y >= 1987:
		sm, sd, em, ed = 4, NthWeekday(y, 4, time.Sunday, 1), 10, NthWeekday(y, 10, time.Sunday, -1)
	case y >= 1967:
		sm, sd, em, ed = 4, NthWeekday(y, 4, time.Sunday, -1), 10, NthWeekday(y, 10, time.Sunday, -1)
	default:
		return false
	}
	return inDST(m, d, h, sm, sd, 2, em, ed, 1)
}

// EUDST reports whether summer time is in force in the European Union at
// hour h UTC of y-m-d (the rule of 1996: from and to 01:00 UTC).
func EUDST(y, m, d, h int) bool {
	return inDST(m, d, h, 3, NthWeekday(y, 3, time.Sunday, -1), 1, 10, NthWeekday(y, 10, time.Sunday, -1), 1)
}

// inDST reports whether m-d at hour h lies from hour sh of sm-sd to hour eh
// of em-ed.
func inDST(m, d, h, sm, sd, sh, em, ed, eh int) bool {
	k := m*100 + d
	s, e := sm*100+sd, em*100+ed
	switch {
	case k == s:
		return h >= sh
	case k == e:
		return h < eh
	}
	return k > s && k < e
}

// Easter returns the month and day of Western Easter Sunday in year y (the
// Gregorian computus, after the anonymous algorithm of 1876).
func Easter(y int) (int, int) {
	a := y % 19
	b, c := y/100, y%100
	d, e := b/4, b%4
	f := (b + 8) / 25
	g := (b - f + 1) / 3
	h := (19*a + b - d - g + 15) % 30
	i, k := c/4, c%4
	l := (32 + 2*e + 2*i - h - k) % 7
	m := (a + 11*h + 22*l) / 451
	month := (h + l - 7*m + 114) / 31
	day := (h+l-7*m+114)%31 + 1
	return month, day
}
