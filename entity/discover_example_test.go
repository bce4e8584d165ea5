package entity_test

import (
	"fmt"

	"github.com/newsmodel/newsmodel/entity"
)

// Discover reads names from plain text with no registry: a title is kept
// out of the mention and becomes a role, a later surname resolves to the
// full name, a demonym is not a mention of its country, and "Butler, Pa."
// is a place in a state.
func Example_discover() {
	text := "Russian President Vladimir Putin prayed for Donald Trump after the attack in Butler, Pa., " +
		"special envoy Steve Witkoff told Tucker Carlson. Witkoff’s meeting with Putin was about Russia and Ukraine."
	for _, e := range entity.Discover(text) {
		fmt.Printf("%-15s %-12s", e.ID, e.Kind)
		for _, m := range e.Mentions {
			fmt.Printf(" %q@%d", m.Text, m.Start)
		}
		for _, r := range e.Roles {
			fmt.Printf(" role=%q", r.Title)
			if r.Of != "" {
				fmt.Printf(" of=%s", r.Of)
			}
		}
		fmt.Println()
	}
	// Output:
	// vladimir-putin  person       "Vladimir Putin"@18 "Putin"@162 role="President" of=russia
	// donald-trump    person       "Donald Trump"@44
	// butler          place        "Butler"@77
	// pennsylvania    place        "Pa."@85
	// steve-witkoff   person       "Steve Witkoff"@104 "Witkoff"@139 role="special envoy"
	// tucker-carlson  person       "Tucker Carlson"@123
	// russia          place        "Russia"@178
	// ukraine         place        "Ukraine"@189
}

// WithKnown adds what the text says about entities the caller already has,
// keeping their IDs; WithHeadline says whom a shared surname means.
func ExampleWithKnown() {
	known := []entity.Entity{{ID: "putin", Kind: entity.Person, Name: "Vladimir Putin"}}
	text := "John Smith met Anna Smith in Moscow. Smith said Putin would call."
	got := entity.Discover(text, entity.WithKnown(known), entity.WithHeadline("Anna Smith meets Putin"))
	for _, e := range got {
		fmt.Printf("%s:", e.ID)
		for _, m := range e.Mentions {
			fmt.Printf(" %s@%d", m.Text, m.Start)
		}
		fmt.Println()
	}
	// Output:
	// putin: Putin@48
	// john-smith: John Smith@0
	// anna-smith: Anna Smith@15 Smith@37
	// moscow: Moscow@29
}
