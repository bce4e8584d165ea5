package schema_test

import (
	"embed"
	"encoding/json"
	"path"
	"slices"
	"strings"
	"testing"

	"github.com/newsmodel/newsmodel/article"
	"github.com/newsmodel/newsmodel/schema"
)

//go:embed testdata/valid/*.json testdata/invalid/*.json
var corpus embed.FS

// want is the sidecar of an invalid corpus document.
type want struct {
	Pointer string `json:"pointer"`
	Rule    string `json:"rule"`
	// Schema tells whether the JSON Schema alone sees the fault; false
	// marks faults only the Go validator finds.
	Schema bool `json:"schema"`
}

func has(ps []schema.Problem, ptr, rule string) bool {
	return slices.ContainsFunc(ps, func(p schema.Problem) bool { return p.Pointer == ptr && p.Rule == rule })
}

func TestCorpusValid(t *testing.T) {
	files, _ := corpus.ReadDir("testdata/valid")
	if len(files) == 0 {
		t.Fatal("no valid corpus documents")
	}
	for _, f := range files {
		t.Run(f.Name(), func(t *testing.T) {
			data, err := corpus.ReadFile("testdata/valid/" + f.Name())
			if err != nil {
				t.Fatal(err)
			}
			if ps := schema.Validate(data); ps != nil {
				t.Errorf("schema.Validate: %v", ps)
			}
			if ps := article.Validate(data); ps != nil {
				t.Errorf("article.Validate: %v", ps)
			}
		})
	}
}

func TestCorpusInvalid(t *testing.T) {
	files, _ := corpus.ReadDir("testdata/invalid")
	n := 0
	rules := map[string]bool{}
	for _, f := range files {
		name := f.Name()
		if strings.HasSuffix(name, ".want.json") {
			continue
		}
		n++
		t.Run(strings.TrimSuffix(name, ".json"), func(t *testing.T) {
			data, err := corpus.ReadFile(path.Join("testdata/invalid", name))
			if err != nil {
				t.Fatal(err)
			}
			side, err := corpus.ReadFile(path.Join("testdata/invalid", strings.TrimSuffix(name, ".json")+".want.json"))
			if err != nil {
				t.Fatalf("no sidecar: %v", err)
			}
			var w want
			if err := json.Unmarshal(side, &w); err != nil {
				t.Fatalf("sidecar: %v", err)
			}
			rules[w.Rule] = true
			got := article.Validate(data)
			if !has(got, w.Pointer, w.Rule) {
				t.Errorf("article.Validate: want %q %s among %v", w.Pointer, w.Rule, got)
			}
			sp := schema.Validate(data)
			if w.Schema && !has(sp, w.Pointer, w.Rule) {
				t.Errorf("schema.Validate: want %q %s among %v", w.Pointer, w.Rule, sp)
			}
			if !w.Schema && sp != nil {
				t.Errorf("schema.Validate: sidecar says the schema cannot see this fault, but it reports %v", sp)
			}
		})
	}
	if n < 40 {
		t.Errorf("%d invalid documents; want at least 40", n)
	}
	for _, r := range []string{
		"required", "unknown-key", "type", "enum", "pattern", "format", "minimum", "maximum", "minLength", "uniqueItems", "propertyNames",
		"syntax", "duplicate-key", "value",
		article.RuleDuplicateID, article.RuleReference, article.RuleReferenceKind, article.RuleSpanField, article.RuleSpanRange,
		article.RuleSpanText, article.RuleReportsCycle, article.RuleRelationConflict, article.RuleRelationDate,
		article.RuleAfterPublication, article.RuleModifiedBeforePublished,
		article.RuleStatusReason, article.RuleEmbargoAfterExpiry, article.RuleVersionBeforeFirst,
		article.RuleSchemeCode, article.RuleEmptyConcept,
	} {
		if !rules[r] {
			t.Errorf("no invalid document breaks rule %q", r)
		}
	}
}
