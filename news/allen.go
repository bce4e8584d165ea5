package news

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

// Allen returns the relation of d to e, seeing each as the interval
// [Start, End) it covers. An open end of an interval ("..") lies at minus or
// plus infinity, so two open ends on the same side are equal. An unknown end
// (an empty side of "/") may lie anywhere consistent with the rest of its
// interval; the relation is given when every such placement yields the same
// relation, and is [AllenUnknown] otherwise. Allen returns AllenUnknown when
// either date is zero. For any d and e, d.Allen(e) == e.Allen(d).Inverse().
func (d Date) Allen(e Date) Allen {
	if d.s == "" || e.s == "" {
		return AllenUnknown
	}
	if (d.flags|e.flags)&(fUnknownStart|fUnknownEnd) == 0 {
		// Every end is a point: the common case, decided directly.
		dS, dE := d.points()
		eS, eE := e.points()
		return relation(cmpPoint(dS, eS), cmpPoint(dE, eE), cmpPoint(dE, eS), cmpPoint(dS, eE))
	}
	dS, dE := d.ranges()
	eS, eE := e.ranges()
	ss := signs(dS, eS)
	ee := signs(dE, eE)
	es := signs(dE, eS)
	se := signs(dS, eE)
	var got Allen
	for s3 := -1; s3 <= 1; s3++ {
		if !has(es, s3) {
			continue
		}
		for s4 := -1; s4 <= 1; s4++ {
			if !has(se, s4) || s3 <= 0 && s4 >= 0 {
				// Both would need d to end no later than e starts
				// and start no earlier than e ends: impossible, as
				// every date covers some time.
				continue
			}
			for s1 := -1; s1 <= 1; s1++ {
				if !has(ss, s1) {
					continue
				}
				for s2 := -1; s2 <= 1; s2++ {
					if !has(ee, s2) {
						continue
					}
					r := relation(s1, s2, s3, s4)
					if got != AllenUnknown && r != got {
						return AllenUnknown
					}
					got = r
				}
			}
		}
	}
	return got
}

// relation returns Allen's relation from the signs of dStart-eStart,
// dEnd-eEnd, dEnd-eStart and dStart-eEnd.
func relation(ss, ee, es, se int) Allen {
	switch {
	case es < 0:
		return AllenBefore
	case es == 0:
		return AllenMeets
	case se > 0:
		return AllenAfter
	case se == 0:
		return AllenMetBy
	}
	return middle[ss+1][ee+1]
}

var middle = [3][3]Allen{
	{AllenOverlaps, AllenFinishedBy, AllenContains},
	{AllenStarts, AllenEquals, AllenStartedBy},
	{AllenDuring, AllenFinishes, AllenOverlappedBy},
}

// point is an instant or an infinity (inf -1 or +1).
type point struct {
	inf  int8
	sec  int64
	nsec int32
}

func cmpPoint(a, b point) int {
	switch {
	case a.inf < b.inf:
		return -1
	case a.inf > b.inf:
		return 1
	case a.inf != 0:
		return 0
	}
	return cmpInstant(a.sec, a.nsec, b.sec, b.nsec)
}

// points returns the start and end of a date without unknown ends.
func (d Date) points() (start, end point) {
	start = point{sec: d.loSec, nsec: d.loNsec}
	end = point{sec: d.hiSec, nsec: d.hiNsec}
	if d.flags&fOpenStart != 0 {
		start = point{inf: -1}
	}
	if d.flags&fOpenEnd != 0 {
		end = point{inf: 1}
	}
	return start, end
}

// span is the set of places where an end of a date may lie: from lo to hi,
// each bound included unless marked open.
type span struct {
	lo, hi         point
	loOpen, hiOpen bool
}

// ranges returns where the start and the end of d may lie. Every date covers
// some time, so an unknown start lies strictly before the end, and an unknown
// end strictly after the start; neither lies at infinity, where open ends are.
func (d Date) ranges() (start, end span) {
	lo := point{sec: d.loSec, nsec: d.loNsec}
	hi := point{sec: d.hiSec, nsec: d.hiNsec}
	ninf, pinf := point{inf: -1}, point{inf: 1}
	switch {
	case d.flags&fOpenStart != 0:
		start = span{lo: ninf, hi: ninf}
	case d.flags&fUnknownStart != 0:
		start = span{lo: ninf, hi: hi, loOpen: true, hiOpen: true}
	default:
		start = span{lo: lo, hi: lo}
	}
	switch {
	case d.flags&fOpenEnd != 0:
		end = span{lo: pinf, hi: pinf}
	case d.flags&fUnknownEnd != 0:
		end = span{lo: lo, hi: pinf, loOpen: true, hiOpen: true}
	default:
		end = span{lo: hi, hi: hi}
	}
	return start, end
}

const (
	neg  = 1
	zero = 2
	pos  = 4
)

// signs returns the set of signs that x-y may take.
func signs(x, y span) uint8 {
	var m uint8
	if cmpPoint(x.lo, y.hi) < 0 {
		m |= neg
	}
	if cmpPoint(x.hi, y.lo) > 0 {
		m |= pos
	}
	// Zero when the spans share a point.
	lo, loOpen := x.lo, x.loOpen
	if c := cmpPoint(y.lo, x.lo); c > 0 || c == 0 && y.loOpen {
		lo, loOpen = y.lo, y.loOpen
	}
	hi, hiOpen := x.hi, x.hiOpen
	if c := cmpPoint(y.hi, x.hi); c < 0 || c == 0 && y.hiOpen {
		hi, hiOpen = y.hi, y.hiOpen
	}
	if c := cmpPoint(lo, hi); c < 0 || c == 0 && !loOpen && !hiOpen {
		m |= zero
	}
	return m
}

func has(m uint8, s int) bool { return m&(1<<(s+1)) != 0 }
