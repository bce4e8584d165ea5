package calendar

// YearOfUnix returns the year, proleptic Gregorian in UTC, of a Unix time in
// seconds: what time.Unix(sec, 0).UTC().Year() returns, over the whole
// range of int64, without the rest of time.Time. It inverts DaysFromCivil
// (H. Hinnant, "chrono-Compatible Low-Level Date Algorithms"): days since
// 0000-03-01, split into 400-year eras of 146097 days, the year of the era
// counted from March, and one year more for January and February.
func YearOfUnix(sec int64) int64 {
	days := sec / 86400
	if sec%86400 < 0 {
		days--
	}
	z := days + 719468 // days since 0000-03-01
	era := z / 146097
	if z < 0 && z%146097 != 0 {
		era--
	}
	doe := z - era*146097                                  // day of the 400-year era
	yoe := (doe - doe/1460 + doe/36524 - doe/146096) / 365 // year of the era, from March
	doy := doe - (365*yoe + yoe/4 - yoe/100)               // day of that year, from 1 March
	y := yoe + era*400
	if doy >= 306 { // January or February: the next civil year
		y++
	}
	return y
}
