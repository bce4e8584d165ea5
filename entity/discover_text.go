package entity

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// The tokenizer of discovery: words, numbers, possessive markers and
// punctuation, with byte and code point offsets, one line at a time.

type tokKind uint8

const (
	tWord  tokKind = iota + 1 // letters, with inner apostrophes, hyphens and abbreviation periods
	tNum                      // digits, with inner separators
	tPoss                     // a possessive "'s" after a word
	tPunct                    // any other single character
)

type tokFlag uint16

const (
	fCap      tokFlag = 1 << iota // starts with an upper-case letter (or is a name word such as "al-Rashid")
	fAllCaps                      // two or more letters, all upper case
	fInitial                      // the first word of a sentence, line or quotation
	fAbbr                         // ends with an abbreviation period
	fLetter1                      // a single letter, with or without a period: an initial
	fSpace                        // white space before the token
	fLineHead                     // the first token of its line
)

type tok struct {
	s    string // the token's text
	low  string // s in lower case
	key  string // s folded (see fold)
	b    int    // byte offset in the document
	c    int    // code point offset in the document
	n    int    // length in code points
	kind tokKind
	f    tokFlag
}

func (t *tok) has(f tokFlag) bool { return t.f&f != 0 }
func (t *tok) end() int           { return t.c + t.n }
func (t *tok) word() bool         { return t.kind == tWord }
func (t *tok) cap() bool          { return t.kind == tWord && t.f&fCap != 0 }

// abbreviations that take their period with them ("Mr.", "Inc.", "Pa.").
var abbrevs = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`Mr Mrs Ms Dr Prof Sr Jr St Mt Ft Sen Rep Gov Gen Lt Col Capt Sgt
		Cmdr Adm Maj Cpl Pvt Supt Insp Det Hon Msgr Pres Rev Fr Inc Corp Co Cos Ltd Bros No Nos Jan Feb
		Mar Apr Aug Sep Sept Oct Nov Dec Ave Blvd Rd Dept Univ Assn vs etc Ala Ariz Ark Calif Cal Colo
		Conn Del Fla Ga Ill Ind Kan Kans Ky La Md Mass Mich Minn Miss Mo Mont Neb Nebr Nev Okla Ore
		Oreg Pa Penn Penna Tenn Tex Vt Va Wash Wis Wisc Wyo approx est Mme Mlle Messrs`) {
		m[w] = true
	}
	return m
}()

// abbrevsNoEnd are abbreviations that never end a sentence: titles and
// honorifics are followed by the name.
var abbrevsNoEnd = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`Mr. Mrs. Ms. Dr. Prof. St. Mt. Ft. Sen. Rep. Gov. Gen. Lt. Col.
		Capt. Sgt. Cmdr. Adm. Maj. Cpl. Pvt. Supt. Insp. Det. Hon. Msgr. Pres. Rev. Fr. No. Nos. Mme. Mlle. Messrs.`) {
		m[w] = true
	}
	return m
}()

func isApos(r rune) bool   { return r == '\'' || r == '’' || r == 'ʼ' }
func isHyphen(r rune) bool { return r == '-' || r == '‐' || r == '‑' }

// lineTokens appends the tokens of line, which starts at byte offset b and
// code point offset c of the document, to buf.
func lineTokens(buf []tok, line string, b, c int) []tok {
	start := len(buf)
	i := 0
	space := true
	for i < len(line) {
		r, w := utf8.DecodeRuneInString(line[i:])
		if r == utf8.RuneError && w == 1 {
			// invalid UTF-8: one code point of its own, as Go's range would count it
			buf = append(buf, tok{s: line[i : i+1], b: b + i, c: c, n: 1, kind: tPunct, f: spaceFlag(space)})
			i++
			c++
			space = false
			continue
		}
		if unicode.IsSpace(r) {
			i += w
			c++
			space = true
			continue
		}
		if isWordRune(r) {
			j, n := scanWord(line, i)
			kind := tWord
			if unicode.IsDigit(r) {
				kind = tNum
			}
			t := tok{s: line[i:j], b: b + i, c: c, n: n, kind: kind, f: spaceFlag(space)}
			buf = append(buf, t)
			i = j
			c += n
			space = false
			continue
		}
		if isApos(r) && len(buf) > start && !space && buf[len(buf)-1].kind == tWord {
			// "’s" after a word, not followed by a letter: a possessive
			if i+w < len(line) && (line[i+w] == 's' || line[i+w] == 'S') {
				nr, _ := utf8.DecodeRuneInString(line[i+w+1:])
				if i+w+1 >= len(line) || !isWordRune(nr) {
					buf = append(buf, tok{s: line[i : i+w+1], b: b + i, c: c, n: 2, kind: tPoss})
					i += w + 1
					c += 2
					continue
				}
			}
		}
		buf = append(buf, tok{s: line[i : i+w], b: b + i, c: c, n: 1, kind: tPunct, f: spaceFlag(space)})
		i += w
		c++
		space = false
	}
	if len(buf) > start {
		buf[start].f |= fLineHead
	}
	for k := start; k < len(buf); k++ {
		if buf[k].kind == tWord {
			buf[k].f |= caseFlags(buf[k].s)
		}
		setKeys(&buf[k])
	}
	return buf
}

// setKeys fills the lower-case and folded forms of a token.
func setKeys(t *tok) {
	if t.kind != tWord {
		t.low, t.key = t.s, t.s
		return
	}
	ascii := true
	for i := 0; i < len(t.s); i++ {
		if t.s[i] >= utf8.RuneSelf {
			ascii = false
			break
		}
	}
	t.low = strings.ToLower(t.s)
	if ascii {
		t.key = t.low
	} else {
		t.key = fold(t.s)
	}
}

func spaceFlag(space bool) tokFlag {
	if space {
		return fSpace
	}
	return 0
}

// scanWord returns the end of the word that starts at line[i] and its length
// in code points. A word holds letters, digits and marks; an apostrophe or a
// hyphen followed by a letter ("O'Brien", "al-Rashid", "Jean-Pierre"), but
// not a possessive "'s"; the periods of "U.S." and "a.m."; and the period of
// an initial or a known abbreviation ("M.", "Pa.", "Inc.").
func scanWord(line string, i int) (int, int) {
	j, n := i, 0
	seg := 0 // letters since the last period
	dotted := false
	for j < len(line) {
		r, w := utf8.DecodeRuneInString(line[j:])
		if isWordRune(r) {
			j += w
			n++
			seg++
			continue
		}
		next, nw := utf8.DecodeRuneInString(line[j+w:])
		if j+w < len(line) && isWordRune(next) {
			if isApos(r) {
				if (next == 's' || next == 'S') && !wordRuneAt(line, j+w+nw) {
					break // possessive
				}
				j += w
				n++
				continue
			}
			if isHyphen(r) {
				j += w
				n++
				seg = 0
				continue
			}
			if r == '.' && seg <= 2 && unicode.IsLetter(next) {
				// "U.S", "a.m", "N.Y", "W.Va": a letter or two, a period, a letter
				j += w
				n++
				seg = 0
				dotted = true
				continue
			}
			if (r == '.' || r == ',' || r == ':') && unicode.IsDigit(next) && j > i && unicode.IsDigit(lastRune(line[i:j])) {
				j += w
				n++
				continue
			}
		}
		break
	}
	// the period of an abbreviation or an initial
	if j < len(line) && line[j] == '.' {
		word := line[i:j]
		first, _ := utf8.DecodeRuneInString(word)
		if dotted || (n == 1 && unicode.IsUpper(first)) || abbrevs[word] || abbrevs[lastPart(word)] {
			j++
			n++
		}
	}
	return j, n
}

func wordRuneAt(s string, i int) bool {
	if i >= len(s) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(s[i:])
	return isWordRune(r)
}

func lastRune(s string) rune {
	r, _ := utf8.DecodeLastRuneInString(s)
	return r
}

// lastPart is the part of a hyphenated word after its last hyphen: "Ariz" of
// "D-Ariz".
func lastPart(w string) string {
	if k := strings.LastIndexAny(w, "-‐‑"); k >= 0 {
		_, sz := utf8.DecodeRuneInString(w[k:])
		return w[k+sz:]
	}
	return w
}

// joinerIndex returns the byte index of the first hyphen or apostrophe of
// s, or -1.
func joinerIndex(s string) int {
	for i := 0; i < len(s) && i < 8; i++ {
		switch c := s[i]; {
		case c == '-' || c == '\'':
			return i
		case c == 0xE2: // the first byte of ’ (U+2019), ‐ (U+2010) and ‑ (U+2011)
			if strings.HasPrefix(s[i:], "’") || strings.HasPrefix(s[i:], "‐") || strings.HasPrefix(s[i:], "‑") {
				return i
			}
		}
	}
	return -1
}

// caseFlags tells how a word is capitalised.
func caseFlags(s string) tokFlag {
	var f tokFlag
	first, _ := utf8.DecodeRuneInString(s)
	letters, upper := 0, 0
	for _, r := range s {
		if unicode.IsLetter(r) {
			letters++
			if unicode.IsUpper(r) {
				upper++
			}
		}
	}
	if unicode.IsUpper(first) || unicode.IsTitle(first) {
		f |= fCap
	} else if k := joinerIndex(s); k > 0 && k <= 4 {
		// "al-Rashid", "d'Ivoire", "bin-Salman": a lower-case particle joined to a name
		rest := s[k:]
		_, sz := utf8.DecodeRuneInString(rest)
		r, _ := utf8.DecodeRuneInString(rest[sz:])
		if unicode.IsUpper(r) && particles[s[:k]] {
			f |= fCap
		}
	}
	if letters >= 2 && upper == letters {
		f |= fAllCaps
	}
	if letters == 1 && (len(s) == 1 || strings.HasSuffix(s, ".")) && f&fCap != 0 {
		f |= fLetter1
	}
	if strings.HasSuffix(s, ".") {
		f |= fAbbr
	}
	return f
}

// particles are the lower-case words that join the parts of a name: "van",
// "de la", "bin", "al-".
var particles = map[string]bool{
	"van": true, "von": true, "der": true, "den": true, "de": true, "del": true, "della": true,
	"degli": true, "di": true, "da": true, "das": true, "dos": true, "du": true, "des": true,
	"la": true, "le": true, "lo": true, "ter": true, "ten": true, "bin": true, "ibn": true,
	"bint": true, "binti": true, "al": true, "el": true, "y": true, "zu": true, "af": true,
	"d": true, "l": true, "abu": true, "ben": true, "ould": true, "mac": true,
}

// fold is the key names are compared by: lower case, without diacritics,
// with one kind of apostrophe and hyphen.
func fold(s string) string {
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			ascii = false
			break
		}
	}
	if ascii {
		return strings.ToLower(s)
	}
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range norm.NFD.String(s) {
		switch {
		case unicode.Is(unicode.Mn, r):
			continue
		case isApos(r):
			r = '\''
		case isHyphen(r):
			r = '-'
		}
		switch r = unicode.ToLower(r); r {
		case 'æ':
			b.WriteString("ae")
		case 'ø':
			b.WriteByte('o')
		case 'œ':
			b.WriteString("oe")
		case 'ß':
			b.WriteString("ss")
		case 'ł':
			b.WriteByte('l')
		case 'đ', 'ð':
			b.WriteByte('d')
		case 'þ':
			b.WriteString("th")
		case 'ı':
			b.WriteByte('i')
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// nameWords splits a name from a table into its words, as the tokenizer
// would.
func nameWords(name string) []string {
	var out []string
	for _, t := range lineTokens(nil, name, 0, 0) {
		if t.kind == tWord || t.kind == tNum {
			out = append(out, t.s)
		} else if t.s == "&" {
			out = append(out, t.s)
		}
	}
	return out
}
