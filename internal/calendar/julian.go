package calendar

// OrthodoxEaster returns the month and day, in the Gregorian calendar, of
// Easter Sunday of the Eastern Orthodox churches in year y: the Julian
// computus (Meeus's algorithm for the Julian calendar) gives the date in the
// Julian calendar, which then moves by the difference between the two
// calendars in March and April of y (13 days from 1900 to 2099, 14 in 2100).
func OrthodoxEaster(y int) (int, int) {
	a, b, c := y%4, y%7, y%19
	d := (19*c + 15) % 30
	e := (2*a + 4*b - d + 34) % 7
	month := (d + e + 114) / 31
	day := (d+e+114)%31 + 1
	shift := y/100 - y/400 - 2
	t := Civil(y, month, day).AddDate(0, 0, shift)
	return int(t.Month()), t.Day()
}
