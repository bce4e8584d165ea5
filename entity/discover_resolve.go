package entity

import (
	"slices"
	"strings"
	"unicode/utf8"
)

// Resolving candidates into entities: what each candidate's own evidence
// says it is, then which entity it names, longer names first so that short
// forms find the full names they stand for.

// facilities are organization suffixes that name a building as well: after
// "in", "at" or "to" they name the place ("taken to St Mary's Hospital").
var facilities = map[string]bool{
	"Hospital": true, "Museum": true, "Gallery": true, "Theatre": true, "Theater": true,
	"Church": true, "Cathedral": true, "Clinic": true, "Centre": true, "Center": true, "Hall": true,
}

// headShort are words that stand alone, capitalised, for the body whose
// name they head or end: "the Commission", "the Bank".
var headShort = map[string]bool{
	"Commission": true, "Bank": true, "Parliament": true, "Council": true, "Assembly": true,
	"Senate": true, "Congress": true, "Ministry": true, "Treasury": true, "Agency": true, "Authority": true,
}

// clubTails are last words of sports clubs that the story may use alone
// ("Rovers", "Wednesday").
var clubTails = map[string]bool{
	"Rovers": true, "Wanderers": true, "Albion": true, "Hotspur": true, "Villa": true,
	"Wednesday": true, "Rangers": true, "Celtic": true, "Athletic": true, "Argyle": true, "Orient": true,
}

// streetEnds are endings of one-word street names in other languages.
var streetEnds = []string{"straat", "strasse", "straße", "platz", "gracht", "plein", "gasse", "laan", "gade", "gatan", "vej"}

const (
	personCues = cTitle | cRole | cAge | cApposPerson
	orgCues    = cOrgCue | cApposOrg | cTitleOrg
	placeCues  = cPlaceCue | cApposPlace | cDateline | cCity | cState | cParty
)

// classify says what c's own words and context make it, and how sure that
// is; an empty kind means that it is no name.
func (d *discoverer) classify(c *nameCand) (Kind, float64) {
	g := d.g
	w := c.words
	n := len(w)
	if n == 0 {
		return "", 0
	}
	first, last := w[0], w[n-1]
	cues := c.cues
	if name, ok := g.orgs[c.key]; ok && !(n == 1 && c.initial && g.common[strings.ToLower(first)]) {
		c.name = name
		return Organization, 0.95
	}
	if f, ok := g.places[c.key]; ok && !(n == 1 && cues&(cTitle|cRole) != 0) {
		c.name = f.name
		return Place, 0.95
	}
	if s, ok := g.stateAbbr[first]; ok && n == 1 {
		c.name = s
		return Place, 0.9
	}
	if cues&cParty != 0 {
		return Place, 0.85
	}
	if s, ok := g.postal[first]; ok && n == 1 && cues&cState != 0 {
		c.name = s // "Reno, NV"
		return Place, 0.85
	}
	hasInitial, hasParticle, anyCommon, allCommon, acronym := false, false, false, true, false
	for k, x := range w {
		low := strings.ToLower(x)
		if k < n-1 && len(x) == 2 && x[1] == '.' {
			hasInitial = true
		}
		if k > 0 && (particles[x] || strings.Contains(x, "-") && particles[strings.ToLower(x[:strings.Index(x, "-")])]) {
			hasParticle = true
		}
		if g.common[low] || d.lower[low] {
			anyCommon = true
		} else {
			allCommon = false
		}
		if isAllCapsText(x) && utf8.RuneCountInString(x) >= 3 && !g.orgSuffix[x] {
			acronym = true
		}
	}
	givenFirst := g.given[fold(first)] && n >= 2
	familyFirst := g.familyLead[fold(first)] && n >= 2 && n <= 3 && !g.common[strings.ToLower(w[1])]
	personShape := n >= 2 && (hasInitial || familyFirst || hasParticle || givenFirst && !acronym) && cues&cThe == 0
	_, placeFirst := g.places[fold(first)]
	prep := cues&(cPrepIn|cPrepAt|cPrepFrom) != 0
	switch {
	case cues&cQuoted != 0:
		return Work, 0.5
	case n == 1 && g.eventCue[first] && awards[first]:
		return Event, 0.7
	case n == 2 && (last == "City" || last == "Town") && placeFirst && !givenFirst:
		return Organization, 0.75 // "Norwich City": a city's own name is in the tables, a club's is not
	case n >= 2 && g.orgSuffix[last] && facilities[last] && prep:
		return Place, 0.7
	case n >= 2 && g.orgSuffix[last] && g.placeSuf[last]:
		if prep {
			return Place, 0.65
		}
		return Organization, 0.7
	case n >= 2 && g.orgSuffix[last] || n >= 3 && g.orgHead[first] && (w[1] == "of" || w[1] == "for" || w[1] == "on"):
		return Organization, 0.85
	case n >= 3 && (last == "District" || last == "Region" || last == "Zone") && g.orgSuffix[w[n-2]] && !g.placeSuf[w[n-2]]:
		return Organization, 0.7 // "Public Health District", "School District"
	case n >= 2 && (g.placeSuf[last] || g.placeHead[first]):
		return Place, 0.8
	case n == 1 && hasStreetEnd(first):
		return Place, 0.7
	case n >= 2 && (g.eventCue[last] || eventHeads[first]):
		return Event, 0.6
	case cues&cAmbig != 0:
		if personShape {
			return Person, 0.8
		}
		return Organization, 0.7
	case cues&personCues != 0 && (cues&orgCues == 0 || personShape):
		if n == 1 {
			return Person, 0.75
		}
		return Person, 0.9
	case cues&orgCues != 0 && !personShape:
		return Organization, 0.75
	case personShape:
		return Person, 0.85
	case cues&placeCues != 0:
		return Place, 0.75
	case n >= 2 && acronym:
		return Organization, 0.6
	case n == 1 && isAllCapsText(first) && utf8.RuneCountInString(first) <= 6:
		return Organization, 0.65
	case n >= 2 && allCommon:
		return "", 0 // "Golden Lion", "Sign Language"
	case cues&cPrepIn != 0:
		return Place, 0.6
	case n >= 2 && placeFirst:
		return Organization, 0.6 // "China Minmetals", "Singapore Airlines"
	case n >= 2 && anyCommon:
		return Organization, 0.5
	case n >= 2 && cues&(cThe|cPrepAt) != 0:
		return Place, 0.5 // people take no article, and are seldom "at": "at Flushing Meadows"
	case n >= 2:
		return Person, 0.6
	case g.given[fold(first)]:
		return Person, 0.55
	case cues&(cPrepFrom|cPrepAt) != 0:
		return Place, 0.45
	}
	return Organization, 0.4
}

// awards are named events that are one word.
var awards = map[string]bool{
	"Oscars": true, "Olympics": true, "Paralympics": true, "Grammys": true, "Emmys": true, "Baftas": true,
	"Christmas": true, "Easter": true, "Ramadan": true, "Diwali": true, "Hanukkah": true, "Thanksgiving": true, "Halloween": true,
}

func hasStreetEnd(w string) bool {
	low := strings.ToLower(w)
	for _, e := range streetEnds {
		if strings.HasSuffix(low, e) && len(low) > len(e)+2 {
			return true
		}
	}
	return false
}

// newEnt starts an entity.
func (d *discoverer) newEnt(kind Kind, name string, words []string, known int) int {
	d.ents = append(d.ents, &dent{kind: kind, name: name, known: known, first: -1, firstFull: -1, words: words, key: keyWords(words)})
	return len(d.ents) - 1
}

// attach makes candidate ci a mention of entity e.
func (d *discoverer) attach(ci, e int) {
	c := &d.cands[ci]
	c.ent = e
	ent := d.ents[e]
	ent.mentions = append(ent.mentions, ci)
	if ent.first < 0 || c.c0 < ent.first {
		ent.first = c.c0
	}
	if c.key == ent.key {
		ent.fullCount++
		if ent.firstFull < 0 || c.c0 < ent.firstFull {
			ent.firstFull = c.c0
		}
	}
	if c.conf == 0 {
		c.conf = ent.conf
	}
	ent.conf = max(ent.conf, c.conf)
}

// register records the full name and the short forms of entity e.
func (d *discoverer) register(e int, key string) {
	if _, ok := d.full[key]; !ok {
		d.full[key] = e
	}
	ent := d.ents[e]
	w := ent.words
	n := len(w)
	addShort := func(k string) {
		if k == "" || k == key {
			return
		}
		if !slices.Contains(d.short[k], e) {
			d.short[k] = append(d.short[k], e)
		}
	}
	switch ent.kind {
	case Person:
		// drop suffixes and initials: "Thomas M. Crooks" -> Crooks
		core := make([]string, 0, n)
		for _, x := range w {
			switch x {
			case "Jr.", "Jr", "Sr.", "Sr", "II", "III", "IV":
				continue
			}
			core = append(core, x)
		}
		m := len(core)
		if m < 2 {
			return
		}
		if d.g.familyLead[fold(core[0])] && m <= 3 && !d.g.given[fold(core[0])] {
			addShort(fold(core[0])) // "Zhang" of "Zhang Weiming"
		}
		lastW := core[m-1]
		addShort(fold(lastW))
		if k := strings.IndexAny(lastW, "-‐‑"); k > 0 && particles[strings.ToLower(lastW[:k])] {
			addShort(fold(lastW[k+1:])) // "Rashid" of "al-Rashid"
		}
		for p := 1; p < m-1; p++ {
			if particles[core[p]] {
				addShort(keyWords(core[p:]))      // "von Hohenberg", "de la Fuente Castillo"
				addShort(keyWords(core[p : m-1])) // "de la Fuente"
				break
			}
		}
		if m >= 3 {
			addShort(keyWords(core[m-2:])) // "Latte Lath"
		}
		addShort("\x00" + fold(core[0])) // the given name, looked up last
	case Organization:
		if n >= 2 {
			k := n
			for k > 1 && (d.g.orgSuffix[w[k-1]] && !d.g.orgHead[w[k-1]] || w[k-1] == "&" || w[k-1] == "City" || w[k-1] == "Town") {
				k--
				if !d.g.common[strings.ToLower(w[0])] || k > 1 {
					addShort(keyWords(w[:k])) // "Harlow Foods", "Harlow"
				}
			}
			if clubTails[w[n-1]] {
				addShort(fold(w[n-1]))
			}
			if headShort[w[0]] && (w[1] == "of" || w[1] == "for") {
				addShort(fold(w[0])) // "Bank" of "Bank of England"
			} else if headShort[w[n-1]] {
				addShort(fold(w[n-1])) // "Commission" of "European Commission"
			}
			if a := acronymOf(w); len(a) >= 2 {
				addShort(fold(a))
			}
			_, place := d.g.places[fold(w[0])]
			if low := strings.ToLower(w[0]); !place && !d.g.common[low] && !d.lower[low] && !d.g.given[fold(w[0])] &&
				(isAllCapsText(w[0]) || n == 2 && d.g.common[strings.ToLower(w[1])] && !d.g.orgSuffix[w[1]] && !d.g.orgHead[w[1]] && !d.g.placeSuf[w[1]]) {
				addShort(fold(w[0])) // "Pennine" of "Pennine Water", "LG" of "LG Energy Solution"
			}
		}
	}
}

// acronymOf is the initials of a name's capitalised words: "Office for Budget
// Responsibility" is "OBR".
func acronymOf(w []string) string {
	var b strings.Builder
	for _, x := range w {
		r, _ := utf8.DecodeRuneInString(x)
		switch x {
		case "of", "for", "on", "and", "the", "&", "de", "la", "du", "des":
			continue
		}
		if !startsUpper(x) {
			return ""
		}
		b.WriteRune(r)
	}
	return b.String()
}

// compatible reports whether candidate c may be a mention of entity e.
func (d *discoverer) compatible(c *nameCand, e *dent) bool {
	switch {
	case c.cues&personCues != 0:
		return e.kind == Person
	case c.cues&orgCues != 0:
		return e.kind == Organization
	case c.cues&(cPlaceCue|cApposPlace|cDateline|cCity|cState|cParty) != 0:
		return e.kind == Place
	}
	return true
}

// pick chooses among the entities a short form may stand for: the one the
// story names in its headline, then the one it mentions most in full, then
// the one it mentions first.
func (d *discoverer) pick(c *nameCand, ids []int) int {
	best := -1
	score := func(e *dent) [3]int {
		h := 0
		if e.known >= 0 {
			h = 2
		} else if len(d.headKeys) > 0 && len(e.words) > 0 && d.headKeys[fold(e.words[len(e.words)-1])] && d.headKeys[fold(e.words[0])] {
			h = 1
		}
		return [3]int{h, e.fullCount, -e.firstFull}
	}
	var bs [3]int
	for _, id := range ids {
		e := d.ents[id]
		if !d.compatible(c, e) {
			continue
		}
		s := score(e)
		if best < 0 || s[0] > bs[0] || s[0] == bs[0] && (s[1] > bs[1] || s[1] == bs[1] && s[2] > bs[2]) {
			best, bs = id, s
		}
	}
	return best
}

// resolve classifies every candidate and makes entities of them.
func (d *discoverer) resolve() {
	g := d.g
	for k, kn := range d.cfg.known {
		ws := nameWords(kn.Name)
		if len(ws) == 0 {
			continue
		}
		e := d.newEnt(kn.Kind, kn.Name, ws, k)
		d.ents[e].conf = 1
		d.register(e, keyWords(ws))
		for _, a := range kn.Aliases {
			if aw := nameWords(a); len(aw) > 0 {
				if _, ok := d.full[keyWords(aw)]; !ok {
					d.full[keyWords(aw)] = e
				}
			}
		}
	}
	for i := range d.cands {
		c := &d.cands[i]
		c.kind, c.conf = d.classify(c)
	}
	count := map[string]int{}
	for i := range d.cands {
		count[d.cands[i].key]++
	}
	order := make([]int, len(d.cands))
	for i := range order {
		order[i] = i
	}
	slices.SortStableFunc(order, func(a, b int) int { return len(d.cands[b].words) - len(d.cands[a].words) })
	voted := false
	for _, ci := range order {
		c := &d.cands[ci]
		n := len(c.words)
		if n == 1 && !voted {
			// the full names are read: settle their kinds, then their short forms
			voted = true
			d.vote()
			for e, ent := range d.ents {
				if ent.known < 0 {
					d.register(e, keyWords(ent.words))
				}
			}
		}
		if e, ok := d.full[c.key]; ok && d.compatible(c, d.ents[e]) {
			d.attach(ci, e)
			continue
		}
		attachOnly := c.cues&(cCommonInit|cDate) != 0
		if !attachOnly && c.name != "" && (c.kind == Place || c.kind == Organization) {
			d.tableEnt(ci)
			continue
		}
		if ids := d.short[c.key]; len(ids) > 0 {
			if e := d.pick(c, ids); e >= 0 {
				d.attach(ci, e)
				continue
			}
		}
		if attachOnly || c.kind == "" {
			continue
		}
		if n == 1 {
			if ids := d.short["\x00"+c.key]; len(ids) > 0 {
				if e := d.pick(c, ids); e >= 0 && d.ents[e].kind == Person {
					d.attach(ci, e)
					continue
				}
			}
			low := strings.ToLower(c.words[0])
			strong := c.cues&(orgCues|cTitle|cRole|cDateline|cParty|cCity|cState|cAmbig|cPlaceCue|cApposPlace) != 0
			if !strong && (g.common[low] || g.title[low] || g.titleMod[low]) {
				continue // "Budget", "Government"
			}
			if c.initial && !strong && c.cues&(cPrepIn|cPrepFrom|cPrepAt|cApposPerson|cAge|cSpeech) == 0 && !g.given[fold(c.words[0])] && count[c.key] < 2 {
				continue // an unknown word at a sentence start, with nothing to say it is a name
			}
		}
		kk := string(c.kind) + "|" + c.key
		if e, ok := d.byKind[kk]; ok {
			d.attach(ci, e) // the same name read again with cues that kept it from the first entity of that name
			continue
		}
		e := d.newEnt(c.kind, "", c.words, -1)
		d.byKind[kk] = e
		d.attach(ci, e)
		d.register(e, c.key)
	}
	d.vote()
}

// vote gives an entity read from its own words the kind of its
// best-evidenced mention.
func (d *discoverer) vote() {
	for _, e := range d.ents {
		if e.name != "" || e.known >= 0 {
			continue
		}
		best := -1.0
		for _, ci := range e.mentions {
			c := &d.cands[ci]
			if c.name != "" || c.special || c.kind == "" {
				continue // a table's reading describes the table's entity, not this one
			}
			if c.conf > best {
				best = c.conf
				e.kind = c.kind
			}
		}
	}
}

// tableEnt makes candidate ci a mention of the entity a table names,
// creating it on first use.
func (d *discoverer) tableEnt(ci int) {
	c := &d.cands[ci]
	// a person's short name that is also a place ("Washington" for Gloria
	// Washington) is the person unless a place cue says otherwise
	if c.kind == Place && len(c.words) == 1 && c.cues&(cPrepIn|cPrepFrom|cPrepAt|placeCues) == 0 {
		if ids := d.short[c.key]; len(ids) > 0 {
			if e := d.pick(c, ids); e >= 0 && d.ents[e].kind != Place {
				d.attach(ci, e) // "Norwich" for Norwich City
				return
			}
		}
	}
	key := fold(c.name)
	e, ok := d.full[key]
	if !ok || d.ents[e].kind != c.kind {
		e = d.newEnt(c.kind, c.name, nameWords(c.name), -1)
		d.full[key] = e
		d.register(e, key)
	}
	if _, ok := d.full[c.key]; !ok {
		d.full[c.key] = e
	}
	d.attach(ci, e)
}

// scanSpecial reads headline-like lines (title case, capitals, short
// headings) for names the rest of the story or the tables already know:
// capitals there say nothing, so nothing new is guessed from them, except a
// given name before a known surname ("Mary Trump").
func (d *discoverer) scanSpecial() {
	g := d.g
	for _, sp := range d.special {
		b, c := sp[0], sp[1]
		end := strings.IndexByte(d.text[b:], '\n')
		if end < 0 {
			end = len(d.text)
		} else {
			end += b
		}
		toks := refine(lineTokens(nil, d.text[b:end], b, c), g)
		caps := lineClass(toks, g) == lineCaps
		for i := 0; i < len(toks); {
			if !isNameWord(&toks[i]) {
				i++
				continue
			}
			j := i
			for j < len(toks) && (isNameWord(&toks[j]) || toks[j].kind == tWord && particles[toks[j].s] && j+1 < len(toks) && isNameWord(&toks[j+1])) {
				j++
			}
			for x := i; x < j; {
				x += d.matchSpecial(toks, x, j, caps)
			}
			i = j
		}
	}
}

// matchSpecial matches the longest known name at toks[x:j] and returns how
// many words it took (at least one).
func (d *discoverer) matchSpecial(toks []tok, x, j int, caps bool) int {
	g := d.g
	maxN := min(j-x, max(g.nameMax, 6))
	for n := maxN; n >= 1; n-- {
		key := keyOf(toks, x, x+n)
		low := toks[x].low
		if n == 1 && (g.common[low] || dateWords[toks[x].s] || g.nonName[toks[x].s] || g.title[low] || g.honorific[toks[x].s]) {
			continue
		}
		mk := func(kind Kind, conf float64) int {
			ci := d.addCand(toks, x, x+n, 0)
			d.cands[ci].special = true
			d.cands[ci].kind, d.cands[ci].conf = kind, conf
			return ci
		}
		if e, ok := d.full[key]; ok {
			d.attach(mk(d.ents[e].kind, 0), e)
			return n
		}
		if ids := d.short[key]; len(ids) > 0 {
			ci := mk("", 0)
			if e := d.pick(&d.cands[ci], ids); e >= 0 {
				d.attach(ci, e)
				return n
			}
			d.cands = d.cands[:ci]
		}
		if f, ok := g.places[key]; ok {
			ci := mk(Place, 0.9)
			d.cands[ci].name = f.name
			d.tableEnt(ci)
			return n
		}
		if name, ok := g.orgs[key]; ok && !(n == 1 && isAllCapsText(toks[x].s) && caps) {
			ci := mk(Organization, 0.9)
			d.cands[ci].name = name
			d.tableEnt(ci)
			return n
		}
		if n == 2 && g.given[toks[x].key] && !caps {
			if ids := d.short[toks[x+1].key]; len(ids) > 0 && d.ents[ids[0]].kind == Person {
				// "Mary Trump": a given name before a known surname is someone new
				ci := mk(Person, 0.8)
				e := d.newEnt(Person, "", d.cands[ci].words, -1)
				d.attach(ci, e)
				d.register(e, d.cands[ci].key)
				return n
			}
		}
	}
	return 1
}
