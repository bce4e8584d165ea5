package schema_test

import (
	"bytes"
	"encoding/json"
	"io/fs"
	"reflect"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/newsmodel/newsmodel/schema"
)

var valueTests = []string{
	`{}`, `[]`, `""`, `0`, `-0`, `1.5e-3`, `12345678901234567890123`, `true`, `false`, `null`,
	` {"a" : [1, "x", {"b": null}] } `, `{"a":1,"a":2}`,
	`"\u00e9\ud83d\ude00\n\t\"\\\/"`, `"\ud83d"`, `"\ude00x"`, `"\ud83d\u0041"`, "\"\xff\xfeok\"", "\"a\xc3\"",
	`{"a":1,}`, `[1,]`, `01`, `1.`, `-`, `1e`, `tru`, `nul`, `"abc`, `"\x"`, `"\u12"`, "\"a\nb\"", `{"a" 1}`, `{1:2}`,
	`[1] 2`, ``, `   `, `[`, `{"a":`, `"\`,
}

func stdDecode(data []byte) (any, bool) {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	var v any
	if err := dec.Decode(&v); err != nil {
		return nil, false
	}
	if _, err := dec.Token(); err == nil {
		return nil, false
	}
	return v, json.Valid(data)
}

func checkDecode(t *testing.T, data []byte) {
	want, wantOK := stdDecode(data)
	got, p := schema.Decode(data)
	if wantOK != (p == nil) {
		t.Fatalf("Decode(%q): problem %v; encoding/json accepts: %v", data, p, wantOK)
	}
	if wantOK && !reflect.DeepEqual(want, got) {
		t.Errorf("Decode(%.200q) (-encoding/json +Decode)\n%s", data, cmp.Diff(want, got))
	}
}

func TestDecodeAgreesWithEncodingJSON(t *testing.T) {
	for _, s := range valueTests {
		checkDecode(t, []byte(s))
	}
	checkDecode(t, []byte(strings.Repeat("[", 2000)+strings.Repeat("]", 2000)))
	if _, p := schema.Decode([]byte(strings.Repeat("[", 10001) + strings.Repeat("]", 10001))); p == nil || p.Rule != "limit" {
		t.Errorf("10,001 levels: problem %v; want a limit", p)
	}
}

// FuzzDecode holds Decode to encoding/json with UseNumber: the same inputs
// accepted, the same values.
func FuzzDecode(f *testing.F) {
	for _, s := range valueTests {
		f.Add([]byte(s))
	}
	_ = fs.WalkDir(corpus, "testdata", func(path string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			data, _ := corpus.ReadFile(path)
			f.Add(data)
		}
		return nil
	})
	f.Fuzz(func(t *testing.T, data []byte) {
		if bytes.Count(data, []byte("["))+bytes.Count(data, []byte("{")) > 2000 {
			return
		}
		checkDecode(t, data)
	})
}

func BenchmarkDecode(b *testing.B) {
	data, err := corpus.ReadFile("testdata/valid/full.json")
	if err != nil {
		b.Fatal(err)
	}
	b.Run("schema.Decode", func(b *testing.B) {
		b.ReportAllocs()
		b.SetBytes(int64(len(data)))
		for b.Loop() {
			if _, p := schema.Decode(data); p != nil {
				b.Fatal(p)
			}
		}
	})
	b.Run("encoding-json", func(b *testing.B) {
		b.ReportAllocs()
		b.SetBytes(int64(len(data)))
		for b.Loop() {
			if _, ok := stdDecode(data); !ok {
				b.Fatal("invalid")
			}
		}
	})
}
