package timeline

import (
	"cmp"
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/newsmodel/newsmodel/news"
)

// draftEntry is an entry while the timeline is built.
type draftEntry struct {
	first    int32 // canonical index of the first item
	rank     int32 // position among the dated entries, or -1
	date     int32 // the item, in drafts.items, whose date is the entry's, or -1
	unknown  bool  // a relation of it names an unknown event
	hasEdges bool
}

// drafts are the entries while the timeline is built, in the order of
// their first items. Each entry's items lie together in items, from
// start[e] to start[e+1]; the Entry values are made only once the order is
// known, so that they are written once, in place.
type drafts struct {
	ents  []draftEntry
	start []int32
	items []*Item
	// touched keeps what touchItem read, so that the reads are not
	// dropped.
	touched byte
}

// touchFirsts reads ahead the first items of entries from to to, as
// touchItems does.
func (b *drafts) touchFirsts(from, to int) {
	for e := from; e < min(to, len(b.ents)); e++ {
		b.touched += touchItem(b.items[b.start[e]])
	}
}

// touchDates reads ahead the items that give the dates of entries, as
// touchItems does.
func (b *drafts) touchDates(ents []int32) {
	for _, e := range ents {
		if k := b.ents[e].date; k >= 0 {
			b.touched += touchItem(b.items[k])
		}
	}
}

// touchItem reads the parts of an item that the making of its entry
// reads: its source's article, its event ID and its date.
func touchItem(it *Item) byte {
	x := byte(it.Event.When.Value.Precision())
	if s := it.src().Article; len(s) > 0 {
		x += s[0]
	}
	if s := it.Event.ID; len(s) > 0 {
		x += s[0]
	}
	if s := it.Event.When.Value.String(); len(s) > 0 {
		x += s[0]
	}
	return x
}

// date returns the date of entry e: that of one of its items, or the zero
// Date.
func (b *drafts) date(e int32) *news.Date {
	if k := b.ents[e].date; k >= 0 {
		return &b.items[k].Event.When.Value
	}
	return &noDate
}

var noDate news.Date

// of returns the items of entry e.
func (b *drafts) of(e int32) []*Item {
	return b.items[b.start[e]:b.start[e+1]:b.start[e+1]]
}

// rel is a relation between two entries, as one item states it.
type rel struct {
	from, to int32 // entries: "from TYPE to"
	item     int32 // the stating item
	k        int32 // the relation, in the item's Relations
}

// relation returns the relation r stands for.
func (r *rel) relation(items []*Item) news.Relation { return items[r.item].Event.Relations[r.k] }

// draftConflict is a conflict while the timeline is built; its message is
// written once entries have their IDs.
type draftConflict struct {
	contra  bool // undated entries placed between dates that exclude it
	kind    ConflictKind
	entries []int32
	claims  []Claim
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

// slots is where the entries of a timeline go: the placed ones, then the
// unplaced ones, numbered as one sequence.
type slots struct {
	placed   []Entry
	unplaced []Unplaced
}

func (o slots) len() int { return len(o.placed) + len(o.unplaced) }

// at returns entry p of the sequence.
func (o slots) at(p int) *Entry {
	if p < len(o.placed) {
		return &o.placed[p]
	}
	return &o.unplaced[p-len(o.placed)].Entry
}

// fillEntries writes each entry e at out.at(pos[e]), with its items,
// its date and its ID: the key of its items (keyOf at its first item,
// where keyOf is not nil), or "ARTICLE/EVENT" of its first item, made
// unique by uniqueIDs unless distinct says they are already. It reads
// the entries in their own order, which follows the items in memory, and
// writes each Entry once. The IDs of the second kind are cut from one
// string, so that a million entries cost one allocation, not a million;
// idBytes, the length of the IDs of the entries' first items (or less, for
// IDs too long for itemInfo.idLen), sizes it.
func fillEntries(out slots, work *drafts, pos []int32, keyOf []string, idBytes int, distinct bool) {
	// A strings.Builder never changes the bytes it has written, so each ID
	// can be cut from it at once. Should the room made first fall short,
	// it goes on in a larger buffer, and the IDs cut before keep theirs.
	var b strings.Builder
	b.Grow(idBytes)
	var hs []uint64
	if !distinct {
		hs = make([]uint64, out.len())
	}
	for e := range work.ents {
		if e%readAhead == 0 {
			work.touchFirsts(e+readAhead, e+2*readAhead)
		}
		its := work.of(int32(e))
		var id string
		if keyOf != nil {
			id = keyOf[work.ents[e].first]
		}
		if id == "" {
			n := b.Len()
			b.WriteString(its[0].src().Article)
			b.WriteByte('/')
			b.WriteString(its[0].Event.ID)
			id = b.String()[n:]
		}
		p := pos[e]
		f := out.at(int(p))
		f.ID, f.Items = id, its
		if d := work.date(int32(e)); !d.IsZero() {
			f.Date = *d
		}
		if hs != nil {
			hs[p] = hashString(hashInit, id)
		}
	}
	if hs != nil {
		uniqueIDs(out, hs)
	}
}

// sortDated sorts the dated entries by date, as Date.Compare says, and
// entries with equal dates by their first items. dated must be in the order
// of the entries' first items, which the sort keeps among equal dates.
//
// Dates with the same text are equal, and Date.Compare orders dates with
// different texts, so the sort ranks the distinct dates (a timeline has far
// fewer distinct dates than entries: days, months, years) and then places
// the entries by a counting sort on their ranks, in linear time.
func sortDated(dated []int32, work *drafts) {
	ranks, m := dateRanks(len(dated), func(i int) *news.Date {
		if i%readAhead == 0 && i+readAhead < len(dated) {
			work.touchDates(dated[i+readAhead : min(i+2*readAhead, len(dated))])
		}
		return work.date(dated[i])
	})
	start := make([]int32, m+1)
	for _, r := range ranks {
		start[r+1]++
	}
	for r := range m {
		start[r+1] += start[r]
	}
	out := make([]int32, len(dated))
	for i, e := range dated {
		r := ranks[i]
		out[start[r]] = e
		start[r]++
	}
	copy(dated, out)
}

// dateRanks returns the rank of each of n dates, at(0) to at(n-1),
// among their distinct values in Date.Compare order, and how many distinct
// values there are. It sorts each distinct text once.
func dateRanks(n int, at func(int) *news.Date) (ranks []int32, m int) {
	ranks = make([]int32, n)
	ids := make(map[string]int32)
	var distinct []*news.Date
	for i := range n {
		d := at(i)
		id, ok := ids[d.String()]
		if !ok {
			id = int32(len(distinct))
			ids[d.String()] = id
			distinct = append(distinct, d)
		}
		ranks[i] = id
	}
	byDate := make([]int32, len(distinct))
	for k := range byDate {
		byDate[k] = int32(k)
	}
	slices.SortFunc(byDate, func(a, b int32) int { return distinct[a].Compare(*distinct[b]) })
	rankOf := make([]int32, len(distinct))
	for r, id := range byDate {
		rankOf[id] = int32(r)
	}
	for i, id := range ranks {
		ranks[i] = rankOf[id]
	}
	return ranks, len(distinct)
}

// uniqueIDs appends "~2", "~3", … to IDs already taken, in the order of
// ents (placed, then unplaced), choosing suffixes that no other entry has
// as its ID. hs holds the hash of each ID, in any order: when no two are
// equal, neither are the IDs, and nothing more is read.
func uniqueIDs(ents slots, hs []uint64) {
	slices.Sort(hs)
	var dup map[uint64]bool // hashes of more than one ID
	for k := 1; k < len(hs); k++ {
		if hs[k] == hs[k-1] {
			if dup == nil {
				dup = make(map[uint64]bool)
			}
			dup[hs[k]] = true
		}
	}
	if dup == nil {
		return
	}
	held := make(map[string]bool) // suffixed IDs found as another entry's own
	exists := func(id string) bool {
		if _, found := slices.BinarySearch(hs, hashString(hashInit, id)); !found {
			return false
		}
		if held[id] {
			return true
		}
		for v := range ents.len() {
			if ents.at(v).ID == id {
				held[id] = true
				return true
			}
		}
		return false
	}
	taken := make(map[string]bool)
	next := make(map[string]int) // per repeated ID, the least suffix not tried
	for v := range ents.len() {
		base := ents.at(v).ID
		if !dup[hashString(hashInit, base)] {
			continue
		}
		if !taken[base] {
			taken[base] = true
			continue
		}
		for m := max(next[base], 2); ; m++ {
			if c := base + "~" + strconv.Itoa(m); !taken[c] && !exists(c) {
				taken[c] = true
				ents.at(v).ID = c
				next[base] = m + 1
				break
			}
		}
	}
}

func unplacedMessage(u *Unplaced) string {
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

// finishConflicts writes the messages of the conflicts, sorts them along
// the timeline and records them in the entries.
func finishConflicts(t *Timeline, cs []draftConflict, pos []int32) []Conflict {
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
			Message: conflictMessage(c, entry)}}
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

func claimant(c Claim) string {
	return c.Source.Article + " (" + c.Event + ")"
}

func conflictMessage(c draftConflict, entry func(int32) *Entry) string {
	var b strings.Builder
	switch c.kind {
	case ConflictDate:
		fmt.Fprintf(&b, "sources disagree on the date of %q:", entry(c.entries[0]).Summary())
		for k, cl := range c.claims {
			if k > 0 {
				b.WriteString(";")
			}
			fmt.Fprintf(&b, " %s says %s", claimant(cl), Readable(cl.When.Value))
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
				fmt.Fprintf(&b, "; %s says %s is %s %s", claimant(cl), cl.Event, cl.Relation.Type, cl.Relation.Event)
			}
			break
		}
		cl := c.claims[0]
		if !slices.Contains(news.RelationTypes, cl.Relation.Type) {
			fmt.Fprintf(&b, "%s relates event %s to %s by %q, which is not a relation type",
				claimant(cl), cl.Event, cl.Relation.Event, cl.Relation.Type)
			break
		}
		a, o := entry(c.entries[0]), entry(c.entries[1])
		fmt.Fprintf(&b, "%s says %q (%s) is %s %q (%s), which their dates %s and %s exclude",
			claimant(cl), a.Summary(), cl.Event, cl.Relation.Type, o.Summary(), cl.Relation.Event, Readable(a.Date), Readable(o.Date))
	case ConflictCycle:
		if len(c.entries) == 1 {
			cl := c.claims[0]
			fmt.Fprintf(&b, "%s says %q is %s itself (%s), once the same event told by several sources is merged",
				claimant(cl), entry(c.entries[0]).Summary(), cl.Relation.Type, cl.Relation.Event)
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
			fmt.Fprintf(&b, "; %s says it is %s %s", claimant(cl), cl.Relation.Type, cl.Relation.Event)
		}
	case ConflictUnknownEvent:
		cl := c.claims[0]
		fmt.Fprintf(&b, "%s relates its event to event %q (%s), which the source does not give",
			claimant(cl), cl.Relation.Event, cl.Relation.Type)
	case ConflictDuplicateID:
		cl := c.claims[0]
		fmt.Fprintf(&b, "%s gives two different events the ID %q", cl.Source.Article, cl.Event)
	}
	return b.String()
}
