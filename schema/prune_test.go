package schema_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/newsmodel/newsmodel/schema"
)

// TestManyFaultyElements: an array with more faulty elements than
// MaxFaultyElements is reported for its first ones, with their original
// indices, and one limit problem for the rest.
func TestManyFaultyElements(t *testing.T) {
	var b strings.Builder
	b.WriteString(`{"schemaVersion":"1","id":"a","headline":"h","entities":[`)
	const n = 1000
	for i := range n {
		if i > 0 {
			b.WriteByte(',')
		}
		if i%2 == 0 {
			fmt.Fprintf(&b, `{"id":"e%d","kind":"person","name":"N"}`, i)
		} else {
			fmt.Fprintf(&b, `{"id":"BAD%d","kind":"person","name":"N"}`, i)
		}
	}
	b.WriteString(`]}`)
	ps := schema.Validate([]byte(b.String()))
	var patterns, limits int
	for _, p := range ps {
		switch p.Rule {
		case "pattern":
			patterns++
			var i int
			if _, err := fmt.Sscanf(p.Pointer, "/entities/%d/id", &i); err != nil || i%2 != 1 {
				t.Errorf("problem at %s: want the original index of a faulty element", p.Pointer)
			}
		case "limit":
			limits++
			if p.Pointer != "/entities" {
				t.Errorf("limit at %q, want /entities", p.Pointer)
			}
		default:
			t.Errorf("unexpected problem %v", p)
		}
	}
	if patterns != schema.MaxFaultyElements || limits != 1 {
		t.Errorf("%d pattern and %d limit problems; want %d and 1", patterns, limits, schema.MaxFaultyElements)
	}
}
