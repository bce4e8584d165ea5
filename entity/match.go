package entity

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/newsmodel/newsmodel/news"
)

// Match is one mention of a registry entity in a text.
type Match struct {
	// Entity is the ID of the entity the name stands for; empty when the
	// name is ambiguous.
	Entity string
	// Candidates are the IDs of the entities an ambiguous name may stand
	// for, sorted; nil when Entity is set.
	Candidates []string
	// Span is the name in the text, with Text set. It leaves out a title
	// before the name and a possessive after it ("Witkoff" in
	// "Witkoff’s").
	Span news.Span
	// Form is which of the entity's names matched.
	Form Form
	// Title is the title written before a person's name, as the list of
	// titles names it ("Senator" for "Sen."), or empty.
	Title string
	// TitleSpan is where the title is written; zero when Title is empty.
	TitleSpan news.Span
}

// Match returns every mention of a registry entity in text, in text order,
// none overlapping another. Offsets count the code points of text as given:
// the text is neither copied nor normalised. The work is linear in the
// length of text, and the memory beyond the result is bounded.
//
// Matching ignores case, width and diacritics ("PUTIN", "Ｐｕｔｉｎ",
// "Pútin" all match "Putin") and takes whole words only: a word is a run of
// letters, digits and combining marks, and a name's own punctuation must be
// matched by punctuation of the same kind ("O'Brien" matches "O’Brien",
// "Jean-Luc" matches "Jean Luc", "J. D." needs the full stops). Scripts
// written without spaces between words match only whole runs of letters.
//
// Which names match:
//   - A Name or an alias, anywhere. A name of one word must be capitalised
//     in the text (or written exactly as in the registry, such as "eBay");
//     ALL-CAPS text matches.
//   - A person's surname or given name (see Form) only after the person was
//     mentioned in full: by Name, by an alias, or by a title and the
//     surname. A title makes a surname match at once: "President Putin".
//   - A one-word name that is a common English word ("Will", "May", "Rose",
//     "Bill", "Apple"; see WithCommonWords) as any one-word name, but at the
//     start of a sentence or a line only after a full mention or a title.
//
// Where two names overlap, the one of more words wins, and of two of the
// same length the earlier. A name that stands for several entities goes to
// one of them by these rules, in order: a Name or alias before a surname
// or given name; with a title, the entities that hold a role of that
// title; the entity mentioned most often so far; of two mentioned as
// often, the one mentioned first. A name that these rules leave undecided
// (two entities called "John Smith", neither mentioned before) is
// ambiguous: its Match has no Entity and lists the Candidates, and it
// counts as a mention of none of them.
//
// A title (President, Special Envoy, Sen., Mr., and those of WithTitles)
// written just before a person's name, in any case, is kept in Title and
// TitleSpan: "Russian President Vladimir Putin" gives Title "President".
func (r *Registry) Match(text string) []Match {
	// Matches go into blocks of at most 4096, copied once into the result,
	// so that a long text's matches are not copied again at every growth.
	var full [][]Match
	var block []Match
	n := 0
	r.scan(text, func(m *matcher, f *found) {
		if len(block) == cap(block) {
			if len(block) > 0 {
				full = append(full, block)
			}
			block = make([]Match, 0, min(max(16, 2*cap(block)), 4096))
		}
		block = append(block, m.export(f))
		n++
	})
	if len(full) == 0 {
		return block
	}
	out := make([]Match, 0, n)
	for _, b := range full {
		out = append(out, b...)
	}
	return append(out, block...)
}

// Find returns the registry entities that text mentions, in the order of
// their first mention, each a copy of the registry's entity with Mentions
// set to its matches (with Text) and, for a person, a Role for each title
// written before the name that its Roles lack; a form of address (Mr.,
// Dr., Sir) gives no Role. Ambiguous names are left out. See Match for the
// rules.
func (r *Registry) Find(text string) []Entity {
	var out []Entity
	pos := make(map[int32]int)
	r.scan(text, func(m *matcher, f *found) {
		if f.ent < 0 {
			return
		}
		mt := m.export(f)
		k, ok := pos[f.ent]
		if !ok {
			k = len(out)
			pos[f.ent] = k
			e := cloneEntity(r.entities[f.ent])
			e.Mentions = nil
			out = append(out, e)
		}
		e := &out[k]
		e.Mentions = append(e.Mentions, mt.Span)
		if mt.Title == "" || honorifics[mt.Title] || e.Kind != Person {
			return
		}
		if !slices.ContainsFunc(e.Roles, func(ro Role) bool { return strings.EqualFold(ro.Title, mt.Title) }) {
			e.Roles = append(e.Roles, Role{Title: mt.Title})
		}
	})
	return out
}

// found is a match before it is exported.
type found struct {
	i, j  int     // its words are tokens [i, j)
	ent   int32   // the entity; -1 when ambiguous
	amb   []int32 // the candidates of an ambiguous match
	rank  uint8
	dot   bool
	title int32 // index in titles, or -1
	ti    int   // the first token of the title
}

// seen is what the matcher knows of an entity mentioned so far.
type seen struct {
	count int  // matches so far
	first int  // token of the first
	full  bool // mentioned by Name, alias, or title and surname
}

// matcher matches one text. It keeps a window of the text's tokens: from a
// few before the current one (for titles) to as far as the longest name
// reaches.
type matcher struct {
	r       *Registry
	sc      scanner
	toks    []token
	base    int // the index of toks[0] among the text's tokens
	eof     bool
	lastEnd int // the token after the latest match; titles start no earlier
	seen    map[int32]seen
	fullAt  map[int32][]int32 // crowded node → the derived names there of people mentioned in full
	elig    []int32           // scratch: eligible candidates

	titleFor   int // the token whose title is known, or -1
	title      int32
	titleStart int
}

// window is how many tokens the matcher keeps behind the current one when
// it drops the tokens it no longer needs.
const window = 64

// scan matches text and calls emit for each match, in order.
func (r *Registry) scan(text string, emit func(*matcher, *found)) {
	m := matcher{r: r, sc: newScanner(text), seen: make(map[int32]seen), fullAt: make(map[int32][]int32), titleFor: -1}
	var f found // one for the whole text: emit's pointer would move a new one to the heap
	for i := 0; ; {
		t, more := m.tok(i)
		if !more {
			return
		}
		if t.root == 0 { // most words begin no name
			i++
			if i-m.base > 5*window {
				m.compact(i)
			}
			continue
		}
		var ok bool
		if f, ok, _ = m.longestAt(i, 0); !ok {
			i++
			m.compact(i)
			continue
		}
		// A longer name that starts inside this one wins.
		for k := f.i + 1; k < f.j; k++ {
			if g, ok, _ := m.longestAt(k, f.j-f.i); ok {
				f = g
				k = f.i
			}
		}
		m.accept(&f)
		emit(&m, &f)
		i = f.j
		m.compact(i)
	}
}

// tok returns token k, reading the text as far as needed, and false past
// the last token.
func (m *matcher) tok(k int) (*token, bool) {
	for k >= m.base+len(m.toks) {
		if m.eof {
			return nil, false
		}
		m.toks = append(m.toks, token{})
		t := &m.toks[len(m.toks)-1]
		if !m.sc.next(t) {
			m.toks = m.toks[:len(m.toks)-1]
			m.eof = true
			return nil, false
		}
		t.word, t.root = -1, 0
		if t.flags&tLong == 0 {
			t.word, t.root = m.r.vocab.find(m.sc.buf, m.sc.hash)
		}
	}
	return &m.toks[k-m.base], true
}

// compact drops the tokens far behind token i.
func (m *matcher) compact(i int) {
	if drop := i - m.base - window; drop > 4*window {
		n := copy(m.toks, m.toks[drop:])
		m.toks = m.toks[:n]
		m.base += drop
	}
}

// longestAt returns the longest name of more than shortest words that
// starts at token i and may match there. more is false when there is no
// token i.
func (m *matcher) longestAt(i, shortest int) (f found, ok, more bool) {
	t, more := m.tok(i)
	if !more {
		return f, false, false
	}
	if t.word < 0 {
		return f, false, true
	}
	r := m.r
	cur := t.root
	if cur == 0 {
		return f, false, true
	}
	var path [maxNameWords]int32
	path[0] = cur
	d := 1
	for d < maxNameWords {
		u, ok := m.tok(i + d)
		if !ok || u.word < 0 {
			break
		}
		next, ok := r.edges.find(edgeKey(cur, u.gap, u.word))
		if !ok {
			break
		}
		path[d] = next
		cur = next
		d++
	}
	for ; d > shortest; d-- {
		nd := r.nodes[path[d-1]]
		if nd.hi == nd.lo {
			continue
		}
		if f, ok := m.resolve(i, i+d, path[d-1], nd); ok {
			return f, true, true
		}
	}
	return f, false, true
}

// titleAt returns the title written just before token i, and its first
// token; the title is -1 when there is none.
func (m *matcher) titleAt(i int) (int32, int) {
	if m.titleFor == i {
		return m.title, m.titleStart
	}
	r := m.r
	lo := max(m.lastEnd, m.base, i-maxTitleWords)
	g := m.toks[i-m.base].gap
	cur, best, start := int32(0), int32(-1), i
	for k := i - 1; k >= lo; k-- {
		u := &m.toks[k-m.base]
		if u.word < 0 {
			break
		}
		next, ok := r.titleEdges[edgeKey(cur, g, u.word)]
		if !ok {
			break
		}
		cur = next
		if r.titleOf[cur] >= 0 {
			best, start = r.titleOf[cur], k
		}
		g = u.gap
	}
	m.titleFor, m.title, m.titleStart = i, best, start
	return best, start
}

// resolve picks the entity that the names ending at node nd stand for as
// tokens [i, j), by the rules of Registry.Match.
func (m *matcher) resolve(i, j int, at int32, nd node) (found, bool) {
	r := m.r
	t := &m.toks[i-m.base]
	single := j-i == 1
	lower := single && t.flags&tLower != 0
	sentence := single && nd.common && t.flags&tSentence != 0
	m.elig = m.elig[:0]
	for k := nd.lo; k < nd.mid; k++ {
		c := &r.cands[k]
		if lower && m.sc.text[t.b0:t.b1] != c.spelling {
			continue
		}
		if sentence && !m.full(c.ent) {
			if !c.person {
				continue
			}
			if title, _ := m.titleAt(i); title < 0 {
				continue
			}
		}
		m.elig = append(m.elig, k)
	}
	if len(m.elig) == 0 && nd.mid < nd.hi {
		m.derived(i, at, nd, lower)
	}
	if len(m.elig) == 0 {
		return found{}, false
	}
	f := found{i: i, j: j, ent: -1, rank: r.cands[m.elig[0]].rank, title: -1}
	if r.cands[m.elig[0]].person {
		f.title, f.ti = m.titleAt(i)
	}
	if len(m.elig) > 1 && f.title >= 0 {
		title := r.titles[f.title].title
		holds := func(k int32) bool {
			return slices.ContainsFunc(r.entities[r.cands[k].ent].Roles, func(ro Role) bool {
				return strings.EqualFold(ro.Title, title)
			})
		}
		if slices.ContainsFunc(m.elig, holds) {
			m.elig = slices.DeleteFunc(m.elig, func(k int32) bool { return !holds(k) })
		}
	}
	if len(m.elig) > 1 {
		m.elig = m.mostSeen(m.elig)
	}
	c := &r.cands[m.elig[0]]
	f.dot = c.dot
	if len(m.elig) == 1 {
		f.ent = c.ent
		f.rank = c.rank
		return f, true
	}
	f.amb = make([]int32, len(m.elig))
	for k, e := range m.elig {
		f.amb[k] = r.cands[e].ent
	}
	return f, true
}

// full reports whether entity e was mentioned in full.
func (m *matcher) full(e int32) bool {
	st, ok := m.seen[e]
	return ok && st.full
}

// derived adds to m.elig the surnames and given names ending at node at
// (nd) that may match at token i: after a title every surname, and
// otherwise those of the people mentioned in full. At a crowded node the
// matcher has filed these as it met them, so that a surname thousands of
// people share costs no more than a rare one.
func (m *matcher) derived(i int, at int32, nd node, lower bool) {
	text, r := m.sc.text, m.r
	t := &m.toks[i-m.base]
	ok := func(c *cand) bool { return !lower || text[t.b0:t.b1] == c.spelling }
	title, _ := m.titleAt(i)
	if title >= 0 || !nd.crowded {
		for k := nd.mid; k < nd.hi; k++ {
			if c := &r.cands[k]; ok(c) && (title >= 0 && c.rank == rankSurname || m.full(c.ent)) {
				m.elig = append(m.elig, k)
			}
		}
		return
	}
	for _, k := range m.fullAt[at] {
		if ok(&r.cands[k]) {
			m.elig = append(m.elig, k)
		}
	}
}

// mostSeen keeps the candidate mentioned most often so far, and of two
// mentioned as often the one mentioned first; it keeps them all when none
// was mentioned.
func (m *matcher) mostSeen(elig []int32) []int32 {
	best, count, first := int32(-1), 0, 0
	for _, k := range elig {
		st, ok := m.seen[m.r.cands[k].ent]
		if ok && (st.count > count || st.count == count && st.first < first) {
			best, count, first = k, st.count, st.first
		}
	}
	if best < 0 {
		return elig
	}
	return append(elig[:0], best)
}

// accept records f as a mention.
func (m *matcher) accept(f *found) {
	m.lastEnd = f.j
	if f.ent < 0 {
		return
	}
	st, ok := m.seen[f.ent]
	if !ok {
		st.first = f.i
	}
	st.count++
	if !st.full && (f.rank <= rankAlias || f.title >= 0) {
		st.full = true
		r := m.r
		for _, k := range r.derivedOf[r.derivedEnds[f.ent]:r.derivedEnds[f.ent+1]] {
			at := r.derivedAt[k]
			m.fullAt[at] = append(m.fullAt[at], k)
		}
	}
	m.seen[f.ent] = st
}

// dotAt reports whether a full stop that ends a word stands at byte b:
// "Inc." but not the first stop of "Inc.Ltd".
func (m *matcher) dotAt(b int) bool {
	text := m.sc.text
	if b >= len(text) || text[b] != '.' {
		return false
	}
	r, _ := utf8.DecodeRuneInString(text[b+1:])
	return b+1 == len(text) || lookup(m.sc.tab, r).class != cWord
}

// export turns f into a Match.
func (m *matcher) export(f *found) Match {
	r, text := m.r, m.sc.text
	a, z := &m.toks[f.i-m.base], &m.toks[f.j-1-m.base]
	b1, c1 := z.b1, z.c1
	if f.dot && m.dotAt(b1) {
		b1, c1 = b1+1, c1+1
	}
	mt := Match{Span: news.Span{Start: a.c0, End: c1, Text: text[a.b0:b1]}, Form: forms[f.rank]}
	if f.ent >= 0 {
		mt.Entity = r.ids[f.ent]
	} else {
		mt.Candidates = make([]string, len(f.amb))
		for k, e := range f.amb {
			mt.Candidates[k] = r.ids[e]
		}
		slices.Sort(mt.Candidates)
	}
	if f.title >= 0 {
		ta, tz := &m.toks[f.ti-m.base], &m.toks[f.i-1-m.base]
		b1, c1 := tz.b1, tz.c1
		if m.dotAt(b1) {
			b1, c1 = b1+1, c1+1
		}
		mt.Title = r.titles[f.title].title
		mt.TitleSpan = news.Span{Start: ta.c0, End: c1, Text: text[ta.b0:b1]}
	}
	return mt
}
