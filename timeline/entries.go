package timeline

import (
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
	hasEdges bool  // a relation to an undated entry, or from one, touches it
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

// entryDate chooses the date of an entry from its items' dates: it
// returns the index of the item whose date the entry takes, or -1 when no
// item has a date, and reports whether the dates conflict.
func entryDate(items []*Item) (int, bool) {
	best, n := -1, 0
	for k, it := range items {
		if !it.Event.When.Value.IsZero() {
			n++
			if best < 0 {
				best = k
			}
		}
	}
	if n <= 1 {
		return best, false
	}
	// The finest date that every claim contains.
	pick := -1
	for k, it := range items {
		d := it.Event.When.Value
		if d.IsZero() || (pick >= 0 && !betterDate(d, items[pick].Event.When.Value)) {
			continue
		}
		if support(items, d) == n {
			pick = k
		}
	}
	if pick >= 0 {
		return pick, false
	}
	// They conflict: the date the most claims contain.
	bestSupport := -1
	for k, it := range items {
		d := it.Event.When.Value
		if d.IsZero() {
			continue
		}
		if c := support(items, d); c > bestSupport || (c == bestSupport && betterDate(d, items[pick].Event.When.Value)) {
			pick, bestSupport = k, c
		}
	}
	return pick, true
}

// support returns how many of the items' dates contain d.
func support(items []*Item, d news.Date) int {
	c := 0
	for _, it := range items {
		if e := it.Event.When.Value; !e.IsZero() && e.Contains(d) {
			c++
		}
	}
	return c
}

// betterDate reports whether d is preferred to e as an entry's date: finer,
// then earlier in Compare order.
func betterDate(d, e news.Date) bool {
	if d.Precision() != e.Precision() {
		return d.Precision() > e.Precision()
	}
	return d.Compare(e) < 0
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
