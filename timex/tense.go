package timex

import (
	"strings"

	"github.com/newsmodel/newsmodel/news"
)

// The tense of a clause, read from the words of timex.Language: besides
// the future and past cues themselves, an infinitive before a verb looks
// forward ("to be held on October 12", the headline "Markets to remain
// closed until Friday"), and a past participle after a copula ("be held",
// "remain closed") is no past tense, so that the words before it decide.

// wordIn reports whether token k is a word equal, ignoring case, to one of
// words.
func (p *parser) wordIn(k int, words []string) bool {
	if k < 0 || k >= len(p.toks) || p.toks[k].kind != tWord {
		return false
	}
	w := p.s[p.toks[k].b0:p.toks[k].b1]
	for _, x := range words {
		if strings.EqualFold(w, x) {
			return true
		}
	}
	return false
}

// infinitive reports whether token k is an infinitive marker before a verb:
// the next word is written in lower case, names nothing of the date
// grammar, and the word before is not one after which the marker is a
// preposition.
func (p *parser) infinitive(k int) bool {
	l := &p.c.lang
	if !p.wordIn(k, l.Infinitives) || k+1 >= len(p.toks) {
		return false
	}
	v := &p.toks[k+1]
	if v.kind != tWord || v.up || v.sp == 0 || len(v.ents) > 0 && !p.wordIn(k+1, l.Copulas) {
		return false
	}
	return !p.wordIn(k-1, l.NotInfinitives)
}

// afterCopula reports whether the word k follows a copula ("be held",
// "remain closed").
func (p *parser) afterCopula(k int) bool { return p.wordIn(k-1, p.c.lang.Copulas) }

// findDefault is the direction of an expression in running text whose
// clause has no tense cue: the Normalizer's when set with [WithDirection],
// else the nearest date.
func (p *parser) findDefault() news.Resolution {
	if p.n.dirSet {
		return p.n.dir
	}
	return news.Nearest
}
