package news

import (
	"errors"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/newsmodel/newsmodel/internal/calendar"
)

// DateError reports text that is not a valid date. Offset is the position of
// the first character that does not fit the grammar, counted in Unicode code
// points from the start of Input; the grammar is all ASCII, so for any input
// that is mostly right this is also the byte offset. Either Expected says what
// would have been valid at Offset, or Err states the rule that the text breaks.
type DateError struct {
	Input    string // the text given to ParseDate
	Offset   int    // code point offset into Input
	Expected string // what the grammar allows at Offset, or ""
	Err      error  // the broken rule when Expected is "", or nil
}

// Error returns a message such as
// `news: parsing date "2025-13": offset 5: expected month 01–12 or sub-year grouping 21–41`.
func (e *DateError) Error() string {
	msg := "news: parsing date " + strconv.Quote(e.Input)
	if e.Expected == "" && e.Err == errEmpty {
		return msg + ": " + e.Err.Error()
	}
	msg += ": offset " + strconv.Itoa(e.Offset) + ": "
	if e.Expected != "" {
		return msg + "expected " + e.Expected
	}
	if e.Err != nil {
		return msg + e.Err.Error()
	}
	return msg + "invalid date"
}

// Unwrap returns e.Err.
func (e *DateError) Unwrap() error { return e.Err }

var (
	errEmpty      = errors.New("empty date")
	errNegZero    = errors.New("year -0000 is written 0000")
	errYearRange  = errors.New("year out of range (at most 100000000000 either side of year 0)")
	errBackwards  = errors.New("interval ends before it starts")
	errNoBounds   = errors.New("interval needs at least one end that is a date")
	errNested     = errors.New("an interval cannot contain an interval")
	errLeadZero   = errors.New("a letter-prefixed year has no leading zero")
	errTooFewDigs = errors.New("a letter-prefixed year has at least 5 digits; write 4-digit years without Y")
)

// maxYear bounds the years of letter-prefixed dates so that every bound, as
// seconds since the Unix epoch, fits a time.Time.
const maxYear = 100_000_000_000

func newError(s string, off int, expected string, err error) *DateError {
	if off > len(s) {
		off = len(s)
	}
	return &DateError{Input: s, Offset: utf8.RuneCountInString(s[:off]), Expected: expected, Err: err}
}

// ParseDate parses an EDTF date (Library of Congress Extended Date/Time
// Format, ISO 8601-2:2019). It accepts exactly the following forms and
// returns a *[DateError] for anything else, including the empty string.
//
//	2025  -0044  Y170000002  Y-170000002       year; -YYYY is EDTF level 1 (astronomical numbering: -0001 is 2 BC)
//	2025-03                                    month
//	2025-03-23                                 day; the day must exist (2024-02-29 is valid, 2025-02-29 is not)
//	2025-03-23T14  2025-03-23T14:05            hour, minute (ISO 8601-1 reduced precision)
//	2025-03-23T14:05:00  …:00.123456789        second, with an optional fraction of 1 to 9 digits
//	…Z  …+02:00  …-05                          optional zone on any of the date-times above
//	2025-21 … 2025-41                          sub-year groupings (below)
//	2025-W12  2025-W12-7                       ISO 8601-1 week date (week, day)
//	199X  19XX                                 decade, century (unspecified digits)
//	2024-XX  2024-07-XX  2024-XX-XX            unspecified month or day
//	2024-07?  2024-07~  2024-07%               uncertain, approximate, both
//	2024-07/2025-03-23                         interval
//	2024-07/..  ../2025                        interval with an open end
//	2024-07/  /2025                            interval with an unknown end
//
// Letter-prefixed years ("Y" and 5 or more digits, EDTF level 1) stand alone,
// with an optional qualifier; their absolute value must not exceed
// 100000000000, so that [Date.Start] and [Date.End] can represent them.
// Hours run 00–23 and minutes and seconds 00–59: ISO 8601 allows 24:00 for the
// end of a day and 60 for a leap second, but both would give one instant two
// names, so they are rejected. Zone hours run 00–14 and zone minutes 00–59.
// The letters T, Z, W and X are upper case only.
//
// The sub-year groupings are those of EDTF (21–24, level 1) and ISO 8601-2
// (25–41, level 2). Seasons are meteorological, three whole months each:
//
//	21 spring  Mar–May        25 spring (Northern Hemisphere)  Mar–May        29 spring (Southern)  Sep–Nov
//	22 summer  Jun–Aug        26 summer (Northern Hemisphere)  Jun–Aug        30 summer (Southern)  Dec–Feb
//	23 autumn  Sep–Nov        27 autumn (Northern Hemisphere)  Sep–Nov        31 autumn (Southern)  Mar–May
//	24 winter  Dec–Feb        28 winter (Northern Hemisphere)  Dec–Feb        32 winter (Southern)  Jun–Aug
//	33–36 quarters 1–4: Jan–Mar, Apr–Jun, Jul–Sep, Oct–Dec
//	37–39 quadrimesters 1–3: Jan–Apr, May–Aug, Sep–Dec
//	40–41 semesters (halves) 1–2: Jan–Jun, Jul–Dec
//
// A season from December to February starts in December of the year written
// and ends with February of the next year: 2024-24 is December 2024 through
// February 2025.
//
// The unspecified forms cover what their digits allow: 199X is 1990–1999,
// 19XX is 1900–1999, 2024-XX is the year 2024 at month precision, 2024-07-XX
// is July 2024 at day precision and 2024-XX-XX is 2024 at day precision. For
// negative years the digits count away from zero: -199X is -1999 to -1990.
//
// A qualifier is one trailing character on a date that is not an interval,
// or on either end of an interval; it does not change what the date covers.
// An interval's ends are any of the dates above, "..", or empty; they cannot
// both be ".." or empty, and the end must not lie wholly before the start:
// 2025-03-10/2025-03 is valid (10 to 31 March), 2025-03-10/2025-03-09 is not.
func ParseDate(s string) (Date, error) {
	if s == "" {
		return Date{}, newError(s, 0, "", errEmpty)
	}
	slash := strings.IndexByte(s, '/')
	if slash < 0 {
		p, err := parseOne(s, s, 0)
		if err != nil {
			return Date{}, err
		}
		return Date{s: s, loSec: p.loSec, loNsec: p.loNsec, hiSec: p.hiSec, hiNsec: p.hiNsec, flags: p.flags, prec: p.prec}, nil
	}
	if j := strings.IndexByte(s[slash+1:], '/'); j >= 0 {
		return Date{}, newError(s, slash+1+j, "", errNested)
	}
	d := Date{s: s, flags: fInterval}
	var a, b parsed
	switch from := s[:slash]; from {
	case "":
		d.flags |= fUnknownStart
	case "..":
		d.flags |= fOpenStart
	default:
		var err *DateError
		if a, err = parseOne(s, from, 0); err != nil {
			return Date{}, err
		}
		d.loSec, d.loNsec, d.prec = a.loSec, a.loNsec, a.prec
		d.flags |= a.flags
	}
	switch to := s[slash+1:]; to {
	case "":
		d.flags |= fUnknownEnd
	case "..":
		d.flags |= fOpenEnd
	default:
		var err *DateError
		if b, err = parseOne(s, to, slash+1); err != nil {
			return Date{}, err
		}
		d.hiSec, d.hiNsec = b.hiSec, b.hiNsec
		d.flags |= b.flags
		if d.prec == PrecisionNone || b.prec < d.prec {
			d.prec = b.prec
		}
	}
	if d.flags&fNoStart != 0 && d.flags&fNoEnd != 0 {
		return Date{}, newError(s, 0, "", errNoBounds)
	}
	if d.flags&(fNoStart|fNoEnd) == 0 {
		if cmpInstant(b.hiSec, b.hiNsec, a.loSec, a.loNsec) <= 0 {
			return Date{}, newError(s, slash+1, "", errBackwards)
		}
	}
	return d, nil
}

// parsed is one date that is not an interval.
type parsed struct {
	loSec, hiSec   int64
	loNsec, hiNsec int32
	flags          flags
	prec           Precision
}

// scanner reads one date p, which starts at byte off of the whole input s.
type scanner struct {
	s   string // the whole input, for errors
	p   string // the date being read
	off int    // offset of p in s
	i   int    // position in p
}

func (sc *scanner) fail(expected string) *DateError {
	return newError(sc.s, sc.off+sc.i, expected, nil)
}

func (sc *scanner) failErr(err error) *DateError {
	return newError(sc.s, sc.off+sc.i, "", err)
}

func (sc *scanner) at(c byte) bool { return sc.i < len(sc.p) && sc.p[sc.i] == c }
func (sc *scanner) done() bool     { return sc.i == len(sc.p) }

// num reads exactly n decimal digits; ok is false, and nothing is consumed,
// if there are not n of them.
func (sc *scanner) num(n int) (v int, ok bool) {
	if sc.i+n > len(sc.p) {
		return 0, false
	}
	for k := 0; k < n; k++ {
		c := sc.p[sc.i+k]
		if c < '0' || c > '9' {
			return 0, false
		}
		v = v*10 + int(c-'0')
	}
	sc.i += n
	return v, true
}

// field reads n digits holding a value in [lo, hi]. On failure the position
// stays at the start of the field and the error expects what.
func (sc *scanner) field(n, lo, hi int, what string) (int, *DateError) {
	start := sc.i
	v, ok := sc.num(n)
	if !ok || v < lo || v > hi {
		sc.i = start
		return 0, sc.fail(what)
	}
	return v, nil
}

const secondsPerDay = 86400

func parseOne(s, p string, off int) (parsed, *DateError) {
	var r parsed
	r.flags, p = qualifier(p)
	sc := scanner{s: s, p: p, off: off}
	if p == "" {
		return r, sc.fail("a date")
	}
	if p[0] == 'Y' {
		return sc.letterYear(r)
	}
	neg := sc.at('-')
	if neg {
		sc.i++
	}
	year, xs, err := sc.year4()
	if err != nil {
		return r, err
	}
	if xs > 0 {
		return sc.unspecifiedYear(r, year, xs, neg)
	}
	if neg {
		if year == 0 {
			sc.i = 0
			return r, sc.failErr(errNegZero)
		}
		year = -year
	}
	if sc.done() {
		r.prec = PrecisionYear
		r.setDays(calendar.DaysFromCivil(year, 1, 1), calendar.DaysFromCivil(year+1, 1, 1))
		return r, nil
	}
	if !sc.at('-') {
		return r, sc.fail(`"-" or the end of the date`)
	}
	sc.i++
	if sc.at('W') {
		sc.i++
		return sc.week(r, year)
	}
	if strings.HasPrefix(p[sc.i:], "XX") {
		sc.i += 2
		return sc.unspecifiedMonth(r, year)
	}
	return sc.month(r, year)
}

// qualifier splits the EDTF qualifier ("?", "~" or "%") off the end of p and
// returns its flags and what is left.
func qualifier(p string) (flags, string) {
	var f flags
	switch p[len(p)-1] {
	case '?':
		f = fUncertain
	case '~':
		f = fApproximate
	case '%':
		f = fUncertain | fApproximate
	}
	if f != 0 {
		p = p[:len(p)-1]
	}
	return f, p
}

// year4 reads the four characters of a year: DDDD, DDDX or DDXX. It returns
// the year (an X counted as 0) and the number of Xs.
func (sc *scanner) year4() (year int64, xs int, err *DateError) {
	for k := 0; k < 4; k++ {
		if sc.i >= len(sc.p) {
			return 0, 0, sc.fail("a 4-digit year")
		}
		c := sc.p[sc.i]
		switch {
		case c >= '0' && c <= '9' && xs == 0:
			year = year*10 + int64(c-'0')
		case c == 'X' && k >= 2:
			xs++
			year *= 10
		case k < 2 || xs == 0:
			return 0, 0, sc.fail("a 4-digit year")
		default:
			return 0, 0, sc.fail(`"X"`)
		}
		sc.i++
	}
	return year, xs, nil
}

// unspecifiedYear finishes a year with unspecified digits (199X, 19XX): a
// decade or a century, which must end the date.
func (sc *scanner) unspecifiedYear(r parsed, year int64, xs int, neg bool) (parsed, *DateError) {
	if !sc.done() {
		return r, sc.fail("the end of the date after an unspecified year")
	}
	width := int64(10)
	r.prec = PrecisionDecade
	if xs == 2 {
		width = 100
		r.prec = PrecisionCentury
	}
	from, to := year, year+width
	if neg {
		from, to = -(year + width - 1), min(-year+1, 0)
	}
	r.setDays(calendar.DaysFromCivil(from, 1, 1), calendar.DaysFromCivil(to, 1, 1))
	return r, nil
}

// unspecifiedMonth finishes a date whose month is "XX": the whole year, at
// the precision of a month or, after "-XX", of a day.
func (sc *scanner) unspecifiedMonth(r parsed, year int64) (parsed, *DateError) {
	r.setDays(calendar.DaysFromCivil(year, 1, 1), calendar.DaysFromCivil(year+1, 1, 1))
	if sc.done() {
		r.prec = PrecisionMonth
		return r, nil
	}
	if !sc.at('-') {
		return r, sc.fail(`"-XX" or the end of the date`)
	}
	sc.i++
	if !strings.HasPrefix(sc.p[sc.i:], "XX") {
		return r, sc.fail(`"XX" (a day cannot be known when its month is not)`)
	}
	sc.i += 2
	if !sc.done() {
		return r, sc.fail("the end of the date")
	}
	r.prec = PrecisionDay
	return r, nil
}

// month reads what follows the year's "-": a month or a sub-year grouping
// (21–41), then the day, if any.
func (sc *scanner) month(r parsed, year int64) (parsed, *DateError) {
	const monthOrGroup = "month 01–12 or sub-year grouping 21–41"
	mAt := sc.i
	month, ok := sc.num(2)
	if !ok {
		return r, sc.fail(monthOrGroup)
	}
	if month >= 21 && month <= 41 {
		if !sc.done() {
			return r, sc.fail("the end of the date after a sub-year grouping")
		}
		return r.group(year, month), nil
	}
	if month < 1 || month > 12 {
		sc.i = mAt
		return r, sc.fail(monthOrGroup)
	}
	if sc.done() {
		r.prec = PrecisionMonth
		r.setDays(calendar.DaysFromCivil(year, month, 1), calendar.DaysFromCivil(nextMonth(year, month)))
		return r, nil
	}
	if !sc.at('-') {
		return r, sc.fail(`"-" or the end of the date`)
	}
	sc.i++
	return sc.day(r, year, month)
}

// day reads the day of a month ("XX" for an unspecified one) and the time
// of day after "T", if any.
func (sc *scanner) day(r parsed, year int64, month int) (parsed, *DateError) {
	if strings.HasPrefix(sc.p[sc.i:], "XX") {
		sc.i += 2
		if !sc.done() {
			return r, sc.fail("the end of the date after an unspecified day")
		}
		r.prec = PrecisionDay
		r.setDays(calendar.DaysFromCivil(year, month, 1), calendar.DaysFromCivil(nextMonth(year, month)))
		return r, nil
	}
	dim := calendar.DaysIn(year, month)
	day, err := sc.field(2, 1, dim, dayRange[dim-28])
	if err != nil {
		return r, err
	}
	days := calendar.DaysFromCivil(year, month, day)
	if sc.done() {
		r.prec = PrecisionDay
		r.setDays(days, days+1)
		return r, nil
	}
	if !sc.at('T') {
		return r, sc.fail(`"T" or the end of the date`)
	}
	sc.i++
	return sc.clock(r, days)
}

var dayRange = [...]string{"day 01–28", "day 01–29", "day 01–30", "day 01–31"}

func (r *parsed) setDays(from, to int64) {
	r.loSec, r.loNsec = from*secondsPerDay, 0
	r.hiSec, r.hiNsec = to*secondsPerDay, 0
}

func nextMonth(y int64, m int) (int64, int, int) {
	if m == 12 {
		return y + 1, 1, 1
	}
	return y, m + 1, 1
}

// groupFirst holds, at the index of each sub-year grouping 21–41, the first
// month it covers, its length in months and its precision.
var groupFirst = [...]struct {
	month, months int
	prec          Precision
}{
	21: {3, 3, PrecisionSeason}, {6, 3, PrecisionSeason}, {9, 3, PrecisionSeason}, {12, 3, PrecisionSeason},
	25: {3, 3, PrecisionSeason}, {6, 3, PrecisionSeason}, {9, 3, PrecisionSeason}, {12, 3, PrecisionSeason},
	29: {9, 3, PrecisionSeason}, {12, 3, PrecisionSeason}, {3, 3, PrecisionSeason}, {6, 3, PrecisionSeason},
	33: {1, 3, PrecisionQuarter}, {4, 3, PrecisionQuarter}, {7, 3, PrecisionQuarter}, {10, 3, PrecisionQuarter},
	37: {1, 4, PrecisionQuadrimester}, {5, 4, PrecisionQuadrimester}, {9, 4, PrecisionQuadrimester},
	40: {1, 6, PrecisionHalf}, {7, 6, PrecisionHalf},
}

func (r parsed) group(year int64, g int) parsed {
	gf := groupFirst[g]
	r.prec = gf.prec
	m := gf.month - 1 + gf.months // months after January of year, exclusive end
	r.setDays(calendar.DaysFromCivil(year, gf.month, 1), calendar.DaysFromCivil(year+int64(m/12), m%12+1, 1))
	return r
}

func (sc *scanner) letterYear(r parsed) (parsed, *DateError) {
	sc.i = 1
	neg := sc.at('-')
	if neg {
		sc.i++
	}
	first := sc.i
	var year int64
	for sc.i < len(sc.p) && sc.p[sc.i] >= '0' && sc.p[sc.i] <= '9' {
		if sc.i == first && sc.p[sc.i] == '0' {
			return r, sc.failErr(errLeadZero)
		}
		year = year*10 + int64(sc.p[sc.i]-'0')
		if year > maxYear {
			sc.i = first
			return r, sc.failErr(errYearRange)
		}
		sc.i++
	}
	if sc.i == first {
		return r, sc.fail("a digit")
	}
	if sc.i-first < 5 {
		sc.i = first
		return r, sc.failErr(errTooFewDigs)
	}
	if !sc.done() {
		return r, sc.fail("the end of the date after a letter-prefixed year")
	}
	if neg {
		year = -year
	}
	r.prec = PrecisionYear
	r.setDays(calendar.DaysFromCivil(year, 1, 1), calendar.DaysFromCivil(year+1, 1, 1))
	return r, nil
}

func (sc *scanner) week(r parsed, year int64) (parsed, *DateError) {
	n := calendar.WeeksIn(year)
	w, err := sc.field(2, 1, n, weekRange[n-52])
	if err != nil {
		return r, err
	}
	monday := calendar.Week1Monday(year) + int64(w-1)*7
	if sc.done() {
		r.prec = PrecisionWeek
		r.setDays(monday, monday+7)
		return r, nil
	}
	if !sc.at('-') {
		return r, sc.fail(`"-" or the end of the date`)
	}
	sc.i++
	wd, err := sc.field(1, 1, 7, "weekday 1–7 (Monday to Sunday)")
	if err != nil {
		return r, err
	}
	if !sc.done() {
		return r, sc.fail("the end of the date")
	}
	day := monday + int64(wd-1)
	r.prec = PrecisionDay
	r.setDays(day, day+1)
	return r, nil
}

var weekRange = [...]string{"week 01–52 (this year has 52 weeks)", "week 01–53"}

// clock reads the time of day after "T" and an optional zone.
func (sc *scanner) clock(r parsed, days int64) (parsed, *DateError) {
	h, err := sc.field(2, 0, 23, "hour 00–23")
	if err != nil {
		return r, err
	}
	sec := days*secondsPerDay + int64(h)*3600
	var nsec, step int64 = 0, 3600 * 1e9
	r.prec = PrecisionHour
	if sc.at(':') {
		sc.i++
		m, err := sc.field(2, 0, 59, "minute 00–59")
		if err != nil {
			return r, err
		}
		sec += int64(m) * 60
		step = 60 * 1e9
		r.prec = PrecisionMinute
		if sc.at(':') {
			sc.i++
			s, err := sc.field(2, 0, 59, "second 00–59")
			if err != nil {
				return r, err
			}
			sec += int64(s)
			step = 1e9
			r.prec = PrecisionSecond
			if sc.at('.') {
				sc.i++
				digits := 0
				for sc.i < len(sc.p) && sc.p[sc.i] >= '0' && sc.p[sc.i] <= '9' {
					if digits == 9 {
						return r, sc.fail("at most 9 fraction digits")
					}
					nsec = nsec*10 + int64(sc.p[sc.i]-'0')
					step /= 10
					digits++
					sc.i++
				}
				if digits == 0 {
					return r, sc.fail("a fraction digit")
				}
				for k := digits; k < 9; k++ {
					nsec *= 10
				}
			}
		}
	}
	if !sc.done() {
		switch sc.p[sc.i] {
		case 'Z':
			sc.i++
		case '+', '-':
			sign := int64(1)
			if sc.p[sc.i] == '-' {
				sign = -1
			}
			sc.i++
			zh, err := sc.field(2, 0, 14, "zone hour 00–14")
			if err != nil {
				return r, err
			}
			var zm int
			if sc.at(':') {
				sc.i++
				if zm, err = sc.field(2, 0, 59, "zone minute 00–59"); err != nil {
					return r, err
				}
			}
			sec -= sign * (int64(zh)*3600 + int64(zm)*60)
		default:
			return r, sc.fail(clockNext[r.prec-PrecisionHour])
		}
		if !sc.done() {
			return r, sc.fail("the end of the date after the zone")
		}
	}
	r.loSec, r.loNsec = sec, int32(nsec)
	end := nsec + step
	r.hiSec, r.hiNsec = sec+end/1e9, int32(end%1e9)
	return r, nil
}

var clockNext = [...]string{
	`":", a zone or the end of the date`,
	`":", a zone or the end of the date`,
	`".", a zone or the end of the date`,
}

func itoa(i int) string      { return strconv.Itoa(i) }
func quoted(s string) string { return strconv.Quote(s) }
