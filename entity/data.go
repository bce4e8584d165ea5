package entity

import (
	"strings"
	"sync"
)

// gazetteer is every table of the package, parsed into maps on first use.
// Keys are folded (see fold) unless a field says otherwise.
type gazetteer struct {
	places     map[string]placeFact // folded name or alias -> fact
	demonyms   map[string]string    // folded demonym -> country name
	demonymMax int                  // the most words a demonym has
	stateAbbr  map[string]string    // "Pa." (exact) -> "Pennsylvania"
	postal     map[string]string    // "PA" (exact) -> "Pennsylvania"
	orgs       map[string]string    // folded name or alias -> name
	nameMax    int                  // the most words a place or organization name has
	firstWord  map[string]bool      // folded first words of names of more than one word
	given      map[string]bool      // folded given names
	familyLead map[string]bool      // folded family names written first
	honorific  map[string]bool      // exact
	title      map[string]bool      // lower case
	titleMod   map[string]bool      // lower case
	roleNoun   map[string]bool      // lower case
	orgCue     map[string]bool      // lower case
	placeCue   map[string]bool      // lower case
	placePrep  map[string]bool      // lower case
	orgSuffix  map[string]bool      // exact
	orgHead    map[string]bool      // exact
	placeSuf   map[string]bool      // exact
	placeHead  map[string]bool      // exact
	eventCue   map[string]bool      // exact
	nonName    map[string]bool      // exact
	common     map[string]bool      // lower case: function and common words
	function   map[string]bool      // lower case: function words only
}

// placeFact is what the tables say about a place name.
type placeFact struct {
	name    string // the preferred name: "United States" for "U.S."
	country string // the country a city, state or region lies in; "" for a country
	kind    placeKind
}

type placeKind uint8

const (
	pkCountry placeKind = iota + 1
	pkState
	pkCity
	pkRegion
)

var tables = sync.OnceValue(buildGazetteer)

func words(table string) []string { return strings.Fields(table) }

func set(table string, lower bool) map[string]bool {
	m := map[string]bool{}
	for _, w := range words(table) {
		w = strings.ReplaceAll(w, "_", " ")
		if lower {
			w = strings.ToLower(w)
		}
		m[w] = true
	}
	return m
}

func lines(table string) [][]string {
	var out [][]string
	for _, l := range strings.Split(table, "\n") {
		if l = strings.TrimSpace(l); l != "" {
			out = append(out, strings.Split(l, "|"))
		}
	}
	return out
}

func alts(field string) []string {
	var out []string
	for _, a := range strings.Split(field, ";") {
		if a = strings.TrimSpace(a); a != "" {
			out = append(out, a)
		}
	}
	return out
}

func buildGazetteer() *gazetteer {
	g := &gazetteer{
		places:     map[string]placeFact{},
		demonyms:   map[string]string{},
		stateAbbr:  map[string]string{},
		postal:     map[string]string{},
		orgs:       map[string]string{},
		given:      map[string]bool{},
		familyLead: map[string]bool{},
		firstWord:  map[string]bool{},
		honorific:  set(honorificTable, false),
		title:      set(titleTable, true),
		titleMod:   set(titleModifierTable, true),
		roleNoun:   set(roleNounTable, true),
		orgCue:     set(orgCueTable, true),
		placeCue:   set(placeCueTable, true),
		placePrep:  set(placePrepTable, true),
		orgSuffix:  set(orgSuffixTable, false),
		orgHead:    set(orgHeadTable, false),
		placeSuf:   set(placeSuffixTable, false),
		placeHead:  set(placeHeadTable, false),
		eventCue:   set(eventCueTable, false),
		nonName:    set(nonNameCapsTable, false),
		common:     set(commonWordTable+functionWordTable, true),
		function:   set(functionWordTable, true),
	}
	addPlace := func(name string, f placeFact) {
		k := fold(name)
		if _, ok := g.places[k]; !ok {
			g.places[k] = f
		}
		g.nameMax = max(g.nameMax, len(nameWords(name)))
	}
	for _, f := range lines(countryTable) {
		country := f[0]
		addPlace(country, placeFact{name: country, kind: pkCountry})
		for _, a := range alts(f[1]) {
			addPlace(a, placeFact{name: country, kind: pkCountry})
		}
		for _, d := range alts(f[2]) {
			g.demonyms[fold(d)] = country
			g.demonymMax = max(g.demonymMax, len(nameWords(d)))
		}
		for _, c := range alts(f[3]) {
			addPlace(c, placeFact{name: c, country: country, kind: pkCity})
		}
	}
	for _, f := range lines(usStateTable) {
		state := f[0]
		addPlace(state, placeFact{name: state, country: "United States", kind: pkState})
		for _, a := range alts(f[1]) {
			g.stateAbbr[a] = state
		}
		g.postal[f[2]] = state
	}
	for _, f := range lines(cityTable) {
		addPlace(f[0], placeFact{name: f[0], country: f[1], kind: pkCity})
	}
	for _, f := range lines(regionTable) {
		addPlace(f[0], placeFact{name: f[0], kind: pkRegion})
		for _, a := range alts(f[1]) {
			addPlace(a, placeFact{name: f[0], kind: pkRegion})
		}
		if len(f) > 2 {
			for _, dm := range alts(f[2]) {
				g.demonyms[fold(dm)] = f[0]
				g.demonymMax = max(g.demonymMax, len(nameWords(dm)))
			}
		}
	}
	for _, f := range lines(knownOrgTable) {
		g.orgs[fold(f[0])] = f[0]
		g.nameMax = max(g.nameMax, len(nameWords(f[0])))
		for _, a := range alts(f[1]) {
			g.orgs[fold(a)] = f[0]
			g.nameMax = max(g.nameMax, len(nameWords(a)))
		}
	}
	for k := range g.places {
		if f, _, ok := strings.Cut(k, " "); ok {
			g.firstWord[f] = true
		}
	}
	for k := range g.orgs {
		if f, _, ok := strings.Cut(k, " "); ok {
			g.firstWord[f] = true
		}
	}
	for k := range g.demonyms {
		if f, _, ok := strings.Cut(k, " "); ok {
			g.firstWord[f] = true
		}
	}
	for _, n := range words(givenNameTable) {
		g.given[fold(n)] = true
	}
	for _, n := range words(familyFirstSurnames) {
		g.familyLead[fold(n)] = true
	}
	return g
}
