package article_test

import (
	"bytes"
	"os"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/newsmodel/newsmodel/article"
)

// FuzzDecode checks that Decode never panics and that whatever it accepts
// encodes, decodes to an equal Article and re-encodes to the same bytes.
func FuzzDecode(f *testing.F) {
	for _, name := range []string{"testdata/full.json", "testdata/minimal.json", "../schema/testdata/valid/newsroom.json"} {
		b, err := os.ReadFile(name)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
	f.Add([]byte(doc(`"extensions":{"acme:a":[1,{"b":"\u00e9\ud83d\ude00"}]}`)))
	f.Add([]byte(doc(`"events":[{"id":"e","summary":"s","when":{"value":"../2025-03-23"}}]`)))
	f.Add([]byte(doc(`"language":"sr-Latn-RS","published":"2024-07~"`)))
	f.Add([]byte(`{"schemaVersion":"1","id":"x","id":"y"}`))
	f.Add([]byte(doc(`"bylines":[],"extensions":{},"entities":[{"id":"e","kind":"person","name":"E","aliases":[]}]`)))
	f.Add([]byte(doc(`"status":"canceled","embargoedUntil":"2025-03-23T12:00:00.123456789-04:00","expires":"2025-03-23T16:00:00+00:00"`)))
	f.Add([]byte(doc(`"subjects":[{"scheme":"medtop","code":"11000000","relevance":0}],"externalIds":{"cms":"1"},"urgency":9`)))
	f.Fuzz(func(t *testing.T, in []byte) {
		a, err := article.Unmarshal(in)
		if err != nil {
			return
		}
		first, err := article.Marshal(a)
		if err != nil {
			t.Fatalf("Marshal of a decoded article: %v", err)
		}
		b, err := article.Unmarshal(first)
		if err != nil {
			t.Fatalf("encoding does not decode: %v\n%s", err, first)
		}
		if diff := cmp.Diff(a, b, cmpOpts); diff != "" {
			t.Fatalf("decode→encode→decode differs (-first +second):\n%s", diff)
		}
		second, err := article.Marshal(b)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(first, second) {
			t.Fatalf("re-encoding differs:\n%s\n%s", first, second)
		}
	})
}

// FuzzSplitConceptURI checks that SplitConceptURI never panics and that its
// scheme and code put back together give the URI it was handed.
func FuzzSplitConceptURI(f *testing.F) {
	for _, uri := range []string{
		"http://cv.iptc.org/newscodes/mediatopic/11000000",
		"http://tt.se/spec/subref/1.0/16000000",
		"urn:example:topics#bridges",
		"http://cv.iptc.org/newscodes/genre/",
		"no-separator",
		"",
	} {
		f.Add(uri)
	}
	f.Fuzz(func(t *testing.T, uri string) {
		scheme, code := article.SplitConceptURI(uri)
		prefix := scheme
		if s, ok := article.LookupScheme(scheme); ok && s.Name == scheme {
			prefix = s.URI
		}
		if prefix+code != uri {
			t.Fatalf("SplitConceptURI(%q) = %q, %q, which do not make it up again", uri, scheme, code)
		}
	})
}
