package jsonld

import (
	"bytes"
	"encoding/json"
	"fmt"
	"sort"
	"strings"
	"time"

	"github.com/newsmodel/newsmodel/article"
	"github.com/newsmodel/newsmodel/article/convert"
	"github.com/newsmodel/newsmodel/entity"
	"github.com/newsmodel/newsmodel/news"
	"github.com/newsmodel/newsmodel/quote"
)

// node is a JSON-LD node object as it is written; encoding/json writes its
// keys sorted, so "@context", "@id" and "@type" come first and the output
// is stable.
type node = map[string]any

// Blank node identifiers of the document's entities, quotes and events;
// Import reads the IDs back from them.
const (
	entityPrefix = "_:entity-"
	quotePrefix  = "_:quote-"
	eventPrefix  = "_:event-"
)

func ref(prefix, id string) node { return node{"@id": prefix + id} }

type exporter struct {
	a      *article.Article
	losses []convert.Loss
	kinds  map[string]entity.Kind
}

func (e *exporter) lose(reason string, ptr ...any) {
	e.losses = append(e.losses, convert.Loss{Side: convert.Ours, Pointer: convert.Pointer(ptr...), Reason: reason})
}

// Export writes a as a schema.org NewsArticle in JSON-LD, indented, and
// returns with it what schema.org could not hold, each Loss pointing into
// a. See the package documentation for the mapping.
func Export(a *article.Article) ([]byte, []convert.Loss, error) {
	if a == nil {
		return nil, nil, &Error{Format: "jsonld", Msg: "nil *article.Article"}
	}
	e := &exporter{a: a, kinds: map[string]entity.Kind{}}
	for _, en := range a.Entities {
		e.kinds[en.ID] = en.Kind
	}
	n := e.article()
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(n); err != nil {
		return nil, e.losses, &Error{Format: "jsonld", Msg: "encoding: " + err.Error(), Err: err}
	}
	return buf.Bytes(), e.losses, nil
}

func (e *exporter) article() node {
	a := e.a
	n := node{"@context": "https://schema.org", "@type": "NewsArticle"}
	set(n, "identifier", a.ID)
	set(n, "url", a.URL)
	set(n, "headline", a.Headline)
	set(n, "alternativeHeadline", a.Subheadline)
	if a.Language.String() != "und" {
		n["inLanguage"] = a.Language.String()
	}
	e.date(n, "datePublished", a.Published, "published")
	e.date(n, "dateModified", a.Modified, "modified")
	for i, b := range a.Bylines {
		e.byline(n, b, i)
	}
	if !a.Publisher.IsZero() {
		p := node{"@type": "Organization"}
		set(p, "name", a.Publisher.Name)
		set(p, "url", a.Publisher.URL)
		n["publisher"] = p
	}
	set(n, "dateline", a.Dateline.Text)
	if a.Dateline.Place != "" {
		n["locationCreated"] = ref(entityPrefix, a.Dateline.Place)
	}
	e.date(n, "dateCreated", a.Dateline.Date, "dateline", "date")
	set(n, "articleBody", a.Body)
	e.newsroom(n)
	for i := range a.Sections {
		e.lose("section not written: schema.org has no headed parts of an article's text", "sections", i)
	}
	for i, l := range a.Related {
		if l.Rel != "source" {
			e.lose(fmt.Sprintf("related link of rel %q not written: schema.org has a property only for a source (isBasedOn)", l.Rel), "related", i)
			continue
		}
		w := node{"@type": "CreativeWork"}
		set(w, "headline", l.Title)
		set(w, "url", l.URL)
		add(n, "isBasedOn", w)
	}
	for i, m := range a.Media {
		e.media(n, m, i)
	}
	for i, c := range a.Corrections {
		cn := node{"@type": "CorrectionComment", "text": c.Text}
		e.date(cn, "datePublished", c.Date, "corrections", i, "date")
		add(n, "correction", cn)
	}
	for i, en := range a.Entities {
		add(n, "mentions", e.entity(en, i))
		if en.Kind != entity.Event && namedIn(a.Headline, en) {
			add(n, "about", ref(entityPrefix, en.ID))
		}
	}
	for i, q := range a.Quotes {
		add(n, "hasPart", e.quote(q, i))
	}
	for i, ev := range a.Events {
		add(n, "about", e.event(ev, i))
	}
	keys := make([]string, 0, len(a.Extensions))
	for k := range a.Extensions {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		e.lose("extension not written: schema.org has no place for it", "extensions", k)
	}
	return n
}

// namedIn reports whether the headline names the entity, by its name or an
// alias: such an entity is what the article is about.
func namedIn(headline string, en entity.Entity) bool {
	if en.Name != "" && strings.Contains(headline, en.Name) {
		return true
	}
	for _, al := range en.Aliases {
		if len(al) > 2 && strings.Contains(headline, al) {
			return true
		}
	}
	return false
}

// set sets n[k] to v unless v is empty.
func set(n node, k, v string) {
	if v != "" {
		n[k] = v
	}
}

// add appends v to the array n[k].
func add(n node, k string, v any) {
	arr, _ := n[k].([]any)
	n[k] = append(arr, v)
}

// isoDate reports whether d is a date schema.org's Date and DateTime hold:
// ISO 8601 calendar dates and date-times, a year or a month, without EDTF
// qualifiers, unspecified digits or groupings.
func isoDate(d news.Date) bool {
	if d.IsZero() || d.IsInterval() || strings.ContainsAny(d.String(), "?~%XW") || strings.HasPrefix(d.String(), "Y") {
		return false
	}
	switch d.Precision() {
	case news.PrecisionYear, news.PrecisionMonth, news.PrecisionDay, news.PrecisionMinute, news.PrecisionSecond:
		return true
	}
	return false
}

// date writes d as n[k] when schema.org can hold it, and a Loss otherwise.
func (e *exporter) date(n node, k string, d news.Date, ptr ...any) {
	if d.IsZero() {
		return
	}
	if !isoDate(d) {
		e.lose(fmt.Sprintf("date %s not written: schema.org's %s holds ISO 8601 dates, not this EDTF form", d, k), ptr...)
		return
	}
	n[k] = d.String()
}

// bylineProps are the properties of a byline's role; any other role is
// written as an author in a schema.org Role that names it.
var bylineProps = map[string]string{"": "author", "author": "author", "editor": "editor", "contributor": "contributor"}

func (e *exporter) byline(n node, b article.Byline, i int) {
	t := "Person"
	if e.kinds[b.Entity] == entity.Organization {
		t = "Organization"
	}
	p := node{"@type": t, "name": b.Name}
	if b.Entity != "" {
		p["@id"] = entityPrefix + b.Entity
	}
	if prop, ok := bylineProps[b.Role]; ok {
		add(n, prop, p)
		return
	}
	add(n, "author", node{"@type": "Role", "roleName": b.Role, "author": p})
}

var mediaTypes = map[string]struct{ prop, typ string }{
	"image":   {"image", "ImageObject"},
	"graphic": {"image", "ImageObject"},
	"video":   {"video", "VideoObject"},
	"audio":   {"audio", "AudioObject"},
}

func (e *exporter) media(n node, m article.Media, i int) {
	t, ok := mediaTypes[m.Kind]
	if !ok {
		e.lose(fmt.Sprintf("medium of kind %q not written", m.Kind), "media", i)
		return
	}
	if m.Kind == "graphic" {
		e.lose("kind graphic written as an ImageObject: schema.org does not tell graphics from pictures, so it reads back as image", "media", i, "kind")
	}
	o := node{"@type": t.typ}
	set(o, "contentUrl", m.URL)
	set(o, "creditText", m.Credit)
	set(o, "caption", m.Caption)
	add(n, t.prop, o)
}

// entityTypes are the schema.org types of the entity kinds.
var entityTypes = map[entity.Kind]string{
	entity.Person: "Person", entity.Organization: "Organization", entity.Place: "Place",
	entity.Event: "Event", entity.Work: "CreativeWork", entity.Product: "Product", entity.Other: "Thing",
}

// relationProps are the schema.org properties of entity relations; the
// relations not listed have none.
var relationProps = []struct {
	typ  entity.RelationType
	prop string
}{
	{entity.SpouseOf, "spouse"},
	{entity.RelativeOf, "relatedTo"},
	{entity.MemberOf, "memberOf"},
	{entity.EmployedBy, "worksFor"},
	{entity.PartOf, "parentOrganization"},
	{entity.LocatedIn, "containedInPlace"},
	{entity.CreatedBy, "creator"},
	{entity.AffiliatedWith, "affiliation"},
	{entity.CitizenOf, "nationality"},
}

// wikidataURL is how sameAs names a Wikidata item.
const wikidataURL = "https://www.wikidata.org/wiki/"

func (e *exporter) entity(en entity.Entity, i int) node {
	n := node{"@type": entityTypes[en.Kind], "@id": entityPrefix + en.ID}
	set(n, "name", en.Name)
	if len(en.Aliases) > 0 {
		n["alternateName"] = toAny(en.Aliases)
	}
	set(n, "description", en.Description)
	if en.Unnamed {
		e.lose("unnamed not written: schema.org cannot say that a name is only a description", "entities", i, "unnamed")
	}
	keys := make([]string, 0, len(en.ExternalIDs))
	for k := range en.ExternalIDs {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		v := en.ExternalIDs[k]
		if k == "wikidata" {
			add(n, "sameAs", wikidataURL+v)
			continue
		}
		add(n, "identifier", node{"@type": "PropertyValue", "propertyID": k, "value": v})
	}
	canRole := en.Kind == entity.Person || en.Kind == entity.Organization
	for j, r := range en.Roles {
		if !canRole {
			e.lose(fmt.Sprintf("role not written: schema.org gives roles (memberOf) only to people and organizations, not to a %s", en.Kind), "entities", i, "roles", j)
			continue
		}
		o := node{"@type": "OrganizationRole", "roleName": r.Title}
		if r.Of != "" {
			o["memberOf"] = ref(entityPrefix, r.Of)
		}
		if r.Ordinal != 0 {
			o["numberedPosition"] = r.Ordinal
		}
		e.span(o, r.When, "entities", i, "roles", j, "when")
		add(n, "memberOf", o)
	}
	for j, r := range en.Relations {
		prop := ""
		for _, rp := range relationProps {
			if rp.typ == r.Type {
				prop = rp.prop
			}
		}
		if prop == "" {
			e.lose(fmt.Sprintf("relation %s not written: schema.org has no property for it", r.Type), "entities", i, "relations", j)
			continue
		}
		add(n, prop, ref(entityPrefix, r.Entity))
		if r.Detail != "" {
			e.lose("relation detail not written: a schema.org property holds none", "entities", i, "relations", j, "detail")
		}
		if !r.When.IsZero() {
			e.lose("relation date not written: a schema.org property holds none", "entities", i, "relations", j, "when")
		}
	}
	if len(en.Mentions) > 0 {
		e.lose("mentions not written: schema.org has no text offsets", "entities", i, "mentions")
	}
	return n
}

// span writes d as startDate and endDate: a date as both, an interval as
// its ends (an open end left out).
func (e *exporter) span(n node, d news.Date, ptr ...any) {
	if d.IsZero() {
		return
	}
	from, to := d, d
	if d.IsInterval() {
		var ok bool
		from, to, ok = d.Endpoints()
		if !ok || (from.IsZero() && !d.OpenStart()) || (to.IsZero() && !d.OpenEnd()) {
			e.lose(fmt.Sprintf("date %s not written: schema.org has no unknown ends", d), ptr...)
			return
		}
	}
	if (!from.IsZero() && !isoDate(from)) || (!to.IsZero() && !isoDate(to)) {
		e.lose(fmt.Sprintf("date %s not written: schema.org's startDate and endDate hold ISO 8601 dates, not this EDTF form", d), ptr...)
		return
	}
	if !from.IsZero() {
		n["startDate"] = from.String()
	}
	if !to.IsZero() {
		n["endDate"] = to.String()
	}
}

func (e *exporter) quote(q quote.Quote, i int) node {
	n := node{"@type": "Quotation", "@id": quotePrefix + q.ID, "text": q.Text}
	if q.Kind != quote.Direct {
		e.lose(fmt.Sprintf("kind %s not written: a schema.org Quotation does not say how closely it quotes, and reads back as direct", q.Kind), "quotes", i, "kind")
	}
	if q.Speaker != "" {
		n["spokenByCharacter"] = ref(entityPrefix, q.Speaker)
	}
	if q.Reports != "" {
		n["isBasedOn"] = ref(quotePrefix, q.Reports)
	}
	for _, id := range q.About {
		add(n, "about", ref(entityPrefix, id))
	}
	if q.Event != "" {
		n["recordedAt"] = ref(eventPrefix, q.Event)
	}
	e.when(n, "dateCreated", q.When, "quotes", i, "when")
	for _, lost := range []struct {
		empty bool
		name  string
	}{{q.Cue.IsZero(), "cue"}, {len(q.Audience) == 0, "audience"}, {q.Setting == "", "setting"}, {q.Span.IsZero(), "span"}} {
		if !lost.empty {
			e.lose(lost.name+" not written: a schema.org Quotation has no property for it", "quotes", i, lost.name)
		}
	}
	return n
}

// when writes the date of w as n[k], and reports its words, anchor and
// resolution, which schema.org cannot hold.
func (e *exporter) when(n node, k string, w news.When, ptr ...any) {
	if w.IsZero() {
		return
	}
	if k == "" {
		e.span(n, w.Value, append(ptr, "value")...)
	} else {
		e.date(n, k, w.Value, append(ptr, "value")...)
	}
	if w.Text != "" || !w.Anchor.IsZero() || w.Resolution != "" {
		e.lose("the words, anchor and resolution of the date not written: schema.org holds only the date", ptr...)
	}
}

func (e *exporter) event(ev news.Event, i int) node {
	n := node{"@type": "Event", "@id": eventPrefix + ev.ID, "name": ev.Summary}
	switch ev.Kind {
	case "":
	case news.Planned:
		n["eventStatus"] = "https://schema.org/EventScheduled"
	default:
		e.lose(fmt.Sprintf("kind %s not written: schema.org's eventStatus says only whether an event is scheduled", ev.Kind), "events", i, "kind")
	}
	e.when(n, "", ev.When, "events", i, "when")
	if !ev.Duration.IsZero() {
		n["duration"] = ev.Duration.String()
	}
	if ev.Place != "" {
		n["location"] = ref(entityPrefix, ev.Place)
	}
	if ev.Entity != "" {
		e.lose("entity not written: schema.org cannot say which named event an event is", "events", i, "entity")
	}
	for _, p := range ev.Participants {
		r := ref(entityPrefix, p.Entity)
		if p.Role == "" {
			add(n, "attendee", r)
			continue
		}
		add(n, "attendee", node{"@type": "Role", "roleName": p.Role, "attendee": r})
	}
	for j, r := range ev.Relations {
		switch r.Type {
		case news.During:
			add(n, "superEvent", ref(eventPrefix, r.Event))
		case news.Includes:
			add(n, "subEvent", ref(eventPrefix, r.Event))
		default:
			e.lose(fmt.Sprintf("relation %s not written: schema.org relates events only as sub- and super-events", r.Type), "events", i, "relations", j)
		}
	}
	if len(ev.Evidence) > 0 {
		e.lose("evidence not written: schema.org has no text offsets", "events", i, "evidence")
	}
	return n
}

func toAny(s []string) []any {
	out := make([]any, len(s))
	for i, v := range s {
		out[i] = v
	}
	return out
}

// newsroom writes the members of the article that newsrooms exchange about
// it, where schema.org has a property, and reports the others.
func (e *exporter) newsroom(n node) {
	a := e.a
	if a.Title != "" && a.Title != a.Headline {
		n["name"] = a.Title
	}
	var summary, abstract bool
	for i, d := range a.Descriptions {
		switch {
		case (d.Role == "summary" || d.Role == "") && !summary && d.MediaType == "":
			n["description"], summary = d.Text, true
		case d.Role == "abstract" && !abstract && d.MediaType == "":
			n["abstract"], abstract = d.Text, true
		default:
			e.lose("description not written: schema.org has one description and one abstract, in plain text", "descriptions", i)
		}
	}
	for i := range a.Headlines {
		e.lose("headline not written: schema.org's alternativeHeadline holds the subheadline", "headlines", i)
	}
	if len(a.Keywords) > 0 {
		n["keywords"] = a.Keywords
	}
	for i, s := range a.Subjects {
		if s.Scheme != "" || s.Code != "" || s.Rel != "" || s.Relevance != 0 || s.Confidence != 0 || s.Creator != "" {
			e.lose("subject not written: schema.org's articleSection holds a name only", "subjects", i)
			continue
		}
		add(n, "articleSection", s.Name)
	}
	for i, g := range a.Genres {
		switch {
		case g.URI() != "":
			add(n, "genre", g.URI())
		case g.Scheme == "" && g.Code == "":
			add(n, "genre", g.Name)
		default:
			e.lose("genre not written: its scheme has no URI", "genres", i)
		}
	}
	r := a.Rights
	if r.Holder != "" {
		n["copyrightHolder"] = node{"@type": "Organization", "name": r.Holder}
	}
	set(n, "copyrightNotice", r.Notice)
	set(n, "license", r.License)
	if r.UsageTerms != "" {
		if _, ok := absURL(r.UsageTerms); ok {
			n["usageInfo"] = r.UsageTerms
		} else {
			e.lose("usage terms not written: schema.org's usageInfo is a URL", "rights", "usageTerms")
		}
	}
	if !r.Expression.IsZero() {
		e.lose("rights expression not written: schema.org has no property for it", "rights", "expression")
	}
	set(n, "version", a.Version)
	if !a.Expires.IsZero() {
		n["expires"] = a.Expires.Format(time.RFC3339Nano)
	}
	if a.Status != "" {
		n["creativeWorkStatus"] = string(a.Status)
	}
	lost := []struct {
		name string
		has  bool
	}{
		{"statusReason", a.StatusReason != "" && !strings.HasPrefix(a.StatusReason, "not given")},
		{"firstCreated", !a.FirstCreated.IsZero()}, {"versionCreated", !a.VersionCreated.IsZero()},
		{"contentCreated", !a.ContentCreated.IsZero()}, {"embargoedUntil", !a.EmbargoedUntil.IsZero()},
		{"urgency", a.Urgency != 0}, {"slugline", a.Slugline != ""}, {"editorNote", a.EditorNote != ""},
		{"sources", len(a.Sources) > 0}, {"digitalSourceType", a.DigitalSourceType != ""},
		{"trustIndicators", len(a.TrustIndicators) > 0}, {"externalIds", len(a.ExternalIDs) > 0},
		{"bodies", len(a.Bodies) > 0},
	}
	for _, l := range lost {
		if l.has {
			e.lose(l.name+" not written: the schema.org mapping has no property for it", l.name)
		}
	}
}
