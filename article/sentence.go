package article

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Sentence splitting for news text. A sentence ends at ".", "!", "?" or "…"
// followed by a space and a word that may start a sentence, with any
// closing quotes or brackets kept in the sentence ("… she said." or "…
// rally.”"), and at every line break. A period that ends an abbreviation
// ("Mr.", "Gen.", "U.S.", "Jan.", "Pa.") or an initial ("Thomas M.
// Crooks") ends the sentence only when a word that usually starts one
// follows ("… in Butler, Pa. The suspect …").

// titleAbbrevs come before a name and never end a sentence.
var titleAbbrevs = setOf(`mr mrs ms dr gen sen rep gov lt col sgt capt maj adm prof rev st fr
cmdr supt insp det cpl pvt hon mt ft messrs mme mlle brig lieut gov`)

// otherAbbrevs may end a sentence; they do only before a sentence starter.
var otherAbbrevs = setOf(`jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu
thurs fri sat sun inc corp co ltd llc plc no nos vs etc approx dept univ est jr sr ave blvd rd
ala ariz ark calif colo conn del fla ga ill ind kan kans ky la md mass mich minn miss mo mont
neb nev okla ore pa penn tenn tex vt va wash wis wyo e.g i.e a.m p.m u.s u.k u.n e.u d.c n.y
n.j n.h n.m n.c n.d s.c s.d r.i w.va`)

func setOf(words string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(words) {
		m[w] = true
	}
	return m
}

// sentenceStarters are the words after which an abbreviation's period ends
// a sentence.
var sentenceStarters = setOf(`the a an he she it they we i in on at but and this that these those
his her its their there our after before when while as if for by from police officials
meanwhile however earlier later also`)

// splitSentences appends to dst the byte ranges of the sentences of text,
// each trimmed of surrounding space, and returns dst.
func splitSentences(text string, dst [][2]int) [][2]int {
	start := 0
	add := func(from, to int) {
		for from < to && isSpaceByte(text[from]) {
			from++
		}
		for to > from && isSpaceByte(text[to-1]) {
			to--
		}
		if to > from {
			dst = append(dst, [2]int{from, to})
		}
	}
	for i := 0; i < len(text); {
		c := text[i]
		if c == '\n' {
			add(start, i)
			i++
			start = i
			continue
		}
		end, size := sentenceEnd(text, i)
		if end < 0 {
			i += max(size, 1)
			continue
		}
		add(start, end)
		start = end
		i = end
	}
	add(start, len(text))
	return dst
}

// sentenceEnd reports, for the character at i, the end of the sentence it
// closes, or -1 when it closes none; size is the character's length.
func sentenceEnd(text string, i int) (end, size int) {
	c := text[i]
	size = 1
	switch c {
	case '.', '!', '?':
	case 0xE2: // "…" is E2 80 A6
		if !strings.HasPrefix(text[i:], "…") {
			return -1, 1
		}
		size = len("…")
	default:
		if c >= utf8.RuneSelf {
			_, size = utf8.DecodeRuneInString(text[i:])
		}
		return -1, size
	}
	j := i + size
	// Closing marks stay with the sentence.
	for j < len(text) {
		r, n := utf8.DecodeRuneInString(text[j:])
		if r == '"' || r == '\'' || r == '”' || r == '’' || r == ')' || r == ']' || r == '»' {
			j += n
			continue
		}
		break
	}
	if j < len(text) && !isSpaceByte(text[j]) {
		return -1, size
	}
	k := j
	for k < len(text) && (text[k] == ' ' || text[k] == '\t') {
		k++
	}
	if k >= len(text) || text[k] == '\n' {
		return j, size
	}
	next, _ := utf8.DecodeRuneInString(text[k:])
	if !unicode.IsUpper(next) && !unicode.IsDigit(next) && !strings.ContainsRune("\"“‘'«(", next) {
		return -1, size
	}
	if c != '.' || j != i+1 {
		return j, size
	}
	w := wordBefore(text, i)
	lw := strings.ToLower(w)
	switch {
	case titleAbbrevs[lw]:
		return -1, size
	case otherAbbrevs[lw] || isInitial(w):
		if !sentenceStarters[strings.ToLower(wordAt(text, k))] {
			return -1, size
		}
	}
	return j, size
}

// wordBefore returns the word that ends at i, dots inside it included
// ("U.S" for "U.S.").
func wordBefore(text string, i int) string {
	j := i
	for j > 0 {
		r, n := utf8.DecodeLastRuneInString(text[:j])
		if unicode.IsLetter(r) || (r == '.' && j-n > 0 && j < i) {
			j -= n
			continue
		}
		break
	}
	return text[j:i]
}

// wordAt returns the letters that start at k.
func wordAt(text string, k int) string {
	j := k
	for j < len(text) {
		r, n := utf8.DecodeRuneInString(text[j:])
		if !unicode.IsLetter(r) {
			break
		}
		j += n
	}
	return text[k:j]
}

// isInitial reports whether w is one capital letter, or letters joined by
// dots ("M", "J.R").
func isInitial(w string) bool {
	if w == "" {
		return false
	}
	for _, part := range strings.Split(w, ".") {
		if utf8.RuneCountInString(part) != 1 {
			return false
		}
	}
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

func isSpaceByte(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' }
