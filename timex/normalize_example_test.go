package timex_test

import (
	"errors"
	"fmt"
	"time"

	"github.com/newsmodel/newsmodel/news"
	"github.com/newsmodel/newsmodel/timex"
)

func ExampleNormalize() {
	published := time.Date(2025, 3, 23, 0, 0, 0, 0, time.UTC)
	for _, s := range []string{"last July", "two days ago", "Sun, 23 Mar 2025 14:05:00 EDT", "Q1 2025", "since 2014", "a 30-day"} {
		r, err := timex.Normalize(s, published)
		if err != nil {
			fmt.Println(s, "→", err)
			continue
		}
		if r.IsDuration() {
			fmt.Printf("%s → %s (duration)\n", s, r.Duration)
			continue
		}
		fmt.Printf("%s → %s %s %s %s\n", s, r.Date, r.Date.TIMEX3(), r.Date.Precision(), r.Resolution)
	}
	// Output:
	// last July → 2024-07 2024-07 month past
	// two days ago → 2025-03-21 2025-03-21 day past
	// Sun, 23 Mar 2025 14:05:00 EDT → 2025-03-23T14:05:00-04:00 2025-03-23T14:05:00 second explicit
	// Q1 2025 → 2025-33 2025-Q1 quarter explicit
	// since 2014 → 2014/.. 2014/ year explicit
	// a 30-day → timex: normalizing "a 30-day": offset 0 ("a"): not a date expression
}

func ExampleNormalize_ambiguous() {
	published := time.Date(2025, 3, 23, 0, 0, 0, 0, time.UTC)
	r, _ := timex.Normalize("3/4/2025", published)
	fmt.Println(r.Date, r.Alternatives)
	r, _ = timex.Normalize("Monday", published)
	fmt.Println(r.Date, r.Resolution, r.Alternatives)
	// Output:
	// 2025-03-04 [2025-04-03]
	// 2025-03-17 past [2025-03-24]
}

func ExampleNewNormalizer() {
	n := timex.NewNormalizer(
		timex.WithDirection(news.Future),
		timex.WithDayFirst(true),
	)
	published := time.Date(2025, 3, 23, 0, 0, 0, 0, time.UTC)
	for _, s := range []string{"Monday", "3/4/2025", "Christmas"} {
		r, _ := n.Normalize(s, published)
		fmt.Println(s, r.Date, r.Resolution)
	}
	// Output:
	// Monday 2025-03-24 future
	// 3/4/2025 2025-04-03 explicit
	// Christmas 2025-12-25 future
}

func ExampleNormalizer_Normalize() {
	n := timex.NewNormalizer(timex.WithLocation(time.FixedZone("EST", -5*3600)))
	r, err := n.Normalize("March 3, 2025 at 10:15 a.m.", time.Date(2025, 3, 23, 0, 0, 0, 0, time.UTC))
	fmt.Println(r.Date, err)
	// Output:
	// 2025-03-03T10:15-05:00 <nil>
}

func ExampleFindDates() {
	text := "Putin prayed for Trump after the attempt last July. The envoy will meet him on Monday; a 30-day halt was agreed."
	for _, f := range timex.FindDates(text, time.Date(2025, 3, 23, 0, 0, 0, 0, time.UTC)) {
		v := f.Date.String()
		if f.IsDuration() {
			v = f.Duration.String()
		}
		fmt.Printf("[%d,%d) %q %s %s\n", f.Span.Start, f.Span.End, f.Span.Text, v, f.Resolution)
	}
	// Output:
	// [41,50) "last July" 2024-07 past
	// [79,85) "Monday" 2025-03-24 future
	// [89,95) "30-day" P30D explicit
}

func ExampleNormalizer_FindDates() {
	n := timex.NewNormalizer()
	for _, f := range n.FindDates("Between 2014 and 2022, in the 1990s and in mid-2024.", time.Date(2025, 3, 23, 0, 0, 0, 0, time.UTC)) {
		fmt.Println(f.Span.Text, "→", f.Date, f.Date.Precision())
	}
	// Output:
	// Between 2014 and 2022 → 2014/2022 year
	// the 1990s → 199X decade
	// mid-2024 → 2024 year
}

func ExampleResult_When() {
	r, _ := timex.Normalize("last July", time.Date(2025, 3, 23, 9, 0, 0, 0, time.UTC))
	w := r.When()
	fmt.Println(w.Value, w.Text, w.Anchor, w.Resolution)
	// Output:
	// 2024-07 last July 2025-03-23 past
}

func ExampleEnglish() {
	en := timex.English()
	en.Holidays = append(en.Holidays, timex.Holiday{Names: []string{"bastille day"}, Month: time.July, Day: 14})
	r, _ := timex.Normalize("Bastille Day 2024", time.Now(), timex.WithLanguage(en))
	fmt.Println(r.Date)
	// Output:
	// 2024-07-14
}

func ExampleNormalizeError() {
	_, err := timex.Normalize("February 30, 2025", time.Date(2025, 3, 23, 0, 0, 0, 0, time.UTC))
	var ne *timex.NormalizeError
	if errors.As(err, &ne) {
		fmt.Println(ne.Offset, errors.Is(err, timex.ErrNoSuchDay))
	}
	fmt.Println(err)
	// Output:
	// 0 true
	// timex: normalizing "February 30, 2025": offset 0 ("February"): no such date, or out of range
}

// A Result gives its TimeML TIMEX3: the value is never an interval, and the
// words "early", "since", "about" and their kind become its mod.
func ExampleResult_TIMEX3() {
	anchor := time.Date(2024, 6, 4, 12, 0, 0, 0, time.UTC)
	for _, s := range []string{"early June", "since 1989", "16:08 UTC", "every Monday", "March 1-10, 2024", "about two years"} {
		r, _ := timex.Normalize(s, anchor)
		x := r.TIMEX3()
		fmt.Printf("%s → %s %s\n", s, x.Type, x)
	}
	// Output:
	// early June → DATE 2024-06;mod=START
	// since 1989 → DATE 1989;mod=ON_OR_AFTER
	// 16:08 UTC → TIME 2024-06-04T16:08Z
	// every Monday → SET XXXX-WXX-1;quant=EVERY
	// March 1-10, 2024 → DURATION P10D;begin=2024-03-01;end=2024-03-10
	// about two years → DURATION P2Y;mod=APPROX
}

// Epoch seconds are read only when asked for: a run of digits is never
// guessed to be a time.
func ExampleWithEpoch() {
	_, err := timex.Normalize("1720105445", time.Time{})
	fmt.Println(err)
	r, _ := timex.Normalize("1720105445", time.Time{}, timex.WithEpoch(true))
	fmt.Println(r.Date)
	// Output:
	// timex: normalizing "1720105445": offset 0 ("1720105445"): digits that may be Unix epoch seconds or milliseconds; read them with WithEpoch
	// 2024-07-04T15:04:05Z
}

// Timestamps as programs and logs print them are read whole, zone kept.
func ExampleNormalize_machine() {
	for _, s := range []string{
		"2024-07-04 15:04:05.123 +0000 UTC",
		"Thu Jul  4 15:04:05 2024",
		"Thu, 04 Jul 2024 15:04:05 +0200 (CEST)",
		"Thu Jul 04 2024 15:04:05 GMT+0200 (Central European Summer Time)",
		"04/Jul/2024:15:04:05 -0700",
	} {
		r, _ := timex.Normalize(s, time.Time{})
		fmt.Println(r.Date)
	}
	// Output:
	// 2024-07-04T15:04:05.123Z
	// 2024-07-04T15:04:05
	// 2024-07-04T15:04:05+02:00
	// 2024-07-04T15:04:05+02:00
	// 2024-07-04T15:04:05-07:00
}

// A date with a length is the interval it spans, with the length kept.
func ExampleNormalize_dateWithLength() {
	r, _ := timex.Normalize("for six weeks from March 2, 2025", time.Time{})
	fmt.Println(r.Date, r.Duration, r.IsDuration())
	// Output:
	// 2025-03-02/2025-04-12 P6W false
}

// Holidays of other calendars are computed from their rules for the years
// 1900 to 2100; "last" and "next" count from the anchor.
func ExampleNormalize_holidays() {
	anchor := time.Date(2025, 3, 23, 0, 0, 0, 0, time.UTC)
	for _, s := range []string{"Eid al-Fitr 2025", "last Diwali", "next Rosh Hashanah", "Chinese New Year 2026", "Diwali 2101"} {
		r, err := timex.Normalize(s, anchor)
		if err != nil {
			fmt.Println(s, "→", errors.Is(err, timex.ErrHolidayYears))
			continue
		}
		fmt.Println(s, "→", r.Date)
	}
	// Output:
	// Eid al-Fitr 2025 → 2025-03-30
	// last Diwali → 2024-10-31
	// next Rosh Hashanah → 2025-09-23
	// Chinese New Year 2026 → 2026-02-17
	// Diwali 2101 → true
}
