package timeline

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/cases"
	"golang.org/x/text/unicode/norm"
)

// folder folds text for comparison: Unicode NFC, then full case folding.
// It is not safe for concurrent use (a cases.Caser is stateful); each build
// makes its own.
type folder struct {
	caser cases.Caser
	bases [4]idBase // external-ID bases seen lately, hash 0 for none; see exts
	next  int       // the slot of bases to fill next
}

// idBase is an external-ID base and its hash.
type idBase struct {
	name string
	hash uint64
}

func newFolder() *folder { return &folder{caser: cases.Fold()} }

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// fold returns s in NFC, case folded. ASCII text, the common case, takes a
// fast path that gives the same result.
func (f *folder) fold(s string) string {
	if isASCII(s) {
		for i := 0; i < len(s); i++ {
			if 'A' <= s[i] && s[i] <= 'Z' {
				return strings.ToLower(s)
			}
		}
		return s
	}
	return f.caser.String(norm.NFC.String(s))
}

// FNV-1a, 64 bits.
const (
	hashInit  uint64 = 14695981039346656037
	hashPrime uint64 = 1099511628211
)

func hashString(h uint64, s string) uint64 {
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= hashPrime
	}
	return h
}

func hashByte(h uint64, c byte) uint64 {
	h ^= uint64(c)
	return h * hashPrime
}

// stopwords are the hashes of English function words left out of
// summary comparison, in an open-addressed table of 64 slots where 0 marks
// an empty slot (none of these words hashes to 0), so that isStopword
// needs neither a map nor a second hash.
var stopwords = func() (t [64]uint64) {
	for _, w := range strings.Fields(`a an the of in on at to for and or by with from as into
		is was were be been are has have had it its that this after before over`) {
		h := hashString(hashInit, w)
		i := h % 64
		for t[i] != 0 {
			i = (i + 1) % 64
		}
		t[i] = h
	}
	return t
}()

func isStopword(h uint64) bool {
	for i := h % 64; stopwords[i] != 0; i = (i + 1) % 64 {
		if stopwords[i] == h {
			return true
		}
	}
	return false
}

// words appends to dst the hashes of the distinct folded words of s, sorted,
// leaving out stopwords and stemmed by stemCut. A word is a maximal run
// of letters, digits and nonspacing marks. It hashes each word as it reads
// it, keeping the hashes of its last prefixes, so that stemming takes one of
// those instead of hashing the word again.
func (f *folder) words(dst []uint32, s string) []uint32 {
	start := len(dst)
	t := s
	if !isASCII(s) {
		t = f.fold(s)
	}
	var pre [8]uint64 // pre[k%8]: the hash of the first k bytes of the word
	pre[0] = hashInit
	n := 0 // bytes of the word read so far
	for i := 0; ; {
		size := 0 // of a character that is not part of a word
		if i < len(t) {
			c := t[i]
			if c < utf8.RuneSelf {
				if 'A' <= c && c <= 'Z' {
					c += 'a' - 'A'
				}
				if 'a' <= c && c <= 'z' || '0' <= c && c <= '9' {
					n++
					pre[n%8] = hashByte(pre[(n-1)%8], c)
					i++
					continue
				}
				size = 1
			} else {
				r, sz := utf8.DecodeRuneInString(t[i:])
				if unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r) {
					for _, c := range []byte(t[i : i+sz]) {
						n++
						pre[n%8] = hashByte(pre[(n-1)%8], c)
					}
					i += sz
					continue
				}
				size = sz
			}
		}
		if n > 0 {
			if h := pre[n%8]; !isStopword(h) {
				dst = append(dst, wordOf(pre[(n-stemCut(t[i-n:i]))%8]))
			}
			n, pre[0] = 0, hashInit
		}
		if i >= len(t) {
			break
		}
		i += size
	}
	tail := dst[start:]
	slices.Sort(tail)
	return dst[:start+len(slices.Compact(tail))]
}

// wordOf folds the 64-bit hash of a word to the 32 bits kept for it, half
// the memory of a million summaries. Two summaries of five words each have
// 25 pairs of words, so two different words among them share a hash with a
// chance of 25 in 2³², about one in 170 million; a shared hash can only
// raise their similarity, by one word.
func wordOf(h uint64) uint32 { return uint32(h ^ h>>32) }

// stemCut returns how many bytes to strip from the end of a word to stem
// it, so that "destroys", "destroyed" and "destroy" compare equal: a final
// "s" (not "ss"), then a final "ing", "ed" or "e", each only when three
// bytes or more remain. It reads ASCII letters in either case.
func stemCut(w string) int {
	low := func(k int) byte { return w[k] | 0x20 } // only compared with lower-case letters
	n, cut := len(w), 0
	if n >= 4 && low(n-1) == 's' && !(n >= 5 && low(n-2) == 's') {
		n, cut = n-1, 1
	}
	switch {
	case n >= 6 && low(n-3) == 'i' && low(n-2) == 'n' && low(n-1) == 'g':
		cut += 3
	case n >= 5 && low(n-2) == 'e' && low(n-1) == 'd':
		cut += 2
	case n >= 4 && low(n-1) == 'e':
		cut++
	}
	return cut
}

// exts appends to dst the hashed (base, value) pairs of an identity's
// external IDs, in no particular order. The maps of a build have few bases
// ("wikidata", …), and iterating over a map costs far more than looking up
// a key in it: when every key of m is a base seen lately, it looks them up;
// otherwise it iterates and remembers the bases.
func (f *folder) exts(dst []extID, m map[string]string) []extID {
	if len(m) == 0 {
		return dst
	}
	if len(m) <= len(f.bases) {
		found := 0
		for _, b := range f.bases {
			if b.hash == 0 {
				continue // an empty slot
			}
			if v, ok := m[b.name]; ok {
				dst = append(dst, extID{b.hash, hashString(hashInit, v)})
				if found++; found == len(m) {
					return dst
				}
			}
		}
		dst = dst[:len(dst)-found]
	}
	for base, val := range m {
		h := hashString(hashInit, base)
		dst = append(dst, extID{h, hashString(hashInit, val)})
		if !slices.ContainsFunc(f.bases[:], func(b idBase) bool { return b.hash == h && b.name == base }) {
			f.bases[f.next] = idBase{base, h}
			f.next = (f.next + 1) % len(f.bases)
		}
	}
	return dst
}

// name returns the hash of a folded name, its words separated by one space.
func (f *folder) name(s string) uint64 {
	h := hashInit
	first := true
	if isASCII(s) {
		space := false
		for i := 0; i < len(s); i++ {
			c := s[i]
			switch c {
			case ' ', '\t', '\n', '\v', '\f', '\r':
				space = true
				continue
			}
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			if space && !first {
				h = hashByte(h, ' ')
			}
			h = hashByte(h, c)
			space, first = false, false
		}
		return h
	}
	for _, w := range strings.Fields(f.fold(s)) {
		if !first {
			h = hashByte(h, ' ')
		}
		h = hashString(h, w)
		first = false
	}
	return h
}

// jaccard returns |a∩b| / |a∪b| for two sorted sets; two empty sets are
// similar (1).
func jaccard(a, b []uint32) float64 {
	if len(a) == 0 && len(b) == 0 {
		return 1
	}
	i, j, both := 0, 0, 0
	for i < len(a) && j < len(b) {
		switch {
		case a[i] < b[j]:
			i++
		case a[i] > b[j]:
			j++
		default:
			both++
			i++
			j++
		}
	}
	return float64(both) / float64(len(a)+len(b)-both)
}
