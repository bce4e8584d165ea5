package timex

import (
	"fmt"
	"sync"
	"time"

	"github.com/newsmodel/newsmodel/internal/calendar"
)

// HolidayRule places a [Holiday] of a calendar other than the Gregorian one
// in a Gregorian year. The zero rule is the Gregorian one (Month and Day, an
// Nth Weekday, or Western Easter).
//
// Each rule is computed from its calendar's arithmetic or from astronomy
// (internal/calendar names the published sources), not copied from a
// table; the days of all years are computed on a rule's first use (about a
// millisecond). A rule holds for the Gregorian years
// [HolidayFirstYear] to [HolidayLastYear]; a holiday of such a rule outside
// those years is an error ([ErrHolidayYears]), never a guessed date. The
// day given is the civil day of the holiday's main observance; holidays of
// the Hebrew and Islamic calendars begin at sunset the evening before.
type HolidayRule uint8

// The rules of the holidays of other calendars.
const (
	Gregorian HolidayRule = iota
	// OrthodoxEaster is Easter Sunday of the Eastern Orthodox churches, by
	// the Julian computus, moved to the Gregorian calendar.
	OrthodoxEaster
	// HebrewNewYear is 1 Tishri (Rosh Hashanah) and HebrewPassover 15 Nisan
	// (the first day of Passover), by the arithmetic rules of the Hebrew
	// calendar; Offset adds days (Yom Kippur is 1 Tishri plus 9).
	HebrewNewYear
	HebrewPassover
	// HebrewHanukkah is 25 Kislev, the first day of Hanukkah.
	HebrewHanukkah
	// Islamic is day Day of month Month (1 Muharram … 12 Dhu al-Hijjah) of
	// the Islamic calendar, each month beginning the day after the day on
	// whose sunset in Mecca the new moon has been born, as Saudi Arabia's
	// Umm al-Qura calendar has it since 1423 AH (without its second
	// condition, that the moon set after the sun, so that a day earlier is
	// possible when the new moon is a few hours old at sunset); countries
	// that sight the crescent often observe the day one day later.
	Islamic
	// ChineseNewYear is the first day of the first month of the Chinese
	// calendar: the day, in Beijing time (UTC+8), of the new moon that
	// begins the month holding the solar term Yushui (sun at 330 degrees).
	ChineseNewYear
	// Diwali is Lakshmi Puja: the new moon (amavasya) ending the month
	// Ashvin (amanta), the first new moon after the sun enters sidereal
	// Libra; the day in India (UTC+5:30) whose evening falls in the
	// amavasya.
	Diwali
	// Holi is the day after Holika Dahan, the evening of the full moon of
	// Phalguna (the first full moon after the sun enters sidereal
	// Aquarius), in India.
	Holi
	// Vesak is the full moon of Vaisakha, the month that begins with the
	// first new moon after the sun enters sidereal Aries, in India and Sri
	// Lanka (UTC+5:30): the day whose sunrise falls in the purnima; countries that follow the Chinese calendar may keep
	// it on another full moon.
	Vesak
	// Nowruz is the first day of the Iranian year: the day of the March
	// equinox in Tehran when it falls before noon there, else the next day.
	Nowruz
)

// The Gregorian years for which the rules other than Gregorian hold.
const (
	HolidayFirstYear = 1900
	HolidayLastYear  = 2100
)

// ErrHolidayYears is the reason, wrapped in a *[NormalizeError], that a
// holiday of another calendar is refused outside the years
// [HolidayFirstYear] to [HolidayLastYear]. It wraps [ErrNoSuchDay].
var ErrHolidayYears = fmt.Errorf("%w: a holiday of another calendar outside the years 1900 to 2100 that its rule covers", ErrNoSuchDay)

var (
	beijing = time.FixedZone("UTC+8", 8*3600)
	india   = time.FixedZone("UTC+5:30", 5*3600+1800)
	tehran  = time.FixedZone("UTC+3:30", 3*3600+1800)
)

// dayOf returns the civil day of t in zone z, at noon UTC.
func dayOf(t time.Time, z *time.Location) time.Time {
	y, m, d := t.In(z).Date()
	return calendar.Civil(y, int(m), d)
}

// fromDays returns the day days from 1970-01-01, at noon UTC.
func fromDays(days int64) time.Time { return time.Unix(days*86400+43200, 0).UTC() }

// holidayDates returns the days of holiday h in Gregorian year y: one,
// or two for an Islamic holiday that falls twice in a year (the Islamic year
// is eleven days shorter). ok is false when y is outside the years of h's
// rule.
func holidayDates(h Holiday, y int) (ds [2]time.Time, n int, ok bool) {
	if h.Rule == Gregorian {
		ds[0] = holidayOn(h, y)
		return ds, 1, true
	}
	if y < HolidayFirstYear || y > HolidayLastYear {
		return ds, 0, false
	}
	switch h.Rule {
	case Islamic:
		jan1 := calendar.DaysFromCivil(int64(y), 1, 1)
		dec31 := calendar.DaysFromCivil(int64(y), 12, 31)
		for ay := calendar.IslamicYear(jan1) - 1; ay <= calendar.IslamicYear(dec31)+1; ay++ {
			if h.Month < 1 || h.Month > 12 || h.Day < 1 || h.Day > 30 {
				return ds, 0, false
			}
			d := islamicCached(ay, int(h.Month), h.Day) + int64(h.Offset)
			if d >= jan1 && d <= dec31 && n < len(ds) {
				ds[n] = fromDays(d)
				n++
			}
		}
		return ds, n, n > 0
	}
	if int(h.Rule) >= len(otherTables) {
		return ds, 0, false
	}
	ds[0] = fromDays(otherTables[h.Rule]()[y-HolidayFirstYear] + int64(h.Offset))
	return ds, 1, true
}

// otherTables holds, for each rule with one date a year, its day in each
// year from HolidayFirstYear to HolidayLastYear, computed on first use.
var otherTables = func() (t [Nowruz + 1]func() []int64) {
	for r := range t {
		t[r] = sync.OnceValue(func() []int64 {
			days := make([]int64, HolidayLastYear-HolidayFirstYear+1)
			if HolidayRule(r) == Gregorian || HolidayRule(r) == Islamic {
				return days
			}
			for y := range days {
				days[y] = calendar.FloorDiv(otherOn(HolidayRule(r), y+HolidayFirstYear).Unix(), 86400)
			}
			return days
		})
	}
	return t
}()

// otherOn returns the day of a rule with one date a year in year y.
func otherOn(r HolidayRule, y int) time.Time {
	jan1 := time.Date(y, 1, 1, 0, 0, 0, 0, time.UTC)
	switch r {
	case OrthodoxEaster:
		m, d := calendar.OrthodoxEaster(y)
		return calendar.Civil(y, m, d)
	case HebrewNewYear:
		return fromDays(calendar.HebrewNewYear(int64(y) + 3761))
	case HebrewPassover:
		return fromDays(calendar.Passover(int64(y) + 3760))
	case HebrewHanukkah:
		return fromDays(calendar.Hanukkah(int64(y) + 3761))
	case ChineseNewYear:
		// The day of Yushui in Beijing, and the last new moon on or before it.
		yushui := dayOf(calendar.SunAt(jan1, 330, false), beijing)
		nm := calendar.NewMoonBefore(yushui.Add(12 * time.Hour))
		return dayOf(nm, beijing)
	case Diwali:
		// The evening (18:00 to 20:00 in India) of the amavasya, which ends
		// at the new moon: the day of the new moon when it comes after
		// 20:00, else the day before.
		nm := calendar.NewMoonAfter(calendar.SunAt(time.Date(y, 9, 1, 0, 0, 0, 0, time.UTC), 180, true))
		d := dayOf(nm, india)
		if h := nm.In(india).Hour(); h < 20 {
			d = d.AddDate(0, 0, -1)
		}
		return d
	case Holi:
		// Holika Dahan is on the evening in the purnima, which ends at the
		// full moon; Holi the day after.
		nm := calendar.NewMoonAfter(calendar.SunAt(jan1, 300, true))
		fm := calendar.FullMoonAfter(nm)
		d := dayOf(fm, india)
		if fm.In(india).Hour() < 18 {
			d = d.AddDate(0, 0, -1)
		}
		return d.AddDate(0, 0, 1)
	case Vesak:
		// The day whose sunrise (06:00 in India) falls in the purnima,
		// which ends at the full moon.
		nm := calendar.NewMoonAfter(calendar.SunAt(jan1, 0, true))
		fm := calendar.FullMoonAfter(nm)
		d := dayOf(fm, india)
		if fm.In(india).Hour() < 6 {
			d = d.AddDate(0, 0, -1)
		}
		return d
	case Nowruz:
		eq := calendar.SunAt(jan1, 0, false).In(tehran)
		d := dayOf(eq, tehran)
		if eq.Hour() >= 12 {
			d = d.AddDate(0, 0, 1)
		}
		return d
	}
	return time.Time{}
}

// meccaSunset is the time of sunset in Mecca, in hours of UTC, taken as one
// hour all year (it moves from 15:40 to 16:10 UTC).
const meccaSunset = 15*time.Hour + 50*time.Minute

// The Islamic years whose months islamicStarts holds: those that overlap the
// Gregorian years of the rules.
var (
	islamicFirst = calendar.IslamicYear(calendar.DaysFromCivil(HolidayFirstYear, 1, 1)) - 1
	islamicLast  = calendar.IslamicYear(calendar.DaysFromCivil(HolidayLastYear, 12, 31)) + 1
)

// islamicStarts holds the first day of each month of the Islamic years
// islamicFirst to islamicLast, computed on first use.
var islamicStarts = sync.OnceValue(func() []int64 {
	out := make([]int64, 0, 12*(islamicLast-islamicFirst+1))
	for y := islamicFirst; y <= islamicLast; y++ {
		for m := 1; m <= 12; m++ {
			out = append(out, islamicDay(y, m, 1))
		}
	}
	return out
})

// islamicCached is islamicDay, from the table when y is in it.
func islamicCached(y int64, m, d int) int64 {
	if y < islamicFirst || y > islamicLast {
		return islamicDay(y, m, d)
	}
	return islamicStarts()[12*(y-islamicFirst)+int64(m-1)] + int64(d-1)
}

// islamicDay returns day d of month m of Islamic year y, in days from
// 1970-01-01: the month begins the day after the day in Mecca on whose
// sunset the new moon is born; the arithmetical calendar finds the new moon
// meant.
func islamicDay(y int64, m, d int) int64 {
	tab := calendar.Islamic(y, m, 1)
	nm := calendar.NewMoonBefore(fromDays(tab).Add(24 * time.Hour))
	if fromDays(tab).Sub(nm) > 20*24*time.Hour {
		nm = calendar.NewMoonAfter(fromDays(tab).Add(-24 * time.Hour))
	}
	day := calendar.FloorDiv(nm.Unix(), 86400)
	if time.Duration(nm.Unix()-day*86400)*time.Second >= meccaSunset {
		day++
	}
	return day + 1 + int64(d-1)
}
