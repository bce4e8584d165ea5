package timex

import (
	"strconv"
	"strings"
	"time"

	"github.com/newsmodel/newsmodel/internal/calendar"
	"github.com/newsmodel/newsmodel/news"
)

// TIMEX3Type is the type attribute of a TimeML TIMEX3 element.
type TIMEX3Type string

// The TIMEX3 types (TimeML 1.2.1 annotation guidelines, section 2.2).
const (
	TypeDate     TIMEX3Type = "DATE"     // a calendar date or a coarser period: 2024-06-04, 2024-06, 2024-Q3
	TypeTime     TIMEX3Type = "TIME"     // a time of day: 2024-06-04T16:08Z
	TypeDuration TIMEX3Type = "DURATION" // a length of time, or a closed interval by its ends: P3D
	TypeSet      TIMEX3Type = "SET"      // a recurring time: XXXX-WXX-1, "every Monday"
)

// TIMEX3 is a date expression as a TimeML TIMEX3 element gives it: a type, a
// value that is never an interval, and the modifier that the words add.
// [Result.TIMEX3] builds it.
//
// "since 1989" is DATE 1989 with Mod ON_OR_AFTER (its EDTF is 1989/..);
// "before 2020" DATE 2020 with Mod BEFORE (EDTF ../2019); "early June" DATE
// 2024-06 with Mod START; "16:08 UTC" TIME 2024-06-04T16:08Z (the zone is
// kept when the text gives one); "three days" DURATION P3D; "every Monday"
// SET XXXX-WXX-1 with Quant EVERY. A closed interval ("March 1-10") has no
// single value: it is a DURATION (P10D) whose Begin and End are the values of
// its ends, which TimeML writes as TIMEX3 elements of their own and names in
// beginPoint and endPoint.
type TIMEX3 struct {
	// Type is DATE, TIME, DURATION or SET.
	Type TIMEX3Type
	// Value is the TIMEX3 value: an ISO 8601 date, time or duration, with
	// TimeML's tokens (2024-Q3, 2024-SU, XXXX-WXX-1).
	Value string
	// Mod is the TimeML modifier, empty for none.
	Mod news.Mod
	// Quant and Freq are those of a SET: "every Monday" has Quant EVERY,
	// "twice a week" Freq 2X.
	Quant string
	Freq  string
	// Begin and End are the values of the ends of a closed interval,
	// empty otherwise.
	Begin, End string
}

// IsZero reports whether t is the zero TIMEX3, which no expression gives.
func (t TIMEX3) IsZero() bool { return t == TIMEX3{} }

// String returns the value and then each attribute that is set, joined by
// ";": "2024-06", "2024-06;mod=START", "XXXX-WXX-1;quant=EVERY",
// "P10D;begin=2025-03-01;end=2025-03-10".
func (t TIMEX3) String() string {
	if t.Mod == "" && t.Quant == "" && t.Freq == "" && t.Begin == "" && t.End == "" {
		return t.Value
	}
	var b strings.Builder
	b.WriteString(t.Value)
	for _, a := range [...]struct{ k, v string }{{"mod", string(t.Mod)}, {"quant", t.Quant}, {"freq", t.Freq}, {"begin", t.Begin}, {"end", t.End}} {
		if a.v != "" {
			b.WriteString(";" + a.k + "=" + a.v)
		}
	}
	return b.String()
}

// TIMEX3 returns r as a TimeML TIMEX3: see [TIMEX3] for the forms. The
// result of a failed Normalize (the zero Result) gives the zero TIMEX3.
func (r Result) TIMEX3() TIMEX3 {
	switch {
	case r.Set != "":
		return TIMEX3{Type: TypeSet, Value: r.Set, Quant: "EVERY", Mod: r.Mod}
	case r.IsDuration():
		return TIMEX3{Type: TypeDuration, Value: r.Duration.String(), Mod: r.Mod}
	case r.Date.IsZero():
		return TIMEX3{}
	}
	d := r.Date
	if !d.IsInterval() {
		return TIMEX3{Type: typeOf(d), Value: timexValue(d), Mod: r.Mod}
	}
	from, to, _ := d.Endpoints()
	// An open interval is its known end with the modifier that says which
	// side of it is meant.
	switch r.Mod {
	case news.ModOnOrAfter:
		if !from.IsZero() {
			return TIMEX3{Type: typeOf(from), Value: timexValue(from), Mod: r.Mod}
		}
	case news.ModOnOrBefore:
		if !to.IsZero() {
			return TIMEX3{Type: typeOf(to), Value: timexValue(to), Mod: r.Mod}
		}
	case news.ModBefore:
		// "before 2020" is ../2019: the value is the unit after the end.
		if e, ok := to.End(); ok && !to.IsZero() {
			x := of(e, to.Precision())
			return TIMEX3{Type: typeOf(x), Value: timexValue(x), Mod: r.Mod}
		}
	case news.ModAfter:
		if s, ok := from.Start(); ok && !from.IsZero() {
			x := of(s.Add(-time.Nanosecond), from.Precision())
			return TIMEX3{Type: typeOf(x), Value: timexValue(x), Mod: r.Mod}
		}
	}
	switch {
	case from.IsZero() && !to.IsZero():
		return TIMEX3{Type: typeOf(to), Value: timexValue(to), Mod: news.ModOnOrBefore}
	case to.IsZero() && !from.IsZero():
		return TIMEX3{Type: typeOf(from), Value: timexValue(from), Mod: news.ModOnOrAfter}
	case from.IsZero():
		return TIMEX3{}
	}
	v := length(from, to)
	if !r.Duration.IsZero() {
		v = r.Duration.String()
	}
	return TIMEX3{Type: TypeDuration, Value: v, Mod: r.Mod, Begin: timexValue(from), End: timexValue(to)}
}

// typeOf is TIME for a date with a time of day, DATE otherwise.
func typeOf(d news.Date) TIMEX3Type {
	if d.Precision() >= news.PrecisionHour {
		return TypeTime
	}
	return TypeDate
}

// timexValue is d's TIMEX3 value, with the zone the text gave: "Z" or an
// offset after a time of day.
func timexValue(d news.Date) string {
	v := d.TIMEX3()
	if d.Precision() < news.PrecisionHour {
		return v
	}
	s := d.String()
	switch s[len(s)-1] {
	case '?', '~', '%':
		s = s[:len(s)-1]
	}
	if len(s) > 11 {
		if i := strings.IndexAny(s[11:], "Z+-"); i >= 0 {
			return v + s[11+i:]
		}
	}
	return v
}

// length is the ISO 8601 duration from the start of from to the end of to
// (to its start, for times of day), in the unit of their precision when they share one ("P10D" for March
// 1-10, "P3Y" for 2020-2022), or an unspecified count of that unit
// ("PXD") when the count is not a whole number of units.
func length(from, to news.Date) string {
	s, ok1 := from.Start()
	e, ok2 := to.End()
	prec := to.Precision()
	if prec >= news.PrecisionHour {
		// Times of day are instants: "the past 24 hours" runs from one
		// to the other, PT24H.
		e, ok2 = to.Start()
	}
	if !ok1 || !ok2 || from.Precision() != prec {
		return "PX"
	}
	var n int64
	unit := ""
	switch prec {
	case news.PrecisionYear:
		n, unit = int64(e.Year()-s.Year()), "Y"
	case news.PrecisionMonth:
		n, unit = int64((e.Year()-s.Year())*12+int(e.Month())-int(s.Month())), "M"
	case news.PrecisionWeek:
		n, unit = int64(e.Sub(s)/(7*24*time.Hour)), "W"
	case news.PrecisionDay:
		n, unit = calendar.FloorDiv(e.Unix()-s.Unix()+43200, 86400), "D"
	case news.PrecisionHour:
		n, unit = int64(e.Sub(s)/time.Hour), "TH"
	case news.PrecisionMinute:
		n, unit = int64(e.Sub(s)/time.Minute), "TM"
	case news.PrecisionSecond:
		n, unit = int64(e.Sub(s)/time.Second), "TS"
	default:
		return "PX"
	}
	if n <= 0 {
		return "PX"
	}
	if unit[0] == 'T' {
		return "PT" + strconv.FormatInt(n, 10) + unit[1:]
	}
	return "P" + strconv.FormatInt(n, 10) + unit
}
