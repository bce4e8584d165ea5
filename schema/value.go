package schema

import (
	"encoding/json"
	"errors"
	"fmt"

	"github.com/newsmodel/newsmodel/internal/jsonscan"
)

// maxDecodeDepth bounds the recursion of decodeValue whatever its caller
// checked before, as encoding/json bounds its own.
const maxDecodeDepth = 10000

// valueDecoder decodes JSON into the values encoding/json produces with
// UseNumber (map[string]any, []any, string, json.Number, bool, nil), in
// one pass and with fewer allocations. It reads the text with a lenient
// jsonscan.Scanner, so that like encoding/json it turns invalid UTF-8 and
// lone surrogates into U+FFFD; like encoding/json it keeps the last of
// duplicate members. A differential fuzz test holds it to encoding/json.
type valueDecoder struct {
	jsonscan.Scanner
}

// decodeValue decodes the one JSON value of data.
func decodeValue(data []byte) (any, *Problem) {
	d := &valueDecoder{jsonscan.New(data, jsonscan.Options{Lenient: true, MaxDepth: maxDecodeDepth})}
	var v any
	err := d.Document(func() (err error) {
		v, err = d.value()
		return err
	})
	var e *jsonscan.Error
	switch {
	case err == nil:
		return v, nil
	case !errors.As(err, &e):
		return nil, &Problem{Rule: "syntax", Message: err.Error()}
	case errors.Is(e, jsonscan.ErrEmpty):
		return nil, &Problem{Rule: e.Rule, Message: e.Msg}
	}
	line, col := jsonscan.LineCol(data, e.Offset)
	return nil, &Problem{Rule: e.Rule, Message: fmt.Sprintf("line %d, column %d: %s", line, col, e.Msg)}
}

func (d *valueDecoder) value() (any, error) {
	switch d.Kind() {
	case jsonscan.Object:
		m := map[string]any{}
		err := d.Object(func(name []byte, _ int) error {
			v, err := d.value()
			m[string(name)] = v
			return err
		})
		return m, err
	case jsonscan.Array:
		a := []any{}
		err := d.Array(func(int) error {
			v, err := d.value()
			a = append(a, v)
			return err
		})
		return a, err
	case jsonscan.String:
		s, err := d.String()
		return string(s), err
	case jsonscan.Number:
		n, err := d.Number()
		return json.Number(n), err
	case jsonscan.True:
		return true, d.Literal()
	case jsonscan.False:
		return false, d.Literal()
	case jsonscan.Null:
		return nil, d.Literal()
	}
	return nil, d.NotAValue()
}
