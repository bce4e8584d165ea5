package timeline

import (
	"errors"
	"strconv"
	"time"
)

// Date is a partial date (skeleton; being implemented).
type Date struct {
	s     string
	start instant
	end   instant
	flags uint8
	prec  Precision
}

type instant struct {
	sec  int64
	nsec int32
}

// Qualifier is an EDTF qualifier.
type Qualifier uint8

// Qualifiers.
const (
	Certain Qualifier = iota
	Uncertain
	Approximate
	UncertainApproximate
)

// DateError is a parse error.
type DateError struct {
	Input    string
	Offset   int
	Expected string
	Err      error
}

func (e *DateError) Error() string { return "timeline: parsing date " + quote(e.Input) }

// Unwrap returns e.Err.
func (e *DateError) Unwrap() error { return e.Err }

// ParseDate parses s.
func ParseDate(s string) (Date, error) { return Date{}, &DateError{Input: s, Err: errors.New("todo")} }

// MustParseDate is ParseDate that panics.
func MustParseDate(s string) Date {
	d, err := ParseDate(s)
	if err != nil {
		panic(err)
	}
	return d
}

// String returns the text.
func (d Date) String() string { return d.s }

// MarshalText returns the text.
func (d Date) MarshalText() ([]byte, error) { return []byte(d.s), nil }

// UnmarshalText parses b.
func (d *Date) UnmarshalText(b []byte) error {
	e, err := ParseDate(string(b))
	if err != nil {
		return err
	}
	*d = e
	return nil
}

// IsZero reports whether d is the zero Date.
func (d Date) IsZero() bool { return d.s == "" }

// Equal reports whether d and e have the same text.
func (d Date) Equal(e Date) bool { return d.s == e.s }

// Precision returns d's precision.
func (d Date) Precision() Precision { return d.prec }

// IsInterval reports whether d is an interval.
func (d Date) IsInterval() bool { return false }

// Endpoints returns the ends of an interval.
func (d Date) Endpoints() (from, to Date, ok bool) { return }

// OpenStart reports an open start.
func (d Date) OpenStart() bool { return false }

// OpenEnd reports an open end.
func (d Date) OpenEnd() bool { return false }

// UnknownStart reports an unknown start.
func (d Date) UnknownStart() bool { return false }

// UnknownEnd reports an unknown end.
func (d Date) UnknownEnd() bool { return false }

// Uncertain reports uncertainty.
func (d Date) Uncertain() bool { return false }

// Approximate reports approximation.
func (d Date) Approximate() bool { return false }

// Start returns the first instant.
func (d Date) Start() (time.Time, bool) { return time.Time{}, false }

// End returns the exclusive end.
func (d Date) End() (time.Time, bool) { return time.Time{}, false }

// Contains reports containment.
func (d Date) Contains(e Date) bool { return false }

// Compare orders dates.
func (d Date) Compare(e Date) int { return 0 }

// Allen returns the relation of d to e.
func (d Date) Allen(e Date) Allen { return AllenUnknown }

// TIMEX3 returns a TimeML value.
func (d Date) TIMEX3() string { return "" }

// DateOf returns the date of precision p containing t.
func DateOf(t time.Time, p Precision) Date { return Date{} }

// Interval builds from/to.
func Interval(from, to Date) (Date, error) { return Date{}, errors.New("todo") }

// Qualified returns d with qualifier q.
func (d Date) Qualified(q Qualifier) Date { return d }

func itoa(i int) string     { return strconv.Itoa(i) }
func quote(s string) string { return strconv.Quote(s) }
