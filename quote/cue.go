package quote

import (
	"strings"
	"sync"
)

// verb is one entry of the table of reporting verbs.
type verb struct {
	lemma string
	// clause reports whether the verb takes reported speech as a clause
	// ("said that …", "warned the plan …"), and so can start an indirect
	// quote; "called", "praised" or "accused" frame only marked words.
	clause bool
	// bare reports whether the clause may follow without "that"
	// ("said the plan …"); "mentioned a gift" is no report.
	bare bool
	// object reports whether the verb names its audience right after it
	// ("told Tucker Carlson", "assured investors").
	object bool
}

// reportingVerbs maps each written form of a reporting verb to its entry.
// Multi-word cues ("according to", "shot back", "pointed out") are matched
// by their first word in cueTail.
var reportingVerbs = map[string]verb{}

// cueTail lists the second word of the multi-word cues, keyed by the first
// word's form, with the lemma of the whole.
var cueTail = map[string]struct{ next, lemma string }{
	"according": {"to", "according to"},
	"shot":      {"back", "shoot back"},
	"shoots":    {"back", "shoot back"},
	"fired":     {"back", "fire back"},
	"fires":     {"back", "fire back"},
	"pointed":   {"out", "point out"},
	"points":    {"out", "point out"},
	"went":      {"on", "go on"},
	"goes":      {"on", "go on"},
}

// The table of reporting verbs: the lemma, then its forms (third person,
// past, participle, gerund where they differ), then flags: c takes a
// clause, b a bare clause, o names an audience.
var verbTable = []struct{ forms, flags string }{
	{"say says said saying", "cb"},
	{"tell tells told telling", "cbo"},
	{"add adds added adding", "cb"},
	{"write writes wrote written writing", "cb"},
	{"insist insists insisted insisting", "cb"},
	{"argue argues argued arguing", "cb"},
	{"warn warns warned warning", "cbo"},
	{"note notes noted noting", "c"},
	{"explain explains explained explaining", "c"},
	{"stress stresses stressed stressing", "c"},
	{"claim claims claimed claiming", "cb"},
	{"recall recalls recalled recalling", "c"},
	{"state states stated stating", "c"},
	{"announce announces announced announcing", "c"},
	{"declare declares declared declaring", "c"},
	{"assert asserts asserted asserting", "c"},
	{"admit admits admitted admitting", "cb"},
	{"acknowledge acknowledges acknowledged acknowledging", "c"},
	{"confirm confirms confirmed confirming", "c"},
	{"deny denies denied denying", "c"},
	{"reply replies replied replying", "c"},
	{"respond responds responded responding", "c"},
	{"answer answers answered answering", "c"},
	{"ask asks asked asking", "o"},
	{"testify testifies testified testifying", "cb"},
	{"tweet tweets tweeted tweeting", "c"},
	{"post posts posted posting", "c"},
	{"comment comments commented commenting", "c"},
	{"remark remarks remarked remarking", "c"},
	{"observe observes observed observing", "c"},
	{"suggest suggests suggested suggesting", "c"},
	{"predict predicts predicted predicting", "c"},
	{"promise promises promised promising", "co"},
	{"vow vows vowed vowing", "c"},
	{"pledge pledges pledged pledging", "c"},
	{"complain complains complained complaining", "c"},
	{"concede concedes conceded conceding", "c"},
	{"contend contends contended contending", "c"},
	{"maintain maintains maintained maintaining", "c"},
	{"report reports reported reporting", "c"},
	{"reveal reveals revealed revealing", "c"},
	{"disclose discloses disclosed disclosing", "c"},
	{"mention mentions mentioned mentioning", "c"},
	{"allege alleges alleged alleging", "c"},
	{"emphasize emphasizes emphasized emphasizing emphasise emphasises emphasised emphasising", "c"},
	{"reiterate reiterates reiterated reiterating", "c"},
	{"repeat repeats repeated repeating", "c"},
	{"affirm affirms affirmed affirming", "c"},
	{"assure assures assured assuring", "co"},
	{"reassure reassures reassured reassuring", "co"},
	{"inform informs informed informing", "co"},
	{"remind reminds reminded reminding", "co"},
	{"caution cautions cautioned cautioning", "co"},
	{"conclude concludes concluded concluding", "c"},
	{"estimate estimates estimated estimating", "c"},
	{"boast boasts boasted boasting", "c"},
	{"joke jokes joked joking", "c"},
	{"quip quips quipped quipping", ""},
	{"laugh laughs laughed laughing", ""},
	{"shout shouts shouted shouting", ""},
	{"yell yells yelled yelling", ""},
	{"cry cries cried crying", ""},
	{"whisper whispers whispered whispering", ""},
	{"mutter mutters muttered muttering", ""},
	{"scream screams screamed screaming", ""},
	{"sigh sighs sighed sighing", ""},
	{"snap snaps snapped snapping", ""},
	{"retort retorts retorted retorting", "c"},
	{"counter counters countered countering", "c"},
	{"continue continues continued continuing", ""},
	{"agree agrees agreed agreeing", "c"},
	{"signal signals signaled signalled signaling signalling", "c"},
	{"indicate indicates indicated indicating", "c"},
	{"hint hints hinted hinting", "c"},
	{"recount recounts recounted recounting", "c"},
	{"detail details detailed detailing", ""},
	{"describe describes described describing", ""},
	{"call calls called calling", ""},
	{"praise praises praised praising", ""},
	{"accuse accuses accused accusing", ""},
	{"blame blames blamed blaming", ""},
	{"criticize criticizes criticized criticizing criticise criticises criticised criticising", ""},
	{"thank thanks thanked thanking", ""},
	{"urge urges urged urging", ""},
	{"plead pleads pleaded pled pleading", ""},
	{"demand demands demanded demanding", ""},
	{"wonder wonders wondered wondering", ""},
	{"begin begins began begun beginning", ""},
	{"proclaim proclaims proclaimed proclaiming", "c"},
	{"advise advises advised advising", "co"},
	{"tease teases teased teasing", ""},
	{"exclaim exclaims exclaimed exclaiming", ""},
}

// pronounGender gives the gender of a third-person pronoun.
var pronounGender = map[string]byte{"he": 'm', "she": 'f', "him": 'm', "her": 'f'}

// cueWords holds every word that may start a cue, for a quick test.
var cueWords = map[string]bool{}

// maxCueLen is the length of the longest word of cueWords.
var maxCueLen int

// cueEnds holds the first and last bytes of the words of cueWords, a quick
// test that most words fail.
var cueEnds = make([]bool, 256*256)

func init() {
	for _, v := range verbTable {
		forms := strings.Fields(v.forms)
		e := verb{lemma: forms[0],
			clause: strings.Contains(v.flags, "c"),
			bare:   strings.Contains(v.flags, "b"),
			object: strings.Contains(v.flags, "o")}
		for _, f := range forms {
			reportingVerbs[f] = e
			cueWords[f] = true
			cueEnds[int(f[0])<<8|int(f[len(f)-1])] = true
			maxCueLen = max(maxCueLen, len(f))
		}
	}
	for w := range cueTail {
		cueWords[w] = true
		cueEnds[int(w[0])<<8|int(w[len(w)-1])] = true
		maxCueLen = max(maxCueLen, len(w))
	}
}

// ReportingVerbs returns the lemmas of the reporting verbs that Find knows,
// in the order of its table; multi-word cues come last.
func ReportingVerbs() []string {
	out := make([]string, 0, len(verbTable)+len(cueTail))
	for _, v := range verbTable {
		lemma, _, _ := strings.Cut(v.forms, " ")
		out = append(out, lemma)
	}
	seen := map[string]bool{}
	for _, k := range []string{"according", "shot", "fired", "pointed", "went"} {
		if l := cueTail[k].lemma; !seen[l] {
			seen[l] = true
			out = append(out, l)
		}
	}
	return out
}

// settings maps the nouns of an adjunct ("in an interview", "in a
// statement", "on social media") to the Setting they give.
var settings = map[string]string{
	"interview": "interview", "interviews": "interview", "podcast": "interview",
	"statement": "statement", "statements": "statement", "release": "statement",
	"speech": "speech", "address": "speech", "remarks": "speech",
	"rally":      "rally",
	"conference": "press-conference", "briefing": "press-conference", "presser": "press-conference",
	"post": "social-media", "tweet": "social-media", "media": "social-media",
	"x": "social-media", "twitter": "social-media", "instagram": "social-media",
	"facebook": "social-media", "tiktok": "social-media", "threads": "social-media",
	"bluesky": "social-media", "telegram": "social-media", "linkedin": "social-media",
	"youtube": "social-media",
	"email":   "email", "e-mail": "email", "letter": "letter", "memo": "memo",
	"book": "book", "memoir": "book", "op-ed": "op-ed", "column": "op-ed", "essay": "op-ed",
	"court": "court", "testimony": "testimony", "hearing": "hearing",
	"radio": "radio", "television": "television", "broadcast": "broadcast",
	"call": "call", "debate": "debate", "sermon": "sermon", "lecture": "lecture",
}

// settingOfVerb gives a setting that a verb implies on its own.
var settingOfVerb = map[string]string{
	"tweet": "social-media", "post": "social-media", "testify": "testimony",
}

// humanNouns are nouns that can head a description of a speaker: "a
// Kremlin spokesperson", "officials", "the envoy", "her son". The byte is
// the gender they imply ('m', 'f', or 0), and plural ones are marked 'p'.
var humanNouns = map[string]byte{}

// orgNouns head descriptions of organisations: "the company", "the port
// authority", "the ministry".
var orgNouns = set("company companies firm authority ministry department government agency union council committee board court police party parliament congress senate administration office embassy commission bank group club team operator association federation chamber army military navy prosecutors regulator regulators commission institute university hospital school district campaign kremlin pentagon white-house cabinet foundation coalition airline carrier network newspaper paper channel station league organization organisation opposition")

func init() {
	for _, w := range strings.Fields(`spokesperson spokespeople:p head supervisor boss coworker co-worker employer staffer assistant guard detective constable trooper lieutenant sergeant colonel major admiral governor-general mayor-elect chancellor prosecutor jury:p crowd:p audience:p press reporters:p journalists:p spokesman:m spokeswoman:f
official officials:p officer officers:p source sources:p aide aides:p adviser advisers:p advisor advisors:p
analyst analysts:p expert experts:p witness witnesses:p resident residents:p lawyer lawyers:p attorney attorneys:p
diplomat diplomats:p minister ministers:p secretary president prime chancellor envoy ambassador senator
governor mayor commissioner director directors:p chief executive executives:p chairman:m chairwoman:f chair
captain coach manager player players:p striker goalkeeper judge prosecutor prosecutors:p officer general
king:m queen:f prince:m princess:f pope:m bishop priest professor scientist scientists:p economist economists:p
researcher researchers:p doctor doctors:p nurse nurses:p teacher teachers:p principal founder owner ceo cfo
leader leaders:p candidate defendant plaintiff victim victims:p son:m daughter:f mother:f father:m wife:f
husband:m brother:m sister:f niece:f nephew:m uncle:m aunt:f cousin grandmother:f grandfather:m friend
friends:p neighbor neighbour neighbors:p neighbours:p colleague colleagues:p partner host reporter journalist
editor actor actress:f singer musician pianist trumpeter artist writer author farmer farmers:p worker workers:p
employee employees:p student students:p parent parents:p voter voters:p protester protesters:p demonstrators:p
activist activists:p critic critics:p supporter supporters:p fan fans:p member members:p lawmaker lawmakers:p
legislator legislators:p representative representatives:p negotiator negotiators:p investigator investigators:p
controller controllers:p engineer engineers:p commander commanders:p soldier soldiers:p survivor survivors:p
passenger passengers:p commuter commuters:p businesses:p retailers:p shopkeeper interviewer moderator
spokespersons:p insider insiders:p observer observers:p historian clerk sheriff deputy inspector
superintendent headteacher agent agents:p broker trader traders:p banker bankers:p investor
investors:p owner owners:p landlord tenant tenants:p chef pilot driver drivers:p ranger firefighter
firefighters:p paramedic medic surgeon physician therapist psychologist pastor rabbi imam cleric vicar
archbishop cardinal chaplain emir sheikh premier mp mps:p councillor councilor councillors:p councilors:p
secretary-general vice-president deputies:p delegate delegates:p referee umpire batsman bowler jockey rider
swimmer athlete athletes:p boxer fighter runner`) {
		name, g, _ := strings.Cut(w, ":")
		var b byte
		if g != "" {
			b = g[0]
		}
		humanNouns[name] = b
	}
}

// titleWords may stand before a name as a title ("Mayor Tom Reyes",
// "special envoy Steve Witkoff") besides the human nouns.
var titleWords = set("mr mrs ms miss dr sir dame lord lady sen rep gov gen col lt sgt capt prof rev fr st mx supt insp det cmdr adm maj cpl pvt hon justice")

// titleGender gives the gender an honorific implies.
var titleGender = map[string]byte{"mr": 'm', "mrs": 'f', "ms": 'f', "miss": 'f', "sir": 'm', "dame": 'f', "lord": 'm', "lady": 'f', "mx": 0}

// determiners open a description ("a Kremlin spokesperson", "two
// officials", "the union's general secretary").
var determiners = set("a an the one two three four five several some many other another its their his her our my your this that these those few dozens hundreds")

// speechPronouns are the third-person pronouns a cue resolves.
var thirdPronouns = set("he she they it")

// clauseStarts may begin a reported clause that has no "that".
var clauseStarts = set("he she it they we i you there the a an this that these those his her its their our my your no some every all most many several one two three four five six seven eight nine ten any each both neither nobody everyone someone no-one none")

// stopAfterVerb are words after a reporting verb that begin no clause.
var stopAfterVerb = set("on in at during after before outside inside from via through with without to for by of about over under last this next yesterday today tonight tomorrow earlier later recently previously then again also so nothing something anything goodbye hello yes thanks sorry as when while if whether why how what where who which later afterwards separately privately publicly repeatedly once twice")

// adverbs may stand between a speaker and the verb ("Harlow also said",
// "he has said").
var adverbs = set("also later then again previously earlier separately repeatedly quickly simply only once has have had was were is are just further flatly publicly privately bluntly firmly angrily recently subsequently initially originally")

// negators before a verb deny the report ("has not said", "declined to
// say").
var negators = set("not never declined refused didn't didn’t won't won’t wouldn't wouldn’t doesn't doesn’t don't don’t cannot can't can’t no to will would could should might may must shall")

// questionWords after a verb make a reported question, not a statement.
var questionWords = set("whether why if how what when where who which whom")

// relatives before a speaker make a relative clause ("which he said").
var relatives = set("which that what whom whose where when how as")

// orgTails end names of organisations ("Free Voters Party", "Hollis & Ward
// Inc").
var orgTails = set("inc ltd llc plc corp co company corporation group union association federation council party ministry department agency authority committee commission board bank university college institute society foundation fund trust club fc united rovers city partners systems aerospace press times post news radio tv network league court police service services")

// givenNames maps common given names to a gender, for pronouns.
var givenNames = map[string]byte{}

func init() {
	for _, n := range strings.Fields(`aaron adam adrian ahmed alan albert alex alexander ali andre andrew andrei angelo anthony antonio arthur ben benjamin bernard bill bob boris brad brandon brian bruce carl carlos charles chris christopher colin daniel dan dario darren david dennis derek dmitry doug douglas edward emmanuel eric erik felipe francis francisco frank fred gary george gerald glen glenn gordon greg gregory hans harry henry hugo ian igor ivan jack jacob james jamie jason jean jeff jeffrey jens jim joe joel johan john jonas jonathan jorge jose joseph juan karl keir kevin kai klaus lars larry leo leonard liam luis luca lucas marc marco marcus mario mark martin matt matthew max michael miguel mike mohammed muhammad nathan neil nicholas nick nigel oleg oliver omar oscar owen pablo patrick paul pedro peter philip pierre rafael ray raymond richard rick robert roberto roger ronald ryan sam samuel scott sean sergei simon stefan stephen steve steven stuart ted thomas tim timothy tom tomasz tony uwe victor vincent vladimir walter wayne william xi yuri zach`) {
		givenNames[n] = 'm'
	}
	for _, n := range strings.Fields(`agnes alice alicia amanda amy ana andrea angela angelina ann anna anne barbara betty brenda carla carmen carol caroline catherine charlotte chloe christina christine claire clara claudia cynthia daniela deborah denise diana donna dorothy elaine elena elizabeth ella ellen emily emma eva evelyn fatima francesca gabriela gloria grace hannah helen helena ingrid irene isabel jane janet jennifer jessica joan joanna julia julie karen katherine kathleen katrin katie kate laura lauren lena linda lisa louise lucy lydia margaret maria marie marina marta mary maya megan melissa mia michelle monica nadia nancy natalia natasha nicole nina olga olivia pamela patricia paula petra priya rachel rebecca rita rosa rose ruth sandra sara sarah sharon sofia sophia sophie stephanie susan svetlana tanya teresa tina ursula valentina valerie victoria wendy yulia zoe`) {
		givenNames[n] = 'f'
	}
}

// knownWords returns every word of the tables, each mapped to itself, so
// that a capitalised word can be lowered without allocating.
var knownWords = sync.OnceValue(func() map[string]string {
	m := map[string]string{}
	add := func(w string) { m[w] = w }
	for _, t := range []map[string]bool{cueWords, orgNouns, titleWords, determiners, thirdPronouns, clauseStarts,
		stopAfterVerb, adverbs, negators, questionWords, relatives, orgTails, abbrevs, tailStarts, functionWords,
		particles, genericOrgs, preps} {
		for w := range t {
			add(w)
		}
	}
	for w := range humanNouns {
		add(w)
		add(w + "s")
	}
	for _, t := range []map[string]bool{titleWords, abbrevs} {
		for w := range t {
			add(w + ".") // "Sen.", "Dr."
		}
	}
	for w := range settings {
		add(w)
	}
	for w := range reportingVerbs {
		add(w)
	}
	for _, w := range []string{"i", "we", "you", "me", "us", "him", "them", "who", "mps", "jurors", "according"} {
		add(w)
	}
	return m
})

func set(words string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(words) {
		m[w] = true
	}
	return m
}
