package timex_test

import (
	"runtime"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/newsmodel/newsmodel/timex"
)

// degenerate are texts without an ASCII space or a line break, which
// FindDates once read as one piece: its memory grew with the input.
var degenerate = []struct{ name, unit string }{
	{"dashes", "1-"},
	{"slashes", "1/"},
	{"dots", "1."},
	{"colons", "1:"},
	{"commas", "12, "},
	{"digits", "1234567890"},
	{"cjk", "日本語の文章です"},
	{"nbsp", "word\u00a0"},
	{"thinsp", "word\u2009"},
	{"ideographic", "日本\u3000"},
}

// allocated returns the bytes FindDates allocates on text.
func allocated(n *timex.Normalizer, text string) uint64 {
	var m0, m1 runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&m0)
	found := n.FindDates(text, seedAnchor)
	runtime.ReadMemStats(&m1)
	runtime.KeepAlive(found)
	return m1.TotalAlloc - m0.TotalAlloc
}

// TestFindDatesMemory requires the memory of FindDates to be bounded by a
// constant, whatever the text: four times the input may not cost much more
// than once the input (none of these texts holds a date, so the output is
// empty).
func TestFindDatesMemory(t *testing.T) {
	if testing.Short() {
		t.Skip("reads megabytes of text")
	}
	n := timex.NewNormalizer()
	const small, large = 1 << 20, 4 << 20
	for _, d := range degenerate {
		t.Run(d.name, func(t *testing.T) {
			a := allocated(n, strings.Repeat(d.unit, small/len(d.unit)))
			b := allocated(n, strings.Repeat(d.unit, large/len(d.unit)))
			t.Logf("%d bytes at 1 MiB, %d bytes at 4 MiB", a, b)
			if b > 4<<20 || b > a+small/4 {
				t.Errorf("FindDates allocated %d bytes for 1 MiB and %d bytes for 4 MiB of %q: want at most 4 MiB, not growing with the input", a, b, d.unit)
			}
		})
	}
}

// TestFindDatesAcrossChunks requires dates in text without ASCII spaces to
// be found however long the text is: the cut between two pieces falls on a
// space or punctuation.
func TestFindDatesAcrossChunks(t *testing.T) {
	unit := "on\u00a0March\u00a05,\u00a02024\u00a0the\u00a0market\u00a0fell\u00a0"
	text := strings.Repeat(unit, 2000)
	got := timex.FindDates(text, seedAnchor)
	if len(got) != 2000 {
		for _, f := range got[:5] {
			t.Log(f.Span, f.Date)
		}
		t.Fatalf("found %d dates in 2000 repetitions of %q", len(got), unit)
	}
	for _, f := range got {
		if f.Date.String() != "2024-03-05" {
			t.Fatalf("found %q as %s, want 2024-03-05", f.Text, f.Date)
		}
	}
}

func BenchmarkFindDatesDegenerate(b *testing.B) {
	n := timex.NewNormalizer()
	for _, d := range degenerate {
		text := strings.Repeat(d.unit, (1<<20)/len(d.unit))
		b.Run(d.name, func(b *testing.B) {
			b.SetBytes(int64(len(text)))
			b.ReportAllocs()
			for b.Loop() {
				n.FindDates(text, seedAnchor)
			}
		})
	}
}

// TestFindDatesNumberRuns checks that skipping the inside of runs of small
// numbers ("1-1-1-1") keeps the dates next to them and at their ends.
func TestFindDatesNumberRuns(t *testing.T) {
	text := "Codes 1-2-3-4-5 and 9/8/7/6 aside, the vote is on 3-4-2025 or 7/4/2025, not 1.1.1.1."
	want := []string{"3-4-2025=2025-03-04", "7/4/2025=2025-07-04"}
	got := foundItems(timex.FindDates(text, seedAnchor))
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("FindDates(%q) (-want +got):\n%s", text, diff)
	}
}
