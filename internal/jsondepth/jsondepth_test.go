package jsondepth_test

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/newsmodel/newsmodel/internal/jsondepth"
)

type result struct {
	Pointer  string
	Exceeded bool
}

var tests = []struct {
	in   string
	max  int
	want result
}{
	{`{}`, 1, result{}},
	{`{"a":{}}`, 1, result{"/a", true}},
	{`[1,[2],[[3]]]`, 2, result{"/2/0", true}},
	{`{"a/b":[{"c~d":[]}]}`, 3, result{"/a~1b/0/c~0d", true}},
	{`{"x":"[[[[","y":{"\"q":[]}}`, 2, result{`/y/"q`, true}},
	{`{"\u00e9\ud800\/":[[]]}`, 2, result{"/é\ufffd~1/0", true}},
	{"{\"a\xff\\n\":[[]]}", 2, result{"/a\ufffd\n/0", true}},
	{`{"a\x":[[]]}`, 2, result{`/a\x/0`, true}},
	{`"[[[["`, 1, result{}},
	{strings.Repeat("[", 100000), 64, result{"/" + strings.TrimSuffix(strings.Repeat("0/", 64), "/"), true}},
	{`{"a":1,"b":[[]]}`, 2, result{"/b/0", true}},
	{`]]]]{`, 1, result{}},
}

func TestExceeds(t *testing.T) {
	for _, tt := range tests {
		ptr, ex := jsondepth.Exceeds([]byte(tt.in), tt.max)
		if diff := cmp.Diff(tt.want, result{ptr, ex}); diff != "" {
			t.Errorf("Exceeds(%.40q, %d) (-want +got)\n%s", tt.in, tt.max, diff)
		}
	}
}

// depth is the nesting of valid JSON, by decoding it.
func depth(v any) int {
	switch v := v.(type) {
	case []any:
		d := 0
		for _, x := range v {
			d = max(d, depth(x))
		}
		return d + 1
	case map[string]any:
		d := 0
		for _, x := range v {
			d = max(d, depth(x))
		}
		return d + 1
	}
	return 0
}

// FuzzExceeds checks Exceeds against the depth of any valid JSON it is
// given, and that it never panics on anything else.
func FuzzExceeds(f *testing.F) {
	for _, tt := range tests {
		f.Add([]byte(tt.in), tt.max)
	}
	f.Fuzz(func(t *testing.T, data []byte, max int) {
		if max < 0 || max > 1000 {
			return
		}
		_, ex := jsondepth.Exceeds(data, max)
		var v any
		if len(data) < 1<<16 && json.Unmarshal(data, &v) == nil {
			if want := depth(v) > max; ex != want {
				t.Errorf("Exceeds(%q, %d) = %v; depth %d", data, max, ex, depth(v))
			}
		}
	})
}

func BenchmarkExceeds(b *testing.B) {
	data := []byte(strings.Repeat(`{"a":[1,2,{"b":"c\"d"}],"e":"`+strings.Repeat("x", 100)+`"},`, 1000))
	b.ReportAllocs()
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		jsondepth.Exceeds(data, 64)
	}
}
