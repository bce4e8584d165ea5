package ninjs_test

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/newsmodel/newsmodel/article"
	"github.com/newsmodel/newsmodel/article/ninjs"
)

// FuzzImport reads arbitrary input: it never panics, and an article it
// reads can be written as ninjs of each version and read back, and written
// as an article document that validates. The seeds are the official
// examples (when shared/ is there), our own documents written as ninjs, and
// the bad-input cases.
func FuzzImport(f *testing.F) {
	for _, s := range []string{
		``, `[]`, `{}`, `{"uri": null}`, `{"uri": "urn:x", "advice": "eat"}`,
		`{"uri": "urn:x", "pubstatus": "canceled", "body_text": "B", "headline": "H"}`,
		`{"uri": "urn:x", "renditions": {"web": {"href": "http://x/a.jpg"}}, "altids": {"a": "b"}}`,
		`{"uri": "urn:x", "headlines": [{"value": "H", "value": "I"}]}`,
	} {
		f.Add([]byte(s))
	}
	if files, _ := filepath.Glob(filepath.Join(refDir, "examples", "3.0", "*.json")); len(files) > 0 {
		for _, p := range files {
			if b, err := os.ReadFile(p); err == nil {
				f.Add(b)
			}
		}
	}
	for _, p := range ourDocs {
		b, err := os.ReadFile(p)
		if err != nil {
			f.Fatal(err)
		}
		a, err := article.Unmarshal(b)
		if err != nil {
			f.Fatal(err)
		}
		for _, v := range []ninjs.Version{ninjs.V1, ninjs.V2, ninjs.V3} {
			out, _, err := ninjs.Export(a, v)
			if err != nil {
				f.Fatal(err)
			}
			f.Add(out)
		}
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		a, _, err := ninjs.Import(data)
		if err != nil {
			return
		}
		for _, v := range []ninjs.Version{ninjs.V1, ninjs.V2, ninjs.V3} {
			out, _, err := ninjs.Export(a, v)
			if err != nil {
				t.Fatalf("Export as %v: %v", v, err)
			}
			if _, _, err := ninjs.Import(out); err != nil {
				t.Fatalf("reading back the export as %v: %v\n%s", v, err, out)
			}
		}
		b, err := article.Marshal(a)
		if err != nil {
			t.Fatalf("the article cannot be written: %v", err)
		}
		if ps := article.Validate(b); len(ps) > 0 {
			t.Fatalf("the article is not valid: %v\n%s", ps, b)
		}
	})
}
