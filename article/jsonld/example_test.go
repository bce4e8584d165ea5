package jsonld_test

import (
	"fmt"
	"strings"

	"github.com/newsmodel/newsmodel/article"
	"github.com/newsmodel/newsmodel/article/jsonld"
	"github.com/newsmodel/newsmodel/entity"
	"github.com/newsmodel/newsmodel/news"
)

// Export writes an article as a schema.org NewsArticle; an entity's
// Wikidata ID becomes its sameAs link, and what schema.org cannot hold,
// here the offsets of a mention, comes back as a Loss.
func ExampleExport() {
	a := article.New("bridge", "Mayor Øst opens the bridge")
	a.Published = news.MustParseDate("2025-03-23T14:05:00-04:00")
	a.Body = "Mayor Lina Øst opened the bridge."
	a.Entities = []entity.Entity{{
		ID: "lina-ost", Kind: entity.Person, Name: "Lina Øst", Aliases: []string{"Øst"},
		ExternalIDs: map[string]string{"wikidata": "Q42"},
		Mentions:    []news.Span{news.MustSpanOf(a.Body, "Lina Øst", 1)},
	}}
	out, losses, err := jsonld.Export(a)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Print(string(out))
	for _, l := range losses {
		fmt.Println(l)
	}
	// Output:
	// {
	//   "@context": "https://schema.org",
	//   "@type": "NewsArticle",
	//   "about": [
	//     {
	//       "@id": "_:entity-lina-ost"
	//     }
	//   ],
	//   "articleBody": "Mayor Lina Øst opened the bridge.",
	//   "datePublished": "2025-03-23T14:05:00-04:00",
	//   "headline": "Mayor Øst opens the bridge",
	//   "identifier": "bridge",
	//   "mentions": [
	//     {
	//       "@id": "_:entity-lina-ost",
	//       "@type": "Person",
	//       "alternateName": [
	//         "Øst"
	//       ],
	//       "name": "Lina Øst",
	//       "sameAs": [
	//         "https://www.wikidata.org/wiki/Q42"
	//       ]
	//     }
	//   ]
	// }
	// /entities/0/mentions: mentions not written: schema.org has no text offsets
}

// Extract finds the JSON-LD blocks of a page and Import reads the article
// of one, following references by @id within its @graph.
func ExampleImport() {
	page := `<html><head><script type="application/ld+json">
{"@context": "https://schema.org", "@graph": [
  {"@type": "NewsArticle", "headline": "Council approves harbour plan",
   "url": "https://gazette.example/harbour-plan",
   "datePublished": "2025-03-22T18:30:00+00:00",
   "author": {"@id": "#jane"}, "keywords": "harbour, council"},
  {"@type": "Person", "@id": "#jane", "name": "Jane Doe"}
]}
</script></head></html>`
	blocks, err := jsonld.Extract(strings.NewReader(page))
	if err != nil {
		fmt.Println(err)
		return
	}
	a, losses, err := jsonld.Import(blocks[0])
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(a.ID, a.Published, a.Bylines[0].Name)
	fmt.Println(a.Keywords, len(losses))
	// Output:
	// gazette-example-harbour-plan 2025-03-22T18:30:00+00:00 Jane Doe
	// [harbour council] 0
}
