package article

import (
	"regexp"
	"slices"
	"strings"
)

// Subject is something the article is about: a concept of a controlled
// vocabulary (a scheme and a code), a free name, or both. ninjs: an item of
// subjects; schema.org: about.
type Subject struct {
	// Scheme is the vocabulary the code belongs to: a known short name
	// (see Schemes), such as "medtop" for IPTC Media Topics, or the URI the
	// vocabulary's codes start with, such as "http://tt.se/spec/subref/1.0/".
	// Absent, Code is a free identifier. ninjs: uri, less its code.
	Scheme string `json:"scheme,omitempty"`
	// Code is the concept's code in Scheme, such as "11000000" (politics
	// in Media Topics). Codes of a known scheme must have its shape.
	// ninjs: the last part of uri, or literal.
	Code string `json:"code,omitempty"`
	// Name is the concept's name for people, such as "politics". ninjs:
	// name.
	Name string `json:"name,omitempty"`
	// Rel is how the article relates to the subject, such as "about" or
	// "classifies". ninjs: rel.
	Rel string `json:"rel,omitempty"`
	// Relevance is how relevant the subject is to the article, from 1 to
	// 100; 0 states none. ninjs: relevance.
	Relevance int `json:"relevance,omitempty"`
	// Confidence is how sure whoever assigned the subject was, from 1 to
	// 100; 0 states none. ninjs: confidence.
	Confidence int `json:"confidence,omitempty"`
	// Creator names who or what assigned the subject: a person, an
	// organization, or a system such as a classifier. ninjs: creator.
	Creator string `json:"creator,omitempty"`
}

// URI returns the subject's identifier as a URI: the scheme's URI followed
// by the code, or "" when the subject has no code or its scheme is a short
// name that Schemes does not know.
func (s Subject) URI() string { return conceptURI(s.Scheme, s.Code) }

// Genre is a journalistic or intellectual kind of the article, such as an
// interview, an analysis or a fact check, from a controlled vocabulary or as
// a free name. ninjs: an item of genres; schema.org: genre.
type Genre struct {
	// Scheme is the vocabulary the code belongs to, as for Subject: a known
	// short name such as "genre" (IPTC Genre NewsCodes) or a URI.
	Scheme string `json:"scheme,omitempty"`
	// Code is the genre's code in Scheme, such as "Interview".
	Code string `json:"code,omitempty"`
	// Name is the genre's name for people.
	Name string `json:"name,omitempty"`
}

// URI returns the genre's identifier as a URI, as Subject.URI does.
func (g Genre) URI() string { return conceptURI(g.Scheme, g.Code) }

// Scheme is a controlled vocabulary that Subject and Genre know by a short
// name.
type Scheme struct {
	// Name is the short name, such as "medtop".
	Name string
	// URI is what the URIs of the vocabulary's concepts start with.
	URI string
	// Shape is what every code of the vocabulary matches.
	Shape *regexp.Regexp
	// Example is a code of the vocabulary, for messages.
	Example string
}

// Schemes returns the vocabularies known by short name, a new slice on every
// call: medtop (IPTC Media Topics), subj (IPTC Subject Codes), genre (IPTC
// Genres) and wikidata. The URIs are those the vocabularies' publishers give
// (cv.iptc.org for the IPTC NewsCodes).
func Schemes() []Scheme { return slices.Clone(schemes) }

var schemes = []Scheme{
	{"medtop", "http://cv.iptc.org/newscodes/mediatopic/", regexp.MustCompile(`^[0-9]{8}$`), "11000000"},
	{"subj", "http://cv.iptc.org/newscodes/subjectcode/", regexp.MustCompile(`^[0-9]{8}$`), "11000000"},
	{"genre", "http://cv.iptc.org/newscodes/genre/", regexp.MustCompile(`^[A-Za-z][A-Za-z0-9-]*$`), "Interview"},
	{"wikidata", "http://www.wikidata.org/entity/", regexp.MustCompile(`^Q[1-9][0-9]*$`), "Q7747"},
}

// LookupScheme returns the known scheme that name is the short name or the
// URI of.
func LookupScheme(name string) (Scheme, bool) {
	for _, s := range schemes {
		if name == s.Name || name == s.URI {
			return s, true
		}
	}
	return Scheme{}, false
}

func conceptURI(scheme, code string) string {
	if code == "" || scheme == "" {
		return ""
	}
	if s, ok := LookupScheme(scheme); ok {
		return s.URI + code
	}
	if !strings.Contains(scheme, ":") {
		return "" // a short name this package does not know
	}
	return scheme + code
}

// SplitConceptURI splits the URI of a concept into a scheme and a code, the
// way Subject and Genre hold them: the short name of a known scheme and the
// rest, or else everything up to the last '/' or '#' and the rest.
// SplitConceptURI("http://cv.iptc.org/newscodes/mediatopic/11000000") is
// ("medtop", "11000000"). A URI with nothing after its last '/' or '#' is
// all scheme.
func SplitConceptURI(uri string) (scheme, code string) {
	for _, s := range schemes {
		if c, ok := strings.CutPrefix(uri, s.URI); ok && c != "" {
			return s.Name, c
		}
	}
	i := strings.LastIndexAny(uri, "/#")
	return uri[:i+1], uri[i+1:]
}
