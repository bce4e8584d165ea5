package news

import (
	"strings"
	"time"

	"github.com/newsmodel/newsmodel/internal/calendar"
)

// DateOf returns the date of precision p that contains t, written in the
// canonical EDTF form of that precision:
//
//	PrecisionCentury       19XX
//	PrecisionDecade        199X
//	PrecisionYear          2024 (Y12345 beyond year 9999)
//	PrecisionHalf          2024-40, 2024-41
//	PrecisionQuadrimester  2024-37, 2024-38, 2024-39
//	PrecisionQuarter       2025-33 … 2025-36
//	PrecisionSeason        2024-21 … 2024-24 (meteorological, Northern Hemisphere)
//	PrecisionMonth         2024-07
//	PrecisionWeek          2025-W12 (the ISO 8601 week and week-numbering year)
//	PrecisionDay           2025-03-23
//	PrecisionHour          2025-03-23T14-04:00
//	PrecisionMinute        2025-03-23T14:05-04:00
//	PrecisionSecond        2025-03-23T14:05:00-04:00 (any fraction is dropped)
//
// Calendar fields are those of t in its own location, and date-times carry
// its offset, written Z when it is zero. An offset that is not a whole number
// of minutes, or beyond ±14:59, cannot be written, so such a t is converted to
// UTC first. January and February belong to the winter of the year before:
// the season of 2025-01-15 is 2024-24.
//
// DateOf never panics: it returns the zero Date for a p out of range or
// [PrecisionNone]; when t's year (or week-numbering year) lies outside -9999
// to 9999, for any precision but [PrecisionYear]; and for a year beyond the
// range of letter-prefixed years that [ParseDate] accepts.
func DateOf(t time.Time, p Precision) Date {
	if p >= PrecisionHour && p <= PrecisionSecond {
		if _, off := t.Zone(); off%60 != 0 || off > maxZone || off < -maxZone {
			t = t.UTC()
		}
	}
	y, m, day := t.Date()
	year := int64(y)
	var buf [48]byte
	b := buf[:0]
	switch p {
	case PrecisionCentury, PrecisionDecade:
		if year < -9999 || year > 9999 {
			return Date{}
		}
		b = calendar.AppendYear(b, year)
		b[len(b)-1] = 'X'
		if p == PrecisionCentury {
			b[len(b)-2] = 'X'
		}
	case PrecisionYear:
		if year < -9999 || year > 9999 {
			if year < 0 {
				b = append(b, "Y-"...)
				year = -year
			} else {
				b = append(b, 'Y')
			}
			b = calendar.AppendInt(b, year, 5)
		} else {
			b = calendar.AppendYear(b, year)
		}
	case PrecisionHalf, PrecisionQuadrimester, PrecisionQuarter, PrecisionSeason:
		var g int
		switch p {
		case PrecisionHalf:
			g = 40 + (int(m)-1)/6
		case PrecisionQuadrimester:
			g = 37 + (int(m)-1)/4
		case PrecisionQuarter:
			g = 33 + (int(m)-1)/3
		default:
			switch {
			case m <= 2:
				g, year = 24, year-1
			case m == 12:
				g = 24
			default:
				g = 21 + (int(m)-3)/3
			}
		}
		if year < -9999 || year > 9999 {
			return Date{}
		}
		b = calendar.AppendYear(b, year)
		b = append(b, '-')
		b = calendar.AppendInt(b, int64(g), 2)
	case PrecisionMonth, PrecisionDay, PrecisionHour, PrecisionMinute, PrecisionSecond:
		if year < -9999 || year > 9999 {
			return Date{}
		}
		b = calendar.AppendYear(b, year)
		b = append(b, '-')
		b = calendar.AppendInt(b, int64(m), 2)
		if p == PrecisionMonth {
			break
		}
		b = append(b, '-')
		b = calendar.AppendInt(b, int64(day), 2)
		if p == PrecisionDay {
			break
		}
		hh, mm, ss := t.Clock()
		b = append(b, 'T')
		b = calendar.AppendInt(b, int64(hh), 2)
		if p >= PrecisionMinute {
			b = append(b, ':')
			b = calendar.AppendInt(b, int64(mm), 2)
		}
		if p == PrecisionSecond {
			b = append(b, ':')
			b = calendar.AppendInt(b, int64(ss), 2)
		}
		_, off := t.Zone()
		b = calendar.AppendOffset(b, off)
	case PrecisionWeek:
		wy, w := t.ISOWeek()
		if wy < -9999 || wy > 9999 {
			return Date{}
		}
		b = calendar.AppendYear(b, int64(wy))
		b = append(b, "-W"...)
		b = calendar.AppendInt(b, int64(w), 2)
	default:
		return Date{}
	}
	d, err := ParseDate(string(b))
	if err != nil {
		return Date{}
	}
	return d
}

const maxZone = 14*3600 + 59*60

// TIMEX3 returns d as the value attribute of a TimeML TIMEX3 element
// (ISO 24617-1), which uses ISO 8601 forms with a few tokens of its own:
//
//	1990  199  19                    year, decade, century
//	2024-07  2024-XX  2024-07-XX     month and day, unspecified parts as X
//	2025-W12                         week
//	2025-03-23                       day; a week date such as 2025-W12-7 as its calendar date
//	2025-03-23T14:05                 time of day, to the precision written
//	2025-Q1  2024-H2                 quarters and halves
//	2024-SP  2024-SU  2024-FA  2024-WI  seasons, of either hemisphere
//	2024-T1  2024-T2  2024-T3        quadrimesters (thirds of a year; TIMEX3 has no token of its own for them)
//
// TIMEX3 values are local: a zone is dropped, as are qualifiers, which TimeML
// states in other attributes. TIMEX3 states an interval by its beginPoint and
// endPoint, each a TIMEX3 of its own; for an interval this method returns the
// two values joined by "/", an open or unknown end being empty, for the
// caller to split. A year outside 0000–9999 has no TIMEX3 value and gives
// the empty string, as does the zero Date.
func (d Date) TIMEX3() string {
	if d.s == "" {
		return ""
	}
	if d.flags&fInterval != 0 {
		i := strings.IndexByte(d.s, '/')
		var a, b string
		if d.flags&fNoStart == 0 {
			a = mustParse(d.s[:i]).TIMEX3()
		}
		if d.flags&fNoEnd == 0 {
			b = mustParse(d.s[i+1:]).TIMEX3()
		}
		return a + "/" + b
	}
	s := d.s
	switch s[len(s)-1] {
	case '?', '~', '%':
		s = s[:len(s)-1]
	}
	if s[0] == '-' || s[0] == 'Y' {
		return ""
	}
	switch d.prec {
	case PrecisionCentury:
		return s[:2]
	case PrecisionDecade:
		return s[:3]
	case PrecisionHalf, PrecisionQuadrimester, PrecisionQuarter, PrecisionSeason:
		g := int(s[5]-'0')*10 + int(s[6]-'0')
		return s[:5] + groupTokens[g-21]
	case PrecisionDay:
		if s[5] == 'W' {
			t, _ := d.Start()
			return t.Format("2006-01-02")
		}
	case PrecisionHour, PrecisionMinute, PrecisionSecond:
		if i := strings.IndexAny(s[11:], "Z+-"); i >= 0 {
			return s[:11+i]
		}
	}
	return s
}

var groupTokens = [...]string{
	"SP", "SU", "FA", "WI", // 21–24
	"SP", "SU", "FA", "WI", // 25–28, Northern Hemisphere
	"SP", "SU", "FA", "WI", // 29–32, Southern Hemisphere
	"Q1", "Q2", "Q3", "Q4", // 33–36
	"T1", "T2", "T3", // 37–39
	"H1", "H2", // 40–41
}
