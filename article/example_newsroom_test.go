package article_test

import (
	"fmt"
	"os"
	"time"

	"github.com/newsmodel/newsmodel/article"
)

// A subject of a known scheme is held as a short name and a code; URI gives
// the identifier that ninjs and NewsML-G2 write.
func ExampleSubject_URI() {
	s := article.Subject{Scheme: "medtop", Code: "20000639", Name: "diplomacy"}
	fmt.Println(s.URI())
	// Output: http://cv.iptc.org/newscodes/mediatopic/20000639
}

// SplitConceptURI is the way back, for converters reading ninjs subjects:
// a known vocabulary becomes its short name, any other URI is cut at its
// last slash or hash.
func ExampleSplitConceptURI() {
	fmt.Println(article.SplitConceptURI("http://cv.iptc.org/newscodes/mediatopic/11000000"))
	fmt.Println(article.SplitConceptURI("http://tt.se/spec/subref/1.0/16000000"))
	// Output:
	// medtop 11000000
	// http://tt.se/spec/subref/1.0/ 16000000
}

// Check holds the code of a known scheme to the scheme's shape: Media Topic
// codes are eight digits.
func ExampleArticle_Check_subjects() {
	a := article.New("a", "Envoy meets Putin")
	a.Subjects = []article.Subject{
		{Scheme: "medtop", Code: "11000000", Name: "politics"},
		{Scheme: "medtop", Code: "1100", Name: "politics"},
	}
	for _, p := range a.Check() {
		fmt.Println(p)
	}
	// Output:
	// /subjects/1/code: scheme-code: "1100" is not a code of scheme medtop, whose codes look like "11000000"
}

// A canceled article must say why, and an embargo must lift before the
// article expires; offsets count, so the two instants below are compared in
// UTC.
func ExampleArticle_Check_status() {
	a := article.New("a", "Envoy meets Putin")
	a.Status = article.Canceled
	a.EmbargoedUntil = time.Date(2025, 4, 1, 0, 0, 0, 0, time.UTC)
	a.Expires = time.Date(2025, 3, 31, 23, 0, 0, 0, time.FixedZone("", 2*3600))
	for _, p := range a.Check() {
		fmt.Println(p)
	}
	// Output:
	// /embargoedUntil: embargo-after-expiry: embargoed until 2025-04-01T00:00:00Z, but expires 2025-03-31T23:00:00+02:00: the article would never be usable
	// /statusReason: status-reason: an article of status canceled needs a statusReason saying why
}

// DigitalSource builds the IPTC URI from a code; Generative tells content
// made by generative AI, which many publishers must label.
func ExampleDigitalSourceType_Generative() {
	d := article.DigitalSource("compositeWithTrainedAlgorithmicMedia")
	fmt.Println(d)
	fmt.Println(d.Known(), d.Generative())
	// Output:
	// http://cv.iptc.org/newscodes/digitalsourcetype/compositeWithTrainedAlgorithmicMedia
	// true true
}

// Summary picks the description a teaser list would show.
func ExampleArticle_Summary() {
	a := article.New("a", "Harbour bridge reopens")
	a.Descriptions = []article.Description{
		{Role: "teaser", Text: "A day for the whole city"},
		{Role: "summary", Text: "The harbour bridge reopened after two years of repairs."},
	}
	fmt.Println(a.Summary())
	// Output: The harbour bridge reopened after two years of repairs.
}

// The newsroom members in JSON: rights, status with its instants (RFC 3339
// date-times with an offset, as ninjs has them), and subjects.
func ExampleEncode_newsroom() {
	a := article.New("harbour-bridge", "Harbour bridge reopens")
	a.Status = article.Usable
	a.EmbargoedUntil = time.Date(2025, 3, 23, 12, 0, 0, 0, time.FixedZone("", -4*3600))
	a.Rights = article.Rights{Holder: "Example News", License: "https://creativecommons.org/licenses/by/4.0/"}
	a.Subjects = []article.Subject{{Scheme: "medtop", Code: "20000209", Name: "economic sector"}}
	if err := article.Encode(os.Stdout, a); err != nil {
		fmt.Println(err)
	}
	// Output:
	// {
	//   "schemaVersion": "1",
	//   "id": "harbour-bridge",
	//   "headline": "Harbour bridge reopens",
	//   "status": "usable",
	//   "embargoedUntil": "2025-03-23T12:00:00-04:00",
	//   "rights": {
	//     "holder": "Example News",
	//     "license": "https://creativecommons.org/licenses/by/4.0/"
	//   },
	//   "subjects": [
	//     {
	//       "scheme": "medtop",
	//       "code": "20000209",
	//       "name": "economic sector"
	//     }
	//   ]
	// }
}

// LookupScheme finds a known vocabulary by its short name or by its URI;
// Schemes lists them all.
func ExampleLookupScheme() {
	s, ok := article.LookupScheme("http://cv.iptc.org/newscodes/mediatopic/")
	fmt.Println(s.Name, ok, s.Shape.MatchString("20000639"))
	for _, s := range article.Schemes() {
		fmt.Println(s.Name, s.URI)
	}
	// Output:
	// medtop true true
	// medtop http://cv.iptc.org/newscodes/mediatopic/
	// subj http://cv.iptc.org/newscodes/subjectcode/
	// genre http://cv.iptc.org/newscodes/genre/
	// wikidata http://www.wikidata.org/entity/
}
