package article

import (
	"reflect"
	"strconv"
	"strings"

	"github.com/newsmodel/newsmodel/news"
	"github.com/newsmodel/newsmodel/schema"
)

// Prune removes from a what Check refuses, so that Check finds nothing
// afterwards, and returns the problems it removed parts for, in the order it
// met them. It is for articles a program made (by Annotate, or a converter),
// where dropping a doubtful part beats returning no article at all; a
// document a person wrote is better reported than pruned.
//
// For each problem it removes the smallest part that holds the fault: the
// element of the innermost list on the problem's JSON pointer (a mention, a
// relation, a participant, a whole quote or event), or else the member the
// pointer names, set to its zero value. What that leaves dangling (a
// reference to a removed quote) is a problem of the next round; rounds go
// on until Check is clean. A problem that no removal can fix (a missing
// headline or ID) stops the pruning and is returned with the others:
// Prune then leaves Check not clean, and says why.
func (a *Article) Prune() []schema.Problem {
	var removed []schema.Problem
	for {
		ps := a.Check()
		if len(ps) == 0 {
			return removed
		}
		progress := false
		// Remove from the end of the document toward its start, so that an
		// index removed does not shift the pointers still to be read.
		for i := len(ps) - 1; i >= 0; i-- {
			if removeAt(reflect.ValueOf(a).Elem(), ps[i].Pointer) {
				progress = true
			}
			removed = append(removed, ps[i])
		}
		if !progress {
			return removed
		}
	}
}

// spanType is the type of a text span: a faulty span is removed whole, not
// mended by dropping its text.
var spanType = reflect.TypeFor[news.Span]()

// removeAt removes, within v, the part that holds the fault at ptr: a span
// on the path, whole; else the member ptr names, zeroed, when it is
// optional (omitempty or omitzero); else the element of the innermost list
// on the path. It reports whether anything changed.
func removeAt(v reflect.Value, ptr string) bool {
	if ptr == "" {
		return false
	}
	tokens := strings.Split(ptr[1:], "/")
	for i, t := range tokens {
		tokens[i] = strings.ReplaceAll(strings.ReplaceAll(t, "~1", "/"), "~0", "~")
	}
	var (
		slice    reflect.Value // the innermost slice on the path
		index    = -1          // and the index taken in it
		span     reflect.Value // a span on the path
		spanElem bool          // the span is an element of slice
		optional bool          // the last member read is optional
		viaIndex bool          // the last token was an index of slice
		cur      = v
	)
	for _, t := range tokens {
		viaIndex = false
		for cur.Kind() == reflect.Pointer || cur.Kind() == reflect.Interface {
			if cur.IsNil() {
				return false
			}
			cur = cur.Elem()
		}
		switch cur.Kind() {
		case reflect.Struct:
			idx, ok := fieldByJSONName(cur.Type(), t)
			if !ok {
				return false
			}
			tag := cur.Type().FieldByIndex(idx).Tag.Get("json")
			optional = strings.Contains(tag, ",omitempty") || strings.Contains(tag, ",omitzero")
			cur = cur.FieldByIndex(idx)
		case reflect.Slice:
			n, err := strconv.Atoi(t)
			if err != nil || n < 0 || n >= cur.Len() {
				return false
			}
			slice, index, optional, viaIndex = cur, n, false, true
			cur = cur.Index(n)
		case reflect.Map:
			k := reflect.ValueOf(t)
			if !k.Type().AssignableTo(cur.Type().Key()) || !cur.MapIndex(k).IsValid() {
				return false
			}
			cur.SetMapIndex(k, reflect.Value{}) // a map entry goes whole
			return true
		default:
			return zeroSettable(cur) // a token below a scalar
		}
		if cur.Type() == spanType && !span.IsValid() {
			span, spanElem = cur, viaIndex
		}
	}
	switch {
	case span.IsValid() && spanElem:
		return removeElem(slice, index)
	case span.IsValid():
		return zeroSettable(span)
	case optional:
		return zeroSettable(cur)
	case index >= 0:
		return removeElem(slice, index)
	}
	return false
}

// removeElem removes element i of the slice s.
func removeElem(s reflect.Value, i int) bool {
	if !s.CanSet() {
		return false
	}
	n := s.Len()
	reflect.Copy(s.Slice(i, n-1), s.Slice(i+1, n))
	s.Index(n - 1).SetZero()
	s.SetLen(n - 1)
	return true
}

// zeroSettable sets v to its zero value if it can and it is not already
// zero.
func zeroSettable(v reflect.Value) bool {
	if !v.IsValid() || !v.CanSet() || v.IsZero() {
		return false
	}
	v.SetZero()
	return true
}
