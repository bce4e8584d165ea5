package strictjson_test

import (
	"encoding/json"
	"fmt"
	"strings"
	"testing"

	"github.com/newsmodel/newsmodel/internal/strictjson"
)

type benchItem struct {
	ID    string            `json:"id"`
	Text  string            `json:"text"`
	Start int               `json:"start"`
	Tags  []string          `json:"tags,omitempty"`
	Attrs map[string]string `json:"attrs,omitempty"`
	Extra json.RawMessage   `json:"extra,omitempty"`
}

type benchDoc struct {
	Title string      `json:"title"`
	Items []benchItem `json:"items"`
}

// benchInput is a document of n items that mixes what the decoder reads:
// plain ASCII, UTF-8, escapes and surrogate pairs, integers, nested arrays,
// maps and raw values.
func benchInput(n int) []byte {
	var b strings.Builder
	b.WriteString(`{"title": "Envoy says \"he prayed\" \u2014 Moscow", "items": [`)
	for i := range n {
		if i > 0 {
			b.WriteString(",\n  ")
		}
		fmt.Fprintf(&b, `{"id": "item-%d", "text": "Café déjà vu in Zürich, \ud83d\ude00 %d\n", "start": %d, `, i, i, i*37)
		b.WriteString(`"tags": ["politics", "world", "europe"], "attrs": {"source": "wire", "desk": "foreign"}, `)
		b.WriteString(`"extra": {"score": -12.5e3, "ok": true, "none": null, "list": [1, 2, {"a": "b"}]}}`)
	}
	b.WriteString("]}")
	return []byte(b.String())
}

func BenchmarkUnmarshal(b *testing.B) {
	data := benchInput(100)
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		var v benchDoc
		if err := strictjson.Unmarshal(data, &v, strictjson.Limits{}); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkUnmarshalRaw(b *testing.B) {
	data := benchInput(100)
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		var v json.RawMessage
		if err := strictjson.Unmarshal(data, &v, strictjson.Limits{}); err != nil {
			b.Fatal(err)
		}
	}
}
