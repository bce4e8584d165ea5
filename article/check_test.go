package article_test

import (
	"fmt"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/newsmodel/newsmodel/article"
	"github.com/newsmodel/newsmodel/entity"
	"github.com/newsmodel/newsmodel/news"
	"github.com/newsmodel/newsmodel/quote"
	"github.com/newsmodel/newsmodel/schema"
)

func ev(id, when string, rels ...news.Relation) news.Event {
	e := news.Event{ID: id, Summary: id, Relations: rels}
	if when != "" {
		e.When.Value = news.MustParseDate(when)
	}
	return e
}

func rel(t news.RelationType, id string) news.Relation {
	return news.Relation{Type: t, Event: id}
}

func TestCheck(t *testing.T) {
	tests := []struct {
		name string
		edit func(a *article.Article)
		want []schema.Problem
	}{
		{"clean", func(a *article.Article) {}, nil},
		{"version", func(a *article.Article) { a.SchemaVersion = "0" }, []schema.Problem{
			{Pointer: "/schemaVersion", Rule: "enum", Message: `"0" is not allowed here; want one of: 1`},
		}},
		// What only the schema said before: Check agrees with Validate on
		// values built in Go.
		{"schema: id pattern", func(a *article.Article) {
			a.Entities = []entity.Entity{{ID: "Not A Slug", Kind: entity.Person, Name: "E"}}
		}, []schema.Problem{
			{Pointer: "/entities/0/id", Rule: "pattern", Message: `"Not A Slug" is not an identifier: lowercase ASCII letters, digits and hyphens, starting with a letter or digit, such as "vladimir-putin"`},
		}},
		{"schema: empty summary", func(a *article.Article) { a.Events = []news.Event{{ID: "e"}} }, []schema.Problem{
			{Pointer: "/events/0/summary", Rule: "minLength", Message: "empty string: this member needs at least one character"},
		}},
		{"encode: unknown quote kind", func(a *article.Article) {
			a.Quotes = []quote.Quote{{ID: "q", Kind: quote.Kind("direct-ish"), Text: "x"}}
		}, []schema.Problem{
			{Pointer: "/quotes/0/kind", Rule: "encode", Message: `quote: unknown kind "direct-ish"; want one of: direct, partial, indirect, mixed`},
		}},
		{"encode: unknown entity kind", func(a *article.Article) {
			a.Entities = []entity.Entity{{ID: "e", Kind: entity.Kind("thing"), Name: "E"}}
		}, []schema.Problem{
			{Pointer: "/entities/0/kind", Rule: "encode", Message: `entity: unknown kind "thing"; want one of: person, organization, place, event, work, product, other`},
		}},
		{"when with a mod", func(a *article.Article) {
			e := ev("e", "2024-11")
			e.When.Mod = news.ModStart
			a.Events = []news.Event{e}
		}, nil},
		{"encode: unknown mod", func(a *article.Article) {
			e := ev("e", "2024-11")
			e.When.Mod = news.Mod("EARLY")
			a.Events = []news.Event{e}
		}, []schema.Problem{
			{Pointer: "/events/0/when/mod", Rule: "encode", Message: `news: unknown mod "EARLY"; want one of: START, MID, END, BEFORE, AFTER, ON_OR_BEFORE, ON_OR_AFTER, APPROX, LESS_THAN, MORE_THAN, EQUAL_OR_LESS, EQUAL_OR_MORE`},
		}},
		{"before and after agree", func(a *article.Article) {
			a.Events = []news.Event{ev("a", "", rel(news.Before, "b")), ev("b", "", rel(news.After, "a"), rel(news.Causes, "c")), ev("c", "")}
		}, nil},
		{"during contradicts before", func(a *article.Article) {
			a.Events = []news.Event{ev("a", "", rel(news.During, "b")), ev("b", "", rel(news.After, "a"))}
		}, []schema.Problem{
			{Pointer: "/events/1/relations/0/type", Rule: "relation-conflict", Message: `"b" after "a" contradicts /events/0/relations/0 ("a" during "b")`},
		}},
		{"causes contradicts after", func(a *article.Article) {
			a.Events = []news.Event{ev("a", "", rel(news.Causes, "b"), rel(news.After, "b")), ev("b", "")}
		}, []schema.Problem{
			{Pointer: "/events/0/relations/1/type", Rule: "relation-conflict", Message: `"a" after "b" contradicts /events/0/relations/0 ("a" causes "b")`},
		}},
		{"circle of four", func(a *article.Article) {
			a.Events = []news.Event{ev("a", "", rel(news.Before, "b")), ev("b", "", rel(news.Before, "c")), ev("c", "", rel(news.Before, "d")), ev("d", "", rel(news.Before, "a"))}
		}, []schema.Problem{
			{Pointer: "/events/0/relations/0/type", Rule: "relation-conflict", Message: `events are before each other in a circle: "a" before "b" before "c" before "d" before "a"`},
		}},
		{"dates allow partial overlap", func(a *article.Article) {
			a.Events = []news.Event{ev("a", "2024-07", rel(news.Before, "b")), ev("b", "2024-07-15")}
		}, nil},
		{"dates rule out during", func(a *article.Article) {
			a.Events = []news.Event{ev("a", "2024-07", rel(news.During, "b")), ev("b", "2024-08")}
		}, []schema.Problem{
			{Pointer: "/events/0/relations/0/type", Rule: "relation-date", Message: `"a" during "b", but its date 2024-07 lies wholly before 2024-08`},
		}},
		{"planned may follow", func(a *article.Article) {
			e := ev("a", "2030")
			e.Kind = news.Planned
			a.Events = []news.Event{e}
		}, nil},
		{"open interval before publication", func(a *article.Article) {
			a.Events = []news.Event{ev("a", "../2025-03-23")}
		}, nil},
		{"modified same day", func(a *article.Article) { a.Modified = news.MustParseDate("2025-03-23T23:00Z") }, nil},
		{"span in a map value and a related title", func(a *article.Article) {
			a.Related = []article.Link{{Rel: "source", Title: "Été"}}
			a.Entities = []entity.Entity{{ID: "x", Kind: entity.Other, Name: "X", ExternalIDs: map[string]string{"wikidata": "Q1"},
				Mentions: []news.Span{{Field: "/related/0/title", Start: 1, End: 2, Text: "t"}, {Field: "/entities/0/externalIds/wikidata", Start: 0, End: 2, Text: "Q1"}}}}
		}, nil},
		{"span fields that are not text", func(a *article.Article) {
			a.Entities = []entity.Entity{{ID: "x", Kind: entity.Other, Name: "X", Mentions: []news.Span{
				{Field: "/language", End: 1}, {Field: "/entities/01/name", End: 1}, {Field: "/entities", End: 1},
			}}}
		}, []schema.Problem{
			{Pointer: "/entities/0/mentions/0/field", Rule: "span-field", Message: `"/language" is not a string member of the document`},
			{Pointer: "/entities/0/mentions/1/field", Rule: "span-field", Message: `"/entities/01/name" is not a string member of the document`},
			{Pointer: "/entities/0/mentions/2/field", Rule: "span-field", Message: `"/entities" is not a string member of the document`},
		}},
		{"quote event and about", func(a *article.Article) {
			a.Quotes = []quote.Quote{{ID: "q", Kind: quote.Direct, Text: "t", Event: "nope", About: []string{"q"}}}
		}, []schema.Problem{
			{Pointer: "/quotes/0/about/0", Rule: "reference-kind", Message: `"q" is a quote, not an entity`},
			{Pointer: "/quotes/0/event", Rule: "reference", Message: `no event has id "nope"`},
		}},
		{"a place cannot speak, be told, or hold a role in a person", func(a *article.Article) {
			a.Entities = []entity.Entity{
				{ID: "butler", Kind: entity.Place, Name: "Butler"},
				{ID: "ann", Kind: entity.Person, Name: "Ann", Roles: []entity.Role{{Title: "Aide", Of: "bob"}}},
				{ID: "bob", Kind: entity.Person, Name: "Bob"},
			}
			a.Quotes = []quote.Quote{{ID: "q", Kind: quote.Direct, Text: "t", Speaker: "butler", Audience: []string{"ann", "butler"}}}
		}, []schema.Problem{
			{Pointer: "/entities/1/roles/0/of", Rule: "reference-kind", Message: `entity "bob" is of kind person; want organization or place or other`},
			{Pointer: "/quotes/0/audience/1", Rule: "reference-kind", Message: `entity "butler" is of kind place; want person or organization or other`},
			{Pointer: "/quotes/0/speaker", Rule: "reference-kind", Message: `entity "butler" is of kind place; want person or organization or other`},
		}},
		{"events are dated against the first publication", func(a *article.Article) {
			a.Modified = news.MustParseDate("2025-06-01")
			a.Events = []news.Event{ev("a", "2025-04-01")}
		}, []schema.Problem{
			{Pointer: "/events/0/when/value", Rule: "after-publication", Message: "event dated 2025-04-01 lies after the article (published 2025-03-23); only planned or hypothetical events may, and this one has no kind"},
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := article.New("a", "A")
			a.Published = news.MustParseDate("2025-03-23")
			a.Body = "Body text."
			tt.edit(a)
			if diff := cmp.Diff(tt.want, a.Check()); diff != "" {
				t.Errorf("(-want +got)\n%s", diff)
			}
		})
	}
}

func ExampleArticle_Check() {
	a := article.New("a", "Envoy says Putin prayed for Trump")
	a.Body = "Putin prayed for Trump."
	a.Entities = []entity.Entity{
		{ID: "putin", Kind: entity.Person, Name: "Vladimir Putin", Mentions: []news.Span{news.MustSpanOf(a.Body, "Putin", 1)}},
		{ID: "putin", Kind: entity.Person, Name: "Putin"},
	}
	a.Quotes = []quote.Quote{{ID: "q1", Kind: quote.Indirect, Text: "He prayed", Speaker: "witkoff"}}
	for _, p := range a.Check() {
		fmt.Println(p)
	}
	// Output:
	// /entities/1/id: duplicate-id: entity id "putin" is already used by entity 0
	// /quotes/0/speaker: reference: no entity has id "witkoff"
}
