// Package textpos converts between the code point offsets that spans use and
// the byte offsets of Go strings.
package textpos

import "unicode/utf8"

// Index maps code point offsets of one string to byte offsets. Build it once
// per text and reuse it for every span of that text.
type Index struct {
	text  string
	ascii bool
	bytes []int32 // bytes[i] is the byte offset of code point i; len = runes+1
}

// New indexes s. For ASCII text it allocates nothing.
func New(s string) *Index {
	ix := &Index{text: s, ascii: true}
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			ix.ascii = false
			break
		}
	}
	if ix.ascii {
		return ix
	}
	ix.bytes = make([]int32, 0, utf8.RuneCountInString(s)+1)
	for i := range s {
		ix.bytes = append(ix.bytes, int32(i))
	}
	ix.bytes = append(ix.bytes, int32(len(s)))
	return ix
}

// Len is the number of code points of the text.
func (ix *Index) Len() int {
	if ix.ascii {
		return len(ix.text)
	}
	return len(ix.bytes) - 1
}

// Byte returns the byte offset of code point offset cp, and false when cp is
// outside [0, Len()].
func (ix *Index) Byte(cp int) (int, bool) {
	if cp < 0 || cp > ix.Len() {
		return 0, false
	}
	if ix.ascii {
		return cp, true
	}
	return int(ix.bytes[cp]), true
}

// Slice returns the text between code point offsets start (inclusive) and end
// (exclusive), and false when the range is not inside the text or is reversed.
func (ix *Index) Slice(start, end int) (string, bool) {
	if start > end {
		return "", false
	}
	b0, ok0 := ix.Byte(start)
	b1, ok1 := ix.Byte(end)
	if !ok0 || !ok1 {
		return "", false
	}
	return ix.text[b0:b1], true
}

// CodePoint returns the code point offset of byte offset b, which must be at
// the start of a code point or at the end of the text.
func CodePoint(s string, b int) int {
	return utf8.RuneCountInString(s[:b])
}
