package timeline

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/cases"
	"golang.org/x/text/unicode/norm"
)

// bldFolder folds text for comparison: Unicode NFC, then full case folding.
// It is not safe for concurrent use (a cases.Caser is stateful); each build
// makes its own.
type bldFolder struct {
	caser cases.Caser
	buf   []byte
}

func newBldFolder() *bldFolder { return &bldFolder{caser: cases.Fold()} }

func bldIsASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// fold returns s in NFC, case folded. ASCII text, the common case, takes a
// fast path that gives the same result.
func (f *bldFolder) fold(s string) string {
	if bldIsASCII(s) {
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
	bldHashInit  uint64 = 14695981039346656037
	bldHashPrime uint64 = 1099511628211
)

func bldHashString(h uint64, s string) uint64 {
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= bldHashPrime
	}
	return h
}

func bldHashByte(h uint64, c byte) uint64 {
	h ^= uint64(c)
	return h * bldHashPrime
}

// bldStopwords are the hashes of English function words left out of
// summary comparison, in an open-addressed table of 64 slots where 0 marks
// an empty slot (none of these words hashes to 0), so that bldIsStopword
// needs neither a map nor a second hash.
var bldStopwords = func() (t [64]uint64) {
	for _, w := range strings.Fields(`a an the of in on at to for and or by with from as into
		is was were be been are has have had it its that this after before over`) {
		h := bldHashString(bldHashInit, w)
		i := h % 64
		for t[i] != 0 {
			i = (i + 1) % 64
		}
		t[i] = h
	}
	return t
}()

func bldIsStopword(h uint64) bool {
	for i := h % 64; bldStopwords[i] != 0; i = (i + 1) % 64 {
		if bldStopwords[i] == h {
			return true
		}
	}
	return false
}

// words appends to dst the hashes of the distinct folded words of s, sorted,
// leaving out stopwords and stemmed by bldStem. A word is a maximal run of
// letters, digits and nonspacing marks.
func (f *bldFolder) words(dst []uint64, s string) []uint64 {
	start := len(dst)
	t := s
	if !bldIsASCII(s) {
		t = f.fold(s)
	}
	f.buf = f.buf[:0]
	flush := func() {
		if len(f.buf) == 0 {
			return
		}
		h := bldHashInit
		for _, c := range f.buf {
			h = bldHashByte(h, c)
		}
		if !bldIsStopword(h) {
			if st := bldStem(f.buf); len(st) < len(f.buf) {
				h = bldHashInit
				for _, c := range st {
					h = bldHashByte(h, c)
				}
			}
			dst = append(dst, h)
		}
		f.buf = f.buf[:0]
	}
	for i := 0; i < len(t); {
		c := t[i]
		if c < utf8.RuneSelf {
			switch {
			case 'a' <= c && c <= 'z', '0' <= c && c <= '9':
				f.buf = append(f.buf, c)
			case 'A' <= c && c <= 'Z':
				f.buf = append(f.buf, c+'a'-'A')
			default:
				flush()
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(t[i:])
		if unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r) {
			f.buf = append(f.buf, t[i:i+size]...)
		} else {
			flush()
		}
		i += size
	}
	flush()
	tail := dst[start:]
	slices.Sort(tail)
	return dst[:start+len(slices.Compact(tail))]
}

// bldStem strips a few English inflections from a folded word, so that
// "destroys", "destroyed" and "destroy" compare equal: a final "s" (not
// "ss"), then a final "ing", "ed" or "e", each only when three bytes or
// more remain.
func bldStem(w []byte) []byte {
	has := func(suf string) bool {
		return len(w) >= len(suf)+3 && string(w[len(w)-len(suf):]) == suf
	}
	if has("s") && !has("ss") {
		w = w[:len(w)-1]
	}
	for _, suf := range [...]string{"ing", "ed", "e"} {
		if has(suf) {
			return w[:len(w)-len(suf)]
		}
	}
	return w
}

// name returns the hash of a folded name, its words separated by one space.
func (f *bldFolder) name(s string) uint64 {
	h := bldHashInit
	first := true
	if bldIsASCII(s) {
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
				h = bldHashByte(h, ' ')
			}
			h = bldHashByte(h, c)
			space, first = false, false
		}
		return h
	}
	for _, w := range strings.Fields(f.fold(s)) {
		if !first {
			h = bldHashByte(h, ' ')
		}
		h = bldHashString(h, w)
		first = false
	}
	return h
}

// bldJaccard returns |a∩b| / |a∪b| for two sorted sets; two empty sets are
// similar (1).
func bldJaccard(a, b []uint64) float64 {
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
