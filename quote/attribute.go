package quote

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsmodel/newsmodel/entity"
)

// attrib is what an attribution says of a quote.
type attrib struct {
	speaker  int // index into finder.ents, or -1
	cue      Cue
	verb     verb
	outer    int // the speaker of a report that frames this one, or -1
	audience []int
	setting  string
	ok       bool
}

func noAttrib() attrib { return attrib{speaker: -1, outer: -1} }

// checkpoint and rollback undo the entities and mentions a guess created.
type checkpoint struct{ ents, extra int }

func (f *finder) checkpoint() checkpoint { return checkpoint{len(f.ents), len(f.extra)} }

func (f *finder) rollback(c checkpoint) {
	f.extra = f.extra[:c.extra]
	if c.ents == len(f.ents) {
		return
	}
	for i := c.ents; i < len(f.ents); i++ {
		delete(f.byKey, f.ents[i].key)
		delete(f.ids, f.ents[i].id)
	}
	for k, v := range f.titles {
		if v >= c.ents {
			delete(f.titles, k)
		}
	}
	f.ents = f.ents[:c.ents]
	f.extra = f.extra[:c.extra]
}

// frameWindow bounds, in tokens, how far from a quotation its attribution
// is looked for, so that a sentence without an end costs linear time.
const frameWindow = 60

// sentenceOf returns the sentence [a, b) of the paragraph that holds token i.
func (f *finder) sentenceOf(i int) (int, int) {
	k := sort.SearchInts(f.sent, i+1)
	a := 0
	if k > 0 {
		a = f.sent[k-1]
	}
	if k < len(f.sent) {
		return a, f.sent[k]
	}
	return a, len(f.toks)
}

// paragraph finds and attributes the quotes of paragraph pi, whose tokens
// and sentences are in f.toks and f.sent.
func (f *finder) paragraph(pi int) {
	ts := f.toks
	f.harvestTitles(ts)
	if lab, ok := f.qa[pi]; ok {
		f.qaParagraph(pi, lab)
		return
	}
	a := 0
	for _, b := range f.sent {
		f.sentence(pi, ts, a, b)
		a = b
	}
	// "X said:" at the end of the paragraph introduces the next one.
	f.prevColon = colon{}
	if n := len(ts); n > 1 && f.isPunct(ts, n-1, ':') && ts[n-1].depth == 0 {
		a, _ := f.sentenceOf(n - 1)
		if at := f.frameBefore(ts, a, n-1); at.ok {
			f.prevColon = colon{ok: true, para: pi, a: at}
		}
	}
	// Quotes that never close end with the paragraph.
	for _, q := range f.open[pi] {
		if q.level == 1 && q.q == nil {
			f.finish(pi, ts, q, len(ts))
		}
	}
}

// sentence handles the sentence [a, b): the quotations that open and close
// in it, or else an indirect quote.
func (f *finder) sentence(pi int, ts []tok, a, b int) {
	if a < len(ts) {
		f.sentStart = ts[a].s
	}
	for i := a; i < b; i++ {
		t := ts[i]
		if t.depth != 0 || t.kind == tWord || t.kind == tPunct {
			continue
		}
		q := t.q
		if q == nil || q.level != 1 {
			continue
		}
		switch {
		case t.kind == tOpen && t.s == q.open.s:
			f.start(pi, ts, q, a, i)
		case t.kind == tClose:
			f.finish(pi, ts, q, i)
		}
	}
	if f.cfg.indirect {
		f.indirect(pi, ts, a, b)
	}
}

// pending is what the opening of a quotation told about it: its kind and
// the attribution before it.
type pending struct {
	kind     Kind
	pre      attrib
	preStart int // the sentence start, for a speaker without a cue
	subject  int // the latest speaker named before the quote in its sentence
}

// start reads the words before a quotation opening at token i of the
// sentence that starts at a.
func (f *finder) start(pi int, ts []tok, q *mq, a, i int) {
	p := &pending{subject: -1}
	f.pend(q, p)
	// The frame: from the sentence start or the previous quotation.
	lo := a
	for k := i - 1; k >= a && k >= i-frameWindow; k-- {
		if ts[k].kind == tClose && ts[k].depth == 0 {
			lo = k + 1
			break
		}
	}
	p.pre = f.frameBefore(ts, lo, i)
	p.preStart = lo
	p.kind = f.kindAt(ts, q, lo, i, p.pre)
	if !p.pre.ok {
		p.subject = f.subjectBefore(ts, lo, i)
	}
	if i == 0 && pi > 0 && !p.pre.ok {
		// "X said:" ending the previous paragraph.
		if prev := f.prevColon; prev.ok && prev.para == pi-1 {
			p.pre = prev.a
		}
	}
}

// kindAt decides whether the quotation q, opening at token i after the
// words [lo, i), holds a whole statement (direct), a fragment of the
// story's sentence (partial), or a fragment that runs on into whole
// sentences (mixed).
func (f *finder) kindAt(ts []tok, q *mq, lo, i int, pre attrib) Kind {
	first, _ := utf8.DecodeRuneInString(f.text[q.inner.s:max(q.inner.e, q.inner.s)])
	upper := unicode.IsUpper(first) || !unicode.IsLetter(first)
	if i == 0 {
		return Direct
	}
	prev := ts[i-1]
	switch {
	case prev.kind == tClose || prev.kind == tOpen:
		return Direct
	case prev.kind == tPunct:
		c := f.text[prev.s]
		if c == '.' || c == '!' || c == '?' || c == ':' || c == ';' || c == '(' || strings.HasPrefix(f.text[prev.s:], "—") || strings.HasPrefix(f.text[prev.s:], "–") {
			return Direct
		}
		if c == ',' && (upper || f.lastQ != nil && f.lastQ.para == f.paraIndex(q.open.s) && f.lastQ.kind == Direct && pre.ok) {
			return Direct
		}
	case prev.kind == tWord:
		if _, ok := reportingVerbs[f.word(prev)]; ok && upper && pre.ok {
			return Direct
		}
	}
	if f.runsOn(q) {
		return Mixed
	}
	return Partial
}

// runsOn reports whether the words of q hold a sentence end followed by
// another sentence: a fragment that runs on into whole sentences.
func (f *finder) runsOn(q *mq) bool {
	s := f.text[q.inner.s:max(q.inner.e, q.inner.s)]
	for i := 0; i+2 < len(s); i++ {
		if (s[i] == '.' || s[i] == '!' || s[i] == '?') && s[i+1] == ' ' {
			r, _ := utf8.DecodeRuneInString(s[i+2:])
			if unicode.IsUpper(r) {
				return true
			}
		}
	}
	return false
}

func (f *finder) paraIndex(at int) int {
	lo, hi := 0, len(f.paras)
	for lo < hi {
		m := (lo + hi) / 2
		if f.paras[m].e < at {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return lo
}

// subjectBefore returns the speaker a quotation without a cue most likely
// belongs to: the latest pronoun or person or organisation named before it
// in its sentence that is not the object of a preposition.
func (f *finder) subjectBefore(ts []tok, lo, i int) int {
	for k := i - 1; k >= lo && k >= i-frameWindow; k-- {
		if ts[k].kind != tWord || ts[k].depth != 0 {
			continue
		}
		if k > lo && ts[k-1].kind == tWord && (preps[f.word(ts[k-1])] || f.word(ts[k-1]) == "to" || f.word(ts[k-1]) == "by") {
			continue
		}
		w := f.word(ts[k])
		if thirdPronouns[w] {
			return f.pronoun(w, ts[k].s, -1)
		}
		if ts[k].ment > 0 {
			e := f.ments[ts[k].ment-1].ent
			if canSpeak(f.ents[e].kind) && (k+1 >= len(ts) || ts[k+1].kind != tWord || ts[k+1].ment == ts[k].ment || !strings.HasSuffix(f.text[ts[k].s:ts[k].e], "s")) {
				return e
			}
		}
	}
	return -1
}

// finish attributes the quotation q, which closes at token i (or ends with
// the paragraph when i == len(ts)), and records it.
func (f *finder) finish(pi int, ts []tok, q *mq, i int) {
	if q.q != nil {
		return
	}
	p := q.pend
	q.pend = nil
	if p == nil {
		p = &pending{kind: Direct, pre: noAttrib(), subject: -1}
	}
	fq := &found{kind: p.kind, at: q.inner, speaker: -1, level: 1, para: pi}
	fq.cut = append(fq.cut, q.reopen...)
	q.q = fq
	if q.inner.e <= q.inner.s || !hasWord(f.text[q.inner.s:q.inner.e]) {
		return
	}
	// The frame after: to the sentence end or the next quotation.
	var post attrib = noAttrib()
	if i < len(ts) {
		_, b := f.sentenceOf(i)
		hi := min(b, i+1+frameWindow)
		for k := i + 1; k < hi; k++ {
			if ts[k].kind == tOpen && ts[k].depth == 0 {
				hi = k
				break
			}
		}
		post = f.frameAfter(ts, i+1, hi)
	}
	a := post
	if !a.ok || a.speaker < 0 && p.pre.ok && p.pre.speaker >= 0 {
		if p.pre.ok {
			a = p.pre
		}
	}
	if a.ok && a.speaker < 0 && strings.HasSuffix(a.cue.Text, "ing") && f.lastQ != nil && f.lastQ.level == 1 && f.lastQ.para == pi {
		// "“…,” the minister told parliament, adding: “…”"
		a.speaker = f.lastQ.speaker
	}
	if a.ok && a.speaker < 0 && p.kind != Direct && f.lastQ != nil && f.lastQ.level == 1 && f.lastQ.para == pi && f.lastQ.kind != Direct && f.lastQ.at.e <= q.open.s {
		// "… to promise a “decade of repair”, while warning that …": the
		// speaker of the fragment before.
		a.speaker = f.lastQ.speaker
	}
	words := countWords(f.text[q.inner.s:q.inner.e])
	switch {
	case a.ok && a.speaker == -2:
		a.speaker = -1
	case a.ok:
	case p.kind == Direct && f.lastQ != nil && f.lastQ.speaker >= 0 && f.lastQ.level == 1 && pi-f.lastQ.para <= 1:
		// A quote that goes on from the one before.
		a = attrib{speaker: f.lastQ.speaker, outer: -1, cue: f.lastQ.cue, ok: true}
	case p.kind != Direct && p.subject >= 0 && words >= 2 && !titleCase(f.text[q.inner.s:q.inner.e]):
		a = attrib{speaker: p.subject, outer: -1}
	case p.kind == Direct && words >= 3 && !(words <= 8 && titleCase(f.text[q.inner.s:q.inner.e])):
		// An unattributed statement: keep it, speaker unknown.
	default:
		// A title, a name or a scare quote.
		return
	}
	if p.kind != Direct && !a.ok && f.lastQ != nil && f.lastQ.level == 1 && f.lastQ.para == pi && f.lastQ.kind != Direct && f.lastQ.at.e <= q.open.s && a.speaker < 0 {
		a.speaker = f.lastQ.speaker
	}
	if a.speaker >= 0 && !canSpeak(f.ents[a.speaker].kind) {
		a.speaker = -1
	}
	fq.speaker, fq.cue, fq.audience, fq.setting = a.speaker, a.cue, a.audience, a.setting
	f.found = append(f.found, fq)
	f.noteSpeaker(fq)
	if a.outer >= 0 && a.outer != a.speaker {
		f.lastSpk = a.outer
	}
	if f.cfg.nested && fq.kind != Partial && q.openTok >= 0 && q.openTok < len(ts) {
		lo := q.openTok + 1
		f.relays(ts, lo, min(i, len(ts)), fq, int(ts[min(lo, len(ts)-1)].depth))
	}
}

func (f *finder) pend(q *mq, p *pending) { q.pend = p }

func (f *finder) noteSpeaker(q *found) {
	f.lastQ = q
	if q.speaker >= 0 {
		f.lastSpk = q.speaker
	}
}

func hasWord(s string) bool {
	for _, r := range s {
		if isWordRune(r) {
			return true
		}
	}
	return false
}

// countWords counts the words of s, up to 16: callers only ask whether
// there are a few.
func countWords(s string) int {
	n, in := 0, false
	for _, r := range s {
		if n >= 16 {
			break
		}
		w := isWordRune(r)
		if w && !in {
			n++
		}
		in = w
	}
	return n
}

// titleCase reports whether every word of s of four letters or more starts
// with a capital, as in the title of a work.
func titleCase(s string) bool {
	for _, w := range strings.FieldsFunc(s, func(r rune) bool { return !isWordRune(r) && r != '\'' && r != '’' }) {
		r, _ := utf8.DecodeRuneInString(w)
		if utf8.RuneCountInString(w) >= 4 && !unicode.IsUpper(r) {
			return false
		}
	}
	return true
}

// harvestTitles notes the titles the paragraph gives people in
// appositions: "Steve Witkoff, the special envoy", "their captain, Luis
// Moreno", "her son, Daniel Marsh".
func (f *finder) harvestTitles(ts []tok) {
	for i := 0; i < len(ts); i++ {
		t := ts[i]
		if t.ment == 0 || t.depth != 0 || i > 0 && ts[i-1].ment == t.ment {
			continue
		}
		e := f.ments[t.ment-1].ent
		if f.ents[e].kind != entity.Person {
			continue
		}
		end := mentionEnd(ts, i, len(ts))
		// "X, the ADJ* TITLE"
		if f.isPunct(ts, end, ',') && end+1 < len(ts) && ts[end+1].kind == tWord && determiners[f.word(ts[end+1])] {
			for k := end + 2; k < len(ts) && k < end+7; k++ {
				if ts[k].kind != tWord {
					break
				}
				if f.nounAt(ts, k) && !(k+1 < len(ts) && f.nounAt(ts, k+1)) {
					f.titles[baseWord(f.word(ts[k]))] = e
					break
				}
			}
		}
		// "the ADJ* TITLE, X": a title that may name a speaker the story
		// described before ("My supervisor told me …" … "The supervisor,
		// Glen Hargrove,").
		if i >= 2 && f.isPunct(ts, i-1, ',') && f.nounAt(ts, i-2) {
			h := baseWord(f.word(ts[i-2]))
			if old, ok := f.titles[h]; ok && f.ents[old].created && f.ents[old].unnamed && ts[i].s-f.ents[old].at < 2000 {
				if f.sameAs == nil {
					f.sameAs = map[int]int{}
				}
				f.sameAs[old] = e
			}
			f.titles[h] = e
		}
		f.titlesBefore(ts, 0, i, e)
	}
}

// colon is an attribution that ends a paragraph with a colon.
type colon struct {
	ok   bool
	para int
	a    attrib
}
