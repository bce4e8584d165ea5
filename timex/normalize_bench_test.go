package timex_test

import (
	"os"
	"strings"
	"testing"

	"github.com/newsmodel/newsmodel/timex"
)

// mixed is a mix of absolute and relative expressions as news writes them.
var mixed = []string{
	"last July", "two days ago", "Sun, 23 Mar 2025 14:05:00 EDT", "March 23, 2025",
	"yesterday", "next Monday", "2025-03-23T14:05:00Z", "in 30 days", "Q1 2025",
	"earlier this month", "the 1990s", "March 23, 2025 at 10:15 a.m. ET", "Christmas",
	"since 2014", "23.03.2025", "three weeks ago", "mid-2024", "a year ago", "Monday", "30-day",
}

// absolute is a set of absolute dates.
var absolute = []string{
	"Sun, 23 Mar 2025 14:05:00 EDT", "2025-03-23T14:05:00Z", "March 23, 2025", "23 March 2025",
	"2025-03-23", "23.03.2025", "2025/03/23", "Mon, 02 Jan 2006 15:04:05 MST", "3/23/2025", "Mar. 23, 2025",
}

func BenchmarkNormalize(b *testing.B) {
	n := timex.NewNormalizer()
	b.ReportAllocs()
	for b.Loop() {
		for _, s := range mixed {
			if _, err := n.Normalize(s, seedAnchor); err != nil {
				b.Fatal(err)
			}
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(mixed)), "ns/expr")
}

func BenchmarkNormalizeAbsolute(b *testing.B) {
	n := timex.NewNormalizer()
	b.ReportAllocs()
	for b.Loop() {
		for _, s := range absolute {
			if _, err := n.Normalize(s, seedAnchor); err != nil {
				b.Fatal(err)
			}
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(absolute)), "ns/expr")
}

// article is a long news text: the seed story when available, else a story
// of the same kind written for the tests, repeated to about 1 MB.
func article(b *testing.B) string {
	s, err := os.ReadFile("../../shared/seeds/putin-prayed-for-trump.txt")
	if err != nil {
		if s, err = os.ReadFile("testdata/normalize_article.txt"); err != nil {
			b.Fatal(err)
		}
	}
	para := string(s) + "\n\n"
	return strings.Repeat(para, (1<<20)/len(para)+1)
}

func BenchmarkFindDates(b *testing.B) {
	text := article(b)
	n := timex.NewNormalizer()
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		if len(n.FindDates(text, seedAnchor)) == 0 {
			b.Fatal("nothing found")
		}
	}
}

// machine are timestamps as programs, feeds and logs print them.
var machine = []string{
	"2024-07-04 15:04:05.123 +0000 UTC", "Thu Jul  4 15:04:05 UTC 2024", "Thu Jul 04 15:04:05 -0700 2024",
	"Thu, 04 Jul 2024 15:04:05 +0200 (CEST)", "04/Jul/2024:15:04:05 -0700", "20240704150405",
	"Thu Jul 04 2024 15:04:05 GMT+0200 (Central European Summer Time)", "Thu, 04 Jul 24 15:04:05 GMT",
}

func BenchmarkNormalizeMachine(b *testing.B) {
	n := timex.NewNormalizer()
	b.ReportAllocs()
	for b.Loop() {
		for _, s := range machine {
			if _, err := n.Normalize(s, seedAnchor); err != nil {
				b.Fatal(err)
			}
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(machine)), "ns/expr")
}
