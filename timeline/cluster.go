package timeline

import (
	"cmp"
	"slices"

	"github.com/newsmodel/newsmodel/internal/calendar"
)

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

// cluster assigns every item to its entry: s.parent is a union-find forest
// whose roots are the entries.
func (s *state) cluster() {
	n := len(s.items)
	s.parent = make([]int32, n)
	for i := range s.parent {
		s.parent[i] = int32(i)
	}
	s.joinKeys()
	s.compareNear(s.blockRows())
}

// joinKeys joins the items with the same explicit key. Most builds have
// none: then s.keyOf stays nil and the items need not be read.
func (s *state) joinKeys() {
	n := len(s.items)
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
}

// blockRows returns the rows of the blocks, sorted by block key, then
// date. Each item gives one row per participant key (or one for "no
// participants") and year. The sort is a counting pass on the top bits of
// the key, which spreads the rows over buckets of a few dozen, then a sort
// of each bucket: the same order as one sort of all rows, for less work.
func (s *state) blockRows() []blockRow {
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
	return rows
}

// compareNear compares each row with the rows that follow it in its
// block, as the Builder documents, and joins the items that tell of the
// same event. Two sets of words with a Jaccard index above zero share a
// word, which sets the same bit in both signatures: no common bit rules a
// pair out without looking at it.
func (s *state) compareNear(rows []blockRow) {
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
	if (ia.flags|ib.flags)&hasRelations != 0 && s.relatedInSource(i, j) {
		return false // one story telling of two events it relates
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

// relatedInSource reports whether items i and j come from one source and
// one of their events names the other in a relation: a story that says
// "e1 before e2" tells of two events, however alike their summaries.
func (s *state) relatedInSource(i, j int32) bool {
	a, b := s.items[i], s.items[j]
	sa, sb := a.src(), b.src()
	if sa != sb && (sa.Article == "" || sa.Article != sb.Article) {
		return false
	}
	names := func(x, y *Item) bool {
		for _, r := range x.Event.Relations {
			if r.Event == y.Event.ID {
				return true
			}
		}
		return false
	}
	return names(a, b) || names(b, a)
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

// contains reports whether the date of a contains that of b, as
// Date.Contains says, from their bounds. Both must be dated.
func (a *itemInfo) contains(b *itemInfo) bool {
	return (a.lo < b.lo || (a.lo == b.lo && a.dlon <= b.dlon)) &&
		(b.hi < a.hi || (b.hi == a.hi && b.dhin <= a.dhin))
}
