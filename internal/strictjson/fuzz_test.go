package strictjson_test

import (
	"bytes"
	"encoding/json"
	"testing"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"

	"github.com/newsmodel/newsmodel/internal/strictjson"
)

// FuzzUnmarshal holds Unmarshal to encoding/json: what it accepts into a
// struct, json.Unmarshal accepts into the same value (an empty array left
// nil aside); what it accepts as raw
// JSON is valid, UTF-8, and compacts to what it keeps. Whatever it refuses
// it refuses with an *Error whose offset lies in the input.
func FuzzUnmarshal(f *testing.F) {
	f.Add(benchInput(2))
	f.Add([]byte(`{"name":"a\u00e9\ud83d\ude00\n","items":[{"n":-3,"u":255,"b":true,"m":{"x":1},"p":"s"}],"raw":[ 1, {"a" : 2.50} ]}`))
	f.Add([]byte(`{"title":"t","items":[{"id":"x","text":"\ud800","start":1}]}`))
	f.Add([]byte("{\"title\":\"caf\xe9\",\"items\":[]}"))
	f.Add([]byte(`{"title":"t","items":[],"items":[]}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		if bytes.Count(data, []byte("["))+bytes.Count(data, []byte("{")) > 1000 {
			return
		}
		var got benchDoc
		err := strictjson.Unmarshal(data, &got, strictjson.Limits{})
		located(t, data, err)
		if err == nil {
			var want benchDoc
			if err := json.Unmarshal(data, &want); err != nil {
				t.Fatalf("accepted what encoding/json refuses: %v", err)
			}
			if diff := cmp.Diff(emptyToNil(want), got, compactRaw); diff != "" {
				t.Errorf("(-encoding/json +strictjson)\n%s", diff)
			}
		}
		var raw json.RawMessage
		err = strictjson.Unmarshal(data, &raw, strictjson.Limits{})
		located(t, data, err)
		if err == nil {
			var compact bytes.Buffer
			if !json.Valid(data) || !utf8.Valid(data) || json.Compact(&compact, data) != nil {
				t.Fatalf("accepted as raw JSON what is not valid UTF-8 JSON")
			}
			if diff := cmp.Diff(compact.String(), string(raw)); diff != "" {
				t.Errorf("raw value (-json.Compact +strictjson)\n%s", diff)
			}
		}
	})
}

// compactRaw compares raw JSON values by their compact form, which is what
// Unmarshal keeps and json.Unmarshal does not make.
var compactRaw = cmp.Transformer("compact", func(r json.RawMessage) string {
	var b bytes.Buffer
	if json.Compact(&b, r) != nil {
		return "invalid: " + string(r)
	}
	return b.String()
})

// emptyToNil sets the empty slices and maps of d to nil, as Unmarshal
// leaves them.
func emptyToNil(d benchDoc) benchDoc {
	if len(d.Items) == 0 {
		d.Items = nil
	}
	for i := range d.Items {
		if it := &d.Items[i]; len(it.Tags) == 0 {
			it.Tags = nil
		}
		if it := &d.Items[i]; len(it.Attrs) == 0 {
			it.Attrs = nil
		}
	}
	return d
}

func located(t *testing.T, data []byte, err error) {
	t.Helper()
	if err == nil {
		return
	}
	e, ok := err.(*strictjson.Error)
	if !ok {
		t.Fatalf("error %v is a %T", err, err)
	}
	if e.Offset < 0 || e.Offset > len(data) || e.Line < 1 || e.Column < 1 || e.Rule == "" {
		t.Errorf("error %#v is not located in the input of %d bytes", e, len(data))
	}
}
