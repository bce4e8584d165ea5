package entity

import (
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

// isWordRune reports whether r belongs to a word: a letter, a digit or a
// combining mark.
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
