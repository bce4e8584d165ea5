package quote_test

import (
	"fmt"

	"github.com/newsmodel/newsmodel/entity"
	"github.com/newsmodel/newsmodel/quote"
)

// Find attributes each quote by the words around it: a cue after the quote
// ("Reyes said"), a pronoun that means the last speaker ("he added"), and
// "according to". A speaker the entities do not hold, such as "a city
// spokeswoman", becomes an unnamed entity of Result.Speakers.
func Example_find() {
	body := "“We lose a main every winter,” Mayor Tom Reyes said. “That is the expensive road,” he added.\n\n" +
		"The repairs will start in July, a city spokeswoman said. The plan is “long overdue”, according to Reyes."
	ents := []entity.Entity{{ID: "tom-reyes", Kind: entity.Person, Name: "Tom Reyes"}}
	res := quote.Find(body, ents)
	for _, q := range res.Quotes {
		fmt.Printf("%s %-8s %-17s %-12q %q\n", q.ID, q.Kind, q.Speaker, q.Cue.Text, q.Text)
	}
	for _, e := range res.Speakers {
		fmt.Printf("new speaker %s: %q, unnamed %v\n", e.ID, e.Name, e.Unnamed)
	}
	// Output:
	// q1 direct   tom-reyes         "said"       "We lose a main every winter,"
	// q2 direct   tom-reyes         "added"      "That is the expensive road,"
	// q3 indirect city-spokeswoman  "said"       "The repairs will start in July"
	// q4 partial  tom-reyes         "according to" "long overdue"
	// new speaker city-spokeswoman: "city spokeswoman", unnamed true
}

// A speaker who tells what someone else told them relays a quote: the
// relayed words become a quote of their own, by the original speaker, with
// the relaying speaker as audience, and the relaying quote Reports it.
func ExampleFind_relay() {
	body := "Witkoff, during an interview with Tucker Carlson, described the visit: " +
		"“Putin told me that he prayed for the president.”"
	ents := []entity.Entity{
		{ID: "steve-witkoff", Kind: entity.Person, Name: "Steve Witkoff", Aliases: []string{"Witkoff"}},
		{ID: "vladimir-putin", Kind: entity.Person, Name: "Vladimir Putin", Aliases: []string{"Putin"}},
		{ID: "tucker-carlson", Kind: entity.Person, Name: "Tucker Carlson"},
	}
	for _, q := range quote.Find(body, ents).Quotes {
		fmt.Printf("%s %s by %s to %v (%s) reports %q: %q\n", q.ID, q.Kind, q.Speaker, q.Audience, q.Setting, q.Reports, q.Text)
	}
	// Output:
	// q1 direct by steve-witkoff to [tucker-carlson] (interview) reports "q2": "Putin told me that he prayed for the president."
	// q2 indirect by vladimir-putin to [steve-witkoff] () reports "": "he prayed for the president"
}

// Interview transcripts name the speaker before each paragraph; every
// labelled paragraph is a direct quote, addressed to the other speaker.
func ExampleFind_interview() {
	body := "Amara Okafor spoke with Dan Whitley.\n\n" +
		"WHITLEY: Why wood?\n\nOKAFOR: Because my grandmother cooked that way.\n\n" +
		"WHITLEY: And gas?\n\nOKAFOR: Too dear."
	ents := []entity.Entity{
		{ID: "amara-okafor", Kind: entity.Person, Name: "Amara Okafor"},
		{ID: "dan-whitley", Kind: entity.Person, Name: "Dan Whitley"},
	}
	for _, q := range quote.Find(body, ents).Quotes {
		fmt.Printf("%s %s to %v: %q\n", q.ID, q.Speaker, q.Audience, q.Text)
	}
	// Output:
	// q1 dan-whitley to [amara-okafor]: "Why wood?"
	// q2 amara-okafor to [dan-whitley]: "Because my grandmother cooked that way."
	// q3 dan-whitley to [amara-okafor]: "And gas?"
	// q4 amara-okafor to [dan-whitley]: "Too dear."
}
