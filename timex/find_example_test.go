package timex_test

import (
	"fmt"
	"time"

	"github.com/newsmodel/newsmodel/timex"
)

// The sentence sets the direction of a date that does not say its year or
// week: a planning verb or an infinitive looks forward, a past tense back,
// and "in six years" after a past tense is a length of time.
func ExampleFindDates_tense() {
	anchor := time.Date(2025, 3, 23, 0, 0, 0, 0, time.UTC) // a Sunday
	text := "Markets to remain closed until Friday. The summit is to be held on October 12. " +
		"Ministers met on Tuesday. Shares fell to the lowest level in six years."
	for _, f := range timex.FindDates(text, anchor) {
		if f.Date.IsZero() {
			fmt.Printf("%q: %s long\n", f.Text, f.Duration)
			continue
		}
		fmt.Printf("%q: %s\n", f.Text, f.Date)
	}
	// Output:
	// "until Friday": ../2025-03-28
	// "October 12": 2025-10-12
	// "Tuesday": 2025-03-18
	// "six years": P6Y long
}
