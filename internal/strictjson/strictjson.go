// Package strictjson decodes JSON into Go values strictly: unknown members,
// duplicate members, null, wrong types, invalid UTF-8, lone surrogates and
// trailing data are errors that name the JSON pointer and the position of the
// offending value. It supports the shapes the newsmodel types use: structs with
// json tags, slices, maps with string keys, strings, integers, booleans,
// encoding.TextUnmarshaler and json.RawMessage.
package strictjson

import (
	"bytes"
	"encoding"
	"encoding/json"
	"errors"
	"fmt"
	"reflect"
	"strconv"
	"strings"
	"sync"
	"unicode/utf16"
	"unicode/utf8"
)

// Rules that an Error can carry. They are stable names a program can match.
const (
	RuleSyntax       = "syntax"
	RuleUnknownKey   = "unknown-key"
	RuleDuplicateKey = "duplicate-key"
	RuleType         = "type"
	RuleValue        = "value"
	RuleTrailing     = "trailing-data"
	RuleLimit        = "limit"
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
	if lim.MaxDepth <= 0 {
		lim.MaxDepth = DefaultMaxDepth
	}
	d := &decoder{data: data, lim: lim}
	return d.root(rv.Elem())
}

// root decodes the whole input into v.
func (d *decoder) root(v reflect.Value) error {
	if bytes.HasPrefix(d.data, []byte("\ufeff")) {
		return d.fail(RuleSyntax, "byte order mark at the start: JSON text must not begin with one")
	}
	d.ws()
	if d.pos == len(d.data) {
		return d.fail(RuleSyntax, "empty input: expected a JSON value")
	}
	if err := d.guard(decoderFor(v.Type()), v); err != nil {
		return err
	}
	d.ws()
	if d.pos != len(d.data) {
		return d.fail(RuleTrailing, "unexpected data after the end of the document")
	}
	return nil
}

type seg struct {
	key []byte // may alias the input
	idx int
}

type decoder struct {
	data  []byte
	pos   int
	path  []seg
	depth int
	lim   Limits

	// In collecting mode (maxErrs > 0), a fault in one value is recorded in
	// errs and the value skipped, so that decoding goes on.
	maxErrs int
	errs    []*Error
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
	if lim.MaxDepth <= 0 {
		lim.MaxDepth = DefaultMaxDepth
	}
	d := &decoder{data: data, lim: lim, maxErrs: maxErrs}
	if err := d.root(rv.Elem()); err != nil {
		var e *Error
		if errors.As(err, &e) {
			d.errs = append(d.errs, e)
		}
	}
	return d.errs
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
	d.pos, d.path, d.depth = start, d.path[:pathLen], depth
	return d.skip()
}

// guard decodes one value with dec, recovering from its faults in
// collecting mode.
func (d *decoder) guard(dec decodeFunc, v reflect.Value) error {
	start, pl, dp := d.pos, len(d.path), d.depth
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

func (d *decoder) failAt(off int, rule, format string, args ...any) *Error {
	if off > len(d.data) {
		off = len(d.data)
	}
	line := 1 + bytes.Count(d.data[:off], []byte{'\n'})
	start := bytes.LastIndexByte(d.data[:off], '\n') + 1
	return &Error{
		Pointer: d.pointer(),
		Offset:  off,
		Line:    line,
		Column:  1 + utf8.RuneCount(d.data[start:off]),
		Rule:    rule,
		Msg:     fmt.Sprintf(format, args...),
	}
}

func (d *decoder) fail(rule, format string, args ...any) *Error {
	return d.failAt(d.pos, rule, format, args...)
}

func (d *decoder) ws() {
	for d.pos < len(d.data) {
		switch d.data[d.pos] {
		case ' ', '\t', '\n', '\r':
			d.pos++
		default:
			return
		}
	}
}

// describe names the JSON value starting at the current position, for errors.
func (d *decoder) describe() string {
	if d.pos >= len(d.data) {
		return "end of input"
	}
	switch c := d.data[d.pos]; {
	case c == '{':
		return "an object"
	case c == '[':
		return "an array"
	case c == '"':
		return "a string"
	case c == 't' || c == 'f':
		return "a boolean"
	case c == 'n':
		return "null"
	case c == '-' || (c >= '0' && c <= '9'):
		return "a number"
	default:
		r, _ := utf8.DecodeRune(d.data[d.pos:])
		return fmt.Sprintf("%q", r)
	}
}

// atValue reports whether the current byte can start a JSON value.
func (d *decoder) atValue() bool {
	if d.pos >= len(d.data) {
		return false
	}
	c := d.data[d.pos]
	return strings.IndexByte(`{["tfn-0123456789`, c) >= 0
}

func (d *decoder) expect(c byte, what string) error {
	if d.pos < len(d.data) && d.data[d.pos] == c {
		d.pos++
		return nil
	}
	if d.pos < len(d.data) && d.data[d.pos] == 'n' {
		return d.fail(RuleType, "null is not allowed (omit the member instead); expected %s", what)
	}
	if d.pos >= len(d.data) {
		return d.fail(RuleSyntax, "unexpected end of input; expected %s", what)
	}
	if !d.atValue() {
		return d.fail(RuleSyntax, "unexpected %s; expected %s", d.describe(), what)
	}
	return d.fail(RuleType, "expected %s, found %s", what, d.describe())
}

func (d *decoder) enter() error {
	d.depth++
	if d.depth > d.lim.MaxDepth {
		return d.fail(RuleLimit, "nesting deeper than %d levels", d.lim.MaxDepth)
	}
	return nil
}

// str decodes a JSON string at the current position.
func (d *decoder) str() (string, error) {
	b, err := d.strBytes()
	return string(b), err
}

// strBytes decodes a JSON string; the result may alias the input.
func (d *decoder) strBytes() ([]byte, error) {
	if err := d.expect('"', "a string"); err != nil {
		return nil, err
	}
	start := d.pos
	i := start
	ascii := true
	for i < len(d.data) {
		c := d.data[i]
		if c == '"' {
			s := d.data[start:i]
			if !ascii && !utf8.Valid(s) {
				return nil, d.failAt(start+invalidAt(s), RuleValue, "invalid UTF-8 in string")
			}
			if d.lim.MaxStringLen > 0 && len(s) > d.lim.MaxStringLen {
				return nil, d.failAt(start-1, RuleLimit, "string of %d bytes is longer than the limit of %d", len(s), d.lim.MaxStringLen)
			}
			d.pos = i + 1
			return s, nil
		}
		if c == '\\' {
			return d.strSlow(start, i)
		}
		if c < 0x20 {
			return nil, d.failAt(i, RuleSyntax, "control character U+%04X in string must be escaped", c)
		}
		if c >= utf8.RuneSelf {
			ascii = false
		}
		i++
	}
	return nil, d.failAt(start-1, RuleSyntax, "unterminated string")
}

func invalidAt(s []byte) int {
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRune(s[i:])
		if r == utf8.RuneError && n <= 1 {
			return i
		}
		i += n
	}
	return 0
}

func (d *decoder) strSlow(start, i int) ([]byte, error) {
	out := make([]byte, 0, i-start+16)
	out = append(out, d.data[start:i]...)
	if !utf8.Valid(out) {
		return nil, d.failAt(start+invalidAt(out), RuleValue, "invalid UTF-8 in string")
	}
	for i < len(d.data) {
		c := d.data[i]
		switch {
		case c == '"':
			if d.lim.MaxStringLen > 0 && len(out) > d.lim.MaxStringLen {
				return nil, d.failAt(start-1, RuleLimit, "string of %d bytes is longer than the limit of %d", len(out), d.lim.MaxStringLen)
			}
			d.pos = i + 1
			return out, nil
		case c < 0x20:
			return nil, d.failAt(i, RuleSyntax, "control character U+%04X in string must be escaped", c)
		case c == '\\':
			if i+1 >= len(d.data) {
				return nil, d.failAt(i, RuleSyntax, "unterminated escape")
			}
			e := d.data[i+1]
			i += 2
			switch e {
			case '"', '\\', '/':
				out = append(out, e)
			case 'b':
				out = append(out, '\b')
			case 'f':
				out = append(out, '\f')
			case 'n':
				out = append(out, '\n')
			case 'r':
				out = append(out, '\r')
			case 't':
				out = append(out, '\t')
			case 'u':
				r, ok := Hex4(d.data, i)
				if !ok {
					return nil, d.failAt(i-2, RuleSyntax, `invalid \u escape: expected four hex digits`)
				}
				i += 4
				if utf16.IsSurrogate(r) {
					r2, ok2 := rune(0), false
					if i+6 <= len(d.data) && d.data[i] == '\\' && d.data[i+1] == 'u' {
						r2, ok2 = Hex4(d.data, i+2)
					}
					dec := utf16.DecodeRune(r, r2)
					if !ok2 || dec == utf8.RuneError {
						return nil, d.failAt(i-6, RuleValue, `lone UTF-16 surrogate \u%04X in string`, r)
					}
					i += 6
					r = dec
				}
				out = utf8.AppendRune(out, r)
			default:
				return nil, d.failAt(i-2, RuleSyntax, "invalid escape \\%c", e)
			}
		default:
			j := i
			for j < len(d.data) && d.data[j] != '"' && d.data[j] != '\\' && d.data[j] >= 0x20 {
				j++
			}
			if !utf8.Valid(d.data[i:j]) {
				return nil, d.failAt(i+invalidAt(d.data[i:j]), RuleValue, "invalid UTF-8 in string")
			}
			out = append(out, d.data[i:j]...)
			i = j
		}
	}
	return nil, d.failAt(start-1, RuleSyntax, "unterminated string")
}

// Hex4 reads the four hexadecimal digits of a \u escape at b[i:], and
// reports false when they are not there.
func Hex4(b []byte, i int) (rune, bool) {
	if i+4 > len(b) {
		return 0, false
	}
	var r rune
	for _, c := range b[i : i+4] {
		switch {
		case c >= '0' && c <= '9':
			r = r<<4 | rune(c-'0')
		case c >= 'a' && c <= 'f':
			r = r<<4 | rune(c-'a'+10)
		case c >= 'A' && c <= 'F':
			r = r<<4 | rune(c-'A'+10)
		default:
			return 0, false
		}
	}
	return r, true
}

// number scans a JSON number and returns its text.
func (d *decoder) number() ([]byte, error) {
	start := d.pos
	i := d.pos
	if i < len(d.data) && d.data[i] == '-' {
		i++
	}
	digits := func() int {
		n := 0
		for i < len(d.data) && d.data[i] >= '0' && d.data[i] <= '9' {
			i++
			n++
		}
		return n
	}
	if i < len(d.data) && d.data[i] == '0' {
		i++
		if i < len(d.data) && d.data[i] >= '0' && d.data[i] <= '9' {
			return nil, d.failAt(i, RuleSyntax, "invalid number: leading zeros are not allowed")
		}
	} else if digits() == 0 {
		return nil, d.failAt(i, RuleSyntax, "invalid number: expected a digit")
	}
	if i < len(d.data) && d.data[i] == '.' {
		i++
		if digits() == 0 {
			return nil, d.failAt(i, RuleSyntax, "invalid number: expected a digit after the decimal point")
		}
	}
	if i < len(d.data) && (d.data[i] == 'e' || d.data[i] == 'E') {
		i++
		if i < len(d.data) && (d.data[i] == '+' || d.data[i] == '-') {
			i++
		}
		if digits() == 0 {
			return nil, d.failAt(i, RuleSyntax, "invalid number: expected a digit in the exponent")
		}
	}
	d.pos = i
	return d.data[start:i], nil
}

func (d *decoder) literal(word string) error {
	if bytes.HasPrefix(d.data[d.pos:], []byte(word)) {
		d.pos += len(word)
		return nil
	}
	return d.fail(RuleSyntax, "invalid literal: expected %q", word)
}

// skip checks and passes over one JSON value of any type, rejecting duplicate
// members in its objects.
func (d *decoder) skip() error {
	d.ws()
	if d.pos >= len(d.data) {
		return d.fail(RuleSyntax, "unexpected end of input; expected a value")
	}
	switch c := d.data[d.pos]; {
	case c == '{':
		if err := d.enter(); err != nil {
			return err
		}
		d.pos++
		seen := map[string]bool{}
		err := d.members(func(key []byte, keyOff int) error {
			if seen[string(key)] {
				return d.failAt(keyOff, RuleDuplicateKey, "duplicate member %q", key)
			}
			seen[string(key)] = true
			return d.skip()
		})
		d.depth--
		return err
	case c == '[':
		if err := d.enter(); err != nil {
			return err
		}
		d.pos++
		err := d.elements(func(int) error { return d.skip() })
		d.depth--
		return err
	case c == '"':
		_, err := d.strBytes()
		return err
	case c == 't':
		return d.literal("true")
	case c == 'f':
		return d.literal("false")
	case c == 'n':
		return d.literal("null")
	case c == '-' || (c >= '0' && c <= '9'):
		_, err := d.number()
		return err
	default:
		return d.fail(RuleSyntax, "unexpected %s; expected a value", d.describe())
	}
}

// members reads the members of an object whose '{' was consumed, calling fn
// with the value position current and the key pushed on the path.
func (d *decoder) members(fn func(key []byte, keyOff int) error) error {
	d.ws()
	if d.pos < len(d.data) && d.data[d.pos] == '}' {
		d.pos++
		return nil
	}
	for {
		d.ws()
		keyOff := d.pos
		if d.pos >= len(d.data) || d.data[d.pos] != '"' {
			if d.pos >= len(d.data) {
				return d.fail(RuleSyntax, "unexpected end of input; expected a member name")
			}
			return d.fail(RuleSyntax, "expected a member name in double quotes, found %s", d.describe())
		}
		key, err := d.strBytes()
		if err != nil {
			return err
		}
		d.ws()
		if d.pos >= len(d.data) || d.data[d.pos] != ':' {
			return d.fail(RuleSyntax, "expected ':' after member name %q", key)
		}
		d.pos++
		d.ws()
		d.path = append(d.path, seg{key: key, idx: -1})
		if err := fn(key, keyOff); err != nil {
			return err
		}
		d.path = d.path[:len(d.path)-1]
		d.ws()
		if d.pos >= len(d.data) {
			return d.fail(RuleSyntax, "unexpected end of input; expected ',' or '}'")
		}
		switch d.data[d.pos] {
		case ',':
			d.pos++
		case '}':
			d.pos++
			return nil
		default:
			return d.fail(RuleSyntax, "expected ',' or '}' after a member, found %s", d.describe())
		}
	}
}

// elements reads the elements of an array whose '[' was consumed.
func (d *decoder) elements(fn func(i int) error) error {
	d.ws()
	if d.pos < len(d.data) && d.data[d.pos] == ']' {
		d.pos++
		return nil
	}
	for i := 0; ; i++ {
		if d.lim.MaxArrayLen > 0 && i >= d.lim.MaxArrayLen {
			return d.fail(RuleLimit, "array longer than the limit of %d elements", d.lim.MaxArrayLen)
		}
		d.ws()
		d.path = append(d.path, seg{idx: i})
		if err := fn(i); err != nil {
			return err
		}
		d.path = d.path[:len(d.path)-1]
		d.ws()
		if d.pos >= len(d.data) {
			return d.fail(RuleSyntax, "unexpected end of input; expected ',' or ']'")
		}
		switch d.data[d.pos] {
		case ',':
			d.pos++
		case ']':
			d.pos++
			return nil
		default:
			return d.fail(RuleSyntax, "expected ',' or ']' after an element, found %s", d.describe())
		}
	}
}

type decodeFunc func(d *decoder, v reflect.Value) error

var cache sync.Map // reflect.Type -> decodeFunc

var (
	textUnmarshalerType = reflect.TypeFor[encoding.TextUnmarshaler]()
	rawMessageType      = reflect.TypeFor[json.RawMessage]()
)

func decoderFor(t reflect.Type) decodeFunc {
	if f, ok := cache.Load(t); ok {
		return f.(decodeFunc)
	}
	// A forwarding function breaks cycles of recursive types.
	var impl decodeFunc
	fwd := decodeFunc(func(d *decoder, v reflect.Value) error { return impl(d, v) })
	if f, loaded := cache.LoadOrStore(t, fwd); loaded {
		return f.(decodeFunc)
	}
	impl = buildDecoder(t)
	cache.Store(t, impl)
	return impl
}

func buildDecoder(t reflect.Type) decodeFunc {
	switch {
	case t == rawMessageType:
		return decodeRaw
	case reflect.PointerTo(t).Implements(textUnmarshalerType):
		return decodeText
	}
	switch t.Kind() {
	case reflect.Struct:
		return structDecoder(t)
	case reflect.Slice:
		return sliceDecoder(t)
	case reflect.Map:
		if t.Key().Kind() != reflect.String {
			panic("strictjson: unsupported map key type " + t.Key().String())
		}
		return mapDecoder(t)
	case reflect.String:
		return decodeString
	case reflect.Bool:
		return decodeBool
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return decodeInt
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		return decodeUint
	case reflect.Float32, reflect.Float64:
		return decodeFloat
	case reflect.Pointer:
		elem := decoderFor(t.Elem())
		return func(d *decoder, v reflect.Value) error {
			if v.IsNil() {
				v.Set(reflect.New(t.Elem()))
			}
			return elem(d, v.Elem())
		}
	}
	panic("strictjson: unsupported type " + t.String())
}

func decodeText(d *decoder, v reflect.Value) error {
	start := d.pos
	b, err := d.strBytes()
	if err != nil {
		return err
	}
	if err := v.Addr().Interface().(encoding.TextUnmarshaler).UnmarshalText(b); err != nil {
		e := d.failAt(start, RuleValue, "%v", err)
		e.Err = err
		return e
	}
	return nil
}

func decodeString(d *decoder, v reflect.Value) error {
	s, err := d.str()
	if err != nil {
		return err
	}
	v.SetString(s)
	return nil
}

func decodeBool(d *decoder, v reflect.Value) error {
	switch {
	case d.pos < len(d.data) && d.data[d.pos] == 't':
		v.SetBool(true)
		return d.literal("true")
	case d.pos < len(d.data) && d.data[d.pos] == 'f':
		v.SetBool(false)
		return d.literal("false")
	}
	return d.expect('t', "a boolean")
}

func (d *decoder) integer() (string, int, error) {
	start := d.pos
	if d.pos >= len(d.data) || (d.data[d.pos] != '-' && (d.data[d.pos] < '0' || d.data[d.pos] > '9')) {
		return "", start, d.expect('0', "an integer")
	}
	num, err := d.number()
	if err != nil {
		return "", start, err
	}
	if bytes.ContainsAny(num, ".eE") {
		return "", start, d.failAt(start, RuleType, "expected an integer, found %s", num)
	}
	return string(num), start, nil
}

func decodeInt(d *decoder, v reflect.Value) error {
	s, start, err := d.integer()
	if err != nil {
		return err
	}
	n, err := strconv.ParseInt(s, 10, v.Type().Bits())
	if err != nil {
		return d.failAt(start, RuleValue, "integer %s out of range", s)
	}
	v.SetInt(n)
	return nil
}

func decodeUint(d *decoder, v reflect.Value) error {
	s, start, err := d.integer()
	if err != nil {
		return err
	}
	n, err := strconv.ParseUint(s, 10, v.Type().Bits())
	if err != nil {
		return d.failAt(start, RuleValue, "integer %s out of range", s)
	}
	v.SetUint(n)
	return nil
}

// decodeFloat reads any JSON number into a float field; a number too large
// for the field is an error, not an infinity.
func decodeFloat(d *decoder, v reflect.Value) error {
	start := d.pos
	if d.pos >= len(d.data) || (d.data[d.pos] != '-' && (d.data[d.pos] < '0' || d.data[d.pos] > '9')) {
		return d.expect('0', "a number")
	}
	num, err := d.number()
	if err != nil {
		return err
	}
	f, err := strconv.ParseFloat(string(num), v.Type().Bits())
	if err != nil {
		return d.failAt(start, RuleValue, "number %s out of range", num)
	}
	v.SetFloat(f)
	return nil
}

func decodeRaw(d *decoder, v reflect.Value) error {
	start := d.pos
	if d.pos < len(d.data) && d.data[d.pos] == 'n' {
		return d.fail(RuleType, "null is not allowed (omit the member instead); expected a JSON value")
	}
	if err := d.skip(); err != nil {
		return err
	}
	var buf bytes.Buffer
	if err := json.Compact(&buf, d.data[start:d.pos]); err != nil {
		return d.failAt(start, RuleSyntax, "%v", err)
	}
	v.SetBytes(buf.Bytes())
	return nil
}

func sliceDecoder(t reflect.Type) decodeFunc {
	elem := decoderFor(t.Elem())
	return func(d *decoder, v reflect.Value) error {
		if err := d.expect('[', "an array"); err != nil {
			return err
		}
		if err := d.enter(); err != nil {
			return err
		}
		s := reflect.MakeSlice(t, 0, 4)
		err := d.elements(func(i int) error {
			if i == s.Cap() {
				s = reflect.AppendSlice(s, reflect.MakeSlice(t, s.Cap(), s.Cap()))
				s = s.Slice(0, i)
			}
			s = s.Slice(0, i+1)
			return d.guard(elem, s.Index(i))
		})
		d.depth--
		if err != nil {
			return err
		}
		if s.Len() > 0 { // an empty array stays nil: the two encode alike
			v.Set(s.Slice3(0, s.Len(), s.Len()))
		}
		return nil
	}
}

func mapDecoder(t reflect.Type) decodeFunc {
	elem := decoderFor(t.Elem())
	return func(d *decoder, v reflect.Value) error {
		if err := d.expect('{', "an object"); err != nil {
			return err
		}
		if err := d.enter(); err != nil {
			return err
		}
		m := reflect.MakeMap(t)
		err := d.members(func(key []byte, keyOff int) error {
			k := reflect.ValueOf(string(key)).Convert(t.Key())
			if m.MapIndex(k).IsValid() {
				return d.salvage(d.pos, len(d.path), d.depth, d.failAt(keyOff, RuleDuplicateKey, "duplicate member %q", key))
			}
			e := reflect.New(t.Elem()).Elem()
			start, pl, dp := d.pos, len(d.path), d.depth
			if err := elem(d, e); err != nil {
				return d.salvage(start, pl, dp, err)
			}
			m.SetMapIndex(k, e)
			return nil
		})
		d.depth--
		if err != nil {
			return err
		}
		if m.Len() > 0 { // an empty object stays nil: the two encode alike
			v.Set(m)
		}
		return nil
	}
}

type field struct {
	name     string
	index    []int
	dec      decodeFunc
	required bool // no omitempty or omitzero: the member must be present
}

func structDecoder(t reflect.Type) decodeFunc {
	var fields []field
	for i := range t.NumField() {
		sf := t.Field(i)
		if !sf.IsExported() {
			continue
		}
		tag := sf.Tag.Get("json")
		if tag == "-" {
			continue
		}
		name, opts, _ := strings.Cut(tag, ",")
		if name == "" {
			name = sf.Name
		}
		required := true
		for o := range strings.SplitSeq(opts, ",") {
			if o == "omitempty" || o == "omitzero" {
				required = false
			}
		}
		fields = append(fields, field{name: name, index: sf.Index, required: required})
	}
	for i := range fields {
		fields[i].dec = decoderFor(t.FieldByIndex(fields[i].index).Type)
	}
	if len(fields) > 64 {
		panic("strictjson: struct " + t.String() + " has more than 64 fields")
	}
	names := make([]string, len(fields))
	var required uint64
	for i, f := range fields {
		names[i] = f.name
		if f.required {
			required |= 1 << i
		}
	}
	known := strings.Join(names, ", ")
	return func(d *decoder, v reflect.Value) error {
		start := d.pos
		if err := d.expect('{', "an object"); err != nil {
			return err
		}
		if err := d.enter(); err != nil {
			return err
		}
		var seen uint64 // structs of the model have fewer than 64 fields
		err := d.members(func(key []byte, keyOff int) error {
			for i := range fields {
				if fields[i].name != string(key) {
					continue
				}
				if seen&(1<<i) != 0 {
					return d.salvage(d.pos, len(d.path), d.depth, d.failAt(keyOff, RuleDuplicateKey, "duplicate member %q", key))
				}
				seen |= 1 << i
				return d.guard(fields[i].dec, v.FieldByIndex(fields[i].index))
			}
			return d.salvage(d.pos, len(d.path), d.depth, d.failAt(keyOff, RuleUnknownKey, "unknown member %q; allowed here: %s", key, known))
		})
		d.depth--
		if err != nil || seen&required == required {
			return err
		}
		for i, f := range fields {
			if required&^seen&(1<<i) != 0 {
				d.path = append(d.path, seg{key: []byte(f.name), idx: -1})
				e := d.failAt(start, RuleRequired, "missing member %q", f.name)
				d.path = d.path[:len(d.path)-1]
				if d.maxErrs == 0 {
					return e
				}
				if len(d.errs) >= d.maxErrs {
					return d.fail(RuleLimit, "more than %d faults; decoding stopped", d.maxErrs)
				}
				d.errs = append(d.errs, e)
			}
		}
		return nil
	}
}
