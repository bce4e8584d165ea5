package article_test

import (
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"golang.org/x/text/language"

	"github.com/newsmodel/newsmodel/article"
	"github.com/newsmodel/newsmodel/entity"
	"github.com/newsmodel/newsmodel/news"
	"github.com/newsmodel/newsmodel/quote"
)

func TestPrune(t *testing.T) {
	a := article.New("a", "A")
	a.Published = news.MustParseDate("2025-03-23")
	a.Body = "Putin met Witkoff."
	a.Entities = []entity.Entity{
		{ID: "putin", Kind: entity.Person, Name: "Putin", Mentions: []news.Span{
			{Start: 0, End: 5, Text: "Putin"},
			{Start: 6, End: 9, Text: "Putin"}, // wrong text: the mention goes
			{Start: 40, End: 45},              // outside the body: goes
		}},
		{ID: "witkoff", Kind: entity.Person, Name: ""}, // no name: the entity goes
	}
	a.Quotes = []quote.Quote{
		{ID: "q1", Kind: quote.Direct, Text: "x", Speaker: "witkoff", Audience: []string{"putin", "nobody"}},
	}
	a.Events = []news.Event{
		{ID: "e1", Summary: "Met", Participants: []news.Participant{{Entity: "putin"}, {Entity: "ghost"}},
			Relations: []news.Relation{{Type: news.Before, Event: "e9"}}},
		{ID: "e2", Summary: ""}, // no summary: the event goes
	}
	removed := a.Prune()
	if len(removed) == 0 {
		t.Fatal("Prune removed nothing")
	}
	if ps := a.Check(); len(ps) != 0 {
		t.Fatalf("after Prune, Check: %v", ps)
	}
	want := article.New("a", "A")
	want.Published = a.Published
	want.Body = a.Body
	want.Entities = []entity.Entity{{ID: "putin", Kind: entity.Person, Name: "Putin", Mentions: []news.Span{{Start: 0, End: 5, Text: "Putin"}}}}
	want.Quotes = []quote.Quote{{ID: "q1", Kind: quote.Direct, Text: "x", Audience: []string{"putin"}}}
	want.Events = []news.Event{{ID: "e1", Summary: "Met", Participants: []news.Participant{{Entity: "putin"}}}}
	if diff := cmp.Diff(want, a, cmpopts.EquateComparable(language.Tag{}, news.Date{}), cmpopts.EquateEmpty()); diff != "" {
		t.Errorf("(-want +got)\n%s", diff)
	}
}

func TestPruneCannotFix(t *testing.T) {
	a := article.New("a", "")
	if removed := a.Prune(); len(removed) == 0 || len(a.Check()) == 0 {
		t.Errorf("an article without a headline: Prune %v, Check %v; want the problem reported and left", removed, a.Check())
	}
}
