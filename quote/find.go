package quote

import (
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/newsmodel/newsmodel/entity"
	"github.com/newsmodel/newsmodel/news"
)

// Result is what Find returns.
type Result struct {
	// Quotes are the quotes found, in text order (a quote before the
	// quotes inside it), with IDs "q1", "q2", … and spans in code points
	// of the text, Text set.
	Quotes []Quote `json:"quotes,omitempty"`
	// Speakers are the entities Find had to create for speakers and
	// audiences the given entities do not hold: descriptions such as "a
	// Kremlin spokesperson" or "officials" (with Unnamed set) and names
	// the list lacks. Their IDs differ from those of the given entities.
	Speakers []entity.Entity `json:"speakers,omitempty"`
}

// Option changes what Find looks for.
type Option func(*config)

type config struct {
	indirect bool
	nested   bool
}

// ReportIndirect sets whether Find reports indirect quotes (reported speech
// without quotation marks, "X said that …"); it does by default.
func ReportIndirect(on bool) Option { return func(c *config) { c.indirect = on } }

// ReportNested sets whether Find reports the quotes that a quote relays ("Putin
// told me …" inside a speaker's words) and links them with Reports; it
// does by default.
func ReportNested(on bool) Option { return func(c *config) { c.nested = on } }

// Find returns the quotes in text (an article body: paragraphs separated
// by one blank line) attributed to the given entities where it can.
//
// It finds direct and partial quotes between quotation marks of every
// common style (“…”, "…", ‘…’, '…', «…», »…«, „…“, ‚…‘, ‹…›, 「…」 and
// others), quotes that run over paragraphs in the news style (no closing
// mark at the end of a paragraph that the next one re-opens), indirect
// quotes ("X said that …", "…, X said", "according to X, …"), the
// answers of question-and-answer transcripts ("Q:", "SMITH:" before
// paragraphs), and the quotes a quote relays. Each is attributed by the
// reporting expression around it, before, inside or after the words ("X
// said", "said X", "X told Y", "according to X", "X, who …, said"), by a
// pronoun or a title ("he said", "the envoy said") to the speaker they
// mean, or else to the speaker of the quote before it. The speaker is
// looked up among ents by their mentions, names, aliases and surnames;
// speakers not there become new entities in Result.Speakers.
//
// A mark that never closes runs to the end of its paragraph, and a
// closing mark with no opening one is read as text, so no words are lost.
// The time Find takes grows linearly with the text.
func Find(text string, ents []entity.Entity, opts ...Option) Result {
	c := config{indirect: true, nested: true}
	for _, o := range opts {
		o(&c)
	}
	f := newFinder(text, ents, c)
	f.run()
	return f.result()
}

// found is a quote under construction, in byte offsets.
type found struct {
	kind     Kind
	at       span // the quoted words
	cut      []span
	speaker  int // index into finder.ents, or -1
	cue      Cue
	audience []int
	setting  string
	reports  *found
	level    int
	id       string
	para     int
}

// ent is an entity Find can attribute to: one of the caller's, or one it
// created.
type ent struct {
	id, name string
	lname    string // name in lower case
	kind     entity.Kind
	gender   byte // 'm', 'f', 'p' (a group) or 0
	unnamed  bool
	created  bool
	key      string // how a created description is recognised again
	at       int    // where a created entity was first seen
}

// mention is where an entity is named, in bytes.
type mention struct {
	at  span
	ent int
	inq bool // inside a quotation
}

type finder struct {
	text  string
	cfg   config
	given []entity.Entity
	ents  []ent
	byKey map[string]int // created entities by key
	ids   map[string]bool

	ments  []mention // mentions of the given entities, sorted
	extra  []mention // mentions of created entities and of descriptions, in text order
	titles map[string]int

	paras  []span
	mqs    []*mq
	open   map[int][]*mq // quotations left open at the end of each paragraph
	opened map[int][]*mq // quotations opening in each paragraph
	found  []*found

	lastSpk int // speaker of the latest quote, or -1
	lastQ   *found
	qa      map[int]qaLabel

	toks      []tok
	sent      []int
	prevColon colon
	sentStart int         // byte offset of the sentence being read
	sameAs    map[int]int // unnamed speakers a later apposition named
	lower     map[string]string
	exclude   int // an entity a pronoun cannot mean here, or -1
}

func newFinder(text string, ents []entity.Entity, c config) *finder {
	f := &finder{text: text, cfg: c, given: ents, byKey: map[string]int{}, ids: map[string]bool{},
		titles: map[string]int{}, lower: map[string]string{}, lastSpk: -1, exclude: -1}
	for _, e := range ents {
		f.ids[e.ID] = true
		g := byte(0)
		if e.Kind == entity.Person {
			g = nameGender(e.Name)
		}
		f.ents = append(f.ents, ent{id: e.ID, name: e.Name, lname: strings.ToLower(e.Name), kind: e.Kind, gender: g, unnamed: e.Unnamed})
	}
	for i, e := range ents {
		for _, r := range e.Roles {
			if h := headOf(r.Title); h != "" {
				f.titles[h] = i
			}
		}
		if e.Unnamed || e.Description != "" {
			if h := headOf(e.Name + " " + e.Description); h != "" {
				if _, ok := f.titles[h]; !ok {
					f.titles[h] = i
				}
			}
		}
	}
	return f
}

// nameGender guesses a person's gender from the given name or honorific
// that starts name; 0 when it cannot tell.
func nameGender(name string) byte {
	first, _, _ := strings.Cut(strings.TrimSpace(name), " ")
	first = strings.ToLower(strings.TrimSuffix(first, "."))
	if g, ok := titleGender[first]; ok {
		return g
	}
	if h, _, ok := strings.Cut(first, "-"); ok {
		first = h
	}
	return givenNames[first]
}

// headOf returns the last human or organisation noun of a title, such as
// "envoy" of "Special Envoy to the Middle East".
func headOf(title string) string {
	words := strings.Fields(strings.ToLower(title))
	head := ""
	for _, w := range words {
		w = strings.Trim(w, ",.;:")
		if _, ok := humanNouns[w]; ok {
			head = w
		} else if orgNouns[w] {
			head = w
		}
		if w == "of" || w == "to" || w == "for" {
			if head != "" {
				break
			}
		}
	}
	return head
}

func (f *finder) run() {
	f.paras = paragraphs(f.text)
	f.indexMentions()
	f.mqs = pairMarks(f.text, f.paras)
	slices.SortFunc(f.mqs, func(a, b *mq) int { return a.open.s - b.open.s })
	f.open, f.opened = map[int][]*mq{}, map[int][]*mq{}
	for _, q := range f.mqs {
		q.inner = f.innerOf(q)
		q.openTok, q.closeTok = -1, -1
		f.opened[q.p0] = append(f.opened[q.p0], q)
		if q.close.s == q.close.e {
			f.open[q.p1] = append(f.open[q.p1], q)
		}
	}
	f.markQuotedMentions()
	f.detectQA()
	marks := f.marksByPara()
	for pi, p := range f.paras {
		f.toks = tokenize(f.text, p, marks[pi], f.toks)
		f.lowerWords(f.toks)
		f.tagMentions(f.toks)
		f.sent = sentences(f.text, f.toks, f.sent)
		f.paragraph(pi)
	}
}

// lowerWords sets the lower-case form of each word and marks the words
// that may start a reporting cue; a word that has capitals is lowered once
// per Find, however often it occurs.
func (f *finder) lowerWords(ts []tok) {
	for i := range ts {
		t := &ts[i]
		if t.kind != tWord {
			continue
		}
		w := f.text[t.s:t.e]
		low := w
		for k := 0; k < len(w); k++ {
			if c := w[k]; c >= utf8.RuneSelf || 'A' <= c && c <= 'Z' {
				low = f.lowerOf(w)
				break
			}
		}
		t.low = low
		if low == w {
			t.cue = len(low) >= 3 && len(low) <= maxCueLen && cueEnds[int(low[0])<<8|int(low[len(low)-1])] && cueWords[low]
		} else {
			// A capitalised cue starts a sentence: "According to …".
			t.cue = low == "according" || low == "said" || low == "says"
		}
	}
}

// lowerOf returns w, which has capitals or other letters than ASCII, in
// lower case. A word that the tables know is taken from them; another one
// is lowered once per Find, or not at all when it is ASCII and no table
// holds it even without a possessive ending: only the tables look at it.
func (f *finder) lowerOf(w string) string {
	if low, ok := f.lower[w]; ok {
		return low
	}
	var buf [32]byte
	ascii := len(w) <= len(buf)
	for k := 0; ascii && k < len(w); k++ {
		c := w[k]
		if c >= utf8.RuneSelf {
			ascii = false
			break
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[k] = c
	}
	if ascii {
		table := knownWords()
		if low, ok := table[string(buf[:len(w)])]; ok {
			return low
		}
		if _, ok := table[baseWord(string(buf[:len(w)]))]; !ok {
			return w
		}
	}
	low := strings.ToLower(w)
	if len(f.lower) < 1<<16 {
		f.lower[w] = low
	}
	return low
}

// innerOf is the span of the words between the marks of q.
func (f *finder) innerOf(q *mq) span {
	s, e := q.open.e, q.close.s
	for s < e {
		r, w := utf8.DecodeRuneInString(f.text[s:e])
		if isSpaceRune(r) {
			s += w
			continue
		}
		// A quote whose first paragraph is empty starts after the mark
		// that re-opens it.
		if slices.ContainsFunc(q.reopen, func(m span) bool { return m.s == s }) {
			s += w
			continue
		}
		break
	}
	for e > s {
		r, w := utf8.DecodeLastRuneInString(f.text[s:e])
		if !isSpaceRune(r) {
			break
		}
		e -= w
	}
	return span{s, e}
}

// marksByPara lists the paired marks of each paragraph in text order: one
// sorted slice, cut at the paragraph bounds.
func (f *finder) marksByPara() [][]markAt {
	all := make([]markAt, 0, 2*len(f.mqs))
	for _, q := range f.mqs {
		all = append(all, markAt{at: q.open, kind: tOpen, q: q})
		for _, r := range q.reopen {
			all = append(all, markAt{at: r, kind: tOpen, q: q})
		}
		if q.close.e > q.close.s {
			all = append(all, markAt{at: q.close, kind: tClose, q: q})
		}
	}
	slices.SortFunc(all, func(a, b markAt) int { return a.at.s - b.at.s })
	out := make([][]markAt, len(f.paras))
	k := 0
	for pi, p := range f.paras {
		for k < len(all) && all[k].at.s < p.s {
			k++
		}
		lo := k
		for k < len(all) && all[k].at.s < p.e {
			k++
		}
		out[pi] = all[lo:k:k]
	}
	return out
}

// result turns what was found into Quotes with code point offsets.
func (f *finder) result() Result {
	var fs []*found
	for _, q := range f.found {
		if q != nil && q.at.e > q.at.s {
			fs = append(fs, q)
		}
	}
	slices.SortStableFunc(fs, func(a, b *found) int {
		if a.at.s != b.at.s {
			return a.at.s - b.at.s
		}
		return b.at.e - a.at.e
	})
	// One pass converts every offset to code points.
	offs := make([]int, 0, 2*len(fs))
	for _, q := range fs {
		offs = append(offs, q.at.s, q.at.e)
	}
	slices.Sort(offs)
	offs = slices.Compact(offs)
	cpOf := make([]int, len(offs))
	n, last := 0, 0
	for i, o := range offs {
		n += utf8.RuneCountInString(f.text[last:o])
		last = o
		cpOf[i] = n
	}
	cp := func(b int) int {
		i, _ := slices.BinarySearch(offs, b)
		return cpOf[i]
	}
	same := func(i int) int {
		if j, ok := f.sameAs[i]; ok {
			return j
		}
		return i
	}
	for _, q := range fs {
		if q.speaker >= 0 {
			q.speaker = same(q.speaker)
		}
		for k, a := range q.audience {
			q.audience[k] = same(a)
		}
	}
	res := Result{Quotes: make([]Quote, 0, len(fs))}
	for i, q := range fs {
		q.id = "q" + strconv.Itoa(i+1)
	}
	for _, q := range fs {
		raw := f.text[q.at.s:q.at.e]
		out := Quote{ID: q.id, Kind: q.kind, Text: f.words(q), Cue: q.cue, Setting: q.setting,
			Span: news.Span{Start: cp(q.at.s), End: cp(q.at.e), Text: raw}}
		if q.speaker >= 0 {
			out.Speaker = f.ents[q.speaker].id
		}
		for _, a := range q.audience {
			if a >= 0 && a != q.speaker && !slices.Contains(out.Audience, f.ents[a].id) {
				out.Audience = append(out.Audience, f.ents[a].id)
			}
		}
		if q.reports != nil && q.reports.id != "" && q.reports != q {
			out.Reports = q.reports.id
		}
		res.Quotes = append(res.Quotes, out)
	}
	used := map[int]bool{}
	for _, q := range fs {
		used[q.speaker] = true
		for _, a := range q.audience {
			used[a] = true
		}
	}
	for i := len(f.given); i < len(f.ents); i++ {
		if !used[i] {
			continue
		}
		e := f.ents[i]
		res.Speakers = append(res.Speakers, entity.Entity{ID: e.id, Kind: e.kind, Name: e.name, Unnamed: e.unnamed})
	}
	return res
}

// words is the text of a quote: its span without the marks that re-open
// it in later paragraphs.
func (f *finder) words(q *found) string {
	if len(q.cut) == 0 {
		return f.text[q.at.s:q.at.e]
	}
	var b strings.Builder
	at := q.at.s
	for _, c := range q.cut {
		if c.s < at || c.e > q.at.e {
			continue
		}
		b.WriteString(f.text[at:c.s])
		at = c.e
	}
	b.WriteString(f.text[at:q.at.e])
	return b.String()
}

// create returns the entity for a speaker the caller did not give, making
// it the first time: a description ("Kremlin spokesperson", unnamed) or a
// name.
func (f *finder) create(name string, kind entity.Kind, unnamed bool, gender byte) int {
	key := strings.ToLower(name)
	if i, ok := f.byKey[key]; ok {
		return i
	}
	// A name the caller gave under another spelling of case.
	for i, e := range f.ents[:len(f.given)] {
		if strings.EqualFold(e.name, name) {
			return i
		}
	}
	id := slug(name)
	if id == "" {
		id = "speaker"
	}
	base := id
	for n := 2; f.ids[id]; n++ {
		id = base + "-" + strconv.Itoa(n)
	}
	f.ids[id] = true
	f.ents = append(f.ents, ent{id: id, name: name, lname: key, kind: kind, gender: gender, unnamed: unnamed, created: true, key: key, at: f.sentStart})
	f.byKey[key] = len(f.ents) - 1
	return len(f.ents) - 1
}

// slug makes an ID of a name: lower-case ASCII letters and digits joined
// by hyphens; letters with accents lose them where they decompose.
func slug(name string) string {
	var b strings.Builder
	dash := false
	for _, r := range strings.ToLower(name) {
		r = foldLatin(r)
		switch {
		case 'a' <= r && r <= 'z' || '0' <= r && r <= '9':
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			dash = false
			b.WriteRune(r)
		default:
			dash = true
		}
		if b.Len() >= 60 {
			break
		}
	}
	return b.String()
}
