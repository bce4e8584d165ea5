package quote

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// paragraphs splits text at blank lines (a line of only spaces counts as
// blank) and returns each paragraph's bytes without the spaces around them.
func paragraphs(text string) []span {
	var out []span
	add := func(s, e int) {
		for s < e && isSpaceByte(text[s]) {
			s++
		}
		for e > s && isSpaceByte(text[e-1]) {
			e--
		}
		if s < e {
			out = append(out, span{s, e})
		}
	}
	start := -1 // the current paragraph's first line, or -1 between paragraphs
	for line := 0; line <= len(text); {
		end, next := len(text), len(text)+1
		if nl := strings.IndexByte(text[line:], '\n'); nl >= 0 {
			end, next = line+nl, line+nl+1
		}
		if blankLine(text[line:end]) {
			if start >= 0 {
				add(start, line)
				start = -1
			}
		} else if start < 0 {
			start = line
		}
		line = next
	}
	if start >= 0 {
		add(start, len(text))
	}
	return out
}

func blankLine(s string) bool {
	for i := 0; i < len(s); i++ {
		if !isSpaceByte(s[i]) {
			return false
		}
	}
	return true
}

func isSpaceByte(c byte) bool { return c == ' ' || c == '\n' || c == '\t' || c == '\r' }

type tokKind uint8

const (
	tWord tokKind = iota
	tPunct
	tOpen  // an opening quotation mark that has a pair
	tClose // its closing mark
)

// tok is a word, a punctuation mark or a paired quotation mark.
type tok struct {
	s, e  int
	kind  tokKind
	depth uint8  // quotations around the token, not counting its own marks
	upper bool   // a word that starts with a capital letter
	q     *mq    // the quotation of a tOpen or tClose
	ment  int32  // 1 + index of the entity mention the token lies in, or 0
	cue   bool   // a word that may start a reporting cue
	low   string // a word in lower case
}

// markAt is a paired mark of a paragraph: where it is and what it does.
type markAt struct {
	at   span
	kind tokKind
	q    *mq
}

// tokenize splits the paragraph p into tokens, reading the marks of marks
// (sorted, all inside p) as quotation marks and every other mark as text.
func tokenize(text string, p span, marks []markAt, buf []tok) []tok {
	ts := buf[:0]
	depth := 0
	mi := 0
	for i := p.s; i < p.e; {
		if mi < len(marks) && marks[mi].at.s == i {
			m := marks[mi]
			mi++
			t := tok{s: m.at.s, e: m.at.e, kind: m.kind, q: m.q}
			if m.kind == tOpen {
				m.q.openTok = len(ts)
			} else {
				m.q.closeTok = len(ts)
			}
			if m.kind == tClose {
				if depth > 0 {
					depth--
				}
			}
			t.depth = uint8(min(depth, 255))
			if m.kind == tOpen {
				depth++
			}
			ts = append(ts, t)
			i = m.at.e
			continue
		}
		c := text[i]
		if c < utf8.RuneSelf {
			switch {
			case c == ' ' || c == '\n' || c == '\t' || c == '\r':
				i++
				continue
			case 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9':
				e := wordEnd(text, i, p.e, marks, mi)
				ts = append(ts, tok{s: i, e: e, kind: tWord, depth: uint8(min(depth, 255)), upper: 'A' <= c && c <= 'Z'})
				i = e
				continue
			}
			ts = append(ts, tok{s: i, e: i + 1, kind: tPunct, depth: uint8(min(depth, 255))})
			i++
			continue
		}
		r, w := utf8.DecodeRuneInString(text[i:p.e])
		if isSpaceRune(r) {
			i += w
			continue
		}
		if isWordRune(r) {
			e := wordEnd(text, i, p.e, marks, mi)
			ts = append(ts, tok{s: i, e: e, kind: tWord, depth: uint8(min(depth, 255)), upper: unicode.IsUpper(r)})
			i = e
			continue
		}
		ts = append(ts, tok{s: i, e: i + w, kind: tPunct, depth: uint8(min(depth, 255))})
		i += w
	}
	return ts
}

// wordEnd returns the end of the word that starts at i: letters, digits
// and combining marks, joined by an apostrophe, a hyphen, a period or an
// ampersand-free connector between two of them ("don’t", "Jean-Luc",
// "U.S", "3.5").
func wordEnd(text string, i, end int, marks []markAt, mi int) int {
	start := i
	for i < end {
		if mi < len(marks) && marks[mi].at.s == i {
			return i
		}
		c := text[i]
		if c < utf8.RuneSelf {
			if 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' {
				i++
				continue
			}
			if c == '.' && isTitleAbbrev(text, start, i) {
				return i + 1 // "Sen.", "Dr."
			}
			if c == '\'' && i > 0 && text[i-1] == 's' && (i+1 == end || !isWordRune(rune(text[i+1]))) {
				return i + 1 // "drivers' union"
			}
			if (c == '\'' || c == '-' || c == '.') && i+1 < end && !(mi < len(marks) && marks[mi].at.s == i) {
				r, _ := utf8.DecodeRuneInString(text[i+1 : end])
				if isWordRune(r) && (c != '.' || i+2 < end && text[i+2] == '.' || unicode.IsDigit(r) || isShortAbbrev(text, i)) {
					i++
					continue
				}
			}
			return i
		}
		r, w := utf8.DecodeRuneInString(text[i:end])
		if isWordRune(r) {
			i += w
			continue
		}
		if r == '’' && i+w <= end {
			n := rune(0)
			if i+w < end {
				n, _ = utf8.DecodeRuneInString(text[i+w : end])
			}
			// "don’t", and the plural possessive "drivers’ union".
			if isWordRune(n) || i > 0 && text[i-1] == 's' && !isWordRune(n) {
				i += w
				if !isWordRune(n) {
					return i
				}
				continue
			}
		}
		return i
	}
	return i
}

// isTitleAbbrev reports whether text[s:e] is a title that is written with
// a period ("Sen.", "Dr.", "Mr."), which belongs to the word.
func isTitleAbbrev(text string, s, e int) bool {
	if e-s > 5 || e-s < 2 {
		return false
	}
	w := strings.ToLower(text[s:e])
	return titleWords[w] && w != "st" || w == "jr" || w == "sr"
}

// isShortAbbrev reports whether the period at i joins a one-letter
// abbreviation such as the "U" of "U.S".
func isShortAbbrev(text string, i int) bool {
	return i >= 1 && unicode.IsUpper(rune(text[i-1])) && (i < 2 || !isWordRune(rune(text[i-2])))
}

// abbrevs end with a period that ends no sentence.
var abbrevs = set("mr mrs ms dr st sen rep gov gen col lt sgt capt prof rev fr jr sr inc ltd corp co no vs etc mt ft pa fla calif mass wash va md ga ala ark ariz colo conn del ill ind kan ky la mich minn miss mo mont neb nev okla ore tenn tex vt wis wyo jan feb mar apr jun jul aug sep sept oct nov dec approx dept est fig gov univ assn bros supt insp det cmdr adm maj cpl pvt hon u.s u.k e.g i.e a.m p.m")

// sentences splits the tokens of a paragraph into sentences at depth 0:
// at a full stop, question or exclamation mark that ends no abbreviation,
// and after a quotation that ends with one when a new sentence follows.
// It returns the index of the first token of each sentence after the
// first, and len(ts).
func sentences(text string, ts []tok, out []int) []int {
	out = out[:0]
	for i := 0; i < len(ts); i++ {
		t := ts[i]
		if t.depth != 0 {
			continue
		}
		switch t.kind {
		case tPunct:
			c := text[t.s]
			if c != '.' && c != '!' && c != '?' && !strings.HasPrefix(text[t.s:], "…") {
				continue
			}
			if c == '.' && i > 0 && ts[i-1].kind == tWord && ts[i-1].e == t.s && isAbbrev(text, ts[i-1]) {
				// An abbreviation ends a sentence only before a capital
				// that starts no name: too rare to guess; go on.
				continue
			}
			// Closing marks and brackets right after belong to this sentence.
			j := i + 1
			for j < len(ts) && (ts[j].kind == tClose || ts[j].kind == tPunct && (text[ts[j].s] == ')' || text[ts[j].s] == '.')) {
				j++
			}
			if j < len(ts) {
				out = append(out, j)
			}
			i = j - 1
		case tClose:
			if t.q == nil || t.q.level != 1 || i+1 >= len(ts) {
				continue
			}
			// A quotation that ends with a sentence end ends the sentence
			// when no attribution follows it.
			last := lastRuneBefore(text, t.s)
			if last != '.' && last != '!' && last != '?' && last != '…' {
				continue
			}
			n := ts[i+1]
			// "“…!” Conti shouted." goes on; after a full stop a new
			// sentence starts.
			if n.kind == tOpen || n.kind == tWord && n.upper && (last == '.' || !attributionFollows(text, ts, i+1)) {
				out = append(out, i+1)
			}
		}
	}
	out = append(out, len(ts))
	return out
}

func lastRuneBefore(text string, at int) rune {
	r, _ := utf8.DecodeLastRuneInString(text[:at])
	return r
}

func isAbbrev(text string, w tok) bool {
	s := text[w.s:w.e]
	if utf8.RuneCountInString(s) == 1 {
		return w.upper // an initial
	}
	if len(s) > 6 {
		return false
	}
	return abbrevs[strings.ToLower(s)]
}

// attributionFollows reports whether a reporting verb comes within the
// next few words at i, before any punctuation: "“…!” Conti shouted."
func attributionFollows(text string, ts []tok, i int) bool {
	for k := i; k < len(ts) && k < i+5; k++ {
		if ts[k].kind != tWord {
			return false
		}
		if _, ok := reportingVerbs[lowerWord(text, ts[k])]; ok {
			return true
		}
	}
	return false
}

// lowerWord returns the word of t in lower case, without a possessive.
func lowerWord(text string, t tok) string {
	s := text[t.s:t.e]
	ascii := true
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			ascii = false
			break
		}
		if 'A' <= c && c <= 'Z' {
			return strings.ToLower(s)
		}
	}
	if !ascii {
		return strings.ToLower(s)
	}
	return s
}

// baseWord strips a possessive ending: "union’s" → "union", "drivers’" stays.
func baseWord(w string) string {
	for _, suf := range []string{"’s", "'s"} {
		if strings.HasSuffix(w, suf) && len(w) > len(suf) {
			return w[:len(w)-len(suf)]
		}
	}
	return w
}
