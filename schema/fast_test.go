package schema_test

import (
	"bytes"
	"encoding/json"
	"io/fs"
	"strings"
	"testing"

	"github.com/newsmodel/newsmodel/schema"
)

func decode(t testing.TB, data []byte) (any, bool) {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	var v any
	if dec.Decode(&v) != nil || dec.More() {
		return nil, false
	}
	return v, true
}

// TestFastPath holds the fast path to the full validator on the corpus: it
// must call every valid document valid (or it saves nothing) and no
// document the full validator refuses.
func TestFastPath(t *testing.T) {
	err := fs.WalkDir(corpus, "testdata", func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || strings.HasSuffix(path, ".want.json") {
			return err
		}
		data, _ := corpus.ReadFile(path)
		v, ok := decode(t, data)
		if !ok {
			return nil
		}
		fast, compiled := schema.FastValid(v)
		if !compiled {
			t.Fatal("the fast path does not compile the schema")
		}
		full := schema.ValidateFull(v)
		if fast && full != nil {
			t.Errorf("%s: fast path says valid, the full validator finds %v", path, full)
		}
		if strings.Contains(path, "/valid/") && !fast {
			t.Errorf("%s: fast path does not accept a valid document", path)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}

// FuzzFastPath checks on any input that the fast path never calls valid a
// document the full validator refuses.
func FuzzFastPath(f *testing.F) {
	_ = fs.WalkDir(corpus, "testdata", func(path string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			data, _ := corpus.ReadFile(path)
			f.Add(data)
		}
		return nil
	})
	f.Add([]byte(`{"schemaVersion":"1","id":"a","headline":"h","sections":[{"heading":"x","span":{"start":1.0,"end":2}}]}`))
	f.Add([]byte(`{"schemaVersion":"1","id":"a","headline":"h","url":"http://[::1]:80/"}`))
	f.Add([]byte(`{"schemaVersion":"1","id":"a","headline":"h","urgency":9,"subjects":[{"name":"x","relevance":100,"confidence":1e2}]}`))
	f.Add([]byte(`{"schemaVersion":"1","id":"a","headline":"h","entities":[{"id":"e","kind":"person","name":"E","confidence":1E-1},{"id":"f","kind":"place","name":"F","confidence":1.00000000000000000001}]}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		v, ok := decode(t, data)
		if !ok || len(data) > 1<<16 || bytes.Count(data, []byte("["))+bytes.Count(data, []byte("{")) > schema.MaxDepth {
			return
		}
		if fast, _ := schema.FastValid(v); fast {
			if full := schema.ValidateFull(v); full != nil {
				t.Errorf("fast path says valid, the full validator finds %v", full)
			}
		}
	})
}
