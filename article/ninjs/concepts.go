package ninjs

import (
	"strconv"
	"strings"

	"github.com/newsmodel/newsmodel/article"
	"github.com/newsmodel/newsmodel/entity"
)

func readConcepts(kind entity.Kind) func(*importer, []byte, string) []fault {
	return func(im *importer, raw []byte, ptr string) []fault {
		var cs []concept
		if f := decode(raw, &cs, ptr); f != nil {
			return f
		}
		for _, c := range cs {
			name := c.Name
			if name == "" {
				continue
			}
			e := entity.Entity{ID: im.entityID(name), Kind: kind, Name: name}
			if c.URI != "" && absolute(c.URI) {
				e.ExternalIDs = map[string]string{}
				if s, code := article.SplitConceptURI(c.URI); code != "" && !strings.Contains(s, ":") {
					e.ExternalIDs[s] = code
				} else {
					e.ExternalIDs["uri"] = c.URI
				}
			}
			if c.Literal != "" {
				if e.ExternalIDs == nil {
					e.ExternalIDs = map[string]string{}
				}
				e.ExternalIDs["literal"] = c.Literal
			}
			im.a.Entities = append(im.a.Entities, e)
		}
		return nil
	}
}

func writeConcepts(kinds ...entity.Kind) func(*exporter) any {
	return func(ex *exporter) any {
		var out []concept
		for i, e := range ex.a.Entities {
			if !containsKind(kinds, e.Kind) {
				continue
			}
			p := "/entities/" + strconv.Itoa(i)
			c := concept{Name: e.Name, Literal: e.ExternalIDs["literal"]}
			for _, k := range sortedKeys(e.ExternalIDs) {
				v := e.ExternalIDs[k]
				switch {
				case k == "literal":
				case k == "uri" && c.URI == "":
					c.URI = v
				case c.URI == "" && (article.Subject{Scheme: k, Code: v}).URI() != "":
					c.URI = (article.Subject{Scheme: k, Code: v}).URI()
				default:
					ex.lose(p+"/externalIds/"+k, "ninjs holds one uri and one literal for an entity")
				}
			}
			if e.Kind == entity.Work || e.Kind == entity.Product {
				ex.lose(p+"/kind", "ninjs objects have no kind: a "+string(e.Kind)+" reads back as other")
			}
			ex.entityLosses(p, e)
			out = append(out, c)
		}
		if out == nil {
			return nil
		}
		return out
	}
}

func containsKind(ks []entity.Kind, k entity.Kind) bool {
	for _, x := range ks {
		if x == k {
			return true
		}
	}
	return false
}

// entityLosses reports the members of an entity that ninjs has no place for.
func (ex *exporter) entityLosses(p string, e entity.Entity) {
	if ex.quiet {
		return
	}
	if e.ID != slug(e.Name) {
		ex.lose(p+"/id", "ninjs has no entity IDs: it reads back as "+strconv.Quote(slug(e.Name))+", made from the name")
	}
	if len(e.Aliases) > 0 {
		ex.lose(p+"/aliases", "ninjs has no aliases")
	}
	if e.Description != "" {
		ex.lose(p+"/description", "ninjs has no description of an entity")
	}
	if e.Unnamed {
		ex.lose(p+"/unnamed", "ninjs cannot say that an entity is unnamed")
	}
	if len(e.Roles) > 0 {
		ex.lose(p+"/roles", "ninjs has no roles of an entity")
	}
	if len(e.Relations) > 0 {
		ex.lose(p+"/relations", "ninjs has no relations between entities")
	}
	if len(e.Mentions) > 0 {
		ex.lose(p+"/mentions", "ninjs has no text spans")
	}
}

// conceptOf splits a ninjs uri or literal into a scheme and a code the way
// Subject and Genre hold them; ok is false when they cannot hold them.
func conceptOf(uri, literal string) (scheme, code string, ok bool) {
	if uri == "" {
		code = literal
	} else {
		scheme, code = article.SplitConceptURI(uri)
		if code == "" || !absolute(uri) || strings.ContainsAny(scheme, " \t") || (literal != "" && literal != code) {
			return "", "", false
		}
	}
	if s, known := article.LookupScheme(scheme); known && !s.Shape.MatchString(code) {
		return "", "", false
	}
	return scheme, code, true
}

// conceptURIOf writes a scheme and a code as ninjs does: a uri, and the
// code as a literal too when the scheme is a URI this package does not know
// by a short name (agencies' own vocabularies are written so).
func conceptURIOf(scheme, code string) (uri, literal string) {
	if scheme == "" {
		return "", code
	}
	uri = (article.Subject{Scheme: scheme, Code: code}).URI()
	if _, known := article.LookupScheme(scheme); !known && uri != "" {
		literal = code
	}
	return uri, literal
}

// conceptURI is conceptURIOf for the concept at ptr of the article, which
// records a loss when the scheme has no known URI and the code is written
// as a literal instead.
func (ex *exporter) conceptURI(ptr, scheme, code string) (uri, literal string) {
	uri, literal = conceptURIOf(scheme, code)
	if scheme != "" && uri == "" {
		ex.lose(ptr+"/scheme", "scheme "+strconv.Quote(scheme)+" has no known URI: the code is written as a literal")
		literal = code
	}
	return uri, literal
}

func readSubjects(im *importer, raw []byte, ptr string) []fault {
	var ss []subject
	if f := decode(raw, &ss, ptr); f != nil {
		return f
	}
	for _, s := range ss {
		scheme, code, ok := conceptOf(s.URI, s.Literal)
		if !ok || (code == "" && s.Name == "") || s.Relevance < 0 || s.Relevance > 100 || s.Confidence < 0 || s.Confidence > 100 {
			continue
		}
		im.a.Subjects = append(im.a.Subjects, article.Subject{Scheme: scheme, Code: code, Name: s.Name, Rel: s.Rel,
			Relevance: s.Relevance, Confidence: s.Confidence, Creator: s.Creator})
	}
	return nil
}

func writeSubjects(ex *exporter) any {
	var out []subject
	for i, s := range ex.a.Subjects {
		uri, lit := ex.conceptURI("/subjects/"+strconv.Itoa(i), s.Scheme, s.Code)
		out = append(out, subject{Name: s.Name, Rel: s.Rel, URI: uri, Literal: lit, Creator: s.Creator, Relevance: s.Relevance, Confidence: s.Confidence})
	}
	return nonNil(out)
}

func readGenres(im *importer, raw []byte, ptr string) []fault {
	var gs []genre
	if f := decode(raw, &gs, ptr); f != nil {
		return f
	}
	for _, g := range gs {
		scheme, code, ok := conceptOf(g.URI, g.Literal)
		if !ok || (code == "" && g.Name == "") {
			continue
		}
		im.a.Genres = append(im.a.Genres, article.Genre{Scheme: scheme, Code: code, Name: g.Name})
	}
	return nil
}

func writeGenres(ex *exporter) any {
	var out []genre
	for i, g := range ex.a.Genres {
		uri, lit := ex.conceptURI("/genres/"+strconv.Itoa(i), g.Scheme, g.Code)
		out = append(out, genre{Name: g.Name, URI: uri, Literal: lit})
	}
	return nonNil(out)
}
