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
