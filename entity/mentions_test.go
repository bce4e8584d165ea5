package entity_test

import (
	"fmt"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/newsmodel/newsmodel/entity"
	"github.com/newsmodel/newsmodel/news"
)

func TestAddMentions(t *testing.T) {
	text := "Vladimir Putin spoke. Putin’s aide, not a Putinist, said Putin would go."
	e := entity.Entity{ID: "putin", Kind: entity.Person, Name: "Vladimir Putin", Aliases: []string{"Putin"},
		Mentions: []news.Span{{Start: 22, End: 27, Text: "Putin"}}}
	if n := e.AddMentions(text); n != 2 {
		t.Errorf("added %d, want 2", n)
	}
	want := []news.Span{
		{Start: 0, End: 14, Text: "Vladimir Putin"},
		{Start: 22, End: 27, Text: "Putin"},
		{Start: 57, End: 62, Text: "Putin"},
	}
	if diff := cmp.Diff(want, e.Mentions); diff != "" {
		t.Errorf("Mentions (-want +got)\n%s", diff)
	}
	if n := e.AddMentions(text); n != 0 {
		t.Errorf("second call added %d, want 0", n)
	}
	if n := e.AddMentions(text, "aide"); n != 1 {
		t.Errorf("explicit phrase: added %d, want 1", n)
	}
}

// Mentions are found by phrase, whole words only, longest phrase first.
func ExampleEntity_AddMentions() {
	text := "Steve Witkoff met Putin. Witkoff’s account was brief."
	e := entity.Entity{ID: "steve-witkoff", Kind: entity.Person, Name: "Steve Witkoff", Aliases: []string{"Witkoff"}}
	e.AddMentions(text)
	for _, m := range e.Mentions {
		fmt.Println(m.Start, m.End, m.Text)
	}
	// Output:
	// 0 13 Steve Witkoff
	// 25 32 Witkoff
}
