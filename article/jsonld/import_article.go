package jsonld

import (
	"fmt"
	"strings"
	"time"

	"golang.org/x/text/language"

	"github.com/newsmodel/newsmodel/article"
	"github.com/newsmodel/newsmodel/entity"
)

// article reads the article node: the entities it mentions or is about
// first, so that references to them resolve, then each of its properties in
// the order of their keys, then the defaults of what it lacks.
func (im *importer) article(art obj) error {
	im.a = &article.Article{SchemaVersion: article.SchemaVersion}
	m := art.m
	if err := im.articleEntities(art); err != nil {
		return err
	}
	for _, k := range sortedKeys(m) {
		if err := im.property(m, k, m[k], art.ptr+"/"+escape(k)); err != nil {
			return err
		}
	}
	im.defaults(art.ptr)
	return nil
}

// articleEntities reads the entities that the article node mentions or is
// about; an event it is about is left to readEvents.
func (im *importer) articleEntities(art obj) error {
	m := art.m
	p := func(k string) string { return art.ptr + "/" + escape(k) }
	for _, k := range []string{"mentions", "about"} {
		for _, x := range values(m[k], p(k)) {
			o, err := im.resolve(x)
			if err != nil {
				return err
			}
			if o.m == nil {
				if s, ok := text(x.v); ok && s != "" {
					im.lose(x.ptr, fmt.Sprintf("%s %q not read: a text, not a node", k, s))
				}
				continue
			}
			if k == "about" && hasType(o.m, map[string]bool{"Event": true}) && (strings.HasPrefix(idOf(o.m), eventPrefix) || !strings.HasPrefix(idOf(o.m), entityPrefix)) {
				continue // an event the article reports, read below
			}
			if _, err := im.entity(o); err != nil {
				return err
			}
		}
	}
	return nil
}

// property maps the property k of the article node m, of value v at ptr, to
// the Article: its identity, headlines, dates, people, body, media and
// parts here, what describes and governs it in describe.
func (im *importer) property(m map[string]any, k string, v any, ptr string) error {
	a := im.a
	var err error
	switch short(k) {
	case "@context", "@type", "@id", "mentions":
	case "identifier":
		if s := im.oneText(v, ptr, k); s != "" {
			a.ID = s
		}
	case "url":
		if s := im.oneText(v, ptr, k); s != "" {
			a.URL = im.url(s, ptr)
		}
	case "mainEntityOfPage":
		if s := im.refOrText(v); s != "" && m["url"] == nil {
			a.URL = im.url(s, ptr)
		}
	case "headline":
		a.Headline = im.oneText(v, ptr, k)
	case "name":
		if m["headline"] == nil {
			a.Headline = im.oneText(v, ptr, k)
		} else if s := im.oneText(v, ptr, k); s != "" && s != im.oneText(m["headline"], "", "") {
			a.Title = s
		}
	case "alternativeHeadline":
		a.Subheadline = im.oneText(v, ptr, k)
	case "inLanguage":
		s := im.oneText(v, ptr, k)
		if t, e := language.Parse(s); e == nil {
			a.Language = t
		} else if s != "" {
			im.lose(ptr, fmt.Sprintf("language %q is not a BCP 47 tag", s))
		}
	case "datePublished":
		a.Published = im.date(im.oneText(v, ptr, k), ptr)
	case "dateModified":
		a.Modified = im.date(im.oneText(v, ptr, k), ptr)
	case "dateCreated":
		a.Dateline.Date = im.date(im.oneText(v, ptr, k), ptr)
	case "author", "creator", "editor", "contributor":
		err = im.bylines(v, ptr, k)
	case "publisher", "sourceOrganization":
		if a.Publisher.IsZero() {
			err = im.publisher(v, ptr)
		} else {
			im.lose(ptr, k+" not read: the article has one publisher")
		}
	case "dateline":
		a.Dateline.Text = im.oneText(v, ptr, k)
	case "locationCreated":
		a.Dateline.Place, err = im.entityRef(v, ptr, entity.Place)
	case "articleBody", "text":
		if a.Body == "" {
			a.Body = im.oneText(v, ptr, k)
		} else {
			im.lose(ptr, k+" not read: the article has one body")
		}
	case "image", "video", "audio", "associatedMedia", "thumbnailUrl":
		err = im.media(v, ptr, short(k))
	case "correction":
		im.corrections(v, ptr)
	case "isBasedOn", "citation":
		im.related(v, ptr, k)
	case "hasPart":
		err = im.parts(v, ptr)
	case "about":
		err = im.readEvents(v, ptr)
	default:
		im.describe(k, v, ptr)
	}
	return err
}

// describe maps the properties that describe and govern the article:
// descriptions, keywords, sections, genres, rights, version, expiry and
// status. A property the article has no member for is a loss.
func (im *importer) describe(k string, v any, ptr string) {
	a := im.a
	switch short(k) {
	case "description", "abstract":
		role := map[string]string{"description": "summary", "abstract": "abstract"}[k]
		if s := im.oneText(v, ptr, k); s != "" {
			a.Descriptions = append(a.Descriptions, article.Description{Role: role, Text: s})
		}
	case "keywords":
		a.Keywords = append(a.Keywords, im.texts(v, ptr, k, true)...)
	case "articleSection":
		for _, s := range im.texts(v, ptr, k, false) {
			a.Subjects = append(a.Subjects, article.Subject{Name: s})
		}
	case "genre":
		for _, s := range im.texts(v, ptr, k, false) {
			g := article.Genre{Name: s}
			if _, ok := absURL(s); ok {
				g = article.Genre{}
				g.Scheme, g.Code = article.SplitConceptURI(s)
			}
			a.Genres = append(a.Genres, g)
		}
	case "copyrightHolder":
		a.Rights.Holder = im.oneText(v, ptr, k)
	case "copyrightNotice":
		a.Rights.Notice = im.oneText(v, ptr, k)
	case "license":
		if s := im.refOrText(v); s != "" {
			a.Rights.License = im.url(s, ptr)
		}
	case "usageInfo":
		if s := im.refOrText(v); s != "" {
			a.Rights.UsageTerms = s
		}
	case "version":
		a.Version = im.oneText(v, ptr, k)
	case "expires":
		s := im.oneText(v, ptr, k)
		if t, err := time.Parse(time.RFC3339Nano, s); err == nil {
			a.Expires = t
		} else if s != "" {
			im.lose(ptr, fmt.Sprintf("expires %q not read: the article holds it as a date-time with an offset", s))
		}
	case "creativeWorkStatus":
		s := strings.ToLower(im.oneText(v, ptr, k))
		var st article.Status
		if st.UnmarshalText([]byte(s)) == nil {
			a.Status = st
			if st.NeedsReason() {
				a.StatusReason = "not given (schema.org has no property for the reason of a status)"
			}
		} else if s != "" {
			im.lose(ptr, fmt.Sprintf("creativeWorkStatus %q not read: the article knows usable, withheld and canceled", s))
		}
	case "copyrightYear", "creditText":
		im.lose(ptr, k+" not read: the article's rights have no member for it")
	default:
		im.lose(ptr, k+" not read: the article has no member for it")
	}
}

// defaults gives the article an ID and a headline when the node had none.
func (im *importer) defaults(ptr string) {
	a := im.a
	if a.ID == "" && a.URL != "" {
		a.ID = slug(a.URL)
	}
	if a.ID == "" {
		a.ID = "article"
		im.lose(ptr, "the article has no identifier or url: its ID is \"article\"")
	}
	if a.Headline == "" {
		a.Headline = a.ID
		im.lose(ptr, "the article has no headline: its ID stands for it")
	}
}
