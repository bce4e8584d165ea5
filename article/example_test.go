package article_test

import (
	"errors"
	"fmt"
	"os"
	"strings"

	"golang.org/x/text/language"

	"github.com/newsmodel/newsmodel/article"
	"github.com/newsmodel/newsmodel/entity"
	"github.com/newsmodel/newsmodel/news"
	"github.com/newsmodel/newsmodel/quote"
)

func ExampleEncode() {
	a := article.New("bridge", "Bridge reopens")
	a.Language = language.English
	a.Published = news.MustParseDate("2025-03-23")
	a.Body = "The mayor said: “It is a great day.”"
	a.Entities = []entity.Entity{{
		ID: "mayor", Kind: entity.Person, Name: "The mayor", Unnamed: true,
		Mentions: []news.Span{news.MustSpanOf(a.Body, "The mayor", 1)},
	}}
	a.Quotes = []quote.Quote{{
		ID: "q1", Kind: quote.Direct, Text: "It is a great day.", Speaker: "mayor",
		Cue:  quote.Cue{Text: "said", Lemma: "say"},
		Span: news.MustSpanOf(a.Body, "It is a great day.", 1),
	}}
	if err := article.Encode(os.Stdout, a); err != nil {
		fmt.Println(err)
	}
	// Output:
	// {
	//   "schemaVersion": "1",
	//   "id": "bridge",
	//   "language": "en",
	//   "headline": "Bridge reopens",
	//   "published": "2025-03-23",
	//   "body": "The mayor said: “It is a great day.”",
	//   "entities": [
	//     {
	//       "id": "mayor",
	//       "kind": "person",
	//       "name": "The mayor",
	//       "unnamed": true,
	//       "mentions": [
	//         {
	//           "start": 0,
	//           "end": 9,
	//           "text": "The mayor"
	//         }
	//       ]
	//     }
	//   ],
	//   "quotes": [
	//     {
	//       "id": "q1",
	//       "kind": "direct",
	//       "text": "It is a great day.",
	//       "speaker": "mayor",
	//       "cue": {
	//         "text": "said",
	//         "lemma": "say"
	//       },
	//       "span": {
	//         "start": 17,
	//         "end": 35,
	//         "text": "It is a great day."
	//       }
	//     }
	//   ]
	// }
}

func ExampleDecode() {
	const doc = `{
  "schemaVersion": "1",
  "id": "bridge",
  "headline": "Bridge reopens",
  "published": "2025-03-23",
  "events": [{"id": "ev1", "summary": "The bridge reopens",
    "when": {"value": "2025-03-23", "text": "on Sunday", "anchor": "2025-03-23"}}]
}`
	a, err := article.Decode(strings.NewReader(doc))
	if err != nil {
		fmt.Println(err)
		return
	}
	ev := a.Events[0]
	fmt.Println(a.Headline)
	fmt.Println(ev.Summary, "—", ev.When.Text, "→", ev.When.Value, ev.When.Value.Precision())
	// Output:
	// Bridge reopens
	// The bridge reopens — on Sunday → 2025-03-23 day
}

func ExampleDecodeError() {
	const doc = `{
  "schemaVersion": "1",
  "id": "bridge",
  "headline": "Bridge reopens",
  "entities": [{"id": "mayor", "kind": "person", "name": "Lina", "nmae": "Lina Øst"}]
}`
	_, err := article.Decode(strings.NewReader(doc))
	var de *article.DecodeError
	if errors.As(err, &de) {
		fmt.Println(de.Pointer)
		fmt.Println(de.Rule)
		fmt.Printf("line %d, column %d\n", de.Line, de.Column)
	}
	// Output:
	// /entities/0/nmae
	// unknown-key
	// line 5, column 66
}

func ExampleArticle_Span() {
	a := article.New("x", "Headline")
	a.Body = "Putin met Trump. Later Putin left."
	s, err := a.Span("Putin", 2)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(s.Start, s.End, s.Text)
	// Output:
	// 23 28 Putin
}
