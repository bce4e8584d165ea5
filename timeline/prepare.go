package timeline

import (
	"slices"

	"github.com/newsmodel/newsmodel/news"
)

// prepared is what a build derives from each item and keeps with the
// timeline, so that Merge need not derive it again.
type prepared struct {
	info   []itemInfo
	words  []uint32
	idents []ident
	exts   []extID
}

// ident is an Identity prepared for matching: the hash of its folded
// name and its external IDs as hashed (base, value) pairs.
type ident struct {
	name       uint64
	ext0, ext1 int32 // in prepared.exts
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
// kinds of [news.EventKinds], and for any other a 31-bit hash of the name with the
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

// unixBounds returns the bounds of d in Unix seconds; a missing bound is the
// least or greatest int64.
func unixBounds(d news.Date) (lo, hi int64) {
	if d.IsZero() {
		return -1 << 63, 1<<63 - 1
	}
	b := d.Bounds()
	return b.StartSec, b.EndSec
}
