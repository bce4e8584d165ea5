package article

import (
	"slices"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/newsmodel/newsmodel/entity"
	"github.com/newsmodel/newsmodel/news"
	"github.com/newsmodel/newsmodel/timex"
)

// finder holds the state of one FindEvents call.
type finder struct {
	body      string
	lx        *lexicon
	dates     *dateReaders
	ents      []entity.Entity
	published news.Date
	pubDay    news.Date // published at day precision or coarser
	before    news.Date // ../pubDay
	anchor    time.Time

	toks   []token
	ments  []mention
	founds []timex.Found
	cands  []cand
	rels   []pendingRel
	buf    []byte
}

// token is a word or a punctuation mark of the body.
type token struct {
	b0, b1 int // bytes
	c0, c1 int // code points
	punct  rune
	e      *lexEntry
	low    string // lowercase form for lexicon words, else ""
	lc     string // lowercase text, filled on first use by finder.lower
	upper  bool   // starts with a capital
	poss   bool   // ends in 's
	neg    bool   // ends in n't
	num    bool
}

func (t *token) flags() wordFlags {
	if t.e == nil {
		return 0
	}
	return t.e.flags
}

func (t *token) is(f wordFlags) bool { return t.e != nil && t.e.flags&f != 0 }

// mention is an entity mention in code points.
type mention struct {
	c0, c1 int
	ent    int
}

// clause is a run of tokens of one sentence.
type clause struct {
	t0, t1  int
	sub     relCue // relation of the subordinator that starts it
	later   bool   // holds "later", "then": after the event before it
	report  bool   // holds a verb of attribution
	initial bool   // first clause of its sentence
	head    int    // head token, or -1
	noun    bool   // the head is a noun
	inf     bool   // the head is an infinitive
	lemma   string
	headEnd int // token just past the head (two-word heads)
	cls     verbClass
	state   bool
	event   int // index into cands, or -1
	dateEnd int // tokens from here on (a joined relative or coordinate clause) date no event of this clause
}

// cand is an event under construction.
type cand struct {
	ev       news.Event
	lemma    string
	definite bool
	agent    int // entity index or -1
	para     int
	into     int  // index of the candidate it was merged into, or -1
	undated  bool // When is the before-publication default
	inf      bool // the head is an infinitive or gerund: never merged
}

type pendingRel struct {
	from, to int
	typ      news.RelationType
}

type tense uint8

const (
	tUnknown tense = iota
	tPast
	tPresent
	tPlanned
	tHypo
)

func (f *finder) run() []news.Event {
	f.mentions()
	if len(f.body) > 0 {
		f.founds = f.dates.past.FindDates(f.body, f.anchor)
	}
	sents := splitSentences(f.body, make([][2]int, 0, len(f.body)/120+1))
	bytePos, cpPos, para := 0, 0, 0
	mi, fi := 0, 0
	var clauses []clause
	for si, s := range sents {
		gap := f.body[bytePos:s[0]]
		if si > 0 && strings.Contains(gap, "\n") {
			para++
		}
		cpPos += utf8.RuneCountInString(gap)
		f.toks = f.tokenize(f.toks[:0], s[0], s[1], cpPos)
		cpPos += utf8.RuneCountInString(f.body[s[0]:s[1]])
		bytePos = s[1]
		if len(f.toks) == 0 {
			continue
		}
		clauses = f.clauses(clauses[:0])
		var sentTense tense
		for ci := range clauses {
			c := &clauses[ci]
			if c.head < 0 {
				continue
			}
			t := f.tenseOf(c, clauses, sentTense)
			if sentTense == tUnknown && !c.noun {
				sentTense = t
			}
			c0, c1 := f.toks[c.t0].c0, f.toks[c.t1-1].c1
			for mi < len(f.ments) && f.ments[mi].c0 < c0 {
				mi++
			}
			for fi < len(f.founds) && f.founds[fi].Span.Start < c0 {
				fi++
			}
			c.event = f.build(c, t, para, mi, fi, c1)
		}
		f.relate(clauses)
	}
	return f.finish()
}

// mentions collects the body mentions of every entity, in order, without
// mentions that lie inside a longer mention of another entity.
func (f *finder) mentions() {
	n := utf8.RuneCountInString(f.body)
	for i, e := range f.ents {
		for _, m := range e.Mentions {
			if m.Field != "" && m.Field != "/body" || m.Start < 0 || m.End > n || m.End <= m.Start {
				continue
			}
			f.ments = append(f.ments, mention{m.Start, m.End, i})
		}
	}
	slices.SortFunc(f.ments, func(a, b mention) int {
		if a.c0 != b.c0 {
			return a.c0 - b.c0
		}
		return b.c1 - a.c1
	})
	out := f.ments[:0]
	end := -1
	for _, m := range f.ments {
		if m.c1 <= end {
			continue // inside the previous, longer mention
		}
		out = append(out, m)
		end = max(end, m.c1)
	}
	f.ments = out
}

// tokenize appends the tokens of body[from:to], whose first code point is
// at cp.
func (f *finder) tokenize(dst []token, from, to, cp int) []token {
	s := f.body
	for i := from; i < to; {
		r, n := utf8.DecodeRuneInString(s[i:])
		if unicode.IsSpace(r) {
			i += n
			cp++
			continue
		}
		if !isWordRune(r) {
			dst = append(dst, token{b0: i, b1: i + n, c0: cp, c1: cp + 1, punct: r})
			i += n
			cp++
			continue
		}
		j, cj := i+n, cp+1
		for j < to {
			r2, n2 := utf8.DecodeRuneInString(s[j:])
			if isWordRune(r2) {
				j, cj = j+n2, cj+1
				continue
			}
			if j+n2 < to {
				r3, _ := utf8.DecodeRuneInString(s[j+n2:])
				prev, _ := utf8.DecodeLastRuneInString(s[i:j])
				join := false
				switch r2 {
				case '\'', '’', '-', '‐':
					join = unicode.IsLetter(r3) || unicode.IsDigit(r3)
				case '.':
					join = unicode.IsLetter(r3) && unicode.IsLetter(prev) && (j-i == 1 || strings.Contains(s[i:j], "."))
				case ':', ',':
					join = unicode.IsDigit(r3) && unicode.IsDigit(prev)
				}
				if join {
					j, cj = j+n2, cj+1
					continue
				}
			}
			break
		}
		dst = append(dst, f.word(i, j, cp, cj))
		i, cp = j, cj
	}
	return dst
}

func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

// word makes the token of the word body[b0:b1] and looks it up.
func (f *finder) word(b0, b1, c0, c1 int) token {
	t := token{b0: b0, b1: b1, c0: c0, c1: c1}
	w := f.body[b0:b1]
	r, _ := utf8.DecodeRuneInString(w)
	t.upper = unicode.IsUpper(r)
	t.num = unicode.IsDigit(r)
	for _, suf := range [...]string{"'s", "’s"} {
		if len(w) > len(suf) && strings.HasSuffix(w, suf) {
			t.poss = true
			w = w[:len(w)-len(suf)]
		}
	}
	for _, suf := range [...]string{"n't", "n’t"} {
		if len(w) > len(suf) && strings.HasSuffix(w, suf) {
			t.neg = true
			w = w[:len(w)-len(suf)]
		}
	}
	f.buf = f.buf[:0]
	for k := 0; k < len(w); k++ {
		c := w[k]
		if c >= utf8.RuneSelf {
			if c == 0xE2 && strings.HasPrefix(w[k:], "’") {
				f.buf = append(f.buf, '\'')
				k += 2
				continue
			}
			return t
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		f.buf = append(f.buf, c)
	}
	if e, ok := f.lx.words[string(f.buf)]; ok {
		t.e = e
		t.low = e.lemma
		if t.low == "" {
			t.low = e.form
		}
	} else if f.lx.first[string(f.buf)] || f.lx.phrasal[string(f.buf)] != nil {
		t.low = string(f.buf)
	}
	if t.neg && t.e == nil {
		t.e = f.lx.words["not"]
	}
	return t
}

// lower returns the lowercase text of a word token, for the rare checks
// that need the form itself.
func (f *finder) lower(t *token) string {
	if t.lc == "" {
		t.lc = strings.ToLower(f.body[t.b0:t.b1])
	}
	return t.lc
}

// prevWord returns the index of the word before k in the clause, skipping
// adverbs, or -1.
func (f *finder) prevWord(k, t0 int) int {
	for j := k - 1; j >= t0; j-- {
		t := &f.toks[j]
		if t.punct != 0 {
			return -1
		}
		if f.adverb(t) {
			continue
		}
		return j
	}
	return -1
}

// adverb reports whether t is an adverb that may stand inside a verb group.
func (f *finder) adverb(t *token) bool {
	if t.punct != 0 || t.e != nil && t.e.flags&(wLater) == 0 {
		return false
	}
	w := f.body[t.b0:t.b1]
	if len(w) > 4 && strings.HasSuffix(w, "ly") && !t.upper {
		return true
	}
	switch strings.ToLower(w) {
	case "also", "then", "just", "already", "still", "now", "again", "first", "only", "since", "soon", "later", "ever", "even":
		return true
	}
	return false
}

// clauses cuts the sentence in f.toks into clauses and finds their heads.
func (f *finder) clauses(dst []clause) []clause {
	toks := f.toks
	n := len(toks)
	starts := []int{0}
	initialSub := toks[0].is(wSubord) && toks[0].e.rel != relNone || toks[0].is(wSubord) && f.lower(&toks[0]) != "if"
	reportSeen := -10
	for k := 1; k < n; k++ {
		t, p := &toks[k], &toks[k-1]
		last := starts[len(starts)-1]
		switch {
		case t.punct == ';' || t.punct == ':' || t.punct == '—' || t.punct == '–':
			if k+1 < n {
				starts = append(starts, k+1)
			}
		case t.punct == ',' && initialSub && len(starts) == 1 && k-last > 2:
			if k+1 < n {
				starts = append(starts, k+1)
			}
			initialSub = false
		case t.punct != 0:
		case p.punct == ',' && t.is(wCoord|wSubord|wRel) && k-last > 1:
			starts = append(starts, k)
		case t.is(wSubord) && k-last > 1 && !p.is(wPrep|wDet):
			starts = append(starts, k)
		case t.is(wRel) && k-last > 1:
			starts = append(starts, k)
		case t.is(wCoord) && k-last > 1 && f.verbAhead(k+1):
			starts = append(starts, k)
		case f.lower(t) == "that" && k-last > 1 && (k-reportSeen <= 4 || f.verbAhead(k+1)):
			starts = append(starts, k)
		}
		if t.is(wReport) {
			reportSeen = k
		}
	}
	starts = append(starts, n)
	first := len(dst)
	for i := 0; i+1 < len(starts); i++ {
		c := clause{t0: starts[i], t1: starts[i+1], head: -1, event: -1, initial: i == 0, dateEnd: -1}
		for c.t1 > c.t0 && toks[c.t1-1].punct != 0 && !isQuote(toks[c.t1-1].punct) {
			c.t1--
		}
		for c.t0 < c.t1 && toks[c.t0].punct != 0 && !isQuote(toks[c.t0].punct) {
			c.t0++
		}
		if c.t0 >= c.t1 {
			continue
		}
		f.analyse(&c)
		dst = append(dst, c)
	}
	// A clause without a cue joins its neighbour, unless it only
	// attributes words.
	out := dst[:first]
	pending := -1
	for _, c := range dst[first:] {
		if c.head < 0 {
			if c.report {
				pending = -1
				continue
			}
			if len(out) > first {
				prev := &out[len(out)-1]
				if prev.dateEnd < 0 && (toks[c.t0].is(wRel|wCoord) || f.lower(&toks[c.t0]) == "that") {
					prev.dateEnd = c.t0
				}
				prev.t1 = c.t1
				continue
			}
			if pending < 0 {
				pending = c.t0
			}
			continue
		}
		if pending >= 0 {
			c.t0 = pending
			pending = -1
			c.initial = true
		}
		out = append(out, c)
	}
	for i := first; i < len(out); i++ {
		f.trimAttribution(&out[i])
	}
	return out
}

// finiteReport reports whether a verb of attribution is in a finite form
// (said, tells), not "according" or "saying".
func (f *finder) finiteReport(t *token) bool {
	w := f.lower(t)
	return w != "according" && !strings.HasSuffix(w, "ing") && w != "to"
}

func isQuote(r rune) bool { return strings.ContainsRune("\"“”‘’'«»", r) }

// verbAhead reports whether a verb starts within two words of k.
func (f *finder) verbAhead(k int) bool {
	for j := k; j < len(f.toks) && j < k+3; j++ {
		t := &f.toks[j]
		if t.punct != 0 {
			return false
		}
		if f.adverb(t) {
			continue
		}
		if t.is(wVerbPast|wVerbS|wPast|wWill|wWould|wMaybe|wMust|wHave|wDo|wReport|wPron|wPlan) || t.is(wBe) && f.lower(t) != "'s" {
			return true
		}
		if t.is(wVerbBase) && !t.is(wNoun) {
			return true
		}
		if j == k && t.is(wDet) {
			// "and the ceasefire may end": a subject, then a verb.
			for i := k + 1; i < len(f.toks) && i < k+6 && f.toks[i].punct == 0; i++ {
				if f.toks[i].is(wVerbPast|wPast|wWill|wWould|wMaybe|wMust|wHave) || f.toks[i].is(wBe) && f.lower(&f.toks[i]) != "'s" {
					return true
				}
			}
		}
		return false
	}
	return false
}

// analyse finds the subordinator, the cues and the head of a clause.
func (f *finder) analyse(c *clause) {
	toks := f.toks
	first := c.t0
	if toks[first].is(wCoord) && first+1 < c.t1 {
		first++
	}
	if t := &toks[first]; t.e != nil && t.e.rel != relNone {
		c.sub = t.e.rel
	}
	verb, noun, inf := -1, -1, -1
	var vLemma, nLemma, iLemma string
	var vEnd, nEnd, iEnd int
	for k := c.t0; k < c.t1; k++ {
		t := &toks[k]
		if t.punct != 0 {
			continue
		}
		if t.is(wReport) {
			c.report = true
		}
		if t.is(wLater) && f.lower(t) != "then" || f.lower(t) == "then" && k == first {
			if k+1 >= c.t1 || !toks[k+1].is(wDet|wPrep) {
				c.later = true
			}
		}
		if t.low == "" || t.is(wReport) && !t.is(wNoun) {
			continue
		}
		midCap := t.upper && k > 0 && !(k == c.t0 && c.initial)
		// Phrasal verbs.
		if ps := f.lx.phrasal[t.low]; ps != nil && verb < 0 {
			for _, p := range ps {
				if j := f.particle(k, c.t1, p.particle); j > 0 && f.finite(k, c.t0, p.flags) != fNone {
					verb, vLemma, vEnd = k, p.lemma, j+1
					break
				}
			}
		}
		// Two-word nouns.
		if noun < 0 && f.lx.first[t.low] && k+1 < c.t1 && toks[k+1].punct == 0 {
			key := t.low + " " + f.lower(&toks[k+1])
			if lemma, ok := f.lx.bigrams[key]; ok && !midCap {
				noun, nLemma, nEnd = k, lemma, k+2
			}
		}
		if t.e == nil {
			continue
		}
		fl := t.e.flags
		isVerb := fl&(wVerbBase|wVerbS|wVerbPast|wVerbPart|wVerbIng) != 0
		if isVerb && verb < 0 {
			switch f.finite(k, c.t0, fl) {
			case fFinite:
				if !(fl&wNoun != 0 && f.nounContext(k, c.t0)) {
					verb, vLemma, vEnd = k, t.e.lemma, k+1
				}
			case fInfinitive:
				if inf < 0 {
					inf, iLemma, iEnd = k, t.e.lemma, k+1
				}
			}
			if verb == k {
				continue
			}
		}
		if fl&wNoun != 0 && noun < 0 && !midCap && (fl&(wVerbBase|wVerbS|wVerbIng) == 0 || f.nounContext(k, c.t0)) {
			noun, nLemma, nEnd = k, t.e.lemma, k+1
		}
	}
	switch {
	case verb >= 0:
		c.head, c.lemma, c.headEnd = verb, vLemma, vEnd
	case noun >= 0:
		c.head, c.lemma, c.headEnd, c.noun = noun, nLemma, nEnd, true
	case inf >= 0:
		c.head, c.lemma, c.headEnd, c.inf = inf, iLemma, iEnd, true
	}
	if c.head >= 0 {
		if e := toks[c.head].e; e != nil {
			c.cls, c.state = e.class, e.state && c.noun
		}
		if c.noun && c.headEnd == c.head+2 {
			c.cls, c.state = f.lx.nounCls[c.lemma], f.lx.state[c.lemma]
		}
	}
}

// particle returns the index of the particle p right after the verb at k
// (or after one more word), or -1.
func (f *finder) particle(k, end int, p string) int {
	for j := k + 1; j < end && j <= k+2; j++ {
		if f.toks[j].punct != 0 {
			return -1
		}
		if f.lower(&f.toks[j]) == p {
			return j
		}
	}
	return -1
}

type finiteness uint8

const (
	fNone finiteness = iota
	fFinite
	fInfinitive
)

// finite decides whether the event verb form at k, with flags fl, is a
// finite verb, an infinitive, or not a verb here.
func (f *finder) finite(k, t0 int, fl wordFlags) finiteness {
	p := f.prevWord(k, t0)
	var pt *token
	if p >= 0 {
		pt = &f.toks[p]
	}
	aux := pt != nil && (pt.is(wBe|wHave|wDo|wWill|wWould|wMaybe|wMust|wNeg) || pt.neg)
	switch {
	case fl&(wVerbPast|wVerbPart) != 0 && aux:
		return fFinite
	case fl&wVerbPast != 0 && pt != nil && pt.is(wDet) && !pt.is(wPron):
		return fNone // "the signed deal"
	case fl&wVerbPast != 0:
		return fFinite
	case fl&wVerbIng != 0 && pt != nil && pt.is(wBe):
		return fFinite
	case fl&wVerbIng != 0 && pt != nil && pt.is(wPrep) && !pt.is(wDet) && f.objectAhead(k+1):
		return fInfinitive // a gerund after a preposition: "after meeting Putin"
	case fl&wVerbBase != 0 && pt != nil && f.lower(pt) == "to":
		return fInfinitive
	case fl&wVerbBase != 0 && aux:
		return fFinite
	case fl&wVerbBase != 0 && pt != nil && pt.is(wPron) && !pt.is(wDet):
		return fFinite
	case fl&wVerbS != 0 && (pt == nil || !pt.is(wDet|wPrep) && !pt.num && !pt.poss):
		return fFinite
	}
	return fNone
}

// objectAhead reports whether the word at k may start the object of a
// gerund: a determiner, a pronoun, a name or a preposition, not a noun the
// participle describes ("falling sales").
func (f *finder) objectAhead(k int) bool {
	if k >= len(f.toks) {
		return true
	}
	t := &f.toks[k]
	return t.punct != 0 || t.upper || t.num || t.is(wDet|wPron|wPrep)
}

// nounContext reports whether the word at k stands where a noun does:
// after a determiner, a possessive, a number or an adjective.
func (f *finder) nounContext(k, t0 int) bool {
	if k == t0 || k == 0 {
		return true
	}
	p := &f.toks[k-1]
	if p.punct != 0 {
		return p.punct != ','
	}
	if p.is(wDet|wPrep) || p.poss || p.num {
		return true
	}
	if p.e == nil && !p.upper {
		return true // an adjective, as far as we can tell
	}
	return p.e != nil && p.e.flags&wNoun != 0
}

// trimAttribution cuts "…, officials said" from the end of a clause and
// "X said" from its start, so that the date of the saying does not date
// the event.
func (f *finder) trimAttribution(c *clause) {
	if c.head < 0 {
		return
	}
	toks := f.toks
	for k := c.headEnd; k < c.t1; k++ {
		if !toks[k].is(wReport) {
			continue
		}
		for j := k - 1; j >= c.headEnd; j-- {
			if toks[j].punct == ',' {
				c.t1 = j
				for c.t1 > c.t0 && toks[c.t1-1].punct != 0 && !isQuote(toks[c.t1-1].punct) {
					c.t1--
				}
				return
			}
		}
		break
	}
	for k := c.head - 1; k > c.t0; k-- {
		if toks[k].is(wReport) && !toks[k].is(wNoun) && f.finiteReport(&toks[k]) {
			c.t0 = k + 1
			if c.t0 < c.head && f.lower(&toks[c.t0]) == "that" {
				c.t0++
			}
			return
		}
	}
}
