package strictjson_test

import (
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/newsmodel/newsmodel/internal/strictjson"
)

type inner struct {
	N    int            `json:"n"`
	F    float64        `json:"f,omitempty"`
	U    uint8          `json:"u,omitempty"`
	B    bool           `json:"b,omitempty"`
	M    map[string]int `json:"m,omitempty"`
	P    *string        `json:"p,omitempty"`
	Skip string         `json:"-"`
}

type outer struct {
	Name  string          `json:"name"`
	Items []inner         `json:"items"`
	Raw   json.RawMessage `json:"raw,omitempty"`
}

func TestUnmarshal(t *testing.T) {
	in := `{"name":"a\u00e9\ud83d\ude00\n","items":[{"n":-3,"f":2.5e-1,"u":255,"b":true,"m":{"x":1},"p":"s"},{"n":0}],"raw":[ 1, {"a" : 2.50} ]}`
	var got outer
	if err := strictjson.Unmarshal([]byte(in), &got, strictjson.Limits{}); err != nil {
		t.Fatal(err)
	}
	s := "s"
	want := outer{
		Name:  "aé😀\n",
		Items: []inner{{N: -3, F: 0.25, U: 255, B: true, M: map[string]int{"x": 1}, P: &s}, {N: 0}},
		Raw:   json.RawMessage(`[1,{"a":2.50}]`),
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}

func TestUnmarshalErrors(t *testing.T) {
	tests := []struct {
		in, pointer, rule string
		lim               strictjson.Limits
	}{
		{`{"name":"a","Skip":"x"}`, "/Skip", strictjson.RuleUnknownKey, strictjson.Limits{}},
		{`{"items":[{"n":1,"u":256}]}`, "/items/0/u", strictjson.RuleValue, strictjson.Limits{}},
		{`{"items":[{"n":1,"m":{"a/b~":true}}]}`, "/items/0/m/a~1b~0", strictjson.RuleType, strictjson.Limits{}},
		{`{"items":[{"b":1}]}`, "/items/0/b", strictjson.RuleType, strictjson.Limits{}},
		{`{"items":[{"n":1e3}]}`, "/items/0/n", strictjson.RuleType, strictjson.Limits{}},
		{`{"items":[{"n":-}]}`, "/items/0/n", strictjson.RuleSyntax, strictjson.Limits{}},
		{`{"items":[{"f":"1"}]}`, "/items/0/f", strictjson.RuleType, strictjson.Limits{}},
		{`{"items":[{"f":1e999}]}`, "/items/0/f", strictjson.RuleValue, strictjson.Limits{}},
		{`{"items":[{"f":.5}]}`, "/items/0/f", strictjson.RuleSyntax, strictjson.Limits{}},
		{`{"raw":[tru]}`, "/raw/0", strictjson.RuleSyntax, strictjson.Limits{}},
		{`{"raw":{"a":1,"a":1}}`, "/raw/a", strictjson.RuleDuplicateKey, strictjson.Limits{}},
		{`{"name":"abcdef"}`, "/name", strictjson.RuleLimit, strictjson.Limits{MaxStringLen: 5}},
		{"{\"name\":\"ab\ncdef\"}", "/name", strictjson.RuleSyntax, strictjson.Limits{}},
		{`{"name":"ab\\ncdef"}`, "/name", strictjson.RuleLimit, strictjson.Limits{MaxStringLen: 5}},
		{`{"items":[{"n":0},{"n":1},{"n":2}]}`, "/items", strictjson.RuleLimit, strictjson.Limits{MaxArrayLen: 2}},
		{`{"raw":[[[[1]]]]}`, "/raw/0/0", strictjson.RuleLimit, strictjson.Limits{MaxDepth: 3}},
		{"\ufeff{}", "", strictjson.RuleSyntax, strictjson.Limits{}},
	}
	for _, tt := range tests {
		var v outer
		err := strictjson.Unmarshal([]byte(tt.in), &v, tt.lim)
		var se *strictjson.Error
		if !errors.As(err, &se) {
			t.Errorf("Unmarshal(%s) = %v, want *Error", tt.in, err)
			continue
		}
		if se.Pointer != tt.pointer || se.Rule != tt.rule {
			t.Errorf("Unmarshal(%s) = %v (rule %s), want pointer %q rule %s", tt.in, err, se.Rule, tt.pointer, tt.rule)
		}
	}
}

func TestUnmarshalNeedsPointer(t *testing.T) {
	var v outer
	if err := strictjson.Unmarshal([]byte(`{}`), v, strictjson.Limits{}); err == nil || !strings.Contains(err.Error(), "pointer") {
		t.Errorf("error = %v", err)
	}
}

func ExampleUnmarshal() {
	var v struct {
		Name string `json:"name"`
	}
	err := strictjson.Unmarshal([]byte(`{"name": "a", "nmae": "b"}`), &v, strictjson.Limits{})
	fmt.Println(err)
	// Output:
	// 1:15: /nmae: unknown member "nmae"; allowed here: name
}

func TestUnmarshalRequired(t *testing.T) {
	var v outer
	err := strictjson.Unmarshal([]byte(`{"name":"a","items":[{"u":1}]}`), &v, strictjson.Limits{})
	var se *strictjson.Error
	if !errors.As(err, &se) || se.Pointer != "/items/0/n" || se.Rule != strictjson.RuleRequired {
		t.Errorf("error = %v, want required /items/0/n", err)
	}
}
