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

const noBound = int32(1<<31 - 1)

// build builds the timeline of items, which are in canonical order and
// without duplicates. s, when not nil, holds them already prepared.
func build(items []*Item, cfg config, s *state) *Timeline {
	t := &Timeline{items: items, cfg: cfg}
	n := len(items)
	if n == 0 {
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
	keyOf := s.keyOf // per root item, the key of its entry, or nil when no item has a key
	s.prepared, s.keyOf = prepared{}, nil

	// Group the items into entries; roots are the first items. A parent
	// is never after its child, so walking up, the parent has already
	// been turned into its entry, which is the child's: the forest turns
	// into the entry of each item in place.
	entryOf := s.parent
	ne := int32(0)
	for i, p := range entryOf {
		if p == int32(i) {
			entryOf[i] = ne
			ne++
		} else {
			entryOf[i] = entryOf[p]
		}
	}
	s.parent = nil
	ents := make([]draftEntry, ne)
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
	work := &drafts{ents: ents, start: counts, items: ptrs}
	var conflicts []draftConflict
	info := t.prep.info
	idBytes := 0 // of the entries' "ARTICLE/EVENT" IDs, to size the string they are cut from
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
			conflicts = append(conflicts, c)
		}
	}

	// Relations, resolved within their source.
	var rels []rel
	// The info tells where a source's items start, which items repeat an
	// event ID and which have relations: only those items are read.
	//
	// The same pass tells whether the "ARTICLE/EVENT" IDs of all items are
	// distinct, so that entries need no check: they are when there are no
	// keys, no item repeats the event ID of the item before it (items of a
	// source are in event ID order), no two sources share an article ID,
	// and no article ID holds a "/", which could make "a/b" + "/" + "c"
	// equal "a" + "/" + "b/c".
	distinctIDs := keyOf == nil
	articles := make(map[string]struct{})
	for gs := 0; gs < n; {
		ge := gs + 1
		for ge < n && info[ge].flags&startsSource == 0 {
			ge++
		}
		group := items[gs:ge]
		if distinctIDs {
			a := group[0].src().Article
			_, seen := articles[a]
			articles[a] = struct{}{}
			distinctIDs = !seen && strings.IndexByte(a, '/') < 0
		}
		for k := range group {
			f := info[gs+k].flags
			if f&(repeatsID|hasRelations) == 0 {
				continue
			}
			it := group[k]
			if f&repeatsID != 0 {
				distinctIDs = false
				conflicts = append(conflicts, draftConflict{
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
					conflicts = append(conflicts, draftConflict{kind: ConflictUnknownEvent, entries: []int32{from}, claims: []Claim{c}})
					continue
				}
				rels = append(rels, rel{from: from, to: entryOf[gs+j], item: int32(gs + k), k: int32(ri)})
			}
		}
		gs = ge
	}

	// Dated entries in order.
	dated := make([]int32, 0, ne)
	for e := range ents {
		if ents[e].date >= 0 {
			dated = append(dated, int32(e))
		}
	}
	sortDated(dated, work)
	for r, e := range dated {
		ents[e].rank = int32(r)
	}

	// Check relations between dated entries; turn the others into edges
	// "from comes before to".
	var edges [][2]int32 // from, to
	var edgeRel []int32  // the relation of each edge, in rels
	for k, r := range rels {
		a, b := &ents[r.from], &ents[r.to]
		typ := r.relation(items).Type
		claim := func() Claim {
			c := claimOf(items[r.item])
			c.Relation = r.relation(items)
			return c
		}
		strict := typ == news.Before || typ == news.After
		if !slices.Contains(news.RelationTypes, typ) {
			conflicts = append(conflicts, draftConflict{kind: ConflictRelation, entries: []int32{r.from, r.to}, claims: []Claim{claim()}})
			continue
		}
		if r.from == r.to {
			if strict {
				conflicts = append(conflicts, draftConflict{kind: ConflictCycle, entries: []int32{r.from}, claims: []Claim{claim()}})
			}
			continue
		}
		if a.rank >= 0 && b.rank >= 0 {
			if !typ.Allows(work.date(r.from).Allen(*work.date(r.to))) {
				conflicts = append(conflicts, draftConflict{kind: ConflictRelation, entries: []int32{r.from, r.to},
					claims: []Claim{claim(), claimOf(work.of(r.to)[0])}})
			}
			continue
		}
		from, to := r.from, r.to
		switch typ {
		case news.After, news.During:
			from, to = to, from
		case news.Overlaps, news.Simultaneous:
			if a.rank >= 0 || (b.rank < 0 && r.from < r.to) {
				from, to = r.from, r.to
			} else {
				from, to = r.to, r.from
			}
		}
		edges = append(edges, [2]int32{from, to})
		edgeRel = append(edgeRel, int32(k))
		a.hasEdges, b.hasEdges = true, true
	}

	var order []int32 // placed entries, in order
	var unplaced []int32
	var g *graph
	var lo, hi []int32 // for each vertex of g, the ranks of the dated entries it must follow and precede
	reason := make(map[int32]Reason)
	if len(edges) == 0 {
		order = dated
	} else {
		g = newGraph(edges, dated, ents, work)
		claim := func(k int) Claim {
			r := rels[edgeRel[k]]
			c := claimOf(items[r.item])
			c.Relation = r.relation(items)
			return c
		}
		removed := make([]bool, g.n)
		sccOf := make(map[int32]int) // vertex → its cycle, in conflicts
		for _, scc := range g.cycles() {
			c := draftConflict{kind: ConflictCycle, entries: make([]int32, len(scc))}
			for i, v := range scc {
				e := g.verts[v]
				c.entries[i] = e
				sccOf[v] = len(conflicts)
				if ents[e].rank < 0 {
					removed[v] = true
					reason[e] = ReasonCycle
				}
			}
			conflicts = append(conflicts, c)
		}
		if len(sccOf) > 0 {
			for k := range edges {
				if i, ok := sccOf[g.src[k]]; ok {
					if j, ok := sccOf[g.dst[k]]; ok && i == j {
						conflicts[i].claims = append(conflicts[i].claims, claim(k))
					}
				}
			}
		}
		var bad []contradiction
		order, lo, hi, bad = g.place(removed)
		badOf := make(map[int32]int) // entry → its contradiction, in conflicts
		for _, b := range bad {
			for _, e := range b.entries {
				badOf[e] = len(conflicts)
			}
			conflicts = append(conflicts, draftConflict{contra: true, kind: ConflictRelation, entries: append([]int32{b.lo, b.up}, b.entries...)})
		}
		if len(badOf) > 0 {
			for k, ed := range edges {
				i, ok := badOf[ed[0]]
				if ok {
					conflicts[i].claims = append(conflicts[i].claims, claim(k))
				}
				if j, ok2 := badOf[ed[1]]; ok2 && (!ok || j != i) {
					conflicts[j].claims = append(conflicts[j].claims, claim(k))
				}
			}
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
	pos := entryOf[:ne] // position in Entries, or len(Entries)+k for the k-th unplaced; entryOf is done with
	for k, v := range order {
		pos[v] = int32(k)
	}
	for k, v := range unplaced {
		pos[v] = int32(len(order) + k)
	}
	t.Entries, t.Unplaced = make([]Entry, len(order)), make([]Unplaced, len(unplaced))
	fillEntries(slots{t.Entries, t.Unplaced}, work, pos, keyOf, idBytes, distinctIDs)
	for k, v := range unplaced {
		t.Unplaced[k].Reason = reason[v]
	}
	if g != nil {
		for k, e := range order {
			if ents[e].rank >= 0 {
				continue
			}
			v := g.vertex(e)
			p := &Placement{}
			if r := lo[v]; r >= 0 {
				e := &t.Entries[pos[dated[r]]]
				p.After, p.AfterDate = e.ID, e.Date
			}
			if r := hi[v]; r < noBound {
				e := &t.Entries[pos[dated[r]]]
				p.Before, p.BeforeDate = e.ID, e.Date
			}
			t.Entries[k].Placed = p
		}
	}
	for k := range t.Unplaced {
		u := &t.Unplaced[k]
		u.Message = unplacedMessage(u)
	}
	t.Conflicts = finishConflicts(t, conflicts, pos)
	return t
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
