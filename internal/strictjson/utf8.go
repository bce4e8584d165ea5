package strictjson

import (
	"reflect"
	"strconv"
	"strings"
	"sync"
	"unicode/utf8"
)

// CheckUTF8 walks v (structs, slices, maps with string keys, strings) and
// returns an *Error naming the JSON pointer of the first string that is not
// valid UTF-8, which encoding/json would otherwise replace silently with
// U+FFFD. Fields tagged `json:"-"` and unexported fields are skipped.
func CheckUTF8(v any) error {
	var path []string
	if bad := walkUTF8(reflect.ValueOf(v), &path); bad {
		return &Error{Pointer: joinPointer(path), Rule: RuleValue, Msg: "string is not valid UTF-8"}
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

func walkUTF8(v reflect.Value, path *[]string) bool {
	switch v.Kind() {
	case reflect.Pointer, reflect.Interface:
		if v.IsNil() {
			return false
		}
		return walkUTF8(v.Elem(), path)
	case reflect.String:
		return !utf8.ValidString(v.String())
	case reflect.Slice:
		if v.Type().Elem().Kind() == reflect.Uint8 {
			return false // raw JSON, checked when it was decoded
		}
		for i := range v.Len() {
			*path = append(*path, strconv.Itoa(i))
			if walkUTF8(v.Index(i), path) {
				return true
			}
			*path = (*path)[:len(*path)-1]
		}
	case reflect.Map:
		iter := v.MapRange()
		for iter.Next() {
			k := iter.Key().String()
			*path = append(*path, k)
			if !utf8.ValidString(k) || walkUTF8(iter.Value(), path) {
				return true
			}
			*path = (*path)[:len(*path)-1]
		}
	case reflect.Struct:
		for _, f := range jsonFields(v.Type()) {
			*path = append(*path, f.name)
			if walkUTF8(v.Field(f.index), path) {
				return true
			}
			*path = (*path)[:len(*path)-1]
		}
	}
	return false
}

type namedField struct {
	name  string
	index int
}

var fieldCache sync.Map // reflect.Type -> []namedField

// jsonFields lists the exported, JSON-visible fields of struct type t that
// can hold strings.
func jsonFields(t reflect.Type) []namedField {
	if f, ok := fieldCache.Load(t); ok {
		return f.([]namedField)
	}
	var fields []namedField
	for i := range t.NumField() {
		sf := t.Field(i)
		tag := sf.Tag.Get("json")
		if !sf.IsExported() || tag == "-" || !mayHoldString(sf.Type, 0) {
			continue
		}
		name, _, _ := strings.Cut(tag, ",")
		if name == "" {
			name = sf.Name
		}
		fields = append(fields, namedField{name, i})
	}
	fieldCache.Store(t, fields)
	return fields
}

func mayHoldString(t reflect.Type, depth int) bool {
	if depth > 8 {
		return true
	}
	switch t.Kind() {
	case reflect.String, reflect.Interface, reflect.Map:
		return true
	case reflect.Pointer:
		return mayHoldString(t.Elem(), depth+1)
	case reflect.Slice:
		return t.Elem().Kind() != reflect.Uint8 && mayHoldString(t.Elem(), depth+1)
	case reflect.Struct:
		for i := range t.NumField() {
			if sf := t.Field(i); sf.IsExported() && mayHoldString(sf.Type, depth+1) {
				return true
			}
		}
	}
	return false
}
