package entity_test

import (
	"fmt"
	"strings"

	"github.com/newsmodel/newsmodel/entity"
)

// Find turns a registry and a text into the entities the text mentions,
// each with its mentions and with the roles its titles give: "President"
// comes from "Russian President Vladimir Putin", and "Witkoff’s" is a
// mention of Steve Witkoff without the possessive.
func ExampleRegistry_Find() {
	r, err := entity.NewRegistry([]entity.Entity{
		{ID: "vladimir-putin", Kind: entity.Person, Name: "Vladimir Putin"},
		{ID: "steve-witkoff", Kind: entity.Person, Name: "Steve Witkoff"},
		{ID: "kremlin", Kind: entity.Organization, Name: "Kremlin"},
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	text := "Russian President Vladimir Putin received special envoy Steve Witkoff " +
		"at the Kremlin. Witkoff’s visit lasted hours, Putin’s aide said."
	for _, e := range r.Find(text) {
		fmt.Println(e.ID, e.Roles)
		for _, m := range e.Mentions {
			fmt.Printf("  [%d,%d) %q\n", m.Start, m.End, m.Text)
		}
	}
	// Output:
	// vladimir-putin [{President 0  }]
	//   [18,32) "Vladimir Putin"
	//   [116,121) "Putin"
	// steve-witkoff [{Special Envoy 0  }]
	//   [56,69) "Steve Witkoff"
	//   [86,93) "Witkoff"
	// kremlin []
	//   [77,84) "Kremlin"
}

// Match reports every mention with the form of the name it used. A
// surname matches only once the person was named in full, or after a
// title; so the first "Trump" here is not a mention, and the last one goes
// to Donald Trump, mentioned more often than Mary Trump. Case, width and
// diacritics do not matter.
func ExampleRegistry_Match() {
	r, err := entity.NewRegistry([]entity.Entity{
		{ID: "donald-trump", Kind: entity.Person, Name: "Donald Trump"},
		{ID: "mary-trump", Kind: entity.Person, Name: "Mary Trump"},
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	text := "Trump spoke. DONALD TRUMP, his niece Mary Trump and President Trump; Trump left."
	for _, m := range r.Match(text) {
		fmt.Println(strings.TrimSpace(fmt.Sprintf("%-12s %-7s %q %s", m.Entity, m.Form, m.Span.Text, m.Title)))
	}
	// Output:
	// donald-trump name    "DONALD TRUMP"
	// mary-trump   name    "Mary Trump"
	// donald-trump surname "Trump" President
	// donald-trump surname "Trump"
}

// ReadRegistry reads the registry's JSON file. A fault names its place in
// the file: here the JSON pointer, line and column of a name that is only
// one letter.
func ExampleReadRegistry() {
	file := `{
  "entities": [
    {"id": "reuters", "kind": "organization", "name": "Reuters"},
    {"id": "x-corp", "kind": "organization", "name": "X Corp.", "aliases": ["Twitter"]}
  ]
}`
	r, err := entity.ReadRegistry(strings.NewReader(file))
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, m := range r.Match("Twitter told Reuters' reporter, X Corp. said.") {
		fmt.Println(m.Entity, m.Span.Text)
	}

	_, err = entity.ReadRegistry(strings.NewReader(`{"entities": [{"id": "x", "kind": "organization", "name": "X", "extra": 1}]}`))
	fmt.Println(err)
	_, err = entity.ReadRegistry(strings.NewReader(`{"entities": [{"id": "x", "kind": "organization", "name": "X"}]}`))
	fmt.Println(err)
	// Output:
	// x-corp Twitter
	// reuters Reuters
	// x-corp X Corp.
	// entity: registry: 1:64: /entities/0/extra: unknown member "extra"; allowed here: id, kind, name, aliases, description, roles, externalIds
	// entity: registry: /entities/0/name: "X" is one letter, which would match every lone letter; give a longer form
}

// Two entities may share a name. Where nothing in the text decides which
// one it stands for, the match is ambiguous: it has no Entity, lists the
// candidates, and Find leaves it out.
func ExampleNewRegistry() {
	r, err := entity.NewRegistry([]entity.Entity{
		{ID: "john-smith-banker", Kind: entity.Person, Name: "John Smith"},
		{ID: "john-smith-striker", Kind: entity.Person, Name: "John Smith"},
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, m := range r.Match("John Smith scored.") {
		fmt.Printf("%q %q %v\n", m.Span.Text, m.Entity, m.Candidates)
	}
	fmt.Println(len(r.Find("John Smith scored.")))

	_, err = entity.NewRegistry([]entity.Entity{{ID: "acme", Kind: entity.Organization, Name: "Acme", Aliases: []string{" "}}})
	fmt.Println(err)
	// Output:
	// "John Smith" "" [john-smith-banker john-smith-striker]
	// 0
	// entity: registry: /entities/0/aliases/0: empty name
}
