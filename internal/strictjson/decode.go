package strictjson

import (
	"errors"
	"fmt"
	"reflect"
	"strconv"
	"strings"

	"github.com/newsmodel/newsmodel/internal/jsonscan"
)

// Rules that an Error can carry. They are stable names a program can match.
const (
	RuleSyntax       = jsonscan.RuleSyntax
	RuleUnknownKey   = "unknown-key"
	RuleDuplicateKey = "duplicate-key"
	RuleType         = "type"
	RuleValue        = jsonscan.RuleValue
	RuleTrailing     = jsonscan.RuleTrailing
	RuleLimit        = jsonscan.RuleLimit
	RuleRequired     = "required"
)

// Limits bound what a decode accepts, for untrusted input. A zero field means
// no limit, except MaxDepth, whose zero value means DefaultMaxDepth.
type Limits struct {
	MaxDepth     int // nesting of arrays and objects
	MaxStringLen int // bytes of one decoded string
	MaxArrayLen  int // elements of one array
}

// DefaultMaxDepth is the nesting depth allowed when Limits.MaxDepth is zero.
const DefaultMaxDepth = 1000

// Error is one decoding failure.
type Error struct {
	Pointer string // RFC 6901 pointer of the offending value; "" is the whole document
	Offset  int    // byte offset in the input
	Line    int    // 1-based line of Offset
	Column  int    // 1-based column of Offset, in code points
	Rule    string // one of the Rule constants
	Msg     string
	Err     error // the underlying error of a text form, if any
}

// Unwrap returns the error of a value's text form, such as a date's parse
// error, so that callers can reach it with errors.As.
func (e *Error) Unwrap() error { return e.Err }

// Error gives the line, column, pointer and message.
func (e *Error) Error() string {
	ptr := e.Pointer
	if ptr == "" {
		ptr = "(document)"
	}
	return fmt.Sprintf("%d:%d: %s: %s", e.Line, e.Column, ptr, e.Msg)
}

// Unmarshal decodes the single JSON document in data into v, which must be a
// non-nil pointer.
func Unmarshal(data []byte, v any, lim Limits) error {
	rv := reflect.ValueOf(v)
	if rv.Kind() != reflect.Pointer || rv.IsNil() {
		return fmt.Errorf("strictjson: Unmarshal needs a non-nil pointer, got %T", v)
	}
	d := newDecoder(data, lim, 0)
	return d.root(rv.Elem())
}

// UnmarshalAll is Unmarshal that does not stop at the first fault in a value:
// it records the fault, skips the value (leaving its field as it was) and
// goes on, so that one call reports every unknown, duplicate, missing or
// mistyped member of the document and v holds everything else. Faults of
// syntax, limits and trailing data still end the decode; so does reaching
// maxErrs faults, with a last "limit" fault saying so. It returns the faults
// in the order found, nil when there are none.
func UnmarshalAll(data []byte, v any, lim Limits, maxErrs int) []*Error {
	if maxErrs < 1 {
		maxErrs = 1
	}
	rv := reflect.ValueOf(v)
	if rv.Kind() != reflect.Pointer || rv.IsNil() {
		return []*Error{{Rule: RuleValue, Msg: fmt.Sprintf("strictjson: UnmarshalAll needs a non-nil pointer, got %T", v)}}
	}
	d := newDecoder(data, lim, maxErrs)
	if err := d.root(rv.Elem()); err != nil {
		var e *Error
		if errors.As(err, &e) {
			d.errs = append(d.errs, e)
		}
	}
	return d.errs
}

type seg struct {
	key []byte // may alias the input
	idx int
}

// decoder reads JSON text through a strict jsonscan.Scanner into Go values,
// keeping the JSON pointer of the value it is in.
type decoder struct {
	jsonscan.Scanner
	path []seg

	// In collecting mode (maxErrs > 0), a fault in one value is recorded in
	// errs and the value skipped, so that decoding goes on.
	maxErrs int
	errs    []*Error
}

func newDecoder(data []byte, lim Limits, maxErrs int) *decoder {
	if lim.MaxDepth <= 0 {
		lim.MaxDepth = DefaultMaxDepth
	}
	opt := jsonscan.Options{MaxDepth: lim.MaxDepth, MaxStringLen: lim.MaxStringLen, MaxArrayLen: lim.MaxArrayLen}
	return &decoder{Scanner: jsonscan.New(data, opt), maxErrs: maxErrs}
}

// root decodes the whole input into v.
func (d *decoder) root(v reflect.Value) error {
	dec := decoderFor(v.Type())
	return d.located(d.Document(func() error { return d.guard(dec, v) }))
}

// salvage handles err from decoding the value that started at start, with
// the path and depth as they were then. Outside collecting mode, and for
// faults that leave no way to go on, it returns err. Otherwise it records
// err, skips the value and returns nil.
func (d *decoder) salvage(start, pathLen, depth int, err error) error {
	if err == nil || d.maxErrs == 0 {
		return err
	}
	e, ok := err.(*Error)
	if !ok {
		return err
	}
	switch e.Rule {
	case RuleSyntax, RuleLimit, RuleTrailing:
		return err
	}
	if len(d.errs) >= d.maxErrs {
		return d.fail(RuleLimit, "more than %d faults; decoding stopped", d.maxErrs)
	}
	d.errs = append(d.errs, e)
	d.Pos, d.path, d.Depth = start, d.path[:pathLen], depth
	return d.skip()
}

// guard decodes one value with dec, recovering from its faults in
// collecting mode.
func (d *decoder) guard(dec decodeFunc, v reflect.Value) error {
	start, pl, dp := d.Pos, len(d.path), d.Depth
	return d.salvage(start, pl, dp, dec(d, v))
}

func (d *decoder) pointer() string {
	var b strings.Builder
	for _, s := range d.path {
		b.WriteByte('/')
		if s.idx >= 0 {
			b.WriteString(strconv.Itoa(s.idx))
			continue
		}
		b.WriteString(strings.NewReplacer("~", "~0", "/", "~1").Replace(string(s.key)))
	}
	return b.String()
}

func (d *decoder) errorAt(off int, rule, msg string) *Error {
	off = min(off, len(d.Data))
	line, col := jsonscan.LineCol(d.Data, off)
	return &Error{Pointer: d.pointer(), Offset: off, Line: line, Column: col, Rule: rule, Msg: msg}
}

func (d *decoder) failAt(off int, rule, format string, args ...any) *Error {
	return d.errorAt(off, rule, fmt.Sprintf(format, args...))
}

func (d *decoder) fail(rule, format string, args ...any) *Error {
	return d.failAt(d.Pos, rule, format, args...)
}

// located turns an error of the scanner into an *Error at the current
// pointer; other errors, already located, it returns as they are.
func (d *decoder) located(err error) error {
	if e, ok := err.(*jsonscan.Error); ok {
		return d.errorAt(e.Offset, e.Rule, e.Msg)
	}
	return err
}

// expect checks that the value at the current position starts with c,
// and otherwise names what is there instead of what.
func (d *decoder) expect(c byte, what string) error {
	switch {
	case d.Pos < len(d.Data) && d.Data[d.Pos] == c:
		return nil
	case d.Kind() == jsonscan.Null:
		return d.fail(RuleType, "null is not allowed (omit the member instead); expected %s", what)
	case d.Pos >= len(d.Data):
		return d.fail(RuleSyntax, "unexpected end of input; expected %s", what)
	case d.Kind() == jsonscan.None:
		return d.fail(RuleSyntax, "unexpected %s; expected %s", d.Describe(), what)
	}
	return d.fail(RuleType, "expected %s, found %s", what, d.Describe())
}

// str decodes a JSON string at the current position; the result may alias
// the input.
func (d *decoder) str() ([]byte, error) {
	if err := d.expect('"', "a string"); err != nil {
		return nil, err
	}
	b, err := d.String()
	return b, d.located(err)
}

// skip checks and passes over one JSON value of any type, rejecting duplicate
// members in its objects.
func (d *decoder) skip() error {
	d.Space()
	switch d.Kind() {
	case jsonscan.Object:
		seen := map[string]bool{}
		return d.members(func(key []byte, keyOff int) error {
			if seen[string(key)] {
				return d.failAt(keyOff, RuleDuplicateKey, "duplicate member %q", key)
			}
			seen[string(key)] = true
			return d.skip()
		})
	case jsonscan.Array:
		return d.elements(func(int) error { return d.skip() })
	case jsonscan.String:
		_, err := d.String()
		return d.located(err)
	case jsonscan.Number:
		_, err := d.Number()
		return d.located(err)
	case jsonscan.True, jsonscan.False, jsonscan.Null:
		return d.located(d.Literal())
	}
	return d.located(d.NotAValue())
}

// members reads the object at the current position, calling fn with the
// value position current and the key pushed on the path. Anything but an
// object there is an error that names it.
func (d *decoder) members(fn func(key []byte, keyOff int) error) error {
	if err := d.expect('{', "an object"); err != nil {
		return err
	}
	return d.located(d.Object(func(key []byte, keyOff int) error {
		d.path = append(d.path, seg{key: key, idx: -1})
		if err := fn(key, keyOff); err != nil {
			return err
		}
		d.path = d.path[:len(d.path)-1]
		return nil
	}))
}

// elements reads the array at the current position, calling fn with the
// element's position current and its index pushed on the path. Anything
// but an array there is an error that names it.
func (d *decoder) elements(fn func(i int) error) error {
	if err := d.expect('[', "an array"); err != nil {
		return err
	}
	return d.located(d.Array(func(i int) error {
		d.path = append(d.path, seg{idx: i})
		if err := fn(i); err != nil {
			return err
		}
		d.path = d.path[:len(d.path)-1]
		return nil
	}))
}
