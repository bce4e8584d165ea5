package article_test

import (
	"fmt"
	"os"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/newsmodel/newsmodel/article"
	"github.com/newsmodel/newsmodel/entity"
	"github.com/newsmodel/newsmodel/news"
	"github.com/newsmodel/newsmodel/quote"
	"github.com/newsmodel/newsmodel/timeline"
)

func timelineArticle() *article.Article {
	a := article.New("bridge-reopens", "Harbour bridge reopens")
	a.URL = "https://news.example/bridge"
	a.Published = news.MustParseDate("2025-03-23")
	a.Publisher = article.Publisher{Name: "Example News"}
	a.Entities = []entity.Entity{
		{ID: "lina-ost", Kind: entity.Person, Name: "Lina Øst", ExternalIDs: map[string]string{"wikidata": "Q4115189"}},
		{ID: "port-city", Kind: entity.Place, Name: "Port City"},
		{ID: "repairs", Kind: entity.Event, Name: "Harbour bridge repairs", ExternalIDs: map[string]string{"wikidata": "Q555"}},
	}
	a.Quotes = []quote.Quote{
		{ID: "q1", Kind: quote.Direct, Text: "It is a day for the whole city.", Speaker: "lina-ost", Event: "ev1"},
		{ID: "q2", Kind: quote.Direct, Text: "Unattributed.", Event: "ev1"},
		{ID: "q3", Kind: quote.Direct, Text: "Elsewhere.", Speaker: "lina-ost"},
	}
	a.Events = []news.Event{
		{ID: "ev1", Summary: "The bridge reopens", When: news.When{Value: news.MustParseDate("2025-03-23")},
			Place: "port-city", Participants: []news.Participant{{Entity: "lina-ost", Role: "host"}, {Entity: "ghost"}}},
		{ID: "ev2", Summary: "Repairs begin", Entity: "repairs", When: news.When{Value: news.MustParseDate("2023-21")},
			Relations: []news.Relation{{Type: news.Before, Event: "ev1"}}},
	}
	return a
}

func TestTimelineItems(t *testing.T) {
	got := timelineArticle().TimelineItems()
	src := &timeline.Source{Article: "bridge-reopens", URL: "https://news.example/bridge",
		Published: news.MustParseDate("2025-03-23"), Publisher: "Example News"}
	want := []timeline.Item{
		{
			Source: src, Event: timelineArticle().Events[0],
			Participants: []timeline.Identity{
				{Name: "Lina Øst", Role: "host", ExternalIDs: map[string]string{"wikidata": "Q4115189"}},
				{Name: "ghost"},
				{Name: "Port City", Role: "place"},
			},
			Quotes: []timeline.Quotation{{Text: "It is a day for the whole city.", Speaker: "Lina Øst"}, {Text: "Unattributed."}},
		},
		{Source: src, Event: timelineArticle().Events[1], Key: "wikidata:Q555"},
	}
	if diff := cmp.Diff(want, got, cmp.Comparer(news.Date.Equal)); diff != "" {
		t.Errorf("(-want +got)\n%s", diff)
	}
	var none *article.Article
	if none.TimelineItems() != nil || article.New("x", "y").TimelineItems() != nil {
		t.Errorf("no events should give no items")
	}
}

func ExampleArticle_TimelineItems() {
	var b timeline.Builder
	b.Add(timelineArticle().TimelineItems()...)
	b.Build().WriteText(os.Stdout)
	fmt.Println(timelineArticle().TimelineItems()[0].Participants[0].Name)
	// Output:
	// spring 2023 | Repairs begin | Example News (bridge-reopens)
	// 23 March 2025 | The bridge reopens | Example News (bridge-reopens)
	// Lina Øst
}

// manyEventsAndQuotes returns an article with n events and n quotes, each
// quote said at one event.
func manyEventsAndQuotes(n int) *article.Article {
	a := article.New("many", "Many events")
	a.Events = make([]news.Event, n)
	a.Quotes = make([]quote.Quote, n)
	for i := range n {
		id := fmt.Sprintf("ev%d", i)
		a.Events[i] = news.Event{ID: id, Summary: "Event " + id}
		a.Quotes[i] = quote.Quote{ID: fmt.Sprintf("q%d", i), Kind: quote.Direct, Text: "Said at " + id, Event: id}
	}
	return a
}

// TestTimelineItemsLinear holds TimelineItems to a cost linear in events
// plus quotes: 200,000 of each once took minutes, comparing every quote
// with every event.
func TestTimelineItemsLinear(t *testing.T) {
	a := manyEventsAndQuotes(200_000)
	done := make(chan []timeline.Item, 1)
	go func() { done <- a.TimelineItems() }()
	select {
	case items := <-done:
		for i, it := range items {
			if len(it.Quotes) != 1 || it.Quotes[0].Text != "Said at "+a.Events[i].ID {
				t.Fatalf("item %d: quotes %+v, want the one said at %s", i, it.Quotes, a.Events[i].ID)
			}
		}
	case <-time.After(20 * time.Second):
		t.Fatal("TimelineItems of 200,000 events and quotes took over 20 s")
	}
}

func BenchmarkTimelineItems(b *testing.B) {
	for _, n := range []int{10_000, 100_000} {
		a := manyEventsAndQuotes(n)
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			for b.Loop() {
				a.TimelineItems()
			}
		})
	}
}
