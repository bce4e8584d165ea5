package timeline

import (
	"cmp"
	"fmt"
	"slices"
	"strconv"
	"strings"
)

// bldEnt is an entry while the timeline is built.
type bldEnt struct {
	first    int32 // canonical index of the first item
	rank     int32 // position among the dated entries, or -1
	unknown  bool  // a relation of it names an unknown event
	hasEdges bool
}

// bldRel is a relation between two entries, as one item states it.
type bldRel struct {
	from, to int32 // entries: "from TYPE to"
	item     int32 // the stating item
	rel      Relation
}

// bldConflict is a conflict while the timeline is built; its message is
// written once entries have their IDs.
type bldConflict struct {
	contra  bool // undated entries placed between dates that exclude it
	kind    ConflictKind
	entries []int32
	claims  []Claim
}

const bldInf = int32(1<<31 - 1)

// bldBuild builds the timeline of items, which are in canonical order and
// without duplicates. s, when not nil, holds them already prepared.
func bldBuild(items []*Item, cfg bldConfig, s *bldState) *Timeline {
	t := &Timeline{items: items, cfg: cfg}
	n := len(items)
	if n == 0 {
		return t
	}
	if s == nil {
		s = &bldState{cfg: cfg, items: items}
		s.prepare()
	}
	s.items = items
	s.cluster()
	t.prep = &bldPrep{info: s.info, words: s.words, idents: s.idents, exts: s.exts}
	s.info, s.words, s.idents, s.exts, s.keyOf = nil, nil, nil, nil, nil

	// Group the items into entries; roots are the first items.
	entryOf := make([]int32, n)
	ne := int32(0)
	for i := range n {
		if r := s.find(int32(i)); r == int32(i) {
			entryOf[i] = ne
			ne++
		} else {
			entryOf[i] = entryOf[r]
		}
	}
	s.parent = nil
	ents := make([]bldEnt, ne)
	work := make([]Entry, ne) // the entries, in the order of their first items
	counts := make([]int32, ne+1)
	for _, e := range entryOf {
		counts[e+1]++
	}
	for e := range ne {
		counts[e+1] += counts[e]
	}
	ptrs := make([]*Item, n)
	fill := slices.Clone(counts[:ne])
	for i, e := range entryOf {
		if fill[e] == counts[e] {
			ents[e].first = int32(i)
		}
		ptrs[fill[e]] = items[i]
		fill[e]++
	}
	var conflicts []bldConflict
	for e := range ents {
		w := &work[e]
		w.Items = ptrs[counts[e]:counts[e+1]:counts[e+1]]
		ents[e].rank = -1
		var bad bool
		w.Date, bad = bldEntryDate(w.Items)
		if bad {
			c := bldConflict{kind: ConflictDate, entries: []int32{int32(e)}}
			for _, it := range w.Items {
				if !it.Event.When.Value.IsZero() {
					c.claims = append(c.claims, bldClaim(it))
				}
			}
			conflicts = append(conflicts, c)
		}
	}

	bldSetIDs(work)

	// Relations, resolved within their source.
	var rels []bldRel
	for gs := 0; gs < n; {
		ge := gs + 1
		for ge < n && items[ge].Source == items[gs].Source {
			ge++
		}
		group := items[gs:ge]
		for k := range group {
			it := group[k]
			if k > 0 && group[k-1].Event.ID == it.Event.ID {
				conflicts = append(conflicts, bldConflict{
					kind:    ConflictDuplicateID,
					entries: []int32{entryOf[gs+k-1], entryOf[gs+k]},
					claims:  []Claim{bldClaim(group[k-1]), bldClaim(it)},
				})
			}
			for _, r := range it.Event.Relations {
				j, found := bldFindEvent(group, r.Event)
				from := entryOf[gs+k]
				if !found {
					ents[from].unknown = true
					c := bldClaim(it)
					c.Relation = r
					conflicts = append(conflicts, bldConflict{kind: ConflictUnknownEvent, entries: []int32{from}, claims: []Claim{c}})
					continue
				}
				rels = append(rels, bldRel{from: from, to: entryOf[gs+j], item: int32(gs + k), rel: r})
			}
		}
		gs = ge
	}

	// Dated entries in order.
	dated := make([]int32, 0, ne)
	for e := range ents {
		if !work[e].Date.IsZero() {
			dated = append(dated, int32(e))
		}
	}
	bldSortDated(dated, ents, work)
	for r, e := range dated {
		ents[e].rank = int32(r)
	}

	// Check relations between dated entries; turn the others into edges
	// "from comes before to".
	type edge struct{ from, to, rel int32 }
	var edges []edge
	for k, r := range rels {
		a, b := &ents[r.from], &ents[r.to]
		claim := func() Claim {
			c := bldClaim(items[r.item])
			c.Relation = r.rel
			return c
		}
		strict := r.rel.Type == Before || r.rel.Type == After
		if !slices.Contains(RelationTypes, r.rel.Type) {
			conflicts = append(conflicts, bldConflict{kind: ConflictRelation, entries: []int32{r.from, r.to}, claims: []Claim{claim()}})
			continue
		}
		if r.from == r.to {
			if strict {
				conflicts = append(conflicts, bldConflict{kind: ConflictCycle, entries: []int32{r.from}, claims: []Claim{claim()}})
			}
			continue
		}
		if a.rank >= 0 && b.rank >= 0 {
			if bldContradicts(r.rel.Type, work[r.from].Date.Allen(work[r.to].Date)) {
				conflicts = append(conflicts, bldConflict{kind: ConflictRelation, entries: []int32{r.from, r.to},
					claims: []Claim{claim(), bldClaim(work[r.to].Items[0])}})
			}
			continue
		}
		from, to := r.from, r.to
		switch r.rel.Type {
		case After, During:
			from, to = to, from
		case Overlaps, Simultaneous:
			if a.rank >= 0 || (b.rank < 0 && r.from < r.to) {
				from, to = r.from, r.to
			} else {
				from, to = r.to, r.from
			}
		}
		edges = append(edges, edge{from, to, int32(k)})
		a.hasEdges, b.hasEdges = true, true
	}

	var order []int32  // placed entries, in order
	var lo, hi []int32 // for each entry, the ranks of the dated entries it must follow and precede
	var unplaced []int32
	reason := make(map[int32]Reason)
	if len(edges) == 0 {
		order = dated
	} else {
		g := bldNewGraph(int(ne), len(edges), dated, ents, work)
		for _, ed := range edges {
			g.add(ed.from, ed.to)
		}
		g.finish()
		removed := make([]bool, ne)
		for _, scc := range g.cycles() {
			in := make(map[int32]bool, len(scc))
			for _, v := range scc {
				in[v] = true
			}
			c := bldConflict{kind: ConflictCycle, entries: scc}
			for _, ed := range edges {
				if in[ed.from] && in[ed.to] {
					r := rels[ed.rel]
					cl := bldClaim(items[r.item])
					cl.Relation = r.rel
					c.claims = append(c.claims, cl)
				}
			}
			conflicts = append(conflicts, c)
			for _, v := range scc {
				if ents[v].rank < 0 {
					removed[v] = true
					reason[v] = ReasonCycle
				}
			}
		}
		var bad []bldContradiction
		order, lo, hi, bad = g.place(removed)
		for _, b := range bad {
			c := bldConflict{contra: true, kind: ConflictRelation, entries: append([]int32{b.lo, b.up}, b.entries...)}
			in := make(map[int32]bool, len(b.entries))
			for _, v := range b.entries {
				in[v] = true
			}
			for _, ed := range edges {
				if in[ed.from] || in[ed.to] {
					r := rels[ed.rel]
					cl := bldClaim(items[r.item])
					cl.Relation = r.rel
					c.claims = append(c.claims, cl)
				}
			}
			conflicts = append(conflicts, c)
		}
	}
	isPlaced := make([]bool, ne)
	for _, v := range order {
		isPlaced[v] = true
	}
	for e := range ents {
		if !isPlaced[e] {
			unplaced = append(unplaced, int32(e))
			if _, ok := reason[int32(e)]; !ok {
				switch {
				case ents[e].hasEdges:
					reason[int32(e)] = ReasonUnanchored
				case ents[e].unknown:
					reason[int32(e)] = ReasonUnknownEvent
				default:
					reason[int32(e)] = ReasonUndated
				}
			}
		}
	}

	// Entries and their IDs.
	pos := make([]int32, ne) // position in Entries, or len(Entries)+k for the k-th unplaced
	for k, v := range order {
		pos[v] = int32(k)
	}
	for k, v := range unplaced {
		pos[v] = int32(len(order) + k)
	}
	bldUniqueIDs(work, pos)
	perm := make([]int32, 0, ne)
	perm = append(append(perm, order...), unplaced...)
	bldPermute(work, perm)
	t.Entries = work[:len(order):len(order)]
	t.Unplaced = make([]Unplaced, len(unplaced))
	for k, v := range unplaced {
		t.Unplaced[k] = Unplaced{Entry: work[len(order)+k], Reason: reason[v]}
	}
	if lo != nil {
		for k, v := range order {
			if ents[v].rank >= 0 {
				continue
			}
			p := &Placement{}
			if r := lo[v]; r >= 0 {
				e := &t.Entries[pos[dated[r]]]
				p.After, p.AfterDate = e.ID, e.Date
			}
			if r := hi[v]; r < bldInf {
				e := &t.Entries[pos[dated[r]]]
				p.Before, p.BeforeDate = e.ID, e.Date
			}
			t.Entries[k].Placed = p
		}
	}
	for k := range t.Unplaced {
		u := &t.Unplaced[k]
		u.Message = bldUnplacedMessage(u)
	}
	t.Conflicts = bldFinishConflicts(t, conflicts, pos)
	return t
}

// bldFindEvent finds the item with event ID id in group, which is sorted
// by event ID.
func bldFindEvent(group []*Item, id string) (int, bool) {
	lo, hi := 0, len(group)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if group[m].Event.ID < id {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return lo, lo < len(group) && group[lo].Event.ID == id
}

// bldContradicts reports whether relation r between two events cannot hold
// when their dates stand in Allen relation a: an event lies somewhere within
// its date, so only dates that exclude every placement contradict.
func bldContradicts(r RelationType, a Allen) bool {
	switch r {
	case Before, Causes:
		return a == AllenMetBy || a == AllenAfter
	case After:
		return a == AllenBefore || a == AllenMeets
	case During, Includes, Overlaps, Simultaneous:
		return a == AllenBefore || a == AllenMeets || a == AllenMetBy || a == AllenAfter
	}
	return false
}

// bldSetIDs gives every entry its ID: the key of its items, or
// "ARTICLE/EVENT" of its first item. The IDs of the second kind are cut from
// one string, so that a million entries cost one allocation, not a million.
func bldSetIDs(ents []Entry) {
	key := func(e *Entry) string {
		for _, it := range e.Items {
			if it.Key != "" {
				return it.Key
			}
		}
		return ""
	}
	size := 0
	for i := range ents {
		e := &ents[i]
		if e.ID = key(e); e.ID == "" {
			size += len(e.Items[0].Source.Article) + 1 + len(e.Items[0].Event.ID)
		}
	}
	var b strings.Builder
	b.Grow(size)
	for i := range ents {
		if e := &ents[i]; e.ID == "" {
			b.WriteString(e.Items[0].Source.Article)
			b.WriteByte('/')
			b.WriteString(e.Items[0].Event.ID)
		}
	}
	all, at := b.String(), 0
	for i := range ents {
		if e := &ents[i]; e.ID == "" {
			n := len(e.Items[0].Source.Article) + 1 + len(e.Items[0].Event.ID)
			e.ID = all[at : at+n]
			at += n
		}
	}
}

// bldSortDated sorts the dated entries by date, then by their first item,
// as Date.Compare and the canonical order say. It sorts compact keys
// without pointers, the bounds of each date and the first 16 bytes of its
// text, so as not to chase the entries in memory; texts longer than that
// that tie fall back to the whole text.
func bldSortDated(dated []int32, ents []bldEnt, work []Entry) {
	type key struct {
		bounds   bldDateBounds
		hi, lo   uint64 // the first 16 bytes of the text
		n        uint32 // the length of the text
		first, e int32
		prec     Precision
	}
	keys := make([]key, len(dated))
	for i, e := range dated {
		d := &work[e].Date
		hi, lo := bldPrefix16(d.s)
		keys[i] = key{bounds: bldDateBoundsOf(*d), hi: hi, lo: lo, n: uint32(min(len(d.s), 1<<32-1)),
			prec: d.prec, first: ents[e].first, e: e}
	}
	// Date.Compare: start (a missing one first), end (a missing one last),
	// precision (coarser first), text; then the first item.
	slices.SortFunc(keys, func(a, b key) int {
		if c := bldCompareDateBounds(a.bounds, b.bounds); c != 0 {
			return c
		}
		switch {
		case a.prec != b.prec:
			return cmp.Compare(a.prec, b.prec)
		case a.hi != b.hi:
			return cmp.Compare(a.hi, b.hi)
		case a.lo != b.lo:
			return cmp.Compare(a.lo, b.lo)
		case a.n <= 16 && b.n <= 16:
			if a.n != b.n {
				return cmp.Compare(a.n, b.n)
			}
		default:
			if c := strings.Compare(work[a.e].Date.s, work[b.e].Date.s); c != 0 {
				return c
			}
		}
		return cmp.Compare(a.first, b.first)
	})
	for i := range keys {
		dated[i] = keys[i].e
	}
}

// bldUniqueIDs appends "~2", "~3", … to IDs already taken, in timeline
// order (placed, then unplaced: pos). Equal IDs are found by sorting their
// hashes.
func bldUniqueIDs(ents []Entry, pos []int32) {
	type hk struct {
		h uint64
		v int32
	}
	hs := make([]hk, len(ents))
	for v := range ents {
		hs[v] = hk{bldHashString(bldHashInit, ents[v].ID), int32(v)}
	}
	slices.SortFunc(hs, func(a, b hk) int {
		if a.h != b.h {
			return cmp.Compare(a.h, b.h)
		}
		return cmp.Compare(a.v, b.v)
	})
	var dup []int32
	for k := 1; k < len(hs); k++ {
		if hs[k].h == hs[k-1].h {
			if len(dup) == 0 || dup[len(dup)-1] != hs[k-1].v {
				dup = append(dup, hs[k-1].v)
			}
			dup = append(dup, hs[k].v)
		}
	}
	if len(dup) == 0 {
		return
	}
	slices.SortFunc(dup, func(a, b int32) int { return cmp.Compare(pos[a], pos[b]) })
	taken := make(map[string]bool)
	for _, v := range dup {
		base := ents[v].ID
		if !taken[base] {
			taken[base] = true
			continue
		}
		for m := 2; ; m++ {
			if c := base + "~" + strconv.Itoa(m); !taken[c] {
				taken[c] = true
				ents[v].ID = c
				break
			}
		}
	}
}

func bldUnplacedMessage(u *Unplaced) string {
	var unresolved string
	for _, it := range u.Entry.Items {
		if it.Event.When.Text != "" {
			unresolved = fmt.Sprintf("its date %q was not resolved, and ", it.Event.When.Text)
			break
		}
	}
	switch u.Reason {
	case ReasonUnknownEvent:
		return "no date: " + unresolved + "its relations name only events that were not given"
	case ReasonCycle:
		return "no date, and its relations form a cycle"
	case ReasonUnanchored:
		return "no date, and its relations reach no dated event"
	}
	if unresolved != "" {
		return "no date: " + unresolved + "it has no relation to another event"
	}
	return "no date and no relation to another event"
}

// bldFinishConflicts writes the messages of the conflicts, sorts them along
// the timeline and records them in the entries.
func bldFinishConflicts(t *Timeline, cs []bldConflict, pos []int32) []Conflict {
	if len(cs) == 0 {
		return nil
	}
	entry := func(v int32) *Entry {
		p := int(pos[v])
		if p < len(t.Entries) {
			return &t.Entries[p]
		}
		return &t.Unplaced[p-len(t.Entries)].Entry
	}
	type sorted struct {
		at int32
		c  Conflict
		vs []int32
	}
	out := make([]sorted, len(cs))
	for k, c := range cs {
		vs := slices.Clone(c.entries)
		slices.SortFunc(vs, func(a, b int32) int { return cmp.Compare(pos[a], pos[b]) })
		vs = slices.Compact(vs)
		ids := make([]string, len(vs))
		for i, v := range vs {
			ids[i] = entry(v).ID
		}
		out[k] = sorted{at: pos[vs[0]], vs: vs, c: Conflict{Kind: c.kind, Entries: ids, Claims: c.claims,
			Message: bldConflictMessage(c, entry)}}
	}
	slices.SortStableFunc(out, func(a, b sorted) int {
		return cmp.Or(cmp.Compare(a.at, b.at), strings.Compare(string(a.c.Kind), string(b.c.Kind)),
			strings.Compare(a.c.Message, b.c.Message))
	})
	res := make([]Conflict, len(out))
	for k, o := range out {
		res[k] = o.c
		for _, v := range o.vs {
			e := entry(v)
			e.Conflicts = append(e.Conflicts, k)
		}
	}
	return res
}

func bldSays(c Claim) string {
	return c.Source.Article + " (" + c.Event + ")"
}

func bldConflictMessage(c bldConflict, entry func(int32) *Entry) string {
	var b strings.Builder
	switch c.kind {
	case ConflictDate:
		fmt.Fprintf(&b, "sources disagree on the date of %q:", entry(c.entries[0]).Summary())
		for k, cl := range c.claims {
			if k > 0 {
				b.WriteString(";")
			}
			fmt.Fprintf(&b, " %s says %s", bldSays(cl), Readable(cl.When.Value))
		}
	case ConflictRelation:
		if c.contra {
			l, u := entry(c.entries[0]), entry(c.entries[1])
			b.WriteString("relations place")
			for k, v := range c.entries[2:] {
				if k > 0 {
					b.WriteString(",")
				}
				fmt.Fprintf(&b, " %q", entry(v).Summary())
			}
			fmt.Fprintf(&b, " after %q (%s) and before %q (%s), which their dates exclude",
				l.Summary(), Readable(l.Date), u.Summary(), Readable(u.Date))
			for _, cl := range c.claims {
				fmt.Fprintf(&b, "; %s says %s is %s %s", bldSays(cl), cl.Event, cl.Relation.Type, cl.Relation.Event)
			}
			break
		}
		cl := c.claims[0]
		if !slices.Contains(RelationTypes, cl.Relation.Type) {
			fmt.Fprintf(&b, "%s relates event %s to %s by %q, which is not a relation type",
				bldSays(cl), cl.Event, cl.Relation.Event, cl.Relation.Type)
			break
		}
		a, o := entry(c.entries[0]), entry(c.entries[1])
		fmt.Fprintf(&b, "%s says %q (%s) is %s %q (%s), which their dates %s and %s exclude",
			bldSays(cl), a.Summary(), cl.Event, cl.Relation.Type, o.Summary(), cl.Relation.Event, Readable(a.Date), Readable(o.Date))
	case ConflictCycle:
		if len(c.entries) == 1 {
			cl := c.claims[0]
			fmt.Fprintf(&b, "%s says %q is %s itself (%s), once the same event told by several sources is merged",
				bldSays(cl), entry(c.entries[0]).Summary(), cl.Relation.Type, cl.Relation.Event)
			break
		}
		b.WriteString("the relations of these events, with the order of their dates, form a cycle:")
		for k, v := range c.entries {
			if k > 0 {
				b.WriteString(",")
			}
			fmt.Fprintf(&b, " %q", entry(v).Summary())
		}
		for _, cl := range c.claims {
			fmt.Fprintf(&b, "; %s says it is %s %s", bldSays(cl), cl.Relation.Type, cl.Relation.Event)
		}
	case ConflictUnknownEvent:
		cl := c.claims[0]
		fmt.Fprintf(&b, "%s relates its event to event %q (%s), which the source does not give",
			bldSays(cl), cl.Relation.Event, cl.Relation.Type)
	case ConflictDuplicateID:
		cl := c.claims[0]
		fmt.Fprintf(&b, "%s gives two different events the ID %q", cl.Source.Article, cl.Event)
	}
	return b.String()
}
