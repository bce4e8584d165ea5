package entity

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/cases"
	"golang.org/x/text/unicode/norm"
	"golang.org/x/text/width"
)

// This file cuts text into words and folds each word for matching: case
// folded, width folded and without diacritics, so that "PUTIN", "Putin",
// "Ｐｕｔｉｎ" and "Pútin" are one word. A word is a run of letters, digits
// and combining marks; what lies between two words is a gap, classified so
// that a name's own punctuation ("O'Brien", "J. Smith", "AT&T") must be
// matched by the same kind of punctuation in the text. The scanner reads
// the text once, never copies it, and counts code points as it goes, so that
// every word carries its offsets in the original text.

// Classes of a rune.
const (
	cOther   uint8 = iota // punctuation or symbol that no name shares
	cWord                 // letter, digit or combining mark
	cIgnore               // format character (soft hyphen, joiners): skipped, even inside a word
	cSpace                // white space
	cNewline              // a line break
	cPara                 // a paragraph break (U+2029)
	cHyphen               // a hyphen inside a compound: "Jean-Luc" reads as "Jean Luc"
	cApos                 // an apostrophe: "O'Brien", "Witkoff’s"
	cDot                  // a full stop: "J. Smith", "U.S."
	cAmp                  // an ampersand: "AT&T", "Procter & Gamble"
	cComma                // a comma
	cTerm                 // ! or ?, which end a sentence
)

// gap is the class of what lies between two words of a text or a name.
// Two words continue a name only when the gap between them in the text has
// the class of the gap in the name.
type gap uint8

const (
	gSpace gap = iota // white space, a line break or one hyphen
	gApos             // one apostrophe and nothing else
	gDot              // one full stop, then perhaps white space
	gAmp              // one ampersand, perhaps with white space around it
	gComma            // one comma, then perhaps white space
	gOther            // any other punctuation
	gPara             // a paragraph break: no name spans it
)

// maxWordBytes bounds the folded bytes of one word that the matcher looks
// up; a longer word matches nothing, and a name with one is refused.
const maxWordBytes = 128

// asciiFold maps an ASCII byte to its folded form when it is a word
// character, and to 0 when it is not.
var asciiFold = func() (t [utf8.RuneSelf]byte) {
	for c := '0'; c <= '9'; c++ {
		t[c] = byte(c)
	}
	for c := 'a'; c <= 'z'; c++ {
		t[c] = byte(c)
		t[c-'a'+'A'] = byte(c)
	}
	return t
}()

// asciiClass is the class of each ASCII byte.
var asciiClass = func() (t [utf8.RuneSelf]uint8) {
	for c := range utf8.RuneSelf {
		switch {
		case asciiFold[c] != 0:
			t[c] = cWord
		case c == '\n' || c == '\v' || c == '\f':
			t[c] = cNewline
		case c == ' ' || c == '\t' || c == '\r': // CR LF is one line break
			t[c] = cSpace
		case c == '-':
			t[c] = cHyphen
		case c == '\'' || c == '`':
			t[c] = cApos
		case c == '.':
			t[c] = cDot
		case c == '&':
			t[c] = cAmp
		case c == ',':
			t[c] = cComma
		case c == '!' || c == '?':
			t[c] = cTerm
		}
	}
	return t
}()

// runeInfo is what the scanner needs to know about one rune.
type runeInfo struct {
	class uint8
	lower bool   // a lowercase letter
	fold  string // the folded form of a word rune; empty for a mark
}

// Runes below tableEnd, and the halfwidth and fullwidth forms, are looked up
// in a table built once; the table holds every alphabet with case or
// diacritics. Other runes are classified and folded by the unicode package.
const (
	tableEnd   = 0x3000
	wideStart  = 0xFF00
	wideEnd    = 0xFFF0
	wideOffset = tableEnd - wideStart
)

// runeTable returns the table of runes below tableEnd followed by the runes
// from wideStart to wideEnd.
var runeTable = sync.OnceValue(func() []runeInfo {
	t := make([]runeInfo, tableEnd+wideEnd-wideStart)
	caser := cases.Fold()
	for r := rune(utf8.RuneSelf); r < tableEnd; r++ {
		t[r] = describeRune(r, caser)
	}
	for r := rune(wideStart); r < wideEnd; r++ {
		t[r+wideOffset] = describeRune(r, caser)
	}
	return t
})

// describeRune classifies r and folds it: width folding, canonical
// decomposition, removal of nonspacing marks, full case folding, and again
// decomposition and removal of marks (case folding "İ" leaves a dot above).
func describeRune(r rune, caser cases.Caser) runeInfo {
	if c, ok := specialClass(r); ok {
		return runeInfo{class: c}
	}
	if !isWordRune(r) {
		return runeInfo{class: gapClass(r)}
	}
	s := width.Fold.String(string(r))
	s = stripMarks(norm.NFD.String(s))
	s = stripMarks(norm.NFD.String(caser.String(s)))
	return runeInfo{class: cWord, lower: unicode.IsLower(r), fold: s}
}

// specialClass gives the runes whose Unicode category misleads: letters
// that serve as apostrophes, and format characters.
func specialClass(r rune) (uint8, bool) {
	switch r {
	case '\u02BC', '\u02BB', '\u2018', '\u2019', '\u2032', '\u00B4', '\uFF07':
		return cApos, true
	case '\u200B':
		return cSpace, true
	case '\u2010', '\u2011':
		return cHyphen, true
	case '\u2028', '\u0085':
		return cNewline, true
	case '\u2029':
		return cPara, true
	case '\uFF0E':
		return cDot, true
	}
	if unicode.Is(unicode.Cf, r) {
		return cIgnore, true
	}
	return 0, false
}

func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r)
}

// gapClass classifies a rune that is not part of a word.
func gapClass(r rune) uint8 {
	switch {
	case unicode.IsSpace(r):
		return cSpace
	case r == '\u3002' || r == '\uFF01' || r == '\uFF1F' || r == '\u00A1' || r == '\u00BF':
		return cTerm
	case r == '\uFF06':
		return cAmp
	case r == '\uFF0C':
		return cComma
	}
	return cOther
}

func stripMarks(s string) string {
	out := make([]rune, 0, len(s))
	for _, r := range s {
		if !unicode.Is(unicode.Mn, r) {
			out = append(out, r)
		}
	}
	return string(out)
}

// lookup describes r, from the table where it has an entry.
func lookup(tab []runeInfo, r rune) runeInfo {
	switch {
	case r < tableEnd:
		return tab[r]
	case wideStart <= r && r < wideEnd:
		return tab[r+wideOffset]
	}
	if c, ok := specialClass(r); ok {
		return runeInfo{class: c}
	}
	if !isWordRune(r) {
		return runeInfo{class: gapClass(r)}
	}
	if unicode.Is(unicode.Mn, r) {
		return runeInfo{class: cWord}
	}
	return runeInfo{class: cWord, lower: unicode.IsLower(r)}
}

// appendFold appends the folded form of the word rune r, described by info,
// to b.
func appendFold(b []byte, r rune, info runeInfo) []byte {
	if r < tableEnd || (wideStart <= r && r < wideEnd) {
		return append(b, info.fold...)
	}
	if unicode.Is(unicode.Mn, r) {
		return b
	}
	return utf8.AppendRune(b, unicode.ToLower(r))
}

// token is one word of a text.
type token struct {
	b0, b1 int   // byte offsets of the word in the text
	c0, c1 int   // code point offsets of the word in the text
	word   int32 // the registry's number for the folded word, or -1
	root   int32 // the node of the names' trie the word leads to from the root, or 0
	gap    gap   // the class of the gap before the word
	flags  uint8
}

// Flags of a token.
const (
	tLower    uint8 = 1 << iota // the word starts with a lowercase letter
	tSentence                   // the word starts a sentence, a line or the text
	tLong                       // the folded word is longer than maxWordBytes
	tTight                      // a hyphen or an apostrophe, and no space, joins the word to the one before
)

// scanner cuts a text into tokens.
type scanner struct {
	text    string
	tab     []runeInfo
	pos, cp int    // the next byte to read and its code point offset
	buf     []byte // the folded form of the last word read
	hash    uint64 // hashWord of buf
}

func newScanner(text string) scanner {
	return scanner{text: text, tab: runeTable(), buf: make([]byte, 0, 64)}
}

// gapAcc accumulates what lies between two words.
type gapAcc struct {
	marks       int   // punctuation characters
	mark        uint8 // the class of the last punctuation character
	spaceBefore bool  // white space before the first punctuation
	spaceAfter  bool  // white space after the last punctuation
	newlines    int
	sentence    bool
}

func (g *gapAcc) add(c uint8) {
	switch c {
	case cIgnore:
	case cSpace:
		if g.marks == 0 {
			g.spaceBefore = true
		} else {
			g.spaceAfter = true
		}
	case cNewline:
		g.newlines++
		g.sentence = true
		if g.marks == 0 {
			g.spaceBefore = true
		} else {
			g.spaceAfter = true
		}
	case cPara:
		g.newlines += 2
		g.sentence = true
	default:
		g.marks++
		g.mark = c
		g.spaceAfter = false
		if c == cDot || c == cTerm {
			g.sentence = true
		}
	}
}

func (g *gapAcc) class() gap {
	if g.newlines >= 2 {
		return gPara
	}
	if g.marks == 0 {
		return gSpace
	}
	if g.marks > 1 {
		return gOther
	}
	tight := !g.spaceBefore && !g.spaceAfter
	switch g.mark {
	case cHyphen:
		if tight {
			return gSpace
		}
	case cApos:
		if tight {
			return gApos
		}
	case cDot:
		if !g.spaceBefore {
			return gDot
		}
	case cAmp:
		return gAmp
	case cComma:
		if !g.spaceBefore {
			return gComma
		}
	}
	return gOther
}

// next reads the next word into t and its folded form into s.buf, and
// reports false at the end of the text. The folded form is cut at
// maxWordBytes, and t.flags then has tLong. t.word is left for the caller.
func (s *scanner) next(t *token) bool {
	text := s.text
	i, cp := s.pos, s.cp
	g := gapAcc{sentence: i == 0}
	var first runeInfo
	for i < len(text) {
		c := text[i]
		if c < utf8.RuneSelf {
			cl := asciiClass[c]
			if cl == cWord {
				first = runeInfo{class: cWord, lower: 'a' <= c && c <= 'z'}
				break
			}
			g.add(cl)
			i++
			cp++
			continue
		}
		r, n := utf8.DecodeRuneInString(text[i:])
		info := lookup(s.tab, r)
		if info.class == cWord {
			first = info
			break
		}
		g.add(info.class)
		i += n
		cp++
	}
	if i == len(text) {
		s.pos, s.cp = i, cp
		return false
	}
	t.gap = g.class()
	t.flags = 0
	if g.sentence {
		t.flags |= tSentence
	}
	if first.lower {
		t.flags |= tLower
	}
	if g.marks == 1 && !g.spaceBefore && !g.spaceAfter && (g.mark == cHyphen || g.mark == cApos) {
		t.flags |= tTight
	}
	t.b0, t.c0 = i, cp
	buf := s.buf[:0]
	h := hashInit
	end, endCP := i, cp
	for i < len(text) {
		c := text[i]
		if c < utf8.RuneSelf {
			f := asciiFold[c]
			if f == 0 {
				break
			}
			if len(buf) < maxWordBytes {
				buf = append(buf, f)
				h = (h ^ uint64(f)) * hashPrime
			} else {
				t.flags |= tLong
			}
			i++
			cp++
			end, endCP = i, cp
			continue
		}
		r, n := utf8.DecodeRuneInString(text[i:])
		info := lookup(s.tab, r)
		if info.class == cIgnore {
			i += n
			cp++
			continue
		}
		if info.class != cWord {
			break
		}
		if k := len(buf); k < maxWordBytes {
			buf = appendFold(buf, r, info)
			if len(buf) > maxWordBytes {
				t.flags |= tLong
				buf = buf[:maxWordBytes]
			}
			for _, f := range buf[k:] {
				h = (h ^ uint64(f)) * hashPrime
			}
		} else {
			t.flags |= tLong
		}
		i += n
		cp++
		end, endCP = i, cp
	}
	s.buf = buf
	s.hash = h ^ h>>32
	t.b1, t.c1 = end, endCP
	s.pos, s.cp = i, cp
	return true
}

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
