package entity_test

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"

	"github.com/newsmodel/newsmodel/article"
	"github.com/newsmodel/newsmodel/entity"
	"github.com/newsmodel/newsmodel/news"
)

var update = flag.Bool("update", false, "rewrite the golden files of Discover under testdata/discover")

// view is the part of an entity the table tests compare: its identity and
// where it is mentioned.
type view struct {
	ID       string
	Kind     entity.Kind
	Name     string
	Mentions []string // "text@start"
}

func views(es []entity.Entity) []view {
	var out []view
	for _, e := range es {
		v := view{ID: e.ID, Kind: e.Kind, Name: e.Name}
		for _, m := range e.Mentions {
			v.Mentions = append(v.Mentions, fmt.Sprintf("%s@%d", m.Text, m.Start))
		}
		out = append(out, v)
	}
	return out
}

func TestDiscover(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []view
	}{
		{
			name: "titles, short forms and possessives",
			text: "Russian President Vladimir Putin met special envoy Steve Witkoff. President Putin smiled. Witkoff’s trip was long.",
			want: []view{
				{"vladimir-putin", entity.Person, "Vladimir Putin", []string{"Vladimir Putin@18", "Putin@76"}},
				{"steve-witkoff", entity.Person, "Steve Witkoff", []string{"Steve Witkoff@51", "Witkoff@90"}},
			},
		},
		{
			name: "initials and particles",
			text: "Thomas M. Crooks fired. Crooks was 20. Ursula von der Leyen replied. Von der Leyen spoke to Abdullah bin Khalid al-Rashid, and Al-Rashid agreed.",
			want: []view{
				{"thomas-m-crooks", entity.Person, "Thomas M. Crooks", []string{"Thomas M. Crooks@0", "Crooks@24"}},
				{"ursula-von-der-leyen", entity.Person, "Ursula von der Leyen", []string{"Ursula von der Leyen@39", "Von der Leyen@69"}},
				{"abdullah-bin-khalid-al-rashid", entity.Person, "Abdullah bin Khalid al-Rashid", []string{"Abdullah bin Khalid al-Rashid@92", "Al-Rashid@127"}},
			},
		},
		{
			name: "a city and its state",
			text: "The rally in Butler, Pa. drew thousands. Later, Austin, Texas, and Reno, NV, were quiet.",
			want: []view{
				{"butler", entity.Place, "Butler", []string{"Butler@13"}},
				{"pennsylvania", entity.Place, "Pennsylvania", []string{"Pa.@21"}},
				{"austin", entity.Place, "Austin", []string{"Austin@48"}},
				{"texas", entity.Place, "Texas", []string{"Texas@56"}},
				{"reno", entity.Place, "Reno", []string{"Reno@67"}},
				{"nevada", entity.Place, "Nevada", []string{"NV@73"}},
			},
		},
		{
			name: "demonyms are not mentions",
			text: "Russian officials said Russia would reply. The British ambassador left.",
			want: []view{
				{"russia", entity.Place, "Russia", []string{"Russia@23"}},
			},
		},
		{
			name: "two people who share a surname",
			text: "Donald Trump spoke. Mary Trump, his niece, disagreed. Trump left, and Donald Trump returned.",
			want: []view{
				{"donald-trump", entity.Person, "Donald Trump", []string{"Donald Trump@0", "Trump@54", "Donald Trump@70"}},
				{"mary-trump", entity.Person, "Mary Trump", []string{"Mary Trump@20"}},
			},
		},
		{
			name: "common words are not people",
			text: "Will the rain stop? May is wet. Rose prices rose. Bill the customer.",
			want: nil,
		},
		{
			name: "common words that are names when the story says so",
			text: "Will Pascoe, a lifeboat manager, spoke to May Chen. Pascoe said Chen was right.",
			want: []view{
				{"will-pascoe", entity.Person, "Will Pascoe", []string{"Will Pascoe@0", "Pascoe@52"}},
				{"may-chen", entity.Person, "May Chen", []string{"May Chen@42", "Chen@64"}},
			},
		},
		{
			name: "an all-capitals headline and a dateline",
			text: "PUTIN MEETS WITKOFF IN MOSCOW\n\nMOSCOW (Reuters) - Vladimir Putin met Steve Witkoff on Friday.",
			want: []view{
				{"vladimir-putin", entity.Person, "Vladimir Putin", []string{"PUTIN@0", "Vladimir Putin@50"}},
				{"steve-witkoff", entity.Person, "Steve Witkoff", []string{"WITKOFF@12", "Steve Witkoff@69"}},
				{"moscow", entity.Place, "Moscow", []string{"MOSCOW@23", "MOSCOW@31"}},
				{"reuters", entity.Organization, "Reuters", []string{"Reuters@39"}},
			},
		},
		{
			name: "organization cues",
			text: "Harlow Foods Inc. agreed a deal with the private equity firm Crestline Partners. Harlow said the Ministry of Defence and the Kremlin were not involved.",
			want: []view{
				{"harlow-foods-inc", entity.Organization, "Harlow Foods Inc.", []string{"Harlow Foods Inc.@0", "Harlow@81"}},
				{"crestline-partners", entity.Organization, "Crestline Partners", []string{"Crestline Partners@61"}},
				{"ministry-of-defence", entity.Organization, "Ministry of Defence", []string{"Ministry of Defence@97"}},
				{"kremlin", entity.Organization, "Kremlin", []string{"Kremlin@125"}},
			},
		},
		{
			name: "a senator's state",
			text: "Sen. Ruth Calloway, D-Ariz., and Sen. James Whitfield, R-Okla., met.",
			want: []view{
				{"ruth-calloway", entity.Person, "Ruth Calloway", []string{"Ruth Calloway@5"}},
				{"arizona", entity.Place, "Arizona", []string{"Ariz.@22"}},
				{"james-whitfield", entity.Person, "James Whitfield", []string{"James Whitfield@38"}},
				{"oklahoma", entity.Place, "Oklahoma", []string{"Okla.@57"}},
			},
		},
		{
			name: "a title naming a body",
			text: "Senate Majority Leader Chuck Schumer met House Speaker Mike Johnson.",
			want: []view{
				{"senate", entity.Organization, "Senate", []string{"Senate@0"}},
				{"chuck-schumer", entity.Person, "Chuck Schumer", []string{"Chuck Schumer@23"}},
				{"house-of-representatives", entity.Organization, "House of Representatives", []string{"House@41"}},
				{"mike-johnson", entity.Person, "Mike Johnson", []string{"Mike Johnson@55"}},
			},
		},
		{
			name: "empty text",
			text: "",
			want: nil,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := entity.Discover(tt.text)
			checkDiscovered(t, tt.text, got)
			if diff := cmp.Diff(tt.want, views(got)); diff != "" {
				t.Errorf("Discover(%q) (-want +got):\n%s", tt.text, diff)
			}
		})
	}
}

func TestDiscoverRolesAndRelations(t *testing.T) {
	text := "Russian President Vladimir Putin spoke in Butler, Pa. on Friday; Russia said so. The Russian leader left."
	got := entity.Discover(text)
	byID := map[string]entity.Entity{}
	for _, e := range got {
		byID[e.ID] = e
	}
	putin := byID["vladimir-putin"]
	if diff := cmp.Diff([]entity.Role{{Title: "President", Of: "russia"}}, putin.Roles); diff != "" {
		t.Errorf("roles (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([]entity.Relation{{Type: entity.CitizenOf, Entity: "russia"}}, putin.Relations); diff != "" {
		t.Errorf("Putin's relations (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([]entity.Relation{{Type: entity.LocatedIn, Entity: "pennsylvania"}}, byID["butler"].Relations); diff != "" {
		t.Errorf("Butler's relations (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([]string{"President Vladimir Putin", "The Russian leader"}, putin.Aliases); diff != "" {
		t.Errorf("Putin's aliases (-want +got):\n%s", diff)
	}
	if c := putin.Confidence; c <= 0 || c > 1 {
		t.Errorf("confidence %v outside (0, 1]", c)
	}
}

func TestDiscoverWithKnown(t *testing.T) {
	known := []entity.Entity{{
		ID: "putin", Kind: entity.Person, Name: "Vladimir Vladimirovich Putin",
		Aliases: []string{"Vladimir Putin"}, ExternalIDs: map[string]string{"wikidata": "Q7747"},
	}, {
		ID: "absent", Kind: entity.Organization, Name: "Nobody Here Ltd",
	}}
	text := "Vladimir Putin met Steve Witkoff. Putin smiled."
	got := entity.Discover(text, entity.WithKnown(known))
	want := []view{
		{"putin", entity.Person, "Vladimir Vladimirovich Putin", []string{"Vladimir Putin@0", "Putin@34"}},
		{"absent", entity.Organization, "Nobody Here Ltd", nil},
		{"steve-witkoff", entity.Person, "Steve Witkoff", []string{"Steve Witkoff@19"}},
	}
	if diff := cmp.Diff(want, views(got)); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
	if got[0].ExternalIDs["wikidata"] != "Q7747" || got[0].Confidence != 0 {
		t.Errorf("a known entity lost its fields or gained a confidence: %+v", got[0])
	}
	if known[0].Mentions != nil {
		t.Error("Discover changed the caller's entity")
	}
}

func TestDiscoverWithHeadline(t *testing.T) {
	// "Smith" stands for both; the headline says whom the story is about.
	text := "John Smith met Anna Smith. Smith spoke first."
	for _, tt := range []struct{ headline, want string }{
		{"", "john-smith"},
		{"Anna Smith speaks out", "anna-smith"},
	} {
		got := entity.Discover(text, entity.WithHeadline(tt.headline))
		for _, e := range got {
			for _, m := range e.Mentions {
				if m.Start == 27 && e.ID != tt.want {
					t.Errorf("headline %q: bare Smith went to %s, want %s", tt.headline, e.ID, tt.want)
				}
			}
		}
	}
}

// checkDiscovered holds Discover's output to its contract: spans inside the
// text and equal to their slice, no two mentions overlapping, IDs valid and
// unique, kinds known, confidence in [0, 1].
func checkDiscovered(t testing.TB, text string, es []entity.Entity) {
	t.Helper()
	ids := map[string]bool{}
	var spans []news.Span
	byteAt := make([]int, 0, len(text)+1) // byte offset of each code point, built once
	for i := range text {
		byteAt = append(byteAt, i)
	}
	byteAt = append(byteAt, len(text))
	for _, e := range es {
		if !isSlug(e.ID) || ids[e.ID] {
			t.Errorf("id %q is not a slug or repeats", e.ID)
		}
		ids[e.ID] = true
		if !slices.Contains(entity.Kinds, e.Kind) {
			t.Errorf("%s: kind %q", e.ID, e.Kind)
		}
		if e.Name == "" || !utf8.ValidString(e.Name) {
			t.Errorf("%s: name %q", e.ID, e.Name)
		}
		if e.Confidence < 0 || e.Confidence > 1 {
			t.Errorf("%s: confidence %v", e.ID, e.Confidence)
		}
		for _, m := range e.Mentions {
			if m.Start < 0 || m.Start >= m.End || m.End >= len(byteAt) {
				t.Errorf("%s: mention %+v outside a text of %d code points", e.ID, m, len(byteAt)-1)
				continue
			}
			if got := text[byteAt[m.Start]:byteAt[m.End]]; got != m.Text {
				t.Errorf("%s: mention %+v covers %q", e.ID, m, got)
			}
			spans = append(spans, m)
		}
	}
	slices.SortFunc(spans, func(a, b news.Span) int { return a.Start - b.Start })
	for i := 1; i < len(spans); i++ {
		if spans[i].Start < spans[i-1].End {
			t.Errorf("mentions %+v and %+v overlap", spans[i-1], spans[i])
		}
	}
}

// TestDiscoverGolden writes what Discover finds in each gold story to
// testdata/discover/NAME.json, so that a change of behaviour shows in the
// diff; -update rewrites them.
func TestDiscoverGolden(t *testing.T) {
	for _, doc := range loadGold(t) {
		t.Run(doc.name, func(t *testing.T) {
			got := entity.Discover(doc.text)
			var buf bytes.Buffer
			enc := json.NewEncoder(&buf)
			enc.SetEscapeHTML(false)
			enc.SetIndent("", "  ")
			if err := enc.Encode(got); err != nil {
				t.Fatal(err)
			}
			path := filepath.Join("testdata", "discover", doc.name+".json")
			if *update {
				if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("%v (run go test -update to write it)", err)
			}
			if diff := cmp.Diff(string(want), buf.String()); diff != "" {
				t.Errorf("%s (-want +got):\n%s", path, diff)
			}
		})
	}
}

// TestDiscoverArticleValid puts what Discover finds into an article and
// holds it to the article's checks and to the JSON Schema.
func TestDiscoverArticleValid(t *testing.T) {
	for _, doc := range loadGold(t) {
		a := article.New("a", "Headline")
		a.Body = doc.text
		a.Entities = entity.Discover(doc.text)
		if ps := a.Check(); len(ps) > 0 {
			t.Errorf("%s: Check: %v", doc.name, ps)
		}
		data, err := article.Marshal(a)
		if err != nil {
			t.Fatalf("%s: %v", doc.name, err)
		}
		if ps := article.Validate(data); len(ps) > 0 {
			t.Errorf("%s: Validate: %v", doc.name, ps)
		}
	}
}

// TestDiscoverBadInput feeds Discover text that is not news: it must return
// a sensible result, quickly, and never panic.
func TestDiscoverBadInput(t *testing.T) {
	long := strings.Repeat("Aa ", 200_000)
	inputs := map[string]string{
		"binary":         string([]byte{0, 1, 2, 0xff, 0xfe, 'A', 0x80, 'B', '\n', 0xc3}),
		"invalid UTF-8":  "Putin \xff\xfe met Witkoff in Moscow.\xc3",
		"no line end":    strings.Repeat("Vladimir Putin met Steve Witkoff in Moscow and ", 20_000),
		"other scripts":  "Владимир Путин встретился с Уиткоффом. 习近平会见了普京。 محمد بن سلمان",
		"capitals only":  strings.Repeat("THE KREMLIN SAID ", 10_000),
		"one long name":  strings.Repeat("Aaa ", 50_000),
		"hyphens":        strings.Repeat("A-", 50_000) + "B",
		"particles":      strings.Repeat("de la ", 50_000) + "Fuente",
		"periods":        strings.Repeat("U.S.", 50_000),
		"apostrophes":    strings.Repeat("O'", 50_000),
		"repeated names": long,
		"control chars":  "Putin\r\nmet\tWitkoff\v\f\u2028Moscow\u00a0Russia",
	}
	for name, in := range inputs {
		t.Run(name, func(t *testing.T) {
			start := time.Now()
			got := entity.Discover(in)
			if d := time.Since(start); d > 10*time.Second {
				t.Errorf("took %v", d)
			}
			checkDiscovered(t, in, got)
		})
	}
}

// TestDiscoverLinear checks that the time Discover takes grows with the
// length of the text and not faster: eight times the text (128 KB and 1 MB)
// may take at most about eight times as long, with room for a busy machine
// (a quadratic step would take 64 times as long).
func TestDiscoverLinear(t *testing.T) {
	if testing.Short() {
		t.Skip("timing test")
	}
	docs := loadGold(t)
	var b strings.Builder
	for b.Len() < 1<<17 {
		for _, d := range docs {
			b.WriteString(d.text)
			b.WriteString("\n\n")
		}
	}
	small := b.String()
	large := strings.Repeat(small, 8)
	measure := func(s string) time.Duration {
		best := time.Duration(1 << 62)
		for range 3 {
			start := time.Now()
			entity.Discover(s)
			best = min(best, time.Since(start))
		}
		return best
	}
	ts, tl := measure(small), measure(large)
	if ratio := float64(tl) / float64(ts); ratio > 32 {
		t.Errorf("128 KB took %v, 1 MB took %v: %.1f times as long", ts, tl, ratio)
	}
}
