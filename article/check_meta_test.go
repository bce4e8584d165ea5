package article_test

import (
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/newsmodel/newsmodel/article"
	"github.com/newsmodel/newsmodel/entity"
	"github.com/newsmodel/newsmodel/news"
	"github.com/newsmodel/newsmodel/schema"
)

func instant(s string) time.Time {
	t, err := time.Parse(time.RFC3339Nano, s)
	if err != nil {
		panic(err)
	}
	return t
}

func TestCheckNewsroom(t *testing.T) {
	tests := []struct {
		name string
		edit func(a *article.Article)
		want []schema.Problem
	}{
		{"usable needs no reason", func(a *article.Article) { a.Status = article.Usable }, nil},
		{"canceled with a reason", func(a *article.Article) {
			a.Status, a.StatusReason = article.Canceled, "Published in error."
		}, nil},
		{"canceled without a reason", func(a *article.Article) { a.Status = article.Canceled }, []schema.Problem{
			{Pointer: "/statusReason", Rule: "status-reason", Message: "an article of status canceled needs a statusReason saying why"},
		}},
		{"withheld without a reason", func(a *article.Article) { a.Status = article.Withheld }, []schema.Problem{
			{Pointer: "/statusReason", Rule: "status-reason", Message: "an article of status withheld needs a statusReason saying why"},
		}},
		{"embargo before expiry", func(a *article.Article) {
			a.EmbargoedUntil, a.Expires = instant("2025-03-23T12:00:00-04:00"), instant("2025-03-23T16:00:01Z")
		}, nil},
		{"embargo at expiry", func(a *article.Article) {
			a.EmbargoedUntil, a.Expires = instant("2025-03-23T12:00:00-04:00"), instant("2025-03-23T16:00:00Z")
		}, []schema.Problem{
			{Pointer: "/embargoedUntil", Rule: "embargo-after-expiry", Message: "embargoed until 2025-03-23T12:00:00-04:00, but expires 2025-03-23T16:00:00Z: the article would never be usable"},
		}},
		{"embargo alone", func(a *article.Article) { a.EmbargoedUntil = instant("2030-01-01T00:00:00Z") }, nil},
		{"same instant in two offsets", func(a *article.Article) {
			a.FirstCreated, a.VersionCreated = instant("2025-03-23T10:00:00+01:00"), instant("2025-03-23T09:00:00Z")
		}, nil},
		{"version before first", func(a *article.Article) {
			a.FirstCreated, a.VersionCreated = instant("2025-03-23T10:00:00+01:00"), instant("2025-03-23T08:59:59.5Z")
		}, []schema.Problem{
			{Pointer: "/versionCreated", Rule: "version-before-first", Message: "versionCreated 2025-03-23T08:59:59.5Z lies before firstCreated 2025-03-23T10:00:00+01:00"},
		}},
		{"subjects of known and unknown schemes", func(a *article.Article) {
			a.Subjects = []article.Subject{
				{Scheme: "medtop", Code: "11000000", Name: "politics"},
				{Scheme: "http://cv.iptc.org/newscodes/subjectcode/", Code: "16009000"},
				{Scheme: "wikidata", Code: "Q7747"},
				{Scheme: "http://tt.se/spec/subref/1.0/", Code: "krig och fred"},
				{Scheme: "ntb", Code: "Innenriks"},
				{Code: "04011000", Name: "Industri"},
				{Name: "Technology", Rel: "about"},
			}
			a.Genres = []article.Genre{{Scheme: "genre", Code: "Actuality"}, {Name: "Inrikes"}}
		}, nil},
		{"codes not of their scheme's shape", func(a *article.Article) {
			a.Subjects = []article.Subject{
				{Scheme: "medtop", Code: "1100"},
				{Scheme: "http://cv.iptc.org/newscodes/mediatopic/", Code: "politics"},
				{Scheme: "wikidata", Code: "Putin"},
				{Scheme: "medtop", Name: "politics"},
				{Rel: "about", Relevance: 40},
			}
			a.Genres = []article.Genre{{Scheme: "genre", Code: "fact check"}, {}}
		}, []schema.Problem{
			{Pointer: "/genres/0/code", Rule: "scheme-code", Message: `"fact check" is not a code of scheme genre, whose codes look like "Interview"`},
			{Pointer: "/genres/1", Rule: "empty-concept", Message: "a genre needs a code or a name"},
			{Pointer: "/subjects/0/code", Rule: "scheme-code", Message: `"1100" is not a code of scheme medtop, whose codes look like "11000000"`},
			{Pointer: "/subjects/1/code", Rule: "scheme-code", Message: `"politics" is not a code of scheme medtop, whose codes look like "11000000"`},
			{Pointer: "/subjects/2/code", Rule: "scheme-code", Message: `"Putin" is not a code of scheme wikidata, whose codes look like "Q7747"`},
			{Pointer: "/subjects/3/code", Rule: "scheme-code", Message: `a subject with scheme "medtop" needs a code in it`},
			{Pointer: "/subjects/4", Rule: "empty-concept", Message: "a subject needs a code or a name"},
		}},
		{"spans in a description and a headline variant", func(a *article.Article) {
			a.Descriptions = []article.Description{{Role: "summary", Text: "Putin prayed."}}
			a.Headlines = []article.Headline{{Role: "short", Text: "Putin prays"}}
			a.Entities = []entity.Entity{{ID: "putin", Kind: entity.Person, Name: "Vladimir Putin", Mentions: []news.Span{
				{Field: "/descriptions/0/text", Start: 0, End: 5, Text: "Putin"},
				{Field: "/headlines/0/text", Start: 0, End: 5, Text: "Putin"},
				{Field: "/firstCreated", Start: 0, End: 1},
			}}}
		}, []schema.Problem{
			{Pointer: "/entities/0/mentions/2/field", Rule: "span-field", Message: `"/firstCreated" is not a string member of the document`},
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := article.New("a", "A")
			a.Published = news.MustParseDate("2025-03-23")
			tt.edit(a)
			if diff := cmp.Diff(tt.want, a.Check()); diff != "" {
				t.Errorf("(-want +got)\n%s", diff)
			}
		})
	}
}

func TestConceptURI(t *testing.T) {
	tests := []struct {
		uri, scheme, code string
		roundtrip         bool
	}{
		{"http://cv.iptc.org/newscodes/mediatopic/11000000", "medtop", "11000000", true},
		{"http://cv.iptc.org/newscodes/subjectcode/16009000", "subj", "16009000", true},
		{"http://cv.iptc.org/newscodes/genre/Actuality", "genre", "Actuality", true},
		{"http://www.wikidata.org/entity/Q7747", "wikidata", "Q7747", true},
		{"http://tt.se/spec/subref/1.0/16000000", "http://tt.se/spec/subref/1.0/", "16000000", true},
		{"urn:example:topics#bridges", "urn:example:topics#", "bridges", true},
		{"http://cv.iptc.org/newscodes/mediatopic/", "http://cv.iptc.org/newscodes/mediatopic/", "", false},
		{"no-separator", "", "no-separator", false},
	}
	for _, tt := range tests {
		scheme, code := article.SplitConceptURI(tt.uri)
		if scheme != tt.scheme || code != tt.code {
			t.Errorf("SplitConceptURI(%q) = %q, %q; want %q, %q", tt.uri, scheme, code, tt.scheme, tt.code)
		}
		got := article.Subject{Scheme: scheme, Code: code}.URI()
		if tt.roundtrip != (got == tt.uri) {
			t.Errorf("Subject{%q, %q}.URI() = %q; round trip %v, want %v", scheme, code, got, got == tt.uri, tt.roundtrip)
		}
	}
	if got := (article.Genre{Scheme: "acme", Code: "x"}).URI(); got != "" {
		t.Errorf("URI of an unknown short scheme = %q, want empty", got)
	}
}

func TestDigitalSourceType(t *testing.T) {
	for _, code := range article.DigitalSourceCodes {
		d := article.DigitalSource(code)
		if !d.Known() || d.Code() != code {
			t.Errorf("DigitalSource(%q) = %q: Known %v, Code %q", code, d, d.Known(), d.Code())
		}
	}
	for _, d := range []article.DigitalSourceType{"", "https://example.org/ai", article.DigitalSource("madeUp")} {
		if d.Known() {
			t.Errorf("%q is Known", d)
		}
	}
	if !article.DigitalSource("trainedAlgorithmicMedia").Generative() || article.DigitalSource("digitalCapture").Generative() {
		t.Error("Generative is wrong for trainedAlgorithmicMedia or digitalCapture")
	}
}

func TestSummary(t *testing.T) {
	tests := []struct {
		ds   []article.Description
		want string
	}{
		{nil, ""},
		{[]article.Description{{Role: "teaser", Text: "T"}}, ""},
		{[]article.Description{{Text: "G"}, {Role: "teaser", Text: "T"}, {Text: "H"}}, "G"},
		{[]article.Description{{Text: "G"}, {Role: "summary", Text: "S"}}, "S"},
	}
	for _, tt := range tests {
		a := article.Article{Descriptions: tt.ds}
		if got := a.Summary(); got != tt.want {
			t.Errorf("Summary of %+v = %q, want %q", tt.ds, got, tt.want)
		}
	}
}

func TestStatusText(t *testing.T) {
	for _, s := range article.Statuses {
		b, err := s.MarshalText()
		if err != nil {
			t.Fatal(err)
		}
		var back article.Status
		if err := back.UnmarshalText(b); err != nil || back != s {
			t.Errorf("%q: round trip gives %q, %v", s, back, err)
		}
	}
	if _, err := article.Status("killed").MarshalText(); err == nil {
		t.Error("MarshalText of an unknown status: no error")
	}
	var s article.Status
	if err := s.UnmarshalText([]byte("Usable")); err == nil {
		t.Error(`UnmarshalText("Usable"): no error`)
	}
}

func TestSchemesIsACopy(t *testing.T) {
	s := article.Schemes()
	s[0].Name = "changed"
	if _, ok := article.LookupScheme("medtop"); !ok {
		t.Error("changing what Schemes returned changed the known schemes")
	}
}
