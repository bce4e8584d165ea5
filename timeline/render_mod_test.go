package timeline_test

import (
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/newsmodel/newsmodel/news"
	"github.com/newsmodel/newsmodel/timeline"
)

// TestDisplayDateMod: an event dated "early November" keeps the word in
// the text rendering.
func TestDisplayDateMod(t *testing.T) {
	d := news.MustParseDate
	src := &timeline.Source{Article: "a", Published: d("2024-12-01")}
	var b timeline.Builder
	b.Add(
		timeline.Item{Source: src, Event: news.Event{ID: "e1", Summary: "Talks open",
			When: news.When{Value: d("2024-11"), Text: "early November", Mod: news.ModStart}}},
		timeline.Item{Source: src, Event: news.Event{ID: "e2", Summary: "Talks stall",
			When: news.When{Value: d("2024"), Text: "mid-2024", Mod: news.ModMid}}},
		timeline.Item{Source: src, Event: news.Event{ID: "e3", Summary: "Talks end",
			When: news.When{Value: d("2024-12-03")}}},
	)
	var got []string
	for _, e := range b.Build().Entries {
		got = append(got, e.DisplayDate())
	}
	want := []string{"mid-2024", "early November 2024", "3 December 2024"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("DisplayDate (-want +got):\n%s", diff)
	}
}
