package timex

import (
	"strings"

	"github.com/newsmodel/newsmodel/news"
)

// choose sets it.d from the latest matching date on or before the anchor
// and the first on or after it, as the direction says.
func (p *parser) choose(it *item, past, future news.Date) {
	switch {
	case past.IsZero():
		it.d, it.res = future, news.Future
	case future.IsZero():
		it.d, it.res = past, news.Past
	default:
		switch p.direction() {
		case news.Future:
			it.d, it.res = future, news.Future
			p.addAlt(it, past)
		case news.Nearest:
			it.res = news.Nearest
			ps, _ := past.Start()
			fs, _ := future.Start()
			if p.aday.Sub(ps) <= fs.Sub(p.aday) {
				it.d = past
				p.addAlt(it, future)
			} else {
				it.d = future
				p.addAlt(it, past)
			}
		default:
			it.d, it.res = past, news.Past
			p.addAlt(it, future)
		}
	}
}

// coversAnchor reports whether d contains the anchor's day.
func (p *parser) coversAnchor(d news.Date) bool {
	s, ok1 := d.Start()
	e, ok2 := d.End()
	return ok1 && ok2 && !p.aday.Before(s) && p.aday.Before(e)
}

// direction returns the direction for underspecified expressions: in
// running text, decided from the clause of the expression being read when
// first asked.
func (p *parser) direction() news.Resolution {
	if !p.dirKnown {
		p.dir, p.clauseSet = p.clauseDir(p.dirAt)
		p.dirKnown = true
	}
	return p.dir
}

// clauseDir decides the direction of an expression at token i from the
// words of its sentence: the nearest cue before it, else the first after it.
func (p *parser) clauseDir(i int) (news.Resolution, bool) {
	for k := i - 1; k >= 0 && i-k <= 12; k-- {
		if p.sentenceBreak(k) {
			break
		}
		if d := p.cue(k); d != "" {
			return d, true
		}
	}
	for k := i + 1; k < len(p.toks) && k-i <= 8; k++ {
		if p.sentenceBreak(k) {
			break
		}
		if d := p.cue(k); d != "" {
			return d, true
		}
	}
	if p.find {
		return p.findDefault(), false
	}
	return p.n.dir, false
}

func (p *parser) sentenceBreak(k int) bool {
	t := &p.toks[k]
	if t.sp == 2 {
		return true
	}
	if t.kind != tPunct {
		return false
	}
	if t.ch == '.' && t.sp == 0 && k > 0 && p.toks[k-1].kind == tWord {
		// The period of an abbreviation ("Feb.", "p.m.") ends no sentence.
		w := &p.toks[k-1]
		if w.b1-w.b0 == 1 {
			return false
		}
		for _, e := range w.ents {
			if e.abbr {
				return false
			}
		}
	}
	return t.ch == '.' || t.ch == '!' || t.ch == '?' || t.ch == ';'
}

// cue returns the direction a word marks, or "".
func (p *parser) cue(k int) news.Resolution {
	t := &p.toks[k]
	if t.kind != tWord {
		return ""
	}
	if p.has(k, rFutureCue) > 0 || p.infinitive(k) {
		return news.Future
	}
	if p.has(k, rPastCue) > 0 {
		if p.afterCopula(k) {
			return ""
		}
		return news.Past
	}
	if len(t.ents) == 0 && t.b1-t.b0 > 4 {
		w := p.s[t.b0:t.b1]
		for _, suf := range p.c.pastSuffixes {
			if len(w) > len(suf) && strings.EqualFold(w[len(w)-len(suf):], suf) {
				if p.afterCopula(k) {
					return ""
				}
				return news.Past
			}
		}
	}
	return ""
}
