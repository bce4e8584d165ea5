package jsonld_test

import (
	"errors"
	"os"
	"path/filepath"
	"testing"

	"github.com/newsmodel/newsmodel/article"
	"github.com/newsmodel/newsmodel/article/jsonld"
)

// FuzzImport checks that Import never panics, fails only with a
// *jsonld.Error, and returns only Articles that pass article.Validate. The
// seeds are the JSON-LD files under testdata and the bad inputs of the
// tests.
func FuzzImport(f *testing.F) {
	files, _ := filepath.Glob("testdata/*.json*")
	for _, name := range files {
		b, err := os.ReadFile(name)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
	for _, s := range []string{
		`{"@type":"NewsArticle","@id":"#a","headline":"h","hasPart":{"@id":"#a"}}`,
		`[{"@type":"Article","headline":"h","mentions":[{"@id":"x"}]},{"@id":"x","@type":"Place","name":"P","containedInPlace":{"@id":"x"}}]`,
		`{"@type":"NewsArticle","headline":"h","about":{"@type":"Event","name":"e","startDate":"2025","endDate":"2024"}}`,
		`{"@type":"NewsArticle","headline":"","datePublished":"2025-03-23","dateModified":"2025-03-01"}`,
		`{"@type":"NewsArticle","headline":"h","hasPart":[{"@type":"Quotation","@id":"_:quote-a","text":"t","isBasedOn":{"@id":"_:quote-a"}}]}`,
		`{"@graph":[{"@graph":[{"@type":"NewsArticle","name":1}]}]}`,
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, in []byte) {
		a, _, err := jsonld.Import(in)
		if err != nil {
			var je *jsonld.Error
			if !errors.As(err, &je) {
				t.Fatalf("error %v (%T) is not a *jsonld.Error", err, err)
			}
			return
		}
		b, err := article.Marshal(a)
		if err != nil {
			return // text that is not UTF-8 is refused when written
		}
		if ps := article.Validate(b); ps != nil {
			t.Fatalf("imported article does not validate: %v\n%s", ps, b)
		}
	})
}
