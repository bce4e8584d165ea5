package entity

import (
	"strings"
)

// Finding candidates: the capitalised sequences of a line, cut into a title
// and a name, with what the words around them say.

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
	var pre namePrefix
	pre.titleOf = -1
	if !whole {
		var ok bool
		if pre, k, ok = d.prefix(toks, k, j); !ok {
			return
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
	if pre.title != "" {
		c.title = pre.title
		c.cues |= cTitle
	}
	c.country, c.demonym = pre.country, pre.demonym
	c.titleOf = pre.titleOf
	if date {
		c.cues |= cDate
	}
	d.context(toks, i, j, ci)
	if quoted {
		d.cands[ci].cues |= cQuoted
	}
	if pre.title != "" || pre.country != "" {
		d.cands[ci].cues &^= cThe // "the Italian Leonardo Notarbartolo": the article is the demonym's
	}
}

// A namePrefix is what may stand before a name in a capitalised sequence:
// a demonym and its country, a title, and the candidate of the organisation
// the title is of (-1 for none).
type namePrefix struct {
	country, demonym, title string
	titleOf                 int
}

// prefix reads the demonym and the title chain that may start the sequence
// toks[k:j]: "Russian President Vladimir Putin", "Senate Majority Leader
// Chuck Schumer". It returns them and where the name starts, with ok false
// when no name is left after them.
func (d *discoverer) prefix(toks []tok, k, j int) (pre namePrefix, start int, ok bool) {
	g := d.g
	pre.titleOf = -1
	if n, ctry := d.demonymAt(toks, k, j); n > 0 {
		rest := k + n
		switch {
		case rest >= j:
			return pre, k, false // "Russian", "South Korean"
		case d.titleEnd(toks, rest, j) == rest && d.isTitleWord(&toks[rest]) || d.titleEnd(toks, rest, j) > rest || g.given[toks[rest].key]:
			pre.country, pre.demonym = ctry, joinWords(d.text, toks, k, rest)
			k = rest
		case !d.orgish(toks, k, j):
			k = rest // "Russian Orthodox …": the demonym is no name
		}
	}
	for k < j && norpWords[toks[k].s] && !(g.given[toks[k].key] && k+1 < j) && !d.orgish(toks, k, j) {
		k++ // "Republican", "Orthodox"
	}
	if k >= j {
		return pre, k, false
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
				pre.country, pre.demonym = ctry, joinWords(d.text, toks, k, s)
			} else if !(k+1 == s && d.isTitleWord(&toks[k])) {
				pre.titleOf = d.addCand(toks, k, s, cTitleOrg)
			}
		}
		pre.title = joinWords(d.text, toks, s, p+1)
		k = p + 1
	}
	return pre, k, true
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
