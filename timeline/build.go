package timeline

import (
	"slices"
	"strings"

	"github.com/newsmodel/newsmodel/news"
)

// state is the working memory of one build.
type state struct {
	cfg   config
	items []*Item
	prepared
	parent []int32 // union-find over items
	keyOf  []string
	// touched keeps what the read-ahead helpers (touchItems, touchPointees,
	// touchRows) read, so that the reads are not dropped.
	touched byte
}

// build builds the timeline of items, which are in canonical order and
// without duplicates. s, when not nil, holds them already prepared.
//
// A build goes in stages, each in a file of its own: prepare derives what
// matching needs from each item (prepare.go), cluster joins the items that
// tell of one event (cluster.go), and the assembly then makes the clusters
// into entries, resolves their relations, orders the dated entries
// (order.go), places the undated ones (place.go), and writes the entries
// (entries.go) and the conflicts (conflicts.go).
func build(items []*Item, cfg config, s *state) *Timeline {
	t := &Timeline{items: items, cfg: cfg}
	if len(items) == 0 {
		return t
	}
	if s == nil {
		s = &state{cfg: cfg, items: items}
		s.prepare()
	}
	s.items = items
	s.cluster()
	prep := s.prepared
	t.prep = &prep
	a := &assembly{t: t, items: items, info: prep.info, keyOf: s.keyOf, reason: make(map[int32]Reason)}
	s.prepared, s.keyOf = prepared{}, nil
	a.group(s.parent)
	s.parent = nil
	a.dateEntries()
	a.resolveRelations()
	a.rankDated()
	a.makeEdges()
	a.placeUndated()
	a.collectUnplaced()
	a.write()
	return t
}

// assembly is a build once its items are clustered: the entries as they
// are drafted, the relations between them and the conflicts found so far.
type assembly struct {
	t     *Timeline
	items []*Item    // in canonical order
	info  []itemInfo // per item
	keyOf []string   // per root item, the key of its entry, or nil when no item has a key
	// entryOf is the entry of each item; once the entries have their
	// places, its first len(work.ents) values are reused for the position
	// of each entry (see write).
	entryOf   []int32
	work      *drafts
	conflicts []draftConflict
	rels      []rel
	// idBytes is the length of the entries' "ARTICLE/EVENT" IDs, to size
	// the string they are cut from; distinctIDs says that no two of them
	// can be equal (see resolveRelations).
	idBytes     int
	distinctIDs bool
	dated       []int32          // the dated entries, by date
	edges       [][2]int32       // from relations that touch an undated entry: "from comes before to"
	edgeRel     []int32          // the relation of each edge, in rels
	g           *graph           // the graph of edges, or nil when there are none
	lo, hi      []int32          // per vertex of g, the ranks of the dated entries it must follow and precede
	order       []int32          // the placed entries, in order
	unplaced    []int32          // the entries that could not be placed
	reason      map[int32]Reason // why each unplaced entry is
}

// group turns the union-find forest parent, whose roots are the first
// items of their entries, into the entries: the entry of each item, and
// the items of each entry together. A parent is never after its child,
// so walking up, the parent has already been turned into its entry, which
// is the child's: the forest turns into the entry of each item in place.
func (a *assembly) group(parent []int32) {
	entryOf := parent
	ne := int32(0)
	for i, p := range entryOf {
		if p == int32(i) {
			entryOf[i] = ne
			ne++
		} else {
			entryOf[i] = entryOf[p]
		}
	}
	ents := make([]draftEntry, ne)
	counts := runStarts(entryOf, ne)
	ptrs := make([]*Item, len(entryOf))
	fill := slices.Clone(counts[:ne])
	for i, e := range entryOf {
		if fill[e] == counts[e] {
			ents[e].first = int32(i)
		}
		ptrs[fill[e]] = a.items[i]
		fill[e]++
	}
	a.entryOf = entryOf
	a.work = &drafts{ents: ents, start: counts, items: ptrs}
}

// dateEntries gives each entry its date, and a conflict when its items'
// dates disagree.
func (a *assembly) dateEntries() {
	work, info := a.work, a.info
	ents, counts := work.ents, work.start
	idBytes := 0
	for e := range ents {
		ents[e].rank, ents[e].date = -1, -1
		idBytes += int(info[ents[e].first].idLen)
		if counts[e+1]-counts[e] == 1 {
			// Most entries have one item, whose info tells whether it
			// has a date: the item need not be read.
			if info[ents[e].first].dated() {
				ents[e].date = counts[e]
			}
			continue
		}
		its := work.of(int32(e))
		k, bad := entryDate(its)
		if k >= 0 {
			ents[e].date = counts[e] + int32(k)
		}
		if bad {
			c := draftConflict{kind: ConflictDate, entries: []int32{int32(e)}}
			for _, it := range its {
				if !it.Event.When.Value.IsZero() {
					c.claims = append(c.claims, claimOf(it))
				}
			}
			a.conflicts = append(a.conflicts, c)
		}
	}
	a.idBytes = idBytes
}

// resolveRelations resolves the items' relations within their source
// into relations between entries, with a conflict for each event ID a
// source repeats and each relation to an event its source does not give.
// The info tells where a source's items start, which items repeat an
// event ID and which have relations: only those items are read.
//
// The same pass tells whether the "ARTICLE/EVENT" IDs of all items are
// distinct, so that entries need no check: they are when there are no
// keys, no item repeats the event ID of the item before it (items of a
// source are in event ID order), no two sources share an article ID, and
// no article ID holds a "/", which could make "a/b" + "/" + "c" equal
// "a" + "/" + "b/c".
func (a *assembly) resolveRelations() {
	items, info, entryOf, ents := a.items, a.info, a.entryOf, a.work.ents
	n := len(items)
	distinctIDs := a.keyOf == nil
	articles := make(map[string]struct{})
	for gs := 0; gs < n; {
		ge := gs + 1
		for ge < n && info[ge].flags&startsSource == 0 {
			ge++
		}
		group := items[gs:ge]
		if distinctIDs {
			art := group[0].src().Article
			_, seen := articles[art]
			articles[art] = struct{}{}
			distinctIDs = !seen && strings.IndexByte(art, '/') < 0
		}
		for k := range group {
			f := info[gs+k].flags
			if f&(repeatsID|hasRelations) == 0 {
				continue
			}
			it := group[k]
			if f&repeatsID != 0 {
				distinctIDs = false
				a.conflicts = append(a.conflicts, draftConflict{
					kind:    ConflictDuplicateID,
					entries: []int32{entryOf[gs+k-1], entryOf[gs+k]},
					claims:  []Claim{claimOf(group[k-1]), claimOf(it)},
				})
			}
			for ri, r := range it.Event.Relations {
				j, found := findEvent(group, r.Event)
				from := entryOf[gs+k]
				if !found {
					ents[from].unknown = true
					c := claimOf(it)
					c.Relation = r
					a.conflicts = append(a.conflicts, draftConflict{kind: ConflictUnknownEvent, entries: []int32{from}, claims: []Claim{c}})
					continue
				}
				a.rels = append(a.rels, rel{from: from, to: entryOf[gs+j], item: int32(gs + k), k: int32(ri)})
			}
		}
		gs = ge
	}
	a.distinctIDs = distinctIDs
}

// rankDated orders the dated entries by date and gives each its rank.
func (a *assembly) rankDated() {
	ents := a.work.ents
	dated := make([]int32, 0, len(ents))
	for e := range ents {
		if ents[e].date >= 0 {
			dated = append(dated, int32(e))
		}
	}
	sortDated(dated, a.work)
	for r, e := range dated {
		ents[e].rank = int32(r)
	}
	a.dated = dated
}

// makeEdges checks the relations between two dated entries against their
// dates, and turns the others into edges "from comes before to", which
// place the undated entries. A relation of an unknown type, and one of an
// entry to itself that orders it ("before", "after"), is a conflict.
func (a *assembly) makeEdges() {
	ents, work := a.work.ents, a.work
	// Room for an edge per relation, made once: the slices outlive this
	// method, so the first few appends could not use the stack.
	a.edges, a.edgeRel = make([][2]int32, 0, len(a.rels)), make([]int32, 0, len(a.rels))
	for k, r := range a.rels {
		ef, et := &ents[r.from], &ents[r.to]
		typ := r.relation(a.items).Type
		if !slices.Contains(news.RelationTypes, typ) {
			a.conflicts = append(a.conflicts, draftConflict{kind: ConflictRelation, entries: []int32{r.from, r.to}, claims: []Claim{a.claim(r)}})
			continue
		}
		if r.from == r.to {
			if typ == news.Before || typ == news.After {
				a.conflicts = append(a.conflicts, draftConflict{kind: ConflictCycle, entries: []int32{r.from}, claims: []Claim{a.claim(r)}})
			}
			continue
		}
		if ef.rank >= 0 && et.rank >= 0 {
			if !typ.Allows(work.date(r.from).Allen(*work.date(r.to))) {
				a.conflicts = append(a.conflicts, draftConflict{kind: ConflictRelation, entries: []int32{r.from, r.to},
					claims: []Claim{a.claim(r), claimOf(work.of(r.to)[0])}})
			}
			continue
		}
		from, to := r.from, r.to
		switch typ {
		case news.After, news.During:
			from, to = to, from
		case news.Overlaps, news.Simultaneous:
			if ef.rank >= 0 || (et.rank < 0 && r.from < r.to) {
				from, to = r.from, r.to
			} else {
				from, to = r.to, r.from
			}
		}
		a.edges = append(a.edges, [2]int32{from, to})
		a.edgeRel = append(a.edgeRel, int32(k))
		ef.hasEdges, et.hasEdges = true, true
	}
}

// claim returns the claim of the item that states relation r.
func (a *assembly) claim(r rel) Claim {
	c := claimOf(a.items[r.item])
	c.Relation = r.relation(a.items)
	return c
}

// edgeClaim returns the claim of the relation behind edge k.
func (a *assembly) edgeClaim(k int) Claim { return a.claim(a.rels[a.edgeRel[k]]) }

// placeUndated places the undated entries among the dated ones by the
// edges: the entries of a cycle are removed, with a conflict for each
// cycle, and the others placed, with a conflict for each set of entries
// placed between dates that exclude it. Without edges the order is that
// of the dated entries.
func (a *assembly) placeUndated() {
	if len(a.edges) == 0 {
		a.order = a.dated
		return
	}
	ents := a.work.ents
	g := newGraph(a.edges, a.dated, ents, a.work)
	removed := make([]bool, g.n)
	sccOf := make(map[int32]int) // vertex → its cycle, in conflicts
	for _, scc := range g.cycles() {
		c := draftConflict{kind: ConflictCycle, entries: make([]int32, len(scc))}
		for i, v := range scc {
			e := g.verts[v]
			c.entries[i] = e
			sccOf[v] = len(a.conflicts)
			if ents[e].rank < 0 {
				removed[v] = true
				a.reason[e] = ReasonCycle
			}
		}
		a.conflicts = append(a.conflicts, c)
	}
	if len(sccOf) > 0 {
		for k := range a.edges {
			if i, ok := sccOf[g.src[k]]; ok {
				if j, ok := sccOf[g.dst[k]]; ok && i == j {
					a.conflicts[i].claims = append(a.conflicts[i].claims, a.edgeClaim(k))
				}
			}
		}
	}
	var bad []contradiction
	a.g = g
	a.order, a.lo, a.hi, bad = g.place(removed)
	badOf := make(map[int32]int) // entry → its contradiction, in conflicts
	for _, b := range bad {
		for _, e := range b.entries {
			badOf[e] = len(a.conflicts)
		}
		a.conflicts = append(a.conflicts, draftConflict{contra: true, kind: ConflictRelation, entries: append([]int32{b.lo, b.up}, b.entries...)})
	}
	if len(badOf) > 0 {
		for k, ed := range a.edges {
			i, ok := badOf[ed[0]]
			if ok {
				a.conflicts[i].claims = append(a.conflicts[i].claims, a.edgeClaim(k))
			}
			if j, ok2 := badOf[ed[1]]; ok2 && (!ok || j != i) {
				a.conflicts[j].claims = append(a.conflicts[j].claims, a.edgeClaim(k))
			}
		}
	}
}

// collectUnplaced lists the entries that were not placed, each with its
// reason.
func (a *assembly) collectUnplaced() {
	ents := a.work.ents
	isPlaced := make([]bool, len(ents))
	for _, v := range a.order {
		isPlaced[v] = true
	}
	a.unplaced = make([]int32, 0, len(ents)-len(a.order))
	for e := range ents {
		if isPlaced[e] {
			continue
		}
		a.unplaced = append(a.unplaced, int32(e))
		if _, ok := a.reason[int32(e)]; !ok {
			switch {
			case ents[e].hasEdges:
				a.reason[int32(e)] = ReasonUnanchored
			case ents[e].unknown:
				a.reason[int32(e)] = ReasonUnknownEvent
			default:
				a.reason[int32(e)] = ReasonUndated
			}
		}
	}
}

// write writes the entries of the timeline in their places, with their
// IDs, the placements of undated entries and the reasons of unplaced
// ones, and then the conflicts.
func (a *assembly) write() {
	t, order, unplaced := a.t, a.order, a.unplaced
	// The position in Entries, or len(Entries)+k for the k-th unplaced:
	// entryOf is done with.
	pos := a.entryOf[:len(a.work.ents)]
	for k, v := range order {
		pos[v] = int32(k)
	}
	for k, v := range unplaced {
		pos[v] = int32(len(order) + k)
	}
	t.Entries, t.Unplaced = make([]Entry, len(order)), make([]Unplaced, len(unplaced))
	fillEntries(slots{t.Entries, t.Unplaced}, a.work, pos, a.keyOf, a.idBytes, a.distinctIDs)
	for k, v := range unplaced {
		t.Unplaced[k].Reason = a.reason[v]
	}
	if g := a.g; g != nil {
		for k, e := range order {
			if a.work.ents[e].rank >= 0 {
				continue
			}
			v := g.vertex(e)
			p := &Placement{}
			if r := a.lo[v]; r >= 0 {
				e := &t.Entries[pos[a.dated[r]]]
				p.After, p.AfterDate = e.ID, e.Date
			}
			if r := a.hi[v]; r < noBound {
				e := &t.Entries[pos[a.dated[r]]]
				p.Before, p.BeforeDate = e.ID, e.Date
			}
			t.Entries[k].Placed = p
		}
	}
	for k := range t.Unplaced {
		u := &t.Unplaced[k]
		u.Message = unplacedMessage(u)
	}
	t.Conflicts = finishConflicts(t, a.conflicts, pos)
}

// rel is a relation between two entries, as one item states it.
type rel struct {
	from, to int32 // entries: "from TYPE to"
	item     int32 // the stating item
	k        int32 // the relation, in the item's Relations
}

// relation returns the relation r stands for.
func (r *rel) relation(items []*Item) news.Relation { return items[r.item].Event.Relations[r.k] }

// findEvent finds the item with event ID id in group, which is sorted
// by event ID.
func findEvent(group []*Item, id string) (int, bool) {
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
