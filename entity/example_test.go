package entity_test

import (
	"encoding/json"
	"fmt"

	"github.com/newsmodel/newsmodel/entity"
	"github.com/newsmodel/newsmodel/news"
)

func ExampleEntity() {
	body := "Russian President Vladimir Putin met the envoy. President Putin smiled."
	putin := entity.Entity{
		ID:      "vladimir-putin",
		Kind:    entity.Person,
		Name:    "Vladimir Putin",
		Aliases: []string{"President Putin"},
		Roles: []entity.Role{{
			Title: "President", Of: "russia", When: news.MustParseDate("2012-05-07/.."),
		}},
		ExternalIDs: map[string]string{"wikidata": "Q7747"},
		Relations:   []entity.Relation{{Type: entity.LeaderOf, Entity: "russia"}},
		Mentions: []news.Span{
			news.MustSpanOf(body, "Vladimir Putin", 1),
			news.MustSpanOf(body, "President Putin", 1),
		},
	}
	b, err := json.Marshal(putin)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(string(b))
	// Output:
	// {"id":"vladimir-putin","kind":"person","name":"Vladimir Putin","aliases":["President Putin"],"roles":[{"title":"President","of":"russia","when":"2012-05-07/.."}],"externalIds":{"wikidata":"Q7747"},"relations":[{"type":"leader-of","entity":"russia"}],"mentions":[{"start":18,"end":32,"text":"Vladimir Putin"},{"start":48,"end":63,"text":"President Putin"}]}
}

func ExampleKind_UnmarshalText() {
	var k entity.Kind
	fmt.Println(k.UnmarshalText([]byte("organization")), k)
	fmt.Println(k.UnmarshalText([]byte("company")))
	// Output:
	// <nil> organization
	// entity: unknown kind "company"; want one of: person, organization, place, event, work, product, other
}
