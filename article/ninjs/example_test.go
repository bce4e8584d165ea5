package ninjs_test

import (
	"fmt"

	"github.com/newsmodel/newsmodel/article"
	"github.com/newsmodel/newsmodel/article/ninjs"
)

// Import reads a ninjs 3 text item into the article's typed fields; the
// empty usageTerms, which the fields cannot hold, is kept in the article's
// extensions so that exporting gives it back.
func ExampleImport() {
	doc := []byte(`{
  "uri": "urn:example:2025:bridge",
  "type": "text",
  "versionCreated": "2025-03-23T14:05:00+01:00",
  "pubStatus": "usable",
  "headlines": [{"role": "main", "value": "Harbour bridge reopens"}],
  "bodies": [{"contentType": "text/plain", "value": "The bridge reopened on Sunday."}],
  "subjects": [{"uri": "http://cv.iptc.org/newscodes/mediatopic/11000000", "name": "politics"}],
  "places": [{"name": "Port City"}],
  "usageTerms": ""
}`)
	a, losses, err := ninjs.Import(doc)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(a.ID, a.Status, a.VersionCreated.Format("2006-01-02 15:04 -07:00"))
	fmt.Println(a.Headline, "|", a.Body)
	fmt.Println(a.Subjects[0].Scheme, a.Subjects[0].Code, a.Subjects[0].Name)
	fmt.Println(a.Entities[0].ID, a.Entities[0].Kind)
	fmt.Println(string(a.Extensions["ninjs:usageTerms"]), len(losses))
	// Output:
	// urn:example:2025:bridge usable 2025-03-23 14:05 +01:00
	// Harbour bridge reopens | The bridge reopened on Sunday.
	// medtop 11000000 politics
	// port-city place
	// "" 0
}

// Export writes an article as ninjs of the version asked for; what ninjs
// has no member for comes back as losses pointing into the article.
func ExampleExport() {
	a := article.New("bridge-reopens", "Harbour bridge reopens")
	a.Body = "The bridge reopened on Sunday."
	a.Keywords = []string{"bridges"}
	doc, losses, err := ninjs.Export(a, ninjs.V2)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Print(string(doc))
	for _, l := range losses {
		fmt.Println(l)
	}
	// Output:
	// {
	//   "uri": "urn:newsmodel:article:bridge-reopens",
	//   "type": "text",
	//   "bodies": [
	//     {
	//       "contenttype": "text/plain",
	//       "value": "The bridge reopened on Sunday."
	//     }
	//   ],
	//   "headlines": [
	//     {
	//       "role": "main",
	//       "value": "Harbour bridge reopens"
	//     }
	//   ],
	//   "standard": {
	//     "name": "ninjs",
	//     "version": "2.2",
	//     "schema": "http://www.iptc.org/std/ninjs/ninjs-schema_2.2.json"
	//   }
	// }
	// /keywords: ninjs has no keywords
}

// Detect tells the major version from how the members are spelled and
// shaped.
func ExampleDetect() {
	for _, doc := range []string{
		`{"uri": "urn:x", "headline": "H", "body_text": "B"}`,
		`{"uri": "urn:x", "versioncreated": "2025-03-23T14:05:00Z"}`,
		`{"uri": "urn:x", "versionCreated": "2025-03-23T14:05:00Z"}`,
	} {
		v, _ := ninjs.Detect([]byte(doc))
		fmt.Println(v)
	}
	// Output:
	// ninjs 1
	// ninjs 2
	// ninjs 3
}

// A member an article keeps as it was goes back out as it was, as long as
// the article's fields still agree with it.
func ExampleExport_roundTrip() {
	doc := []byte(`{"uri": "urn:x", "type": "picture", "headlines": [{"value": "Boats"}], "renditions": [{"name": "web", "href": "https://example.org/boats.jpg"}]}`)
	a, _, _ := ninjs.Import(doc)
	out, losses, _ := ninjs.Export(a, ninjs.V3)
	fmt.Print(string(out))
	fmt.Println(len(losses))
	// Output:
	// {
	//   "uri": "urn:x",
	//   "type": "picture",
	//   "headlines": [
	//     {
	//       "value": "Boats"
	//     }
	//   ],
	//   "renditions": [
	//     {
	//       "name": "web",
	//       "href": "https://example.org/boats.jpg"
	//     }
	//   ]
	// }
	// 0
}

// Version names the official schema an export validates against.
func ExampleVersion_SchemaURI() {
	fmt.Println(ninjs.V3.SchemaURI())
	// Output:
	// http://www.iptc.org/std/ninjs/ninjs-schema_3.2.json
}
