package schema_test

import (
	"bytes"
	"encoding/json"
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
	if err := json.Unmarshal(schema.TimelineSchema, &head); err != nil {
		t.Fatal(err)
	}
	if head.ID != "https://newsmodel.github.io/schema/timeline/v1.json" || head.Schema != "https://json-schema.org/draft/2020-12/schema" {
		t.Errorf("$id %q, $schema %q", head.ID, head.Schema)
	}
	c := jsonschema.NewCompiler()
	if err := c.AddResource(head.ID, bytes.NewReader(schema.TimelineSchema)); err != nil {
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
