package entity

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Finding candidates: the capitalised sequences of a line, cut into a title
// and a name, with what the words around them say.

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

// markInitial flags the words that start a sentence: the first of a line,
// and those after a full stop, question or exclamation mark, colon, dash,
// bullet or opening quote, or after an abbreviation that may end a sentence
// when a common word follows it ("in the U.S. The …").
func markInitial(toks []tok, g *gazetteer) {
	start := true
	for i := range toks {
		t := &toks[i]
		switch t.kind {
		case tWord, tNum:
			if start {
				t.f |= fInitial
			}
			start = false
			if t.kind == tWord && t.has(fAbbr) && !t.has(fLetter1) && !abbrevsNoEnd[t.s] && !g.honorific[t.s] && i+1 < len(toks) {
				if n := &toks[i+1]; n.kind == tWord && startsUpper(n.s) && g.function[strings.ToLower(n.s)] {
					start = true
				}
			}
		case tPunct:
			switch {
			case t.s == "." || t.s == "!" || t.s == "?" || t.s == "…" || t.s == ":" || t.s == ";" && false:
				start = true
			case isDash(t.s) && (t.has(fSpace) || i == 0):
				start = true
			case isOpener(t.s) && (i+1 < len(toks) && !toks[i+1].has(fSpace)):
				if t.s == "'" && i > 0 && toks[i-1].kind == tWord && !t.has(fSpace) {
					break // a closing apostrophe
				}
				start = true
			}
		}
	}
}

type lineKind uint8

const (
	lineNormal  lineKind = iota
	lineTitle            // title case: most longer words capitalised
	lineCaps             // all capitals
	lineHeading          // a short heading: "Read Next", "Key events"
)

// lineClass tells a headline-like line from running text.
func lineClass(toks []tok, g *gazetteer) lineKind {
	wordsN, long, longCap, letterWords, capsWords, capCommon := 0, 0, 0, 0, 0, 0
	colon, endPunct := false, false
	for i := range toks {
		t := &toks[i]
		switch t.kind {
		case tWord:
			wordsN++
			if t.has(fAllCaps) {
				capsWords++
			}
			if runeCount(t.s) >= 2 {
				letterWords++
			}
			if t.has(fCap) && !t.has(fInitial) && !t.has(fAllCaps) {
				low := t.low
				if (g.common[low] || inflected(low, g.common)) && !g.given[t.key] {
					capCommon++
				}
			}
			if runeCount(t.s) >= 4 && !t.has(fInitial) {
				long++
				if t.has(fCap) {
					longCap++
				}
			}
		case tPunct:
			if t.s == ":" {
				colon = true
			}
		case tNum:
			wordsN++
		}
	}
	if wordsN == 0 {
		return lineNormal
	}
	last := &toks[len(toks)-1]
	if last.kind == tPunct && (last.s == "." || last.s == "?" || last.s == "!" || last.s == "”" || last.s == "\"") {
		endPunct = true
	}
	if letterWords >= 3 && capsWords*5 >= letterWords*4 {
		return lineCaps
	}
	if wordsN <= 30 && long >= 3 && longCap*4 >= long*3 && !endPunct && capCommon >= max(2, longCap/3) {
		return lineTitle
	}
	if wordsN <= 4 && !colon && !endPunct {
		allCap := true
		for i := range toks {
			t := &toks[i]
			if t.kind == tWord && !t.has(fCap) && !g.common[t.low] {
				allCap = false
			}
		}
		if allCap {
			return lineHeading
		}
	}
	return lineNormal
}

var (
	connectors  = map[string]bool{"of": true, "for": true, "on": true}
	temporal    = map[string]bool{"on": true, "last": true, "next": true, "this": true, "by": true, "until": true, "till": true, "since": true, "every": true, "each": true, "early": true, "late": true, "mid": true, "before": true, "after": true, "from": true, "through": true, "between": true, "and": true, "or": true, "of": true, "in": true}
	speechVerbs = map[string]bool{}
	dateWords   = map[string]bool{}
	norpWords   = map[string]bool{}
	postNominal = map[string]bool{}
)

func init() {
	for _, w := range strings.Fields(`said says told tells added adds wrote writes stated announced
		insisted argued warned replied asked noted explained recalled conceded admitted acknowledged
		confirmed denied claimed suggested declared urged tweeted posted countered responded
		according`) {
		speechVerbs[w] = true
	}
	for _, w := range strings.Fields(`Monday Tuesday Wednesday Thursday Friday Saturday Sunday January
		February March April May June July August September October November December Jan Jan. Feb
		Feb. Mar Mar. Apr Apr. Jun Jun. Jul Jul. Aug Aug. Sep Sep. Sept Sept. Oct Oct. Nov Nov.
		Dec Dec. Mon Tue Tues Wed Thu Thurs Fri Sat Sun`) {
		dateWords[w] = true
	}
	for _, w := range strings.Fields(`Christian Christians Muslim Muslims Jewish Jew Jews Catholic
		Catholics Orthodox Protestant Protestants Sunni Sunnis Shia Shiite Shiites Hindu Hindus
		Buddhist Buddhists Sikh Sikhs Evangelical Evangelicals Republican Republicans Democrat
		Democrats Democratic Conservative Conservatives Liberal Liberals Tory Tories Socialist
		Socialists Communist Communists Marxist Islamist Islamists Zionist Mapuche Indigenous
		Aboriginal Latino Latina Latinos Hispanic Hispanics Arab Arabs Arabic Flemish Walloon
		Cornish Slavic Nordic Western Eastern Asian Asians African Africans European Europeans
		Caribbean Nazi Nazis Soviet Gaelic Celtic Anglo Sino Franco Afro Maori Inuit Roma Bedouin
		Druze Yazidi Alawite Berber Tamil Tamils Sinhalese Pashtun Baloch Uyghur Uyghurs Rohingya
		Hutu Tutsi Yoruba Igbo Hausa Zulu Xhosa Kurdish Kurds Palestinian Palestinians Jordanian
		Scandinavian Balkan Baltic Mediterranean Middle_Eastern Levantine Nordic Iberian Anglophone
		Francophone`) {
		norpWords[strings.ReplaceAll(w, "_", " ")] = true
	}
	for _, w := range strings.Fields(`KC QC MP MEP MSP MS AM MLA TD PhD Ph.D. MD M.D. OBE MBE CBE KBE DBE
		CH QPM RN Esq Esq. FRS`) {
		postNominal[w] = true
	}
}

// isNameWord tells whether a token can be part of a name.
func isNameWord(t *tok) bool {
	return t.kind == tWord && t.f&fCap != 0
}

// lineCands finds the candidates of one ordinary line.
func (d *discoverer) lineCands(toks []tok) {
	g := d.g
	for i := 0; i < len(toks); {
		t := &toks[i]
		startOK := isNameWord(t) ||
			(t.kind == tWord && (t.s == "von" || t.s == "van" || t.s == "de" || t.s == "al" || t.s == "bin" || t.s == "du" || t.s == "da" || t.s == "di") &&
				i+1 < len(toks) && isNameWord(&toks[i+1]) && (i == 0 || !isNameWord(&toks[i-1])))
		if !startOK {
			i++
			continue
		}
		j := i
		orgHead, joined := false, false
		for j < len(toks) {
			u := &toks[j]
			if j > i && u.has(fInitial) {
				break
			}
			if isNameWord(u) {
				if g.orgHead[u.s] || g.placeHead[u.s] {
					orgHead = true
				}
				j++
				continue
			}
			if j+1 >= len(toks) {
				break
			}
			next := &toks[j+1]
			if u.kind == tWord && particles[u.s] {
				x := j + 1
				for x < len(toks) && toks[x].kind == tWord && particles[toks[x].s] && x-j < 3 {
					x++ // "de la", "van den"
				}
				if x < len(toks) && isNameWord(&toks[x]) && !toks[x].has(fInitial) {
					j = x
					continue
				}
			}
			if u.kind == tWord && connectors[u.s] && j > i && orgHead && !next.has(fInitial) {
				if isNameWord(next) && !dateWords[next.s] {
					j++
					joined = true
					continue
				}
				if next.s == "the" && j+2 < len(toks) && isNameWord(&toks[j+2]) {
					j += 2
					joined = true
					continue
				}
			}
			if j > i && ((u.s == "and" && joined) || u.s == "&") && isNameWord(next) && !next.has(fInitial) {
				j++
				continue
			}
			if u.kind == tPoss && j > i && isNameWord(next) && !next.has(fInitial) && d.runEndsAsOrg(toks, j+1) &&
				(g.common[toks[j-1].low] || g.title[toks[j-1].low] || j-2 >= i && (toks[j-2].s == "St" || toks[j-2].s == "St." || toks[j-2].s == "Saint")) {
				j++ // "Covenant Children's Hospital", "Women's Tennis Association"
				continue
			}
			if u.s == "and" && j > i && isNameWord(next) && !next.has(fInitial) && d.runEndsAsOrg(toks, j+1) && !d.runEndsAsOrg(toks, i) {
				j++ // "Competition and Markets Authority"
				continue
			}
			break
		}
		if j == i {
			i++
			continue
		}
		d.sequence(toks, i, j)
		i = j
	}
}

// runEndsAsOrg reports whether the run of name words from toks[x] ends in an
// organization or place suffix.
func (d *discoverer) runEndsAsOrg(toks []tok, x int) bool {
	y := x
	for y < len(toks) && isNameWord(&toks[y]) && (y == x || !toks[y].has(fInitial)) {
		y++
	}
	return y > x && y-x <= 5 && (d.g.orgSuffix[toks[y-1].s] || d.g.placeSuf[toks[y-1].s]) && toks[y-1].s != "Co."
}

// sequence cuts the capitalised sequence toks[i:j] into an optional body
// named in a title, a title and a name, and records the name.
func (d *discoverer) sequence(toks []tok, i, j int) {
	g := d.g
	// trailing connectors, particles and post-nominal letters
	for j > i {
		u := &toks[j-1]
		if u.kind != tWord || !isNameWord(u) || postNominal[u.s] || (g.nonName[u.s] && !g.orgSuffix[u.s]) {
			j--
			continue
		}
		break
	}
	if j <= i {
		return
	}
	quoted := i > 0 && j < len(toks) && isQuote(toks[i-1].s) && isQuote(toks[j].s)
	k := i
	for k < j && (g.nonName[toks[k].s] || postNominal[toks[k].s]) {
		k++ // "I'm Lucy Tremaine"
	}
	if k >= j {
		return
	}
	// a name that a table knows is read whole: "General Mills", "European Union"
	whole := d.knownSpan(toks, k, j)
	// a common word at the start of a sentence: "Officers", "Most", "When";
	// alone, it is a mention only of a name the story gives elsewhere
	if toks[k].has(fInitial) && k+1 < j && g.function[toks[k].low] && !d.knownSpan(toks, k, j) &&
		!(g.given[toks[k].key] && !g.common[toks[k+1].low] && !d.lower[toks[k+1].low]) {
		k++   // "The Met Office", "At Carrow Road"
		i = k // the word is context now: "In Jersey, …"
		whole = d.knownSpan(toks, k, j)
	}
	if toks[k].has(fInitial) && !whole && !d.orgish(toks, k, j) && !dateWords[toks[k].s] &&
		!(k+1 < j && eventHeads[toks[k].s]) && d.commonStart(toks, k, j) {
		if j-k == 1 {
			ci := d.addCand(toks, k, j, cCommonInit)
			d.context(toks, i, j, ci)
			if quoted {
				d.cands[ci].cues |= cQuoted
			}
			return
		}
		k++
		i = k
	}
	var country, demonym, title string
	titleOf := -1
	if !whole {
		// a demonym and a title: "Russian President Vladimir Putin"
		if n, ctry := d.demonymAt(toks, k, j); n > 0 {
			rest := k + n
			switch {
			case rest >= j:
				return // "Russian", "South Korean"
			case d.titleEnd(toks, rest, j) == rest && d.isTitleWord(&toks[rest]) || d.titleEnd(toks, rest, j) > rest || g.given[toks[rest].key]:
				country, demonym = ctry, joinWords(d.text, toks, k, rest)
				k = rest
			case !d.orgish(toks, k, j):
				k = rest // "Russian Orthodox …": the demonym is no name
			}
		}
		for k < j && norpWords[toks[k].s] && !(g.given[toks[k].key] && k+1 < j) && !d.orgish(toks, k, j) {
			k++ // "Republican", "Orthodox"
		}
		if k >= j {
			return
		}
		// a title chain ending just before the name
		if p := d.titleEnd(toks, k, j); p >= 0 && !d.orgish(toks, p+1, j) {
			s := p
			for s > k && (d.isTitleWord(&toks[s-1]) || g.titleMod[toks[s-1].low]) {
				s--
			}
			if s > k {
				// "Senate" in "Senate Majority Leader Chuck Schumer"
				if n, ctry := d.demonymAt(toks, k, s); n == s-k {
					country, demonym = ctry, joinWords(d.text, toks, k, s)
				} else if !(k+1 == s && d.isTitleWord(&toks[k])) {
					titleOf = d.addCand(toks, k, s, cTitleOrg)
				}
			}
			title = joinWords(d.text, toks, s, p+1)
			k = p + 1
		}
	}
	// date words: "Monday", "May" (but "May Chen"); a day alone, with no
	// preposition before it, may still be a club ("Wednesday had taken the lead")
	date := false
	for k < j && dateWords[toks[k].s] && !(g.given[toks[k].key] && k+1 < j && !dateWords[toks[k+1].s]) {
		if k+1 == j && !d.prevIs(toks, i, temporal) {
			date = true
			break
		}
		k++
	}
	if k >= j {
		return
	}
	if j-k == 1 && (g.nonName[toks[k].s] || postNominal[toks[k].s] || toks[k].has(fLetter1)) {
		return
	}
	allTitle := !whole
	for x := k; x < j && allTitle; x++ {
		low := toks[x].low
		allTitle = d.isTitleWord(&toks[x]) || g.titleMod[low]
	}
	if allTitle {
		return // "Chief Secretary", "Prime Minister"
	}
	ci := d.addCand(toks, k, j, 0)
	c := &d.cands[ci]
	if title != "" {
		c.title = title
		c.cues |= cTitle
	}
	c.country, c.demonym = country, demonym
	c.titleOf = titleOf
	if date {
		c.cues |= cDate
	}
	d.context(toks, i, j, ci)
	if quoted {
		d.cands[ci].cues |= cQuoted
	}
	if title != "" || country != "" {
		d.cands[ci].cues &^= cThe // "the Italian Leonardo Notarbartolo": the article is the demonym's
	}
}

// knownSpan reports whether toks[i:j] as a whole is a place or organization
// of the tables.
func (d *discoverer) knownSpan(toks []tok, i, j int) bool {
	if j-i < 2 || !d.g.firstWord[toks[i].key] {
		return false
	}
	key := keyOf(toks, i, j)
	_, p := d.g.places[key]
	_, o := d.g.orgs[key]
	return p || o
}

func keyOf(toks []tok, i, j int) string {
	if j-i == 1 {
		return toks[i].key
	}
	var b strings.Builder
	for k := i; k < j; k++ {
		if k > i {
			b.WriteByte(' ')
		}
		b.WriteString(toks[k].key)
	}
	return b.String()
}

// joinWords is the text from toks[i] to toks[j-1].
func joinWords(text string, toks []tok, i, j int) string {
	return text[toks[i].b : toks[j-1].b+len(toks[j-1].s)]
}

// demonymAt returns how many words of a demonym start at toks[k] (before j),
// and its country.
func (d *discoverer) demonymAt(toks []tok, k, j int) (int, string) {
	for n := min(d.g.demonymMax, j-k); n >= 1; n-- {
		if n > 1 && !d.g.firstWord[toks[k].key] {
			continue
		}
		if c, ok := d.g.demonyms[keyOf(toks, k, k+n)]; ok {
			return n, c
		}
	}
	// "Jordanian-Palestinian"
	if strings.ContainsAny(toks[k].s, "-‐‑") {
		all := true
		for _, p := range hyphenParts(toks[k]) {
			if _, ok := d.g.demonyms[fold(p.s)]; !ok && !norpWords[p.s] {
				all = false
			}
		}
		if all {
			return 1, ""
		}
	}
	return 0, ""
}

func (d *discoverer) isTitleWord(t *tok) bool {
	return t.kind == tWord && (d.g.honorific[t.s] || d.g.title[strings.ToLower(strings.TrimSuffix(t.s, "."))] || d.g.title[t.low])
}

// titleEnd returns the index of the last title word of toks[k:j] that is
// followed by a name word, when every word from k up to it is a title, a
// modifier of one, or a body named in the title; -1 otherwise.
func (d *discoverer) titleEnd(toks []tok, k, j int) int {
	g := d.g
	p := -1
	for x := k; x < j-1; x++ {
		t := &toks[x]
		if d.isTitleWord(t) {
			nx := &toks[x+1]
			if !d.isTitleWord(nx) && !g.titleMod[nx.low] {
				p = x
			}
		}
	}
	if p < 0 {
		return -1
	}
	// the words before the chain may be a body ("Senate"), but no more than three
	s := p
	for s > k && (d.isTitleWord(&toks[s-1]) || g.titleMod[toks[s-1].low]) {
		s--
	}
	if s-k > 3 {
		return -1
	}
	return p
}

// orgish reports whether toks[k:j] reads as an organization or place
// name, so that a title word or a demonym inside it is part of the name:
// it ends in a suffix such as "Council" or "Street", holds a word such as
// "University" or "Academy", or a table knows it.
func (d *discoverer) orgish(toks []tok, k, j int) bool {
	if k >= j {
		return false
	}
	if d.g.placeSuf[toks[j-1].s] || d.knownSpan(toks, k, j) {
		return true
	}
	for x := k; x < j; x++ {
		if s := toks[x].s; d.g.orgSuffix[s] || d.g.orgHead[s] && s != "House" && s != "Federal" && s != "National" {
			return true
		}
	}
	return false
}

// commonStart reports whether the sentence-initial word toks[k] is a common
// word rather than the start of a name.
func (d *discoverer) commonStart(toks []tok, k, j int) bool {
	g := d.g
	t := &toks[k]
	low := t.low
	if d.headCaps[t.s] {
		return false
	}
	if d.isTitleWord(t) && k+1 < j {
		return false // "Architect Mark Rosenthal": the title is read below
	}
	if particles[low] && k+1 < j {
		return false // "De Montclair"
	}
	if !(g.common[low] || d.lower[low] || inflected(low, g.common) || g.roleNoun[low] || inflected(low, g.roleNoun)) {
		return false
	}
	if _, ok := g.places[t.key]; ok && !g.common[low] {
		return false
	}
	if _, ok := g.orgs[t.key]; ok && !g.common[low] {
		return false
	}
	// "Will Pascoe": a given name before a name word that is not common
	if g.given[t.key] && k+1 < j {
		n := toks[k+1].low
		if !g.common[n] && !d.lower[n] {
			return false
		}
	}
	return true
}

func (d *discoverer) prevIs(toks []tok, i int, set map[string]bool) bool {
	return i > 0 && toks[i-1].kind == tWord && set[toks[i-1].low]
}

// addCand records toks[k:j] as a candidate and returns its index.
func (d *discoverer) addCand(toks []tok, k, j int, cues cueFlag) int {
	c := nameCand{
		c0:      toks[k].c,
		c1:      toks[j-1].end(),
		b0:      toks[k].b,
		b1:      toks[j-1].b + len(toks[j-1].s),
		initial: toks[k].has(fInitial),
		cues:    cues,
		titleOf: -1,
		ent:     -1,
	}
	c.words = make([]string, 0, j-k)
	for x := k; x < j; x++ {
		if toks[x].kind == tWord || toks[x].kind == tNum || toks[x].s == "&" {
			c.words = append(c.words, toks[x].s)
		}
		if toks[x].f&fParty != 0 {
			c.cues |= cParty
		}
	}
	c.key = keyWords(c.words)
	d.cands = append(d.cands, c)
	return len(d.cands) - 1
}

func keyWords(ws []string) string {
	var b strings.Builder
	for i, w := range ws {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(fold(w))
	}
	return b.String()
}

// context reads the words around the sequence toks[i:j] of candidate ci.
func (d *discoverer) context(toks []tok, i, j, ci int) {
	g := d.g
	c := &d.cands[ci]
	word := func(x int) string {
		if x < 0 || x >= len(toks) || (toks[x].kind != tWord && toks[x].kind != tPunct && toks[x].kind != tPoss) {
			return ""
		}
		return toks[x].s
	}
	lowWord := func(x int) string {
		if x < 0 || x >= len(toks) || toks[x].kind != tWord {
			return ""
		}
		if toks[x].f&fCap != 0 {
			if toks[x].has(fInitial) && !toks[x].has(fAllCaps) {
				return toks[x].low // "In Jersey, …", "Shares in Pennine Water"
			}
			return ""
		}
		return toks[x].s
	}
	p := i - 1
	if w := word(p); w == "the" || w == "The" {
		c.cues |= cThe
		p--
	}
	prev := lowWord(p)
	switch {
	case prev == "":
		if w := word(p); w == "," {
			switch before := lowWord(p - 1); {
			case g.roleNoun[before] && g.orgCue[before]:
				c.cues |= cAmbig
			case g.roleNoun[before]:
				c.cues |= cRole // "A reader, Tom, writes"
			case g.orgCue[before] || before == "practice":
				c.cues |= cOrgCue // "a smaller company, Minera Pampa Norte,"
			case g.placeCue[before]:
				c.cues |= cPlaceCue
			}
		} else if w == ":" && creditWords[word(p-1)] {
			c.cues |= cOrgCue // "Image: Shutterstock"
		}
	case g.roleNoun[prev] && g.orgCue[prev]:
		c.cues |= cAmbig // "the Chilean producer SQM", "its partner Albemarle"
	case g.roleNoun[prev]:
		c.cues |= cRole
		if c.title == "" {
			c.title = prev
			if adj := lowWord(p - 1); g.titleMod[adj] || adj == "special" || adj == "prime" || adj == "activist" {
				c.title = adj + " " + prev
			}
		}
	case g.orgCue[prev]:
		c.cues |= cOrgCue
	case g.placeCue[prev]:
		c.cues |= cPlaceCue
	case prev == "of" && (g.placeCue[lowWord(p-1)] || g.placeCue[lowWord(p-2)]):
		c.cues |= cPlaceCue
	case prev == "of" && placeOf[lowWord(p-1)]:
		c.cues |= cPlaceCue // "a former mayor of Reims"
	case prev == "in" && stakeWords[lowWord(p-1)]:
		c.cues |= cOrgCue // "shares in Pennine Water"
	case prev == "of" && word(p-1) == ",":
		c.cues |= cPrepIn // "Derek Holloway, 61, of Salford"
	case prev == "at":
		c.cues |= cPrepAt
	case prev == "in" || prev == "near" || prev == "into" || prev == "across" || prev == "outside" ||
		prev == "around" || prev == "throughout" || prev == "within" || prev == "off" || prev == "inside" || prev == "beyond":
		c.cues |= cPrepIn
	case prev == "from" || prev == "to" || prev == "towards" || prev == "toward" || prev == "via" || prev == "through" || prev == "on" || prev == "over":
		c.cues |= cPrepFrom
	}
	// an item of a list of places: "in Columbus, Toledo, Fort Wayne and Cedar Rapids"
	if w := word(i - 1); (w == "," || w == "and" || w == "or") && i >= 2 && ci > 0 {
		pc := &d.cands[ci-1]
		if pc.b1 == toks[i-2].b+len(toks[i-2].s) && pc.cues&cPossessed == 0 {
			if pc.cues&(cPrepIn|cPlaceCue|cCity|cState) != 0 || d.g.places[pc.key].kind != 0 && d.g.orgs[pc.key] == "" {
				c.cues |= cPrepIn
			}
		}
	}
	// a place noun after it: "the Anambra basin", "the Troll field"
	if x := j; x < len(toks) && toks[x].kind == tWord && postPlaceNouns[toks[x].s] {
		c.cues |= cPlaceCue
	}
	// the whole of a quotation: "The Quiet Hours"
	if i > 0 && j < len(toks) && isQuote(toks[i-1].s) && isQuote(toks[j].s) {
		c.cues |= cQuoted
	}
	if w := lowWord(i - 1); temporal[w] {
		c.cues |= cTemporal
	}
	if w := lowWord(i - 1); speechVerbs[w] {
		c.cues |= cSpeech
	}
	// the line's head in capitals before a comma, dash or bracket: a dateline
	if i == 0 || (i == 1 && isDash(toks[0].s)) {
		if toks[i].has(fAllCaps) && j < len(toks) {
			if s := toks[j].s; s == "," || isDash(s) || s == "(" {
				c.cues |= cDateline
			}
		}
	}
	x := j
	if x < len(toks) && toks[x].kind == tPoss {
		c.cues |= cPossessed
		x++
	}
	if x < len(toks) && toks[x].kind == tWord && speechVerbs[toks[x].s] {
		c.cues |= cSpeech
	}
	if x+1 < len(toks) && toks[x].s == "," {
		n := &toks[x+1]
		switch {
		case n.kind == tNum && x+2 < len(toks) && toks[x+2].s == ",":
			c.cues |= cAge
		case n.kind == tWord && isNameWord(n):
			if st, ok := d.stateAfter(toks, x+1); ok && !d.possessedAt(toks, x+1) {
				c.cues |= cCity
				c.cityOf = st
			}
		}
		if c.cues&(cAge|cCity) == 0 {
			d.apposition(toks, x+1, ci)
		}
	}
	// a state or country after a city: "Butler, Pa."
	if i >= 2 && toks[i-1].s == "," && isNameWord(&toks[i-2]) {
		if _, ok := d.stateAfter(toks, i); ok {
			c.cues |= cState
		}
	}
}

// possessedAt reports whether the name word at toks[x] and any that follow
// it end in a possessive: "Hungary's".
func (d *discoverer) possessedAt(toks []tok, x int) bool {
	for x < len(toks) && isNameWord(&toks[x]) {
		x++
	}
	return x < len(toks) && toks[x].kind == tPoss
}

func isQuote(s string) bool {
	switch s {
	case "“", "”", "\"", "‘", "’", "«", "»":
		return true
	}
	return false
}

// placeOf are nouns whose "of" names a place: "the mayor of Reims".
var placeOf = map[string]bool{
	"mayor": true, "governor": true, "premier": true, "bishop": true, "archbishop": true, "king": true,
	"queen": true, "emperor": true, "sultan": true, "emir": true, "citizen": true, "citizens": true,
	"resident": true, "residents": true, "native": true, "people": true, "streets": true, "outskirts": true,
}

// stakeWords are nouns whose "in" names a company: "shares in Pennine Water".
var stakeWords = map[string]bool{
	"shares": true, "stake": true, "stakes": true, "investment": true, "investments": true,
	"invested": true, "holding": true, "holdings": true, "interest": true, "shareholder": true,
}

// creditWords lead a credit line: "Image: Shutterstock".
var creditWords = map[string]bool{"Image": true, "Images": true, "Photo": true, "Photos": true, "Photograph": true, "Picture": true, "Pictures": true, "Credit": true, "Illustration": true, "Video": true, "Source": true, "Footage": true}

// postPlaceNouns are nouns that, right after a name, tell that it names a
// place: "the Anambra basin", "the Eriksberg shipyard".
var postPlaceNouns = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`basin shipyard shipyards waterfront field fields oilfield gasfield
		valley coast coastline border river lake peninsula delta island islands desert plateau dam canal
		neighbourhood neighborhood suburb suburbs district estuary bay harbour harbor airport airfield
		refinery mine mines glacier reservoir lagoon archipelago province region highlands lowlands`) {
		postPlaceNouns[w] = true
	}
}

// stateAfter reports whether toks[x] starts a US state (by name,
// abbreviation or postal code) or a country, and returns its name.
func (d *discoverer) stateAfter(toks []tok, x int) (string, bool) {
	t := &toks[x]
	if s, ok := d.g.stateAbbr[t.s]; ok {
		return s, true
	}
	if s, ok := d.g.postal[t.s]; ok && t.has(fAllCaps) && runeCount(t.s) == 2 {
		return s, true
	}
	for n := min(3, len(toks)-x); n >= 1; n-- {
		if n > 1 && !d.g.firstWord[toks[x].key] {
			continue
		}
		if f, ok := d.g.places[keyOf(toks, x, x+n)]; ok && (f.kind == pkState || f.kind == pkCountry || f.kind == pkRegion) {
			ok := true
			for k := x; k < x+n; k++ {
				if !isNameWord(&toks[k]) {
					ok = false
				}
			}
			if ok {
				return f.name, true
			}
		}
	}
	return "", false
}

// apposition reads the phrase after a candidate's comma ("Codelco, the state
// copper miner,") for the noun that says what it names.
func (d *discoverer) apposition(toks []tok, x, ci int) {
	g := d.g
	c := &d.cands[ci]
	start := x
	if x < len(toks) && toks[x].kind == tWord {
		switch toks[x].low {
		case "the", "a", "an", "his", "her", "its", "their":
			x++
		}
	}
	var cue cueFlag
	end := x
	for n := 0; x < len(toks) && n < 10; x, n = x+1, n+1 {
		t := &toks[x]
		if t.kind == tPunct {
			if t.s == "," || t.s == "." || t.s == ";" || t.s == ":" || t.s == ")" || isDash(t.s) {
				break
			}
			continue
		}
		if t.kind != tWord {
			continue
		}
		low := t.low
		if low == "who" || low == "which" || low == "that" || low == "whose" || low == "and" || low == "or" || low == "but" ||
			low == "of" || low == "in" || low == "for" || low == "at" || low == "with" || low == "on" || low == "from" || low == "said" {
			break
		}
		if g.function[low] && n > 0 {
			return // a clause, not an apposition: "In Jersey, the island's government has told …"
		}
		if t.f&fCap != 0 {
			continue
		}
		switch {
		case strings.HasSuffix(low, "year-old"):
			cue = cAge
		case g.roleNoun[low]:
			cue = cApposPerson
		case g.orgCue[low]:
			cue = cApposOrg
		case g.placeCue[low] || low == "seat" || low == "base":
			cue = cApposPlace
		}
		end = x + 1
	}
	if cue == 0 {
		return
	}
	c.cues |= cue
	if cue == cApposPerson && end > start {
		desc := joinWords(d.text, toks, start, end)
		if runeCount(desc) <= 80 {
			c.desc = desc
		}
	}
}
