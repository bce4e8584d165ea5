package timeline

import (
	"cmp"
	"maps"
	"slices"
	"strings"

	"github.com/newsmodel/newsmodel/news"
)

// Source is where an event was told: the article, its address, when it was
// published and by whom. Items of the same Source are one document: their
// relations name each other by event ID.
type Source struct {
	// Article is the ID of the article.
	Article string `json:"article"`
	// URL is the article's address.
	URL string `json:"url,omitempty"`
	// Published is when the article was first published.
	Published news.Date `json:"published,omitzero"`
	// Publisher names who published the article.
	Publisher string `json:"publisher,omitempty"`
}

// Identity is a participant of an event, resolved by the caller from the
// document-local entity ID to what identifies it across documents: its name
// and its IDs in other knowledge bases.
type Identity struct {
	// Name is the participant's full name.
	Name string `json:"name"`
	// Role is the part it played in the event, such as "target".
	Role string `json:"role,omitempty"`
	// ExternalIDs identify it in other knowledge bases, keyed by the base:
	// "wikidata" → "Q7747".
	ExternalIDs map[string]string `json:"externalIds,omitempty"`
}

// Quotation is something someone said about an event, as a source reports it.
type Quotation struct {
	// Text is what was said.
	Text string `json:"text"`
	// Speaker is the name of who said it, or empty.
	Speaker string `json:"speaker,omitempty"`
}

// Item is one event as one source tells it: the input of a [Builder].
type Item struct {
	// Source is the article that tells of the event. The items of one
	// article share it, so that a million items need not hold a million
	// copies; items compare their sources by value, not by pointer. A nil
	// Source is the zero Source.
	Source *Source
	// Event is the event as the article tells it. Its relations name other
	// events of the same Source.
	Event news.Event
	// Key, when not empty, identifies the event across sources: items with
	// the same Key are the same event, and two items with different Keys
	// never are. Items without a Key are matched by similarity (see
	// [Builder]).
	Key string
	// Participants are the event's participants, resolved by the caller to
	// identities that hold across documents.
	Participants []Identity
	// Quotes are what the source quotes about the event.
	Quotes []Quotation
}

// src returns the item's source, the zero Source when it has none.
func (it *Item) src() *Source {
	if it.Source == nil {
		return &noSource
	}
	return it.Source
}

var noSource Source

// sameSource reports whether two items have the same source.
func sameSource(a, b *Item) bool {
	return a.Source == b.Source || *a.src() == *b.src()
}

// Builder collects items from any number of sources and builds a [Timeline].
// The zero Builder is ready to use, with the default options.
//
// The result of [Builder.Build] depends only on the set of items added and
// the options: not on the order of Add calls, and not on duplicates (an item
// added twice counts once). This is what makes [Merge] associative and
// commutative. A Builder is not safe for concurrent use; a Timeline, which
// nothing changes once built, may be read and rendered concurrently.
//
// # Same event
//
// Items with the same non-empty Key are one event, and items with different
// non-empty Keys are different events. Otherwise two items tell of the same
// event when all of these hold:
//   - their kinds agree, or either is unspecified (kinds other than those
//     of [Kinds] are compared by a 31-bit hash of their names);
//   - their participants overlap, or neither lists any. Two identities are
//     the same participant when they share an external ID (same base, same
//     value); when they have a base in common but no value, they are not;
//     otherwise when their names are equal after Unicode NFC normalization,
//     case folding and collapsing of white space;
//   - their dates are compatible (one contains the other, as [Date.Contains]
//     says, or neither has a date) and their summaries are similar: the
//     Jaccard index of their sets of folded words, leaving out a few English
//     function words ("the", "of", "on", …), is at least [MinSimilarity]
//     (0.5 by default). Words are compared by 32-bit hashes: two different
//     words in two summaries of five words share one with a chance of about
//     one in 170 million, which can only raise the index;
//   - or, for events that both name participants, their dates are
//     incompatible but the summaries are so similar (at least
//     [MinDisputedSimilarity], 0.8 by default) that they clearly tell of one
//     event: then the entry carries a conflict with each source's date.
//
// The relation is closed transitively: if a is b and b is c, a, b and c are
// one entry. Comparing every pair would cost n², so candidates are blocked:
// two items are compared only when they share a participant key (a folded
// name or an external ID; items without participants share one block) and a
// year of their dates (an undated item stands at the publication date of its
// source), and lie near each other within that block in date order: the next
// four items, and every following item that starts before the first one
// ends, up to 64.
//
// # Order
//
// Entries with a date are ordered by [Date.Compare] (start, then end, then
// precision, coarser first, then text), ties going to the source published
// first, then the article ID, then the event ID. A coarse date sorts by its
// start: "2024" comes before "2024-07-13", and [Entry.Span] tells that it
// is a span. Relations between two dated entries do not move them; they are
// checked against the dates, and one that the dates exclude (an event
// "before" another whose date ends before the first's begins) is a
// [Conflict] of kind [ConflictRelation]. A relation says where an undated
// entry goes, read as "this event TYPE the other": before, causes and
// includes put this event first; after and during put the other first;
// simultaneous and overlaps put the dated one first, or the one of the two
// undated entries that comes first in canonical order. An undated entry goes
// right after the latest dated entry its relations, followed through other
// undated entries, put before it, else right before the earliest they put
// after it, else next to a related undated entry that has a place; among
// themselves undated entries keep the order of their relations. When those
// relations put an entry after the start of one dated entry and before the
// end of another that ends first, a [ConflictRelation] says so and the entry
// stays after the first. Relations that form a cycle make a [Conflict] of
// kind [ConflictCycle], and their undated entries go to
// [Timeline.Unplaced], as do undated entries without relations, with
// relations only to events their source does not give (also a conflict of
// kind [ConflictUnknownEvent]), or whose relations reach no dated entry
// (unless no entry has a date: then they are placed by their relations
// alone).
//
// # Date of an entry
//
// An entry keeps the most precise date compatible with every source: the
// claimed date that every other claimed date contains. When there is none,
// the sources disagree: the entry takes the date contained in the most
// claims (then the finer, then the earlier) and a [Conflict] of kind
// [ConflictDate] lists each source's claim.
type Builder struct {
	items []Item  // as added; never reordered, so timelines may point into it
	order []*Item // the items in canonical order, without duplicates
	fresh bool    // order is up to date
	cfg   config
}

type config struct {
	minSim, minDisputed float64
}

func (c *config) fill() {
	if c.minSim == 0 {
		c.minSim = 0.5
	}
	if c.minDisputed == 0 {
		c.minDisputed = 0.8
	}
}

// BuildOption configures a [Builder].
type BuildOption func(*config)

// MinSimilarity sets the least Jaccard index of folded summary words at
// which two items with compatible dates are the same event. It is clamped
// to (0, 1]; the default is 0.5.
func MinSimilarity(x float64) BuildOption {
	return func(c *config) { c.minSim = clamp(x) }
}

// MinDisputedSimilarity sets the least Jaccard index of folded summary words
// at which two items with incompatible dates and a participant in common are
// still the same event, told with conflicting dates. It is clamped to
// (0, 1]; the default is 0.8.
func MinDisputedSimilarity(x float64) BuildOption {
	return func(c *config) { c.minDisputed = clamp(x) }
}

func clamp(x float64) float64 {
	if !(x > 0) { // also NaN
		return 1e-9
	}
	return min(x, 1)
}

// NewBuilder returns a Builder with the given options.
func NewBuilder(opts ...BuildOption) *Builder {
	b := new(Builder)
	for _, o := range opts {
		o(&b.cfg)
	}
	return b
}

// Grow makes room for n more items without reallocating.
func (b *Builder) Grow(n int) {
	if n > 0 {
		b.items = slices.Grow(b.items, n)
	}
}

// Add adds items. The builder keeps copies of the Item values, but shares
// what their pointers, slices and maps point to, the Source included: do
// not change those afterwards.
func (b *Builder) Add(items ...Item) {
	if len(items) == 0 {
		return
	}
	b.items = append(b.items, items...)
	b.fresh = false
}

// Len returns the number of items added so far, duplicates included.
func (b *Builder) Len() int { return len(b.items) }

// Build returns the timeline of the items added so far. The builder can go
// on collecting items and build again; timelines already built do not
// change.
func (b *Builder) Build() *Timeline {
	cfg := b.cfg
	cfg.fill()
	var s *state
	if !b.fresh {
		s = &state{cfg: cfg}
		b.order = s.canonical(b.items)
		b.fresh = true
	}
	return build(b.order, cfg, s)
}

// Merge returns the timeline of the union of the items of the given
// timelines, as if one Builder had received them all; nil timelines are
// skipped. It is associative and commutative: Merge(a, Merge(b, c)) equals
// Merge(Merge(c, a), b). The options are those of the first timeline that is
// not nil; merging timelines built with different options is well defined
// but gives up commutativity. Merge costs no more than building the union:
// the items of a Timeline are kept in canonical order, so they are merged,
// not sorted again.
func Merge(ts ...*Timeline) *Timeline {
	var cfg config
	var lists []list
	for _, t := range ts {
		if t == nil {
			continue
		}
		if len(lists) == 0 {
			cfg = t.cfg
		}
		if len(t.items) > 0 {
			lists = append(lists, list{t.items, t.prep})
		}
	}
	cfg.fill()
	if len(lists) == 0 {
		return build(nil, cfg, nil)
	}
	out := lists[0]
	if len(lists) == 1 {
		out.items = slices.Clone(out.items)
	}
	for _, l := range lists[1:] {
		out = mergeLists(out, l)
	}
	return build(out.items, cfg, &state{cfg: cfg, items: out.items, prepared: *out.prep})
}

// prepared is what a build derives from each item and keeps with the
// timeline, so that Merge need not derive it again.
type prepared struct {
	info   []itemInfo
	words  []uint32
	idents []ident
	exts   []extID
}

// list is the items of a timeline with what was derived from them.
type list struct {
	items []*Item
	prep  *prepared
}

// add appends item i of src, rebasing its offsets.
func (p *prepared) add(src *prepared, i int) {
	in := src.info[i]
	in.w0, in.p0 = int32(len(p.words)), int32(len(p.idents))
	p.words = append(p.words, src.wordsOf(int32(i))...)
	for _, id := range src.identsOf(int32(i)) {
		e0 := int32(len(p.exts))
		p.exts = append(p.exts, src.exts[id.ext0:id.ext1]...)
		id.ext0, id.ext1 = e0, int32(len(p.exts))
		p.idents = append(p.idents, id)
	}
	p.info = append(p.info, in)
}

// mergeLists merges two canonical, duplicate-free lists into one,
// without duplicates, and their derived data with them.
func mergeLists(a, b list) list {
	n := len(a.items) + len(b.items)
	out := list{items: make([]*Item, 0, n), prep: &prepared{
		info:   make([]itemInfo, 0, n),
		words:  make([]uint32, 0, len(a.prep.words)+len(b.prep.words)),
		idents: make([]ident, 0, len(a.prep.idents)+len(b.prep.idents)),
		exts:   make([]extID, 0, len(a.prep.exts)+len(b.prep.exts)),
	}}
	i, j := 0, 0
	for i < len(a.items) || j < len(b.items) {
		c := -1
		switch {
		case i == len(a.items):
			c = 1
		case j < len(b.items):
			c = compareItems(a.items[i], b.items[j])
		}
		var prev *Item
		if len(out.items) > 0 {
			prev = out.items[len(out.items)-1]
		}
		if c <= 0 {
			out.items = append(out.items, a.items[i])
			out.prep.add(a.prep, i)
			i++
			if c == 0 {
				j++
			}
		} else {
			out.items = append(out.items, b.items[j])
			out.prep.add(b.prep, j)
			j++
		}
		out.prep.info[len(out.prep.info)-1].link(prev, out.items[len(out.items)-1])
	}
	return out
}

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
