package timex

import (
	"strings"
	"time"
	"unicode/utf8"

	"github.com/newsmodel/newsmodel/news"
)

// chunk is how much text FindDates tokenizes at a time; a chunk ends at a
// line break, or else at a space after a sentence, so that no expression is
// cut.
const chunk = 8 << 10

// FindDates returns every date expression of text, left to right: the
// longest at each place, none overlapping, each with its span in code points
// (Text set), its Date or Duration and its text. Relative expressions
// resolve against anchor; where the direction is open ("on Monday") the
// clause decides it when it can ("will meet on Monday" looks forward, "met
// on Monday" back), else the Normalizer's default direction.
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
	out := make([]Found, 0, len(text)/256+4)
	var toks []token
	from := 0
	r := int32(0)
	for from < len(text) {
		to := chunkEnd(text, from)
		toks = tokenize(toks[:0], text, from, to, r, n.c)
		r += int32(utf8.RuneCountInString(text[from:to]))
		p.toks = toks
		for i := 0; i < len(toks); {
			if !trigger(&toks[i]) {
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
		}
		from = to
	}
	return out
}

// chunkEnd returns where the chunk that starts at from ends.
func chunkEnd(text string, from int) int {
	if len(text)-from <= chunk {
		return len(text)
	}
	lim := from + chunk
	if k := strings.LastIndexByte(text[from:lim], '\n'); k > chunk/4 {
		return from + k + 1
	}
	for k := lim; k < len(text) && k < lim+chunk; k++ {
		if text[k] == ' ' && k > 0 && (text[k-1] == '.' || text[k-1] == '!' || text[k-1] == '?') {
			return k + 1
		}
	}
	for k := lim; k < len(text); k++ {
		if text[k] == ' ' || text[k] == '\n' {
			return k + 1
		}
	}
	return len(text)
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
