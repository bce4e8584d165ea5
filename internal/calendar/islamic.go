package calendar

// The arithmetical (tabular) Islamic calendar: months of 30 and 29 days in
// turn, Dhu al-Hijjah 30 days in the leap years 2, 5, 7, 10, 13, 16, 18, 21,
// 24, 26 and 29 of each 30-year cycle, and the civil epoch of 16 July 622
// (Julian). It is the calendar of the Kuwaiti algorithm; the dates that
// countries observe, from the sighting of the crescent or from Saudi
// Arabia's Umm al-Qura tables, fall on the same day or one, rarely two, days
// apart.

// islamicEpoch is 1 Muharram 1 AH, in days from 1970-01-01.
const islamicEpoch = -492148

// Islamic returns day d of month m (1 is Muharram, 9 Ramadan, 10 Shawwal,
// 12 Dhu al-Hijjah) of Islamic year y, in days from 1970-01-01.
func Islamic(y int64, m, d int) int64 {
	return islamicEpoch - 1 + (y-1)*354 + FloorDiv(3+11*y, 30) + int64(29*(m-1)+m/2+d)
}

// IslamicYear returns the Islamic year whose 1 Muharram is the latest on or
// before day days (from 1970-01-01).
func IslamicYear(days int64) int64 {
	y := FloorDiv(30*(days-islamicEpoch)+10646, 10631)
	for Islamic(y, 1, 1) > days {
		y--
	}
	for Islamic(y+1, 1, 1) <= days {
		y++
	}
	return y
}
