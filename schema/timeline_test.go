package schema_test

import (
	"bytes"
	"encoding/json"
	"os"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v5"

	"github.com/newsmodel/newsmodel/news"
	"github.com/newsmodel/newsmodel/schema"
	"github.com/newsmodel/newsmodel/timeline"
)

// TestTimelineSchema compiles the embedded timeline schema and validates a
// rendered timeline against it.
func TestTimelineSchema(t *testing.T) {
	var head struct {
		ID     string `json:"$id"`
		Schema string `json:"$schema"`
	}
	if err := json.Unmarshal(schema.TimelineJSON(), &head); err != nil {
		t.Fatal(err)
	}
	if head.ID != "https://newsmodel.github.io/schema/timeline/v1.json" || head.Schema != "https://json-schema.org/draft/2020-12/schema" {
		t.Errorf("$id %q, $schema %q", head.ID, head.Schema)
	}
	c := jsonschema.NewCompiler()
	if err := c.AddResource(head.ID, bytes.NewReader(schema.TimelineJSON())); err != nil {
		t.Fatal(err)
	}
	s, err := c.Compile(head.ID)
	if err != nil {
		t.Fatal(err)
	}
	var b timeline.Builder
	b.Add(timeline.Item{Source: &timeline.Source{Article: "a1"},
		Event: news.Event{ID: "ev1", Summary: "Bridge reopens", When: news.When{Value: news.MustParseDate("2025-03")}}})
	var buf bytes.Buffer
	if err := b.Build().WriteJSON(&buf); err != nil {
		t.Fatal(err)
	}
	var v any
	if err := json.Unmarshal(buf.Bytes(), &v); err != nil {
		t.Fatal(err)
	}
	if err := s.Validate(v); err != nil {
		t.Error(err)
	}
}

// TestValidateTimeline validates the timeline the renderers' golden test
// writes, and names the pointer of each fault of a broken one.
func TestValidateTimeline(t *testing.T) {
	good, err := os.ReadFile("../timeline/testdata/render_story.json")
	if err != nil {
		t.Fatal(err)
	}
	if ps := schema.ValidateTimeline(good); len(ps) > 0 {
		t.Fatalf("the golden timeline does not validate: %v", ps)
	}
	var doc map[string]any
	if err := json.Unmarshal(good, &doc); err != nil {
		t.Fatal(err)
	}
	doc["colour"] = "blue"
	bad, _ := json.Marshal(doc)
	ps := schema.ValidateTimeline(bad)
	if len(ps) != 1 || ps[0].Pointer != "/colour" || ps[0].Rule != "unknown-key" {
		t.Errorf("ValidateTimeline of a document with an unknown member: %v", ps)
	}
	if ps := schema.ValidateTimeline([]byte(`{"entries": [`)); len(ps) != 1 || ps[0].Rule != "syntax" {
		t.Errorf("ValidateTimeline of broken JSON: %v", ps)
	}
}

// TestSchemasReadOnly: each accessor returns a copy, so that no caller can
// change the schema another sees.
func TestSchemasReadOnly(t *testing.T) {
	for name, get := range map[string]func() []byte{"article": schema.JSON, "timeline": schema.TimelineJSON, "registry": schema.RegistryJSON} {
		b := get()
		b[0] = 'X'
		if get()[0] == 'X' {
			t.Errorf("%s: changing the returned bytes changed the schema", name)
		}
	}
}
