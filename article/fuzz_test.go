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
	for _, name := range []string{"testdata/full.json", "testdata/minimal.json"} {
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
