package news

import (
	"errors"
	"strconv"
	"unicode/utf8"
)

// Duration is a nominal length of time as a story states it ("a 30-day
// ceasefire", "for two weeks", "a three-year term"): a count of calendar
// units, not a number of seconds, since a month or a year has no fixed
// length. Its text form is the ISO 8601 duration: P30D, P2W, P3Y, PT4H,
// P1Y6M.
//
// The zero Duration has no units; it is written "" and [Duration.IsZero]
// reports true. ISO 8601 writes a zero length as P0D; Parse accepts that and
// returns a Duration with Days set to 0 that is not the zero Duration.
type Duration struct {
	Years, Months, Weeks, Days, Hours, Minutes, Seconds int64
	set                                                 bool
}

// IsZero reports whether d is the zero Duration.
func (d Duration) IsZero() bool { return d == Duration{} }

// String returns d in ISO 8601 form ("P30D", "P1Y6M", "PT2H30M", "P2W"), or
// "" for the zero Duration. Every unit that is not zero is written, in the
// order ParseDuration reads them, so that ParseDuration(d.String()) == d:
// weeks mixed with other units are written as such ("P1W2D"), as ISO
// 8601-2 allows, rather than folded into days.
func (d Duration) String() string {
	if d.IsZero() {
		return ""
	}
	b := make([]byte, 0, 16)
	b = append(b, 'P')
	app := func(v int64, c byte) {
		if v != 0 {
			b = strconv.AppendInt(b, v, 10)
			b = append(b, c)
		}
	}
	app(d.Years, 'Y')
	app(d.Months, 'M')
	app(d.Weeks, 'W')
	app(d.Days, 'D')
	if d.Hours != 0 || d.Minutes != 0 || d.Seconds != 0 {
		b = append(b, 'T')
		app(d.Hours, 'H')
		app(d.Minutes, 'M')
		app(d.Seconds, 'S')
	}
	if len(b) == 1 {
		b = append(b, "0D"...)
	}
	return string(b)
}

// MarshalText returns the ISO 8601 form of d; the zero Duration marshals to
// empty text. A negative unit has no ISO 8601 form and is an error.
func (d Duration) MarshalText() ([]byte, error) {
	for _, v := range [...]int64{d.Years, d.Months, d.Weeks, d.Days, d.Hours, d.Minutes, d.Seconds} {
		if v < 0 {
			return nil, errors.New("news: duration with a negative unit has no ISO 8601 form")
		}
	}
	return []byte(d.String()), nil
}

// UnmarshalText sets d from ISO 8601 text, as [ParseDuration] reads it. On
// error d is left unchanged.
func (d *Duration) UnmarshalText(b []byte) error {
	e, err := ParseDuration(string(b))
	if err != nil {
		return err
	}
	*d = e
	return nil
}

// DurationError reports text that is not an ISO 8601 duration; Offset is the
// code point offset of the first character that does not fit, counted as
// every offset of the module is.
type DurationError struct {
	Input  string
	Offset int
	Err    error
}

// Error returns a message such as
// `news: parsing duration "P3X": offset 2: expected a unit designator`.
func (e *DurationError) Error() string {
	return "news: parsing duration " + strconv.Quote(e.Input) + ": offset " + strconv.Itoa(e.Offset) + ": " + e.Err.Error()
}

// Unwrap returns e.Err.
func (e *DurationError) Unwrap() error { return e.Err }

var (
	errDurEmpty  = errors.New("empty duration")
	errDurP      = errors.New("expected P")
	errDurDigit  = errors.New("expected a digit")
	errDurUnit   = errors.New("expected a unit designator")
	errDurOrder  = errors.New("unit out of order or repeated")
	errDurRange  = errors.New("number too large")
	errDurNoUnit = errors.New("no unit after P or T")
)

// ParseDuration parses an ISO 8601 duration in integers: P, then any of nY,
// nM, nW, nD in that order, then optionally T and any of nH, nM, nS. Each
// number is at most 18 digits. Fractions and the alternative format
// (P0003-06-04T12:30:05) are not accepted. Errors are *[DurationError].
func ParseDuration(s string) (Duration, error) {
	fail := func(off int, err error) (Duration, error) {
		return Duration{}, &DurationError{Input: s, Offset: utf8.RuneCountInString(s[:off]), Err: err}
	}
	if s == "" {
		return fail(0, errDurEmpty)
	}
	if s[0] != 'P' {
		return fail(0, errDurP)
	}
	var d Duration
	d.set = true
	i, rank, inTime, units := 1, 0, false, 0
	for i < len(s) {
		if s[i] == 'T' {
			if inTime {
				return fail(i, errDurOrder)
			}
			inTime = true
			i++
			if i == len(s) {
				return fail(i, errDurNoUnit)
			}
			continue
		}
		j := i
		var v int64
		for j < len(s) && s[j] >= '0' && s[j] <= '9' {
			if j-i >= 18 {
				return fail(j, errDurRange)
			}
			v = v*10 + int64(s[j]-'0')
			j++
		}
		if j == i {
			return fail(i, errDurDigit)
		}
		if j == len(s) {
			return fail(j, errDurUnit)
		}
		var r int
		var p *int64
		switch c := s[j]; {
		case !inTime && c == 'Y':
			r, p = 1, &d.Years
		case !inTime && c == 'M':
			r, p = 2, &d.Months
		case !inTime && c == 'W':
			r, p = 3, &d.Weeks
		case !inTime && c == 'D':
			r, p = 4, &d.Days
		case inTime && c == 'H':
			r, p = 5, &d.Hours
		case inTime && c == 'M':
			r, p = 6, &d.Minutes
		case inTime && c == 'S':
			r, p = 7, &d.Seconds
		default:
			return fail(j, errDurUnit)
		}
		if r <= rank {
			return fail(j, errDurOrder)
		}
		rank = r
		*p = v
		units++
		i = j + 1
	}
	if units == 0 || (inTime && rank < 5) {
		return fail(len(s), errDurNoUnit)
	}
	return d, nil
}

// MustParseDuration is like [ParseDuration] but panics on error; it is meant
// for package variables and tests.
func MustParseDuration(s string) Duration {
	d, err := ParseDuration(s)
	if err != nil {
		panic(err)
	}
	return d
}

// Equal reports whether d and e are the same Duration, so that go-cmp and
// other comparers need no access to its unexported field.
func (d Duration) Equal(e Duration) bool { return d == e }
