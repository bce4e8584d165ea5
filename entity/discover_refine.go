package entity

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Refining tokens before candidates are found: the shape of a word, and
// hyphenated words cut into their parts.

func runeCount(s string) int { return utf8.RuneCountInString(s) }

func isAllCapsText(s string) bool {
	letters := 0
	for _, r := range s {
		if unicode.IsLetter(r) {
			letters++
			if !unicode.IsUpper(r) {
				return false
			}
		}
	}
	return letters >= 2
}

// titleCase writes a name printed in capitals as a name: "SANTIAGO DE CHILE"
// is "Santiago De Chile".
func titleCase(s string) string {
	var b strings.Builder
	start := true
	for _, r := range s {
		if unicode.IsLetter(r) {
			if start {
				b.WriteRune(unicode.ToUpper(r))
			} else {
				b.WriteRune(unicode.ToLower(r))
			}
			start = false
		} else {
			b.WriteRune(r)
			start = r != '\'' && r != '’'
		}
	}
	return b.String()
}

// compoundTails are the lower-case words after a hyphen that leave the name
// before it a name of its own: "Ohio-based", "Kremlin-backed".
var compoundTails = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`based backed led born owned run made funded controlled held
		registered listed style era like wide bound linked related allied friendly speaking
		headquartered focused centred centered aligned inspired sponsored supported appointed
		elected type class level area region bred raised educated trained designed built produced
		hosted organised organized sized shaped themed specific only free proof ready esque ish
		born-and-raised bashing skeptic sceptic skeptical sceptical leaning facing bred flagged
		registered brokered mediated imposed occupied annexed held-up`) {
		compoundTails[w] = true
	}
}

// prefixes are the lower-case prefixes that join a name with a hyphen without
// being part of it: "pro-Kremlin", "anti-Trump", "ex-Arsenal".
var prefixes = map[string]bool{
	"pro": true, "anti": true, "ex": true, "non": true, "post": true, "pre": true, "mid": true,
	"co": true, "neo": true, "pan": true, "trans": true, "un": true, "semi": true, "vice": true,
	"self": true, "re": true, "sub": true, "super": true, "ultra": true, "inter": true, "intra": true,
}

// refine rewrites hyphenated words so that a name inside one is a word of its
// own: "Ohio-based" gives "Ohio", "pro-Kremlin" gives "Kremlin", "D-Ariz."
// gives "Ariz." (a state), "Russia-Ukraine" gives "Russia" and "Ukraine".
// Other tokens are kept. It rewrites buf in place when it can and returns
// the tokens to read.
func refine(buf []tok, g *gazetteer) []tok {
	need := false
	for i := range buf {
		if buf[i].kind == tWord && hasHyphen(buf[i].s) {
			need = true
			break
		}
	}
	if !need {
		return buf
	}
	out := make([]tok, 0, len(buf)+4)
	for _, t := range buf {
		if t.kind != tWord || !hasHyphen(t.s) {
			out = append(out, t)
			continue
		}
		out = append(out, splitHyphen(t, g)...)
	}
	return out
}

func hasHyphen(s string) bool {
	return strings.IndexByte(s, '-') >= 0 || strings.Contains(s, "‐") || strings.Contains(s, "‑")
}

// part is one piece of a hyphenated token.
type part struct {
	s    string
	b, c int // offsets of the piece
	n    int
}

func hyphenParts(t tok) []part {
	var ps []part
	b, c := t.b, t.c
	start, cstart := 0, 0
	cp := 0
	for i, r := range t.s {
		if isHyphen(r) {
			ps = append(ps, part{s: t.s[start:i], b: b + start, c: c + cstart, n: cp - cstart})
			start = i + utf8.RuneLen(r)
			cstart = cp + 1
		}
		cp++
	}
	ps = append(ps, part{s: t.s[start:], b: b + start, c: c + cstart, n: cp - cstart})
	return ps
}

func partTok(p part, t tok) tok {
	n := tok{s: p.s, b: p.b, c: p.c, n: p.n, kind: tWord, f: t.f & (fSpace | fLineHead)}
	n.f |= caseFlags(p.s)
	setKeys(&n)
	return n
}

func splitHyphen(t tok, g *gazetteer) []tok {
	ps := hyphenParts(t)
	if len(ps) < 2 {
		return []tok{t}
	}
	for _, p := range ps {
		if p.s == "" {
			return []tok{t}
		}
	}
	first, last := ps[0], ps[len(ps)-1]
	firstUpper := startsUpper(first.s)
	// "D-Ariz.", "R-N.Y.": a party's letter and a state
	if len(ps) == 2 && len(first.s) == 1 && firstUpper && (first.s == "D" || first.s == "R" || first.s == "I") && startsUpper(last.s) {
		if _, ok := g.stateAbbr[last.s]; ok || startsUpper(last.s) {
			n := partTok(last, t)
			n.f |= fParty
			return []tok{n}
		}
	}
	lowerFirst := strings.ToLower(first.s)
	if !firstUpper {
		if particles[lowerFirst] {
			return []tok{t} // "al-Rashid"
		}
		// "pro-Kremlin", "mid-July": the capitalised rest is the name
		for k := 1; k < len(ps); k++ {
			if startsUpper(ps[k].s) {
				rest := part{s: t.s[ps[k].b-t.b:], b: ps[k].b, c: ps[k].c, n: t.c + t.n - ps[k].c}
				lead := tok{s: t.s[:ps[k].b-t.b], b: t.b, c: t.c, n: ps[k].c - t.c, kind: tWord, f: t.f &^ (fCap | fAllCaps | fLetter1 | fAbbr)}
				setKeys(&lead)
				return []tok{lead, partTok(rest, t)}
			}
		}
		return []tok{t}
	}
	if prefixes[lowerFirst] {
		t.f &^= fCap | fAllCaps | fLetter1
		return []tok{t} // "Co-author" at the start of a sentence
	}
	// a capitalised head and lower-case tails: "Ohio-based", "Kremlin-backed"
	k := 1
	for k < len(ps) && startsUpper(ps[k].s) {
		k++
	}
	if k < len(ps) {
		for j := k; j < len(ps); j++ {
			if !compoundTails[strings.ToLower(ps[j].s)] {
				return []tok{t} // "Ji-won", "Jean-baptiste"
			}
		}
		head := part{s: t.s[:ps[k].b-t.b-1], b: t.b, c: t.c, n: ps[k].c - t.c - 1}
		if head.s != "" && isHyphen(lastRune(head.s)) {
			return []tok{t}
		}
		tail := tok{s: t.s[ps[k].b-t.b-1:], b: ps[k].b - 1, c: ps[k].c - 1, n: t.c + t.n - ps[k].c + 1, kind: tPunct}
		setKeys(&tail)
		return []tok{partTok(head, t), tail}
	}
	// all parts capitalised: split countries ("Russia-Ukraine", "US-China")
	all := true
	for _, p := range ps {
		if f, ok := g.places[fold(p.s)]; !ok || f.kind != pkCountry {
			all = false
			break
		}
	}
	if all {
		out := make([]tok, 0, 2*len(ps))
		for i, p := range ps {
			if i > 0 {
				out = append(out, tok{s: "-", low: "-", key: "-", b: p.b - 1, c: p.c - 1, n: 1, kind: tPunct})
			}
			out = append(out, partTok(p, t))
		}
		return out
	}
	return []tok{t}
}

func startsUpper(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r) || unicode.IsTitle(r)
}

// fParty marks a state read from "D-Ariz.".
const fParty tokFlag = 1 << 12

// eventHeads are first words of named events that a capitalised word may
// follow: "Storm Ciarán", "Operation Overlord".
var eventHeads = map[string]bool{"Storm": true, "Hurricane": true, "Typhoon": true, "Cyclone": true, "Operation": true, "Tropical": true}

// inflected reports whether low is a plural, past or -ing form of a word in
// set: "economists", "defending", "accepted".
func inflected(low string, set map[string]bool) bool {
	for _, suf := range [...]string{"s", "es", "ed", "d", "ing", "ers", "er", "ly"} {
		if base, ok := strings.CutSuffix(low, suf); ok && len(base) >= 3 {
			if set[base] || set[base+"e"] || len(base) >= 4 && base[len(base)-1] == base[len(base)-2] && set[base[:len(base)-1]] {
				return true
			}
			if suf == "es" || suf == "ed" {
				if b, ok := strings.CutSuffix(base, "i"); ok && set[b+"y"] {
					return true
				}
			}
		}
	}
	return false
}

// opening quotes and brackets, after which a sentence may start.
func isOpener(s string) bool {
	switch s {
	case "“", "‘", "«", "„", "(", "[", "\"", "'":
		return true
	}
	return false
}

func isDash(s string) bool {
	switch s {
	case "—", "–", "-", "―", "•", "·", "*", "|":
		return true
	}
	return false
}
