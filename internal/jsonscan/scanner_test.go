package jsonscan_test

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/newsmodel/newsmodel/internal/jsonscan"
)

// token is one token that walk read: its text as decoded, and for strings
// and member names the raw text with its quotes.
type token struct {
	Text string
	Raw  string
	Name bool // a member name
}

// walk reads the document in data token by token and returns the tokens it
// read whole and the first error. It is the smallest user of the Scanner's API: it
// builds nothing, so that the tests see the scanner alone.
func walk(data []byte, opt jsonscan.Options) ([]token, error) {
	s := jsonscan.New(data, opt)
	var toks []token
	var value func() error
	value = func() error {
		start := s.Pos
		switch s.Kind() {
		case jsonscan.Object:
			toks = append(toks, token{Text: "{"})
			return s.Object(func(name []byte, nameOff int) error {
				again := jsonscan.New(data, opt)
				again.Pos = nameOff
				_, _ = again.String()
				toks = append(toks, token{Text: string(name), Raw: string(data[nameOff:again.Pos]), Name: true})
				return value()
			})
		case jsonscan.Array:
			toks = append(toks, token{Text: "["})
			return s.Array(func(int) error { return value() })
		case jsonscan.String:
			b, err := s.String()
			if err == nil {
				toks = append(toks, token{Text: string(b), Raw: string(data[start:s.Pos])})
			}
			return err
		case jsonscan.Number:
			b, err := s.Number()
			if err == nil {
				toks = append(toks, token{Text: string(b)})
			}
			return err
		case jsonscan.True, jsonscan.False, jsonscan.Null:
			err := s.Literal()
			if err == nil {
				toks = append(toks, token{Text: string(data[start:s.Pos])})
			}
			return err
		}
		return s.NotAValue()
	}
	return toks, s.Document(value)
}

// outcome is what walk made of an input, in a form that tables can spell.
func outcome(data []byte, opt jsonscan.Options) string {
	toks, err := walk(data, opt)
	if err != nil {
		return errText(err)
	}
	texts := make([]string, len(toks))
	for i, t := range toks {
		texts[i] = strconv.Quote(t.Text)
		if t.Name {
			texts[i] += ":"
		}
	}
	return strings.Join(texts, " ")
}

// errText spells an error of the scanner as "offset rule: message".
func errText(err error) string {
	var e *jsonscan.Error
	if !errors.As(err, &e) {
		return fmt.Sprintf("not a *jsonscan.Error: %v", err)
	}
	return fmt.Sprintf("%d %s: %s", e.Offset, e.Rule, e.Msg)
}

var (
	strict  = jsonscan.Options{}
	lenient = jsonscan.Options{Lenient: true}
)

// scanTests gives what each mode makes of an input; lenient is "" when it
// is the same as strict.
var scanTests = []struct {
	in, strict, lenient string
}{
	{`{}`, `"{"`, ""},
	{` [ ] `, `"["`, ""},
	{`{"a" : [1, -0.5e+3, true, false, null, ""]}`, `"{" "a": "[" "1" "-0.5e+3" "true" "false" "null" ""`, ""},
	{`"\u00e9\ud83d\ude00\n\t\"\\\/\b\f\r"`, `"é😀\n\t\"\\/\b\f\r"`, ""},
	{`"caf` + "\xe9" + `"`, `4 value: invalid UTF-8 in string`, "\"caf\ufffd\""},
	{`"\n` + "\xff" + `"`, `3 value: invalid UTF-8 in string`, "\"\\n\ufffd\""},
	{"\"\xff\x01\"", `2 syntax: control character U+0001 in string must be escaped`, ""},
	{`"\ud83d"`, `1 value: lone UTF-16 surrogate \uD83D in string`, "\"\ufffd\""},
	{`"\ude00x"`, `1 value: lone UTF-16 surrogate \uDE00 in string`, "\"\ufffdx\""},
	{`"\ud83d\u0041"`, `1 value: lone UTF-16 surrogate \uD83D in string`, "\"\ufffdA\""},
	{`"\ud83d\ud83d\ude00"`, `1 value: lone UTF-16 surrogate \uD83D in string`, "\"\ufffd😀\""},
	{`"\x"`, `1 syntax: invalid escape \x`, ""},
	{`"\u12"`, `1 syntax: invalid \u escape: expected four hex digits`, ""},
	{`"\`, `1 syntax: unterminated escape`, ""},
	{`"abc`, `0 syntax: unterminated string`, ""},
	{`"a\nbc`, `0 syntax: unterminated string`, ""},
	{"\"a\nb\"", `2 syntax: control character U+000A in string must be escaped`, ""},
	{`01`, `1 syntax: invalid number: leading zeros are not allowed`, ""},
	{`-`, `1 syntax: invalid number: expected a digit`, ""},
	{`1.`, `2 syntax: invalid number: expected a digit after the decimal point`, ""},
	{`1e+`, `3 syntax: invalid number: expected a digit in the exponent`, ""},
	{`tru`, `0 syntax: invalid literal: expected "true"`, ""},
	{`nul`, `0 syntax: invalid literal: expected "null"`, ""},
	{`x`, `0 syntax: unexpected 'x'; expected a value`, ""},
	{`[1,]`, `3 syntax: unexpected ']'; expected a value`, ""},
	{`{"a":1,}`, `7 syntax: expected a member name in double quotes, found '}'`, ""},
	{`{"a":1`, `6 syntax: unexpected end of input; expected ',' or '}'`, ""},
	{`[1 2]`, `3 syntax: expected ',' or ']' after an element, found a number`, ""},
	{`{"a" 1}`, `5 syntax: expected ':' after member name "a"`, ""},
	{`{1:2}`, `1 syntax: expected a member name in double quotes, found a number`, ""},
	{`{`, `1 syntax: unexpected end of input; expected a member name`, ""},
	{`[1] 2`, `4 trailing-data: unexpected data after the end of the document`, ""},
	{"\ufeff{}", `0 syntax: byte order mark at the start: JSON text must not begin with one`, ""},
	{``, `0 syntax: empty input: expected a JSON value`, ""},
	{" \n ", `3 syntax: empty input: expected a JSON value`, ""},
}

func TestScan(t *testing.T) {
	for _, tt := range scanTests {
		want := tt.lenient
		if want == "" {
			want = tt.strict
		}
		got := map[string]string{"strict": outcome([]byte(tt.in), strict), "lenient": outcome([]byte(tt.in), lenient)}
		if diff := cmp.Diff(map[string]string{"strict": tt.strict, "lenient": want}, got); diff != "" {
			t.Errorf("%q (-want +got)\n%s", tt.in, diff)
		}
	}
}

func TestEmptyIsErrEmpty(t *testing.T) {
	_, err := walk([]byte("  "), strict)
	if !errors.Is(err, jsonscan.ErrEmpty) {
		t.Errorf("error %v is not ErrEmpty", err)
	}
	if _, err := walk([]byte("x"), strict); errors.Is(err, jsonscan.ErrEmpty) {
		t.Errorf("error %v is ErrEmpty", err)
	}
}

func TestLimits(t *testing.T) {
	tests := []struct {
		in   string
		opt  jsonscan.Options
		want string
	}{
		{`[[1]]`, jsonscan.Options{MaxDepth: 2}, `"[" "[" "1"`},
		{`[[[1]]]`, jsonscan.Options{MaxDepth: 2}, `2 limit: nesting deeper than 2 levels`},
		{`{"a":{"b":{}}}`, jsonscan.Options{MaxDepth: 2}, `10 limit: nesting deeper than 2 levels`},
		{`[1,2]`, jsonscan.Options{MaxArrayLen: 2}, `"[" "1" "2"`},
		{`[1,2,3]`, jsonscan.Options{MaxArrayLen: 2}, `5 limit: array longer than the limit of 2 elements`},
		{`"abc"`, jsonscan.Options{MaxStringLen: 3}, `"abc"`},
		{`"abcd"`, jsonscan.Options{MaxStringLen: 3}, `0 limit: string of 4 bytes is longer than the limit of 3`},
		{`"ab\n"`, jsonscan.Options{MaxStringLen: 3}, `"ab\n"`},
		{`"ab\nc"`, jsonscan.Options{MaxStringLen: 3}, `0 limit: string of 4 bytes is longer than the limit of 3`},
		{"\"\xff\xff\"", jsonscan.Options{Lenient: true, MaxStringLen: 3}, `0 limit: string of 6 bytes is longer than the limit of 3`},
	}
	for _, tt := range tests {
		if diff := cmp.Diff(tt.want, outcome([]byte(tt.in), tt.opt)); diff != "" {
			t.Errorf("%q %+v (-want +got)\n%s", tt.in, tt.opt, diff)
		}
	}
}

func TestLineCol(t *testing.T) {
	data := []byte("ab\ncé\xffd\n")
	tests := []struct{ off, line, col int }{
		{-1, 1, 1}, {0, 1, 1}, {2, 1, 3}, {3, 2, 1}, {5, 2, 3}, {6, 2, 3}, {7, 2, 4}, {8, 2, 5}, {9, 3, 1}, {100, 3, 1},
	}
	for _, tt := range tests {
		line, col := jsonscan.LineCol(data, tt.off)
		if diff := cmp.Diff([2]int{tt.line, tt.col}, [2]int{line, col}); diff != "" {
			t.Errorf("LineCol(%d) (-want +got)\n%s", tt.off, diff)
		}
	}
}

func TestDescribe(t *testing.T) {
	var got []string
	for _, in := range []string{`{`, `[`, `"`, `-`, `7`, `t`, `f`, `n`, `}`, `é`, ``} {
		s := jsonscan.New([]byte(in), strict)
		got = append(got, s.Describe())
	}
	want := []string{"an object", "an array", "a string", "a number", "a number", "a boolean", "a boolean", "null", "'}'", "'é'", "end of input"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("(-want +got)\n%s", diff)
	}
}
