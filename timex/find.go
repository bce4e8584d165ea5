package timex

import (
	"sort"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/newsmodel/newsmodel/news"
)

// chunk is the most text FindDates tokenizes at a time, so that its memory
// is bounded whatever the input. A chunk ends at a line break or after a
// sentence when it can, where no expression is cut; else at a space or
// punctuation, and then the next chunk starts overlap bytes earlier.
const (
	chunk   = 8 << 10
	overlap = 256
)

// FindDates returns every date expression of text, left to right: the
// longest at each place, none overlapping, each with its span in code points
// (Text set), its Date or Duration and its text. Relative expressions
// resolve against anchor; where the direction is open ("on Monday") the
// sentence decides it, from the words of the [Language]: a modal or planning
// verb ("will", "would", "is expected to", "plans to", "is due to", "is set
// to"), a scheduled present ("The window reopens on Jan. 2") and an
// infinitive ("to be held on October 12", the headline "Markets to remain
// closed until Friday") look forward; a past tense ("met on Monday") looks
// back, but not a participle after a copula ("be held", "remain closed").
// With no such word the date is the nearest one, unless [WithDirection]
// set a direction. "until" and "by" look forward and "since" back when the
// sentence does not say. "in six years" is a date only in a sentence that
// looks forward ("will reopen in two weeks"); else it is a length of time
// ("the lowest level in six years"). A signal word that the value includes
// ("since", "until", "by", "before", "after") is part of the span.
//
// The text is read in pieces of at most 8 KiB, cut at line breaks and ends
// of sentences, else at any Unicode space or punctuation with an overlap,
// so that memory is a constant plus the output whatever the input.
//
// In running text FindDates is stricter than [Normalizer.Normalize], so that
// ordinary words are not taken for dates: month and weekday names must be
// capitalised, "May", "March", "fall" and "spring" alone need a word such as
// "in" or "since" before them, abbreviations ("Sun", "Mar") count only within
// a full date, "a second" is not a duration, a bare "14:05" needs a zone or
// "at" before it, and a bare number is a year only from 1000 to 2999 and not
// as an amount ("$2025", "2025%").
func (n *Normalizer) FindDates(text string, anchor time.Time) []Found {
	var p parser
	p.init(n, text, anchor, nil, true)
	out := make([]Found, 0, min(len(text)/256+4, 4096))
	var toks []token
	from := 0
	r := int32(0)
	for from < len(text) {
		to, safe := chunkEnd(text, from)
		toks = tokenize(toks[:0], text, from, to, r, n.c)
		p.toks = toks
		// Where the cut may fall inside an expression, expressions that
		// start in the last overlap bytes are left to the next chunk, which
		// starts there.
		stop, next := len(toks), to
		if !safe {
			stop = sort.Search(len(toks), func(k int) bool { return int(toks[k].b0) >= to-overlap })
			if stop < len(toks) {
				next = int(toks[stop].b0)
			}
		}
		for i := 0; i < stop; {
			if !trigger(&toks[i]) || inNumberRun(toks, i) {
				i++
				continue
			}
			p.dirAt, p.dirKnown = i, false
			p.bad, p.nextra = false, 0
			it, ok := p.expr(i)
			if !ok && p.reversed > i {
				i = p.reversed
				continue
			}
			if !ok || it.end <= i {
				i++
				continue
			}
			a, b := toks[it.start], toks[it.end-1]
			s := text[a.b0:b.b1]
			out = append(out, Found{
				Span:   news.Span{Start: int(a.r0), End: int(b.r1), Text: s},
				Result: p.result(it, s),
			})
			i = it.end
			next = max(next, int(b.b1))
		}
		r += int32(utf8.RuneCountInString(text[from:next]))
		from = next
	}
	return out
}

// chunkEnd returns where the chunk that starts at from ends, and whether
// no expression can cross that place. A chunk holds at most chunk bytes: it
// ends after the last line break of its second half, else after the last
// end of a sentence, else (not safe) after the last Unicode space, else
// after the last punctuation character, else at the last code point that
// fits.
func chunkEnd(text string, from int) (end int, safe bool) {
	if len(text)-from <= chunk {
		return len(text), true
	}
	lim := from + chunk
	lo := from + chunk/2
	if k := strings.LastIndexByte(text[lo:lim], '\n'); k >= 0 {
		return lo + k + 1, true
	}
	space, punct := -1, -1
	for k := lim; k > lo; {
		ch, size := utf8.DecodeLastRuneInString(text[lo:k])
		k -= size
		switch {
		case ch == ' ' && k > 0 && (text[k-1] == '.' || text[k-1] == '!' || text[k-1] == '?'):
			return k + 1, true
		case unicode.IsSpace(ch):
			if space < 0 {
				space = k + size
			}
		case punct < 0 && ch != utf8.RuneError && (unicode.IsPunct(ch) || unicode.IsSymbol(ch)):
			punct = k + size
		}
	}
	switch {
	case space >= 0:
		return space, false
	case punct >= 0:
		return punct, false
	}
	k := lim
	for k > lo && !utf8.RuneStart(text[k]) {
		k--
	}
	return k, false
}

// inNumberRun reports whether token i is inside a run of four or more
// numbers of one or two digits, each followed by the same punctuation
// character ("1-1-1-1", "1/1/1/1", "3, 4, 5, 6"), after the run's first
// number and with two more after it: no date starts there, and trying each
// would make such text slow.
func inNumberRun(toks []token, i int) bool {
	small := func(k int) bool {
		return k >= 0 && k < len(toks) && toks[k].kind == tNum && toks[k].nd <= 2
	}
	if !small(i) || i < 1 || toks[i-1].kind != tPunct {
		return false
	}
	ch := toks[i-1].ch
	sep := func(k int) bool {
		return k >= 0 && k < len(toks) && toks[k].kind == tPunct && toks[k].sp == 0 && toks[k].ch == ch
	}
	return sep(i-1) && small(i-2) && sep(i+1) && small(i+2) && sep(i+3) && small(i+4)
}

// trigger reports whether an expression may start at t.
func trigger(t *token) bool {
	switch t.kind {
	case tNum:
		return true
	case tPunct:
		return t.ch == '\''
	}
	for k := range t.ents {
		switch t.ents[k].role {
		case rOf, rAnd, rAt, rOn, rTo, rAgo, rFutureCue, rPastCue, rAmbiguous, rOrdSuffix, rAM, rPM, rZone,
			rDayPart, rNight, rLater, rFromNow, rUnit, rWeekend, rQuarter, rHalf:
			continue
		}
		return true
	}
	return false
}
