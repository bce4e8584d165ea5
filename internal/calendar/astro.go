package calendar

import (
	"math"
	"time"
)

// The lunisolar holidays (Chinese New Year, Diwali, Holi, Vesak) and Nowruz
// are fixed by the moments of new and full moons and of the sun's entry into
// a sign. The functions below compute them after the published formulas of
// Jean Meeus, Astronomical Algorithms (2nd ed., 1998): chapter 49 for the
// phases of the moon (without the planetary terms, which move a phase by
// less than a minute) and chapter 25 for the low-precision position of the
// sun (about 0.01 degree, some fifteen minutes of time). Times are
// Terrestrial Time taken as UTC; the difference is about a minute between
// 1900 and 2100.

const (
	j2000   = 2451545.0 // Julian ephemeris day of 2000-01-01 12:00
	unixJD  = 2440587.5 // Julian day of 1970-01-01 00:00 UTC
	synodic = 29.530588861
)

func rad(deg float64) float64 { return deg * math.Pi / 180 }

// fromJD returns the moment of Julian day jd, in UTC.
func fromJD(jd float64) time.Time {
	return time.Unix(0, 0).UTC().Add(time.Duration((jd - unixJD) * 86400 * float64(time.Second)))
}

func toJD(t time.Time) float64 { return float64(t.Unix())/86400 + unixJD }

// moonPhase returns the moment of lunation k: an integer k is a new moon, k
// + 0.5 a full moon; k 0 is the new moon of 6 January 2000.
func moonPhase(k float64) time.Time {
	T := k / 1236.85
	T2, T3, T4 := T*T, T*T*T, T*T*T*T
	jde := 2451550.09766 + synodic*k + 0.00015437*T2 - 0.000000150*T3 + 0.00000000073*T4
	E := 1 - 0.002516*T - 0.0000074*T2
	M := rad(2.5534 + 29.10535670*k - 0.0000014*T2 - 0.00000011*T3)
	Mp := rad(201.5643 + 385.81693528*k + 0.0107582*T2 + 0.00001238*T3 - 0.000000058*T4)
	F := rad(160.7108 + 390.67050284*k - 0.0016118*T2 - 0.00000227*T3 + 0.000000011*T4)
	O := rad(124.7746 - 1.56375588*k + 0.0020672*T2 + 0.00000215*T3)
	var c float64
	if k == math.Floor(k) {
		c = -0.40720*math.Sin(Mp) + 0.17241*E*math.Sin(M) + 0.01608*math.Sin(2*Mp) + 0.01039*math.Sin(2*F) +
			0.00739*E*math.Sin(Mp-M) - 0.00514*E*math.Sin(Mp+M) + 0.00208*E*E*math.Sin(2*M)
	} else {
		c = -0.40614*math.Sin(Mp) + 0.17302*E*math.Sin(M) + 0.01614*math.Sin(2*Mp) + 0.01043*math.Sin(2*F) +
			0.00734*E*math.Sin(Mp-M) - 0.00515*E*math.Sin(Mp+M) + 0.00209*E*E*math.Sin(2*M)
	}
	c += -0.00111*math.Sin(Mp-2*F) - 0.00057*math.Sin(Mp+2*F) + 0.00056*E*math.Sin(2*Mp+M) -
		0.00042*math.Sin(3*Mp) + 0.00042*E*math.Sin(M+2*F) + 0.00038*E*math.Sin(M-2*F) -
		0.00024*E*math.Sin(2*Mp-M) - 0.00017*math.Sin(O) - 0.00007*math.Sin(Mp+2*M) +
		0.00004*math.Sin(2*Mp-2*F) + 0.00004*math.Sin(3*M) + 0.00003*math.Sin(Mp+M-2*F) +
		0.00003*math.Sin(2*Mp+2*F) - 0.00003*math.Sin(Mp+M+2*F) + 0.00003*math.Sin(Mp-M+2*F) -
		0.00002*math.Sin(Mp-M-2*F) - 0.00002*math.Sin(3*Mp+M) + 0.00002*math.Sin(4*Mp)
	return fromJD(jde + c)
}

// lunation returns the number k of the new moon nearest t.
func lunation(t time.Time) float64 { return math.Round((toJD(t) - 2451550.09766) / synodic) }

// NewMoonAfter returns the first new moon at or after t.
func NewMoonAfter(t time.Time) time.Time {
	k := lunation(t) - 1
	for {
		if m := moonPhase(k); !m.Before(t) {
			return m
		}
		k++
	}
}

// NewMoonBefore returns the last new moon before t.
func NewMoonBefore(t time.Time) time.Time {
	k := lunation(t) + 1
	for {
		if m := moonPhase(k); m.Before(t) {
			return m
		}
		k--
	}
}

// FullMoonAfter returns the first full moon at or after t.
func FullMoonAfter(t time.Time) time.Time {
	k := lunation(t) - 1.5
	for {
		if m := moonPhase(k); !m.Before(t) {
			return m
		}
		k++
	}
}

// SunLongitude returns the apparent ecliptic longitude of the sun at t, in
// degrees from 0 to 360, measured from the equinox of the date.
func SunLongitude(t time.Time) float64 {
	T := (toJD(t) - j2000) / 36525
	L0 := 280.46646 + 36000.76983*T + 0.0003032*T*T
	M := rad(357.52911 + 35999.05029*T - 0.0001537*T*T)
	C := (1.914602-0.004817*T-0.000014*T*T)*math.Sin(M) + (0.019993-0.000101*T)*math.Sin(2*M) + 0.000289*math.Sin(3*M)
	O := rad(125.04 - 1934.136*T)
	l := L0 + C - 0.00569 - 0.00478*math.Sin(O)
	return math.Mod(math.Mod(l, 360)+360, 360)
}

// Ayanamsa returns the Lahiri ayanamsa at t, in degrees: the distance of
// the sidereal zodiac of the Indian calendars from the tropical one (23.853
// degrees at 2000-01-01, growing by 50.29 seconds of arc a year).
func Ayanamsa(t time.Time) float64 {
	return 23.853 + (toJD(t)-j2000)/365.25*50.29/3600
}

// SunAt returns the first moment at or after t when the sun's longitude
// reaches deg, sidereal (Lahiri) when sidereal is set, to about a minute.
func SunAt(t time.Time, deg float64, sidereal bool) time.Time {
	lon := func(t time.Time) float64 {
		l := SunLongitude(t)
		if sidereal {
			l -= Ayanamsa(t)
		}
		return math.Mod(l-deg+720, 360) // distance travelled past deg
	}
	// The sun moves about 0.9856 degree a day: step a month at a time to
	// within 150 degrees, then halve the interval.
	for 360-lon(t) > 150 {
		t = t.Add(30 * 24 * time.Hour)
	}
	d := 360 - lon(t)
	lo := t
	hi := t.Add(time.Duration((d/0.9856+3)*24) * time.Hour)
	for hi.Sub(lo) > time.Minute {
		mid := lo.Add(hi.Sub(lo) / 2)
		if lon(mid) > 180 {
			lo = mid
		} else {
			hi = mid
		}
	}
	return hi
}
