package news_test

import (
	"fmt"
	"testing"

	"github.com/newsmodel/newsmodel/news"
)

func TestIntervalFrom(t *testing.T) {
	tests := []struct {
		start, length, want string // want "" for an error
	}{
		{"2025-03-02", "P6W", "2025-03-02/2025-04-12"},
		{"2025-03-02", "P1D", "2025-03-02"},
		{"2025-03-02", "P2D", "2025-03-02/2025-03-03"},
		{"2025-03", "P3M", "2025-03/2025-05"},
		{"2025", "P10D", "2025-01-01/2025-01-10"},
		{"2025", "P2Y", "2025/2026"},
		{"2024-02-29", "P1Y", "2024-02-29/2025-02-28"},
		{"2025-33", "P6M", "2025-01/2025-06"},
		{"2025-03-23T14:00-04:00", "PT2H", "2025-03-23T14:00-04:00/2025-03-23T15:59-04:00"},
		{"2025-03-23T14-04:00", "PT2H", "2025-03-23T14-04:00/2025-03-23T15-04:00"},
		{"9999-12", "P1M", "9999-12"},
		{"2025-03-23", "PT36H", "2025-03-23T00Z/2025-03-24T11Z"},
		{"2025-03-23", "", ""},
		{"2025-03/2025-04", "P1M", ""},
		{"../2025", "P1M", ""},
		{"9999-12", "P2M", ""},
	}
	for _, tt := range tests {
		var length news.Duration
		if tt.length != "" {
			length = news.MustParseDuration(tt.length)
		}
		got, err := news.IntervalFrom(news.MustParseDate(tt.start), length)
		switch {
		case tt.want == "" && err == nil:
			t.Errorf("IntervalFrom(%s, %s) = %s, want an error", tt.start, tt.length, got)
		case tt.want != "" && err != nil:
			t.Errorf("IntervalFrom(%s, %s): %v", tt.start, tt.length, err)
		case got.String() != tt.want:
			t.Errorf("IntervalFrom(%s, %s) = %s, want %s", tt.start, tt.length, got, tt.want)
		}
	}
}

// A date and a length make an interval: "for six weeks from March 2".
func ExampleIntervalFrom() {
	d, err := news.IntervalFrom(news.MustParseDate("2025-03-02"), news.MustParseDuration("P6W"))
	fmt.Println(d, err)
	// Output:
	// 2025-03-02/2025-04-12 <nil>
}
