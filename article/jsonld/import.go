package jsonld

import (
	"encoding/json"
	"errors"
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/newsmodel/newsmodel/article"
	"github.com/newsmodel/newsmodel/article/convert"
	"github.com/newsmodel/newsmodel/entity"
	"github.com/newsmodel/newsmodel/internal/jsondepth"
	"github.com/newsmodel/newsmodel/news"
	"github.com/newsmodel/newsmodel/timex"
)

// MaxDepth is the deepest nesting of arrays and objects Import reads; a
// deeper document is refused before it is decoded.
const MaxDepth = 128

// ErrNoArticle is wrapped by the *Error of a document that holds no
// article node.
var ErrNoArticle = errors.New("no article node")

// articleTypes are the schema.org types Import reads as an article.
var articleTypes = map[string]bool{
	"Article": true, "NewsArticle": true, "ReportageNewsArticle": true, "AnalysisNewsArticle": true,
	"BackgroundNewsArticle": true, "OpinionNewsArticle": true, "ReviewNewsArticle": true,
	"AskPublicNewsArticle": true, "SatiricalArticle": true, "BlogPosting": true,
	"LiveBlogPosting": true, "Report": true, "TechArticle": true, "SocialMediaPosting": true,
}

// obj is a decoded JSON object and where it stands.
type obj struct {
	m   map[string]any
	ptr string
}

type importer struct {
	a        *article.Article
	losses   []convert.Loss
	byID     map[string]obj    // node definitions by @id
	entities map[string]string // @id or pointer of a node → entity ID
	quotes   map[string]string // @id → quote ID
	events   map[string]string // @id → event ID
	used     map[string]bool   // entity IDs taken
	art      obj               // the article node
	seen     map[string]bool   // pointers of the nodes read
}

// rest reports the members of o other than known as not read.
func (im *importer) rest(o obj, what string, known ...string) {
	for _, k := range sortedKeys(o.m) {
		if k != "@type" && k != "@id" && k != "@context" && !slices.Contains(known, k) {
			im.lose(o.ptr+"/"+escape(k), k+" of "+what+" not read: the article has no member for it")
		}
	}
}

func (im *importer) lose(ptr, reason string) {
	im.losses = append(im.losses, convert.Loss{Side: convert.Theirs, Pointer: ptr, Reason: reason})
}

// Import reads a JSON-LD document, one script block of a page, and returns
// its article as an Article with what could not be carried into it, each
// Loss pointing into data. The article is the first node whose @type is
// NewsArticle, Article or another article type of schema.org, at the top,
// in an array, in an @graph (at any depth) or embedded in another node.
// References by @id are followed within the document. A document nested
// deeper than MaxDepth, a cycle of references, malformed JSON or no
// article is an *Error.
func Import(data []byte) (*article.Article, []convert.Loss, error) {
	if ptr, deep := jsondepth.Exceeds(data, MaxDepth); deep {
		return nil, nil, &Error{Format: "jsonld", Pointer: ptr, Msg: fmt.Sprintf("nesting deeper than %d levels", MaxDepth)}
	}
	var v any
	if err := json.Unmarshal(data, &v); err != nil {
		return nil, nil, syntaxError(data, err)
	}
	im := &importer{
		byID: map[string]obj{}, entities: map[string]string{}, quotes: map[string]string{},
		events: map[string]string{}, used: map[string]bool{}, seen: map[string]bool{},
	}
	art, others := im.index(v)
	if art.m == nil {
		return nil, nil, &Error{Format: "jsonld", Msg: "no node of type NewsArticle, Article or another article type", Err: ErrNoArticle}
	}
	im.art = art
	if err := im.article(art); err != nil {
		return nil, im.losses, err
	}
	for _, o := range others {
		if !im.reached(o) {
			im.lose(o.ptr, fmt.Sprintf("node of type %s not read: only the article and what it refers to are", typeText(o.m)))
		}
	}
	im.repair()
	return im.a, im.losses, nil
}

func syntaxError(data []byte, err error) error {
	line, col, msg := convert.SyntaxPosition(data, err)
	return &Error{Format: "jsonld", Line: line, Column: col, Msg: msg, Err: err}
}

// index walks the whole document without recursion, records the nodes that
// define an @id, and returns the article node and the top-level nodes.
func (im *importer) index(v any) (art obj, top []obj) {
	type item struct {
		v     any
		ptr   string
		isTop bool
	}
	stack := []item{{v, "", true}}
	for len(stack) > 0 {
		it := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		switch x := it.v.(type) {
		case []any:
			for i := len(x) - 1; i >= 0; i-- {
				stack = append(stack, item{x[i], it.ptr + "/" + strconv.Itoa(i), it.isTop})
			}
		case map[string]any:
			o := obj{x, it.ptr}
			if id, ok := x["@id"].(string); ok && len(x) > 1 {
				if _, seen := im.byID[id]; !seen {
					im.byID[id] = o
				}
			}
			if art.m == nil && hasType(x, articleTypes) {
				art = o
			}
			_, graph := x["@graph"]
			if it.isTop && !graph && art.ptr != it.ptr {
				top = append(top, o)
			}
			keys := sortedKeys(x)
			for i := len(keys) - 1; i >= 0; i-- {
				k := keys[i]
				if k == "@context" {
					continue
				}
				stack = append(stack, item{x[k], it.ptr + "/" + escape(k), it.isTop && k == "@graph"})
			}
		}
	}
	return art, top
}

// escape escapes a key as a JSON pointer token.
func escape(k string) string {
	if strings.IndexByte(k, '~') < 0 && strings.IndexByte(k, '/') < 0 {
		return k
	}
	return escaper.Replace(k)
}

var escaper = strings.NewReplacer("~", "~0", "/", "~1")

// reached reports whether the importer read the node o, or a node of its @id.
func (im *importer) reached(o obj) bool {
	if im.seen[o.ptr] {
		return true
	}
	id, _ := o.m["@id"].(string)
	if id == "" {
		return false
	}
	_, e := im.entities[id]
	_, q := im.quotes[id]
	_, ev := im.events[id]
	return e || q || ev
}

// types returns the @type of a node, without a schema.org prefix.
func types(m map[string]any) []string {
	var out []string
	switch t := m["@type"].(type) {
	case string:
		out = append(out, short(t))
	case []any:
		for _, x := range t {
			if s, ok := x.(string); ok {
				out = append(out, short(s))
			}
		}
	}
	return out
}

func short(s string) string {
	for _, p := range []string{"https://schema.org/", "http://schema.org/", "schema:"} {
		if strings.HasPrefix(s, p) {
			return s[len(p):]
		}
	}
	return s
}

func hasType(m map[string]any, set map[string]bool) bool {
	for _, t := range types(m) {
		if set[t] {
			return true
		}
	}
	return false
}

func typeText(m map[string]any) string {
	t := types(m)
	if len(t) == 0 {
		return "(none)"
	}
	return strings.Join(t, ", ")
}

// values returns v as a list: an array's elements, or v alone.
func values(v any, ptr string) []val {
	switch x := v.(type) {
	case nil:
		return nil
	case []any:
		out := make([]val, 0, len(x))
		for i, e := range x {
			out = append(out, val{e, ptr + "/" + strconv.Itoa(i)})
		}
		return out
	}
	return []val{{v, ptr}}
}

type val struct {
	v   any
	ptr string
}

// resolve returns the node v stands for: v itself, or the node its @id
// names when v is only a reference. A reference back to the article node,
// which would make the article its own author, part or subject, is an
// *Error: such a cycle has no reading. Other cycles of a graph (a person
// who works for an organization that employs them) are read without
// looping, each node once.
func (im *importer) resolve(v val) (obj, error) {
	m, ok := v.v.(map[string]any)
	if !ok {
		return obj{}, nil
	}
	o := obj{m, v.ptr}
	if id := idOf(m); id != "" && len(m) == 1 {
		if def, ok := im.byID[id]; ok {
			o = def
		}
	}
	if o.ptr == im.art.ptr || (idOf(o.m) != "" && idOf(o.m) == idOf(im.art.m)) {
		return obj{}, &Error{Format: "jsonld", Pointer: v.ptr, Msg: "a reference back to the article node: the article cannot be its own author, part or subject"}
	}
	im.seen[o.ptr] = true
	return o, nil
}

// text reads a text value: a string, a number, or a value object.
func text(v any) (string, bool) {
	switch x := v.(type) {
	case string:
		return strings.TrimSpace(x), true
	case float64:
		return strconv.FormatFloat(x, 'f', -1, 64), true
	case bool:
		return strconv.FormatBool(x), true
	case map[string]any:
		if s, ok := x["@value"]; ok {
			return text(s)
		}
	case []any:
		if len(x) > 0 {
			return text(x[0])
		}
	}
	return "", false
}

// oneText reads a property that takes one text, reporting any further
// values and anything that is not text.
func (im *importer) oneText(v any, ptr, prop string) string {
	vs := values(v, ptr)
	out := ""
	for i, x := range vs {
		s, ok := text(x.v)
		if !ok {
			if m, isObj := x.v.(map[string]any); isObj {
				if n, ok := text(m["name"]); ok && n != "" {
					s, ok = n, true
				}
			}
		}
		switch {
		case !ok:
			im.lose(x.ptr, prop+" not read: not text")
		case i > 0 || out != "":
			im.lose(x.ptr, "a further "+prop+" not read: the article holds one")
		default:
			out = s
		}
	}
	return out
}

// texts reads a property that takes several texts: an array, or one text
// that split by commas when comma is set (keywords are written so).
func (im *importer) texts(v any, ptr, prop string, comma bool) []string {
	var out []string
	for _, x := range values(v, ptr) {
		s, ok := text(x.v)
		if !ok {
			if m, isObj := x.v.(map[string]any); isObj {
				s, ok = text(m["name"])
			}
		}
		if !ok || s == "" {
			im.lose(x.ptr, prop+" not read: not text")
			continue
		}
		parts := []string{s}
		if comma {
			parts = strings.Split(s, ",")
		}
		for _, p := range parts {
			if p = strings.TrimSpace(p); p != "" && !slices.Contains(out, p) {
				out = append(out, p)
			}
		}
	}
	return out
}

func idOf(m map[string]any) string { s, _ := m["@id"].(string); return s }

// refOrText reads a URL given as text or as a node's @id or url.
func (im *importer) refOrText(v any) string {
	if s, ok := v.(string); ok {
		return s
	}
	if m, ok := v.(map[string]any); ok {
		if s, ok := text(m["url"]); ok {
			return s
		}
		return idOf(m)
	}
	return ""
}

func (im *importer) url(s, ptr string) string {
	if u, ok := absURL(s); ok {
		return u
	}
	im.lose(ptr, fmt.Sprintf("url %q not read: not an absolute URL", s))
	return ""
}

// date reads a date: ISO 8601 as EDTF reads it, else any absolute date timex
// reads ("2025-03-23 14:05:00", "March 23, 2025").
func (im *importer) date(s, ptr string) news.Date {
	if s == "" {
		return news.Date{}
	}
	if d, err := news.ParseDate(s); err == nil && !d.IsInterval() {
		return d
	}
	r, err := timex.Normalize(s, time.Time{})
	if err != nil || r.Date.IsZero() || r.Resolution != news.Explicit {
		im.lose(ptr, fmt.Sprintf("date %q not read: not an ISO 8601 or written absolute date", s))
		return news.Date{}
	}
	return r.Date
}

// span reads startDate and endDate of m as one date: equal ends as that
// date, different ones as an interval, one alone as an open interval.
func (im *importer) span(o obj) news.Date {
	start := im.date(im.oneText(o.m["startDate"], o.ptr+"/startDate", "startDate"), o.ptr+"/startDate")
	end := im.date(im.oneText(o.m["endDate"], o.ptr+"/endDate", "endDate"), o.ptr+"/endDate")
	switch {
	case start.IsZero() && end.IsZero():
		return news.Date{}
	case start.Equal(end):
		return start
	}
	d, err := news.Interval(start, end)
	if err != nil {
		im.lose(o.ptr+"/endDate", fmt.Sprintf("dates %s to %s not read: %v", start, end, err))
		return news.Date{}
	}
	return d
}

func (im *importer) bylines(v any, ptr, prop string) error {
	for _, x := range values(v, ptr) {
		role := prop
		if prop == "creator" {
			role = "author"
		}
		o, err := im.resolve(x)
		if err != nil {
			return err
		}
		if o.m != nil && hasType(o.m, map[string]bool{"Role": true, "OrganizationRole": true, "PerformanceRole": true}) {
			if r, _ := text(o.m["roleName"]); r != "" && wordRE.MatchString(r) {
				role = r
			} else if r != "" {
				im.lose(o.ptr+"/roleName", fmt.Sprintf("role %q not read: not a short lowercase word", r))
			}
			inner := o.m[prop]
			if inner == nil {
				inner = o.m["author"]
			}
			if o, err = im.resolve(val{inner, o.ptr + "/" + prop}); err != nil {
				return err
			}
		}
		b := article.Byline{Role: role}
		if o.m == nil {
			b.Name, _ = text(x.v)
		} else {
			b.Name, _ = text(o.m["name"])
			im.rest(o, "the "+prop, "name")
			if id := idOf(o.m); id != "" {
				if eid, ok := im.entities[id]; ok && im.kindOf(eid) != entity.Place {
					b.Entity = eid
				}
			}
		}
		if b.Name == "" {
			im.lose(x.ptr, prop+" without a name not read")
			continue
		}
		im.a.Bylines = append(im.a.Bylines, b)
	}
	return nil
}

var wordRE = regexp.MustCompile(`^[a-z][a-z0-9-]*$`)

func (im *importer) kindOf(id string) entity.Kind {
	for _, e := range im.a.Entities {
		if e.ID == id {
			return e.Kind
		}
	}
	return ""
}

func (im *importer) publisher(v any, ptr string) error {
	vs := values(v, ptr)
	for i, x := range vs {
		if i > 0 {
			im.lose(x.ptr, "a further publisher not read: the article has one")
			continue
		}
		o, err := im.resolve(x)
		if err != nil {
			return err
		}
		if o.m == nil {
			im.a.Publisher.Name, _ = text(x.v)
			continue
		}
		im.a.Publisher.Name, _ = text(o.m["name"])
		im.rest(o, "the publisher", "name", "url")
		if u, _ := text(o.m["url"]); u != "" {
			im.a.Publisher.URL = im.url(u, o.ptr+"/url")
		}
		if im.a.Publisher.Name == "" {
			im.a.Publisher = article.Publisher{}
			im.lose(x.ptr, "publisher without a name not read")
		}
	}
	return nil
}

var mediaKinds = map[string]string{"ImageObject": "image", "VideoObject": "video", "AudioObject": "audio", "Photograph": "image"}

func (im *importer) media(v any, ptr, prop string) error {
	for _, x := range values(v, ptr) {
		kind := map[string]string{"image": "image", "thumbnailUrl": "image", "video": "video", "audio": "audio"}[prop]
		if s, ok := x.v.(string); ok {
			if kind == "" {
				im.lose(x.ptr, "medium given only by its URL: its kind is not known")
				continue
			}
			if u := im.url(s, x.ptr); u != "" {
				im.addMedia(article.Media{Kind: kind, URL: u})
			}
			continue
		}
		o, err := im.resolve(x)
		if err != nil {
			return err
		}
		if o.m == nil {
			continue
		}
		for _, t := range types(o.m) {
			if k, ok := mediaKinds[t]; ok {
				kind = k
			}
		}
		if kind == "" {
			im.lose(x.ptr, fmt.Sprintf("medium of type %s not read", typeText(o.m)))
			continue
		}
		md := article.Media{Kind: kind}
		u, _ := text(o.m["contentUrl"])
		if u == "" {
			u, _ = text(o.m["url"])
		}
		if u != "" {
			md.URL = im.url(u, x.ptr)
		}
		md.Credit, _ = text(o.m["creditText"])
		if md.Credit == "" {
			if c, ok := o.m["copyrightHolder"].(map[string]any); ok {
				md.Credit, _ = text(c["name"])
			}
		}
		md.Caption, _ = text(o.m["caption"])
		if md.Caption == "" {
			md.Caption, _ = text(o.m["description"])
		}
		for _, k := range sortedKeys(o.m) {
			switch k {
			case "@type", "@id", "@context", "contentUrl", "url", "creditText", "caption", "description", "copyrightHolder":
			default:
				im.lose(o.ptr+"/"+escape(k), k+" of a medium not read: the article has no member for it")
			}
		}
		im.addMedia(md)
	}
	return nil
}

func (im *importer) addMedia(m article.Media) {
	for _, x := range im.a.Media {
		if m.URL != "" && x.URL == m.URL {
			return
		}
	}
	im.a.Media = append(im.a.Media, m)
}

func (im *importer) corrections(v any, ptr string) {
	for _, x := range values(v, ptr) {
		c := article.Correction{}
		if m, ok := x.v.(map[string]any); ok {
			c.Text, _ = text(m["text"])
			if d, _ := text(m["datePublished"]); d != "" {
				c.Date = im.date(d, x.ptr+"/datePublished")
			}
		} else {
			c.Text, _ = text(x.v)
		}
		if c.Text == "" {
			im.lose(x.ptr, "correction without text not read")
			continue
		}
		im.a.Corrections = append(im.a.Corrections, c)
	}
}

func (im *importer) related(v any, ptr, prop string) {
	for _, x := range values(v, ptr) {
		l := article.Link{Rel: "source"}
		if m, ok := x.v.(map[string]any); ok {
			l.Title, _ = text(m["headline"])
			if l.Title == "" {
				l.Title, _ = text(m["name"])
			}
			if u := im.refOrText(m); u != "" {
				l.URL, _ = absURL(u)
			}
		} else if s, ok := text(x.v); ok {
			l.URL, _ = absURL(s)
		}
		if l.URL == "" && l.Title == "" {
			im.lose(x.ptr, prop+" not read: neither a title nor an absolute URL")
			continue
		}
		im.a.Related = append(im.a.Related, l)
	}
}
