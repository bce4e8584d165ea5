package quote_test

import (
	"fmt"

	"github.com/newsmodel/newsmodel/news"
	"github.com/newsmodel/newsmodel/quote"
)

// A speaker who relays what someone else told them gives two quotes: the
// words they said, and the words they report, which the first one Reports.
func ExampleQuote_reports() {
	body := `The envoy told the host: "The president told me he prayed for him."`
	relayed := quote.Quote{
		ID: "q0", Kind: quote.Indirect, Text: "he prayed for him",
		Speaker: "president", Audience: []string{"envoy"},
	}
	said := quote.Quote{
		ID: "q1", Kind: quote.Direct, Text: "The president told me he prayed for him.",
		Speaker: "envoy", Audience: []string{"host"}, Setting: "interview",
		Cue:     quote.Cue{Text: "told", Lemma: "tell"},
		Reports: relayed.ID,
		Span:    news.MustSpanOf(body, "The president told me he prayed for him.", 1),
	}
	fmt.Printf("%s (%s) by %s reports %s by %s\n", said.ID, said.Kind, said.Speaker, said.Reports, relayed.Speaker)
	fmt.Println(said.Span.Start, said.Span.End)
	// Output:
	// q1 (direct) by envoy reports q0 by president
	// 26 66
}

func ExampleKind_UnmarshalText() {
	var k quote.Kind
	fmt.Println(k.UnmarshalText([]byte("partial")), k)
	// Output:
	// <nil> partial
}
