package entity

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/newsmodel/newsmodel/internal/textpos"
	"github.com/newsmodel/newsmodel/news"
)

// AddMentions adds to e a mention, with its text, of every whole-word
// occurrence in text of the given phrases, or of e's Name and Aliases when
// no phrase is given, and returns how many it added. A phrase counts where
// neither neighbour is a letter or a digit, so "Trump" is found in
// "Trump’s" but not in "Trumpet". Where occurrences of two phrases overlap,
// the longer wins ("Vladimir Putin" over "Putin"); spans e already has are
// not added twice, and Mentions stay in text order.
func (e *Entity) AddMentions(text string, phrases ...string) int {
	if len(phrases) == 0 {
		phrases = append([]string{e.Name}, e.Aliases...)
	}
	// Longest phrase first, so that its occurrences claim their text.
	phrases = slices.Clone(phrases)
	slices.SortStableFunc(phrases, func(a, b string) int { return len(b) - len(a) })
	var found []news.Span
	ix := textpos.New(text)
	for _, p := range phrases {
		for _, s := range news.SpansOf(text, p) {
			if !wholeWord(text, ix, s) || overlapsAny(found, s) {
				continue
			}
			found = append(found, s)
		}
	}
	added := 0
	for _, s := range found {
		if slices.ContainsFunc(e.Mentions, func(m news.Span) bool {
			return m.Field == "" && m.Start == s.Start && m.End == s.End
		}) {
			continue
		}
		e.Mentions = append(e.Mentions, s)
		added++
	}
	slices.SortStableFunc(e.Mentions, func(a, b news.Span) int {
		if c := strings.Compare(a.Field, b.Field); c != 0 {
			return c
		}
		return a.Start - b.Start
	})
	return added
}

// wholeWord reports whether the span s of text has no letter or digit just
// before or just after it.
func wholeWord(text string, ix *textpos.Index, s news.Span) bool {
	// s came from SpansOf, so its offsets lie inside text.
	start, _ := ix.Byte(s.Start)
	end, _ := ix.Byte(s.End)
	if r, _ := utf8.DecodeLastRuneInString(text[:start]); start > 0 && isWordRune(r) {
		return false
	}
	if r, _ := utf8.DecodeRuneInString(text[end:]); end < len(text) && isWordRune(r) {
		return false
	}
	return true
}

// overlapsAny reports whether s overlaps any of spans.
func overlapsAny(spans []news.Span, s news.Span) bool {
	for _, t := range spans {
		if s.Start < t.End && t.Start < s.End {
			return true
		}
	}
	return false
}
