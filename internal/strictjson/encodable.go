package strictjson

import (
	"encoding"
	"encoding/json"
	"fmt"
	"math"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"sync"
	"unicode/utf8"
)

// CheckEncodable walks v (structs, slices, maps with string keys, strings,
// text marshalers and raw JSON) and returns an *Error naming the JSON pointer
// of the first value that encoding/json would write wrongly or that
// Unmarshal would refuse to read back: a string that is not valid UTF-8
// (which encoding/json replaces silently with U+FFFD), a text marshaler that
// fails (such as an enumeration holding an unknown name), or raw JSON that is
// missing, null, or not strictly valid. Members that are left out when empty
// are skipped while empty. Maps are walked in key order, so the answer is
// the same every time.
func CheckEncodable(v any) error {
	var path []string
	if msg := walkEncodable(reflect.ValueOf(v), &path); msg != "" {
		return &Error{Pointer: joinPointer(path), Rule: RuleValue, Msg: msg}
	}
	return nil
}

func joinPointer(path []string) string {
	var b strings.Builder
	r := strings.NewReplacer("~", "~0", "/", "~1")
	for _, p := range path {
		b.WriteByte('/')
		b.WriteString(r.Replace(p))
	}
	return b.String()
}

var textMarshalerType = reflect.TypeFor[encoding.TextMarshaler]()

func walkEncodable(v reflect.Value, path *[]string) string {
	if v.Type() == rawMessageType {
		return checkRaw(v.Bytes())
	}
	if v.Type().Implements(textMarshalerType) {
		if v.Kind() == reflect.Pointer && v.IsNil() {
			return ""
		}
		b, err := v.Interface().(encoding.TextMarshaler).MarshalText()
		if err != nil {
			return err.Error()
		}
		if !utf8.Valid(b) {
			return "text form is not valid UTF-8"
		}
		return ""
	}
	switch v.Kind() {
	case reflect.Pointer, reflect.Interface:
		if v.IsNil() {
			return ""
		}
		return walkEncodable(v.Elem(), path)
	case reflect.String:
		if !utf8.ValidString(v.String()) {
			return "string is not valid UTF-8"
		}
	case reflect.Float32, reflect.Float64:
		if f := v.Float(); math.IsNaN(f) || math.IsInf(f, 0) {
			return fmt.Sprintf("number %v has no JSON form", f)
		}
	case reflect.Slice:
		if v.Type().Elem().Kind() == reflect.Uint8 {
			return ""
		}
		for i := range v.Len() {
			*path = append(*path, strconv.Itoa(i))
			if msg := walkEncodable(v.Index(i), path); msg != "" {
				return msg
			}
			*path = (*path)[:len(*path)-1]
		}
	case reflect.Map:
		keys := v.MapKeys()
		slices.SortFunc(keys, func(a, b reflect.Value) int { return strings.Compare(a.String(), b.String()) })
		for _, k := range keys {
			*path = append(*path, k.String())
			if !utf8.ValidString(k.String()) {
				return "member name is not valid UTF-8"
			}
			if msg := walkEncodable(v.MapIndex(k), path); msg != "" {
				return msg
			}
			*path = (*path)[:len(*path)-1]
		}
	case reflect.Struct:
		for _, f := range jsonFields(v.Type()) {
			fv := v.Field(f.index)
			if f.omitEmpty && fv.IsZero() {
				continue
			}
			*path = append(*path, f.name)
			if msg := walkEncodable(fv, path); msg != "" {
				return msg
			}
			*path = (*path)[:len(*path)-1]
		}
	}
	return ""
}

func checkRaw(b []byte) string {
	if b == nil {
		return "raw JSON value is missing"
	}
	var out json.RawMessage
	if err := Unmarshal(b, &out, Limits{}); err != nil {
		return fmt.Sprintf("raw JSON value is not valid: %s", err.(*Error).Msg)
	}
	if string(out) == "null" {
		return "raw JSON value is null; leave the member out instead"
	}
	return ""
}

type namedField struct {
	name      string
	index     int
	omitEmpty bool // omitempty or omitzero: the field is left out when zero
}

var fieldCache sync.Map // reflect.Type -> []namedField

// jsonFields lists the exported, JSON-visible fields of struct type t that
// need checking: those that can hold a string or a text form.
func jsonFields(t reflect.Type) []namedField {
	if f, ok := fieldCache.Load(t); ok {
		return f.([]namedField)
	}
	var fields []namedField
	for i := range t.NumField() {
		sf := t.Field(i)
		if name, omit, ok := jsonName(sf); ok && needsCheck(sf.Type, 0) {
			fields = append(fields, namedField{name, i, omit})
		}
	}
	fieldCache.Store(t, fields)
	return fields
}

func needsCheck(t reflect.Type, depth int) bool {
	if depth > 8 || t == rawMessageType || t.Implements(textMarshalerType) {
		return true
	}
	switch t.Kind() {
	case reflect.String, reflect.Interface, reflect.Map, reflect.Float32, reflect.Float64:
		return true
	case reflect.Pointer:
		return needsCheck(t.Elem(), depth+1)
	case reflect.Slice:
		return t.Elem().Kind() != reflect.Uint8 && needsCheck(t.Elem(), depth+1)
	case reflect.Struct:
		for i := range t.NumField() {
			if sf := t.Field(i); sf.IsExported() && needsCheck(sf.Type, depth+1) {
				return true
			}
		}
	}
	return false
}
