package ninjs

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"reflect"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode"

	"golang.org/x/text/runes"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"

	"github.com/newsmodel/newsmodel/article"
	"github.com/newsmodel/newsmodel/article/convert"
	"github.com/newsmodel/newsmodel/internal/idslug"
	"github.com/newsmodel/newsmodel/internal/jsondepth"
	"github.com/newsmodel/newsmodel/internal/strictjson"
)

// MaxDepth is the deepest nesting of arrays and objects Import reads; a
// deeper document is refused before it is decoded.
const MaxDepth = 64

// Namespace is the namespace of the article's extensions that hold ninjs
// members as they were: "ninjs:standard", "ninjs:places".
const Namespace = "ninjs"

// absentKey names the extension that lists the members a document did not
// have although the article, read from it, would write them (its type, a
// headline made from its title), so that they are not written back.
const absentKey = Namespace + ":absent"

// Option changes how Import reads or Export writes.
type Option func(*config)

type config struct {
	version Version
}

// AsVersion makes Import read the document as version v instead of
// detecting its version. Export takes its version as an argument and
// ignores it.
func AsVersion(v Version) Option { return func(c *config) { c.version = v } }

type importer struct {
	a      *article.Article
	ver    Version
	losses []convert.Loss
	ids    map[string]bool
}

// Import reads a ninjs document of any major version, detected by Detect
// unless AsVersion says, and returns it as an Article with what could not
// be carried into it, each Loss pointing into data. Every member ninjs
// defines is either mapped to the article's fields or, when those cannot
// give it back exactly, kept as it was in the article's extensions under
// "ninjs:NAME"; so exporting the article again as the same major version
// gives the document back. A value that ninjs does not allow (a wrong
// type, an unknown pubStatus, a member ninjs does not define) is a Loss
// naming it, and its member is kept as well. Malformed JSON, a document
// that is not an object, nesting deeper than MaxDepth or a duplicate
// member is an *Error.
func Import(data []byte, opts ...Option) (*article.Article, []convert.Loss, error) {
	var cfg config
	for _, o := range opts {
		o(&cfg)
	}
	if ptr, deep := jsondepth.Exceeds(data, MaxDepth); deep {
		return nil, nil, &Error{Format: "ninjs", Pointer: ptr, Msg: fmt.Sprintf("nesting deeper than %d levels", MaxDepth)}
	}
	// encoding/json splits the members fast; each member is then read
	// strictly. Input it refuses, or with a duplicate member at the top, is
	// decoded strictly for an error that says where.
	var top map[string]json.RawMessage
	if err := json.Unmarshal(data, &top); err != nil || len(top) != topKeys(data) || hasNull(top) {
		var strict map[string]json.RawMessage
		if err := strictjson.Unmarshal(data, &strict, strictjson.Limits{MaxDepth: MaxDepth}); err != nil {
			var se *strictjson.Error
			if !errors.As(err, &se) || se.Rule != strictjson.RuleDuplicateKey || strings.Count(se.Pointer, "/") < 2 {
				return nil, nil, decodeError(err)
			}
		}
		if top == nil {
			return nil, nil, &Error{Format: "ninjs", Msg: "not a ninjs document: expected an object"}
		}
	}
	v := cfg.version
	if v == 0 {
		v = detect(top)
	} else if !v.valid() {
		return nil, nil, &Error{Format: "ninjs", Msg: fmt.Sprintf("unknown version %d; want 1, 2 or 3", int(v))}
	}
	var back func(string) string
	switch v {
	case V1:
		top, back = fromV1(top)
	case V2:
		re := make(map[string]json.RawMessage, len(top))
		for k, raw := range top {
			if n, ok := renames2[k]; ok {
				k = n
			}
			re[k] = respell(raw, renames2)
		}
		top = re
		back = func(p string) string { return respellPointer(p, renames3) }
	}
	im := newImporter(&article.Article{SchemaVersion: article.SchemaVersion}, v)
	im.read(top)
	if back != nil {
		for i := range im.losses {
			im.losses[i].Pointer = back(im.losses[i].Pointer)
		}
	}
	return im.a, im.losses, nil
}

func hasNull(top map[string]json.RawMessage) bool {
	for _, raw := range top {
		if string(raw) == "null" {
			return true
		}
	}
	return false
}

func dupFault(fs []fault) bool {
	for _, f := range fs {
		if f.dup {
			return true
		}
	}
	return false
}

// topKeys counts the members of the top-level object of a valid JSON
// document, duplicates included, without decoding anything.
func topKeys(data []byte) int {
	n, depth := 0, 0
	expectKey := false
	for i := 0; i < len(data); i++ {
		switch c := data[i]; c {
		case '"':
			if depth == 1 && expectKey {
				n++
				expectKey = false
			}
			for i++; i < len(data) && data[i] != '"'; i++ {
				if data[i] == '\\' {
					i++
				}
			}
		case '{', '[':
			depth++
			if depth == 1 && c == '{' {
				expectKey = true
			}
		case '}', ']':
			depth--
		case ',':
			if depth == 1 {
				expectKey = true
			}
		}
	}
	return n
}

// undup rewrites a JSON value with duplicate members as encoding/json reads
// it, the last one of each winning.
func undup(raw []byte) []byte {
	d := json.NewDecoder(bytes.NewReader(raw))
	d.UseNumber()
	var v any
	if d.Decode(&v) != nil {
		return raw
	}
	return marshal(v)
}

func decodeError(err error) error {
	var se *strictjson.Error
	if errors.As(err, &se) {
		if se.Rule == strictjson.RuleSyntax || se.Rule == strictjson.RuleTrailing || se.Rule == strictjson.RuleLimit {
			return &Error{Format: "ninjs", Line: se.Line, Column: se.Column, Msg: se.Msg, Err: err}
		}
		msg := se.Msg
		if se.Pointer == "" && se.Rule == strictjson.RuleType {
			msg = "not a ninjs document: " + msg
		}
		return &Error{Format: "ninjs", Pointer: se.Pointer, Msg: msg, Err: err}
	}
	return &Error{Format: "ninjs", Msg: err.Error(), Err: err}
}

func syntaxError(data []byte, err error) error {
	var te *json.UnmarshalTypeError
	if errors.As(err, &te) {
		return &Error{Format: "ninjs", Msg: "not a ninjs document: " + err.Error(), Err: err}
	}
	line, col, msg := convert.SyntaxPosition(data, err)
	return &Error{Format: "ninjs", Line: line, Column: col, Msg: msg, Err: err}
}

func newImporter(a *article.Article, v Version) *importer {
	return &importer{a: a, ver: v, ids: map[string]bool{}}
}

func (im *importer) lose(ptr, reason string) {
	im.losses = append(im.losses, convert.Loss{Side: convert.Theirs, Pointer: ptr, Reason: reason})
}

// keep stores a member as it was in the article's extensions. A value that
// the article's strict JSON refuses (a duplicate member, null) is stored
// as encoding/json reads it, the last duplicate winning, with a Loss, or,
// when it is null, not at all.
func (im *importer) keep(name string, raw []byte) {
	var rm json.RawMessage
	if err := strictjson.Unmarshal(raw, &rm, strictjson.Limits{MaxDepth: MaxDepth}); err != nil {
		raw = undup(raw)
		if strictjson.Unmarshal(raw, &rm, strictjson.Limits{MaxDepth: MaxDepth}) != nil {
			im.lose("/"+escape(name), "not kept: "+err.Error())
			return
		}
		im.lose("/"+escape(name), "kept in extensions as "+Namespace+":"+name+" with the last of each duplicate member: "+err.Error())
	}
	if im.a.Extensions == nil {
		im.a.Extensions = map[string]json.RawMessage{}
	}
	im.a.Extensions[Namespace+":"+name] = json.RawMessage(raw)
}

var extNameRE = regexp.MustCompile(`^[A-Za-z0-9._-]+$`)

func (im *importer) read(top map[string]json.RawMessage) {
	names := make([]string, 0, len(top))
	for k := range top {
		names = append(names, k)
	}
	sort.Slice(names, func(i, j int) bool { return order(names[i]) < order(names[j]) })
	faulty := map[string]bool{}
	for _, name := range names {
		raw := top[name]
		i, known := memberIndex[name]
		if !known || members[i].since > im.ver {
			if extNameRE.MatchString(name) {
				im.keep(name, raw)
				im.lose("/"+escape(name), fmt.Sprintf("%s is not a member of %s: kept in extensions as %s:%s", name, im.ver, Namespace, name))
			} else {
				im.lose("/"+escape(name), fmt.Sprintf("%s is not a member of %s: not read", name, im.ver))
			}
			continue
		}
		fs := members[i].read(im, raw, "/"+name)
		if dupFault(fs) {
			// Read as encoding/json reads it, the last one winning.
			for _, f := range fs {
				if f.dup {
					im.lose(f.ptr, f.msg+": the last one is read")
				}
			}
			raw = undup(raw)
			top[name] = raw
			fs = members[i].read(im, raw, "/"+name)
		}
		if len(fs) > 0 {
			faulty[name] = true
			im.keep(name, raw)
			for _, f := range fs {
				im.lose(f.ptr, f.msg+"; the member is kept in extensions as "+Namespace+":"+name)
			}
		}
	}
	a := im.a
	if a.ID == "" {
		a.ID = "ninjs-item"
		if _, ok := top["uri"]; !ok {
			im.lose("", "the document has no uri, which ninjs requires: the article's ID is \"ninjs-item\"")
		}
	}
	if a.Headline == "" {
		a.Headline = fallbackHeadline(a)
	}
	if a.Status.NeedsReason() && a.StatusReason == "" {
		a.StatusReason = statusReason(a)
	}
	// Keep, as they were, the members the article's fields cannot give back.
	ex := &exporter{a: a, ver: im.ver, quiet: true}
	var absent []string
	for _, m := range members {
		raw, present := top[m.name]
		if !present {
			if m.absent != nil && m.since <= im.ver {
				absent = append(absent, m.name)
			}
			continue
		}
		if faulty[m.name] {
			continue
		}
		var got any
		if m.write != nil {
			got = m.write(ex)
		}
		if !equalJSON(raw, got) {
			im.keep(m.name, raw)
		}
	}
	if len(absent) > 0 {
		b, _ := json.Marshal(absent)
		im.keep("absent", b)
	}
}

// order sorts member names as the schema lists them, unknown ones last.
func order(name string) int {
	if i, ok := memberIndex[name]; ok {
		return i
	}
	return len(members)
}

func escape(k string) string {
	return strings.NewReplacer("~", "~0", "/", "~1").Replace(k)
}

// marshal writes v as JSON without escaping HTML characters, as ninjs
// documents are written.
func marshal(v any) []byte {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return nil
	}
	return bytes.TrimSuffix(buf.Bytes(), []byte("\n"))
}

// equalJSON reports whether raw and the JSON of v are the same JSON value.
func equalJSON(raw []byte, v any) bool {
	if v == nil {
		return false
	}
	b := marshal(v)
	if bytes.Equal(raw, b) {
		return true
	}
	if len(raw) != len(b) {
		var c bytes.Buffer
		c.Grow(len(raw))
		if json.Compact(&c, raw) == nil && bytes.Equal(c.Bytes(), b) {
			return true
		}
	}
	var x, y any
	dx := json.NewDecoder(bytes.NewReader(raw))
	dx.UseNumber()
	dy := json.NewDecoder(bytes.NewReader(b))
	dy.UseNumber()
	if dx.Decode(&x) != nil || dy.Decode(&y) != nil {
		return false
	}
	return reflect.DeepEqual(x, y)
}

// entityID makes a document ID for an entity from its name, unique among
// the article's entities.
func (im *importer) entityID(name string) string {
	base := slug(name)
	id := base
	for n := 2; im.ids[id]; n++ {
		id = base + "-" + strconv.Itoa(n)
	}
	im.ids[id] = true
	return id
}

// letters spells in ASCII the letters that have no decomposition.
var letters = strings.NewReplacer("Ø", "O", "ø", "o", "Æ", "Ae", "æ", "ae", "Œ", "Oe", "œ", "oe", "ß", "ss",
	"Đ", "D", "đ", "d", "Ł", "L", "ł", "l", "Þ", "Th", "þ", "th", "Ð", "D", "ð", "d")

var fold = transform.Chain(norm.NFD, runes.Remove(runes.In(unicode.Mn)), norm.NFC)

// slug makes an ID (^[a-z0-9][a-z0-9-]*$) from a name: accents are
// dropped, ASCII letters lowercased, and every other run of characters
// becomes one hyphen; a name with no ASCII letter or digit gives "entity".
func slug(name string) string {
	s := name
	for i := 0; i < len(name); i++ {
		if name[i] >= 0x80 {
			if t, _, err := transform.String(fold, letters.Replace(name)); err == nil {
				s = t
			}
			break
		}
	}
	if out := idslug.ASCII(s, 64); out != "" {
		return out
	}
	return "entity"
}

func sortedKeys[V any](m map[string]V) []string {
	ks := make([]string, 0, len(m))
	for k := range m {
		ks = append(ks, k)
	}
	slices.Sort(ks)
	return ks
}
