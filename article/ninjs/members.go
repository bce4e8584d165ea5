package ninjs

import (
	"encoding/json"
	"regexp"
	"strconv"
	"strings"
	"time"

	"golang.org/x/text/language"

	"github.com/newsmodel/newsmodel/article"
	"github.com/newsmodel/newsmodel/entity"
	"github.com/newsmodel/newsmodel/internal/strictjson"
	"github.com/newsmodel/newsmodel/news"
)

// A member maps one top-level member of a ninjs 3.x document to the
// article and back. read sets the article's fields from the member's JSON
// and returns the faults it finds (values that ninjs does not allow); a
// value that ninjs allows but the article cannot hold is left out, and the
// import then keeps the member as it was (see keep). write returns the
// member's value made from those fields alone, nil for none.
type member struct {
	name  string
	read  func(im *importer, raw []byte, ptr string) []fault
	write func(ex *exporter) any
	// since is the first major version that has the member.
	since Version
	// absent, when not nil, reports whether the article's fields hold what
	// an absent member gives them; only members whose write is never nil
	// (type) or that gain a value when absent (headlines) have one.
	absent func(a *article.Article) bool
}

// fault is a value of the document that ninjs does not allow.
type fault struct {
	ptr, msg string
	dup      bool // a duplicate member
}

// members are the top-level members of ninjs 3.x in the order of its schema,
// which is the order Export writes them in.
var members = []member{
	{name: "uri", read: readURI, write: writeURI},
	{name: "type", read: readType, write: func(*exporter) any { return "text" }, absent: func(*article.Article) bool { return true }},
	{name: "representationType", read: readEnum("full", "partial")},
	{name: "profile", read: readString(nil)},
	{name: "version", read: readString(func(a *article.Article, s string) { a.Version = s }), write: writeString(func(a *article.Article) string { return a.Version })},
	{name: "firstCreated", read: readInstant(func(a *article.Article) *time.Time { return &a.FirstCreated }), write: writeFirstCreated},
	{name: "versionCreated", read: readInstant(func(a *article.Article) *time.Time { return &a.VersionCreated }), write: writeVersionCreated},
	{name: "contentCreated", read: readContentCreated, write: writeContentCreated},
	{name: "embargoedUntil", read: readInstant(func(a *article.Article) *time.Time { return &a.EmbargoedUntil }), write: writeInstant(func(a *article.Article) time.Time { return a.EmbargoedUntil })},
	{name: "pubStatus", read: readStatus, write: func(ex *exporter) any { return nonEmpty(string(ex.a.Status)) }},
	{name: "urgency", read: readUrgency, write: func(ex *exporter) any { return nonZero(ex.a.Urgency) }},
	{name: "copyrightHolder", read: readString(func(a *article.Article, s string) { a.Rights.Holder = s }), write: writeString(func(a *article.Article) string { return a.Rights.Holder })},
	{name: "copyrightNotice", read: readString(func(a *article.Article, s string) { a.Rights.Notice = s }), write: writeString(func(a *article.Article) string { return a.Rights.Notice })},
	{name: "usageTerms", read: readString(func(a *article.Article, s string) { a.Rights.UsageTerms = s }), write: writeString(func(a *article.Article) string { return a.Rights.UsageTerms })},
	{name: "edNote", read: readString(func(a *article.Article, s string) { a.EditorNote = s }), write: writeString(func(a *article.Article) string { return a.EditorNote })},
	{name: "language", read: readLanguage, write: writeLanguage},
	{name: "descriptions", read: readDescriptions, write: writeDescriptions},
	{name: "bodies", read: readBodies, write: writeBodies},
	{name: "headlines", read: readHeadlines, write: writeHeadlines, absent: headlinesAbsent},
	{name: "people", read: readConcepts(entity.Person), write: writeConcepts(entity.Person)},
	{name: "organisations", read: readConcepts(entity.Organization), write: writeConcepts(entity.Organization)},
	{name: "places", read: readConcepts(entity.Place), write: writeConcepts(entity.Place)},
	{name: "subjects", read: readSubjects, write: writeSubjects},
	{name: "events", read: readConcepts(entity.Event), write: writeConcepts(entity.Event)},
	{name: "eventDetails", read: readObject, since: V3},
	{name: "plannedCoverage", read: readArray, since: V3},
	{name: "objects", read: readConcepts(entity.Other), write: writeConcepts(entity.Other, entity.Work, entity.Product)},
	{name: "infoSources", read: readSources, write: writeSources},
	{name: "title", read: readString(func(a *article.Article, s string) { a.Title = s }), write: writeString(func(a *article.Article) string { return a.Title })},
	{name: "by", read: readBy, write: writeBy},
	{name: "slugline", read: readString(func(a *article.Article, s string) { a.Slugline = s }), write: writeString(func(a *article.Article) string { return a.Slugline })},
	{name: "located", read: readString(func(a *article.Article, s string) { a.Dateline.Text = s }), write: writeString(func(a *article.Article) string { return a.Dateline.Text })},
	{name: "renditions", read: readRenditions},
	{name: "associations", read: readAssociations, write: writeAssociations},
	{name: "altIds", read: readAltIDs, write: writeAltIDs},
	{name: "trustIndicators", read: readTrust, write: writeTrust},
	{name: "standard", read: readStandard, write: writeStandard, absent: func(*article.Article) bool { return true }},
	{name: "genres", read: readGenres, write: writeGenres},
	{name: "expires", read: readInstant(func(a *article.Article) *time.Time { return &a.Expires }), write: writeInstant(func(a *article.Article) time.Time { return a.Expires })},
	{name: "rightsInfo", read: readRightsInfo, write: writeRightsInfo},
	{name: "digitalSourceType", read: readDigitalSource, write: writeDigitalSource},
}

var memberIndex = func() map[string]int {
	m := make(map[string]int, len(members))
	for i, mb := range members {
		m[mb.name] = i
	}
	return m
}()

// decode reads raw into v strictly, returning every fault with its pointer
// below ptr.
func decode(raw []byte, v any, ptr string) []fault {
	errs := strictjson.UnmarshalAll(raw, v, strictjson.Limits{MaxDepth: MaxDepth}, 16)
	if len(errs) == 0 {
		return nil
	}
	out := make([]fault, len(errs))
	for i, e := range errs {
		out[i] = fault{ptr: ptr + e.Pointer, msg: e.Msg, dup: e.Rule == strictjson.RuleDuplicateKey}
	}
	return out
}

var (
	wordRE      = regexp.MustCompile(`^[a-z][a-z0-9-]*$`)
	mediaTypeRE = regexp.MustCompile(`^[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]*/[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]*( *;.*)?$`)
	uriRE       = regexp.MustCompile(`^[A-Za-z][A-Za-z0-9+.-]*:[^\s]*$`)
)

// absolute reports whether s is an absolute URI, as the article's uri and
// url members want.
func absolute(s string) bool {
	return uriRE.MatchString(s) && !strings.ContainsAny(s, "<>\"{}|\\^`")
}

func isWord(s string) bool { return wordRE.MatchString(s) }

func nonEmpty(s string) any {
	if s == "" {
		return nil
	}
	return s
}

func nonZero(n int) any {
	if n == 0 {
		return nil
	}
	return n
}

// nonNil returns the list out as a member's value: nil, not a typed nil
// slice, when there is nothing to write, so that the member is left out.
func nonNil[T any](out []T) any {
	if out == nil {
		return nil
	}
	return out
}

func readString(set func(*article.Article, string)) func(*importer, []byte, string) []fault {
	return func(im *importer, raw []byte, ptr string) []fault {
		var s string
		if f := decode(raw, &s, ptr); f != nil {
			return f
		}
		if set != nil && s != "" {
			set(im.a, s)
		}
		return nil
	}
}

func writeString(get func(*article.Article) string) func(*exporter) any {
	return func(ex *exporter) any { return nonEmpty(get(ex.a)) }
}

func readEnum(values ...string) func(*importer, []byte, string) []fault {
	return func(im *importer, raw []byte, ptr string) []fault {
		var s string
		if f := decode(raw, &s, ptr); f != nil {
			return f
		}
		for _, v := range values {
			if s == v {
				return nil
			}
		}
		return []fault{{ptr: ptr, msg: strconv.Quote(s) + " is not one of " + strings.Join(values, ", ")}}
	}
}

func readObject(im *importer, raw []byte, ptr string) []fault {
	var m map[string]json.RawMessage
	return decode(raw, &m, ptr)
}

func readArray(im *importer, raw []byte, ptr string) []fault {
	var m []json.RawMessage
	return decode(raw, &m, ptr)
}

// idPrefix is put before an article ID that is not a URI to make the uri
// ninjs requires, and taken off again on import.
const idPrefix = "urn:newsmodel:article:"

func readURI(im *importer, raw []byte, ptr string) []fault {
	var s string
	if f := decode(raw, &s, ptr); f != nil {
		return f
	}
	im.a.ID = strings.TrimPrefix(s, idPrefix)
	if !absolute(s) {
		return []fault{{ptr: ptr, msg: "uri " + strconv.Quote(s) + " is not an absolute URI"}}
	}
	return nil
}

func writeURI(ex *exporter) any {
	switch {
	case ex.a.ID == "":
		return nil
	case absolute(ex.a.ID) && !strings.HasPrefix(ex.a.ID, idPrefix):
		return ex.a.ID
	}
	return idPrefix + ex.a.ID
}

var itemTypes = []string{"text", "audio", "video", "picture", "graphic", "composite", "component", "event", "planning"}

func readType(im *importer, raw []byte, ptr string) []fault {
	n := len(itemTypes)
	if im.ver < V3 {
		n -= 2 // event and planning came with 3.0
	}
	return readEnum(itemTypes[:n]...)(im, raw, ptr)
}

func readInstant(field func(*article.Article) *time.Time) func(*importer, []byte, string) []fault {
	return func(im *importer, raw []byte, ptr string) []fault {
		var s string
		if f := decode(raw, &s, ptr); f != nil {
			return f
		}
		t, err := time.Parse(time.RFC3339Nano, s)
		if err != nil || !strings.ContainsAny(s[10:], "Zz+-") {
			return []fault{{ptr: ptr, msg: strconv.Quote(s) + " is not an RFC 3339 date-time"}}
		}
		*field(im.a) = t
		return nil
	}
}

func formatInstant(t time.Time) string { return t.Format(time.RFC3339Nano) }

func writeInstant(get func(*article.Article) time.Time) func(*exporter) any {
	return func(ex *exporter) any {
		t := get(ex.a)
		if t.IsZero() {
			return nil
		}
		return formatInstant(t)
	}
}

// instantOf returns the date-time d stands for when it is one ninjs can
// write: seconds and an offset.
func instantOf(d news.Date) (string, bool) {
	s := d.String()
	if len(s) < 20 {
		return "", false
	}
	if _, err := time.Parse(time.RFC3339Nano, s); err != nil {
		return "", false
	}
	return s, true
}

func writeFirstCreated(ex *exporter) any {
	if !ex.a.FirstCreated.IsZero() {
		if !ex.a.Published.IsZero() {
			ex.lose("/published", "ninjs has no publication date, and firstCreated holds the article's own")
		}
		return formatInstant(ex.a.FirstCreated)
	}
	return ex.dateFallback(ex.a.Published, "/published", "firstCreated")
}

func writeVersionCreated(ex *exporter) any {
	if !ex.a.VersionCreated.IsZero() {
		if !ex.a.Modified.IsZero() {
			ex.lose("/modified", "ninjs has no modification date, and versionCreated holds the article's own")
		}
		return formatInstant(ex.a.VersionCreated)
	}
	return ex.dateFallback(ex.a.Modified, "/modified", "versionCreated")
}

// dateFallback writes a publication or modification date as the nearest
// ninjs member when that member is free.
func (ex *exporter) dateFallback(d news.Date, ptr, as string) any {
	if d.IsZero() {
		return nil
	}
	s, ok := instantOf(d)
	if !ok {
		ex.lose(ptr, "date "+d.String()+" not written: ninjs has no publication dates, and its "+as+" needs a date-time with seconds and an offset")
		return nil
	}
	ex.lose(ptr, "written as "+as+" (ninjs has no publication dates), which reads back as "+as)
	return s
}

func readContentCreated(im *importer, raw []byte, ptr string) []fault {
	var t time.Time
	if f := readInstant(func(*article.Article) *time.Time { return &t })(im, raw, ptr); f != nil {
		return f
	}
	var s string
	json.Unmarshal(raw, &s)
	if d, err := news.ParseDate(s); err == nil {
		im.a.ContentCreated = d
	}
	return nil
}

func writeContentCreated(ex *exporter) any {
	d := ex.a.ContentCreated
	if d.IsZero() {
		return nil
	}
	s, ok := instantOf(d)
	if !ok {
		ex.lose("/contentCreated", "date "+d.String()+" not written: ninjs contentCreated needs a date-time with seconds and an offset")
		return nil
	}
	return s
}

func readStatus(im *importer, raw []byte, ptr string) []fault {
	var s string
	if f := decode(raw, &s, ptr); f != nil {
		return f
	}
	var st article.Status
	if err := st.UnmarshalText([]byte(s)); err != nil {
		return []fault{{ptr: ptr, msg: strconv.Quote(s) + " is not one of usable, withheld, canceled"}}
	}
	im.a.Status = st
	return nil
}

// statusReason is the reason an article read from ninjs, which has no member
// for it, gets for a withheld or canceled status: its editor's note, which
// often says why, or a text saying that none was given.
func statusReason(a *article.Article) string {
	if a.EditorNote != "" {
		return a.EditorNote
	}
	return noReason
}

const noReason = "not given (ninjs has no member for the reason of a status)"

func readUrgency(im *importer, raw []byte, ptr string) []fault {
	var n int
	if f := decode(raw, &n, ptr); f != nil {
		return f
	}
	if n >= 1 && n <= 9 {
		im.a.Urgency = n
	}
	return nil
}

func readLanguage(im *importer, raw []byte, ptr string) []fault {
	var s string
	if f := decode(raw, &s, ptr); f != nil {
		return f
	}
	if t, err := language.Parse(s); err == nil {
		im.a.Language = t
	}
	return nil
}

func writeLanguage(ex *exporter) any {
	if ex.a.Language == (language.Tag{}) {
		return nil
	}
	return ex.a.Language.String()
}

func readDescriptions(im *importer, raw []byte, ptr string) []fault {
	var ds []text
	if f := decode(raw, &ds, ptr); f != nil {
		return f
	}
	for _, d := range ds {
		if d.Value == "" || (d.Role != "" && !isWord(d.Role)) || (d.ContentType != "" && !mediaTypeRE.MatchString(d.ContentType)) {
			continue
		}
		im.a.Descriptions = append(im.a.Descriptions, article.Description{Role: d.Role, Text: d.Value, MediaType: d.ContentType})
	}
	return nil
}

func writeDescriptions(ex *exporter) any {
	if len(ex.a.Descriptions) == 0 {
		return nil
	}
	out := make([]text, len(ex.a.Descriptions))
	for i, d := range ex.a.Descriptions {
		out[i] = text{Role: d.Role, ContentType: d.MediaType, Value: d.Text}
	}
	return out
}

const plain = "text/plain"

func readBodies(im *importer, raw []byte, ptr string) []fault {
	var bs []body
	if f := decode(raw, &bs, ptr); f != nil {
		return f
	}
	for _, b := range bs {
		if b.ContentType == "" && im.a.Body == "" && b.Value != "" {
			im.a.Body = b.Value // no content type: plain text
			continue
		}
		if b.Value == "" || (b.Role != "" && !isWord(b.Role)) || !mediaTypeRE.MatchString(b.ContentType) || b.CharCount < 0 || b.WordCount < 0 {
			continue
		}
		form := article.Body{Role: b.Role, MediaType: b.ContentType, Text: b.Value, CharCount: b.CharCount, WordCount: b.WordCount}
		if b.ContentType == plain && im.a.Body == "" {
			im.a.Body = b.Value
			if form == (article.Body{MediaType: plain, Text: b.Value}) {
				continue // the plain body, with nothing more to keep
			}
		}
		im.a.Bodies = append(im.a.Bodies, form)
	}
	return nil
}

func writeBodies(ex *exporter) any {
	var out []body
	inForms := false
	for _, b := range ex.a.Bodies {
		inForms = inForms || (b.MediaType == plain && b.Text == ex.a.Body)
	}
	if ex.a.Body != "" && !inForms {
		out = append(out, body{ContentType: plain, Value: ex.a.Body})
	}
	for _, b := range ex.a.Bodies {
		out = append(out, body{Role: b.Role, ContentType: b.MediaType, CharCount: b.CharCount, WordCount: b.WordCount, Value: b.Text})
	}
	return nonNil(out)
}

func readHeadlines(im *importer, raw []byte, ptr string) []fault {
	var hs []text
	if f := decode(raw, &hs, ptr); f != nil {
		return f
	}
	a := im.a
	for _, h := range hs {
		switch {
		case h.Value == "" || (h.ContentType != "" && !mediaTypeRE.MatchString(h.ContentType)):
		case h.Role == "main" && h.ContentType == "" && a.Headline == "":
			a.Headline = h.Value
		case h.Role == "sub" && h.ContentType == "" && a.Subheadline == "":
			a.Subheadline = h.Value
		case isWord(h.Role) && h.Role != "main":
			a.Headlines = append(a.Headlines, article.Headline{Role: h.Role, Text: h.Value, MediaType: h.ContentType})
		}
	}
	if a.Headline == "" {
		// No main headline: the first without a role, or else the first,
		// is it.
		for _, h := range hs {
			if h.Value != "" && h.Role == "" {
				a.Headline = h.Value
				break
			}
		}
		if a.Headline == "" && len(a.Headlines) > 0 {
			a.Headline = a.Headlines[0].Text
			a.Headlines = a.Headlines[1:]
		}
	}
	return nil
}

func writeHeadlines(ex *exporter) any {
	var out []text
	if ex.a.Headline != "" {
		out = append(out, text{Role: "main", Value: ex.a.Headline})
	}
	if ex.a.Subheadline != "" {
		out = append(out, text{Role: "sub", Value: ex.a.Subheadline})
	}
	for _, h := range ex.a.Headlines {
		out = append(out, text{Role: h.Role, ContentType: h.MediaType, Value: h.Text})
	}
	return nonNil(out)
}

// fallbackHeadline is the headline an article read from a document without
// one gets, since an article needs one: its title, or else its ID.
func fallbackHeadline(a *article.Article) string {
	if a.Title != "" {
		return a.Title
	}
	return a.ID
}

func headlinesAbsent(a *article.Article) bool {
	return a.Subheadline == "" && len(a.Headlines) == 0 && a.Headline == fallbackHeadline(a)
}
