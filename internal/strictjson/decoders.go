package strictjson

import (
	"bytes"
	"encoding"
	"encoding/json"
	"reflect"
	"strconv"
	"strings"
	"sync"

	"github.com/newsmodel/newsmodel/internal/jsonscan"
)

// decodeFunc decodes the value at the decoder's position into v.
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
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
		reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		return decodeInteger
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
	start := d.Pos
	b, err := d.str()
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
	v.SetString(string(s))
	return nil
}

func decodeBool(d *decoder, v reflect.Value) error {
	switch d.Kind() {
	case jsonscan.True:
		v.SetBool(true)
		return d.located(d.Literal())
	case jsonscan.False:
		v.SetBool(false)
		return d.located(d.Literal())
	}
	return d.expect('t', "a boolean")
}

func (d *decoder) integer() (string, int, error) {
	start := d.Pos
	if d.Kind() != jsonscan.Number {
		return "", start, d.expect('0', "an integer")
	}
	num, err := d.Number()
	if err != nil {
		return "", start, d.located(err)
	}
	if bytes.ContainsAny(num, ".eE") {
		return "", start, d.failAt(start, RuleType, "expected an integer, found %s", num)
	}
	return string(num), start, nil
}

// decodeFloat reads any JSON number into a float field; a number too large
// for the field is an error, not an infinity.
func decodeFloat(d *decoder, v reflect.Value) error {
	start := d.Pos
	if d.Kind() != jsonscan.Number {
		return d.expect('0', "a number")
	}
	num, err := d.Number()
	if err != nil {
		return d.located(err)
	}
	f, err := strconv.ParseFloat(string(num), v.Type().Bits())
	if err != nil {
		return d.failAt(start, RuleValue, "number %s out of range", num)
	}
	v.SetFloat(f)
	return nil
}

// decodeInteger decodes into a signed or unsigned integer of any size,
// refusing a number outside its range.
func decodeInteger(d *decoder, v reflect.Value) error {
	s, start, err := d.integer()
	if err != nil {
		return err
	}
	if v.CanInt() {
		var n int64
		if n, err = strconv.ParseInt(s, 10, v.Type().Bits()); err == nil {
			v.SetInt(n)
		}
	} else {
		var n uint64
		if n, err = strconv.ParseUint(s, 10, v.Type().Bits()); err == nil {
			v.SetUint(n)
		}
	}
	if err != nil {
		return d.failAt(start, RuleValue, "integer %s out of range", s)
	}
	return nil
}

func decodeRaw(d *decoder, v reflect.Value) error {
	start := d.Pos
	if d.Kind() == jsonscan.Null {
		return d.fail(RuleType, "null is not allowed (omit the member instead); expected a JSON value")
	}
	if err := d.skip(); err != nil {
		return err
	}
	var buf bytes.Buffer
	if err := json.Compact(&buf, d.Data[start:d.Pos]); err != nil {
		return d.failAt(start, RuleSyntax, "%v", err)
	}
	v.SetBytes(buf.Bytes())
	return nil
}

func sliceDecoder(t reflect.Type) decodeFunc {
	elem := decoderFor(t.Elem())
	return func(d *decoder, v reflect.Value) error {
		s := reflect.MakeSlice(t, 0, 4)
		err := d.elements(func(i int) error {
			if i == s.Cap() {
				s = reflect.AppendSlice(s, reflect.MakeSlice(t, s.Cap(), s.Cap()))
				s = s.Slice(0, i)
			}
			s = s.Slice(0, i+1)
			return d.guard(elem, s.Index(i))
		})
		return keep(v, s.Slice3(0, s.Len(), s.Len()), err)
	}
}

// keep sets v to x, a slice or a map just decoded, unless decoding failed
// or x is empty: an empty array or object leaves v nil, since the two
// encode alike.
func keep(v, x reflect.Value, err error) error {
	if err == nil && x.Len() > 0 {
		v.Set(x)
	}
	return err
}

func mapDecoder(t reflect.Type) decodeFunc {
	elem := decoderFor(t.Elem())
	return func(d *decoder, v reflect.Value) error {
		m := reflect.MakeMap(t)
		err := d.members(func(key []byte, keyOff int) error {
			k := reflect.ValueOf(string(key)).Convert(t.Key())
			if m.MapIndex(k).IsValid() {
				return d.salvage(d.Pos, len(d.path), d.Depth, d.failAt(keyOff, RuleDuplicateKey, "duplicate member %q", key))
			}
			e := reflect.New(t.Elem()).Elem()
			start, pl, dp := d.Pos, len(d.path), d.Depth
			if err := elem(d, e); err != nil {
				return d.salvage(start, pl, dp, err)
			}
			m.SetMapIndex(k, e)
			return nil
		})
		return keep(v, m, err)
	}
}

type field struct {
	name     string
	index    []int
	dec      decodeFunc
	required bool // no omitempty or omitzero: the member must be present
}

// jsonName returns the member name of struct field sf and whether the
// member is left out when empty (omitempty or omitzero); ok is false for a
// field that JSON does not see (unexported, or tagged "-").
func jsonName(sf reflect.StructField) (name string, omitEmpty, ok bool) {
	tag := sf.Tag.Get("json")
	if !sf.IsExported() || tag == "-" {
		return "", false, false
	}
	name, opts, _ := strings.Cut(tag, ",")
	if name == "" {
		name = sf.Name
	}
	for o := range strings.SplitSeq(opts, ",") {
		omitEmpty = omitEmpty || o == "omitempty" || o == "omitzero"
	}
	return name, omitEmpty, true
}

func structDecoder(t reflect.Type) decodeFunc {
	var fields []field
	for i := range t.NumField() {
		sf := t.Field(i)
		if name, omitEmpty, ok := jsonName(sf); ok {
			fields = append(fields, field{name: name, index: sf.Index, required: !omitEmpty})
		}
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
		start := d.Pos
		var seen uint64 // structs of the model have fewer than 64 fields
		err := d.members(func(key []byte, keyOff int) error {
			for i := range fields {
				if fields[i].name != string(key) {
					continue
				}
				if seen&(1<<i) != 0 {
					return d.salvage(d.Pos, len(d.path), d.Depth, d.failAt(keyOff, RuleDuplicateKey, "duplicate member %q", key))
				}
				seen |= 1 << i
				return d.guard(fields[i].dec, v.FieldByIndex(fields[i].index))
			}
			return d.salvage(d.Pos, len(d.path), d.Depth, d.failAt(keyOff, RuleUnknownKey, "unknown member %q; allowed here: %s", key, known))
		})
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
