package article_test

import (
	"fmt"

	"github.com/newsmodel/newsmodel/article"
	"github.com/newsmodel/newsmodel/entity"
	"github.com/newsmodel/newsmodel/news"
)

// FindEvents reads the events of a story from its text: the dated
// assassination attempt, and the undated prayer placed after it by
// "following", with the entities that took part.
func ExampleFindEvents() {
	body := "Putin prayed for Trump following an assassination attempt last July."
	ents := []entity.Entity{
		{ID: "vladimir-putin", Kind: entity.Person, Name: "Vladimir Putin", Aliases: []string{"Putin"}},
		{ID: "donald-trump", Kind: entity.Person, Name: "Donald Trump", Aliases: []string{"Trump"}},
	}
	for i := range ents {
		ents[i].AddMentions(body)
	}
	for _, ev := range article.FindEvents(body, ents, news.MustParseDate("2025-03-23")) {
		fmt.Printf("%s %s %q %v %v\n", ev.ID, ev.When.Value, ev.Summary, ev.Participants, ev.Relations)
	}
	// Output:
	// ev1 ../2025-03-23 "Putin prayed for Trump" [{vladimir-putin agent} {donald-trump }] [{after ev2}]
	// ev2 2024-07 "Assassination attempt last July" [] []
}
