package article_test

import (
	"fmt"
	"os"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/newsmodel/newsmodel/article"
	"github.com/newsmodel/newsmodel/schema"
)

const minimal = `{"schemaVersion":"1","id":"a","headline":"A"}`

func TestValidate(t *testing.T) {
	tests := []struct {
		name string
		in   string
		opts []article.Option
		want []schema.Problem
	}{
		{"minimal", minimal, nil, nil},
		{"too big", minimal, []article.Option{article.MaxBytes(10)}, []schema.Problem{
			{Rule: "limit", Message: "document of 45 bytes is larger than the limit of 10 bytes"},
		}},
		{"no size limit", minimal, []article.Option{article.MaxBytes(0)}, nil},
		{"too deep", `{"schemaVersion":"1","id":"a","headline":"A","extensions":{"x:y":[[[1]]]}}`, []article.Option{article.MaxDepth(4)}, []schema.Problem{
			{Pointer: "/extensions/x:y/0/0", Rule: "limit", Message: "nesting deeper than 4 levels"},
		}},
		{"long string", `{"schemaVersion":"1","id":"a","headline":"A very long headline"}`, []article.Option{article.MaxStringLen(15)}, []schema.Problem{
			{Pointer: "/headline", Rule: "limit", Message: "line 1, column 42: string of 20 bytes is longer than the limit of 15"},
		}},
		{"long array", `{"schemaVersion":"1","id":"a","headline":"A","entities":[{"id":"a","kind":"person","name":"A"},{"id":"b","kind":"person","name":"B"}]}`, []article.Option{article.MaxArrayLen(1)}, []schema.Problem{
			{Pointer: "/entities", Rule: "limit", Message: "line 1, column 96: array longer than the limit of 1 elements"},
		}},
		{"duplicate key and schema", `{"schemaVersion":"1","id":"a","headline":"A","headline":""}`, nil, []schema.Problem{
			{Pointer: "/headline", Rule: "duplicate-key", Message: `line 1, column 46: duplicate member "headline"`},
			{Pointer: "/headline", Rule: "minLength", Message: "empty string: this member needs at least one character"},
		}},
		{"unknown key once", `{"schemaVersion":"1","id":"a","headline":"A","x":1}`, nil, []schema.Problem{
			{Pointer: "/x", Rule: "unknown-key", Message: `unknown member "x"; allowed here: bodies, body, bylines, contentCreated, corrections, dateline, descriptions, digitalSourceType, editorNote, embargoedUntil, entities, events, expires, extensions, externalIds, firstCreated, genres, headline, headlines, id, keywords, language, media, modified, published, publisher, quotes, related, rights, schemaVersion, sections, slugline, sources, status, statusReason, subheadline, subjects, title, trustIndicators, urgency, url, version, versionCreated`},
		}},
		{"enum over decode value", `{"schemaVersion":"1","id":"a","headline":"A","entities":[{"id":"a","kind":"human","name":"A"}]}`, nil, []schema.Problem{
			{Pointer: "/entities/0/kind", Rule: "enum", Message: `"human" is not allowed here; want one of: person, organization, place, event, work, product, other`},
		}},
		{"calendar", `{"schemaVersion":"1","id":"a","headline":"A","published":"2023-02-29"}`, nil, []schema.Problem{
			{Pointer: "/published", Rule: "value", Message: `line 1, column 58: news: parsing date "2023-02-29": offset 8: expected day 01–28`},
		}},
		{"schema and semantics together", `{"schemaVersion":"1","id":"a","headline":"A","language":"en_GB","quotes":[{"id":"q","kind":"direct","text":"t","speaker":"nobody"}]}`, nil, []schema.Problem{
			{Pointer: "/language", Rule: "pattern", Message: `"en_GB" is not a BCP 47 language tag such as "en" or "pt-BR"`},
			{Pointer: "/quotes/0/speaker", Rule: "reference", Message: `no entity has id "nobody"`},
		}},
		{"syntax", `{"schemaVersion":"1",`, nil, []schema.Problem{
			{Rule: "syntax", Message: "line 1, column 22: unexpected end of input; expected a member name"},
		}},
		{"not an object", `[]`, nil, []schema.Problem{
			{Rule: "type", Message: "expected an object, found an array"},
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := article.Validate([]byte(tt.in), tt.opts...)
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("(-want +got)\n%s", diff)
			}
		})
	}
}

// TestValidateDeep feeds documents nested 100,000 levels deep: each must be
// refused with one limit problem, quickly, without exhausting the stack.
func TestValidateDeep(t *testing.T) {
	const n = 100_000
	for name, doc := range map[string]string{
		"arrays":  strings.Repeat("[", n) + strings.Repeat("]", n),
		"objects": strings.Repeat(`{"a":`, n) + "1" + strings.Repeat("}", n),
		"inside":  `{"schemaVersion":"1","id":"a","headline":"A","extensions":{"x:y":` + strings.Repeat("[", n) + strings.Repeat("]", n) + "}}",
		"open":    strings.Repeat("[", n),
	} {
		t.Run(name, func(t *testing.T) {
			start := time.Now()
			ps := article.Validate([]byte(doc))
			if took := time.Since(start); took > time.Second {
				t.Errorf("took %v", took)
			}
			if len(ps) != 1 || ps[0].Rule != "limit" {
				t.Errorf("got %v; want one limit problem", ps)
			}
		})
	}
}

func FuzzValidate(f *testing.F) {
	for _, dir := range []string{"../schema/testdata/valid", "../schema/testdata/invalid", "testdata"} {
		files, _ := os.ReadDir(dir)
		for _, e := range files {
			if data, err := os.ReadFile(dir + "/" + e.Name()); err == nil && strings.HasSuffix(e.Name(), ".json") {
				f.Add(data)
			}
		}
	}
	f.Add([]byte(minimal))
	f.Add([]byte(strings.Repeat("[", 200)))
	f.Fuzz(func(t *testing.T, data []byte) {
		a := article.Validate(data)
		b := article.Validate(data)
		if diff := cmp.Diff(a, b); diff != "" {
			t.Errorf("two runs differ (-first +second)\n%s", diff)
		}
		for _, p := range a {
			if p.Rule == "" || p.Message == "" {
				t.Errorf("problem without rule or message: %#v", p)
			}
			if p.Pointer != "" && p.Pointer[0] != '/' {
				t.Errorf("pointer %q does not start with /", p.Pointer)
			}
		}
	})
}

func ExampleValidate() {
	doc := `{
  "schemaVersion": "1", "id": "a", "headline": "Envoy says Putin prayed for Trump",
  "published": "2025-03-23",
  "body": "Steve Witkoff said so.",
  "entities": [{"id": "steve-witkoff", "kind": "person", "name": "Steve Witkoff",
                "mentions": [{"start": 0, "end": 13, "text": "Steve Witkof"}]}],
  "quotes": [{"id": "q1", "kind": "indirect", "text": "Putin prayed", "speaker": "putin"}],
  "events": [{"id": "Ev1", "summary": "The interview", "when": {"value": "2025-03-30"}}]
}`
	for _, p := range article.Validate([]byte(doc)) {
		fmt.Println(p)
	}
	// Output:
	// /entities/0/mentions/0/text: span-text: text "Steve Witkof" differs from "Steve Witkoff", what [0,13) covers in /body
	// /events/0/id: pattern: "Ev1" is not an identifier: lowercase ASCII letters, digits and hyphens, starting with a letter or digit, such as "vladimir-putin"
	// /events/0/when/value: after-publication: event dated 2025-03-30 lies after the article (published 2025-03-23); only planned or hypothetical events may, and this one has no kind
	// /quotes/0/speaker: reference: no entity has id "putin"
}

func ExampleMaxBytes() {
	ps := article.Validate([]byte(minimal), article.MaxBytes(16))
	fmt.Println(ps[0])
	// Output:
	// (document): limit: document of 45 bytes is larger than the limit of 16 bytes
}

func ExampleMaxDepth() {
	ps := article.Validate([]byte(`{"schemaVersion":"1","id":"a","headline":"A","extensions":{"x:y":[[]]}}`), article.MaxDepth(3))
	fmt.Println(ps[0])
	// Output:
	// /extensions/x:y/0: limit: nesting deeper than 3 levels
}

func ExampleMaxStringLen() {
	ps := article.Validate([]byte(minimal), article.MaxStringLen(0), article.MaxArrayLen(0))
	fmt.Println(ps == nil)
	// Output:
	// true
}

func ExampleMaxArrayLen() {
	doc := `{"schemaVersion":"1","id":"a","headline":"A","media":[{"kind":"image"},{"kind":"video"}]}`
	fmt.Println(article.Validate([]byte(doc), article.MaxArrayLen(1))[0].Rule)
	// Output:
	// limit
}

// TestValidateRepetitive feeds a document that repeats one relation and one
// alias 50,000 times: every check must stay linear, so it finishes quickly.
func TestValidateRepetitive(t *testing.T) {
	const n = 50_000
	var b strings.Builder
	b.WriteString(`{"schemaVersion":"1","id":"a","headline":"A","events":[{"id":"a","summary":"s","relations":[`)
	for i := range n {
		if i > 0 {
			b.WriteByte(',')
		}
		b.WriteString([]string{`{"type":"before","event":"b"}`, `{"type":"after","event":"b"}`}[i%2])
	}
	b.WriteString(`]},{"id":"b","summary":"s"}],"entities":[{"id":"x","kind":"person","name":"X","aliases":[`)
	for i := range n {
		if i > 0 {
			b.WriteByte(',')
		}
		fmt.Fprintf(&b, `"a%d"`, i%(n/2))
	}
	b.WriteString(`]}]}`)
	start := time.Now()
	ps := article.Validate([]byte(b.String()), article.MaxProblems(2*n))
	if took := time.Since(start); took > 20*time.Second {
		t.Errorf("took %v", took)
	}
	if len(ps) != n {
		t.Errorf("%d problems; want %d (one for every relation after the first, one for the first repeated alias)", len(ps), n)
	}
	capped := article.Validate([]byte(b.String()))
	if len(capped) != article.DefaultMaxProblems+1 || capped[len(capped)-1].Rule != "limit" {
		t.Errorf("default cap: %d problems, last %+v; want %d and a limit problem", len(capped), capped[len(capped)-1], article.DefaultMaxProblems+1)
	}
}

// TestValidateGoesOnAfterUnknownKey: one unknown member does not hide the
// other problems of the document.
func TestValidateGoesOnAfterUnknownKey(t *testing.T) {
	doc := `{"schemaVersion":"1","id":"a","headline":"H","bogus":1,
 "quotes":[{"id":"q","kind":"direct","text":"t","speaker":"nobody","extra":2}]}`
	var got []string
	for _, p := range article.Validate([]byte(doc)) {
		got = append(got, p.Pointer+" "+p.Rule)
	}
	want := []string{"/bogus unknown-key", "/quotes/0/extra unknown-key", "/quotes/0/speaker reference"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}

// TestValidateBoundedOnManyFaults: a large document whose every element is
// refused stops at the problem limit instead of reaching the schema.
func TestValidateBoundedOnManyFaults(t *testing.T) {
	var b strings.Builder
	b.WriteString(`{"schemaVersion":"1","id":"a","headline":"h","entities":[`)
	for i := range 50_000 {
		if i > 0 {
			b.WriteByte(',')
		}
		b.WriteString(`{"id":"e","kind":"x","name":""}`)
	}
	b.WriteString(`]}`)
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	ps := article.Validate([]byte(b.String()))
	runtime.ReadMemStats(&after)
	if len(ps) > article.DefaultMaxProblems+1 || ps[len(ps)-1].Rule != "limit" {
		t.Errorf("%d problems, last %+v; want at most %d ending with a limit", len(ps), ps[len(ps)-1], article.DefaultMaxProblems+1)
	}
	if alloc := after.TotalAlloc - before.TotalAlloc; alloc > 64<<20 {
		t.Errorf("allocated %d MB for a %d kB document", alloc>>20, b.Len()>>10)
	}
}
