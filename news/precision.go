package news

import "errors"

// Precision is the granularity of a [Date]: the size of the interval that a
// single date covers. Constants run from the coarsest to the finest, so that
// p < q means p is coarser than q. The zero value, [PrecisionNone], is the
// precision of the zero Date.
type Precision uint8

// The precisions of a [Date], from coarse to fine.
const (
	PrecisionNone         Precision = iota // no date
	PrecisionCentury                       // 19XX
	PrecisionDecade                        // 199X
	PrecisionYear                          // 2024
	PrecisionHalf                          // 2024-40, 2024-41
	PrecisionQuadrimester                  // 2024-37 … 2024-39
	PrecisionQuarter                       // 2025-33 … 2025-36
	PrecisionSeason                        // 2024-21 … 2024-32
	PrecisionMonth                         // 2024-07, 2024-XX
	PrecisionWeek                          // 2025-W12
	PrecisionDay                           // 2025-03-23, 2025-W12-7
	PrecisionHour                          // 2025-03-23T14
	PrecisionMinute                        // 2025-03-23T14:05
	PrecisionSecond                        // 2025-03-23T14:05:00, with or without a fraction
)

var precisionNames = [...]string{
	PrecisionNone:         "",
	PrecisionCentury:      "century",
	PrecisionDecade:       "decade",
	PrecisionYear:         "year",
	PrecisionHalf:         "half",
	PrecisionQuadrimester: "quadrimester",
	PrecisionQuarter:      "quarter",
	PrecisionSeason:       "season",
	PrecisionMonth:        "month",
	PrecisionWeek:         "week",
	PrecisionDay:          "day",
	PrecisionHour:         "hour",
	PrecisionMinute:       "minute",
	PrecisionSecond:       "second",
}

// String returns the lower-case name of p ("year", "month", …), the empty
// string for [PrecisionNone], and "Precision(n)" for a value out of range.
func (p Precision) String() string {
	if int(p) < len(precisionNames) {
		return precisionNames[p]
	}
	return "Precision(" + itoa(int(p)) + ")"
}

// Valid reports whether p is one of the named precisions other than
// [PrecisionNone].
func (p Precision) Valid() bool {
	return p > PrecisionNone && int(p) < len(precisionNames)
}

// MarshalText returns the name of p, as [Precision.String] does. It fails for
// a value out of range.
func (p Precision) MarshalText() ([]byte, error) {
	if int(p) >= len(precisionNames) {
		return nil, errors.New("news: invalid precision " + p.String())
	}
	return []byte(precisionNames[p]), nil
}

// UnmarshalText sets p from its name, as [ParsePrecision] reads it. Empty text
// gives [PrecisionNone].
func (p *Precision) UnmarshalText(b []byte) error {
	if len(b) == 0 {
		*p = PrecisionNone
		return nil
	}
	q, err := ParsePrecision(string(b))
	if err != nil {
		return err
	}
	*p = q
	return nil
}

// ParsePrecision returns the precision named s ("century", "decade", "year",
// "half", "quadrimester", "quarter", "season", "month", "week", "day", "hour",
// "minute" or "second"). Names are case-sensitive.
func ParsePrecision(s string) (Precision, error) {
	for i := PrecisionCentury; int(i) < len(precisionNames); i++ {
		if precisionNames[i] == s {
			return i, nil
		}
	}
	return PrecisionNone, errors.New("news: unknown precision " + quoted(s))
}
