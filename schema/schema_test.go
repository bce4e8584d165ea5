package schema_test

import (
	"bufio"
	"bytes"
	"encoding"
	"encoding/json"
	"io/fs"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/google/go-cmp/cmp"
	"golang.org/x/text/language"

	"github.com/newsmodel/newsmodel/article"
	"github.com/newsmodel/newsmodel/entity"
	"github.com/newsmodel/newsmodel/news"
	"github.com/newsmodel/newsmodel/quote"
	"github.com/newsmodel/newsmodel/schema"
)

func schemaTree(t testing.TB) map[string]any {
	t.Helper()
	var m map[string]any
	if err := json.Unmarshal(schema.JSON(), &m); err != nil {
		t.Fatal(err)
	}
	return m
}

func datePattern(t testing.TB) *regexp.Regexp {
	t.Helper()
	defs := schemaTree(t)["$defs"].(map[string]any)
	return regexp.MustCompile(defs["date"].(map[string]any)["pattern"].(string))
}

type dateCase struct{ verdict, s string }

func dateTable(t testing.TB) []dateCase {
	t.Helper()
	f, err := os.Open("testdata/dates.txt")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var cases []dateCase
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		if line == "" || line[0] == '#' {
			continue
		}
		verdict, s, _ := strings.Cut(line, " ")
		cases = append(cases, dateCase{verdict, s})
	}
	return cases
}

// calendarFault reports whether ParseDate's err is a fact of the calendar
// that a regular expression cannot state.
func calendarFault(err error) bool {
	msg := err.Error()
	for _, s := range []string{"expected day 01–28", "expected day 01–29", "this year has 52 weeks", "interval ends before it starts"} {
		if strings.Contains(msg, s) {
			return true
		}
	}
	return false
}

// TestDatePattern checks the schema's date pattern and news.ParseDate
// on the same table: they agree on every string, except the calendar facts
// the table marks.
func TestDatePattern(t *testing.T) {
	re := datePattern(t)
	cases := dateTable(t)
	if len(cases) < 80 {
		t.Fatalf("%d dates in the table; want at least 80", len(cases))
	}
	for _, c := range cases {
		_, err := news.ParseDate(c.s)
		got := struct{ Pattern, ParseDate bool }{re.MatchString(c.s), err == nil}
		want := map[string]struct{ Pattern, ParseDate bool }{
			"ok": {true, true}, "bad": {false, false}, "calendar": {true, false},
		}[c.verdict]
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("%q (%s): (-want +got)\n%s", c.s, c.verdict, diff)
		}
		if c.verdict == "calendar" && err != nil && !calendarFault(err) {
			t.Errorf("%q: ParseDate error %v is not a calendar fact", c.s, err)
		}
	}
}

// FuzzDatePattern checks, on any string, that the pattern accepts whatever
// ParseDate accepts, and refuses whatever ParseDate refuses except for the
// calendar facts.
func FuzzDatePattern(f *testing.F) {
	for _, c := range dateTable(f) {
		f.Add(c.s)
	}
	re := datePattern(f)
	f.Fuzz(func(t *testing.T, s string) {
		_, err := news.ParseDate(s)
		m := re.MatchString(s)
		switch {
		case err == nil && !m:
			t.Errorf("ParseDate accepts %q, the pattern refuses it", s)
		case err != nil && m && !calendarFault(err):
			t.Errorf("the pattern accepts %q, ParseDate refuses it: %v", s, err)
		}
	})
}

// TestPatternsPortable checks that every pattern of the schema keeps to the
// syntax RE2, ECMA-262 and Python's re share.
func TestPatternsPortable(t *testing.T) {
	var walk func(ptr string, v any)
	n := 0
	walk = func(ptr string, v any) {
		switch v := v.(type) {
		case map[string]any:
			for k, x := range v {
				if p, ok := x.(string); ok && k == "pattern" {
					n++
					if _, err := regexp.Compile(p); err != nil {
						t.Errorf("%s: RE2: %v", ptr, err)
					}
					for _, bad := range []string{`\d`, `\w`, `\s`, `(?=`, `(?!`, `(?<`, `(?P`, `\p`} {
						if strings.Contains(p, bad) {
							t.Errorf("%s: pattern uses %s, which not every dialect reads alike", ptr, bad)
						}
					}
					if !strings.HasPrefix(p, "^") || !strings.HasSuffix(p, "$") {
						t.Errorf("%s: pattern is not anchored at both ends", ptr)
					}
				}
				walk(ptr+"/"+k, x)
			}
		case []any:
			for _, x := range v {
				walk(ptr, x)
			}
		}
	}
	walk("", schemaTree(t))
	if n < 5 {
		t.Errorf("found %d patterns; the walk is broken", n)
	}
}

// TestDocumented checks that every property and definition has a title and
// a description, and that every object with properties forbids others.
func TestDocumented(t *testing.T) {
	root := schemaTree(t)
	if id := root["$id"]; id != schema.ID {
		t.Errorf("$id = %v, want %s", id, schema.ID)
	}
	if s := root["$schema"]; s != "https://json-schema.org/draft/2020-12/schema" {
		t.Errorf("$schema = %v", s)
	}
	var walk func(ptr string, node map[string]any, named bool)
	walk = func(ptr string, node map[string]any, named bool) {
		if named {
			for _, k := range []string{"title", "description"} {
				if s, _ := node[k].(string); s == "" {
					t.Errorf("%s has no %s", ptr, k)
				}
			}
		}
		if props, ok := node["properties"].(map[string]any); ok {
			if node["additionalProperties"] != false {
				t.Errorf("%s: additionalProperties is not false", ptr)
			}
			for k, p := range props {
				walk(ptr+"/properties/"+k, p.(map[string]any), true)
			}
		}
		for _, k := range []string{"items", "additionalProperties", "propertyNames"} {
			if sub, ok := node[k].(map[string]any); ok {
				walk(ptr+"/"+k, sub, false)
			}
		}
	}
	walk("", root, true)
	for k, d := range root["$defs"].(map[string]any) {
		walk("/$defs/"+k, d.(map[string]any), true)
	}
}

// jsonType is the JSON type a Go type encodes as.
func jsonType(t reflect.Type) string {
	if t == reflect.TypeFor[json.RawMessage]() {
		return "any"
	}
	if t.Implements(reflect.TypeFor[encoding.TextMarshaler]()) {
		return "string"
	}
	switch t.Kind() {
	case reflect.String:
		return "string"
	case reflect.Bool:
		return "boolean"
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
		reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		return "integer"
	case reflect.Float32, reflect.Float64:
		return "number"
	case reflect.Slice, reflect.Array:
		return "array"
	case reflect.Map, reflect.Struct:
		return "object"
	}
	return t.Kind().String()
}

// deref follows $ref to the node that states the type.
func deref(root, node map[string]any) map[string]any {
	for range 10 {
		ref, ok := node["$ref"].(string)
		if !ok {
			return node
		}
		next := root
		for _, tok := range strings.Split(strings.TrimPrefix(ref, "#/"), "/") {
			next = next[tok].(map[string]any)
		}
		node = next
	}
	return node
}

// TestDriftGuard walks article.Article by its json tags and the schema by
// its properties together, and fails where a member exists on one side only,
// where the JSON types differ, or where a member the Go type always writes
// (no omitempty or omitzero) is not required, or the reverse.
func TestDriftGuard(t *testing.T) {
	root := schemaTree(t)
	var walk func(path string, gt reflect.Type, node map[string]any)
	walk = func(path string, gt reflect.Type, node map[string]any) {
		node = deref(root, node)
		want := jsonType(gt)
		if want == "any" {
			return
		}
		if got, _ := node["type"].(string); got != want {
			t.Errorf("%s: Go %s encodes as %s, the schema says %q", path, gt, want, got)
			return
		}
		if gt.Implements(reflect.TypeFor[encoding.TextMarshaler]()) {
			return
		}
		switch gt.Kind() {
		case reflect.Slice:
			items, _ := node["items"].(map[string]any)
			walk(path+"/0", gt.Elem(), items)
		case reflect.Map:
			ap, ok := node["additionalProperties"].(map[string]any)
			if !ok {
				if node["additionalProperties"] != true || jsonType(gt.Elem()) != "any" {
					t.Errorf("%s: a map of %s, but the schema's additionalProperties is %v", path, gt.Elem(), node["additionalProperties"])
				}
				return
			}
			walk(path+"/*", gt.Elem(), ap)
		case reflect.Struct:
			props, _ := node["properties"].(map[string]any)
			var required []string
			rs, _ := node["required"].([]any)
			for _, r := range rs {
				required = append(required, r.(string))
			}
			seen := map[string]bool{}
			for i := range gt.NumField() {
				f := gt.Field(i)
				if !f.IsExported() {
					continue
				}
				name, opts, _ := strings.Cut(f.Tag.Get("json"), ",")
				if name == "-" {
					continue
				}
				seen[name] = true
				p, ok := props[name].(map[string]any)
				if !ok {
					t.Errorf("%s/%s: Go field %s.%s has no schema property", path, name, gt.Name(), f.Name)
					continue
				}
				optional := strings.Contains(opts, "omitempty") || strings.Contains(opts, "omitzero")
				if req := slices.Contains(required, name); req == optional {
					t.Errorf("%s/%s: Go omits it when empty: %v; the schema requires it: %v", path, name, optional, req)
				}
				walk(path+"/"+name, f.Type, p)
			}
			for name := range props {
				if !seen[name] {
					t.Errorf("%s/%s: schema property has no Go field in %s", path, name, gt)
				}
			}
		}
	}
	walk("", reflect.TypeFor[article.Article](), root)
}

// TestGoldenDocuments validates every golden article document of the module:
// the JSON files under a testdata folder, except the invalid corpus.
func TestGoldenDocuments(t *testing.T) {
	n := 0
	err := filepath.WalkDir("..", func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && (d.Name() == "invalid" || d.Name() == ".git" || d.Name() == "benchmarks") {
			return filepath.SkipDir
		}
		if d.IsDir() || !strings.HasSuffix(path, ".json") || !strings.Contains(filepath.ToSlash(path), "/testdata/") {
			return nil
		}
		data, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		if !bytes.Contains(data, []byte(`"schemaVersion"`)) {
			return nil // not an article document
		}
		n++
		if ps := article.Validate(data); ps != nil {
			t.Errorf("%s:\n%v", path, ps)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if n < 3 {
		t.Errorf("found %d golden documents; the walk is broken", n)
	}
	t.Logf("%d golden documents valid", n)
}

func TestLoadURLRefuses(t *testing.T) {
	for _, u := range []string{schema.ID + "x", "file:///etc/passwd", "https://json-schema.org/draft/2020-12/schema", "http://localhost/"} {
		if rc, err := schema.LoadURL(u); err == nil {
			rc.Close()
			t.Errorf("LoadURL(%q) did not refuse", u)
		}
	}
	if err := schema.Compile(); err != nil {
		t.Fatal(err)
	}
}

func TestValidateConcurrent(t *testing.T) {
	data, err := os.ReadFile("testdata/invalid/pattern-entity-id.json")
	if err != nil {
		t.Fatal(err)
	}
	want := schema.Validate(data)
	var wg sync.WaitGroup
	for range 8 {
		wg.Go(func() {
			for range 20 {
				if diff := cmp.Diff(want, schema.Validate(data)); diff != "" {
					t.Errorf("(-want +got)\n%s", diff)
					return
				}
			}
		})
	}
	wg.Wait()
}

func TestValidateProblems(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []schema.Problem
	}{
		{"empty", "", []schema.Problem{{Rule: "syntax", Message: "empty input: expected a JSON value"}}},
		{"trailing", `{"schemaVersion":"1","id":"a","headline":"h"} {}`, []schema.Problem{{Rule: "trailing-data", Message: "line 1, column 47: unexpected data after the end of the document"}}},
		{"missing two", `{"schemaVersion":"1"}`, []schema.Problem{
			{Pointer: "/headline", Rule: "required", Message: `missing required member "headline"`},
			{Pointer: "/id", Rule: "required", Message: `missing required member "id"`},
		}},
		{"escaped key", `{"schemaVersion":"1","id":"a","headline":"h","a/b~c%20":1}`, []schema.Problem{
			{Pointer: "/a~1b~0c%20", Rule: "unknown-key", Message: `unknown member "a/b~c%20"; allowed here: bodies, body, bylines, contentCreated, corrections, dateline, descriptions, digitalSourceType, editorNote, embargoedUntil, entities, events, expires, extensions, externalIds, firstCreated, genres, headline, headlines, id, keywords, language, media, modified, published, publisher, quotes, related, rights, schemaVersion, sections, slugline, sources, status, statusReason, subheadline, subjects, title, trustIndicators, urgency, url, version, versionCreated`},
		}},
		{"big integer", `{"schemaVersion":"1","id":"a","headline":"h","sections":[{"heading":"x","span":{"start":-100000000000000000000001,"end":1}}]}`, []schema.Problem{
			{Pointer: "/sections/0/span/start", Rule: "minimum", Message: "-100000000000000000000001 is less than the minimum 0"},
		}},
		{"not an integer", `{"schemaVersion":"1","id":"a","headline":"h","sections":[{"heading":"x","span":{"start":1.5,"end":2}}]}`, []schema.Problem{
			{Pointer: "/sections/0/span/start", Rule: "type", Message: "expected an integer, found a number 1.5"},
		}},
		{"deep", strings.Repeat("[", 100000) + strings.Repeat("]", 100000), []schema.Problem{
			{Pointer: "/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0", Rule: "limit", Message: "nesting deeper than 128 levels"},
		}},
		{"empty extension key", `{"schemaVersion":"1","id":"a","headline":"h","extensions":{"":1}}`, []schema.Problem{
			{Pointer: "/extensions/", Rule: "propertyNames", Message: `member name "" is not allowed here: an extension key is a lowercase namespace, a colon and a name, such as "acme:desk"`},
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, schema.Validate([]byte(tt.in))); diff != "" {
				t.Errorf("(-want +got)\n%s", diff)
			}
		})
	}
}

func names[T ~string](list []T) []string {
	out := make([]string, len(list))
	for i, x := range list {
		out[i] = string(x)
	}
	return out
}

// TestEnumsMatch holds every enum of the schema to the list the Go type
// accepts, in the same order.
func TestEnumsMatch(t *testing.T) {
	root := schemaTree(t)
	for ptr, want := range map[string][]string{
		"/properties/schemaVersion":             {article.SchemaVersion},
		"/$defs/entity/properties/kind":         names(entity.Kinds),
		"/$defs/entityRelation/properties/type": names(entity.RelationTypes),
		"/$defs/quote/properties/kind":          names(quote.Kinds),
		"/$defs/event/properties/kind":          names(news.EventKinds),
		"/$defs/eventRelation/properties/type":  names(news.RelationTypes),
		"/$defs/when/properties/resolution":     names(news.Resolutions),
		"/$defs/when/properties/mod":            names(news.Mods),
	} {
		node := any(root)
		for _, tok := range strings.Split(ptr[1:], "/") {
			node = node.(map[string]any)[tok]
		}
		var got []string
		for _, e := range node.(map[string]any)["enum"].([]any) {
			got = append(got, e.(string))
		}
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("%s enum (-Go +schema)\n%s", ptr, diff)
		}
	}
}

// TestLanguagePattern checks the language pattern on well-formed BCP 47 tags
// (RFC 5646, section 2.1) and on malformed ones, and that x/text, which
// article decodes the tag with, reads the well-formed ones too.
func TestLanguagePattern(t *testing.T) {
	re := regexp.MustCompile(schemaTree(t)["properties"].(map[string]any)["language"].(map[string]any)["pattern"].(string))
	for _, s := range []string{"en", "en-US", "pt-BR", "zh-Hant-TW", "sr-Latn-RS", "de-CH-1901", "es-419", "yue-HK",
		"zh-cmn-Hans-CN", "sl-rozaj-biske", "ja-JP-u-ca-japanese", "en-x-foo", "x-private", "EN-us", "hy-Latn-IT-arevela"} {
		if !re.MatchString(s) {
			t.Errorf("pattern refuses well-formed %q", s)
		}
		if _, err := language.Parse(s); err != nil {
			t.Errorf("x/text refuses well-formed %q: %v", s, err)
		}
	}
	for _, s := range []string{"", "en_US", "english language", "e", "en-", "-en", "en--US", "en-US-", "abcdefghi",
		"en-a", "123", "en-US-x", "de-1901-", "en-Latn-Latn-Latn-Latn-Latn"} {
		if re.MatchString(s) {
			t.Errorf("pattern accepts malformed %q", s)
		}
	}
}
