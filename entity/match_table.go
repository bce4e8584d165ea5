package entity

import "strings"

// The two hash tables the matcher reads for every word of a text. They are
// built once with the registry and only read afterwards, so that a
// Registry is safe for concurrent use; both keep a slot within one cache
// line, since with a large registry the matcher's time goes mostly to
// reading memory.

// wordTable numbers the folded words of a registry's names and titles: an
// open-addressed table probed with a hash of the word, behind a filter of
// two bits per word that answers most words of a text, those in no name,
// from a few kilobytes that stay in cache. A slot holds a short word itself
// and the trie node that the word leads to from the root, so that a word
// of a text costs at most one cache line of the table.
type wordTable struct {
	filter []uint64   // a power of two of bits, about 8 per word
	slots  []wordSlot // a power of two, at most half full
	text   string     // the words one after the other, for words too long for a slot
	ends   []uint32   // ends[id] is the end of word id in text
}

// inlineWord is how many bytes of a word a slot holds.
const inlineWord = 19

type wordSlot struct {
	hash uint32
	id   int32 // the word's number plus one; 0 for an empty slot
	root int32 // the node of the names' trie the word leads to from the root; 0 for none
	n    uint8 // the word's length in bytes
	word [inlineWord]byte
}

// FNV-1a, 64 bits.
const (
	hashInit  uint64 = 14695981039346656037
	hashPrime uint64 = 1099511628211
)

// hashWord is FNV-1a over the bytes of w, its high bits folded in; the
// scanner computes the same hash of each word as it folds it.
func hashWord[S ~string | ~[]byte](w S) uint64 {
	h := hashInit
	for i := 0; i < len(w); i++ {
		h = (h ^ uint64(w[i])) * hashPrime
	}
	return h ^ h>>32
}

// newWordTable makes the table of words, numbered by their index; root
// gives each word's node.
func newWordTable(words []string, root func(id int32) int32) wordTable {
	size := 16
	for size < 2*len(words) {
		size *= 2
	}
	t := wordTable{slots: make([]wordSlot, size), filter: make([]uint64, size/16), ends: make([]uint32, len(words)+1)}
	var text strings.Builder
	for id, w := range words {
		text.WriteString(w)
		t.ends[id+1] = uint32(text.Len())
	}
	t.text = text.String()
	mask := uint64(size - 1)
	for id, w := range words {
		h := hashWord(w)
		t.setFilter(h)
		i := h >> 7 & mask
		for t.slots[i].id != 0 {
			i = (i + 1) & mask
		}
		sl := wordSlot{hash: uint32(h), id: int32(id) + 1, root: root(int32(id)), n: uint8(min(len(w), 255))}
		copy(sl.word[:], w)
		t.slots[i] = sl
	}
	return t
}

// filterBits returns the word of the filter that hash h falls in, and the
// two bits of it that h sets: both in one word, so that a test reads one
// word of memory.
func (t *wordTable) filterBits(h uint64) (int, uint64) {
	return int(h>>32) & (len(t.filter) - 1), 1<<(h&63) | 1<<(h>>6&63)
}

func (t *wordTable) setFilter(h uint64) {
	i, bits := t.filterBits(h)
	t.filter[i] |= bits
}

// find returns the number of the folded word w, whose hashWord is h, and
// the node it leads to from the root; or -1 and 0.
func (t *wordTable) find(w []byte, h uint64) (int32, int32) {
	i, bits := t.filterBits(h)
	if t.filter[i]&bits != bits {
		return -1, 0
	}
	mask := uint64(len(t.slots) - 1)
	for i := h >> 7 & mask; ; i = (i + 1) & mask {
		s := &t.slots[i]
		if s.id == 0 {
			return -1, 0
		}
		if s.hash != uint32(h) || int(s.n) != min(len(w), 255) {
			continue
		}
		if len(w) <= inlineWord {
			if string(s.word[:len(w)]) == string(w) {
				return s.id - 1, s.root
			}
		} else if t.text[t.ends[s.id-1]:t.ends[s.id]] == string(w) {
			return s.id - 1, s.root
		}
	}
}

// edgeTable holds the edges of the names' trie below the root: an
// open-addressed table of (node, gap, word) keys, one cache line or less
// per step of a walk.
type edgeTable struct {
	slots []edgeSlot // a power of two, at most half full
}

type edgeSlot struct {
	key  uint64 // 0 for an empty slot: no edge leaves the root here
	node int32
}

// newEdgeTable makes the table of the edges in m that leave a node other
// than the root.
func newEdgeTable(m map[uint64]int32) edgeTable {
	size := 16
	for size < 2*len(m) {
		size *= 2
	}
	t := edgeTable{slots: make([]edgeSlot, size)}
	mask := uint64(size - 1)
	for key, n := range m {
		if key>>32 == 0 {
			continue
		}
		i := edgeHash(key) & mask
		for t.slots[i].key != 0 {
			i = (i + 1) & mask
		}
		t.slots[i] = edgeSlot{key: key, node: n}
	}
	return t
}

func edgeHash(key uint64) uint64 {
	key *= 0x9E3779B97F4A7C15
	return key ^ key>>29
}

// find returns the node the edge key leads to.
func (t *edgeTable) find(key uint64) (int32, bool) {
	mask := uint64(len(t.slots) - 1)
	for i := edgeHash(key) & mask; ; i = (i + 1) & mask {
		s := &t.slots[i]
		if s.key == key {
			return s.node, true
		}
		if s.key == 0 {
			return 0, false
		}
	}
}
