package schema

import (
	"encoding/json"
	"fmt"
	"math/big"
	"net/url"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"unicode/utf8"
)

// The fast path: a validator for exactly the keywords article.schema.json
// uses, compiled from the same embedded file, that only answers "certainly
// valid" or "look closer". ValidateValue asks it first and hands the
// document to the jsonschema package, which names the problems, only when it
// says "look closer". Whenever it is unsure (a number it would have to round,
// an IPv6 host) it says "look closer", so it can never let an invalid
// document through that the full validator would refuse; a differential
// fuzz test holds it to that.

type fastNode struct {
	ref       string   // "#/$defs/…", resolved through fastDefs
	types     []string // empty: any type
	props     map[string]*fastNode
	required  []string
	addl      *fastNode // nil: any member allowed
	noAddl    bool      // additionalProperties: false
	items     *fastNode
	enum      []string
	pattern   *regexp.Regexp
	format    string
	minimum   *big.Rat
	maximum   *big.Rat
	intBounds bool // both bounds, where given, are integers: minInt, maxInt hold them
	minInt    int64
	maxInt    int64
	minLength int
	notNull   bool // not: {"type": "null"}
	unique    bool
	propNames *fastNode
}

type fastSchema struct {
	root *fastNode
	defs map[string]*fastNode
}

var fast = sync.OnceValues(func() (*fastSchema, error) {
	root, ok := tree().(map[string]any)
	if !ok {
		return nil, fmt.Errorf("schema: not an object")
	}
	fs := &fastSchema{defs: map[string]*fastNode{}}
	var err error
	if fs.root, err = compileFast(root); err != nil {
		return nil, err
	}
	defs, _ := root["$defs"].(map[string]any)
	for k, d := range defs {
		m, _ := d.(map[string]any)
		if fs.defs["#/$defs/"+k], err = compileFast(m); err != nil {
			return nil, fmt.Errorf("$defs/%s: %w", k, err)
		}
	}
	return fs, nil
})

func compileFast(m map[string]any) (*fastNode, error) {
	n := &fastNode{}
	for k, v := range m {
		var err error
		switch k {
		case "$schema", "$id", "$defs", "title", "description":
		case "$ref":
			n.ref, _ = v.(string)
		case "type":
			switch t := v.(type) {
			case string:
				n.types = []string{t}
			case []any:
				n.types = asStrings(t)
			}
		case "properties":
			n.props = map[string]*fastNode{}
			for p, s := range v.(map[string]any) {
				if n.props[p], err = compileFast(s.(map[string]any)); err != nil {
					return nil, err
				}
			}
		case "required":
			n.required = asStrings(v)
		case "additionalProperties":
			switch v := v.(type) {
			case bool:
				n.noAddl = !v
			case map[string]any:
				n.addl, err = compileFast(v)
			}
		case "items":
			n.items, err = compileFast(v.(map[string]any))
		case "propertyNames":
			n.propNames, err = compileFast(v.(map[string]any))
		case "enum":
			n.enum = asStrings(v)
		case "pattern":
			n.pattern, err = regexp.Compile(v.(string))
		case "format":
			n.format, _ = v.(string)
			if n.format != "uri" && n.format != "json-pointer" {
				err = fmt.Errorf("format %q unknown to the fast path", n.format)
			}
		case "minimum":
			n.minimum, err = fastBound(v)
		case "maximum":
			n.maximum, err = fastBound(v)
		case "minLength":
			f, _ := v.(float64)
			n.minLength = int(f)
		case "not":
			if t, _ := v.(map[string]any); len(t) != 1 || t["type"] != "null" {
				err = fmt.Errorf("not %v unknown to the fast path", v)
			}
			n.notNull = true
		case "uniqueItems":
			n.unique, _ = v.(bool)
		default:
			err = fmt.Errorf("keyword %q unknown to the fast path", k)
		}
		if err != nil {
			return nil, err
		}
	}
	minInt, minOK := intBound(n.minimum)
	maxInt, maxOK := intBound(n.maximum)
	n.minInt, n.maxInt, n.intBounds = minInt, maxInt, minOK && maxOK
	return n, nil
}

// fastBound turns a minimum or maximum, as encoding/json decoded it, into
// an exact number; only integers and short decimals are expected.
func fastBound(v any) (*big.Rat, error) {
	f, ok := v.(float64)
	if !ok {
		return nil, fmt.Errorf("bound %v is not a number", v)
	}
	r := new(big.Rat)
	r.SetString(strconv.FormatFloat(f, 'f', -1, 64)) // the shortest decimal that reads back as f: what the file says
	return r, nil
}

// valid reports whether v is certainly valid against n.
func (fs *fastSchema) valid(n *fastNode, v any) bool {
	if n.ref != "" {
		d, ok := fs.defs[n.ref]
		if !ok || !fs.valid(d, v) {
			return false
		}
	}
	if n.notNull && v == nil {
		return false
	}
	switch x := v.(type) {
	case string:
		if !n.allows("string") {
			return false
		}
		if n.enum != nil && !contains(n.enum, x) {
			return false
		}
		if n.minLength > 0 && utf8.RuneCountInString(x) < n.minLength {
			return false
		}
		if n.pattern != nil && !n.pattern.MatchString(x) {
			return false
		}
		switch n.format {
		case "uri":
			u, err := url.Parse(x)
			if err != nil || !u.IsAbs() || strings.IndexByte(u.Hostname(), ':') >= 0 {
				return false
			}
		case "json-pointer":
			if !isPointer(x) {
				return false
			}
		}
	case json.Number:
		if n.enum != nil || !(n.allows("number") || n.allows("integer")) {
			return false
		}
		if strings.ContainsAny(string(x), ".eE") && !n.allows("number") {
			return false // an integer written as a decimal: look closer
		}
		if n.minimum != nil || n.maximum != nil {
			if i, err := strconv.ParseInt(string(x), 10, 64); err == nil && n.intBounds {
				// The common case, a span offset against 0: no big number.
				if (n.minimum != nil && i < n.minInt) || (n.maximum != nil && i > n.maxInt) {
					return false
				}
			} else {
				if strings.ContainsAny(string(x), "eE") {
					return false // an exponent may be huge: look closer
				}
				r, ok := new(big.Rat).SetString(string(x)) // exact, so no rounding lets a bound pass
				if !ok || (n.minimum != nil && r.Cmp(n.minimum) < 0) || (n.maximum != nil && r.Cmp(n.maximum) > 0) {
					return false
				}
			}
		}
	case bool:
		if n.enum != nil || !n.allows("boolean") {
			return false
		}
	case []any:
		if n.enum != nil || !n.allows("array") {
			return false
		}
		if n.unique {
			seen := make(map[string]bool, len(x))
			for _, e := range x {
				s, ok := e.(string)
				if !ok || seen[s] {
					return false
				}
				seen[s] = true
			}
		}
		if n.items != nil {
			for _, e := range x {
				if !fs.valid(n.items, e) {
					return false
				}
			}
		}
	case map[string]any:
		if n.enum != nil || !n.allows("object") {
			return false
		}
		for _, r := range n.required {
			if _, ok := x[r]; !ok {
				return false
			}
		}
		for k, e := range x {
			if n.propNames != nil && !fs.valid(n.propNames, k) {
				return false
			}
			if p, ok := n.props[k]; ok {
				if !fs.valid(p, e) {
					return false
				}
				continue
			}
			if n.noAddl || (n.addl != nil && !fs.valid(n.addl, e)) {
				return false
			}
		}
	default: // null, or a type encoding/json does not produce
		return len(n.types) == 0 && n.ref == "" && n.enum == nil && n.props == nil
	}
	return true
}

// allows reports whether the node's type keyword admits the JSON type t.
func (n *fastNode) allows(t string) bool {
	return len(n.types) == 0 || contains(n.types, t)
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

func isPointer(s string) bool {
	if s != "" && s[0] != '/' {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] == '~' && (i+1 == len(s) || (s[i+1] != '0' && s[i+1] != '1')) {
			return false
		}
	}
	return true
}

// intBound returns b as an int64, and whether it is one; a missing bound
// (nil) is one too.
func intBound(b *big.Rat) (int64, bool) {
	if b == nil {
		return 0, true
	}
	if !b.IsInt() || !b.Num().IsInt64() {
		return 0, false
	}
	return b.Num().Int64(), true
}
