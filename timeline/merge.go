package timeline

import (
	"cmp"
	"slices"

	"github.com/newsmodel/newsmodel/internal/calendar"
	"github.com/newsmodel/newsmodel/news"
)

// ident is an Identity prepared for matching: the hash of its folded
// name and its external IDs as hashed (base, value) pairs.
type ident struct {
	name       uint64
	ext0, ext1 int32 // in state.exts
}

type extID struct{ base, val uint64 }

// itemInfo is what the build derives from one item, in 48 bytes: a million
// items have a million of them.
type itemInfo struct {
	// The item's summary words start at w0 in prepared.words, its
	// participants at p0 in prepared.idents; both end where those of the
	// next item start.
	w0, p0 int32
	// Date bounds in Unix seconds, missing ones at the extremes, for
	// blocking: the item's date, or when it has none the publication date
	// of its source. For a dated item, with the nanoseconds, they are its
	// date exactly, for the similarity test.
	lo, hi     int64
	sig        uint64 // a bit per summary word: bit w%64 for each word hash w
	dlon, dhin int32  // nanoseconds of a dated item's bounds
	kind       uint32 // see kindID
	flags      itemFlags
	idLen      uint16 // the length of the item's "ARTICLE/EVENT", at most 65,535
}

// itemFlags tell what the build needs to know of an item without reading
// it again.
type itemFlags uint8

const (
	hasDate      itemFlags = 1 << iota // it has a date
	hasKey                             // it has a Key
	hasRelations                       // its event has relations
	startsSource                       // its source is not that of the item before it
	repeatsID                          // it has the source and event ID of the item before it
)

func (in *itemInfo) dated() bool { return in.flags&hasDate != 0 }
func (in *itemInfo) keyed() bool { return in.flags&hasKey != 0 }

// link sets the flags that relate an item to the one before it in
// canonical order, prev, which is nil for the first item.
func (in *itemInfo) link(prev, it *Item) {
	in.flags &^= startsSource | repeatsID
	switch {
	case prev == nil || !sameSource(prev, it):
		in.flags |= startsSource
	case prev.Event.ID == it.Event.ID:
		in.flags |= repeatsID
	}
}

// wordsOf returns the summary words of item i.
func (p *prepared) wordsOf(i int32) []uint32 {
	end := int32(len(p.words))
	if int(i)+1 < len(p.info) {
		end = p.info[i+1].w0
	}
	return p.words[p.info[i].w0:end]
}

// identsOf returns the participants of item i.
func (p *prepared) identsOf(i int32) []ident {
	end := int32(len(p.idents))
	if int(i)+1 < len(p.info) {
		end = p.info[i+1].p0
	}
	return p.idents[p.info[i].p0:end]
}

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

// blockRow places one item in one block, for a sort by block and date.
// It is 16 bytes, since there are more rows than items; the rest of what
// the comparison of two items needs is in their itemInfo. Its start is the
// start of the item's date (itemInfo.lo) in 32 bits, kept in order within
// a block: in a block of a year, the seconds from about the start of that
// year, which a date blocked by year reaches within wideSpan years; in
// a wide block, the top 32 bits of the start, which ties more often, and
// then the info decides.
type blockRow struct {
	key   uint64 // the block
	start int32
	item  int32
}

// yearSeconds is the length of the average Gregorian year in seconds.
const yearSeconds = 31_556_952

// rowStart returns the start of a row for a date starting at lo, in a
// block of year y, or in a wide block when wide.
func rowStart(lo, y int64, wide bool) int32 {
	if wide {
		return int32(lo >> 32)
	}
	return int32(lo - (y-1970)*yearSeconds)
}

const (
	nearRows = 4  // following items always compared within a block
	maxReach = 64 // following overlapping items compared at most
	wideSpan = 10 // years a date may span and still be blocked by year
)

func (s *state) prepare() {
	f := newFolder()
	n := len(s.items)
	s.info = make([]itemInfo, n)
	// Room for six words, two participants and one external ID per item:
	// counting them first would read every item once more. Room that is
	// never written takes no pages, though the garbage collector counts
	// it; more words or participants than that grow the slices.
	s.words = make([]uint32, 0, n*6)
	s.idents = make([]ident, 0, n*2)
	s.exts = make([]extID, 0, n)
	for i, it := range s.items {
		if i%readAhead == 0 {
			if i+2*readAhead < n {
				s.touched += touchItems(s.items[i+2*readAhead : min(i+3*readAhead, n)])
			}
			if i+readAhead < n {
				s.touched += f.touchPointees(s.items[i+readAhead : min(i+2*readAhead, n)])
			}
		}
		in := &s.info[i]
		in.w0 = int32(len(s.words))
		s.words = f.words(s.words, it.Event.Summary)
		for _, w := range s.words[in.w0:] {
			in.sig |= 1 << (w % 64)
		}
		in.p0 = int32(len(s.idents))
		for _, p := range it.Participants {
			id := ident{name: f.name(p.Name), ext0: int32(len(s.exts))}
			s.exts = f.exts(s.exts, p.ExternalIDs)
			id.ext1 = int32(len(s.exts))
			s.idents = append(s.idents, id)
		}
		d := it.Event.When.Value
		if !d.IsZero() {
			in.flags |= hasDate
		}
		if it.Key != "" {
			in.flags |= hasKey
		}
		if len(it.Event.Relations) > 0 {
			in.flags |= hasRelations
		}
		var prev *Item
		if i > 0 {
			prev = s.items[i-1]
		}
		in.link(prev, it)
		in.idLen = uint16(min(len(it.src().Article)+1+len(it.Event.ID), 1<<16-1))
		in.kind = kindID(it.Event.Kind)
		if d.IsZero() {
			d = it.src().Published
		} else {
			b := d.Bounds()
			in.dlon, in.dhin = b.StartNsec, b.EndNsec
		}
		in.lo, in.hi = unixBounds(d)
	}
}

// years returns the years of the item's date bounds, or wide when the
// date is open or spans wideSpan years or more: it is then blocked as
// wide, not by year.
func (in *itemInfo) years() (y0, y1 int64, wide bool) {
	if in.lo == -1<<63 || in.hi == 1<<63-1 {
		return 0, 0, true
	}
	// The end is exclusive, and within the second of the start for a date
	// of less than a second.
	y0, y1 = calendar.YearOfUnix(in.lo), calendar.YearOfUnix(max(in.hi-1, in.lo))
	return y0, y1, y1-y0 >= wideSpan
}

// readAhead is the size of a batch that the build reads ahead, in items,
// rows or entries.
const readAhead = 16

// Items lie apart in memory, so prepare would wait on memory for each of
// them, and for each string and map an item points to. Reading a batch
// ahead lets those waits overlap: touchItems reads the items two batches
// ahead, and touchPointees what the items one batch ahead point to.

// touchItems reads the parts of items that hold what prepare reads: an Item
// spans several cache lines.
func touchItems(items []*Item) byte {
	var x byte
	for _, it := range items {
		x += byte(len(it.Event.Summary)) + byte(len(it.Participants)) + byte(it.Event.When.Value.Precision()) +
			byte(len(it.Event.Relations)) + byte(len(it.Key))
		if len(it.Participants) > 0 {
			x += byte(len(it.Participants[0].Name))
		}
	}
	return x
}

// touchPointees reads the first byte of what items point to that prepare
// reads: the summary, the participants' names, and the value of the
// external ID of the base seen first.
func (f *folder) touchPointees(items []*Item) byte {
	var x byte
	for _, it := range items {
		if s := it.Event.Summary; len(s) > 0 {
			x += s[0]
		}
		for k := range it.Participants {
			p := &it.Participants[k]
			if len(p.Name) > 0 {
				x += p.Name[0]
			}
			if len(p.ExternalIDs) > 0 && f.bases[0].hash != 0 {
				if v := p.ExternalIDs[f.bases[0].name]; len(v) > 0 {
					x += v[0]
				}
			}
		}
	}
	return x
}

// kindID returns a number for a kind that is the same in every build,
// so that timelines built apart can be merged: 0 for none, 1 to 5 for the
// kinds of [Kinds], and for any other a 31-bit hash of the name with the
// top bit set.
func kindID(k news.EventKind) uint32 {
	if k == "" {
		return 0
	}
	if i := slices.Index(news.EventKinds, k); i >= 0 {
		return uint32(i + 1)
	}
	return 1<<31 | uint32(hashString(hashInit, string(k)))&(1<<31-1)
}

// contains reports whether the date of a contains that of b, as
// Date.Contains says, from their bounds. Both must be dated.
func (a *itemInfo) contains(b *itemInfo) bool {
	return (a.lo < b.lo || (a.lo == b.lo && a.dlon <= b.dlon)) &&
		(b.hi < a.hi || (b.hi == a.hi && b.dhin <= a.dhin))
}

// unixBounds returns the bounds of d in Unix seconds; a missing bound is the
// least or greatest int64.
func unixBounds(d news.Date) (lo, hi int64) {
	if d.IsZero() {
		return -1 << 63, 1<<63 - 1
	}
	b := d.Bounds()
	return b.StartSec, b.EndSec
}

// cluster assigns every item to its entry: s.parent is a union-find forest
// whose roots are the entries.
func (s *state) cluster() {
	n := len(s.items)
	s.parent = make([]int32, n)
	for i := range s.parent {
		s.parent[i] = int32(i)
	}
	// Explicit keys first. Most builds have none: then s.keyOf stays nil
	// and the items need not be read.
	var byKey map[string]int32
	for i := range s.info {
		if !s.info[i].keyed() {
			continue
		}
		if s.keyOf == nil {
			s.keyOf = make([]string, n)
			byKey = make(map[string]int32)
		}
		k := s.items[i].Key
		s.keyOf[i] = k
		if j, ok := byKey[k]; ok {
			s.union(j, int32(i))
		} else {
			byKey[k] = int32(i)
		}
	}
	// Blocks. Each item gives one row per participant key (or one for
	// "no participants") and year; rows are sorted by block key, then date.
	// The sort is a counting pass on the top bits of the key, which spreads
	// the rows over buckets of a few dozen, then a sort of each bucket:
	// the same order as one sort of all rows, for less work.
	est := len(s.info) + len(s.idents) + len(s.exts) // about the number of rows
	shift := uint(64)
	for b := uint(1); b <= 24 && est>>b >= 32; b++ {
		shift = 64 - b
	}
	bucket := func(key uint64) uint64 {
		if shift == 64 {
			return 0
		}
		return key >> shift
	}
	starts := make([]int32, (1<<(64-shift))+1)
	var keys []uint64
	for i := range s.info {
		y0, y1, wide := s.info[i].years()
		keys = s.blockKeys(keys[:0], int32(i), y0, y1, wide)
		for _, k := range keys {
			starts[bucket(k)+1]++
		}
	}
	for b := 1; b < len(starts); b++ {
		starts[b] += starts[b-1]
	}
	rows := make([]blockRow, starts[len(starts)-1])
	fill := slices.Clone(starts)
	for i := range s.info {
		lo := s.info[i].lo
		y0, y1, wide := s.info[i].years()
		keys = s.blockKeys(keys[:0], int32(i), y0, y1, wide)
		for k, key := range keys {
			// The keys come a year at a time, y0 to y1, per participant key.
			b := bucket(key)
			rows[fill[b]] = blockRow{key: key, start: rowStart(lo, y0+int64(k)%(y1-y0+1), wide), item: int32(i)}
			fill[b]++
		}
	}
	for b := 0; b+1 < len(starts); b++ {
		slices.SortFunc(rows[starts[b]:starts[b+1]], func(a, b blockRow) int {
			switch {
			case a.key != b.key:
				return cmp.Compare(a.key, b.key)
			case a.start != b.start:
				return cmp.Compare(a.start, b.start)
			}
			ia, ib := &s.info[a.item], &s.info[b.item]
			return cmp.Or(cmp.Compare(ia.lo, ib.lo), cmp.Compare(ia.hi, ib.hi), cmp.Compare(a.item, b.item))
		})
	}
	// Two sets of words with a Jaccard index above zero share a word, which
	// sets the same bit in both signatures: no common bit rules a pair out
	// without looking at it.
	for i := range rows {
		if i%readAhead == 0 && i+readAhead < len(rows) {
			s.touched += s.touchRows(rows[i+readAhead : min(i+2*readAhead, len(rows))])
		}
		r := &rows[i]
		for j := i + 1; j < len(rows) && j-i <= maxReach; j++ {
			q := &rows[j]
			if q.key != r.key || (j-i > nearRows && s.info[q.item].lo >= s.info[r.item].hi) {
				break
			}
			if s.info[r.item].sig&s.info[q.item].sig == 0 && len(s.wordsOf(r.item))+len(s.wordsOf(q.item)) > 0 {
				continue
			}
			if r.item != q.item && s.find(r.item) != s.find(q.item) && s.same(r.item, q.item) {
				s.union(r.item, q.item)
			}
		}
	}
}

// blockKeys appends to dst the keys of the blocks of item i, whose date
// is in years y0 to y1 or wide, as years says: one per participant key (or
// one for "no participants") and year, y0 to y1 for each participant key
// in turn, or one per participant key when the date is wide.
func (s *state) blockKeys(dst []uint64, i int32, y0, y1 int64, wide bool) []uint64 {
	ids := s.identsOf(i)
	if len(ids) == 0 {
		return yearKeys(dst, hashInit, y0, y1, wide)
	}
	for _, id := range ids {
		dst = yearKeys(dst, hashByte(id.name, 'n'), y0, y1, wide)
		for _, x := range s.exts[id.ext0:id.ext1] {
			dst = yearKeys(dst, mix(x.base, x.val), y0, y1, wide)
		}
	}
	return dst
}

// yearKeys appends the block keys of participant key pk in years y0 to
// y1, or its one wide key.
func yearKeys(dst []uint64, pk uint64, y0, y1 int64, wide bool) []uint64 {
	if wide {
		return append(dst, hashByte(pk, 'w'))
	}
	for y := y0; y <= y1; y++ {
		dst = append(dst, mix(pk, uint64(y)))
	}
	return dst
}

// touchRows reads what comparing the items of rows reads, their info,
// union-find parent, words and participants, as touchItems does for items.
func (s *state) touchRows(rows []blockRow) byte {
	var x byte
	for k := range rows {
		i := rows[k].item
		in := &s.info[i]
		x += byte(in.sig) + byte(s.parent[i])
		if int(in.w0) < len(s.words) {
			x += byte(s.words[in.w0])
		}
		if int(in.p0) < len(s.idents) {
			x += byte(s.idents[in.p0].name)
		}
	}
	return x
}

// mix combines two 64-bit hashes into one, in two multiplications (the
// constants are those of SplitMix64), so that every bit of either moves
// the top bits, which choose a row's bucket. Block keys live only within
// one build, so any good mix will do.
func mix(a, b uint64) uint64 {
	h := (a ^ b*0x9e3779b97f4a7c15) * 0xbf58476d1ce4e5b9
	return h ^ h>>31
}

func (s *state) find(i int32) int32 {
	for s.parent[i] != i {
		s.parent[i] = s.parent[s.parent[i]]
		i = s.parent[i]
	}
	return i
}

// union joins the entries of i and j, unless they carry different explicit
// keys; the smaller index becomes the root, so that roots are the first
// items of their entries.
func (s *state) union(i, j int32) {
	a, b := s.find(i), s.find(j)
	if a == b {
		return
	}
	if s.keyOf != nil {
		if ka, kb := s.keyOf[a], s.keyOf[b]; ka != "" && kb != "" && ka != kb {
			return
		}
	}
	if b < a {
		a, b = b, a
	}
	s.parent[b] = a
	if s.keyOf != nil && s.keyOf[a] == "" {
		s.keyOf[a] = s.keyOf[b]
	}
}

// same reports whether items i and j tell of the same event, by the
// similarity that the Builder documents.
func (s *state) same(i, j int32) bool {
	ia, ib := &s.info[i], &s.info[j]
	if ia.keyed() && ib.keyed() {
		return false // decided by key
	}
	if ia.kind != 0 && ib.kind != 0 && ia.kind != ib.kind {
		return false
	}
	pa, pb := s.identsOf(i), s.identsOf(j)
	shared := false
	if len(pa) > 0 || len(pb) > 0 {
		shared = s.overlap(pa, pb)
		if !shared {
			return false
		}
	}
	sim := jaccard(s.wordsOf(i), s.wordsOf(j))
	if sim < s.cfg.minSim && sim < s.cfg.minDisputed {
		return false
	}
	if !ia.dated() || !ib.dated() || ia.contains(ib) || ib.contains(ia) {
		return sim >= s.cfg.minSim
	}
	return shared && sim >= s.cfg.minDisputed
}

func (s *state) overlap(pa, pb []ident) bool {
	for _, p := range pa {
		for _, q := range pb {
			if s.sameIdent(p, q) {
				return true
			}
		}
	}
	return false
}

func (s *state) sameIdent(p, q ident) bool {
	common := false
	for _, x := range s.exts[p.ext0:p.ext1] {
		for _, y := range s.exts[q.ext0:q.ext1] {
			if x.base == y.base {
				if x.val == y.val {
					return true
				}
				common = true
			}
		}
	}
	return !common && p.name == q.name
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
		ok := true
		for _, o := range items {
			if e := o.Event.When.Value; !e.IsZero() && !e.Contains(d) {
				ok = false
				break
			}
		}
		if ok {
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
		support := 0
		for _, o := range items {
			if e := o.Event.When.Value; !e.IsZero() && e.Contains(d) {
				support++
			}
		}
		if support > bestSupport || (support == bestSupport && betterDate(d, items[pick].Event.When.Value)) {
			pick, bestSupport = k, support
		}
	}
	return pick, true
}

// betterDate reports whether d is preferred to e as an entry's date: finer,
// then earlier in Compare order.
func betterDate(d, e news.Date) bool {
	if d.Precision() != e.Precision() {
		return d.Precision() > e.Precision()
	}
	return d.Compare(e) < 0
}
