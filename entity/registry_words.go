package entity

import "strings"

// The word lists of the registry matcher. They are data, kept apart from
// the code that reads them; options add to them.

// defaultTitles are the titles the matcher recognises before a person's
// name, one to a line, as "written form" or "written form = Title". The
// Title is what a Role gets; an abbreviation ending in a full stop also
// matches without it ("Gen Smith", British style).
const defaultTitles = `
President
Vice President
Vice-President
President-elect = President-elect
Prime Minister
Deputy Prime Minister
First Minister
Premier
Chancellor
Minister
Foreign Minister
Defence Minister
Defense Minister
Finance Minister
Interior Minister
Health Minister
Secretary
Secretary of State
Defense Secretary
Defence Secretary
Treasury Secretary
Home Secretary
Foreign Secretary
Press Secretary
Secretary-General
Secretary General
Attorney General
Senator
Sen. = Senator
Representative
Rep. = Representative
Congressman
Congresswoman
Governor
Gov. = Governor
Lieutenant Governor
Lt. Gov. = Lieutenant Governor
Mayor
Speaker
Ambassador
Envoy
Special Envoy
Special Counsel
Chief Justice
Justice
Judge
Prosecutor
District Attorney
General
Gen. = General
Lt. Gen. = Lieutenant General
Lieutenant General
Maj. Gen. = Major General
Major General
Brig. Gen. = Brigadier General
Admiral
Adm. = Admiral
Colonel
Col. = Colonel
Lt. Col. = Lieutenant Colonel
Major
Maj. = Major
Captain
Capt. = Captain
Lieutenant
Lt. = Lieutenant
Sergeant
Sgt. = Sergeant
Commander
Cmdr. = Commander
Field Marshal
Marshal
Commissioner
Inspector
Detective
Chief
Police Chief
Sheriff
Director
Chairman
Chairwoman
Chairperson
Chair
Chief Executive
Chief Executive Officer
CEO
Chief Financial Officer
CFO
Founder
Co-founder
Spokesman
Spokeswoman
Spokesperson
Coach
Head Coach
Manager
Professor
Prof. = Professor
King
Queen
Prince
Princess
Crown Prince
Emperor
Empress
Sheikh
Emir
Sultan
Pope
Cardinal
Archbishop
Bishop
Rabbi
Imam
Ayatollah
Supreme Leader
Rev. = Reverend
Reverend
Pastor
Leader
Opposition Leader
Lawmaker
Mr.
Mr = Mr.
Mrs.
Mrs = Mrs.
Ms.
Ms = Ms.
Miss
Mx.
Dr.
Dr = Dr.
Sir
Dame
Lord
Lady
`

// honorifics are the titles that are forms of address, not positions: they
// let a surname match, but give the person no Role.
var honorifics = map[string]bool{
	"Mr.": true, "Mrs.": true, "Ms.": true, "Miss": true, "Mx.": true,
	"Dr.": true, "Sir": true, "Dame": true, "Lord": true, "Lady": true,
}

// defaultCommonWords are English words that are also names ("Will", "May",
// "Rose", "Bill", "Apple"). A registry name of one such word matches only
// where the text capitalises it, and at the start of a sentence only after
// the entity was mentioned in full or after a title.
const defaultCommonWords = `
a about above after again against all also always am an and another any apple
april are area art as ask at august autumn away back bad bank bar bay be
bear bell belle best better big bill bird black blue bob bond book born both
bowl box boy brand bright brook brown buck bud build bush but buy by call
can cane cap car card carol case chance chase cherry child church city clay
clear cliff close coach cole cook cool corn could court cross crown cruz
dale dash date dawn day days dean deal dear did do does dole down drew
each early earl east easy eden eve even ever every faith fall far field
fields fine first fish fisher fleming flower ford forest fort fox frank free
friday from gap gate gay gene general gift glen gold golden good gore
grace grand grant gray great green grey grove guy had hall hand happy hard
harmony has have he heart heath her here hill his holly home hope house how
hunt hunter i if in iris is it ivy jack jade january jay jewel jordan joy
july june just keen key kind king lake lamb land lane last law le lee left
less lily line little long lord love low luck lucky made major man many
march mark marsh mars mason may me mercy meta might miles mill miller mint
miss moon more moss most much must my near never new next nice nick night
no north not now oak ocean of off old on one only or oracle other our out
over page park parker part pat peace pearl penny pierce pine pitt play plenty
poor pope post power price prince queen rain ray read reed rich ridge right
ring river road rob robin rock rod rose row royal ruby rush rusty sage
saint same sandy saturday say see shell ship short should show side silver
sky small smith snow so some south spring square stark state steel stone
story street strong sue summer sun sunday sunny swift tank target tea ted
than that the their them then there these they this those time to today
tom top towers trust tuesday up us very victory violet visa wade walker
wall ward warren was water way we well west white who why will win winter
wise with wolf wood woods word worth would wright yes young
`

// surnameParticles may begin a surname: "von der Leyen", "al-Assad".
var surnameParticles = map[string]bool{
	"al": true, "el": true, "bin": true, "ibn": true, "bint": true, "abu": true,
	"van": true, "von": true, "der": true, "den": true, "ter": true, "ten": true,
	"de": true, "del": true, "della": true, "dei": true, "di": true, "da": true,
	"das": true, "do": true, "dos": true, "du": true, "la": true, "le": true,
	"st": true, "mac": true,
}

// nameSuffixes end a person's name without being the surname.
var nameSuffixes = map[string]bool{
	"jr": true, "sr": true, "ii": true, "iii": true, "iv": true,
	"phd": true, "md": true, "esq": true, "obe": true, "mbe": true, "kbe": true,
}

// titleLine is one line of a title list: the form the text writes and the
// Title a Role gets.
type titleLine struct {
	form, title string
}

// parseTitles reads title lines as defaultTitles writes them.
func parseTitles(list string) []titleLine {
	var out []titleLine
	for line := range strings.Lines(list) {
		line = strings.TrimSpace(line)
		if line == "" {
			continue
		}
		form, title, ok := strings.Cut(line, "=")
		form = strings.TrimSpace(form)
		if ok {
			title = strings.TrimSpace(title)
		} else {
			title = form
		}
		out = append(out, titleLine{form: form, title: title})
	}
	return out
}
