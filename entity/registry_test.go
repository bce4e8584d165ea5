package entity_test

import (
	"errors"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/newsmodel/newsmodel/entity"
	"github.com/newsmodel/newsmodel/news"
)

// testEntities is the registry of the table tests: people, organisations
// and places of the seed story, and names that test one rule each.
var testEntities = []entity.Entity{
	{ID: "vladimir-putin", Kind: entity.Person, Name: "Vladimir Putin",
		Roles: []entity.Role{{Title: "President", Of: "russia"}}},
	{ID: "steve-witkoff", Kind: entity.Person, Name: "Steve Witkoff"},
	{ID: "donald-trump", Kind: entity.Person, Name: "Donald J. Trump",
		Roles: []entity.Role{{Title: "President"}}},
	{ID: "mary-trump", Kind: entity.Person, Name: "Mary Trump"},
	{ID: "tucker-carlson", Kind: entity.Person, Name: "Tucker Carlson"},
	{ID: "reuters", Kind: entity.Organization, Name: "Reuters"},
	{ID: "kremlin", Kind: entity.Organization, Name: "Kremlin"},
	{ID: "russia", Kind: entity.Place, Name: "Russia"},
	{ID: "butler-pa", Kind: entity.Place, Name: "Butler", Aliases: []string{"Butler, Pa."}},
	{ID: "theresa-may", Kind: entity.Person, Name: "Theresa May"},
	{ID: "will-smith", Kind: entity.Person, Name: "Will Smith"},
	{ID: "apple", Kind: entity.Organization, Name: "Apple", Aliases: []string{"Apple Inc."}},
	{ID: "ebay", Kind: entity.Organization, Name: "eBay"},
	{ID: "ursula-von-der-leyen", Kind: entity.Person, Name: "Ursula von der Leyen"},
	{ID: "bashar-al-assad", Kind: entity.Person, Name: "Bashar al-Assad"},
	{ID: "conan-obrien", Kind: entity.Person, Name: "Conan O'Brien"},
	{ID: "att", Kind: entity.Organization, Name: "AT&T"},
	{ID: "jose-mourinho", Kind: entity.Person, Name: "José Mourinho"},
	{ID: "new-york", Kind: entity.Place, Name: "New York"},
	{ID: "nyt", Kind: entity.Organization, Name: "The New York Times", Aliases: []string{"New York Times"}},
	{ID: "alpha-beta", Kind: entity.Other, Name: "Alpha Beta"},
	{ID: "beta-gamma-delta", Kind: entity.Other, Name: "Beta Gamma Delta"},
	{ID: "john-smith-a", Kind: entity.Person, Name: "John Smith", Description: "a banker"},
	{ID: "john-smith-b", Kind: entity.Person, Name: "John Smith", Description: "a footballer"},
}

func testRegistry(t testing.TB) *entity.Registry {
	t.Helper()
	r, err := entity.NewRegistry(testEntities)
	if err != nil {
		t.Fatal(err)
	}
	return r
}

// m is a wanted match: entity id (or "?a,b" for an ambiguous match), form,
// and the phrase, counted as its n-th occurrence in the text; title and
// its phrase when the match has one.
type m struct {
	id, form, phrase string
	n                int
	title, titleText string
}

func (w m) match(t *testing.T, text string) entity.Match {
	t.Helper()
	span, err := news.SpanOf(text, w.phrase, max(w.n, 1))
	if err != nil {
		t.Fatal(err)
	}
	out := entity.Match{Entity: w.id, Span: span, Form: entity.Form(w.form)}
	if ids, ok := strings.CutPrefix(w.id, "?"); ok {
		out.Entity, out.Candidates = "", strings.Split(ids, ",")
	}
	if w.title != "" {
		out.Title = w.title
		// The title is the last occurrence of its phrase before the name.
		at := strings.LastIndex(text[:strings.Index(text, w.phrase)], w.titleText)
		if w.n > 1 {
			at = strings.LastIndex(text, w.titleText)
		}
		k := strings.Count(text[:at], w.titleText) + 1
		out.TitleSpan, err = news.SpanOf(text, w.titleText, k)
		if err != nil {
			t.Fatal(err)
		}
	}
	return out
}

func TestMatch(t *testing.T) {
	r := testRegistry(t)
	tests := []struct {
		name string
		text string
		want []m
	}{
		{"titles before names",
			"Russian President Vladimir Putin met special envoy Steve Witkoff.",
			[]m{{id: "vladimir-putin", form: "name", phrase: "Vladimir Putin", title: "President", titleText: "President"},
				{id: "steve-witkoff", form: "name", phrase: "Steve Witkoff", title: "Special Envoy", titleText: "special envoy"}}},
		{"a surname needs a full mention",
			"Putin spoke. Then Vladimir Putin left, and Putin smiled.",
			[]m{{id: "vladimir-putin", form: "name", phrase: "Vladimir Putin"},
				{id: "vladimir-putin", form: "surname", phrase: "Putin", n: 3}}},
		{"a title is enough for a surname",
			"President Putin spoke. Putin left.",
			[]m{{id: "vladimir-putin", form: "surname", phrase: "Putin", title: "President", titleText: "President"},
				{id: "vladimir-putin", form: "surname", phrase: "Putin", n: 2}}},
		{"abbreviated title",
			"Sen. Steve Witkoff and Gen Tucker Carlson",
			[]m{{id: "steve-witkoff", form: "name", phrase: "Steve Witkoff", title: "Senator", titleText: "Sen."},
				{id: "tucker-carlson", form: "name", phrase: "Tucker Carlson", title: "General", titleText: "Gen"}}},
		{"possessives",
			"Steve Witkoff’s plan and Reuters' report; Witkoff's aide.",
			[]m{{id: "steve-witkoff", form: "name", phrase: "Steve Witkoff"},
				{id: "reuters", form: "name", phrase: "Reuters"},
				{id: "steve-witkoff", form: "surname", phrase: "Witkoff", n: 2}}},
		{"all caps",
			"PUTIN ENVOY STEVE WITKOFF MEETS TRUMP",
			[]m{{id: "steve-witkoff", form: "name", phrase: "STEVE WITKOFF", title: "Envoy", titleText: "ENVOY"}}},
		{"diacritics and width",
			"Vladímir Pútin, Ｒｕｓｓｉａ and Jose Mourinho",
			[]m{{id: "vladimir-putin", form: "name", phrase: "Vladímir Pútin"},
				{id: "russia", form: "name", phrase: "Ｒｕｓｓｉａ"},
				{id: "jose-mourinho", form: "name", phrase: "Jose Mourinho"}}},
		{"decomposed diacritics",
			"Jose\u0301 Mourinho",
			[]m{{id: "jose-mourinho", form: "name", phrase: "Jose\u0301 Mourinho"}}},
		{"whole words",
			"Russians, Russia-based firms, Putinism and xRussia",
			[]m{{id: "russia", form: "name", phrase: "Russia", n: 2}}},
		{"common word as a given name",
			"Will Smith arrived. Will said he will stay.",
			[]m{{id: "will-smith", form: "name", phrase: "Will Smith"},
				{id: "will-smith", form: "given-name", phrase: "Will", n: 2}}},
		{"common word as a surname",
			"May I ask? Theresa May said so. May agreed. MAY QUITS. It may rain.",
			[]m{{id: "theresa-may", form: "name", phrase: "Theresa May"},
				{id: "theresa-may", form: "surname", phrase: "May", n: 3},
				{id: "theresa-may", form: "surname", phrase: "MAY"}}},
		{"common word as a name",
			"Apple shares rose. Analysts said Apple would gain; apple pie.",
			[]m{{id: "apple", form: "name", phrase: "Apple", n: 2}}},
		{"lowercase names match as written",
			"eBay, EBAY, Ebay and ebay",
			[]m{{id: "ebay", form: "name", phrase: "eBay"},
				{id: "ebay", form: "name", phrase: "EBAY"},
				{id: "ebay", form: "name", phrase: "Ebay"}}},
		{"particles",
			"Ursula von der Leyen said. Von der Leyen added.",
			[]m{{id: "ursula-von-der-leyen", form: "name", phrase: "Ursula von der Leyen"},
				{id: "ursula-von-der-leyen", form: "surname", phrase: "Von der Leyen"}}},
		{"particle with a hyphen",
			"Bashar al-Assad fled. Assad and al-Assad.",
			[]m{{id: "bashar-al-assad", form: "name", phrase: "Bashar al-Assad"},
				{id: "bashar-al-assad", form: "surname", phrase: "Assad", n: 2},
				{id: "bashar-al-assad", form: "surname", phrase: "al-Assad", n: 2}}},
		{"apostrophe in a name",
			"Conan O’Brien and O'Brien's show",
			[]m{{id: "conan-obrien", form: "name", phrase: "Conan O’Brien"},
				{id: "conan-obrien", form: "surname", phrase: "O'Brien"}}},
		{"ampersand",
			"AT&T, AT & T, AT T",
			[]m{{id: "att", form: "name", phrase: "AT&T"},
				{id: "att", form: "name", phrase: "AT & T"}}},
		{"middle initial",
			"Donald J. Trump. Donald Trump. Trump.",
			[]m{{id: "donald-trump", form: "name", phrase: "Donald J. Trump"},
				{id: "donald-trump", form: "name", phrase: "Donald Trump"},
				{id: "donald-trump", form: "surname", phrase: "Trump", n: 3}}},
		{"a shared surname goes to the one mentioned first",
			"Donald Trump spoke. Mary Trump, his niece, wrote a book. Trump said.",
			[]m{{id: "donald-trump", form: "name", phrase: "Donald Trump"},
				{id: "mary-trump", form: "name", phrase: "Mary Trump"},
				{id: "donald-trump", form: "surname", phrase: "Trump", n: 3}}},
		{"a shared surname goes to the one mentioned most",
			"Mary Trump wrote. Donald Trump spoke. President Trump said. Trump left.",
			[]m{{id: "mary-trump", form: "name", phrase: "Mary Trump"},
				{id: "donald-trump", form: "name", phrase: "Donald Trump"},
				{id: "donald-trump", form: "surname", phrase: "Trump", n: 3, title: "President", titleText: "President"},
				{id: "donald-trump", form: "surname", phrase: "Trump", n: 4}}},
		{"a title held picks among namesakes",
			"Mary Trump wrote. President Trump said.",
			[]m{{id: "mary-trump", form: "name", phrase: "Mary Trump"},
				{id: "donald-trump", form: "surname", phrase: "Trump", n: 2, title: "President", titleText: "President"}}},
		{"duplicate names are ambiguous",
			"John Smith said. Smith left.",
			[]m{{id: "?john-smith-a,john-smith-b", form: "name", phrase: "John Smith"}}},
		{"longest name wins",
			"Alpha Beta Gamma Delta; Alpha Beta Gamma",
			[]m{{id: "beta-gamma-delta", form: "name", phrase: "Beta Gamma Delta"},
				{id: "alpha-beta", form: "name", phrase: "Alpha Beta", n: 2}}},
		{"longest at the same start",
			"The New York Times in New York",
			[]m{{id: "nyt", form: "name", phrase: "The New York Times"},
				{id: "new-york", form: "name", phrase: "New York", n: 2}}},
		{"trailing full stop",
			"Apple Inc. said; Butler, Pa., was quiet.",
			[]m{{id: "apple", form: "alias", phrase: "Apple Inc."},
				{id: "butler-pa", form: "alias", phrase: "Butler, Pa."}}},
		{"line break inside a name, paragraph break between",
			"Steve\nWitkoff met Tucker\n\nCarlson",
			[]m{{id: "steve-witkoff", form: "name", phrase: "Steve\nWitkoff"}}},
		{"soft hyphen inside a word",
			"Krem\u00adlin",
			[]m{{id: "kremlin", form: "name", phrase: "Krem\u00adlin"}}},
		{"offsets count code points",
			"Zürich — 🎉 Kremlin",
			[]m{{id: "kremlin", form: "name", phrase: "Kremlin"}}},
		{"nothing", "", nil},
		{"another script", "Владимир Путин встретился", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var want []entity.Match
			for _, w := range tt.want {
				want = append(want, w.match(t, tt.text))
			}
			got := r.Match(tt.text)
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("Match(%q) (-want +got):\n%s", tt.text, diff)
			}
		})
	}
}

// TestMatchOtherScripts matches names written in other alphabets.
func TestMatchOtherScripts(t *testing.T) {
	r, err := entity.NewRegistry([]entity.Entity{
		{ID: "putin-ru", Kind: entity.Person, Name: "Владимир Путин"},
		{ID: "athens", Kind: entity.Place, Name: "\u0391\u03b8\u03ae\u03bd\u03b1"}, // Athens, with tonos
	})
	if err != nil {
		t.Fatal(err)
	}
	text := "ВЛАДИМИР ПУТИН в \u0391\u0398\u0397\u039d\u0391; Путин."
	var got []string
	for _, mt := range r.Match(text) {
		got = append(got, mt.Entity+":"+mt.Span.Text)
	}
	want := []string{"putin-ru:ВЛАДИМИР ПУТИН", "athens:\u0391\u0398\u0397\u039d\u0391", "putin-ru:Путин"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}

func TestFind(t *testing.T) {
	r := testRegistry(t)
	text := "Russian President Vladimir Putin told special envoy Steve Witkoff " +
		"that Putin’s offer stands, the Kremlin said. Witkoff spoke to Reuters."
	got := r.Find(text)
	span := func(phrase string, n int) news.Span { return news.MustSpanOf(text, phrase, n) }
	want := []entity.Entity{
		{ID: "vladimir-putin", Kind: entity.Person, Name: "Vladimir Putin",
			Roles:    []entity.Role{{Title: "President", Of: "russia"}},
			Mentions: []news.Span{span("Vladimir Putin", 1), span("Putin", 2)}},
		{ID: "steve-witkoff", Kind: entity.Person, Name: "Steve Witkoff",
			Roles:    []entity.Role{{Title: "Special Envoy"}},
			Mentions: []news.Span{span("Steve Witkoff", 1), span("Witkoff", 2)}},
		{ID: "kremlin", Kind: entity.Organization, Name: "Kremlin",
			Mentions: []news.Span{span("Kremlin", 1)}},
		{ID: "reuters", Kind: entity.Organization, Name: "Reuters",
			Mentions: []news.Span{span("Reuters", 1)}},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Find (-want +got):\n%s", diff)
	}
	// Find gives copies: changing them leaves the registry as it was.
	got[0].Roles[0].Title = "Tsar"
	if again := r.Find(text); again[0].Roles[0].Title != "President" {
		t.Errorf("Find's result shares roles with the registry: %v", again[0].Roles)
	}
}

// TestFindHonorific checks that a form of address lets a surname match but
// gives no role.
func TestFindHonorific(t *testing.T) {
	r := testRegistry(t)
	got := r.Find("Mr. Witkoff and Mr Carlson met Dr Putin.")
	var ids []string
	for _, e := range got {
		ids = append(ids, e.ID)
		if e.ID != "vladimir-putin" && len(e.Roles) != 0 || len(e.Roles) > 1 {
			t.Errorf("%s has roles %v from a form of address", e.ID, e.Roles)
		}
	}
	if diff := cmp.Diff([]string{"steve-witkoff", "tucker-carlson", "vladimir-putin"}, ids); diff != "" {
		t.Errorf("Find (-want +got):\n%s", diff)
	}
}

func TestRegistryOptions(t *testing.T) {
	es := []entity.Entity{
		{ID: "ali", Kind: entity.Person, Name: "Ali Pasha"},
		{ID: "rio", Kind: entity.Place, Name: "Rio"},
	}
	r, err := entity.NewRegistry(es, entity.WithTitles("Grand Vizier"), entity.WithCommonWords("rio"))
	if err != nil {
		t.Fatal(err)
	}
	got := r.Match("Rio is hot. Grand Vizier Pasha arrived in Rio.")
	var summary []string
	for _, mt := range got {
		summary = append(summary, mt.Entity+":"+mt.Span.Text+":"+mt.Title)
	}
	want := []string{"ali:Pasha:Grand Vizier", "rio:Rio:"}
	if diff := cmp.Diff(want, summary); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}

func TestRegistryEntities(t *testing.T) {
	r := testRegistry(t)
	if r.Len() != len(testEntities) {
		t.Errorf("Len = %d, want %d", r.Len(), len(testEntities))
	}
	es := r.Entities()
	if diff := cmp.Diff(testEntities, es); diff != "" {
		t.Errorf("Entities (-want +got):\n%s", diff)
	}
	es[0].Roles[0].Title = "Tsar"
	if r.Entities()[0].Roles[0].Title != "President" {
		t.Error("Entities shares roles with the registry")
	}
}

func TestNewRegistryErrors(t *testing.T) {
	ok := entity.Entity{ID: "ok", Kind: entity.Person, Name: "Jane Doe"}
	tests := []struct {
		name    string
		es      []entity.Entity
		pointer string
		msg     string
	}{
		{"missing id", []entity.Entity{ok, {Kind: entity.Person, Name: "A B"}}, "/entities/1/id", `id "" is not a slug`},
		{"bad id", []entity.Entity{{ID: "Jane Doe", Kind: entity.Person, Name: "Jane Doe"}}, "/entities/0/id", "not a slug"},
		{"duplicate id", []entity.Entity{ok, ok}, "/entities/1/id", `id "ok" is also the id of entity 0`},
		{"no kind", []entity.Entity{{ID: "x", Name: "X Y"}}, "/entities/0/kind", `unknown kind ""`},
		{"empty name", []entity.Entity{{ID: "x", Kind: entity.Place, Name: " "}}, "/entities/0/name", "empty name"},
		{"no letters", []entity.Entity{{ID: "x", Kind: entity.Place, Name: "—"}}, "/entities/0/name", "has no letter or digit"},
		{"one letter", []entity.Entity{{ID: "x", Kind: entity.Organization, Name: "X"}}, "/entities/0/name", "is one letter"},
		{"empty alias", []entity.Entity{ok, {ID: "y", Kind: entity.Place, Name: "York", Aliases: []string{"Eboracum", ""}}},
			"/entities/1/aliases/1", "empty name"},
		{"not UTF-8", []entity.Entity{{ID: "x", Kind: entity.Place, Name: "Zu\xffrich"}}, "/entities/0/name", "not valid UTF-8"},
		{"too many words", []entity.Entity{{ID: "x", Kind: entity.Work, Name: strings.Repeat("la ", 33)}}, "/entities/0/name", "more than 32 words"},
		{"long word", []entity.Entity{{ID: "x", Kind: entity.Work, Name: strings.Repeat("la", 100)}}, "/entities/0/name", "longer than 128 bytes"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := entity.NewRegistry(tt.es)
			var re *entity.RegistryError
			if !errors.As(err, &re) {
				t.Fatalf("error %v, want a *RegistryError", err)
			}
			if re.Pointer != tt.pointer || !strings.Contains(err.Error(), tt.msg) || !strings.HasPrefix(err.Error(), "entity: ") {
				t.Errorf("error %q at %s, want %q at %s", err, re.Pointer, tt.msg, tt.pointer)
			}
		})
	}
}

func TestReadRegistry(t *testing.T) {
	in := `{
  "$schema": "https://newsmodel.github.io/schema/registry/v1.json",
  "entities": [
    {"id": "vladimir-putin", "kind": "person", "name": "Vladimir Putin",
     "aliases": ["Vladimir Vladimirovich Putin"],
     "roles": [{"title": "President", "of": "russia", "when": "2012-05-07/.."}],
     "externalIds": {"wikidata": "Q7747"}},
    {"id": "russia", "kind": "place", "name": "Russia", "description": "the country"}
  ]
}`
	r, err := entity.ReadRegistry(strings.NewReader(in))
	if err != nil {
		t.Fatal(err)
	}
	want := []entity.Entity{
		{ID: "vladimir-putin", Kind: entity.Person, Name: "Vladimir Putin",
			Aliases:     []string{"Vladimir Vladimirovich Putin"},
			Roles:       []entity.Role{{Title: "President", Of: "russia", When: news.MustParseDate("2012-05-07/..")}},
			ExternalIDs: map[string]string{"wikidata": "Q7747"}},
		{ID: "russia", Kind: entity.Place, Name: "Russia", Description: "the country"},
	}
	if diff := cmp.Diff(want, r.Entities()); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}

func TestReadRegistryErrors(t *testing.T) {
	tests := []struct {
		name, in   string
		pointer    string
		line, col  int
		rule       string
		msgContain string
	}{
		{"empty", ``, "", 1, 1, "syntax", "empty input"},
		{"not an object", `[]`, "", 1, 1, "type", "object"},
		{"no entities", `{}`, "/entities", 1, 1, "required", `missing member "entities"`},
		{"unknown member", "{\"entities\": [\n {\"id\": \"a\", \"kind\": \"place\", \"name\": \"Aa\", \"mentions\": []}]}",
			"/entities/0/mentions", 2, 45, "unknown-key", `unknown member "mentions"`},
		{"wrong type", `{"entities": [{"id": "a", "kind": "place", "name": 7}]}`, "/entities/0/name", 1, 52, "type", "string"},
		{"unknown kind", `{"entities": [{"id": "a", "kind": "city", "name": "Aa"}]}`, "/entities/0/kind", 1, 35, "value", `unknown kind "city"`},
		{"bad date", `{"entities": [{"id": "a", "kind": "person", "name": "Aa Bb", "roles": [{"title": "King", "when": "2025-13"}]}]}`,
			"/entities/0/roles/0/when", 1, 98, "value", "month"},
		{"null", `{"entities": null}`, "/entities", 1, 14, "type", "null"},
		{"trailing", `{"entities": []} {}`, "", 1, 18, "trailing-data", "after the end"},
		{"one-letter name", `{"entities": [{"id": "x", "kind": "organization", "name": "X"}]}`, "/entities/0/name", 0, 0, "name", "one letter"},
		{"duplicate id", `{"entities": [{"id": "x", "kind": "place", "name": "Xa"}, {"id": "x", "kind": "place", "name": "Xb"}]}`,
			"/entities/1/id", 0, 0, "id", "also the id of entity 0"},
		{"binary", "\x00\x01\xff", "", 1, 1, "syntax", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := entity.ReadRegistry(strings.NewReader(tt.in))
			var re *entity.RegistryError
			if !errors.As(err, &re) {
				t.Fatalf("error %v, want a *RegistryError", err)
			}
			got := []any{re.Pointer, re.Line, re.Column, re.Rule}
			want := []any{tt.pointer, tt.line, tt.col, tt.rule}
			if diff := cmp.Diff(want, got); diff != "" || !strings.Contains(re.Message, tt.msgContain) {
				t.Errorf("error %q: (-want +got):\n%s", err, diff)
			}
		})
	}
}

// TestMatchLongText checks that a long text with no end of line and a word
// of a million letters match, with offsets past 2^20.
func TestMatchLongText(t *testing.T) {
	r := testRegistry(t)
	text := strings.Repeat("Kremlin ", 20_000) + strings.Repeat("é", 1<<20) + " Kremlin"
	got := r.Match(text)
	if len(got) != 20_001 {
		t.Fatalf("%d matches, want 20001", len(got))
	}
	last := got[len(got)-1].Span
	want := news.Span{Start: 20_000*8 + 1<<20 + 1, End: 20_000*8 + 1<<20 + 8, Text: "Kremlin"}
	if last != want {
		t.Errorf("last match %+v, want %+v", last, want)
	}
}

func TestNewRegistryEntityErrors(t *testing.T) {
	base := entity.Entity{ID: "a", Kind: entity.Person, Name: "Ann Bee"}
	with := func(f func(e *entity.Entity)) []entity.Entity {
		e := base
		f(&e)
		return []entity.Entity{e}
	}
	tests := []struct {
		name    string
		es      []entity.Entity
		pointer string
		rule    string
	}{
		{"duplicate alias", with(func(e *entity.Entity) { e.Aliases = []string{"Annie", "Nan", "Annie"} }), "/entities/0/aliases/2", "name"},
		{"empty role title", with(func(e *entity.Entity) { e.Roles = []entity.Role{{Title: "Queen"}, {Title: " "}} }), "/entities/0/roles/1/title", "role"},
		{"negative ordinal", with(func(e *entity.Entity) { e.Roles = []entity.Role{{Title: "Queen", Ordinal: -2}} }), "/entities/0/roles/0/ordinal", "role"},
		{"role of no id", with(func(e *entity.Entity) { e.Roles = []entity.Role{{Title: "Queen", Of: "The UK"}} }), "/entities/0/roles/0/of", "role"},
		{"external base", with(func(e *entity.Entity) { e.ExternalIDs = map[string]string{"wikidata": "Q1", "Wiki/data": "Q1"} }), "/entities/0/externalIds/Wiki~1data", "external-id"},
		{"external id empty", with(func(e *entity.Entity) { e.ExternalIDs = map[string]string{"wikidata": ""} }), "/entities/0/externalIds/wikidata", "external-id"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := entity.NewRegistry(tt.es)
			var re *entity.RegistryError
			if !errors.As(err, &re) || re.Pointer != tt.pointer || re.Rule != tt.rule {
				t.Errorf("error %v, want a *RegistryError at %s with rule %s", err, tt.pointer, tt.rule)
			}
		})
	}
}

// TestRegistryConcurrent matches from several goroutines at once; run with
// -race it checks that a Registry is safe for concurrent use.
func TestRegistryConcurrent(t *testing.T) {
	r := testRegistry(t)
	text := "Russian President Vladimir Putin met special envoy Steve Witkoff. Putin smiled; Witkoff’s aide left."
	want := r.Match(text)
	done := make(chan []entity.Match)
	for range 4 {
		go func() { done <- r.Match(text) }()
	}
	for range 4 {
		if diff := cmp.Diff(want, <-done); diff != "" {
			t.Errorf("concurrent Match (-want +got):\n%s", diff)
		}
	}
}
