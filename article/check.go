package article

import (
	"encoding"
	"errors"
	"fmt"
	"reflect"
	"slices"
	"strconv"
	"strings"

	"github.com/newsmodel/newsmodel/entity"
	"github.com/newsmodel/newsmodel/internal/textpos"
	"github.com/newsmodel/newsmodel/news"
	"github.com/newsmodel/newsmodel/quote"
	"github.com/newsmodel/newsmodel/schema"
)

// Rules that Check reports. They are stable names a program can match.
const (
	RuleSchemaVersion           = "schema-version"            // schemaVersion is not one this package reads
	RuleDuplicateID             = "duplicate-id"              // two entities, two quotes or two events share an id
	RuleReference               = "reference"                 // a reference names no entity, quote or event
	RuleReferenceKind           = "reference-kind"            // a reference names something of the wrong kind
	RuleSpanField               = "span-field"                // a span's field is not a string member of the document
	RuleSpanRange               = "span-range"                // a span's offsets lie outside its field, or end before start
	RuleSpanText                = "span-text"                 // a span's text differs from what its offsets cover
	RuleReportsCycle            = "reports-cycle"             // quotes report each other in a circle
	RuleRelationConflict        = "relation-conflict"         // event relations contradict each other
	RuleRelationDate            = "relation-date"             // an event relation contradicts the events' dates
	RuleAfterPublication        = "after-publication"         // an event or quote dated after the article
	RuleModifiedBeforePublished = "modified-before-published" // modified lies before published
	RuleStatusReason            = "status-reason"             // a withheld or canceled article says not why
	RuleEmbargoAfterExpiry      = "embargo-after-expiry"      // the embargo lifts only when the article has expired
	RuleVersionBeforeFirst      = "version-before-first"      // versionCreated lies before firstCreated
	RuleSchemeCode              = "scheme-code"               // a subject's or genre's code is not of its scheme's shape
	RuleEmptyConcept            = "empty-concept"             // a subject or genre has neither code nor name
	RuleEncode                  = "encode"                    // a value has no JSON form
)

// Check reports everything that is wrong with a, sorted by pointer: what
// the JSON Schema says of a's JSON form, and the rules below, which a schema
// cannot state. It is the one call that validates an Article built in Go:
// Check(a) is empty exactly when Validate(Marshal(a)) is. A value that has
// no JSON form at all (an enumeration outside its list, a negative
// duration, extension bytes that are not JSON) is reported with rule
// "encode" at its pointer. The rules:
//
//   - schemaVersion is SchemaVersion ("schema-version");
//   - ids are unique among entities, among quotes and among events
//     ("duplicate-id", reported at the later one);
//   - every reference resolves ("reference") to the right kind of thing
//     ("reference-kind"): a quote's speaker and audience name a person,
//     organization or other entity; a role's of names an organization, place
//     or other entity; an event's participants, an entity relation and a
//     quote's about name entities; a quote's event names an event; an
//     event's entity names an entity of kind event; an event's place and
//     the dateline's place name entities of kind place; a byline names a
//     person or organization; reports names a quote; an event relation
//     names another event;
//   - a span's field is a string member of the document ("span-field"), its
//     offsets lie inside that text ("span-range"), and its text, if given,
//     equals the text they cover ("span-text");
//   - no quote reports itself through a chain of reports ("reports-cycle");
//   - event relations do not contradict each other, as "a before b" with
//     "b before a", "a during b" with "a before b", or a circle of befores
//     ("relation-conflict"), nor the events' dates ("relation-date");
//   - no event is dated wholly after the article's last date (modified, or
//     else published) unless its kind may follow (planned, hypothetical), and
//     no quote is ("after-publication");
//   - modified does not lie wholly before published
//     ("modified-before-published");
//   - a withheld or canceled article has a statusReason ("status-reason");
//   - the embargo lifts before the article expires
//     ("embargo-after-expiry"), and versionCreated does not lie before
//     firstCreated ("version-before-first");
//   - every subject and genre has a code or a name ("empty-concept"), one
//     with a scheme has a code, and the code of a known scheme (see
//     Schemes) has its shape, such as eight digits for "medtop"
//     ("scheme-code").
func (a *Article) Check() []schema.Problem {
	if a == nil {
		return []schema.Problem{{Rule: RuleEncode, Message: "nil *Article"}}
	}
	var ps []schema.Problem
	if b, err := marshal(a, ""); err != nil {
		var ee *EncodeError
		if !errors.As(err, &ee) {
			ee = &EncodeError{Message: err.Error()}
		}
		ps = append(ps, schema.Problem{Pointer: ee.Pointer, Rule: RuleEncode, Message: ee.Message})
	} else {
		ps = schema.Validate(b)
	}
	seen := make(map[string]bool, len(ps))
	for _, p := range ps {
		seen[p.Pointer] = true
	}
	for _, p := range a.semantic() {
		// As in Validate, the schema's word on a value is the clearer one.
		if !seen[p.Pointer] {
			ps = append(ps, p)
		}
	}
	schema.Sort(ps)
	return slices.Compact(ps)
}

// semantic runs the rules that a JSON Schema cannot state.
func (a *Article) semantic() []schema.Problem {
	c := checker{a: a}
	c.version()
	c.ids()
	c.references()
	c.spans()
	c.reportsCycles()
	c.relations()
	c.dates()
	c.editorial()
	c.concepts()
	schema.Sort(c.ps)
	return slices.Compact(c.ps)
}

type checker struct {
	a        *Article
	ps       []schema.Problem
	entities map[string]int // id -> index of first entity
	quotes   map[string]int
	events   map[string]int
	texts    map[string]*textpos.Index // field pointer -> index of its text
}

func (c *checker) add(ptr, rule, format string, args ...any) {
	c.ps = append(c.ps, schema.Problem{Pointer: ptr, Rule: rule, Message: fmt.Sprintf(format, args...)})
}

func (c *checker) version() {
	if c.a.SchemaVersion != SchemaVersion {
		c.add("/schemaVersion", RuleSchemaVersion, "schema version %q is not known; this package reads version %q", c.a.SchemaVersion, SchemaVersion)
	}
}

func firsts[T any](c *checker, list []T, kind, base string, id func(T) string) map[string]int {
	m := make(map[string]int, len(list))
	for i, x := range list {
		k := id(x)
		if j, dup := m[k]; dup {
			c.add(fmt.Sprintf("/%s/%d/id", base, i), RuleDuplicateID, "%s id %q is already used by %s %d", kind, k, kind, j)
			continue
		}
		m[k] = i
	}
	return m
}

func (c *checker) ids() {
	c.entities = firsts(c, c.a.Entities, "entity", "entities", func(e entity.Entity) string { return e.ID })
	c.quotes = firsts(c, c.a.Quotes, "quote", "quotes", func(q quote.Quote) string { return q.ID })
	c.events = firsts(c, c.a.Events, "event", "events", func(e news.Event) string { return e.ID })
}

// what names what id is in the document when it is not what was wanted.
func (c *checker) what(id string) string {
	var s []string
	if i, ok := c.entities[id]; ok {
		s = append(s, fmt.Sprintf("an entity of kind %s", c.a.Entities[i].Kind))
	}
	if _, ok := c.quotes[id]; ok {
		s = append(s, "a quote")
	}
	if _, ok := c.events[id]; ok {
		s = append(s, "an event")
	}
	return strings.Join(s, " and ")
}

// entity checks a reference to an entity; kinds, when given, are the kinds
// it may have.
func (c *checker) entityRef(ptr, id string, kinds ...entity.Kind) {
	if id == "" {
		return
	}
	i, ok := c.entities[id]
	if !ok {
		if w := c.what(id); w != "" {
			c.add(ptr, RuleReferenceKind, "%q is %s, not an entity", id, w)
			return
		}
		c.add(ptr, RuleReference, "no entity has id %q", id)
		return
	}
	if k := c.a.Entities[i].Kind; len(kinds) > 0 && !slices.Contains(kinds, k) {
		names := make([]string, len(kinds))
		for j, k := range kinds {
			names[j] = string(k)
		}
		c.add(ptr, RuleReferenceKind, "entity %q is of kind %s; want %s", id, k, strings.Join(names, " or "))
	}
}

// speakers are the kinds of entity that can say something or be told it.
var speakers = []entity.Kind{entity.Person, entity.Organization, entity.Other}

func (c *checker) quoteRef(ptr, id string) {
	if id == "" {
		return
	}
	if _, ok := c.quotes[id]; ok {
		return
	}
	if w := c.what(id); w != "" {
		c.add(ptr, RuleReferenceKind, "%q is %s, not a quote", id, w)
		return
	}
	c.add(ptr, RuleReference, "no quote has id %q", id)
}

func (c *checker) eventRef(ptr, id string) {
	if _, ok := c.events[id]; ok {
		return
	}
	if w := c.what(id); w != "" {
		c.add(ptr, RuleReferenceKind, "%q is %s, not an event", id, w)
		return
	}
	c.add(ptr, RuleReference, "no event has id %q", id)
}

func (c *checker) references() {
	a := c.a
	for i, b := range a.Bylines {
		c.entityRef(fmt.Sprintf("/bylines/%d/entity", i), b.Entity, entity.Person, entity.Organization)
	}
	c.entityRef("/dateline/place", a.Dateline.Place, entity.Place)
	for i, e := range a.Entities {
		for j, r := range e.Roles {
			c.entityRef(fmt.Sprintf("/entities/%d/roles/%d/of", i, j), r.Of, entity.Organization, entity.Place, entity.Other)
		}
		for j, r := range e.Relations {
			c.entityRef(fmt.Sprintf("/entities/%d/relations/%d/entity", i, j), r.Entity)
		}
	}
	for i, q := range a.Quotes {
		c.entityRef(fmt.Sprintf("/quotes/%d/speaker", i), q.Speaker, speakers...)
		for j, id := range q.Audience {
			c.entityRef(fmt.Sprintf("/quotes/%d/audience/%d", i, j), id, speakers...)
		}
		for j, id := range q.About {
			c.entityRef(fmt.Sprintf("/quotes/%d/about/%d", i, j), id)
		}
		if q.Event != "" {
			c.eventRef(fmt.Sprintf("/quotes/%d/event", i), q.Event)
		}
		c.quoteRef(fmt.Sprintf("/quotes/%d/reports", i), q.Reports)
	}
	for i, e := range a.Events {
		c.entityRef(fmt.Sprintf("/events/%d/entity", i), e.Entity, entity.Event)
		c.entityRef(fmt.Sprintf("/events/%d/place", i), e.Place, entity.Place)
		for j, p := range e.Participants {
			c.entityRef(fmt.Sprintf("/events/%d/participants/%d/entity", i, j), p.Entity)
		}
		for j, r := range e.Relations {
			c.eventRef(fmt.Sprintf("/events/%d/relations/%d/event", i, j), r.Event)
		}
	}
}

func (c *checker) spans() {
	a := c.a
	for i, s := range a.Sections {
		c.span(fmt.Sprintf("/sections/%d/span", i), s.Span)
	}
	for i, e := range a.Entities {
		for j, s := range e.Mentions {
			c.span(fmt.Sprintf("/entities/%d/mentions/%d", i, j), s)
		}
	}
	for i, q := range a.Quotes {
		if !q.Span.IsZero() {
			c.span(fmt.Sprintf("/quotes/%d/span", i), q.Span)
		}
	}
	for i, e := range a.Events {
		for j, s := range e.Evidence {
			c.span(fmt.Sprintf("/events/%d/evidence/%d", i, j), s)
		}
	}
}

func (c *checker) span(ptr string, s news.Span) {
	field := s.Field
	if field == "" {
		field = "/body"
	}
	ix, ok := c.texts[field]
	if !ok {
		text, found := stringAt(reflect.ValueOf(c.a).Elem(), field)
		if !found {
			c.add(ptr+"/field", RuleSpanField, "%q is not a string member of the document", field)
			return
		}
		if c.texts == nil {
			c.texts = map[string]*textpos.Index{}
		}
		ix = textpos.New(text)
		c.texts[field] = ix
	}
	switch {
	case s.Start < 0:
		c.add(ptr+"/start", RuleSpanRange, "start %d is negative", s.Start)
		return
	case s.End < s.Start:
		c.add(ptr+"/end", RuleSpanRange, "end %d is before start %d", s.End, s.Start)
		return
	case s.End > ix.Len():
		c.add(ptr+"/end", RuleSpanRange, "end %d is past the end of %s, which has %d code points", s.End, field, ix.Len())
		return
	}
	if s.Text == "" {
		return
	}
	got, _ := ix.Slice(s.Start, s.End)
	if got != s.Text {
		c.add(ptr+"/text", RuleSpanText, "text %s differs from %s, what [%d,%d) covers in %s", clip(s.Text), clip(got), s.Start, s.End, field)
	}
}

func clip(s string) string {
	if r := []rune(s); len(r) > 60 {
		s = string(r[:57]) + "..."
	}
	return strconv.Quote(s)
}

// stringAt returns the Go string at JSON pointer ptr in v, walking struct
// fields by their json names, slices by index and maps by key. Only string
// members count: a date or a language tag is not text a span can count in.
func stringAt(v reflect.Value, ptr string) (string, bool) {
	if ptr == "" || ptr[0] != '/' {
		return "", false
	}
	for _, tok := range strings.Split(ptr[1:], "/") {
		tok = unescapeToken.Replace(tok)
		switch v.Kind() {
		case reflect.Struct:
			f, ok := fieldByJSONName(v.Type(), tok)
			if !ok {
				return "", false
			}
			v = v.FieldByIndex(f)
		case reflect.Slice:
			if v.Type().Elem().Kind() == reflect.Uint8 {
				return "", false // json.RawMessage: not text
			}
			i, err := strconv.Atoi(tok)
			if err != nil || i < 0 || i >= v.Len() || strconv.Itoa(i) != tok {
				return "", false
			}
			v = v.Index(i)
		case reflect.Map:
			if v.Type().Key().Kind() != reflect.String {
				return "", false
			}
			v = v.MapIndex(reflect.ValueOf(tok).Convert(v.Type().Key()))
			if !v.IsValid() {
				return "", false
			}
		default:
			return "", false
		}
	}
	if v.Kind() != reflect.String || v.Type().Implements(textMarshaler) {
		return "", false
	}
	return v.String(), true
}

var (
	textMarshaler = reflect.TypeFor[encoding.TextMarshaler]()
	unescapeToken = strings.NewReplacer("~1", "/", "~0", "~")
)

func fieldByJSONName(t reflect.Type, name string) ([]int, bool) {
	for i := range t.NumField() {
		f := t.Field(i)
		if !f.IsExported() {
			continue
		}
		n, _, _ := strings.Cut(f.Tag.Get("json"), ",")
		if n == name {
			return f.Index, true
		}
	}
	return nil, false
}

func (c *checker) reportsCycles() {
	qs := c.a.Quotes
	state := make([]uint8, len(qs)) // 0 unseen, 1 on the current chain, 2 done
	for i := range qs {
		if state[i] != 0 {
			continue
		}
		var chain []int
		j := i
		for {
			if state[j] == 2 {
				break
			}
			if state[j] == 1 {
				// j starts a cycle along chain; report it once, at its
				// lowest index.
				k := slices.Index(chain, j)
				cyc := chain[k:]
				low := slices.Min(cyc)
				ids := make([]string, 0, len(cyc)+1)
				for _, q := range cyc {
					ids = append(ids, strconv.Quote(qs[q].ID))
				}
				ids = append(ids, strconv.Quote(qs[j].ID))
				c.add(fmt.Sprintf("/quotes/%d/reports", low), RuleReportsCycle, "quotes report each other in a circle: %s", strings.Join(ids, " reports "))
				break
			}
			state[j] = 1
			chain = append(chain, j)
			next, ok := c.quotes[qs[j].Reports]
			if !ok || qs[j].Reports == "" {
				break
			}
			j = next
		}
		for _, q := range chain {
			state[q] = 2
		}
	}
}
