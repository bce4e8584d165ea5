package schema

import (
	"bytes"
	_ "embed"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"sync"

	"github.com/santhosh-tekuri/jsonschema/v5"

	"github.com/newsmodel/newsmodel/internal/jsondepth"
	"github.com/newsmodel/newsmodel/news"
)

// ID is the absolute URL that identifies the schema: its $id. It names the
// schema; the validator never fetches it.
const ID = "https://newsmodel.github.io/schema/article/v1.json"

// MaxDepth is the deepest nesting of arrays and objects that Validate hands
// to the schema validator, which recurses; a deeper document is one "limit"
// problem. No valid article nests more than a few levels, apart from the
// values of extensions.
const MaxDepth = 128

//go:embed article.schema.json
var source []byte

// JSON returns the text of the schema, a JSON Schema (draft 2020-12)
// document, for publishing or for other validators. Each call returns a new
// copy.
func JSON() []byte { return bytes.Clone(source) }

// errNotOurs is what the compiler's loader returns for every URL but ID.
var errNotOurs = errors.New("schema: refusing to load a URL that is not the article schema")

// loadURL is the compiler's loader: the schema is added as a resource
// under ID before compiling, so any URL that reaches the loader is not ours,
// and no $ref ever reads a file or the network.
func loadURL(u string) (io.ReadCloser, error) {
	return nil, fmt.Errorf("%w: %s", errNotOurs, u)
}

// compiled is the schema, compiled on first use. A *jsonschema.Schema is
// safe for concurrent use.
var compiled = sync.OnceValues(func() (*jsonschema.Schema, error) {
	c := jsonschema.NewCompiler()
	c.Draft = jsonschema.Draft2020
	c.AssertFormat = true
	c.LoadURL = loadURL
	if err := c.AddResource(ID, bytes.NewReader(source)); err != nil {
		return nil, err
	}
	return c.Compile(ID)
})

// tree is the schema decoded as plain JSON, for finding the keywords that
// a failure names.
var tree = sync.OnceValue(func() any {
	var v any
	if err := json.Unmarshal(source, &v); err != nil {
		panic("schema: embedded schema is not JSON: " + err.Error())
	}
	return v
})

// Validate checks the JSON document in data against the article schema and
// returns every problem, sorted by pointer; nil means data is valid. Input
// that is not one JSON value is one "syntax" or "trailing-data" problem;
// input nested deeper than MaxDepth is one "limit" problem. Numbers keep their
// exact decimal text, so that no large or long number is rounded into
// validity.
//
// Rules are the keyword that failed ("required", "type", "enum", "pattern",
// "format", "minimum", "maximum", "minLength", "uniqueItems",
// "propertyNames"), except
// that a member additionalProperties forbids is "unknown-key" and is
// reported at the member's own pointer, as a missing member ("required") is.
//
// Validate only checks what the schema states; package article adds the
// rules a schema cannot state.
func Validate(data []byte) []Problem {
	if ptr, deep := jsondepth.Exceeds(data, MaxDepth); deep {
		return []Problem{{Pointer: ptr, Rule: "limit", Message: fmt.Sprintf("nesting deeper than %d levels", MaxDepth)}}
	}
	v, p := Decode(data)
	if p != nil {
		return []Problem{*p}
	}
	return ValidateValue(v)
}

// Decode decodes one JSON value from data as ValidateValue wants it, into
// the values encoding/json gives with UseNumber: map[string]any, []any,
// string, json.Number, bool and nil. Like encoding/json it keeps the last of
// duplicate members and turns invalid UTF-8 into U+FFFD. Input that is not
// one JSON value is a "syntax" or "trailing-data" problem whose message
// gives the line and column; nesting deeper than 10,000 levels is a "limit"
// problem (Validate refuses far shallower documents before decoding).
func Decode(data []byte) (any, *Problem) {
	return decodeValue(data)
}

// ValidateValue is Validate for a document already decoded by encoding/json
// with UseNumber (or by Decode). Values of other Go types are a "type"
// problem. v must not nest deeper than MaxDepth.
func ValidateValue(v any) (ps []Problem) {
	f, err := fast()
	if err != nil {
		return validateFull(v)
	}
	if f.valid(f.root, v) {
		return nil
	}
	p := &pruner{fs: f, remap: map[string][]int{}}
	pv := p.prune(f.root, v, "", "")
	ps = validateFull(pv)
	if len(p.remap) > 0 {
		for i := range ps {
			ps[i].Pointer = p.original(ps[i].Pointer)
		}
		ps = append(ps, p.limits...)
		Sort(ps)
	}
	return ps
}

// validateFull validates v with the jsonschema package and turns its error
// tree into problems.
func validateFull(v any) (ps []Problem) {
	return validateWith(v, compiled, tree, "article")
}

// validateWith validates v with a compiled schema and turns its error tree
// into problems; tree is the schema as plain JSON, for hints, and name says
// which schema in a message.
func validateWith(v any, compiled func() (*jsonschema.Schema, error), tree func() any, name string) (ps []Problem) {
	s, err := compiled()
	if err != nil {
		return []Problem{{Rule: "schema", Message: "the " + name + " schema does not compile: " + err.Error()}}
	}
	err = s.Validate(v)
	if err == nil {
		return nil
	}
	var ve *jsonschema.ValidationError
	if !errors.As(err, &ve) {
		return []Problem{{Rule: "type", Message: err.Error()}}
	}
	var leaves []*jsonschema.ValidationError
	collectLeaves(ve, &leaves)
	for _, l := range leaves {
		ps = append(ps, problemsOf(l, v, tree())...)
	}
	Sort(ps)
	return slices.Compact(ps)
}

func collectLeaves(ve *jsonschema.ValidationError, out *[]*jsonschema.ValidationError) {
	if len(ve.Causes) == 0 {
		*out = append(*out, ve)
		return
	}
	for _, c := range ve.Causes {
		collectLeaves(c, out)
	}
}

// problemsOf turns one leaf of a validation error into problems.
func problemsOf(l *jsonschema.ValidationError, doc, tree any) []Problem {
	ptr := decodeLocation(l.InstanceLocation)
	kloc := l.AbsoluteKeywordLocation
	frag := ""
	if i := strings.IndexByte(kloc, '#'); i >= 0 {
		frag = kloc[i+1:]
	}
	keyword := frag[strings.LastIndexByte(frag, '/')+1:]
	n, _ := resolve(tree, strings.TrimSuffix(frag, "/"+keyword))
	node, _ := n.(map[string]any)
	inst, _ := resolve(doc, ptr)
	if strings.Contains(frag, "/propertyNames/") {
		name := ptr[strings.LastIndexByte(ptr, '/')+1:]
		if _, ok := inst.(map[string]any); ok {
			// The validator drops the last token of the location when the
			// name is empty, leaving the object that holds it.
			name, ptr = "", ptr+"/"
		}
		return []Problem{{Pointer: ptr, Rule: "propertyNames", Message: fmt.Sprintf("member name %q is not allowed here: %s", unescape(name), hintFor(frag, node))}}
	}
	switch keyword {
	case "required":
		obj, _ := inst.(map[string]any)
		var ps []Problem
		for _, r := range asStrings(node["required"]) {
			if _, ok := obj[r]; !ok {
				ps = append(ps, Problem{Pointer: ptr + "/" + escape(r), Rule: "required", Message: fmt.Sprintf("missing required member %q", r)})
			}
		}
		return ps
	case "additionalProperties":
		obj, _ := inst.(map[string]any)
		props, _ := node["properties"].(map[string]any)
		allowed := make([]string, 0, len(props))
		for k := range props {
			allowed = append(allowed, k)
		}
		slices.Sort(allowed)
		var ps []Problem
		for k := range obj {
			if _, ok := props[k]; !ok {
				ps = append(ps, Problem{Pointer: ptr + "/" + escape(k), Rule: "unknown-key", Message: fmt.Sprintf("unknown member %q; allowed here: %s", k, strings.Join(allowed, ", "))})
			}
		}
		return ps
	case "type":
		return []Problem{{Pointer: ptr, Rule: "type", Message: fmt.Sprintf("expected %s, found %s", typeList(node["type"]), jsonType(inst))}}
	case "enum":
		return []Problem{{Pointer: ptr, Rule: "enum", Message: fmt.Sprintf("%s is not allowed here; want one of: %s", show(inst), strings.Join(asStrings(node["enum"]), ", "))}}
	case "pattern":
		if str, ok := inst.(string); ok && strings.HasPrefix(frag, "/$defs/date/") {
			if why := dateMessage(str); why != "" {
				return []Problem{{Pointer: ptr, Rule: "pattern", Message: fmt.Sprintf("%s is not an EDTF date: %s", show(inst), why)}}
			}
		}
		return []Problem{{Pointer: ptr, Rule: "pattern", Message: fmt.Sprintf("%s is not %s", show(inst), hintFor(frag, node))}}
	case "format":
		return []Problem{{Pointer: ptr, Rule: "format", Message: fmt.Sprintf("%s is not %s", show(inst), formatName(node["format"]))}}
	case "minimum":
		return []Problem{{Pointer: ptr, Rule: "minimum", Message: fmt.Sprintf("%s is less than the minimum %v", show(inst), node["minimum"])}}
	case "maximum":
		return []Problem{{Pointer: ptr, Rule: "maximum", Message: fmt.Sprintf("%s is greater than the maximum %v", show(inst), node["maximum"])}}
	case "not":
		if inst == nil {
			return []Problem{{Pointer: ptr, Rule: "type", Message: "null is not allowed here; omit the member instead"}}
		}
	case "minLength":
		return []Problem{{Pointer: ptr, Rule: "minLength", Message: "empty string: this member needs at least one character"}}
	case "uniqueItems":
		var i, j int
		if _, err := fmt.Sscanf(l.Message, "items at index %d and %d are equal", &i, &j); err == nil {
			return []Problem{{Pointer: ptr + "/" + strconv.Itoa(max(i, j)), Rule: "uniqueItems", Message: fmt.Sprintf("repeats item %d; items must be unique", min(i, j))}}
		}
	}
	return []Problem{{Pointer: ptr, Rule: keyword, Message: l.Message}}
}

// hintFor explains, for a person, what a failed pattern wanted.
func hintFor(frag string, node map[string]any) string {
	switch {
	case strings.HasPrefix(frag, "/$defs/id/"):
		return "an identifier: lowercase ASCII letters, digits and hyphens, starting with a letter or digit, such as \"vladimir-putin\""
	case strings.HasPrefix(frag, "/$defs/date/"):
		return "an EDTF date such as 2025, 2024-07, 2025-03-23, 2025-03-23T14:05:00Z or 2025-03-01/2025-03-31"
	case strings.HasPrefix(frag, "/$defs/word/"):
		return "a short lowercase word such as \"author\" (letters, digits, hyphens)"
	case strings.HasPrefix(frag, "/properties/language/"):
		return "a BCP 47 language tag such as \"en\" or \"pt-BR\""
	case strings.HasPrefix(frag, "/properties/extensions/"):
		return "an extension key is a lowercase namespace, a colon and a name, such as \"acme:desk\""
	case strings.HasPrefix(frag, "/$defs/dateTime/"):
		return "an RFC 3339 date-time with seconds and an offset, such as 2025-03-23T14:05:00-04:00 or 2025-03-23T18:05:00Z"
	case strings.HasPrefix(frag, "/$defs/mediaType/"):
		return "an IANA media type such as \"text/html\" or \"image/jpeg\""
	case strings.HasPrefix(frag, "/$defs/scheme/"):
		return "a scheme: a short lowercase name such as \"medtop\", or an absolute URI"
	case strings.HasPrefix(frag, "/properties/digitalSourceType/"):
		return "an IPTC digital source type URI, http://cv.iptc.org/newscodes/digitalsourcetype/ followed by a code such as digitalCapture"
	case strings.HasPrefix(frag, "/properties/externalIds/"):
		return "an identifier's key is a lowercase name such as \"originaltransmissionreference\""
	case strings.HasPrefix(frag, "/$defs/span/"):
		return "a JSON pointer (RFC 6901) such as \"/headline\""
	}
	if t, ok := node["title"].(string); ok {
		return "a valid " + strings.ToLower(t)
	}
	return "in the form the schema wants"
}

// show quotes a string value, adding why ParseDate refused it when it looks
// like a date; other values print as JSON.
func show(v any) string {
	if s, ok := v.(string); ok {
		if len(s) > 80 {
			s = s[:77] + "..."
		}
		return strconv.Quote(s)
	}
	b, _ := json.Marshal(v)
	return string(b)
}

// dateMessage explains why s is not a date, in the words of
// news.ParseDate, or returns "" when s is a date.
func dateMessage(s string) string {
	if _, err := news.ParseDate(s); err != nil {
		return strings.TrimPrefix(err.Error(), "news: ")
	}
	return ""
}

func formatName(f any) string {
	switch f {
	case "uri":
		return "an absolute URI (RFC 3986), such as https://example.com/a"
	case "json-pointer":
		return "a JSON pointer (RFC 6901)"
	}
	return fmt.Sprintf("in the %v format", f)
}

func typeList(t any) string {
	switch t := t.(type) {
	case string:
		return withArticle(t)
	case []any:
		return strings.Join(asStrings(t), " or ")
	}
	return "another type"
}

func withArticle(t string) string {
	switch t {
	case "array", "object", "integer":
		return "an " + t
	case "boolean", "string", "number":
		return "a " + t
	}
	return t
}

func jsonType(v any) string {
	switch v := v.(type) {
	case nil:
		return "null"
	case bool:
		return "a boolean"
	case string:
		return "a string"
	case json.Number:
		if strings.ContainsAny(string(v), ".eE") {
			return "a number " + string(v)
		}
		return "an integer " + string(v)
	case float64:
		return "a number"
	case []any:
		return "an array"
	case map[string]any:
		return "an object"
	}
	return fmt.Sprintf("%T", v)
}

func asStrings(v any) []string {
	a, _ := v.([]any)
	out := make([]string, 0, len(a))
	for _, x := range a {
		if s, ok := x.(string); ok {
			out = append(out, s)
		}
	}
	return out
}

// decodeLocation turns jsonschema's percent-encoded instance location into
// an RFC 6901 pointer.
func decodeLocation(loc string) string {
	if !strings.Contains(loc, "%") {
		return loc
	}
	toks := strings.Split(loc, "/")
	for i, t := range toks {
		if u, err := url.PathUnescape(t); err == nil {
			toks[i] = u
		}
	}
	return strings.Join(toks, "/")
}

var (
	escaper   = strings.NewReplacer("~", "~0", "/", "~1")
	unescaper = strings.NewReplacer("~1", "/", "~0", "~")
)

func escape(s string) string   { return escaper.Replace(s) }
func unescape(s string) string { return unescaper.Replace(s) }

// resolve returns the value at RFC 6901 pointer ptr in the decoded JSON v.
func resolve(v any, ptr string) (any, bool) {
	if ptr == "" {
		return v, true
	}
	if ptr[0] != '/' {
		return nil, false
	}
	for _, tok := range strings.Split(ptr[1:], "/") {
		tok = unescape(tok)
		switch x := v.(type) {
		case map[string]any:
			var ok bool
			if v, ok = x[tok]; !ok {
				return nil, false
			}
		case []any:
			i, err := strconv.Atoi(tok)
			if err != nil || i < 0 || i >= len(x) {
				return nil, false
			}
			v = x[i]
		default:
			return nil, false
		}
	}
	return v, true
}
