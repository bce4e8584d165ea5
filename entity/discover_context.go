package entity

import (
	"strings"
)

// Reading the context of a candidate: the words before and after it, the
// apposition that follows it, and the state or place it is said to be of.

// context reads the words around the sequence toks[i:j] of candidate ci.
func (d *discoverer) context(toks []tok, i, j, ci int) {
	c := &d.cands[ci]
	d.cuesBefore(toks, i, c)
	// an item of a list of places: "in Columbus, Toledo, Fort Wayne and Cedar Rapids"
	if w := wordAt(toks, i-1); (w == "," || w == "and" || w == "or") && i >= 2 && ci > 0 {
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
	if w := lowWordAt(toks, i-1); temporal[w] {
		c.cues |= cTemporal
	}
	if w := lowWordAt(toks, i-1); speechVerbs[w] {
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
	d.cuesAfter(toks, j, ci, c)
	// a state or country after a city: "Butler, Pa."
	if i >= 2 && toks[i-1].s == "," && isNameWord(&toks[i-2]) {
		if _, ok := d.stateAfter(toks, i); ok {
			c.cues |= cState
		}
	}
}

// wordAt returns the word or punctuation toks[x], or "" for none.
func wordAt(toks []tok, x int) string {
	if x < 0 || x >= len(toks) || (toks[x].kind != tWord && toks[x].kind != tPunct && toks[x].kind != tPoss) {
		return ""
	}
	return toks[x].s
}

// lowWordAt returns the lower-case word toks[x], or "" for none: a
// capitalised word counts only when it starts a sentence.
func lowWordAt(toks []tok, x int) string {
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

// cuesBefore sets the cues of candidate c that the words before toks[i]
// give: an article, a role or organisation noun, a preposition.
func (d *discoverer) cuesBefore(toks []tok, i int, c *nameCand) {
	g := d.g
	p := i - 1
	if w := wordAt(toks, p); w == "the" || w == "The" {
		c.cues |= cThe
		p--
	}
	prev := lowWordAt(toks, p)
	switch {
	case prev == "":
		if w := wordAt(toks, p); w == "," {
			switch before := lowWordAt(toks, p-1); {
			case g.roleNoun[before] && g.orgCue[before]:
				c.cues |= cAmbig
			case g.roleNoun[before]:
				c.cues |= cRole // "A reader, Tom, writes"
			case g.orgCue[before] || before == "practice":
				c.cues |= cOrgCue // "a smaller company, Minera Pampa Norte,"
			case g.placeCue[before]:
				c.cues |= cPlaceCue
			}
		} else if w == ":" && creditWords[wordAt(toks, p-1)] {
			c.cues |= cOrgCue // "Image: Shutterstock"
		}
	case g.roleNoun[prev] && g.orgCue[prev]:
		c.cues |= cAmbig // "the Chilean producer SQM", "its partner Albemarle"
	case g.roleNoun[prev]:
		c.cues |= cRole
		if c.title == "" {
			c.title = prev
			if adj := lowWordAt(toks, p-1); g.titleMod[adj] || adj == "special" || adj == "prime" || adj == "activist" {
				c.title = adj + " " + prev
			}
		}
	case g.orgCue[prev]:
		c.cues |= cOrgCue
	case g.placeCue[prev]:
		c.cues |= cPlaceCue
	case prev == "of" && (g.placeCue[lowWordAt(toks, p-1)] || g.placeCue[lowWordAt(toks, p-2)]):
		c.cues |= cPlaceCue
	case prev == "of" && placeOf[lowWordAt(toks, p-1)]:
		c.cues |= cPlaceCue // "a former mayor of Reims"
	case prev == "in" && stakeWords[lowWordAt(toks, p-1)]:
		c.cues |= cOrgCue // "shares in Pennine Water"
	case prev == "of" && wordAt(toks, p-1) == ",":
		c.cues |= cPrepIn // "Derek Holloway, 61, of Salford"
	case prev == "at":
		c.cues |= cPrepAt
	case prev == "in" || prev == "near" || prev == "into" || prev == "across" || prev == "outside" ||
		prev == "around" || prev == "throughout" || prev == "within" || prev == "off" || prev == "inside" || prev == "beyond":
		c.cues |= cPrepIn
	case prev == "from" || prev == "to" || prev == "towards" || prev == "toward" || prev == "via" || prev == "through" || prev == "on" || prev == "over":
		c.cues |= cPrepFrom
	}
}

// cuesAfter sets the cues of candidate c (index ci) that the words after
// toks[j-1] give: a possessive, a speech verb, an age, a state after a city,
// an apposition.
func (d *discoverer) cuesAfter(toks []tok, j, ci int, c *nameCand) {
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
