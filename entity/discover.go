package entity

import (
	"math"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsmodel/newsmodel/news"
)

// DiscoverOption changes how Discover reads a text.
type DiscoverOption func(*discoverConfig)

type discoverConfig struct {
	headline string
	known    []Entity
}

// WithHeadline gives Discover the story's headline when it is not part of
// the text. The headline is not searched for mentions (its offsets are not
// the text's), but its capitalised words count as evidence that the same
// words in the text are names, and a short name shared by two entities
// goes to the one the headline names.
func WithHeadline(headline string) DiscoverOption {
	return func(c *discoverConfig) { c.headline = headline }
}

// WithKnown gives Discover entities that are already known, such as those
// of a registry or of an earlier pass. Their names and aliases seed the
// reading of the text: a mention of one of them is added to a copy of that
// entity instead of making a new one, and a later short form ("Putin")
// resolves to it. Discover returns every known entity, in the order given,
// before the entities it found; new IDs never repeat a known one.
func WithKnown(known []Entity) DiscoverOption {
	return func(c *discoverConfig) { c.known = known }
}

// Discover finds the people, organizations and places named in text, plain
// text with paragraphs separated by blank lines, and every mention of each.
//
// It needs no registry: it reads capitalised words with rules for sentence
// starts, title-case and all-capitals headlines, titles and honorifics
// ("President", "Mr", "Sen."), initials ("Thomas M. Crooks"), particles
// ("van", "de la", "bin", "al-"), datelines and "City, St." forms, and cues
// of organizations ("Inc.", "University of …", "the newspaper …") and
// places ("in …", "the island of …"), with small tables of facts that ship
// with the package: countries with their demonyms and capitals, US states
// with their abbreviations, large cities, regions, well-known organizations
// and common given names. Later short forms ("Putin", "President Putin",
// "Witkoff") resolve to the full name given earlier or later; two people who
// share a surname stay two entities, and a bare surname goes to the one the
// story mentions most in full (the first, on a tie).
//
// Each entity gets a unique slug ID, a Kind, its fullest Name, the other
// forms as Aliases, every mention as a news.Span with Text set (offsets in
// code points of text; the span covers the name only, not a title before it
// or a possessive "'s" after it), a Confidence, Roles from titles and
// Relations where the text gives them cheaply (citizen-of from a demonym
// before a name, located-in from "Butler, Pa."). Demonyms ("Russian") are
// not mentions of their country. Entities come in the order of their first
// mention.
//
// Discover takes time linear in the length of text and never panics, on
// any input.
func Discover(text string, opts ...DiscoverOption) []Entity {
	var cfg discoverConfig
	for _, o := range opts {
		o(&cfg)
	}
	d := newDiscoverer(text, cfg)
	d.lowerWords()
	d.scan()
	d.resolve()
	d.scanSpecial()
	return d.assemble()
}

// A nameCand is one capitalised name in the text, with what its context says.
type nameCand struct {
	c0, c1  int // code points
	b0, b1  int // bytes
	words   []string
	key     string  // folded words joined by spaces
	initial bool    // its first word starts a sentence
	cues    cueFlag // evidence from the context
	title   string  // the title before it, as written ("President", "special envoy")
	country string  // the country of a demonym before it ("Russia")
	demonym string  // that demonym as written ("Russian")
	titleOf int     // the nameCand of the body named in its title ("Senate" in "Senate Majority Leader"), or -1
	cityOf  string  // the state or country after it in "Butler, Pa."
	desc    string  // an appositive description after it
	kind    Kind    // the kind its own evidence gives, or "" when it has none
	conf    float64 // how sure that evidence is
	ent     int     // the entity it is a mention of, or -1
	special bool    // found in a headline-like line, by matching known names only
	name    string  // the name a table gives it ("United States" for "U.S.")
}

type cueFlag uint32

const (
	cTitle       cueFlag = 1 << iota // a title or honorific before it
	cRole                            // a role noun before it ("envoy Steve Witkoff")
	cOrgCue                          // an organization noun before it ("the newspaper …")
	cPlaceCue                        // a place noun before it ("the island of …")
	cPrepIn                          // "in", "near", "across" … before it
	cPrepFrom                        // "from", "to", "via" … before it
	cPrepAt                          // "at" before it
	cThe                             // "the" before it
	cTemporal                        // "on", "last", "by" … before it: a date word is a date
	cAge                             // ", 61," or ", a 23-year-old" after it
	cApposPerson                     // an apposition naming a role after it
	cApposOrg                        // an apposition naming an organization after it
	cApposPlace                      // an apposition naming a place after it
	cSpeech                          // "said", "told" … next to it
	cDateline                        // the place of a dateline
	cCity                            // a city: "Butler, Pa.", "Austin, Texas"
	cState                           // a state or country after a city's comma
	cParty                           // a state in "D-Ariz."
	cTitleOrg                        // the body named in a title ("Senate" in "Senate Majority Leader")
	cPossessed                       // "'s" after it
	cDate                            // a day or month name alone: a mention only of a name that ends in it
	cCommonInit                      // a common word alone at a sentence start: a mention only of a name the story gives
	cAmbig                           // a noun before it that names people and organizations ("producer", "partner")
	cQuoted                          // the whole of a quotation: a title of a work
)

type discoverer struct {
	text     string
	cfg      discoverConfig
	g        *gazetteer
	cands    []nameCand
	lower    map[string]bool // words seen in lower case
	special  [][2]int        // byte and code point offsets of headline-like lines
	headCaps map[string]bool // capitalised words of the headline, not its first
	headKeys map[string]bool // folded words of the headline
	ents     []*dent
	full     map[string]int   // folded full name -> entity
	byKind   map[string]int   // kind "|" folded full name -> entity, for names read as two kinds
	short    map[string][]int // folded short form -> entities
	buf      []tok
	searches int // description searches made (see descriptions)
}

// dent is an entity being built.
type dent struct {
	kind      Kind
	name      string // the preferred name, when a table gives it
	conf      float64
	mentions  []int  // cands
	known     int    // index in cfg.known, or -1
	fullCount int    // mentions of the full name
	first     int    // code point offset of the first mention
	firstFull int    // code point offset of the first mention of the full name
	display   string // the longest mention, once assemble has chosen it
	key       string // the folded words
	words     []string
}

func newDiscoverer(text string, cfg discoverConfig) *discoverer {
	d := &discoverer{
		text:     text,
		cfg:      cfg,
		g:        tables(),
		lower:    map[string]bool{},
		headCaps: map[string]bool{},
		headKeys: map[string]bool{},
		full:     map[string]int{},
		byKind:   map[string]int{},
		short:    map[string][]int{},
	}
	if cfg.headline != "" {
		toks := lineTokens(nil, cfg.headline, 0, 0)
		markInitial(toks, d.g)
		title := lineClass(toks, d.g) != lineNormal
		for i := range toks {
			t := &toks[i]
			if t.word() {
				d.headKeys[t.key] = true
				if t.cap() && !t.has(fInitial) && !title {
					d.headCaps[t.s] = true
				}
			}
		}
	}
	return d
}

// scan reads the text line by line and collects the candidates of ordinary
// lines; headline-like lines are kept for scanSpecial.
func (d *discoverer) scan() {
	text := d.text
	b, c := 0, 0
	for b <= len(text) {
		end := strings.IndexByte(text[b:], '\n')
		if end < 0 {
			end = len(text)
		} else {
			end += b
		}
		line := text[b:end]
		d.buf = lineTokens(d.buf[:0], line, b, c)
		toks := refine(d.buf, d.g)
		markInitial(toks, d.g)
		if lineClass(toks, d.g) != lineNormal {
			d.special = append(d.special, [2]int{b, c})
		} else {
			d.lineCands(toks)
		}
		c += runeCount(line)
		if end == len(text) {
			break
		}
		b, c = end+1, c+1
	}
}

// lowerWords records the words the text writes in lower case, so that a
// capitalised one at a sentence start can be read as the same word.
func (d *discoverer) lowerWords() {
	text := d.text
	for i := 0; i < len(text); {
		r, w := utf8.DecodeRuneInString(text[i:])
		if !unicode.IsLetter(r) {
			i += w
			continue
		}
		j, lower := i, unicode.IsLower(r)
		for j < len(text) {
			r, w := utf8.DecodeRuneInString(text[j:])
			if !unicode.IsLetter(r) && !(r == '-' && j+1 < len(text) && text[j+1] >= 'a' && text[j+1] <= 'z') {
				break
			}
			if unicode.IsUpper(r) {
				lower = false
			}
			j += w
		}
		if w := text[i:j]; lower && (i == 0 || text[i-1] != '.') && !d.g.common[w] {
			d.lower[w] = true // common words are known lower-case words already
		}
		i = j
	}
}

// assemble turns the entities into Entity values.
func (d *discoverer) assemble() []Entity {
	out := make([]Entity, 0, len(d.cfg.known)+len(d.ents))
	used := map[string]bool{}
	for _, k := range d.cfg.known {
		used[k.ID] = true
	}
	order := make([]int, 0, len(d.ents))
	for i, e := range d.ents {
		if e.known < 0 && len(e.mentions) > 0 {
			order = append(order, i)
		}
	}
	slices.SortStableFunc(order, func(a, b int) int { return d.ents[a].first - d.ents[b].first })
	ids := make([]string, len(d.ents))
	for i, e := range d.ents {
		if e.known >= 0 {
			ids[i] = d.cfg.known[e.known].ID
		}
	}
	for _, i := range order {
		e := d.ents[i]
		ids[i] = uniqueID(slug(d.entName(e)), used)
	}
	byName := map[string]string{} // folded name -> ID, for roles and relations
	for i, e := range d.ents {
		if ids[i] != "" && (len(e.mentions) > 0 || e.known >= 0) {
			if k := fold(d.entName(e)); byName[k] == "" {
				byName[k] = ids[i]
			}
		}
	}
	knownEnt := make([]int, len(d.cfg.known))
	for i := range knownEnt {
		knownEnt[i] = -1
	}
	for i, e := range d.ents {
		if e.known >= 0 {
			knownEnt[e.known] = i
		}
	}
	for k, kn := range d.cfg.known {
		base := kn
		base.Aliases = slices.Clone(kn.Aliases)
		base.Mentions = slices.Clone(kn.Mentions)
		base.Roles = slices.Clone(kn.Roles)
		base.Relations = slices.Clone(kn.Relations)
		if i := knownEnt[k]; i >= 0 {
			base = d.build(i, base, ids, byName)
		}
		out = append(out, base)
	}
	for _, i := range order {
		out = append(out, d.build(i, Entity{}, ids, byName))
	}
	return out
}

// build makes the entity of d.ents[i], on base when the caller knew it
// already: its mentions, the aliases its mentions add, its roles and
// relations, and its confidence. ids holds the ID of every entity and
// byName the ID of a folded name.
func (d *discoverer) build(i int, base Entity, ids []string, byName map[string]string) Entity {
	e := d.ents[i]
	if base.ID == "" {
		base = Entity{ID: ids[i], Kind: e.kind, Name: d.entName(e)}
	}
	seen := map[news.Span]bool{}
	for _, m := range base.Mentions {
		seen[m] = true
	}
	aliases := map[string]bool{fold(base.Name): true}
	for _, a := range base.Aliases {
		aliases[fold(a)] = true
	}
	var conf float64
	descs := 0
	for _, ci := range e.mentions {
		c := &d.cands[ci]
		s := news.Span{Start: c.c0, End: c.c1, Text: d.text[c.b0:c.b1]}
		if !seen[s] {
			seen[s] = true
			base.Mentions = append(base.Mentions, s)
		}
		conf = max(conf, c.conf)
		if k := fold(s.Text); !aliases[k] && !isAllCapsText(s.Text) {
			aliases[k] = true
			base.Aliases = append(base.Aliases, s.Text)
		}
		if c.title != "" && e.kind == Person {
			full := c.title + " " + s.Text
			if !aliases[fold(full)] {
				aliases[fold(full)] = true
				base.Aliases = append(base.Aliases, full)
			}
			if !d.g.honorific[c.title] {
				of := ""
				if c.titleOf >= 0 && d.cands[c.titleOf].ent >= 0 {
					of = ids[d.cands[c.titleOf].ent]
				} else if c.country != "" {
					of = byName[fold(c.country)]
				}
				base.Roles = addRole(base.Roles, Role{Title: c.title, Of: of})
			}
		}
		if c.country != "" && e.kind == Person {
			if id := byName[fold(c.country)]; id != "" && id != base.ID {
				base.Relations = addRelation(base.Relations, Relation{Type: CitizenOf, Entity: id})
			}
		}
		if c.cityOf != "" && e.kind == Place {
			if id := byName[fold(c.cityOf)]; id != "" && id != base.ID {
				base.Relations = addRelation(base.Relations, Relation{Type: LocatedIn, Entity: id})
			}
		}
		if c.desc != "" && base.Description == "" && e.kind == Person {
			base.Description = c.desc
		}
		if c.demonym != "" && c.title != "" && e.kind == Person && descs < 4 {
			descs++
			for _, a := range d.descriptions(c.demonym, c.title) {
				if k := fold(a); !aliases[k] {
					aliases[k] = true
					base.Aliases = append(base.Aliases, a)
				}
			}
		}
	}
	slices.SortFunc(base.Mentions, func(a, b news.Span) int {
		if a.Field != b.Field {
			return strings.Compare(a.Field, b.Field)
		}
		if a.Start != b.Start {
			return a.Start - b.Start
		}
		return a.End - b.End
	})
	if base.Confidence == 0 && e.known < 0 {
		conf += 0.03 * float64(min(len(e.mentions)-1, 5))
		base.Confidence = math.Round(min(conf, 0.99)*100) / 100
	}
	return base
}

// descriptions finds the descriptions the story uses for someone it
// introduced as "Russian President Vladimir Putin": "the Russian
// president", "the Russian leader". They are aliases, not mentions, as
// named-entity annotation counts names only. The searches are capped per
// text, so that they stay linear in its length.
func (d *discoverer) descriptions(demonym, title string) []string {
	last := strings.ToLower(title)
	if k := strings.LastIndexByte(last, ' '); k >= 0 {
		last = last[k+1:]
	}
	nouns := []string{last}
	if last != "leader" {
		nouns = append(nouns, "leader")
	}
	var out []string
	for _, noun := range nouns {
		for _, art := range []string{"the ", "The "} {
			for _, n := range []string{noun, strings.ToUpper(noun[:1]) + noun[1:]} {
				if d.searches >= 16 {
					return out
				}
				d.searches++
				phrase := art + demonym + " " + n
				if i := strings.Index(d.text, phrase); i >= 0 {
					if end := i + len(phrase); end == len(d.text) || !isWordByte(d.text[end]) {
						out = append(out, phrase)
					}
				}
			}
		}
	}
	return out
}

func isWordByte(b byte) bool {
	return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= '0' && b <= '9' || b >= 0x80
}

// entName is the fullest name of e: the table's name, or the longest
// mention (preferring one not in capitals).
func (d *discoverer) entName(e *dent) string {
	if e.name != "" {
		return e.name
	}
	if e.display != "" {
		return e.display
	}
	e.display = d.longestMention(e)
	return e.display
}

func (d *discoverer) longestMention(e *dent) string {
	best, bestCaps := "", true
	for _, ci := range e.mentions {
		c := &d.cands[ci]
		s := d.text[c.b0:c.b1]
		caps := isAllCapsText(s)
		if best == "" || (bestCaps && !caps) || (caps == bestCaps && runeCount(s) > runeCount(best)) {
			best, bestCaps = s, caps
		}
	}
	if bestCaps {
		best = titleCase(best)
	}
	return best
}

func addRole(roles []Role, r Role) []Role {
	for i, x := range roles {
		if strings.EqualFold(x.Title, r.Title) {
			if x.Of == "" {
				roles[i].Of = r.Of
			}
			return roles
		}
	}
	return append(roles, r)
}

func addRelation(rels []Relation, r Relation) []Relation {
	if slices.Contains(rels, r) {
		return rels
	}
	return append(rels, r)
}

// slug makes an ID from a name: lower case ASCII letters and digits joined by
// single hyphens.
func slug(name string) string {
	var b strings.Builder
	dash := false
	for _, r := range fold(name) {
		if b.Len() >= 60 {
			break
		}
		switch {
		case r >= 'a' && r <= 'z' || r >= '0' && r <= '9':
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			dash = false
			b.WriteRune(r)
		case r == '&':
			dash = true
			if b.Len() > 0 {
				b.WriteString("-and")
			}
		case r == '.' || r == '\'':
			// "U.S." is "us", "Ma'aden" is "maaden"
		default:
			dash = true
		}
	}
	s := strings.Trim(b.String(), "-")
	if s == "" {
		s = "entity"
	}
	return s
}

func uniqueID(base string, used map[string]bool) string {
	id := base
	for n := 2; used[id]; n++ {
		id = base + "-" + itoa(n)
	}
	used[id] = true
	return id
}

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	var b [20]byte
	i := len(b)
	for n > 0 {
		i--
		b[i] = byte('0' + n%10)
		n /= 10
	}
	return string(b[i:])
}
