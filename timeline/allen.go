package timeline

// Allen is one of the thirteen relations that James F. Allen defined between
// two intervals ("Maintaining knowledge about temporal intervals", 1983), or
// [AllenUnknown] when the relation cannot be determined. [Date.Allen] computes
// it.
type Allen uint8

// The relations of [Date.Allen], d relative to e. Each relation's inverse is
// given by [Allen.Inverse].
const (
	AllenUnknown      Allen = iota // either date is zero, or an unknown end leaves the relation open
	AllenBefore                    // d ends before e starts
	AllenMeets                     // d ends exactly where e starts
	AllenOverlaps                  // d starts first and ends inside e
	AllenStarts                    // same start, d ends first
	AllenDuring                    // d lies strictly inside e
	AllenFinishes                  // same end, d starts later
	AllenEquals                    // same start and end
	AllenFinishedBy                // same end, d starts first
	AllenContains                  // e lies strictly inside d
	AllenStartedBy                 // same start, e ends first
	AllenOverlappedBy              // e starts first and ends inside d
	AllenMetBy                     // e ends exactly where d starts
	AllenAfter                     // d starts after e ends
)

var allenNames = [...]string{
	AllenUnknown:      "unknown",
	AllenBefore:       "before",
	AllenMeets:        "meets",
	AllenOverlaps:     "overlaps",
	AllenStarts:       "starts",
	AllenDuring:       "during",
	AllenFinishes:     "finishes",
	AllenEquals:       "equals",
	AllenFinishedBy:   "finished-by",
	AllenContains:     "contains",
	AllenStartedBy:    "started-by",
	AllenOverlappedBy: "overlapped-by",
	AllenMetBy:        "met-by",
	AllenAfter:        "after",
}

// String returns the relation's name in lower case with hyphens ("before",
// "finished-by", "unknown", …), or "Allen(n)" for a value out of range.
func (a Allen) String() string {
	if int(a) < len(allenNames) {
		return allenNames[a]
	}
	return "Allen(" + itoa(int(a)) + ")"
}

// Inverse returns the relation of e to d when a is the relation of d to e:
// before and after swap, meets and met-by, and so on; equals and unknown are
// their own inverses. A value out of range is returned unchanged.
func (a Allen) Inverse() Allen {
	if a >= AllenBefore && a <= AllenAfter {
		return AllenAfter + AllenBefore - a
	}
	return a
}
