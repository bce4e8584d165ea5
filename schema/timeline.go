package schema

import (
	"bytes"
	_ "embed"
	"encoding/json"
	"fmt"
	"sync"

	"github.com/santhosh-tekuri/jsonschema/v5"

	"github.com/newsmodel/newsmodel/internal/jsondepth"
)

// TimelineID is the $id of the timeline schema.
const TimelineID = "https://newsmodel.github.io/schema/timeline/v1.json"

//go:embed timeline.schema.json
var timelineSource []byte

// TimelineJSON returns the text of the JSON Schema (draft 2020-12, $id
// TimelineID) of the timeline document that timeline.Timeline.WriteJSON
// writes. Each call returns a new copy, as JSON does.
func TimelineJSON() []byte { return bytes.Clone(timelineSource) }

var timelineCompiled = sync.OnceValues(func() (*jsonschema.Schema, error) {
	c := jsonschema.NewCompiler()
	c.Draft = jsonschema.Draft2020
	c.AssertFormat = true
	c.LoadURL = loadURL
	if err := c.AddResource(TimelineID, bytes.NewReader(timelineSource)); err != nil {
		return nil, err
	}
	return c.Compile(TimelineID)
})

var timelineTree = sync.OnceValue(func() any {
	var v any
	if err := json.Unmarshal(timelineSource, &v); err != nil {
		panic("schema: embedded timeline schema is not JSON: " + err.Error())
	}
	return v
})

// ValidateTimeline checks the JSON document in data against the timeline
// schema and returns every problem, sorted by pointer, with the rules and
// messages of Validate; nil means data is a valid timeline document.
func ValidateTimeline(data []byte) []Problem {
	if ptr, deep := jsondepth.Exceeds(data, MaxDepth); deep {
		return []Problem{{Pointer: ptr, Rule: "limit", Message: fmt.Sprintf("nesting deeper than %d levels", MaxDepth)}}
	}
	v, p := Decode(data)
	if p != nil {
		return []Problem{*p}
	}
	return validateWith(v, timelineCompiled, timelineTree, "timeline")
}
