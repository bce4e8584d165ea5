package newsmodel_test

import (
	"bytes"
	"fmt"

	"github.com/newsmodel/newsmodel/article"
	"github.com/newsmodel/newsmodel/entity"
	"github.com/newsmodel/newsmodel/news"
)

// Build an article in code, write it as JSON, and read it back.
func Example() {
	a := article.New("envoy", "Envoy meets president")
	a.Published = news.MustParseDate("2025-03-23")
	a.Body = "The envoy met the president last July."
	a.Entities = []entity.Entity{{
		ID: "envoy", Kind: entity.Person, Name: "The envoy", Unnamed: true,
		Mentions: []news.Span{news.MustSpanOf(a.Body, "The envoy", 1)},
	}}
	a.Events = []news.Event{{
		ID: "ev1", Summary: "The envoy meets the president", Kind: news.Occurrence,
		When: news.When{
			Value:      news.MustParseDate("2024-07"),
			Text:       "last July",
			Anchor:     a.Published,
			Resolution: news.Past,
		},
		Participants: []news.Participant{{Entity: "envoy", Role: "agent"}},
		Evidence:     []news.Span{news.MustSpanOf(a.Body, "The envoy met the president last July.", 1)},
	}}

	var buf bytes.Buffer
	if err := article.Encode(&buf, a); err != nil {
		fmt.Println(err)
		return
	}
	back, err := article.Decode(&buf)
	if err != nil {
		fmt.Println(err)
		return
	}
	ev := back.Events[0]
	start, _ := ev.When.Value.Start()
	fmt.Printf("%s: %q means %s (%s), starting %s\n",
		ev.Summary, ev.When.Text, ev.When.Value, ev.When.Value.Precision(), start.Format("2 January 2006"))
	// Output:
	// The envoy meets the president: "last July" means 2024-07 (month), starting 1 July 2024
}
