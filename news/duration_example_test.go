package news_test

import (
	"fmt"

	"github.com/newsmodel/newsmodel/news"
)

// ParseDuration reads an ISO 8601 duration into its calendar units.
func ExampleParseDuration() {
	d, err := news.ParseDuration("P1Y6M")
	fmt.Println(d.Years, d.Months, d, err)
	// Output:
	// 1 6 P1Y6M <nil>
}

// String writes the ISO 8601 form, each unit as the story stated it.
func ExampleDuration_String() {
	fmt.Println(news.Duration{Days: 30}, news.Duration{Weeks: 2}, news.Duration{Hours: 1, Minutes: 30})
	// Output:
	// P30D P2W PT1H30M
}

// MustParseDuration suits durations written in code, where a typo is a bug.
func ExampleMustParseDuration() {
	d := news.MustParseDuration("P2W")
	b, _ := d.MarshalText()
	fmt.Println(d.Weeks, string(b))
	// Output:
	// 2 P2W
}
