package main

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"golang.org/x/text/language"

	"github.com/newsmodel/newsmodel/article"
	"github.com/newsmodel/newsmodel/news"
	"github.com/newsmodel/newsmodel/quote"
)

var update = flag.Bool("update", false, "rewrite testdata/seedstory.json from the program's output")

const golden = "testdata/seedstory.json"

// seedPath is the seed story, reference text that the project did not write;
// it lies in shared/ beside the repository.
const seedPath = "../../../shared/seeds/putin-prayed-for-trump.txt"

var cmpOpts = cmp.Options{
	cmp.Comparer(func(a, b language.Tag) bool { return a == b }),
	cmp.Comparer(func(a, b news.Date) bool { return a.Equal(b) }),
}

func TestGolden(t *testing.T) {
	var out, errb bytes.Buffer
	if code := run(nil, &out, &errb); code != 0 {
		t.Fatalf("run(nil) = %d, stderr %q", code, errb.String())
	}
	if errb.Len() != 0 {
		t.Errorf("stderr = %q, want empty", errb.String())
	}
	if *update {
		if err := os.MkdirAll(filepath.Dir(golden), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(golden, out.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if diff := cmp.Diff(string(want), out.String()); diff != "" {
		t.Errorf("output differs from %s (-want +got; go test -update rewrites it):\n%s", golden, diff)
	}
}

func TestGoldenRoundTrip(t *testing.T) {
	data, err := os.ReadFile(golden)
	if err != nil {
		t.Fatal(err)
	}
	a, err := article.Decode(bytes.NewReader(data))
	if err != nil {
		t.Fatalf("Decode(%s): %v", golden, err)
	}
	var re bytes.Buffer
	if err := article.Encode(&re, a); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(string(data), re.String()); diff != "" {
		t.Errorf("decode then encode is not byte-identical (-golden +re-encoded):\n%s", diff)
	}
	b, err := article.Unmarshal(re.Bytes())
	if err != nil {
		t.Fatalf("decoding the re-encoded document: %v", err)
	}
	if !cmp.Equal(a, b, cmpOpts) {
		t.Errorf("decode→encode→decode differs:\n%s", cmp.Diff(a, b, cmpOpts))
	}
	if diff := cmp.Diff(Story(), a, cmpOpts); diff != "" {
		t.Errorf("decoded golden differs from Story() (-story +decoded):\n%s", diff)
	}
}

// jsonValue returns the JSON form of a, decoded into maps and slices.
func jsonValue(t *testing.T, a *article.Article) any {
	t.Helper()
	b, err := article.Marshal(a)
	if err != nil {
		t.Fatal(err)
	}
	var v any
	if err := json.Unmarshal(b, &v); err != nil {
		t.Fatal(err)
	}
	return v
}

// resolve returns the string that the RFC 6901 pointer ptr names in the
// decoded JSON value v.
func resolve(v any, ptr string) (string, bool) {
	for _, tok := range strings.Split(ptr, "/")[1:] {
		tok = strings.NewReplacer("~1", "/", "~0", "~").Replace(tok)
		switch x := v.(type) {
		case map[string]any:
			v = x[tok]
		case []any:
			i, err := strconv.Atoi(tok)
			if err != nil || i < 0 || i >= len(x) {
				return "", false
			}
			v = x[i]
		default:
			return "", false
		}
	}
	s, ok := v.(string)
	return s, ok
}

type namedSpan struct {
	where string
	span  news.Span
}

// allSpans lists every span of a with where it stands in the document.
func allSpans(a *article.Article) []namedSpan {
	var out []namedSpan
	add := func(where string, s news.Span) { out = append(out, namedSpan{where, s}) }
	for i, s := range a.Sections {
		add(fmt.Sprintf("/sections/%d/span", i), s.Span)
	}
	for i, e := range a.Entities {
		for j, m := range e.Mentions {
			add(fmt.Sprintf("/entities/%d/mentions/%d (%s)", i, j, e.ID), m)
		}
	}
	for i, q := range a.Quotes {
		if !q.Span.IsZero() {
			add(fmt.Sprintf("/quotes/%d/span (%s)", i, q.ID), q.Span)
		}
	}
	for i, ev := range a.Events {
		for j, s := range ev.Evidence {
			add(fmt.Sprintf("/events/%d/evidence/%d (%s)", i, j, ev.ID), s)
		}
	}
	return out
}

func TestSpans(t *testing.T) {
	a := Story()
	spans := allSpans(a)
	if len(spans) == 0 {
		t.Fatal("no spans")
	}
	doc := jsonValue(t, a)
	for _, ns := range spans {
		ptr := ns.span.Field
		if ptr == "" {
			ptr = "/body"
		}
		text, ok := resolve(doc, ptr)
		if !ok {
			t.Errorf("%s: field %q is not a string of the document", ns.where, ns.span.Field)
			continue
		}
		got, err := ns.span.Slice(text)
		if err != nil {
			t.Errorf("%s: %v", ns.where, err)
			continue
		}
		if strings.HasPrefix(ns.where, "/sections/") {
			// A section covers whole paragraphs.
			n := len([]rune(text))
			before, after := mustSlice(t, text, 0, ns.span.Start), mustSlice(t, text, ns.span.End, n)
			if got == "" || strings.HasPrefix(got, "\n") || strings.HasSuffix(got, "\n") ||
				(before != "" && !strings.HasSuffix(before, "\n\n")) ||
				(after != "" && !strings.HasPrefix(after, "\n\n")) {
				t.Errorf("%s: [%d,%d) does not cover whole paragraphs", ns.where, ns.span.Start, ns.span.End)
			}
			continue
		}
		if ns.span.Text == "" {
			t.Errorf("%s: span [%d,%d) has no text", ns.where, ns.span.Start, ns.span.End)
		}
		if got != ns.span.Text {
			t.Errorf("%s: span [%d,%d) covers %q, but its text is %q", ns.where, ns.span.Start, ns.span.End, got, ns.span.Text)
		}
	}
	for _, q := range a.Quotes {
		if (q.Kind == quote.Direct || q.Kind == quote.Partial) && q.Span.Text != q.Text {
			t.Errorf("quote %s: span text %q, want the quoted words %q", q.ID, q.Span.Text, q.Text)
		}
	}
}

func mustSlice(t *testing.T, text string, start, end int) string {
	t.Helper()
	s, err := news.Span{Start: start, End: end}.Slice(text)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func TestReferences(t *testing.T) {
	a := Story()
	ents, quotes, events := map[string]bool{}, map[string]bool{}, map[string]bool{}
	unique := func(kind, id string, seen map[string]bool) {
		if seen[id] {
			t.Errorf("%s id %q is not unique", kind, id)
		}
		seen[id] = true
	}
	for _, e := range a.Entities {
		unique("entity", e.ID, ents)
	}
	for _, q := range a.Quotes {
		unique("quote", q.ID, quotes)
	}
	for _, ev := range a.Events {
		unique("event", ev.ID, events)
	}
	ref := func(where, id string, seen map[string]bool) {
		if id != "" && !seen[id] {
			t.Errorf("%s: %q does not resolve", where, id)
		}
	}
	for _, e := range a.Entities {
		for _, r := range e.Roles {
			ref("entity "+e.ID+" role of", r.Of, ents)
		}
		for _, r := range e.Relations {
			ref("entity "+e.ID+" "+string(r.Type), r.Entity, ents)
			if r.Entity == e.ID {
				t.Errorf("entity %s relates to itself", e.ID)
			}
		}
	}
	for _, q := range a.Quotes {
		ref("quote "+q.ID+" speaker", q.Speaker, ents)
		for _, au := range q.Audience {
			ref("quote "+q.ID+" audience", au, ents)
		}
		for _, ab := range q.About {
			ref("quote "+q.ID+" about", ab, ents)
		}
		ref("quote "+q.ID+" reports", q.Reports, quotes)
		ref("quote "+q.ID+" event", q.Event, events)
		if q.Reports == q.ID {
			t.Errorf("quote %s reports itself", q.ID)
		}
	}
	byID := map[string]news.Event{}
	for _, ev := range a.Events {
		byID[ev.ID] = ev
	}
	for _, ev := range a.Events {
		ref("event "+ev.ID+" place", ev.Place, ents)
		ref("event "+ev.ID+" entity", ev.Entity, ents)
		for _, p := range ev.Participants {
			ref("event "+ev.ID+" participant", p.Entity, ents)
		}
		for _, r := range ev.Relations {
			ref("event "+ev.ID+" "+string(r.Type), r.Event, events)
			if r.Event == ev.ID {
				t.Errorf("event %s relates to itself", ev.ID)
			}
			if other, ok := byID[r.Event]; ok && !possible(ev.When.Value, r.Type, other.When.Value) {
				t.Errorf("event %s %s %s contradicts their dates %s and %s",
					ev.ID, r.Type, r.Event, ev.When.Value, other.When.Value)
			}
		}
	}
}

// possible reports whether an event dated within d can stand in relation r to
// an event dated within e. A zero date allows anything.
func possible(d news.Date, r news.RelationType, e news.Date) bool {
	dStart, dHasStart := d.Start()
	eEnd, eHasEnd := e.End()
	eStart, eHasStart := e.Start()
	dEnd, dHasEnd := d.End()
	switch r {
	case news.Before:
		return !dHasStart || !eHasEnd || dStart.Before(eEnd)
	case news.After:
		return !eHasStart || !dHasEnd || eStart.Before(dEnd)
	case news.During, news.Includes, news.Overlaps, news.Simultaneous:
		return (!dHasStart || !eHasEnd || dStart.Before(eEnd)) &&
			(!eHasStart || !dHasEnd || eStart.Before(dEnd))
	}
	return true
}

func TestRequired(t *testing.T) {
	a := Story()
	if a.SchemaVersion != article.SchemaVersion || a.ID != "putin-prayed-for-trump" ||
		a.Language != language.English || a.Published.String() != "2025-03-23" {
		t.Errorf("metadata: schemaVersion %q id %q language %v published %v",
			a.SchemaVersion, a.ID, a.Language, a.Published)
	}
	if !strings.Contains(a.Body, "last July") {
		t.Error(`body does not say "last July"`)
	}
	if strings.Contains(a.Body, "\n\n\n") || strings.HasPrefix(a.Body, "\n") || strings.HasSuffix(a.Body, "\n") {
		t.Error("paragraphs are not separated by exactly one blank line")
	}
	var heads []string
	for _, s := range a.Sections {
		heads = append(heads, s.Heading)
	}
	if diff := cmp.Diff([]string{"What Happened", "Why It Matters"}, heads); diff != "" {
		t.Errorf("section headings (-want +got):\n%s", diff)
	}
	wantRelated := []article.Link{
		{Rel: "also-read", Title: "Mary Trump Slams Uncle: ‘Trump and His Corrupt Fascist Regime Are Aligned With the Agenda of Vladimir Putin and Moscow'"},
		{Rel: "read-next", Title: "Putin Agrees With Trump: Ukraine War Avoidable if Trump Had Been in Office"},
	}
	if diff := cmp.Diff(wantRelated, a.Related); diff != "" {
		t.Errorf("related (-want +got):\n%s", diff)
	}
	if len(a.Media) != 1 || a.Media[0].Kind != "image" || a.Media[0].Credit != "Shutterstock" {
		t.Errorf("media = %+v", a.Media)
	}
	if a.Summary() == "" {
		t.Error("no summary")
	}
	var uris []string
	for _, s := range a.Subjects {
		uris = append(uris, s.URI())
	}
	wantURIs := []string{
		"http://cv.iptc.org/newscodes/mediatopic/11000000",
		"http://cv.iptc.org/newscodes/mediatopic/20000639",
		"http://cv.iptc.org/newscodes/mediatopic/20000056",
	}
	if diff := cmp.Diff(wantURIs, uris); diff != "" {
		t.Errorf("subjects (-want +got):\n%s", diff)
	}
	if a.Rights.Holder == "" || a.Rights.License == "" {
		t.Errorf("rights = %+v", a.Rights)
	}

	ents := map[string]string{}
	for _, e := range a.Entities {
		ents[e.ID] = string(e.Kind)
	}
	for id, kind := range map[string]string{
		"vladimir-putin": "person", "donald-trump": "person", "steve-witkoff": "person",
		"tucker-carlson": "person", "thomas-matthew-crooks": "person", "mary-trump": "person",
		"russian-spokesperson": "person", "russian-artist": "person",
		"butler-pa": "place", "russia": "place", "ukraine": "place", "united-states": "place",
		"kremlin": "organization", "trump-administration": "organization", "shutterstock": "organization",
	} {
		if got, ok := ents[id]; !ok || got != kind {
			t.Errorf("entity %s: kind %q, want %q", id, got, kind)
		}
	}

	type q struct {
		kind    quote.Kind
		speaker string
	}
	quotes := map[string]q{}
	for _, x := range a.Quotes {
		quotes[x.ID] = q{x.Kind, x.Speaker}
	}
	for id, want := range map[string]q{
		"q1": {quote.Direct, "steve-witkoff"},
		"q2": {quote.Indirect, "vladimir-putin"},
		"q3": {quote.Direct, "steve-witkoff"},
		"q4": {quote.Partial, "russian-spokesperson"},
		"q5": {quote.Partial, "steve-witkoff"},
		"q6": {quote.Indirect, "steve-witkoff"},
		"q7": {quote.Partial, ""},
		"q8": {quote.Direct, "mary-trump"},
	} {
		if got := quotes[id]; got != want {
			t.Errorf("quote %s = %+v, want %+v", id, got, want)
		}
	}
	if a.Quotes[0].Reports != "q2" {
		t.Errorf("q1 reports %q, want q2", a.Quotes[0].Reports)
	}

	evs := map[string]news.Event{}
	for _, ev := range a.Events {
		evs[ev.ID] = ev
	}
	for id, when := range map[string]string{
		"ev1": "2024-07", "ev2": "2024-07/2025-03-23", "ev3": "../2025-03-23", "ev4": "../2025-03-23",
		"ev5": "../2025-03-23", "ev6": "../2025-03-23", "ev7": "../2025-03-23",
		"ev8": "../2025-03-23", "ev9": "../2025-03-23", "ev10": "",
	} {
		ev, ok := evs[id]
		if !ok {
			t.Errorf("event %s missing", id)
			continue
		}
		if got := ev.When.Value.String(); got != when {
			t.Errorf("event %s dated %q, want %q", id, got, when)
		}
		if len(ev.Evidence) == 0 {
			t.Errorf("event %s has no evidence", id)
		}
	}
	if w := evs["ev1"].When; w.Text != "last July" || w.Anchor != a.Published || w.Resolution != news.Past {
		t.Errorf("ev1 when = %+v", w)
	}
	if evs["ev10"].Kind != news.State {
		t.Errorf("ev10 kind = %q, want state", evs["ev10"].Kind)
	}
}

func TestCommandLine(t *testing.T) {
	for _, args := range [][]string{{"-x"}, {"extra"}, {"-o"}, {"-o", "f.json", "extra"}} {
		var out, errb bytes.Buffer
		if code := run(args, &out, &errb); code != 2 {
			t.Errorf("run(%q) = %d, want 2", args, code)
		}
		if errb.String() != "usage: seedstory [-o FILE]\n" {
			t.Errorf("run(%q) stderr = %q, want the usage line", args, errb.String())
		}
		if out.Len() != 0 {
			t.Errorf("run(%q) wrote %d bytes to stdout", args, out.Len())
		}
	}

	var want, errb bytes.Buffer
	if code := run(nil, &want, &errb); code != 0 {
		t.Fatalf("run(nil) = %d: %s", code, errb.String())
	}
	path := filepath.Join(t.TempDir(), "story.json")
	var out bytes.Buffer
	if code := run([]string{"-o", path}, &out, &errb); code != 0 {
		t.Fatalf("run(-o) = %d: %s", code, errb.String())
	}
	if out.Len() != 0 {
		t.Errorf("run(-o) wrote %d bytes to stdout", out.Len())
	}
	got, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want.Bytes()) {
		t.Error("-o wrote a different document from standard output's")
	}

	if code := run([]string{"-o", filepath.Join(t.TempDir(), "no", "such", "dir.json")}, &out, &errb); code != 1 {
		t.Errorf("run(-o into a missing directory) = %d, want 1", code)
	}
}

// readSeed returns the seed story, or skips the test when shared/ is absent.
func readSeed(t *testing.T) string {
	t.Helper()
	b, err := os.ReadFile(seedPath)
	if os.IsNotExist(err) {
		t.Skipf("the seed story %s is absent (reference data in shared/ beside the repository); skipping", seedPath)
	}
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// TestQuotesAgainstSeed checks against the seed story that the words quoted
// as direct or partial quotes and the related titles are verbatim.
func TestQuotesAgainstSeed(t *testing.T) {
	seed := readSeed(t)
	a := Story()
	for _, q := range a.Quotes {
		if q.Kind != quote.Direct && q.Kind != quote.Partial {
			continue
		}
		if !strings.Contains(seed, q.Text) {
			t.Errorf("quote %s %q is not verbatim in the seed", q.ID, q.Text)
		}
	}
	for i, l := range a.Related {
		if !strings.Contains(seed, l.Title) {
			t.Errorf("related %d title %q is not verbatim in the seed", i, l.Title)
		}
	}
}

// TestBodyIsOwnWords checks against the seed story that, outside the quoted
// words, the body shares no run of eight words with it.
func TestBodyIsOwnWords(t *testing.T) {
	seed := strings.Join(strings.Fields(readSeed(t)), " ")
	a := Story()
	narrative := a.Body
	for _, q := range a.Quotes {
		if q.Kind == quote.Direct || q.Kind == quote.Partial {
			narrative = strings.ReplaceAll(narrative, q.Text, " | ")
		}
	}
	const run = 8
	for _, part := range strings.Split(narrative, "|") {
		words := strings.Fields(part)
		for i := 0; i+run <= len(words); i++ {
			if w := strings.Join(words[i:i+run], " "); strings.Contains(seed, w) {
				t.Errorf("body copies the seed: %q", w)
			}
		}
	}
}
