package schema

import _ "embed"

// TimelineSchema is the JSON Schema (draft 2020-12) of the timeline document
// that timeline.Timeline.WriteJSON writes. Its $id is
// https://newsmodel.github.io/schema/timeline/v1.json.
//
//go:embed timeline.schema.json
var TimelineSchema []byte
