package news_test

import (
	"testing"
	"time"

	"github.com/newsmodel/newsmodel/news"
)

func TestDateAnchor(t *testing.T) {
	tests := []struct {
		date string
		want string // RFC 3339, or "" for the zero Time
	}{
		{"2025-03-23", "2025-03-23T00:00:00Z"},
		{"2025-03", "2025-03-01T00:00:00Z"},
		{"2025-03-23T14:05", "2025-03-23T14:05:00Z"},
		{"2025-03-23T14:05:00Z", "2025-03-23T14:05:00Z"},
		{"2025-03-23T22:05:00-04:00", "2025-03-23T22:05:00-04:00"},
		{"2025-03-23T22:05-05", "2025-03-23T22:05:00-05:00"},
		{"2025-03-23T01:00+05:30~", "2025-03-23T01:00:00+05:30"},
		{"2024-07/2025-03-23", "2024-07-01T00:00:00Z"},
		{"../2025-03-23", ""},
		{"", ""},
	}
	for _, tt := range tests {
		var d news.Date
		if tt.date != "" {
			d = news.MustParseDate(tt.date)
		}
		got := d.Anchor()
		if tt.want == "" {
			if !got.IsZero() {
				t.Errorf("%q: Anchor() = %v, want the zero Time", tt.date, got)
			}
			continue
		}
		if s := got.Format(time.RFC3339); s != tt.want {
			t.Errorf("%q: Anchor() = %s, want %s", tt.date, s, tt.want)
		}
		// The calendar day of the anchor is the one written.
		if len(tt.date) >= 10 && tt.date[4] == '-' && tt.date[7] == '-' && got.Format("2006-01-02") != tt.date[:10] {
			t.Errorf("%q: Anchor() falls on %s", tt.date, got.Format("2006-01-02"))
		}
	}
}
