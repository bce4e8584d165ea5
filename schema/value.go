package schema

import (
	"encoding/json"
	"fmt"
	"strconv"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/newsmodel/newsmodel/internal/strictjson"
)

// maxDecodeDepth bounds the recursion of decodeValue whatever its caller
// checked before, as encoding/json bounds its own.
const maxDecodeDepth = 10000

// valueDecoder decodes JSON into the values encoding/json produces with
// UseNumber (map[string]any, []any, string, json.Number, bool, nil), in
// one pass and with fewer allocations. Like encoding/json it keeps the last
// of duplicate members and turns invalid UTF-8 and lone surrogates into
// U+FFFD; a differential fuzz test holds it to encoding/json.
type valueDecoder struct {
	data  []byte
	pos   int
	depth int
}

type syntaxError struct {
	off  int
	rule string
	msg  string
}

func (d *valueDecoder) fail(format string, args ...any) *syntaxError {
	return &syntaxError{off: d.pos, rule: "syntax", msg: fmt.Sprintf(format, args...)}
}

// decodeValue decodes the one JSON value of data.
func decodeValue(data []byte) (any, *Problem) {
	d := &valueDecoder{data: data}
	d.ws()
	if d.pos == len(d.data) {
		return nil, &Problem{Rule: "syntax", Message: "empty input: expected a JSON value"}
	}
	v, err := d.value()
	if err == nil {
		d.ws()
		if d.pos < len(d.data) {
			err = &syntaxError{off: d.pos, rule: "trailing-data", msg: "unexpected data after the end of the document"}
		}
	}
	if err != nil {
		line, col := lineCol(data, err.off)
		return nil, &Problem{Rule: err.rule, Message: fmt.Sprintf("line %d, column %d: %s", line, col, err.msg)}
	}
	return v, nil
}

func (d *valueDecoder) ws() {
	for d.pos < len(d.data) {
		switch d.data[d.pos] {
		case ' ', '\t', '\n', '\r':
			d.pos++
		default:
			return
		}
	}
}

func (d *valueDecoder) describe() string {
	if d.pos >= len(d.data) {
		return "the end of the input"
	}
	r, _ := utf8.DecodeRune(d.data[d.pos:])
	return strconv.QuoteRune(r)
}

func (d *valueDecoder) value() (any, *syntaxError) {
	if d.pos >= len(d.data) {
		return nil, d.fail("unexpected end of input; expected a value")
	}
	switch c := d.data[d.pos]; {
	case c == '{':
		return d.object()
	case c == '[':
		return d.array()
	case c == '"':
		return d.str()
	case c == '-' || (c >= '0' && c <= '9'):
		return d.number()
	case c == 't':
		return true, d.literal("true")
	case c == 'f':
		return false, d.literal("false")
	case c == 'n':
		return nil, d.literal("null")
	}
	return nil, d.fail("unexpected %s; expected a value", d.describe())
}

func (d *valueDecoder) literal(word string) *syntaxError {
	if len(d.data)-d.pos >= len(word) && string(d.data[d.pos:d.pos+len(word)]) == word {
		d.pos += len(word)
		return nil
	}
	return d.fail("invalid literal; expected %q", word)
}

func (d *valueDecoder) enter() *syntaxError {
	d.depth++
	if d.depth > maxDecodeDepth {
		return &syntaxError{off: d.pos, rule: "limit", msg: fmt.Sprintf("nesting deeper than %d levels", maxDecodeDepth)}
	}
	return nil
}

func (d *valueDecoder) object() (any, *syntaxError) {
	if err := d.enter(); err != nil {
		return nil, err
	}
	d.pos++ // '{'
	m := map[string]any{}
	d.ws()
	if d.pos < len(d.data) && d.data[d.pos] == '}' {
		d.pos++
		d.depth--
		return m, nil
	}
	for {
		d.ws()
		if d.pos >= len(d.data) || d.data[d.pos] != '"' {
			return nil, d.fail("expected a member name in double quotes, found %s", d.describe())
		}
		k, err := d.str()
		if err != nil {
			return nil, err
		}
		d.ws()
		if d.pos >= len(d.data) || d.data[d.pos] != ':' {
			return nil, d.fail("expected ':' after a member name, found %s", d.describe())
		}
		d.pos++
		d.ws()
		v, err := d.value()
		if err != nil {
			return nil, err
		}
		m[k.(string)] = v
		d.ws()
		if d.pos >= len(d.data) {
			return nil, d.fail("unexpected end of input; expected ',' or '}'")
		}
		switch d.data[d.pos] {
		case ',':
			d.pos++
		case '}':
			d.pos++
			d.depth--
			return m, nil
		default:
			return nil, d.fail("expected ',' or '}' after a member, found %s", d.describe())
		}
	}
}

func (d *valueDecoder) array() (any, *syntaxError) {
	if err := d.enter(); err != nil {
		return nil, err
	}
	d.pos++ // '['
	a := []any{}
	d.ws()
	if d.pos < len(d.data) && d.data[d.pos] == ']' {
		d.pos++
		d.depth--
		return a, nil
	}
	for {
		d.ws()
		v, err := d.value()
		if err != nil {
			return nil, err
		}
		a = append(a, v)
		d.ws()
		if d.pos >= len(d.data) {
			return nil, d.fail("unexpected end of input; expected ',' or ']'")
		}
		switch d.data[d.pos] {
		case ',':
			d.pos++
		case ']':
			d.pos++
			d.depth--
			return a, nil
		default:
			return nil, d.fail("expected ',' or ']' after an element, found %s", d.describe())
		}
	}
}

func (d *valueDecoder) str() (any, *syntaxError) {
	start := d.pos + 1
	i := start
	for i < len(d.data) {
		c := d.data[i]
		switch {
		case c == '"':
			s := d.data[start:i]
			d.pos = i + 1
			if !utf8.Valid(s) {
				return string(fixUTF8(nil, s)), nil
			}
			return string(s), nil
		case c == '\\':
			return d.strSlow(start, i)
		case c < 0x20:
			d.pos = i
			return nil, d.fail("control character U+%04X in a string must be escaped", c)
		}
		i++
	}
	d.pos = start - 1
	return nil, d.fail("unterminated string")
}

// fixUTF8 appends s to out with every byte that is not part of valid UTF-8
// replaced by U+FFFD, as encoding/json does.
func fixUTF8(out, s []byte) []byte {
	for len(s) > 0 {
		r, n := utf8.DecodeRune(s)
		out = utf8.AppendRune(out, r) // RuneError for an invalid byte
		s = s[n:]
	}
	return out
}

func (d *valueDecoder) strSlow(start, i int) (any, *syntaxError) {
	out := fixUTF8(make([]byte, 0, i-start+16), d.data[start:i])
	for i < len(d.data) {
		c := d.data[i]
		switch {
		case c == '"':
			d.pos = i + 1
			return string(out), nil
		case c < 0x20:
			d.pos = i
			return nil, d.fail("control character U+%04X in a string must be escaped", c)
		case c == '\\':
			if i+1 >= len(d.data) {
				d.pos = i
				return nil, d.fail("unterminated escape")
			}
			e := d.data[i+1]
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
				r, ok := strictjson.Hex4(d.data, i+2)
				if !ok {
					d.pos = i
					return nil, d.fail(`invalid \u escape: expected four hex digits`)
				}
				i += 6
				if utf16.IsSurrogate(r) {
					hi := r
					r = utf8.RuneError
					if i+6 <= len(d.data) && d.data[i] == '\\' && d.data[i+1] == 'u' {
						if lo, ok := strictjson.Hex4(d.data, i+2); ok {
							if dec := utf16.DecodeRune(hi, lo); dec != utf8.RuneError {
								r = dec
								i += 6
							}
						}
					}
				}
				out = utf8.AppendRune(out, r)
				continue
			default:
				d.pos = i
				return nil, d.fail("invalid escape \\%c", e)
			}
			i += 2
		default:
			j := i
			for j < len(d.data) && d.data[j] != '"' && d.data[j] != '\\' && d.data[j] >= 0x20 {
				j++
			}
			out = fixUTF8(out, d.data[i:j])
			i = j
		}
	}
	d.pos = start - 1
	return nil, d.fail("unterminated string")
}

func (d *valueDecoder) number() (any, *syntaxError) {
	start := d.pos
	i := d.pos
	digits := func() int {
		n := 0
		for i < len(d.data) && d.data[i] >= '0' && d.data[i] <= '9' {
			i++
			n++
		}
		return n
	}
	if d.data[i] == '-' {
		i++
	}
	if i < len(d.data) && d.data[i] == '0' {
		i++
	} else if digits() == 0 {
		d.pos = i
		return nil, d.fail("invalid number: expected a digit")
	}
	if i < len(d.data) && d.data[i] == '.' {
		i++
		if digits() == 0 {
			d.pos = i
			return nil, d.fail("invalid number: expected a digit after the decimal point")
		}
	}
	if i < len(d.data) && (d.data[i] == 'e' || d.data[i] == 'E') {
		i++
		if i < len(d.data) && (d.data[i] == '+' || d.data[i] == '-') {
			i++
		}
		if digits() == 0 {
			d.pos = i
			return nil, d.fail("invalid number: expected a digit in the exponent")
		}
	}
	d.pos = i
	return json.Number(d.data[start:i]), nil
}
