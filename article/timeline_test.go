package article_test

import (
	"fmt"
	"os"
	"testing"

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
