package calendar

// The Hebrew calendar is fixed by arithmetic: a mean lunar month (molad
// interval) of 29 days 12 hours 793 parts (1 hour = 1080 parts), leap years
// 3, 6, 8, 11, 14, 17 and 19 of each 19-year cycle, and the postponements
// (dehiyyot) of the new year. The computation below follows those published
// rules; days are counted from 1970-01-01, as DaysFromCivil counts them.

// hebrewEpoch is 1 Tishri of year 1 (7 October 3761 BCE, Julian), in days
// from 1970-01-01.
const hebrewEpoch = -2092590

// HebrewLeap reports whether Hebrew year y has thirteen months.
func HebrewLeap(y int64) bool { return (7*y+1)-19*FloorDiv(7*y+1, 19) < 7 }

// hebrewElapsed returns the days from the epoch to the molad of Tishri of
// year y, after the postponement that keeps Rosh Hashanah off Sunday,
// Wednesday and Friday.
func hebrewElapsed(y int64) int64 {
	months := FloorDiv(235*y-234, 19)
	parts := 12084 + 13753*months
	day := 29*months + FloorDiv(parts, 25920)
	if (3*(day+1))%7 < 3 {
		day++
	}
	return day
}

// hebrewDelay is the further postponement of year y that keeps every year
// 353 to 355 or 383 to 385 days long.
func hebrewDelay(y int64) int64 {
	ny0, ny1, ny2 := hebrewElapsed(y-1), hebrewElapsed(y), hebrewElapsed(y+1)
	switch {
	case ny2-ny1 == 356:
		return 2
	case ny1-ny0 == 382:
		return 1
	}
	return 0
}

// HebrewNewYear returns 1 Tishri (Rosh Hashanah) of Hebrew year y, in days
// from 1970-01-01.
func HebrewNewYear(y int64) int64 { return hebrewEpoch + hebrewElapsed(y) + hebrewDelay(y) }

// HebrewYearDays returns the length of Hebrew year y in days: 353, 354,
// 355, 383, 384 or 385.
func HebrewYearDays(y int64) int { return int(HebrewNewYear(y+1) - HebrewNewYear(y)) }

// Hanukkah returns 25 Kislev of Hebrew year y, in days from 1970-01-01:
// Tishri has 30 days, Heshvan 30 in a complete year (355 or 385 days) and
// 29 otherwise.
func Hanukkah(y int64) int64 {
	heshvan := int64(29)
	if HebrewYearDays(y)%10 == 5 {
		heshvan = 30
	}
	return HebrewNewYear(y) + 30 + heshvan + 24
}

// Passover returns 15 Nisan of Hebrew year y, in days from 1970-01-01: the
// months from Nisan to Elul have fixed lengths, so it falls 163 days before
// the next Rosh Hashanah.
func Passover(y int64) int64 { return HebrewNewYear(y+1) - 163 }
