package article

import "strings"

// The word tables of FindEvents. They are English; each entry is data, so
// that the finder's rules never name a word.

// wordFlags classify a word for the event finder.
type wordFlags uint32

const (
	wVerbBase wordFlags = 1 << iota // base form of an event verb: sign
	wVerbS                          // third person: signs
	wVerbPast                       // past tense: signed
	wVerbPart                       // past participle: signed
	wVerbIng                        // present participle: signing
	wNoun                           // a noun that names an event: attack, summit
	wReport                         // a verb that attributes words: said, told
	wBe                             // is, was, been …
	wHave                           // has, had …
	wDo                             // do, did …
	wWill                           // will, shall, 'll: the future
	wWould                          // would: future in the past, or a condition
	wMaybe                          // could, may, might, can, should: possibility
	wMust                           // must: obligation, read as planned
	wPlan                           // plans, expected, set, due … before "to"
	wNeg                            // not, never, n't
	wDet                            // a, the, his, their …
	wPron                           // he, she, it, they …
	wSubord                         // a subordinator that starts a clause: after, when …
	wRel                            // which, who, whose, where
	wCoord                          // and, but
	wPrep                           // of, in, on, with …
	wLoc                            // a preposition of place: in, at, near …
	wLater                          // later, afterwards, then: after the previous event
	wStarter                        // a word that often starts a sentence: The, He …
	wPast                           // a past form of any verb, event or not: went, learned
)

// verbClass is what a verb's objects are.
type verbClass uint8

const (
	vPlain     verbClass = iota
	vHostile             // its object is a target: attack, shoot
	vTransfer            // "to X" is a recipient: give, send
	vStatement           // a speech act that does something: announce, warn
)

// lexEntry is what the lexicon knows of one word form.
type lexEntry struct {
	flags wordFlags
	lemma string    // the event lemma, for event verbs and nouns
	class verbClass // for event verbs and nouns
	state bool      // a noun that names a state: war, ceasefire
	rel   relCue    // for subordinators: the relation it marks
	form  string    // the lowercase form itself
}

// relCue is the relation a subordinator marks, from the event of the main
// clause to the event of the clause it starts.
type relCue uint8

const (
	relNone relCue = iota
	relAfterCue
	relBeforeCue
	relWhenCue
	relDuringCue
)

// eventVerbs are the verbs that report an event: lemma, then the past and
// the participle where they are not lemma+ed; a class mark after "/":
// H hostile, T transfer, S statement. Doubled consonants are written out
// in the past ("stab:stabbed"), and the present participle follows them.
const eventVerbs = `
attack/H assault/H shoot:shot:shot/H kill/H murder/H assassinate/H stab:stabbed/H
bomb/H shell/H strike:struck:struck/H hit:hit:hit/H injure/H wound/H invade/H
raid/H target/H ambush/H abduct/H kidnap:kidnapped/H rob:robbed/H loot/H
destroy/H damage/H capture/H seize/H detain/H arrest/H charge/H indict/H
convict/H sentence/H jail/H imprison/H execute/H sue/H fine/H sanction/H
punish/H dismiss/H oust/H expel:expelled/H deport/H besiege/H occupy/H
blockade/H intercept/H defraud/H mislead:misled:misled/H threaten/H
evacuate rescue free release pardon acquit:acquitted
meet:met:met visit sign agree reject propose negotiate approve pass vote elect
appoint nominate hire resign retire quit:quit:quit die:died:died launch open
close reopen found establish create build:built:built begin:began:begun start
end finish complete win:won:won lose:lost:lost defeat beat:beat:beaten score
crash collapse explode erupt flood derail sink:sank:sunk fall:fell:fallen
rise:rose:risen jump drop:dropped surge plunge soar tumble climb
buy:bought:bought sell:sold:sold acquire merge invest pay:paid:paid raise
borrow lend:lent:lent donate give:gave:given/T send:sent:sent/T deliver/T
hand/T award/T grant/T offer/T return receive accept commission publish
unveil introduce present testify plead:pleaded confess
deny/S announce/S declare/S warn/S urge/S promise/S pledge/S vow/S
apologise/S apologize/S concede/S accuse/S thank/S condemn/S demand/S
veto ban:banned block suspend cancel:cancelled postpone delay halt ratify
certify enact repeal overturn rule convene host attend travel:travelled
arrive depart leave:left:left flee:fled:fled escape move marry divorce
graduate perform play compete withdraw:withdrew:withdrawn join enter
expand cut:cut:cut recover restore repair reach identify discover
investigate examine review inspect test campaign protest rally march pray
celebrate mourn bury honour honor crown settle file appeal order stall
break:broke:broken recall decide choose:chose:chosen select install hack
leak fail disrupt spread:spread:spread infect hospitalise hospitalize
vaccinate undergo:underwent:undergone survive cast:cast:cast enrol:enrolled
enroll record object lobby push congratulate steal:stole:stolen smuggle
riot land hold:held:held stage organise organize inaugurate swear:swore:sworn
replace promote reinstate picket liberate recapture retreat fly:flew:flown
dock emerge shut:shut:shut ground evacuate kidnap
`

// phrasalVerbs are event verbs that count only with their particle: the
// verb's forms as in eventVerbs, then "+particle".
const phrasalVerbs = `
step:stepped+down break:broke:broken+down shut:shut:shut+down take:took:taken+part
take:took:taken+office take:took:taken+place pull:pulled+out drop:dropped+out
walk:walked+out carry:carried+out set:set:set+up hand+over pass+away roll+back
lay:laid:laid+off shoot:shot:shot+down go:went:gone+missing sit:sat:sat+down
`

// eventNouns name events: the noun, ":lemma" where it reports the same
// event as a verb of eventVerbs, "/H" for a hostile event, "!" before a
// noun that names a state. Two words are joined with "_".
const eventNouns = `
attack/H assassination_attempt/H assassination:assassinate/H shooting:shoot/H
stabbing:stab/H bombing:bomb/H explosion blast raid/H strike/H airstrike/H
air_strike/H invasion:invade/H offensive/H ambush/H massacre/H murder/H
killing:kill/H robbery:rob/H burglary theft heist break-in kidnapping:kidnap/H
arrest trial hearing verdict sentencing:sentence conviction:convict indictment:indict
lawsuit appeal ruling investigation inquiry probe meeting:meet summit talks
negotiations conference press_conference news_conference briefing interview
visit trip tour speech debate election vote referendum runoff recount
inauguration ceremony funeral wedding coronation celebration festival parade
rally protest demonstration riot uprising coup revolution !war !conflict
!ceasefire !cease-fire !truce !fighting !occupation !siege !blockade !crisis
!recession !drought !famine !pandemic !epidemic outbreak !lockdown !shutdown
!sanctions !embargo walkout standoff crash collision derailment accident
wildfire blaze flood flooding earthquake quake hurricane storm tornado
tsunami eruption landslide avalanche outage blackout power_failure
collapse bankruptcy merger acquisition takeover deal agreement treaty accord
launch flyby landing match final race marathon tournament championship
transfer resignation:resign retirement:retire death:die evacuation:evacuate
rescue session testimony approval decision announcement:announce proposal
halt exchange swap ban break-in campaign
`

// reportingVerbs attribute words; a clause whose only verb is one of them
// reports no event of its own.
const reportingVerbs = `
say:said:said tell:told:told add note explain write:wrote:written state claim
argue insist praise criticise criticize call describe suggest mention disclose
detail report confirm comment remark reply respond ask acknowledge believe
think:thought:thought consider hope want fear estimate predict tweet post
`

// Function words, each list with the flags it sets.
var functionWords = []struct {
	flags wordFlags
	words string
}{
	{wBe, "be is are was were been being am 's 're"},
	{wHave, "has have had having 've"},
	{wDo, "do does did"},
	{wWill, "will shall 'll wo"},
	{wWould, "would 'd"},
	{wMaybe, "could may might can should"},
	{wMust, "must"},
	{wPlan, "plan plans planned planning expect expects expected set due scheduled going intend intends intended aim aims aimed poised slated prepare prepares prepared about hopes"},
	{wNeg, "not never n't no"},
	{wDet, "a an the this that these those his her its their our my your some any another each every both"},
	{wPron, "he she it they we i you"},
	{wSubord, "after before following when while whereas since until till because although though unless if amid amidst during once"},
	{wRel, "which who whose whom where"},
	{wCoord, "and but"},
	{wPrep, "of in on at for with by from to into onto near outside inside across against over under about between among toward towards through within without amid amidst during"},
	{wLoc, "in at near outside inside across into"},
	{wLater, "later afterwards afterward then subsequently"},
	{wStarter, "the a an he she it they we i in on at but and this that these those his her its their there our after before when while as if for by from police officials"},
	{wPast, "went came got made took saw knew thought felt found gave left kept began ran led brought held heard learned learnt stood sat spent lost sent built meant paid told said became"},
}

// subordinator relations.
var subordRel = map[string]relCue{
	"after": relAfterCue, "following": relAfterCue, "since": relAfterCue, "once": relAfterCue,
	"before": relBeforeCue, "until": relBeforeCue, "till": relBeforeCue,
	"when":   relWhenCue,
	"during": relDuringCue, "amid": relDuringCue, "amidst": relDuringCue,
}

// lexicon is the compiled word table, keyed by the lowercase form.
type lexicon struct {
	words   map[string]*lexEntry
	phrasal map[string][]phrasal // verb form -> phrasal verbs it starts
	bigrams map[string]string    // "assassination attempt" -> lemma
	first   map[string]bool      // first words of bigrams
	nounCls map[string]verbClass // bigram lemma -> class
	state   map[string]bool      // bigram lemma -> state
}

type phrasal struct {
	particle string
	lemma    string
	flags    wordFlags
}

// verbForms returns the base, third person, past, participle and present
// participle of a verb entry "lemma[:past[:participle]]".
func verbForms(entry string) (base, s, past, part, ing string) {
	f := strings.Split(entry, ":")
	base = f[0]
	switch {
	case strings.HasSuffix(base, "y") && len(base) > 1 && !strings.ContainsRune("aeiou", rune(base[len(base)-2])):
		s = base[:len(base)-1] + "ies"
		past = base[:len(base)-1] + "ied"
	case strings.HasSuffix(base, "e"):
		s = base + "s"
		past = base + "d"
	default:
		s = base + "s"
		if strings.HasSuffix(base, "s") || strings.HasSuffix(base, "x") || strings.HasSuffix(base, "z") ||
			strings.HasSuffix(base, "ch") || strings.HasSuffix(base, "sh") || strings.HasSuffix(base, "o") {
			s = base + "es"
		}
		past = base + "ed"
	}
	if len(f) > 1 {
		past = f[1]
	}
	part = past
	if len(f) > 2 {
		part = f[2]
	}
	switch {
	case strings.HasSuffix(base, "ie"):
		ing = base[:len(base)-2] + "ying"
	case strings.HasSuffix(base, "e") && !strings.HasSuffix(base, "ee") && !strings.HasSuffix(base, "ye") && !strings.HasSuffix(base, "oe"):
		ing = base[:len(base)-1] + "ing"
	case len(past) == len(base)+3 && strings.HasSuffix(past, "ed") && past[len(base)] == base[len(base)-1]:
		ing = base + base[len(base)-1:] + "ing" // stab, stabbed: stabbing
	default:
		ing = base + "ing"
	}
	return base, s, past, part, ing
}

func newLexicon() *lexicon {
	lx := &lexicon{
		words:   map[string]*lexEntry{},
		phrasal: map[string][]phrasal{},
		bigrams: map[string]string{},
		first:   map[string]bool{},
		nounCls: map[string]verbClass{},
		state:   map[string]bool{},
	}
	get := func(w string) *lexEntry {
		e := lx.words[w]
		if e == nil {
			e = &lexEntry{form: w}
			lx.words[w] = e
		}
		return e
	}
	classOf := func(s string) (string, verbClass) {
		name, mark, _ := strings.Cut(s, "/")
		switch mark {
		case "H":
			return name, vHostile
		case "T":
			return name, vTransfer
		case "S":
			return name, vStatement
		}
		return name, vPlain
	}
	for _, entry := range strings.Fields(eventVerbs) {
		entry, cls := classOf(entry)
		base, s, past, part, ing := verbForms(entry)
		for _, f := range []struct {
			w    string
			flag wordFlags
		}{{base, wVerbBase}, {s, wVerbS}, {past, wVerbPast}, {part, wVerbPart}, {ing, wVerbIng}} {
			e := get(f.w)
			e.flags |= f.flag
			if e.lemma == "" {
				e.lemma, e.class = base, cls
			}
		}
	}
	get("born").flags |= wVerbPart
	get("born").lemma = "bear"
	for _, entry := range strings.Fields(phrasalVerbs) {
		verb, particle, _ := strings.Cut(entry, "+")
		base, s, past, part, ing := verbForms(verb)
		lemma := base + " " + particle
		for _, f := range []struct {
			w    string
			flag wordFlags
		}{{base, wVerbBase}, {s, wVerbS}, {past, wVerbPast}, {part, wVerbPart}, {ing, wVerbIng}} {
			lx.phrasal[f.w] = append(lx.phrasal[f.w], phrasal{particle: particle, lemma: lemma, flags: f.flag})
		}
	}
	for _, entry := range strings.Fields(eventNouns) {
		state := strings.HasPrefix(entry, "!")
		entry = strings.TrimPrefix(entry, "!")
		entry, cls := classOf(entry)
		noun, lemma, _ := strings.Cut(entry, ":")
		noun = strings.ReplaceAll(noun, "_", " ")
		if lemma == "" {
			lemma = noun
		}
		if a, b, two := strings.Cut(noun, " "); two {
			lx.bigrams[noun] = lemma
			lx.first[a] = true
			lx.nounCls[lemma] = cls
			lx.state[lemma] = state
			_ = b
			continue
		}
		for _, w := range []string{noun, plural(noun)} {
			e := get(w)
			e.flags |= wNoun
			if e.flags&(wVerbBase|wVerbS|wVerbPast|wVerbPart|wVerbIng) == 0 || e.lemma == "" {
				e.lemma = lemma
			}
			if cls != vPlain {
				e.class = cls
			}
			e.state = e.state || state
		}
	}
	for _, entry := range strings.Fields(reportingVerbs) {
		base, s, past, part, ing := verbForms(entry)
		for _, w := range []string{base, s, past, part, ing} {
			get(w).flags |= wReport
		}
	}
	get("according").flags |= wReport
	for _, fw := range functionWords {
		for _, w := range strings.Fields(fw.words) {
			get(w).flags |= fw.flags
		}
	}
	for w, r := range subordRel {
		get(w).rel = r
	}
	return lx
}

// plural returns the plural of a noun of the table.
func plural(n string) string {
	switch {
	case strings.HasSuffix(n, "s") || strings.HasSuffix(n, "sh") || strings.HasSuffix(n, "ch"):
		return n + "es"
	case strings.HasSuffix(n, "y") && len(n) > 1 && !strings.ContainsRune("aeiou", rune(n[len(n)-2])):
		return n[:len(n)-1] + "ies"
	}
	return n + "s"
}
