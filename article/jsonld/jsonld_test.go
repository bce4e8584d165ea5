package jsonld_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/newsmodel/newsmodel/article"
	"github.com/newsmodel/newsmodel/article/convert"
	"github.com/newsmodel/newsmodel/article/jsonld"
)

var update = flag.Bool("update", false, "rewrite the golden files")

func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	if *update {
		if err := os.WriteFile(name, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(name)
	if err != nil {
		t.Fatalf("%v (run go test -update to write it)", err)
	}
	if diff := cmp.Diff(string(want), string(got)); diff != "" {
		t.Errorf("%s (-want +got):\n%s", name, diff)
	}
}

func lossText(ls []convert.Loss) string {
	var b strings.Builder
	for _, l := range ls {
		fmt.Fprintf(&b, "%s %s\n", l.Side, l)
	}
	return b.String()
}

func readArticle(t testing.TB, name string) *article.Article {
	b, err := os.ReadFile(name)
	if err != nil {
		t.Fatal(err)
	}
	a, err := article.Unmarshal(b)
	if err != nil {
		t.Fatal(err)
	}
	return a
}

// leaves flattens a JSON document into its scalar values by pointer.
func leaves(v any, ptr string, out map[string]string) {
	switch x := v.(type) {
	case map[string]any:
		for k, c := range x {
			leaves(c, ptr+convert.Pointer(k), out)
		}
	case []any:
		for i, c := range x {
			leaves(c, ptr+"/"+strconv.Itoa(i), out)
		}
	default:
		b, _ := json.Marshal(x)
		out[ptr] = string(b)
	}
}

func flat(t *testing.T, a *article.Article) map[string]string {
	b, err := article.Marshal(a)
	if err != nil {
		t.Fatal(err)
	}
	var v any
	if err := json.Unmarshal(b, &v); err != nil {
		t.Fatal(err)
	}
	out := map[string]string{}
	leaves(v, "", out)
	return out
}

// TestRoundTrip exports the articles under ../testdata to JSON-LD, imports
// them back, and checks that every value that differs from the original
// lies under a pointer that a Loss of the export names; the export and the
// round trip are golden files.
func TestRoundTrip(t *testing.T) {
	for _, name := range []string{"../testdata/full.json", "../testdata/minimal.json"} {
		t.Run(filepath.Base(name), func(t *testing.T) {
			a := readArticle(t, name)
			out, losses, err := jsonld.Export(a)
			if err != nil {
				t.Fatal(err)
			}
			base := "testdata/" + strings.TrimSuffix(filepath.Base(name), ".json")
			golden(t, base+".jsonld", out)
			golden(t, base+".losses", []byte(lossText(losses)))
			back, back2, err := jsonld.Import(out)
			if err != nil {
				t.Fatalf("Import of the export: %v", err)
			}
			if len(back2) > 0 {
				t.Errorf("Import of the export lost:\n%s", lossText(back2))
			}
			covered := func(p string) bool {
				for _, l := range losses {
					if l.Side == convert.Ours && (p == l.Pointer || strings.HasPrefix(p, l.Pointer+"/")) {
						return true
					}
				}
				return false
			}
			want, got := flat(t, a), flat(t, back)
			var bad []string
			for p, v := range want {
				if got[p] != v && !covered(p) {
					bad = append(bad, fmt.Sprintf("%s: %s became %q", p, v, got[p]))
				}
			}
			for p, v := range got {
				if _, ok := want[p]; !ok && !covered(p) {
					bad = append(bad, fmt.Sprintf("%s: %s added", p, v))
				}
			}
			sort.Strings(bad)
			if len(bad) > 0 {
				t.Errorf("round trip changed values that no Loss names:\n%s", strings.Join(bad, "\n"))
			}
			b, _ := article.Marshal(back)
			if ps := article.Validate(b); ps != nil {
				t.Errorf("the round trip does not validate: %v", ps)
			}
		})
	}
}

// TestImportPages imports the JSON-LD of real-shaped pages: a page with
// Google's recommended NewsArticle, and a @graph of the kind CMS plugins
// write, with references by @id.
func TestImportPages(t *testing.T) {
	files, _ := filepath.Glob("testdata/*.html")
	more, _ := filepath.Glob("testdata/*.json")
	for _, name := range append(files, more...) {
		t.Run(filepath.Base(name), func(t *testing.T) {
			data, err := os.ReadFile(name)
			if err != nil {
				t.Fatal(err)
			}
			blocks := [][]byte{data}
			if strings.HasSuffix(name, ".html") {
				if blocks, err = jsonld.Extract(bytes.NewReader(data)); err != nil {
					t.Fatal(err)
				}
			}
			var out bytes.Buffer
			for i, b := range blocks {
				a, losses, err := jsonld.Import(b)
				fmt.Fprintf(&out, "-- block %d\n", i)
				if err != nil {
					fmt.Fprintf(&out, "error: %v\n", err)
					continue
				}
				enc, _ := article.Marshal(a)
				if ps := article.Validate(enc); ps != nil {
					t.Errorf("block %d does not validate: %v", i, ps)
				}
				out.Write(enc)
				out.WriteString(lossText(losses))
			}
			golden(t, strings.TrimSuffix(name, filepath.Ext(name))+".golden", out.Bytes())
		})
	}
}

// TestImportBad checks that input that cannot be read is an *Error naming
// where, never a panic.
func TestImportBad(t *testing.T) {
	deep := strings.Repeat(`{"@graph":[`, 100_000) + strings.Repeat(`]}`, 100_000)
	tests := []struct {
		name, in, want string
	}{
		{"syntax", "{\n  \"@type\": \"NewsArticle\",\n  \"headline\": }", "jsonld: 3:15: "},
		{"truncated", `{"@type": "NewsArticle"`, "unexpected end of input"},
		{"trailing", `{"@type": "NewsArticle", "headline": "x"} {}`, "after top-level value"},
		{"deep graph", deep, "nesting deeper than 128 levels"},
		{"no article", `{"@context": "https://schema.org", "@type": "WebPage"}`, "no node of type NewsArticle"},
		{"cycle", `{"@context": "https://schema.org", "@graph": [
			{"@type": "NewsArticle", "@id": "#a", "headline": "h", "hasPart": {"@id": "#a"}}]}`, "jsonld: /@graph/0/hasPart: a reference back to the article"},
		{"self author", `{"@type": "NewsArticle", "@id": "#a", "headline": "h", "author": {"@id": "#a"}}`, "reference back to the article"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, _, err := jsonld.Import([]byte(tt.in))
			var je *jsonld.Error
			if !errors.As(err, &je) || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("Import: %v, want a *jsonld.Error with %q", err, tt.want)
			}
		})
	}
}

// TestImportText checks how text values in their several shapes are read.
func TestImportText(t *testing.T) {
	in := `{"@context": "http://schema.org/", "@type": "schema:NewsArticle",
		"headline": {"@value": "Value object", "@language": "en"},
		"author": "Plain Name", "datePublished": "March 23, 2025",
		"image": {"@type": "ImageObject", "url": "https://x.example/a.jpg", "caption": "C"},
		"url": "https://x.example/story"}`
	a, losses, err := jsonld.Import([]byte(in))
	if err != nil {
		t.Fatal(err)
	}
	got := fmt.Sprintf("%s|%s|%s|%s|%s|%v", a.ID, a.Headline, a.Bylines[0].Name, a.Published, a.Media[0].Caption, losses)
	want := "x-example-story|Value object|Plain Name|2025-03-23|C|[]"
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Import (-want +got):\n%s", diff)
	}
}

func TestExtract(t *testing.T) {
	page := `<html><script>var x = "<script type=application/ld+json>";</script>
<script type=application/ld+json>{"a":1}</script>
<script src="x.js" type="text/javascript"></script>
<script data-type="application/ld+json">no</script>
<script type="application/ld+json">[1]`
	got, err := jsonld.Extract(strings.NewReader(page))
	if err != nil {
		t.Fatal(err)
	}
	var s []string
	for _, b := range got {
		s = append(s, string(b))
	}
	if diff := cmp.Diff([]string{`{"a":1}`, "[1]"}, s); diff != "" {
		t.Errorf("Extract (-want +got):\n%s", diff)
	}
}

// TestImportPrunesWhatCheckRefuses: a page whose dates contradict each
// other still gives a valid article, and the value left out is a Loss on
// our side.
func TestImportPrunesWhatCheckRefuses(t *testing.T) {
	doc := `{"@context":"https://schema.org","@type":"NewsArticle","headline":"Bridge reopens",
		"datePublished":"2025-03-23","dateModified":"2025-03-01","articleBody":"The bridge reopened."}`
	a, losses, err := jsonld.Import([]byte(doc))
	if err != nil {
		t.Fatal(err)
	}
	if ps := a.Check(); len(ps) > 0 {
		t.Errorf("Check of the import: %v", ps)
	}
	if !a.Modified.IsZero() {
		t.Errorf("modified %s kept, though it lies before published", a.Modified)
	}
	found := false
	for _, l := range losses {
		if l.Side == convert.Ours && l.Pointer == "/modified" && strings.HasPrefix(l.Reason, "not kept: ") {
			found = true
		}
	}
	if !found {
		t.Errorf("no Loss at /modified: %v", losses)
	}
}
