package quote_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"

	"github.com/newsmodel/newsmodel/entity"
	"github.com/newsmodel/newsmodel/quote"
)

// fuzzEnts are the entities every fuzzed text is given.
var fuzzEnts = []entity.Entity{
	person("steve-witkoff", "Steve Witkoff", "Witkoff"),
	person("vladimir-putin", "Vladimir Putin", "Putin", "President Putin"),
	person("tucker-carlson", "Tucker Carlson", "Tucker"),
	org("kremlin", "Kremlin", "the Kremlin"),
	{ID: "russia", Kind: entity.Place, Name: "Russia"},
}

// quoteMarks holds every character Unicode lists as a quotation mark.
func quoteMarks() string {
	var b strings.Builder
	for _, r16 := range unicode.Quotation_Mark.R16 {
		for r := rune(r16.Lo); r <= rune(r16.Hi); r += rune(r16.Stride) {
			b.WriteRune(r)
		}
	}
	for _, r32 := range unicode.Quotation_Mark.R32 {
		for r := rune(r32.Lo); r <= rune(r32.Hi); r += rune(r32.Stride) {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// FuzzFind checks that Find never panics and always returns a result that
// holds together: spans inside the text and nested, not crossing; each
// quote's Text its span without re-opening marks; IDs valid, unique and
// resolving to the given entities or Result.Speakers.
func FuzzFind(f *testing.F) {
	for _, s := range []string{
		"",
		"“Hello,” Witkoff said.",
		"\"Unclosed",
		"”Stray“ closing",
		"''''''''",
		"“““““““““““““““““““““““““““““““““““““",
		"Q: Why?\n\nA: Because.\n\nQ: Sure?\n\nA: Yes.",
		"Putin told me, ‘I prayed.’",
		"«a» »b« „c“ ‚d‘ ‹e› 「f」 『g』",
		"Witkoff, who met Putin, said \"we talked\" and that it went well.",
		quoteMarks(),
		"According to the Kremlin, the talks were useful.",
		"The talks were useful, a Kremlin spokesperson said on Monday.",
		"“First.\n\n“Second.\n\n“Third,” he said.",
		"He said “a. B.” \u00a0“” ‘’ \" ' \u2019s",
	} {
		f.Add(s)
	}
	if paths, _ := filepath.Glob("testdata/gold/*.txt"); len(paths) > 0 {
		for _, p := range paths {
			if b, err := os.ReadFile(p); err == nil {
				f.Add(string(b))
			}
		}
	}
	f.Fuzz(func(t *testing.T, text string) {
		res := quote.Find(text, fuzzEnts)
		if errs := checkResult(text, fuzzEnts, res); len(errs) > 0 {
			t.Fatalf("Find(%q): %v", text, errs)
		}
	})
}
