package schema

import (
	"fmt"
	"reflect"
	"strconv"
	"strings"
)

// MaxFaultyElements is how many faulty elements of one array ValidateValue
// hands to the full validator. An array with more (thousands of bad
// entities, say) is cut to its first MaxFaultyElements faulty elements, and
// one "limit" problem says how many were left out, so that the error tree of
// the full validator stays small whatever the document.
const MaxFaultyElements = 100

// pruner cuts long runs of faulty array elements out of a document before
// the full validator sees it, and maps the pointers of its problems back.
type pruner struct {
	fs     *fastSchema
	remap  map[string][]int // pruned array pointer → original index of each element kept
	limits []Problem
}

// prune returns v with every array that has more than MaxFaultyElements
// elements the fast path refuses cut down to its first MaxFaultyElements
// such elements; v itself is not changed. ptr is v's pointer in the pruned
// document, orig its pointer in the original.
func (p *pruner) prune(n *fastNode, v any, ptr, orig string) any {
	for n != nil && n.ref != "" && n.items == nil && n.props == nil {
		n = p.fs.defs[n.ref]
	}
	if n == nil {
		return v
	}
	switch x := v.(type) {
	case []any:
		if n.items == nil {
			return v
		}
		var bad []int
		for i, e := range x {
			if !p.fs.valid(n.items, e) {
				bad = append(bad, i)
			}
		}
		out := x
		keep := make([]int, len(x))
		for i := range keep {
			keep[i] = i
		}
		if len(bad) > MaxFaultyElements {
			p.limits = append(p.limits, Problem{Pointer: orig, Rule: "limit", Message: fmt.Sprintf(
				"%d elements have problems; those of the first %d are reported", len(bad), MaxFaultyElements)})
			keep = bad[:MaxFaultyElements]
			out = make([]any, len(keep))
			for i, k := range keep {
				out[i] = x[k]
			}
			p.remap[ptr] = keep
		}
		copied := false
		for i, k := range keep {
			e := p.prune(n.items, out[i], ptr+"/"+strconv.Itoa(i), orig+"/"+strconv.Itoa(k))
			if !copied && !sameValue(e, out[i]) {
				out = append([]any(nil), out...)
				copied = true
			}
			out[i] = e
		}
		return out
	case map[string]any:
		var out map[string]any
		for k, e := range x {
			c, ok := n.props[k]
			if !ok {
				continue
			}
			seg := "/" + escape(k)
			pe := p.prune(c, e, ptr+seg, orig+seg)
			if sameValue(pe, e) {
				continue
			}
			if out == nil {
				out = make(map[string]any, len(x))
				for kk, ee := range x {
					out[kk] = ee
				}
			}
			out[k] = pe
		}
		if out != nil {
			return out
		}
	}
	return v
}

// sameValue reports whether prune returned its input unchanged; only slices
// and maps can change, and a changed one is a new value.
func sameValue(a, b any) bool {
	switch x := a.(type) {
	case []any:
		y, ok := b.([]any)
		return ok && len(x) == len(y) && (len(x) == 0 || &x[0] == &y[0])
	case map[string]any:
		y, ok := b.(map[string]any)
		return ok && reflect.ValueOf(x).UnsafePointer() == reflect.ValueOf(y).UnsafePointer()
	}
	return true
}

// original maps a pointer of the pruned document to the original's.
func (p *pruner) original(ptr string) string {
	if len(p.remap) == 0 || ptr == "" {
		return ptr
	}
	segs := strings.Split(ptr[1:], "/")
	var pruned, out strings.Builder
	for _, s := range segs {
		if keep, ok := p.remap[pruned.String()]; ok {
			if i, err := strconv.Atoi(s); err == nil && i >= 0 && i < len(keep) {
				out.WriteString("/" + strconv.Itoa(keep[i]))
				pruned.WriteString("/" + s)
				continue
			}
		}
		out.WriteString("/" + s)
		pruned.WriteString("/" + s)
	}
	return out.String()
}
