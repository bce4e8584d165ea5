package entity_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"

	"github.com/newsmodel/newsmodel/entity"
	"github.com/newsmodel/newsmodel/news"
)

// FuzzMatch matches arbitrary text against the test registry and checks
// what every result must be: matches in text order, none overlapping
// another, each a whole word sequence inside the text whose offsets give
// back its Text, folding to one of the registry's names, and naming an
// entity or listing candidates. Find must agree with Match.
func FuzzMatch(f *testing.F) {
	for _, s := range []string{
		"Russian President Vladimir Putin met special envoy Steve Witkoff’s team.",
		"PUTIN ENVOY STEVE WITKOFF MEETS TRUMP. President Trump said.",
		"May I ask? Theresa May said so. May agreed.",
		"Conan O’Brien and O'Brien's show; AT & T; Bashar al-Assad; Assad.",
		"Alpha Beta Gamma Delta; Krem\u00adlin; Jose\u0301 Mourinho; Ｒｕｓｓｉａ",
		"John Smith said. Smith left.\n\nSteve\nWitkoff",
		"Apple Inc. said; Butler, Pa., was quiet; Apple Inc.Ltd",
		"\xff\xfe\x00Kremlin\xc3",
		"Zürich — 🎉 Kremlin İstanbul ǅemal ß",
	} {
		f.Add(s)
	}
	r := testRegistry(f)
	forms := entity.Forms(r)
	f.Fuzz(func(t *testing.T, text string) {
		ms := r.Match(text)
		n := utf8.RuneCountInString(text)
		prev := 0
		for _, mt := range ms {
			sp := mt.Span
			if sp.Start < prev || sp.End <= sp.Start || sp.End > n {
				t.Fatalf("span %+v out of order or range (previous end %d, text of %d code points)", sp, prev, n)
			}
			prev = sp.End
			if mt.Title != "" {
				if mt.TitleSpan.End > sp.Start || mt.TitleSpan.Start >= mt.TitleSpan.End {
					t.Fatalf("title span %+v not before the name %+v", mt.TitleSpan, sp)
				}
			}
			got, err := news.Span{Start: sp.Start, End: sp.End}.Slice(text)
			if err != nil || got != sp.Text {
				t.Fatalf("span %+v slices to %q, %v", sp, got, err)
			}
			if w := entity.FoldWords(sp.Text); !forms[w] {
				t.Fatalf("match %q folds to %q, which is no registry name", sp.Text, w)
			}
			before, after := wordAround(text, sp)
			if before || after {
				t.Fatalf("match %+v is not a whole word: a word character is next to it", sp)
			}
			if (mt.Entity == "") == (len(mt.Candidates) == 0) {
				t.Fatalf("match %+v has entity %q and candidates %v", sp, mt.Entity, mt.Candidates)
			}
		}
		var want int
		for _, mt := range ms {
			if mt.Entity != "" {
				want++
			}
		}
		var got int
		for _, e := range r.Find(text) {
			got += len(e.Mentions)
		}
		if got != want {
			t.Fatalf("Find gives %d mentions, Match %d", got, want)
		}
	})
}

// wordAround reports whether a word character lies just before or just
// after sp in text, skipping the characters the matcher ignores.
func wordAround(text string, sp news.Span) (before, after bool) {
	runes := []rune(text)
	for k := sp.Start - 1; k >= 0; k-- {
		if !entity.Ignorable(runes[k]) {
			before = entity.WordRune(runes[k])
			break
		}
	}
	for k := sp.End; k < len(runes); k++ {
		if !entity.Ignorable(runes[k]) {
			after = entity.WordRune(runes[k])
			break
		}
	}
	return before, after
}

// TestFoldWords pins the folding that matching rests on.
func TestFoldWords(t *testing.T) {
	for in, want := range map[string]string{
		"Vladimir PUTIN":         "vladimir putin",
		"Ｒｕｓｓｉａ":                 "russia",
		"Zoë Ångström":           "zoe angstrom",
		"Jose\u0301":             "jose",
		"STRAẞE Straße":          "strasse strasse",
		"İstanbul":               "istanbul",
		"Wit\u00adkoff’s":        "witkoff s",
		"ǅemal":                  "ǆemal",
		"Ὀδυσσεύς":               "οδυσσευσ",
		"AT&T, Inc.":             "at t inc",
		"":                       "",
		strings.Repeat("x", 200): strings.Repeat("x", 128),
	} {
		if got := entity.FoldWords(in); got != want {
			t.Errorf("FoldWords(%q) = %q, want %q", in, got, want)
		}
	}
}

// FuzzReadRegistry reads arbitrary bytes as a registry file. It must return
// a registry or a *RegistryError, never panic; a registry it reads must
// list the file's entities, which written back as a file read the same.
func FuzzReadRegistry(f *testing.F) {
	for _, s := range []string{
		`{"entities": []}`,
		`{"$schema": "https://newsmodel.github.io/schema/registry/v1.json", "entities": [{"id": "vladimir-putin", "kind": "person", "name": "Vladimir Putin", "aliases": ["Putin V."], "roles": [{"title": "President", "of": "russia", "when": "2012-05-07/.."}], "externalIds": {"wikidata": "Q7747"}}]}`,
		`{"entities": [{"id": "x", "kind": "organization", "name": "X"}]}`,
		`{"entities": [{"id": "a", "kind": "place", "name": "Aa"}, {"id": "a", "kind": "place", "name": "Ab"}]}`,
		`{"entities": [{"id": "a", "kind": "place", "name": "Aa", "mentions": []}]}`,
		`{"entities": null}`,
		"\xef\xbb\xbf{}",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		r, err := entity.ReadRegistry(bytes.NewReader(data))
		if err != nil {
			var re *entity.RegistryError
			if !errors.As(err, &re) {
				t.Fatalf("error %v is not a *RegistryError", err)
			}
			return
		}
		es := r.Entities()
		out, err := json.Marshal(map[string]any{"entities": es})
		if err != nil {
			t.Fatalf("writing the entities back: %v", err)
		}
		again, err := entity.ReadRegistry(bytes.NewReader(out))
		if err != nil {
			t.Fatalf("reading back %s: %v", out, err)
		}
		if diff := cmp.Diff(es, again.Entities()); diff != "" {
			t.Fatalf("entities read back differ (-first +again):\n%s", diff)
		}
	})
}
