package news

import (
	"cmp"
	"strings"
	"time"
)

// Date is a date as an article states it: a year, a month, a day, a season, a
// week, a time of day, an interval between two of those, each possibly
// uncertain or approximate. Its text form is the Extended Date/Time Format of
// the Library of Congress (EDTF, adopted as ISO 8601-2:2019), levels 0 and 1,
// plus the level 2 sub-year groupings and the ISO 8601-1 week dates; see
// [ParseDate] for the exact grammar.
//
// Every Date is an interval of time with a precision: 2024-07 covers all of
// July 2024, from [Date.Start] (included) to [Date.End] (excluded). Dates are
// ordered by [Date.Compare] and related by [Date.Allen].
//
// A Date keeps the text it was parsed from, byte for byte: [Date.String]
// returns it and two Dates are [Date.Equal] exactly when their texts are
// equal. Dates are comparable with ==, which agrees with Equal, so a Date can
// be a map key.
//
// The zero Date is the valid "no date" value: [Date.IsZero] reports true, its
// text is empty, it has no bounds, and it sorts before every other Date.
type Date struct {
	s              string // the text, exactly as parsed; "" for the zero Date
	loSec, hiSec   int64  // start and exclusive end, in seconds since the Unix epoch
	loNsec, hiNsec int32  // nanoseconds within loSec and hiSec
	flags          flags
	prec           Precision
}

type flags uint8

const (
	fInterval flags = 1 << iota
	fOpenStart
	fOpenEnd
	fUnknownStart
	fUnknownEnd
	fUncertain
	fApproximate

	fNoStart = fOpenStart | fUnknownStart
	fNoEnd   = fOpenEnd | fUnknownEnd
)

// Qualifier is the EDTF level 1 qualification of a date: a trailing "?" marks
// it uncertain, "~" approximate, "%" both.
type Qualifier uint8

// The qualifiers of a date. Package-level constants share the names of the
// methods [Date.Uncertain] and [Date.Approximate], which report them.
const (
	Certain              Qualifier = iota // no qualifier
	Uncertain                             // "?": possibly not this date
	Approximate                           // "~": about this date
	UncertainApproximate                  // "%": both
)

var qualifierNames = [...]string{"certain", "uncertain", "approximate", "uncertain-approximate"}

// String returns "certain", "uncertain", "approximate" or
// "uncertain-approximate", or "Qualifier(n)" for a value out of range.
func (q Qualifier) String() string {
	if int(q) < len(qualifierNames) {
		return qualifierNames[q]
	}
	return "Qualifier(" + itoa(int(q)) + ")"
}

// MustParseDate is like [ParseDate] but panics if s is not a valid date. It
// is meant for package variables and tests.
func MustParseDate(s string) Date {
	d, err := ParseDate(s)
	if err != nil {
		panic(err)
	}
	return d
}

// String returns the text of d exactly as it was parsed, or "" for the zero
// Date. ParseDate(d.String()) returns d for every Date other than the zero
// Date.
func (d Date) String() string { return d.s }

// MarshalText returns the text of d. The zero Date marshals to empty text and
// no error, so that a field tagged omitempty or omitzero never produces it;
// note that [Date.UnmarshalText] rejects empty text.
func (d Date) MarshalText() ([]byte, error) { return []byte(d.s), nil }

// UnmarshalText sets d to the date that b states, as [ParseDate] reads it.
// Empty text is an error: a missing date is an absent field, not an empty
// string. On error d is left unchanged.
func (d *Date) UnmarshalText(b []byte) error {
	e, err := ParseDate(string(b))
	if err != nil {
		return err
	}
	*d = e
	return nil
}

// IsZero reports whether d is the zero Date, which stands for no date.
func (d Date) IsZero() bool { return d.s == "" }

// Equal reports whether d and e have the same text. Two texts that cover the
// same time, such as 2025-03 and 2025-03-XX, are different Dates; use
// [Date.Allen] to compare what they cover.
func (d Date) Equal(e Date) bool { return d.s == e.s }

// Precision returns the precision of d. For an interval it is the coarser of
// the precisions of its bounded ends (so 2024/2025-03-23 has year
// precision); for the zero Date it is [PrecisionNone].
func (d Date) Precision() Precision { return d.prec }

// IsInterval reports whether d is an interval "from/to".
func (d Date) IsInterval() bool { return d.flags&fInterval != 0 }

// Endpoints returns the two ends of an interval as Dates, with their
// qualifiers. An open end ("..") and an unknown end (empty) are the zero
// Date; [Date.OpenStart], [Date.OpenEnd], [Date.UnknownStart] and
// [Date.UnknownEnd] tell them apart. ok is false when d is not an interval.
func (d Date) Endpoints() (from, to Date, ok bool) {
	if d.flags&fInterval == 0 {
		return Date{}, Date{}, false
	}
	i := strings.IndexByte(d.s, '/')
	if d.flags&fNoStart == 0 {
		from = mustParse(d.s[:i])
	}
	if d.flags&fNoEnd == 0 {
		to = mustParse(d.s[i+1:])
	}
	return from, to, true
}

// mustParse parses a text already known to be valid.
func mustParse(s string) Date {
	d, _ := ParseDate(s)
	return d
}

// OpenStart reports whether d is an interval with an open start ("../2025"):
// it has no lower bound.
func (d Date) OpenStart() bool { return d.flags&fOpenStart != 0 }

// OpenEnd reports whether d is an interval with an open end ("2025/.."): it
// has no upper bound, as of something still going on.
func (d Date) OpenEnd() bool { return d.flags&fOpenEnd != 0 }

// UnknownStart reports whether d is an interval whose start is not known
// ("/2025"): it has a start, but the text does not say when.
func (d Date) UnknownStart() bool { return d.flags&fUnknownStart != 0 }

// UnknownEnd reports whether d is an interval whose end is not known
// ("2025/").
func (d Date) UnknownEnd() bool { return d.flags&fUnknownEnd != 0 }

// Uncertain reports whether d, or either end of the interval d, is qualified
// as uncertain ("?" or "%").
func (d Date) Uncertain() bool { return d.flags&fUncertain != 0 }

// Approximate reports whether d, or either end of the interval d, is
// qualified as approximate ("~" or "%").
func (d Date) Approximate() bool { return d.flags&fApproximate != 0 }

func (d Date) hasStart() bool { return d.s != "" && d.flags&fNoStart == 0 }
func (d Date) hasEnd() bool   { return d.s != "" && d.flags&fNoEnd == 0 }

// Start returns the first instant that d covers, in UTC. It reports false
// when d has no lower bound: the zero Date and intervals with an open or
// unknown start.
//
// Calendar dates, and date-times written without a zone, are floating: their
// bounds are computed as if they were in UTC. A date-time with a zone starts
// at that instant. A qualifier does not change the bounds.
func (d Date) Start() (time.Time, bool) {
	if !d.hasStart() {
		return time.Time{}, false
	}
	return time.Unix(d.loSec, int64(d.loNsec)).UTC(), true
}

// End returns the first instant after d, in UTC: d covers [Start, End). It
// reports false when d has no upper bound: the zero Date and intervals with an
// open or unknown end. For a date-time, End is one hour, minute or second
// after Start, as its precision says; when the seconds have a fraction, End
// is one unit of the last fraction digit after Start (…T14:05:00.5 covers a
// tenth of a second), so that it lies within its second.
func (d Date) End() (time.Time, bool) {
	if !d.hasEnd() {
		return time.Time{}, false
	}
	return time.Unix(d.hiSec, int64(d.hiNsec)).UTC(), true
}

// Contains reports whether all that e covers lies within what d covers:
// d.Start <= e.Start and e.End <= d.End. A side of d without a bound (open or
// unknown) contains everything on that side; a side of e without a bound is
// contained only by a side of d without one. The zero Date contains nothing
// and is contained by nothing.
func (d Date) Contains(e Date) bool {
	if d.s == "" || e.s == "" {
		return false
	}
	if d.hasStart() {
		if !e.hasStart() || cmpInstant(e.loSec, e.loNsec, d.loSec, d.loNsec) < 0 {
			return false
		}
	}
	if d.hasEnd() {
		if !e.hasEnd() || cmpInstant(e.hiSec, e.hiNsec, d.hiSec, d.hiNsec) > 0 {
			return false
		}
	}
	return true
}

func cmpInstant(s1 int64, n1 int32, s2 int64, n2 int32) int {
	switch {
	case s1 < s2:
		return -1
	case s1 > s2:
		return 1
	case n1 < n2:
		return -1
	case n1 > n2:
		return 1
	}
	return 0
}

// Compare returns -1, 0 or +1 as d sorts before, with or after e, in a total
// order: the zero Date first of all; then by start, a missing start (open or
// unknown) counting as minus infinity; then by end, a missing end counting as
// plus infinity; then by precision, coarser first; then by text. Compare
// returns 0 exactly when d.Equal(e). It suits [slices.SortFunc].
func (d Date) Compare(e Date) int {
	if d.s == "" || e.s == "" {
		switch {
		case d.s == e.s:
			return 0
		case d.s == "":
			return -1
		}
		return 1
	}
	ds, es := d.flags&fNoStart == 0, e.flags&fNoStart == 0
	switch {
	case ds && es:
		if c := cmpInstant(d.loSec, d.loNsec, e.loSec, e.loNsec); c != 0 {
			return c
		}
	case ds:
		return 1
	case es:
		return -1
	}
	de, ee := d.flags&fNoEnd == 0, e.flags&fNoEnd == 0
	switch {
	case de && ee:
		if c := cmpInstant(d.hiSec, d.hiNsec, e.hiSec, e.hiNsec); c != 0 {
			return c
		}
	case de:
		return -1
	case ee:
		return 1
	}
	switch {
	case d.prec < e.prec:
		return -1
	case d.prec > e.prec:
		return 1
	}
	return strings.Compare(d.s, e.s)
}

// Qualified returns d with qualifier q in place of its own: for example
// MustParseDate("2024-07").Qualified(Approximate) is 2024-07~, and
// Qualified(Certain) removes a qualifier. An interval, whose ends carry their
// own qualifiers, and the zero Date are returned unchanged, as is d for a q
// out of range.
func (d Date) Qualified(q Qualifier) Date {
	if d.s == "" || d.flags&fInterval != 0 || q > UncertainApproximate {
		return d
	}
	base := d.s
	switch base[len(base)-1] {
	case '?', '~', '%':
		base = base[:len(base)-1]
	}
	d.flags &^= fUncertain | fApproximate
	switch q {
	case Certain:
		d.s = base
	case Uncertain:
		d.s = base + "?"
		d.flags |= fUncertain
	case Approximate:
		d.s = base + "~"
		d.flags |= fApproximate
	case UncertainApproximate:
		d.s = base + "%"
		d.flags |= fUncertain | fApproximate
	}
	return d
}

// Interval returns the interval from/to. A zero from or to stands for an
// open end (".."), so Interval(d, Date{}) is "d/..". It is an error, a
// *[DateError], when both are zero, when either is itself an interval, or when
// to ends before from starts.
func Interval(from, to Date) (Date, error) {
	a, b := from.s, to.s
	if a == "" {
		a = ".."
	}
	if b == "" {
		b = ".."
	}
	return ParseDate(a + "/" + b)
}

// Bounds is where a date starts and where it ends, exclusive, in seconds and
// nanoseconds since the Unix epoch: the numbers Compare orders by. Code that
// sorts or indexes many dates reads them once instead of building time.Time
// values.
type Bounds struct {
	StartSec, EndSec   int64
	StartNsec, EndNsec int32
}

// Bounds returns the bounds of d as Compare orders them: an open or unknown
// start is the least int64, an open or unknown end the greatest, and the zero
// Date has both at the least int64, before every other date.
func (d Date) Bounds() Bounds {
	if d.s == "" {
		return Bounds{StartSec: -1 << 63, EndSec: -1 << 63}
	}
	b := Bounds{StartSec: -1 << 63, EndSec: 1<<63 - 1}
	if d.hasStart() {
		b.StartSec, b.StartNsec = d.loSec, d.loNsec
	}
	if d.hasEnd() {
		b.EndSec, b.EndNsec = d.hiSec, d.hiNsec
	}
	return b
}

// Compare returns -1, 0 or +1 as b starts before, with or after c, and
// then as it ends before, with or after c: the first keys of Date.Compare.
func (b Bounds) Compare(c Bounds) int {
	switch {
	case b.StartSec != c.StartSec:
		return cmp.Compare(b.StartSec, c.StartSec)
	case b.StartNsec != c.StartNsec:
		return cmp.Compare(b.StartNsec, c.StartNsec)
	case b.EndSec != c.EndSec:
		return cmp.Compare(b.EndSec, c.EndSec)
	}
	return cmp.Compare(b.EndNsec, c.EndNsec)
}

// Anchor returns the instant that relative expressions in a text dated d
// resolve against ("yesterday", "last July"): the start of d in the zone it
// was written with, so that its calendar day is the one written. A calendar
// date or a date-time without a zone is floating and comes back in UTC; a
// date-time with "Z" or an offset comes back in that zone. The zero Time
// means d has no start (the zero Date, an open or unknown start).
//
// It lets an article's publication date be passed inline:
//
//	r, err := timex.Normalize("last July", a.Published.Anchor())
func (d Date) Anchor() time.Time {
	t, ok := d.Start()
	if !ok {
		return time.Time{}
	}
	s := d.s
	if i := strings.IndexByte(s, '/'); i >= 0 {
		s = s[:i]
	}
	tpos := strings.IndexByte(s, 'T')
	if tpos < 0 {
		return t
	}
	s = strings.TrimRight(s[tpos:], "?~%")
	z := strings.LastIndexAny(s, "+-")
	if z < 0 {
		return t // "Z", or floating
	}
	zone := s[z+1:] // "05" or "05:30"
	off := int(zone[0]-'0')*36000 + int(zone[1]-'0')*3600
	if len(zone) == 5 {
		off += int(zone[3]-'0')*600 + int(zone[4]-'0')*60
	}
	if s[z] == '-' {
		off = -off
	}
	return t.In(time.FixedZone("", off))
}
