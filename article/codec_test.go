package article_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"golang.org/x/text/language"

	"github.com/newsmodel/newsmodel/article"
	"github.com/newsmodel/newsmodel/entity"
	"github.com/newsmodel/newsmodel/news"
	"github.com/newsmodel/newsmodel/quote"
)

var update = flag.Bool("update", false, "rewrite golden files")

// cmpOpts compares language tags by value; everything else has exported
// fields or an Equal method.
var cmpOpts = cmp.Options{cmp.Comparer(func(a, b language.Tag) bool { return a == b })}

// goldenFiles lists the article documents kept as golden files across the
// module; each must survive decode→encode byte for byte.
func goldenFiles(t *testing.T) []string {
	t.Helper()
	var files []string
	for _, pattern := range []string{"testdata/*.json", "../examples/*/testdata/*.json"} {
		m, err := filepath.Glob(pattern)
		if err != nil {
			t.Fatal(err)
		}
		for _, f := range m {
			b, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			// Only article documents: other golden files (timelines,
			// outputs of examples) have no schemaVersion.
			if bytes.Contains(b, []byte(`"schemaVersion"`)) && bytes.HasPrefix(b, []byte("{")) {
				files = append(files, f)
			}
		}
	}
	if len(files) == 0 {
		t.Fatal("no golden article documents found")
	}
	return files
}

func TestRoundTripGolden(t *testing.T) {
	for _, f := range goldenFiles(t) {
		t.Run(filepath.ToSlash(f), func(t *testing.T) {
			in, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			a, err := article.Decode(bytes.NewReader(in))
			if err != nil {
				t.Fatalf("Decode: %v", err)
			}
			var out bytes.Buffer
			if err := article.Encode(&out, a); err != nil {
				t.Fatalf("Encode: %v", err)
			}
			if diff := cmp.Diff(string(in), out.String()); diff != "" {
				t.Errorf("decode→encode is not byte-identical (-file +encoded):\n%s", diff)
			}
			b, err := article.Decode(&out)
			if err != nil {
				t.Fatalf("Decode of the encoding: %v", err)
			}
			if diff := cmp.Diff(a, b, cmpOpts); diff != "" {
				t.Errorf("decode→encode→decode differs (-first +second):\n%s", diff)
			}
		})
	}
}

func TestDecodeFull(t *testing.T) {
	a, err := article.Decode(strings.NewReader(readFile(t, "testdata/full.json")))
	if err != nil {
		t.Fatal(err)
	}
	if got, want := a.Language, language.MustParse("en-GB"); got != want {
		t.Errorf("Language = %v, want %v", got, want)
	}
	if got := a.Published.String(); got != "2025-03-23T14:05:00-04:00" {
		t.Errorf("Published = %q", got)
	}
	if got := string(a.Extensions["acme:priority"]); got != `{"level":2,"ratio":1.50,"tags":["bridge",null,true]}` {
		t.Errorf("extension kept as %s, want the compact original with 1.50 intact", got)
	}
	if got := a.Entities[0].Mentions[0].Text; got != "Mayor Lina Øst" {
		t.Errorf("mention text = %q", got)
	}
}

func readFile(t *testing.T, name string) string {
	t.Helper()
	b, err := os.ReadFile(name)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// doc returns a minimal valid document with the given members added inside
// its top-level object.
func doc(members string) string {
	s := `{"schemaVersion":"1","id":"x","headline":"h"`
	if members != "" {
		s += "," + members
	}
	return s + "}"
}

func TestDecodeErrors(t *testing.T) {
	tests := []struct {
		name    string
		in      string
		pointer string
		rule    string
	}{
		{"unknown top-level key", doc(`"titel":"t"`), "/titel", "unknown-key"},
		{"unknown key in entity", doc(`"entities":[{"id":"a","kind":"person","name":"A","nickname":"B"}]`), "/entities/0/nickname", "unknown-key"},
		{"unknown key in mention", doc(`"entities":[{"id":"a","kind":"person","name":"A","mentions":[{"start":0,"end":1,"length":1}]}]`), "/entities/0/mentions/0/length", "unknown-key"},
		{"unknown key in event when", doc(`"events":[{"id":"e","summary":"s","when":{"value":"2024","date":"2024"}}]`), "/events/0/when/date", "unknown-key"},
		{"unknown key in quote cue", doc(`"quotes":[{"id":"q","kind":"direct","text":"t","cue":{"text":"said","verb":"say"}}]`), "/quotes/0/cue/verb", "unknown-key"},
		{"duplicate top-level key", `{"schemaVersion":"1","id":"x","id":"y","headline":"h"}`, "/id", "duplicate-key"},
		{"duplicate key in entity", doc(`"entities":[{"id":"a","kind":"person","name":"A","name":"B"}]`), "/entities/0/name", "duplicate-key"},
		{"duplicate external id", doc(`"entities":[{"id":"a","kind":"person","name":"A","externalIds":{"wikidata":"Q1","wikidata":"Q2"}}]`), "/entities/0/externalIds/wikidata", "duplicate-key"},
		{"duplicate extension", doc(`"extensions":{"acme:a":1,"acme:a":2}`), "/extensions/acme:a", "duplicate-key"},
		{"duplicate key inside extension value", doc(`"extensions":{"acme:a":{"k":1,"k":2}}`), "/extensions/acme:a/k", "duplicate-key"},
		{"headline is a number", `{"schemaVersion":"1","id":"x","headline":5}`, "/headline", "type"},
		{"body is an array", doc(`"body":["a"]`), "/body", "type"},
		{"entities is an object", doc(`"entities":{}`), "/entities", "type"},
		{"span start is a string", doc(`"sections":[{"heading":"h","span":{"start":"0","end":1}}]`), "/sections/0/span/start", "type"},
		{"span end is a fraction", doc(`"sections":[{"heading":"h","span":{"start":0,"end":1.5}}]`), "/sections/0/span/end", "type"},
		{"span end overflows", doc(`"sections":[{"heading":"h","span":{"start":0,"end":99999999999999999999}}]`), "/sections/0/span/end", "value"},
		{"null headline", `{"schemaVersion":"1","id":"x","headline":null}`, "/headline", "type"},
		{"null in aliases", doc(`"entities":[{"id":"a","kind":"person","name":"A","aliases":[null]}]`), "/entities/0/aliases/0", "type"},
		{"bad published date", doc(`"published":"2025-02-30"`), "/published", "value"},
		{"bad role date", doc(`"entities":[{"id":"a","kind":"person","name":"A","roles":[{"title":"t","when":"yesterday"}]}]`), "/entities/0/roles/0/when", "value"},
		{"bad language tag", doc(`"language":"english!"`), "/language", "value"},
		{"unknown entity kind", doc(`"entities":[{"id":"a","kind":"animal","name":"A"}]`), "/entities/0/kind", "value"},
		{"unknown quote kind", doc(`"quotes":[{"id":"q","kind":"shouted","text":"t"}]`), "/quotes/0/kind", "value"},
		{"unknown event relation", doc(`"events":[{"id":"e","summary":"s","relations":[{"type":"precedes","event":"f"}]}]`), "/events/0/relations/0/type", "value"},
		{"unknown resolution", doc(`"events":[{"id":"e","summary":"s","when":{"value":"2024","resolution":"guess"}}]`), "/events/0/when/resolution", "value"},
		{"second document", doc("") + doc(""), "", "trailing-data"},
		{"trailing garbage", doc("") + " x", "", "trailing-data"},
		{"truncated", `{"schemaVersion":"1","id":"x","headline":"h`, "/headline", "syntax"},
		{"truncated after comma", `{"schemaVersion":"1",`, "", "syntax"},
		{"empty input", ``, "", "syntax"},
		{"not an object", `[]`, "", "type"},
		{"invalid UTF-8", doc("\"body\":\"caf\xe9\""), "/body", "value"},
		{"lone surrogate", doc(`"body":"\ud800x"`), "/body", "value"},
		{"raw control character", doc("\"body\":\"a\tb\""), "/body", "syntax"},
		{"bad escape", doc(`"body":"\x41"`), "/body", "syntax"},
		{"single quotes", `{'id':'x'}`, "", "syntax"},
		{"trailing comma", `{"schemaVersion":"1","id":"x","headline":"h",}`, "", "syntax"},
		{"missing colon", `{"schemaVersion" "1"}`, "", "syntax"},
		{"bad extension number", doc(`"extensions":{"acme:a":01}`), "/extensions/acme:a", "syntax"},
		{"null extension", doc(`"extensions":{"acme:a":null}`), "/extensions/acme:a", "type"},
		{"missing schemaVersion", `{"id":"x","headline":"h"}`, "/schemaVersion", "required"},
		{"missing headline", `{"schemaVersion":"1","id":"x"}`, "/headline", "required"},
		{"entity without kind", doc(`"entities":[{"id":"e","name":"E"}]`), "/entities/0/kind", "required"},
		{"empty entity", doc(`"entities":[{}]`), "/entities/0/id", "required"},
		{"span without end", doc(`"sections":[{"heading":"h","span":{"start":0}}]`), "/sections/0/span/end", "required"},
		{"unknown schemaVersion", `{"schemaVersion":"2","id":"x","headline":"h"}`, "/schemaVersion", "schema-version"},
		{"unknown status", doc(`"status":"killed"`), "/status", "value"},
		{"date-time without offset", doc(`"embargoedUntil":"2025-03-23T14:05:00"`), "/embargoedUntil", "value"},
		{"date-time as a date", doc(`"firstCreated":"2025-03-23"`), "/firstCreated", "value"},
		{"urgency as a fraction", doc(`"urgency":1.5`), "/urgency", "type"},
		{"rendition without url", doc(`"media":[{"kind":"image","renditions":[{"name":"r"}]}]`), "/media/0/renditions/0/url", "required"},
		{"unknown key in rights", doc(`"rights":{"owner":"x"}`), "/rights/owner", "unknown-key"},
		{"duplicate article external id", doc(`"externalIds":{"ntb":"1","ntb":"2"}`), "/externalIds/ntb", "duplicate-key"},
		{"subject code is a number", doc(`"subjects":[{"scheme":"medtop","code":11000000}]`), "/subjects/0/code", "type"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := article.Decode(strings.NewReader(tt.in))
			var de *article.DecodeError
			if !errors.As(err, &de) {
				t.Fatalf("Decode(%q) error = %v, want a *DecodeError", tt.in, err)
			}
			got := struct{ Pointer, Rule string }{de.Pointer, de.Rule}
			want := struct{ Pointer, Rule string }{tt.pointer, tt.rule}
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("Decode(%q): %v\n(-want +got):\n%s", tt.in, err, diff)
			}
			if de.Line < 1 || de.Column < 1 || de.Offset < 0 || de.Offset > len(tt.in) {
				t.Errorf("position out of range: %+v", de)
			}
			if !strings.HasPrefix(err.Error(), "article: ") {
				t.Errorf("message %q does not start with the package name", err)
			}
		})
	}
}

func TestDecodeErrorPosition(t *testing.T) {
	in := "{\n  \"schemaVersion\": \"1\",\n  \"id\": \"x\",\n  \"headline\": \"Øh\",\n  \"bogus\": 1\n}\n"
	_, err := article.Decode(strings.NewReader(in))
	var de *article.DecodeError
	if !errors.As(err, &de) {
		t.Fatalf("error = %v", err)
	}
	if de.Line != 5 || de.Column != 3 {
		t.Errorf("position = %d:%d, want 5:3", de.Line, de.Column)
	}
	if want := `article: 5:3: /bogus: unknown member "bogus"`; !strings.HasPrefix(de.Error(), want) {
		t.Errorf("Error() = %q, want prefix %q", de.Error(), want)
	}
}

func TestDecodeDepthLimit(t *testing.T) {
	deep := strings.Repeat("[", 100000) + strings.Repeat("]", 100000)
	_, err := article.Decode(strings.NewReader(doc(`"extensions":{"acme:deep":` + deep + `}`)))
	var de *article.DecodeError
	if !errors.As(err, &de) || de.Rule != "limit" {
		t.Fatalf("error = %v, want a limit error", err)
	}
}

func TestEncodeDeterministic(t *testing.T) {
	a, err := article.Decode(strings.NewReader(readFile(t, "testdata/full.json")))
	if err != nil {
		t.Fatal(err)
	}
	first, err := article.Marshal(a)
	if err != nil {
		t.Fatal(err)
	}
	for range 20 {
		again, err := article.Marshal(a)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(first, again) {
			t.Fatal("Marshal output differs between calls")
		}
	}
	if !bytes.HasSuffix(first, []byte("}\n")) || bytes.Contains(first, []byte(`\u003c`)) {
		t.Errorf("want a trailing newline and no HTML escaping")
	}
}

func TestUpdateGoldenFlag(t *testing.T) {
	if !*update {
		t.Skip("run with -update to rewrite testdata/*.json from their own decoding")
	}
	for _, f := range []string{"testdata/full.json", "testdata/minimal.json"} {
		a, err := article.Decode(strings.NewReader(readFile(t, f)))
		if err != nil {
			t.Fatal(err)
		}
		b, err := article.Marshal(a)
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(f, b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

func TestEncodeErrors(t *testing.T) {
	tests := []struct {
		name    string
		edit    func(a *article.Article)
		pointer string
	}{
		{"invalid UTF-8", func(a *article.Article) {
			a.Quotes = []quote.Quote{{ID: "q", Kind: quote.Direct, Text: "caf\xe9"}}
		}, "/quotes/0/text"},
		{"empty entity kind", func(a *article.Article) {
			a.Entities = []entity.Entity{{ID: "e", Name: "E"}}
		}, "/entities/0/kind"},
		{"NaN confidence", func(a *article.Article) {
			a.Entities = []entity.Entity{{ID: "e", Kind: entity.Person, Name: "E", Confidence: math.NaN()}}
		}, "/entities/0/confidence"},
		{"unknown quote kind", func(a *article.Article) {
			a.Quotes = []quote.Quote{{ID: "q", Kind: "shouted", Text: "t"}}
		}, "/quotes/0/kind"},
		{"unknown event relation", func(a *article.Article) {
			a.Events = []news.Event{{ID: "e", Summary: "s", Relations: []news.Relation{{Type: "precedes", Event: "f"}}}}
		}, "/events/0/relations/0/type"},
		{"nil extension", func(a *article.Article) {
			a.Extensions = map[string]json.RawMessage{"acme:b": []byte("1"), "acme:a": nil}
		}, "/extensions/acme:a"},
		{"null extension", func(a *article.Article) {
			a.Extensions = map[string]json.RawMessage{"acme:a": []byte("null")}
		}, "/extensions/acme:a"},
		{"invalid extension JSON", func(a *article.Article) {
			a.Extensions = map[string]json.RawMessage{"acme:a": []byte(`{"k":1,"k":2}`)}
		}, "/extensions/acme:a"},
		{"invalid UTF-8 in extension", func(a *article.Article) {
			a.Extensions = map[string]json.RawMessage{"acme:a": []byte("\"\xff\"")}
		}, "/extensions/acme:a"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := article.New("x", "h")
			tt.edit(a)
			_, err := article.Marshal(a)
			var ee *article.EncodeError
			if !errors.As(err, &ee) {
				t.Fatalf("Marshal error = %v, want an *EncodeError", err)
			}
			if ee.Pointer != tt.pointer {
				t.Errorf("Marshal error = %v, want pointer %s", err, tt.pointer)
			}
		})
	}
	if _, err := article.Marshal(nil); err == nil {
		t.Error("Marshal(nil) succeeded")
	}
}

func TestDecodeEmptyCollectionsAreNil(t *testing.T) {
	a, err := article.Unmarshal([]byte(doc(`"bylines":[],"extensions":{},"entities":[{"id":"e","kind":"person","name":"E","aliases":[],"externalIds":{}}]`)))
	if err != nil {
		t.Fatal(err)
	}
	if a.Bylines != nil || a.Extensions != nil || a.Entities[0].Aliases != nil || a.Entities[0].ExternalIDs != nil {
		t.Errorf("empty arrays and objects should decode as nil: %+v", a)
	}
}

func TestDecodeErrorUnwrapsDateError(t *testing.T) {
	_, err := article.Unmarshal([]byte(doc(`"published":"2025-13"`)))
	var de *news.DateError
	if !errors.As(err, &de) {
		t.Fatalf("error %v does not unwrap to a *news.DateError", err)
	}
	if de.Offset != 5 {
		t.Errorf("DateError.Offset = %d, want 5", de.Offset)
	}
}

func TestEncodeUnresolvedWhen(t *testing.T) {
	a := article.New("x", "h")
	a.Events = []news.Event{{ID: "e", Summary: "s", When: news.When{Text: "some day"}}}
	b, err := article.Marshal(a)
	if err != nil {
		t.Fatal(err)
	}
	back, err := article.Unmarshal(b)
	if err != nil {
		t.Fatalf("an unresolved date does not read back: %v\n%s", err, b)
	}
	if diff := cmp.Diff(a, back, cmpOpts); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}
