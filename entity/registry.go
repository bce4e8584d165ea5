package entity

import (
	"fmt"
	"maps"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"
)

// Registry holds the user's known entities compiled into one automaton; safe
// for concurrent use. Build it once with NewRegistry or ReadRegistry and
// match any number of texts with Match and Find.
type Registry struct {
	entities []Entity
	ids      []string // the entities' IDs, apart for locality

	vocab wordTable // folded word → its number, and the node it leads to from the root
	edges edgeTable // (node, gap, word) → node, for names, but for the root's
	nodes []node    // nodes of the names' trie; node 0 is the root
	cands []cand    // the names that end at each node, by node

	// The derived names of entity e at crowded nodes are
	// cands[derivedOf[derivedEnds[e]:derivedEnds[e+1]]], and derivedAt[k]
	// is the node where cands[k] ends.
	derivedEnds []int32
	derivedOf   []int32
	derivedAt   []int32

	titleEdges map[uint64]int32 // (node, gap, word) → node, for titles read backwards
	titleOf    []int32          // title node → index in titles, or -1
	titles     []titleLine
}

// node is a node of the names' trie: the names that end there are
// cands[lo:hi], Names and aliases in cands[lo:mid] and the forms derived
// from a person's Name in cands[mid:hi], each part sorted by entity.
type node struct {
	lo, mid, hi int32
	common      bool // a one-word name that is a common word
	crowded     bool // more than crowd derived names end here
}

// crowd is the most derived names a node holds before the matcher files
// the ones of people it meets by node rather than look them up one by one.
const crowd = 8

// cand is one name of one entity, ending at a node of the trie.
type cand struct {
	ent      int32
	rank     uint8  // index in forms: the lower, the stronger
	dot      bool   // the name ends in a full stop ("Acme Inc.")
	person   bool   // the entity is a person
	spelling string // a one-word name that starts with a lowercase letter ("eBay"), as written
}

// Form is how a match names its entity.
type Form string

// The forms of a name.
const (
	FullName  Form = "name"       // the entity's Name, or its first and last words when the rest are initials
	Alias     Form = "alias"      // one of the entity's Aliases
	Surname   Form = "surname"    // the last word of a person's Name, with its particles ("von der Leyen")
	GivenName Form = "given-name" // the first word of a person's Name
)

// forms lists the forms from the strongest: a Name or alias is stronger
// than a form derived from a person's Name.
var forms = [...]Form{FullName, Alias, Surname, GivenName}

const (
	rankFull uint8 = iota
	rankAlias
	rankSurname
	rankGiven
)

// Limits of a registry name.
const (
	maxNameWords  = 32 // words of one name
	maxTitleWords = 6  // words of one title
)

// RegistryError is what NewRegistry and ReadRegistry return for an entity
// or a file they cannot use: where the fault is, and what it is.
type RegistryError struct {
	// Pointer is the RFC 6901 JSON pointer of the offending value in the
	// registry file, or in the list given to NewRegistry as if it were one:
	// "/entities/3/aliases/1" is the second alias of the fourth entity.
	Pointer string
	// Line and Column locate the fault in a file, both counting from 1,
	// Column in code points; both are 0 when the position is not known.
	Line, Column int
	// Rule is a stable name for the kind of fault: "id", "kind", "name",
	// "role", "external-id", or one of the decoder's: "syntax",
	// "unknown-key", "required", "duplicate-key", "type", "value",
	// "trailing-data", "limit".
	Rule string
	// Message says what is wrong, for a person.
	Message string
	// Err is the underlying error of a value's text form, or nil.
	Err error
}

// Error returns "entity: registry: [LINE:COLUMN: ]POINTER: MESSAGE".
func (e *RegistryError) Error() string {
	ptr := e.Pointer
	if ptr == "" {
		ptr = "(document)"
	}
	if e.Line > 0 {
		return fmt.Sprintf("entity: registry: %d:%d: %s: %s", e.Line, e.Column, ptr, e.Message)
	}
	return fmt.Sprintf("entity: registry: %s: %s", ptr, e.Message)
}

// Unwrap returns Err.
func (e *RegistryError) Unwrap() error { return e.Err }

// RegistryOption changes how NewRegistry and ReadRegistry build a Registry.
type RegistryOption func(*registryConfig)

type registryConfig struct {
	titles []titleLine
	common []string
}

// WithTitles adds titles to those recognised before a person's name, such
// as "Grand Vizier" or "Head Teacher". A title is matched like a name
// (case, width and diacritics aside) and becomes the Title of the match and
// of the Role that Find gives the person.
func WithTitles(titles ...string) RegistryOption {
	return func(c *registryConfig) {
		for _, t := range titles {
			if t = strings.TrimSpace(t); t != "" {
				c.titles = append(c.titles, titleLine{form: t, title: t})
			}
		}
	}
}

// WithCommonWords adds words to the common words: a registry name of one
// such word matches only where the text capitalises it, and at the start
// of a sentence only once the entity was mentioned in full or after a
// title.
func WithCommonWords(words ...string) RegistryOption {
	return func(c *registryConfig) { c.common = append(c.common, words...) }
}

// NewRegistry compiles es into a Registry. Every entity needs an ID (a slug,
// unique in the registry), one of Kinds and a Name; a Name or alias must
// have a letter or digit, at most 32 words, and more than one letter, and
// no alias may repeat another. A role needs a title, and an external
// identifier a knowledge base named in lowercase. The first fault is a
// *RegistryError whose pointer names the entity's index and the field, such
// as "/entities/3/aliases/1". The registry keeps a copy of es.
//
// Two entities may share a name; see Registry.Match for who such a name
// then matches.
func NewRegistry(es []Entity, opts ...RegistryOption) (*Registry, error) {
	cfg := registryConfig{titles: parseTitles(defaultTitles)}
	for _, o := range opts {
		o(&cfg)
	}
	b := builder{vocab: make(map[string]int32), edges: make(map[uint64]int32), r: &Registry{
		nodes:      []node{{}},
		titleEdges: make(map[uint64]int32),
		titleOf:    []int32{-1},
	}}
	ids := make(map[string]int, len(es))
	for i, e := range es {
		ptr := "/entities/" + strconv.Itoa(i)
		if err := checkID(e.ID, ptr, ids); err != nil {
			return nil, err
		}
		ids[e.ID] = i
		if !slices.Contains(Kinds, e.Kind) {
			return nil, &RegistryError{Pointer: ptr + "/kind", Rule: "kind",
				Message: fmt.Sprintf("unknown kind %q; want one of: %s", e.Kind, kindList())}
		}
		if err := checkEntity(e, ptr); err != nil {
			return nil, err
		}
		if err := b.addEntity(int32(i), e, ptr); err != nil {
			return nil, err
		}
	}
	for _, t := range cfg.titles {
		b.addTitle(t)
	}
	b.finish(cfg.common, int32(len(es)))
	b.r.entities = make([]Entity, len(es))
	b.r.ids = make([]string, len(es))
	for i, e := range es {
		b.r.entities[i] = cloneEntity(e)
		b.r.ids[i] = e.ID
	}
	return b.r, nil
}

func kindList() string {
	names := make([]string, len(Kinds))
	for i, k := range Kinds {
		names[i] = string(k)
	}
	return strings.Join(names, ", ")
}

// checkEntity checks what the registry schema states of an entity's
// aliases, roles and external identifiers and the name checks leave out.
func checkEntity(e Entity, ptr string) error {
	for k, a := range e.Aliases {
		if j := slices.Index(e.Aliases[:k], a); j >= 0 {
			return &RegistryError{Pointer: ptr + "/aliases/" + strconv.Itoa(k), Rule: "name",
				Message: fmt.Sprintf("alias %q is also alias %d", a, j)}
		}
	}
	for k, ro := range e.Roles {
		rp := ptr + "/roles/" + strconv.Itoa(k)
		switch {
		case strings.TrimSpace(ro.Title) == "":
			return &RegistryError{Pointer: rp + "/title", Rule: "role", Message: "empty title"}
		case ro.Ordinal < 0:
			return &RegistryError{Pointer: rp + "/ordinal", Rule: "role", Message: fmt.Sprintf("ordinal %d; ordinals count from 1", ro.Ordinal)}
		case ro.Of != "" && !isSlug(ro.Of):
			return &RegistryError{Pointer: rp + "/of", Rule: "role", Message: fmt.Sprintf("%q is not an entity id", ro.Of)}
		}
	}
	for _, base := range slices.Sorted(maps.Keys(e.ExternalIDs)) {
		bp := ptr + "/externalIds/" + strings.ReplaceAll(strings.ReplaceAll(base, "~", "~0"), "/", "~1")
		if !isSlug(base) || base[0] < 'a' {
			return &RegistryError{Pointer: bp, Rule: "external-id",
				Message: fmt.Sprintf("knowledge base %q is not a lowercase name that starts with a letter", base)}
		}
		if e.ExternalIDs[base] == "" {
			return &RegistryError{Pointer: bp, Rule: "external-id", Message: "empty identifier"}
		}
	}
	return nil
}

// isSlug reports whether s is a slug: lowercase ASCII letters, digits and
// hyphens, starting with a letter or digit.
func isSlug(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !('a' <= c && c <= 'z' || '0' <= c && c <= '9' || c == '-' && i > 0) {
			return false
		}
	}
	return s != ""
}

// checkID checks that id is a slug that no earlier entity has.
func checkID(id, ptr string, seen map[string]int) error {
	if !isSlug(id) {
		return &RegistryError{Pointer: ptr + "/id", Rule: "id",
			Message: fmt.Sprintf("id %q is not a slug of lowercase letters, digits and hyphens", id)}
	}
	if j, dup := seen[id]; dup {
		return &RegistryError{Pointer: ptr + "/id", Rule: "id",
			Message: fmt.Sprintf("id %q is also the id of entity %d", id, j)}
	}
	return nil
}

// Len returns the number of entities in the registry.
func (r *Registry) Len() int { return len(r.entities) }

// Entities returns a copy of the registry's entities, in the order given.
func (r *Registry) Entities() []Entity {
	out := make([]Entity, len(r.entities))
	for i, e := range r.entities {
		out[i] = cloneEntity(e)
	}
	return out
}

// cloneEntity copies e so that the copy shares no slice or map with it.
func cloneEntity(e Entity) Entity {
	e.Aliases = slices.Clone(e.Aliases)
	e.Roles = slices.Clone(e.Roles)
	e.ExternalIDs = maps.Clone(e.ExternalIDs)
	e.Relations = slices.Clone(e.Relations)
	e.Mentions = slices.Clone(e.Mentions)
	return e
}

// builder compiles a Registry.
type builder struct {
	r      *Registry
	vocab  map[string]int32 // folded word → its number
	edges  map[uint64]int32 // the names' trie, as Registry.edges will hold it
	pairs  []nodeCand
	person bool // the entity being added is a person
}

type nodeCand struct {
	node int32
	c    cand
}

// name is a name cut into folded words.
type name struct {
	words []string // folded
	orig  []string // as written
	gaps  []gap    // gaps[k] lies before words[k]; gaps[0] is unused
	tight []bool   // tight[k]: a hyphen or an apostrophe joins words[k] to the word before
	dot   bool     // a full stop follows the last word
}

// cutName cuts s into words as the matcher cuts a text, or says why it
// cannot be matched.
func cutName(s string) (name, string) {
	var n name
	if !utf8.ValidString(s) {
		return n, "not valid UTF-8"
	}
	if strings.TrimSpace(s) == "" {
		return n, "empty name"
	}
	sc := newScanner(s)
	var t token
	for sc.next(&t) {
		if t.flags&tLong != 0 {
			return n, fmt.Sprintf("the word %q is longer than %d bytes", s[t.b0:t.b1], maxWordBytes)
		}
		if len(n.words) == maxNameWords {
			return n, fmt.Sprintf("more than %d words", maxNameWords)
		}
		g := t.gap
		if g == gPara {
			g = gSpace
		}
		n.words = append(n.words, string(sc.buf))
		n.orig = append(n.orig, s[t.b0:t.b1])
		n.gaps = append(n.gaps, g)
		n.tight = append(n.tight, t.flags&tTight != 0)
		n.dot = t.b1 < len(s) && s[t.b1] == '.'
	}
	switch {
	case len(n.words) == 0:
		return n, fmt.Sprintf("%q has no letter or digit", s)
	case len(n.words) == 1 && utf8.RuneCountInString(n.orig[0]) == 1:
		return n, fmt.Sprintf("%q is one letter, which would match every lone letter; give a longer form", s)
	}
	return n, ""
}

func (b *builder) word(w string) int32 {
	id, ok := b.vocab[w]
	if !ok {
		id = int32(len(b.vocab))
		b.vocab[w] = id
	}
	return id
}

func edgeKey(n int32, g gap, w int32) uint64 {
	return uint64(n)<<32 | uint64(g)<<29 | uint64(w)
}

// addEntity adds the names of entity i.
func (b *builder) addEntity(i int32, e Entity, ptr string) error {
	n, msg := cutName(e.Name)
	if msg != "" {
		return &RegistryError{Pointer: ptr + "/name", Rule: "name", Message: msg}
	}
	b.person = e.Kind == Person
	b.addName(i, rankFull, n)
	for k, a := range e.Aliases {
		an, msg := cutName(a)
		if msg != "" {
			return &RegistryError{Pointer: ptr + "/aliases/" + strconv.Itoa(k), Rule: "name", Message: msg}
		}
		b.addName(i, rankAlias, an)
	}
	if e.Kind == Person && !e.Unnamed {
		b.addDerived(i, n)
	}
	return nil
}

// addDerived adds the forms of a person's name that a story uses once it
// has named the person in full: the surname, the surname without a particle
// joined to it, the given name, and for a name whose middle words are
// initials, the given name and the surname. The surname is the last word
// with the words a hyphen or an apostrophe joins to it ("O'Brien",
// "Zeta-Jones", "al-Assad") and the particles written before it ("von der
// Leyen"); a suffix such as "Jr." is left out of it.
func (b *builder) addDerived(i int32, n name) {
	last := len(n.words) - 1
	for last > 0 && nameSuffixes[n.words[last]] {
		last--
	}
	if last < 1 {
		return
	}
	core := last
	for core > 1 && n.tight[core] {
		core--
	}
	start := core
	for start > 1 && !n.tight[start] && surnameParticles[n.words[start-1]] {
		start--
	}
	given := 0
	for given+1 < start && n.tight[given+1] {
		given++
	}
	sub := func(from, to int) name {
		return name{words: n.words[from:to], orig: n.orig[from:to], gaps: n.gaps[from:to], tight: n.tight[from:to]}
	}
	if start < last || utf8.RuneCountInString(n.orig[last]) > 1 {
		b.addName(i, rankSurname, sub(start, last+1))
	}
	if start == core && core < last && surnameParticles[n.words[core]] {
		b.addName(i, rankSurname, sub(core+1, last+1))
	}
	if given > 0 || utf8.RuneCountInString(n.orig[0]) > 1 && !surnameParticles[n.words[0]] {
		b.addName(i, rankGiven, sub(0, given+1))
	}
	initials := start > given+1
	for k := given + 1; k < start; k++ {
		initials = initials && utf8.RuneCountInString(n.orig[k]) == 1 && !n.tight[k]
	}
	if initials {
		short := name{
			words: slices.Concat(n.words[:given+1], n.words[start:last+1]),
			orig:  slices.Concat(n.orig[:given+1], n.orig[start:last+1]),
			gaps:  slices.Concat(n.gaps[:given+1], []gap{gSpace}, n.gaps[start+1:last+1]),
		}
		b.addName(i, rankFull, short)
	}
}

// addName adds one name of entity i to the trie.
func (b *builder) addName(i int32, rank uint8, n name) {
	r := b.r
	cur := int32(0)
	for k, w := range n.words {
		g := gSpace
		if k > 0 {
			g = n.gaps[k]
		}
		key := edgeKey(cur, g, b.word(w))
		next, ok := b.edges[key]
		if !ok {
			next = int32(len(r.nodes))
			r.nodes = append(r.nodes, node{})
			b.edges[key] = next
		}
		cur = next
	}
	c := cand{ent: i, rank: rank, dot: n.dot, person: b.person}
	if len(n.words) == 1 {
		if first, _ := utf8.DecodeRuneInString(n.orig[0]); lookupLower(first) {
			c.spelling = n.orig[0]
		}
	}
	b.pairs = append(b.pairs, nodeCand{node: cur, c: c})
}

// lookupLower reports whether r is a lowercase letter.
func lookupLower(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z'
	}
	return lookup(runeTable(), r).lower
}

// addTitle adds a title to the trie of titles, which reads a title's words
// backwards from the name that follows it. A title that ends in a full stop
// is also added without it.
func (b *builder) addTitle(t titleLine) {
	n, msg := cutName(t.form)
	if msg != "" || len(n.words) > maxTitleWords {
		return
	}
	idx := int32(len(b.r.titles))
	b.r.titles = append(b.r.titles, t)
	after := []gap{gSpace}
	if n.dot {
		after = append(after, gDot)
	}
	for _, g := range after {
		cur := int32(0)
		for k := len(n.words) - 1; k >= 0; k-- {
			key := edgeKey(cur, g, b.word(n.words[k]))
			next, ok := b.r.titleEdges[key]
			if !ok {
				next = int32(len(b.r.titleOf))
				b.r.titleOf = append(b.r.titleOf, -1)
				b.r.titleEdges[key] = next
			}
			cur = next
			g = n.gaps[k]
		}
		if b.r.titleOf[cur] < 0 {
			b.r.titleOf[cur] = idx
		}
	}
}

// fileDerived lists each entity's derived names at crowded nodes, for the
// matcher to file by node once it meets the entity in full.
func (b *builder) fileDerived(n int32) {
	r := b.r
	r.derivedEnds = make([]int32, n+1)
	r.derivedAt = make([]int32, len(r.cands))
	for at := range r.nodes {
		nd := &r.nodes[at]
		nd.crowded = nd.hi-nd.mid > crowd
		if !nd.crowded {
			continue
		}
		for k := nd.mid; k < nd.hi; k++ {
			r.derivedEnds[r.cands[k].ent+1]++
			r.derivedAt[k] = int32(at)
		}
	}
	for e := range n {
		r.derivedEnds[e+1] += r.derivedEnds[e]
	}
	r.derivedOf = make([]int32, r.derivedEnds[n])
	next := slices.Clone(r.derivedEnds[:n])
	for _, nd := range r.nodes {
		if !nd.crowded {
			continue
		}
		for k := nd.mid; k < nd.hi; k++ {
			e := r.cands[k].ent
			r.derivedOf[next[e]] = k
			next[e]++
		}
	}
}

// finish sorts the names into their nodes, keeping the strongest form of
// each entity at a node, and marks the common words.
func (b *builder) finish(common []string, n int32) {
	r := b.r
	slices.SortFunc(b.pairs, func(x, y nodeCand) int {
		if x.node != y.node {
			return int(x.node - y.node)
		}
		if x.c.ent != y.c.ent {
			return int(x.c.ent - y.c.ent)
		}
		return int(x.c.rank) - int(y.c.rank)
	})
	r.cands = make([]cand, 0, len(b.pairs))
	for k, p := range b.pairs {
		if k > 0 && b.pairs[k-1].node == p.node && b.pairs[k-1].c.ent == p.c.ent {
			continue
		}
		nd := &r.nodes[p.node]
		if nd.hi == 0 {
			nd.lo = int32(len(r.cands))
		}
		r.cands = append(r.cands, p.c)
		nd.hi = int32(len(r.cands))
	}
	b.pairs = nil
	for k := range r.nodes {
		nd := &r.nodes[k]
		cs := r.cands[nd.lo:nd.hi]
		slices.SortFunc(cs, func(x, y cand) int {
			if dx, dy := x.rank >= rankSurname, y.rank >= rankSurname; dx != dy {
				if dx {
					return 1
				}
				return -1
			}
			return int(x.ent - y.ent)
		})
		nd.mid = nd.lo + int32(slices.IndexFunc(cs, func(c cand) bool { return c.rank >= rankSurname }))
		if nd.mid < nd.lo {
			nd.mid = nd.hi
		}
	}
	words := make([]string, len(b.vocab))
	for w, id := range b.vocab {
		words[id] = w
	}
	b.fileDerived(n)
	root := func(id int32) int32 { return b.edges[edgeKey(0, gSpace, id)] }
	r.edges = newEdgeTable(b.edges)
	r.vocab = newWordTable(words, root)
	for _, w := range append(strings.Fields(defaultCommonWords), common...) {
		n, _ := cutName(w) // one letter is refused as a name, but is a word
		if len(n.words) != 1 {
			continue
		}
		if id, ok := b.vocab[n.words[0]]; ok && root(id) != 0 {
			r.nodes[root(id)].common = true
		}
	}
}
