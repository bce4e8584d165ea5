package article

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestSplitSentences(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"He won. She lost.", []string{"He won.", "She lost."}},
		{"Gen. Thomas M. Crooks met Sen. Lee in Butler, Pa. last July. Then he left.", []string{"Gen. Thomas M. Crooks met Sen. Lee in Butler, Pa. last July.", "Then he left."}},
		{"They moved to the U.S. The next year they left.", []string{"They moved to the U.S.", "The next year they left."}},
		{"The U.S. Senate voted on Jan. 5 at 3 p.m. on Monday.", []string{"The U.S. Senate voted on Jan. 5 at 3 p.m. on Monday."}},
		{"“We won.” She smiled. \"Why?\" he asked.", []string{"“We won.”", "She smiled.", "\"Why?\" he asked."}},
		{"First paragraph\n\nSecond one", []string{"First paragraph", "Second one"}},
		{"It costs 3.5 percent… Then 4.", []string{"It costs 3.5 percent…", "Then 4."}},
		{"", nil},
		{"no end at all", []string{"no end at all"}},
	}
	for _, tt := range tests {
		var got []string
		for _, s := range splitSentences(tt.in, nil) {
			got = append(got, tt.in[s[0]:s[1]])
		}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("splitSentences(%q) (-want +got):\n%s", tt.in, diff)
		}
	}
}

func TestLexiconSize(t *testing.T) {
	lx := newLexicon()
	verbs, nouns := map[string]bool{}, map[string]bool{}
	for _, e := range lx.words {
		if e.flags&(wVerbBase|wVerbPast) != 0 && e.lemma != "" {
			verbs[e.lemma] = true
		}
		if e.flags&wNoun != 0 {
			nouns[e.lemma] = true
		}
	}
	for l := range lx.bigrams {
		nouns[l] = true
	}
	if len(verbs) < 150 || len(nouns) < 80 {
		t.Errorf("lexicon has %d event verbs and %d event nouns; want at least 150 and 80", len(verbs), len(nouns))
	}
	for _, c := range []struct{ word, lemma string }{{"shot", "shoot"}, {"stabbing", "stab"}, {"died", "die"}, {"gave", "give"}} {
		if e := lx.words[c.word]; e == nil || e.lemma != c.lemma {
			t.Errorf("%q: lemma %v, want %q", c.word, e, c.lemma)
		}
	}
}
