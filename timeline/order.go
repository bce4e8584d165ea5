package timeline

import (
	"cmp"
	"maps"
	"slices"
	"strings"

	"github.com/newsmodel/newsmodel/news"
)

// canonical returns pointers to items in canonical order, without
// duplicates, and prepares them in that order: s.items and s.info follow
// it, and the summary words and participants of consecutive items lie
// together. The items themselves do not move.
func (s *state) canonical(items []Item) []*Item {
	s.items = canonicalOrder(items)
	s.prepare()
	return s.items
}

// sourceKey is the compact sort key of a run of items with one source:
// the bounds, precision and first 16 bytes of its publication date, and the
// first eight bytes of its article ID. It holds no pointer, so that sorting
// many of them neither chases Items nor gives the garbage collector work.
type sourceKey struct {
	bounds news.Bounds
	pubHi  uint64
	pubLo  uint64
	art    uint64
	pubLen uint32
	item   int32 // the first item of the run
	end    int32 // the end of the run
	prec   news.Precision
}

// itemKey is the compact sort key of an item within its source: the
// first eight bytes of its event ID.
type itemKey struct {
	id uint64
	i  int32
}

// canonicalOrder returns pointers to items in canonical order, without
// duplicates. Items come in runs of one source: the runs are sorted by
// source, which ranks the sources, and then the items of each source by
// event ID, falling back to compareItems where the keys tie. The first
// sort moves a key per run, the second a key per item, one source at a
// time, so that the items it reads lie together; neither moves Items.
func canonicalOrder(items []Item) []*Item {
	var runs []sourceKey
	for i := range items {
		it := &items[i]
		if i > 0 && sameSource(&items[i-1], it) {
			continue
		}
		if len(runs) > 0 {
			runs[len(runs)-1].end = int32(i)
		}
		d := &it.src().Published
		hi, lo := prefix16(d.String())
		runs = append(runs, sourceKey{bounds: d.Bounds(), pubHi: hi, pubLo: lo,
			pubLen: uint32(min(len(d.String()), 1<<32-1)), prec: d.Precision(), art: prefix8(it.src().Article),
			item: int32(i)})
	}
	if len(runs) > 0 {
		runs[len(runs)-1].end = int32(len(items))
	}
	slices.SortFunc(runs, func(a, b sourceKey) int {
		if c := a.bounds.Compare(b.bounds); c != 0 {
			return c
		}
		switch {
		case a.prec != b.prec:
			return cmp.Compare(a.prec, b.prec)
		case a.pubHi != b.pubHi:
			return cmp.Compare(a.pubHi, b.pubHi)
		case a.pubLo != b.pubLo:
			return cmp.Compare(a.pubLo, b.pubLo)
		case a.pubLen <= 16 && b.pubLen <= 16:
			if a.pubLen != b.pubLen {
				return cmp.Compare(a.pubLen, b.pubLen)
			}
		}
		sa, sb := items[a.item].src(), items[b.item].src()
		if a.pubLen > 16 || b.pubLen > 16 {
			if c := strings.Compare(sa.Published.String(), sb.Published.String()); c != 0 {
				return c
			}
		}
		if a.art != b.art {
			return cmp.Compare(a.art, b.art)
		}
		return cmp.Or(strings.Compare(sa.Article, sb.Article), strings.Compare(sa.URL, sb.URL),
			strings.Compare(sa.Publisher, sb.Publisher), cmp.Compare(a.item, b.item))
	})
	out := make([]*Item, 0, len(items))
	var keys []itemKey
	for k := 0; k < len(runs); {
		// The runs of one source, which sort together.
		keys = keys[:0]
		first := &items[runs[k].item]
		for ; k < len(runs) && sameSource(first, &items[runs[k].item]); k++ {
			for i := runs[k].item; i < runs[k].end; i++ {
				keys = append(keys, itemKey{id: prefix8(items[i].Event.ID), i: i})
			}
		}
		slices.SortFunc(keys, func(a, b itemKey) int {
			if a.id != b.id {
				return cmp.Compare(a.id, b.id)
			}
			return cmp.Or(compareInSource(&items[a.i], &items[b.i]), cmp.Compare(a.i, b.i))
		})
		for j, key := range keys {
			// Only items whose keys tie can be equal.
			if j > 0 && keys[j-1].id == key.id && compareInSource(&items[keys[j-1].i], &items[key.i]) == 0 {
				continue
			}
			out = append(out, &items[key.i])
		}
	}
	return out
}

// prefix8 returns the first eight bytes of s as an integer, zero-padded,
// so that integers compare as the prefixes do.
func prefix8(s string) uint64 {
	var v uint64
	for k := range 8 {
		v <<= 8
		if k < len(s) {
			v |= uint64(s[k])
		}
	}
	return v
}

// prefix16 returns the first 16 bytes of s as two integers, zero-padded,
// so that most comparisons of texts need not read them: where the integers
// differ, the texts compare as they do. Texts must not hold NUL bytes.
func prefix16(s string) (hi, lo uint64) {
	hi = prefix8(s)
	if len(s) > 8 {
		lo = prefix8(s[8:])
	}
	return hi, lo
}

// compareSource orders sources by publication date, then article,
// address and publisher: the "source order" of entries with equal dates.
func compareSource(a, b *Source) int {
	if c := a.Published.Compare(b.Published); c != 0 {
		return c
	}
	return cmp.Or(strings.Compare(a.Article, b.Article), strings.Compare(a.URL, b.URL),
		strings.Compare(a.Publisher, b.Publisher))
}

// compareItems is the canonical total order of items: by source, then
// event ID, then every other field, so that it returns 0 only for equal
// items.
func compareItems(a, b *Item) int {
	if c := compareSource(a.src(), b.src()); c != 0 {
		return c
	}
	return compareInSource(a, b)
}

// compareInSource is compareItems for items of the same source.
func compareInSource(a, b *Item) int {
	if c := strings.Compare(a.Event.ID, b.Event.ID); c != 0 {
		return c
	}
	return compareRest(a, b)
}

func compareRest(a, b *Item) int {
	ea, eb := &a.Event, &b.Event
	if c := cmp.Or(
		strings.Compare(a.Key, b.Key),
		strings.Compare(ea.Summary, eb.Summary),
		strings.Compare(string(ea.Kind), string(eb.Kind)),
		ea.When.Value.Compare(eb.When.Value),
		strings.Compare(ea.When.Text, eb.When.Text),
		ea.When.Anchor.Compare(eb.When.Anchor),
		strings.Compare(string(ea.When.Resolution), string(eb.When.Resolution)),
		strings.Compare(ea.Entity, eb.Entity),
		strings.Compare(ea.Place, eb.Place),
	); c != 0 {
		return c
	}
	if c := slices.CompareFunc(ea.Participants, eb.Participants, func(x, y news.Participant) int {
		return cmp.Or(strings.Compare(x.Entity, y.Entity), strings.Compare(x.Role, y.Role))
	}); c != 0 {
		return c
	}
	if c := slices.CompareFunc(ea.Relations, eb.Relations, func(x, y news.Relation) int {
		return cmp.Or(strings.Compare(string(x.Type), string(y.Type)), strings.Compare(x.Event, y.Event))
	}); c != 0 {
		return c
	}
	if c := slices.CompareFunc(ea.Evidence, eb.Evidence, func(x, y news.Span) int {
		return cmp.Or(strings.Compare(x.Field, y.Field), cmp.Compare(x.Start, y.Start),
			cmp.Compare(x.End, y.End), strings.Compare(x.Text, y.Text))
	}); c != 0 {
		return c
	}
	if c := slices.CompareFunc(a.Participants, b.Participants, compareIdentity); c != 0 {
		return c
	}
	return slices.CompareFunc(a.Quotes, b.Quotes, func(x, y Quotation) int {
		return cmp.Or(strings.Compare(x.Text, y.Text), strings.Compare(x.Speaker, y.Speaker))
	})
}

func compareIdentity(x, y Identity) int {
	if c := cmp.Or(strings.Compare(x.Name, y.Name), strings.Compare(x.Role, y.Role)); c != 0 {
		return c
	}
	kx, ky := slices.Sorted(maps.Keys(x.ExternalIDs)), slices.Sorted(maps.Keys(y.ExternalIDs))
	if c := slices.Compare(kx, ky); c != 0 {
		return c
	}
	for _, k := range kx {
		if c := strings.Compare(x.ExternalIDs[k], y.ExternalIDs[k]); c != 0 {
			return c
		}
	}
	return 0
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
	start := runStarts(ranks, int32(m))
	out := make([]int32, len(dated))
	for i, e := range dated {
		r := ranks[i]
		out[start[r]] = e
		start[r]++
	}
	copy(dated, out)
}

// runStarts returns where the run of each key in [0, m) begins once the
// keys are sorted, for a counting sort: m+1 offsets, the last of them
// len(keys).
func runStarts(keys []int32, m int32) []int32 {
	start := make([]int32, m+1)
	for _, k := range keys {
		start[k+1]++
	}
	for k := range m {
		start[k+1] += start[k]
	}
	return start
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
