package news_test

import (
	"fmt"

	"github.com/newsmodel/newsmodel/news"
)

// A relation between two events is checked against their dates: an event
// said to come before one whose date ends earlier cannot hold, while a
// coarse date that merely overlaps leaves room for it.
func ExampleRelationType_Allows() {
	rally := news.MustParseDate("2024-07-13")
	convention := news.MustParseDate("2024-07-15/2024-07-18")
	july := news.MustParseDate("2024-07")
	fmt.Println(news.Before.Allows(rally.Allen(convention)))
	fmt.Println(news.After.Allows(rally.Allen(convention)))
	fmt.Println(news.Before.Allows(july.Allen(convention)))
	fmt.Println(news.During.Allows(rally.Allen(convention)))
	// Output:
	// true
	// false
	// true
	// false
}
