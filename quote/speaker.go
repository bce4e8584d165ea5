package quote

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsmodel/newsmodel/entity"
)

// np is a noun phrase that names a speaker: tokens [from, to) of the
// paragraph, and the entity it resolves to (-1 if none).
type np struct {
	from, to int
	ent      int
}

func (f *finder) word(t tok) string {
	if t.low != "" || t.kind != tWord {
		return t.low
	}
	return lowerWord(f.text, t)
}

func (f *finder) isWord(ts []tok, i int, w string) bool {
	return i >= 0 && i < len(ts) && ts[i].kind == tWord && f.word(ts[i]) == w
}

func (f *finder) isPunct(ts []tok, i int, c byte) bool {
	return i >= 0 && i < len(ts) && ts[i].kind == tPunct && f.text[ts[i].s] == c
}

var preps = set("of for at in from with on")

// nounAt reports whether token i is a human or organisation noun.
func (f *finder) nounAt(ts []tok, i int) bool {
	if i < 0 || i >= len(ts) || ts[i].kind != tWord {
		return false
	}
	return isNoun(baseWord(f.word(ts[i])))
}

// isNoun reports whether w, or its singular, is a human or organisation
// noun.
func isNoun(w string) bool {
	if _, h := humanNouns[w]; h || orgNouns[w] {
		return true
	}
	if s, ok := strings.CutSuffix(w, "s"); ok && !strings.HasSuffix(s, "s") {
		if _, h := humanNouns[s]; h || orgNouns[s] {
			return true
		}
	}
	return false
}

// nounGender is the gender a human noun implies, 'p' for a plural one.
func nounGender(w string) (byte, bool) {
	if g, ok := humanNouns[w]; ok {
		return g, true
	}
	if s, ok := strings.CutSuffix(w, "s"); ok {
		if _, h := humanNouns[s]; h {
			return 'p', true
		}
	}
	return 0, false
}

// speakerBefore finds the speaker of a cue at token v: the noun phrase
// that ends before it, skipping adverbs ("also said"), a relative pronoun
// ("her son, Daniel Marsh, who said") and commas around a parenthesis
// ("Harlow, who cast one of the votes, said"), whose setting and audience
// it notes. It looks no further back than lo.
func (f *finder) speakerBefore(ts []tok, lo, v int, a *attrib) (np, bool) {
	j := v - 1
	for j >= lo && ts[j].kind == tWord && adverbs[f.word(ts[j])] {
		j--
	}
	if j-1 >= lo && (f.isWord(ts, j, "who") || f.isWord(ts, j, "which")) && f.isPunct(ts, j-1, ',') {
		j -= 2 // "Daniel Marsh, who said", "the association, which had called"
	} else if j >= lo && f.isPunct(ts, j, ',') {
		// An apposition that names the speaker: "The union's general
		// secretary, Mick Rowley, said".
		k := j - 1
		for k >= lo && !f.isPunct(ts, k, ',') && ts[k].kind != tOpen && ts[k].kind != tClose && !isStop(f.text, ts[k]) {
			k--
		}
		if k >= lo && f.isPunct(ts, k, ',') {
			cp := f.checkpoint()
			if p, ok := f.npEndingAt(ts, k+1, j-1); ok && p.from == k+1 && p.ent >= 0 && f.ents[p.ent].kind != entity.Place && !f.ents[p.ent].unnamed {
				return p, true
			}
			f.rollback(cp)
		}
		// The subject that opens the clause, set off by a comma: "Lydia
		// Park, who runs a day care, said", "An agency official, speaking
		// on condition of anonymity, said".
		cp := f.checkpoint()
		if p, ok := f.speakerAfter(ts, lo, j); ok && p.to < j && f.isPunct(ts, p.to, ',') && p.ent >= 0 {
			f.adjuncts(ts, p.to, j, a)
			return p, true
		}
		f.rollback(cp)
		for range 3 {
			if j < lo || !f.isPunct(ts, j, ',') {
				break
			}
			k := j - 1
			for k >= lo && !f.isPunct(ts, k, ',') && ts[k].kind != tOpen && ts[k].kind != tClose && !isStop(f.text, ts[k]) {
				k--
			}
			if k < lo || !f.isPunct(ts, k, ',') || j-k > 40 {
				break
			}
			f.adjuncts(ts, k+1, j, a)
			j = k - 1
		}
	}
	if j < lo {
		return np{}, false
	}
	return f.npEndingAt(ts, lo, j)
}

func isStop(text string, t tok) bool {
	if t.kind != tPunct {
		return false
	}
	c := text[t.s]
	return c == '.' || c == '!' || c == '?' || c == ';' || c == ':'
}

// npEndingAt parses backwards the speaker noun phrase whose last token is
// j, not before lo.
func (f *finder) npEndingAt(ts []tok, lo, j int) (np, bool) {
	if j < lo || j >= len(ts) || ts[j].kind != tWord {
		return np{}, false
	}
	t := ts[j]
	w := f.word(t)
	var p np
	switch {
	case t.ment > 0:
		m := f.ments[t.ment-1]
		p = np{from: mentionStart(ts, j, lo), to: j + 1, ent: m.ent}
		if f.ents[m.ent].kind == entity.Place || f.ents[m.ent].kind == entity.Organization {
			if q, ok := f.extendOver(ts, lo, p); ok {
				return q, true
			}
		}
		// Titles before the name ("special envoy Steve Witkoff").
		f.titlesBefore(ts, lo, p.from, m.ent)
		return p, true
	case thirdPronouns[w]:
		return np{from: j, to: j + 1, ent: f.pronoun(w, t.s, -1)}, true
	case w == "i" || w == "we" || w == "you":
		return np{from: j, to: j + 1, ent: -2}, true
	}
	if f.nounAt(ts, j) {
		p = np{from: f.modifiersBefore(ts, lo, j), to: j + 1, ent: -1}
		if q, ok := f.extendOver(ts, lo, p); ok {
			p = q
		}
		p.ent = f.describe(ts, p)
		return p, true
	}
	if t.upper && !determiners[w] && !preps[w] {
		// A name the caller did not give.
		k := j
		for k > lo && ts[k-1].kind == tWord && (ts[k-1].upper || particles[f.word(ts[k-1])]) && ts[k-1].ment == 0 && !functionWord(f.word(ts[k-1])) {
			k--
		}
		if functionWord(w) {
			return np{}, false
		}
		p = np{from: k, to: j + 1, ent: -1}
		if q, ok := f.extendOver(ts, lo, p); ok {
			return q, true
		}
		return f.nameNP(ts, p, lo)
	}
	// "a spokeswoman for the operator", "the chamber of commerce": a
	// lower-case tail after a preposition.
	if q, ok := f.extendOver(ts, lo, np{from: j, to: j + 1, ent: -1}); ok {
		return q, true
	}
	return np{}, false
}

// functionWords start sentences in capitals but never names: "But Jones
// said", "However, …".
var functionWords = set("but and or so yet however meanwhile still also then although though because if when while after before since until as asked speaking in on at for from with by of to into under over about against during without within among between through amid despite instead later earlier now today yesterday here there this that these those")

func functionWord(w string) bool {
	return functionWords[w] || thirdPronouns[w] || determiners[w]
}

var particles = set("de van von der den bin al la le du da di del dos das ibn ben")

// extendOver grows p leftwards over a preposition to the human or
// organisation noun before it: "residents of Cedar Falls", "a cousin of
// one of the victims", "a spokeswoman for the ministry".
func (f *finder) extendOver(ts []tok, lo int, p np) (np, bool) {
	grown := false
	for range 3 {
		k := p.from - 1
		// Walk back over determiners, quantifiers and a few lower-case
		// modifiers to a preposition: "in the city centre".
		for n := 0; k >= lo && ts[k].kind == tWord && !preps[f.word(ts[k])] && n < 4; n++ {
			w := f.word(ts[k])
			if !determiners[w] && w != "of" && (ts[k].upper || ts[k].ment > 0 || f.isVerbForm(w)) {
				break
			}
			k--
		}
		if k < lo || ts[k].kind != tWord || !preps[f.word(ts[k])] {
			break
		}
		if k-1 >= lo && ts[k-1].ment > 0 && f.ents[f.ments[ts[k-1].ment-1].ent].kind == entity.Person {
			// "Uwe Brandt of the Free Voters"
			e := f.ments[ts[k-1].ment-1].ent
			return np{from: mentionStart(ts, k-1, lo), to: p.to, ent: e}, true
		}
		h := -1
		for m := k - 1; m >= lo && m >= k-4; m-- {
			if ts[m].kind != tWord {
				break
			}
			if f.nounAt(ts, m) {
				h = m
				break
			}
			if w := f.word(ts[m]); !determiners[w] && w != "of" {
				break
			}
		}
		if h < 0 {
			break
		}
		p = np{from: f.modifiersBefore(ts, lo, h), to: p.to, ent: -1}
		grown = true
	}
	if !grown {
		return p, false
	}
	p.ent = f.describe(ts, p)
	return p, true
}

// modifiersBefore walks back from the head noun at h over the words that
// modify it ("a senior Kremlin", "the union’s general") to the determiner
// that opens the phrase.
func (f *finder) modifiersBefore(ts []tok, lo, h int) int {
	k := h
	for n := 0; n < 5 && k > lo; n++ {
		t := ts[k-1]
		if t.kind != tWord {
			break
		}
		w := f.word(t)
		if determiners[w] {
			k--
			break
		}
		if preps[w] || relatives[w] || adverbs[w] || thirdPronouns[w] || w == "and" || w == "or" || w == "but" || w == "to" {
			break
		}
		if f.isVerbForm(w) && !t.upper {
			break
		}
		k--
	}
	return k
}

// isVerbForm reports whether w is an inflected form of a reporting verb
// ("said", "warns"), which no noun phrase holds; a bare lemma ("state",
// "report") may be a noun.
func (f *finder) isVerbForm(w string) bool {
	v, ok := reportingVerbs[w]
	return ok && v.lemma != w
}

// describe resolves a description to an entity: a title the story gave
// someone ("the envoy", "her son"), a generic name for the organisation
// last mentioned ("the company"), an organisation the caller named ("the
// agency" → "European Space Agency"), or else a new unnamed entity.
func (f *finder) describe(ts []tok, p np) int {
	// The head is the last noun before any preposition: "cousin" of "a
	// cousin of one of the victims".
	end := p.to
	for k := p.from + 1; k < p.to; k++ {
		if ts[k].kind == tWord && preps[f.word(ts[k])] {
			end = k
			break
		}
	}
	head := -1
	for k := end - 1; k >= p.from; k-- {
		if f.nounAt(ts, k) {
			head = k
			break
		}
	}
	if head < 0 {
		return -1
	}
	hw := baseWord(f.word(ts[head]))
	det := ""
	if ts[p.from].kind == tWord && determiners[f.word(ts[p.from])] {
		det = f.word(ts[p.from])
	}
	definite := det == "the" || det == "his" || det == "her" || det == "their" || det == "its" || det == "our" || det == "my" || det == "your"
	if p.from == head-1 && definite || p.from == head && det == "" && !ts[head].upper {
		if i, ok := f.titles[hw]; ok {
			return i
		}
	}
	if definite && p.from == head-1 {
		if _, human := nounGender(hw); !human {
			if i := f.orgNamed(hw, ts[p.from].s); i >= 0 {
				return i
			}
		}
	}
	// A new description: its words without the determiner.
	from := p.from
	if det != "" {
		from++
	}
	if from >= p.to {
		return -1
	}
	name := f.text[ts[from].s:ts[p.to-1].e]
	kind := entity.Person
	g, human := nounGender(hw)
	if !human {
		kind = entity.Organization
		g = 'p'
	}
	r, w := utf8.DecodeRuneInString(name)
	if unicode.IsUpper(r) && from == 0 || unicode.IsUpper(r) && from > 0 && ts[from-1].kind == tPunct {
		if !(w < len(name) && unicode.IsUpper(rune(name[w]))) {
			name = string(unicode.ToLower(r)) + name[w:]
		}
	}
	i := f.create(name, kind, true, g)
	if _, ok := f.titles[hw]; !ok || f.ents[f.titles[hw]].created {
		f.titles[hw] = i
	}
	f.extra = append(f.extra, mention{at: span{ts[p.from].s, ts[p.to-1].e}, ent: i})
	return i
}

var genericOrgs = set("company firm group operator carrier airline bank club team chipmaker automaker retailer maker insurer lender publisher network broadcaster newspaper paper")

// orgNamed finds the organisation that "the " + noun means: the latest one
// mentioned whose name holds the noun, or for a generic noun ("the
// company") the latest organisation mentioned before at.
func (f *finder) orgNamed(noun string, at int) int {
	k := sort.Search(len(f.ments), func(i int) bool { return f.ments[i].at.s >= at })
	generic := genericOrgs[noun]
	for i := k - 1; i >= 0 && i >= k-200; i-- {
		e := f.ments[i].ent
		if f.ents[e].kind != entity.Organization {
			continue
		}
		if generic || containsWord(f.ents[e].lname, noun) {
			return e
		}
	}
	for i, e := range f.ents[:len(f.given)] {
		if e.kind == entity.Organization && containsWord(e.lname, noun) {
			return i
		}
	}
	return -1
}

func containsWord(s, w string) bool {
	for i := 0; i+len(w) <= len(s); {
		k := strings.Index(s[i:], w)
		if k < 0 {
			return false
		}
		at := i + k
		if wholeWord(s, at, at+len(w)) {
			return true
		}
		i = at + 1
	}
	return false
}

// nameNP turns capitalised words the caller's entities do not hold into
// a named entity, unless they are one word at the start of a sentence.
func (f *finder) nameNP(ts []tok, p np, lo int) (np, bool) {
	// Drop title words before the name ("Mayor", "Dr").
	for p.from < p.to-1 && (titleWords[strings.TrimSuffix(f.word(ts[p.from]), ".")] || f.nounAt(ts, p.from)) {
		p.from++
	}
	if p.to-p.from == 1 && (p.from == lo || p.from > 0 && ts[p.from-1].kind != tWord) {
		w := f.word(ts[p.from])
		if _, ok := reportingVerbs[w]; ok || determiners[w] || clauseStarts[w] {
			return np{}, false
		}
	}
	// "The White House", "the Pentagon": a name after "the" is no person.
	the := f.isWord(ts, p.from, "the") || f.isWord(ts, p.from-1, "the")
	if f.isWord(ts, p.from, "the") {
		p.from++
		if p.from >= p.to {
			return np{}, false
		}
	}
	name := f.text[ts[p.from].s:ts[p.to-1].e]
	name = strings.TrimSuffix(strings.TrimSuffix(name, "’s"), "'s")
	kind := entity.Person
	if the || orgTails[strings.ToLower(lastField(name))] {
		kind = entity.Organization
	}
	g := byte(0)
	if kind == entity.Person {
		g = nameGender(name)
	}
	p.ent = f.create(name, kind, false, g)
	f.extra = append(f.extra, mention{at: span{ts[p.from].s, ts[p.to-1].e}, ent: p.ent})
	return p, true
}

func lastField(s string) string {
	fs := strings.Fields(s)
	if len(fs) == 0 {
		return ""
	}
	return fs[len(fs)-1]
}

// titlesBefore notes the title that stands before a name ("special envoy
// Steve Witkoff", "Mayor Tom Reyes"), so that "the envoy" finds him later.
func (f *finder) titlesBefore(ts []tok, lo, from, e int) {
	if f.ents[e].kind != entity.Person {
		return
	}
	k := from - 1
	if k >= lo && f.nounAt(ts, k) {
		f.titles[baseWord(f.word(ts[k]))] = e
	}
}

// titleish reports whether token k may stand before a name as part of a
// title or description: a capitalised word, a human or organisation
// noun, an honorific, a determiner, a possessive, or a word before one of
// those ("planetary scientist").
func (f *finder) titleish(ts []tok, k, hi int) bool {
	if k >= hi || ts[k].kind != tWord {
		return false
	}
	w := f.word(ts[k])
	if ts[k].upper || f.nounAt(ts, k) || titleWords[strings.TrimSuffix(w, ".")] || determiners[w] || strings.HasSuffix(w, "’s") || strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "s’") {
		return !preps[w] && !relatives[w] && !thirdPronouns[w] && !f.isVerbForm(w)
	}
	return k+1 < hi && f.nounAt(ts, k+1) && !preps[w] && !f.isVerbForm(w) && !relatives[w] && w != "and" && w != "but" && w != "to"
}

// speakerAfter parses the speaker that starts at token i, before hi: after
// an inverted cue ("said Brennan", "said planetary scientist Ruth Okonkwo",
// "according to a Kremlin spokesperson"), or opening a clause.
func (f *finder) speakerAfter(ts []tok, i, hi int) (np, bool) {
	if i >= hi || ts[i].kind != tWord {
		return np{}, false
	}
	w := f.word(ts[i])
	if thirdPronouns[w] {
		return np{from: i, to: i + 1, ent: f.pronoun(w, ts[i].s, -1)}, true
	}
	// A name the caller gave, after a title.
	for k := i; k < hi && k < i+5; k++ {
		if ts[k].ment > 0 {
			e := f.ments[ts[k].ment-1].ent
			if k > i {
				f.titlesBefore(ts, i, k, e)
			}
			return np{from: i, to: mentionEnd(ts, k, hi), ent: e}, true
		}
		if !f.titleish(ts, k, hi) {
			break
		}
	}
	// A name the caller did not give, after a title.
	s := i
	for s < hi && s < i+4 && f.titleish(ts, s, hi) && !ts[s].upper {
		s++
	}
	if s < hi && ts[s].kind == tWord && ts[s].upper && !determiners[f.word(ts[s])] && !functionWord(f.word(ts[s])) {
		e := s
		for e < hi && ts[e].kind == tWord && (ts[e].upper || particles[f.word(ts[e])] && e+1 < hi && ts[e+1].upper) && ts[e].ment == 0 {
			e++
		}
		if !f.nounAt(ts, e-1) || e-s > 1 && ts[e-1].upper {
			if p, ok := f.nameNP(ts, np{from: s, to: e}, i); ok {
				p.from = i
				return p, true
			}
		}
	}
	// A description: determiner, modifiers, head noun, and what follows it
	// ("a spokeswoman for the operator").
	h := -1
	for m := i; m < hi && m < i+6; m++ {
		if ts[m].kind != tWord {
			break
		}
		if f.nounAt(ts, m) && !(m+1 < hi && f.nounAt(ts, m+1)) {
			h = m
			break
		}
	}
	if h < 0 || !(h <= i+1 || determiners[w] || ts[i].upper) {
		return np{}, false
	}
	end := h + 1
	if end+1 < hi && ts[end].kind == tWord && preps[f.word(ts[end])] && f.word(ts[end]) != "on" && f.word(ts[end]) != "with" {
		// What follows the head: "for the operator", "of one of the
		// victims", "in the city centre"; not a verb or a time.
		m := end + 1
		for m < hi && ts[m].kind == tWord && m < end+6 {
			w := f.word(ts[m])
			if adverbs[w] || f.isVerbForm(w) || relatives[w] || tailStarts[w] && w != "of" && w != "for" && w != "in" || (strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing")) && !ts[m].upper && !isNoun(w) {
				break
			}
			m++
		}
		for m > end+1 && ts[m-1].kind == tWord && (determiners[f.word(ts[m-1])] || preps[f.word(ts[m-1])]) {
			m--
		}
		end = m
	}
	p := np{from: i, to: end, ent: -1}
	p.ent = f.describe(ts, p)
	return p, p.ent >= 0
}

// pronoun resolves a third-person pronoun at byte offset at to the entity
// it most likely means: the speaker of the latest quote, if the pronoun
// fits, unless a person whose gender is known to fit was named since and
// the speaker's is not; else the latest fitting entity named before.
// exclude is an entity the pronoun cannot mean (the speaker of the quote
// it stands in).
func (f *finder) pronoun(w string, at int, exclude int) int {
	want := pronounGender[w]
	fits := func(i int, strict bool) bool {
		if i < 0 || i == exclude || i == f.exclude {
			return false
		}
		e := f.ents[i]
		switch w {
		case "he", "she":
			if e.kind != entity.Person || e.gender == 'p' {
				return false
			}
			if strict {
				return e.gender == want
			}
			return e.gender == 0 || e.gender == want
		case "they":
			return e.kind == entity.Organization || e.gender == 'p'
		case "it":
			return e.kind == entity.Organization && e.gender != 'p' || e.kind == entity.Other
		}
		return false
	}
	// The latest entity named before at that fits, outside quotations.
	recent := -1
	recentAt := -1
	k := sort.Search(len(f.ments), func(i int) bool { return f.ments[i].at.s >= at })
	window := at - 3000
	for i := k - 1; i >= 0 && f.ments[i].at.s > window; i-- {
		if !f.ments[i].inq && fits(f.ments[i].ent, false) {
			recent, recentAt = f.ments[i].ent, f.ments[i].at.s
			break
		}
	}
	for i := len(f.extra) - 1; i >= 0 && i >= len(f.extra)-50; i-- {
		m := f.extra[i]
		if m.at.s < at && m.at.s > recentAt && m.at.s > window && fits(m.ent, false) {
			recent, recentAt = m.ent, m.at.s
			break
		}
	}
	choice := -1
	if recent >= 0 && recentAt >= f.sentStart && (want == 0 || fits(recent, true) || f.lastSpk < 0 || !fits(f.lastSpk, true)) {
		// A fitting name earlier in the same sentence: "Louise Hale told
		// MPs … what she called …".
		choice = recent
	} else if f.lastSpk >= 0 && f.lastQ != nil && at-f.lastQ.at.e < 3000 && fits(f.lastSpk, false) {
		choice = f.lastSpk
		if recent >= 0 && recent != choice && want != 0 && fits(recent, true) && !fits(choice, true) && recentAt > f.lastQ.at.s {
			choice = recent
		}
	} else {
		choice = recent
	}
	if choice >= 0 && want != 0 && f.ents[choice].gender == 0 {
		f.ents[choice].gender = want
	}
	return choice
}
