package entity

// functionWordTable holds the closed-class words of English (articles,
// pronouns, prepositions, conjunctions, auxiliaries and the like). A name
// never starts with one, even when the rest of it reads as a name ("The
// Met Office", "At Carrow Road").
const functionWordTable = `
a about above across after afterwards again against ago ahead all almost alone along already also
although always am among amongst an and another any anybody anyone anything anyway anywhere are
around as at away back be became because become becomes been before beforehand behind being below
beside besides between beyond both but by can cannot could did do does doing done down during each
either else elsewhere enough even ever every everybody everyone everything everywhere except few
for former formerly from further furthermore had has have having he hence her here hereby herein
hers herself him himself his how however i if in indeed instead into is it its itself just last
latter least less lest let like likely many may maybe me meanwhile might mine more moreover most
mostly much must my myself namely neither never nevertheless next no nobody none noone nor not
nothing now nowhere of off often on once one only onto or other others otherwise our ours
ourselves out over own per perhaps please quite rather really same several shall she should since
so some somebody somehow someone something sometime sometimes somewhere soon still such than that
the their theirs them themselves then thence there thereafter thereby therefore therein these they
this those though through throughout thus to together too toward towards under unless until up
upon us very via was we well were what whatever when whenever where whereas wherever whether which
while who whoever whole whom whose why will with within without would yet you your yours yourself
yourselves yes oh okay ok hello thanks thank
`

// commonWordTable holds frequent English words, lower case. A capitalised
// word at the start of a sentence or in a title-case headline that is one of
// them is read as that word, not as a name, unless the story gives other
// evidence (it appears as a name elsewhere, or a given name precedes it).
// The list gathers function words, numbers, days and months, and the most
// frequent nouns, verbs, adjectives and adverbs of English news prose, of
// the kind that frequency lists of general English corpora rank highest.
const commonWordTable = `
zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen
sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred
thousand million billion trillion first second third fourth fifth sixth seventh eighth ninth tenth
half dozen double triple single
monday tuesday wednesday thursday friday saturday sunday january february march april may june
july august september october november december today tomorrow yesterday tonight morning afternoon
evening night week weekend month year decade century spring summer autumn fall winter
according accept accepted access account accused across act action active activity actually add
added adding address administration admitted adult advance advice affair affected afford afraid
african age agency agenda agent agree agreed agreement aid aim air aircraft alert alive allow
allowed alternative amid amount analysis ancient angry animal announce announced announcement
annual answer anti appear appeal appeared apply approach approval approve approved area argue
argued argument arm armed army arrest arrested arrival arrive arrived art article artist asked
asking assault assembly asset assistance attack attacked attempt attend attention audience author
authority available average avoid award aware awareness baby background bad bag balance ball ban
band bank bar base based basic basis battle bear beat beautiful bed began begin beginning behaviour
behavior belief believe believed benefit best better big bigger biggest bill billion bird birth
bit black blame block blood blow blue board boat body bomb book border born borrow boss bottom
bought box boy brain branch brave break breaking brief briefly bright bring british broad broke
broken brother brought budget build building built burden business busy buy buyer call called
calling calm came camp campaign cancel cancer candidate cannot capacity capital captain car card
care career careful carry carried case cash cast catch caught cause caused cell centre center
central certain chain chair chairman challenge champion chance change changed changes channel
chapter character charge charged charity cheap check chief child children choice choose chose
church circle citizen city civil claim claimed class clean clear clearly climate close closed
closely club coach coalition coast code cold collapse colleague collect collection college colour
color combat come comes coming command comment comments commercial commission commit committee
common community company compare compared competition complete completely complex concern
concerned concerns condition conditions conference confidence confirm confirmed conflict congress
consider considered construction contact contain content contest continue continued contract
control controversial convicted cook cool cope copy core corner corporate correct cost costs
council count counter country county couple courage course court cover covered create created
creating credit crew crime criminal crisis critic critical criticism crowd crucial cry cultural
culture cup current currently customer cut cuts daily damage danger dangerous dark data date
daughter day days dead deal dealing death debate debt decide decided decision declared decline
deep defeat defence defense deficit define degree delay deliver delivered demand democracy
democratic department deputy describe described design despite detail details develop developed
development die died difference different difficult digital dinner direct direction director
discover discuss discussion disease dispute distance district divide division doctor document dog
dollar dollars domestic door doubt draft drama draw drew dream dress drink drive driver driving
drop dropped drug dry due earlier early earn east eastern easy eat economic economy edge edition
editor education effect effort eight elected election electric electricity element elite emergency
employee employer empty end ended energy enemy engine enjoy enter entire entirely environment
environmental equal equipment era error escape especially establish estate estimate estimated
european event events eventually evidence exactly examine example excellent exchange executive
exist existing expect expected expensive experience expert experts explain explained explosion
export express extend extra extreme eye face faced fact factor factory fail failed failure fair
faith fall fallen false familiar family famous fan far farm farmer fast father fear feature federal
fee feel feeling fell fellow felt female fewer field fight fighting figure figures file fill film
final finally finance financial find finding fine finish fire firm fiscal fish fit fix flat
flight floor flow fly focus follow followed following food foot football force forced foreign
forest forget form formal forward found foundation fourth free freedom fresh friend friends front
fuel full fully fund funding funds future gain game gap gas gave general generally generation
gentle get getting giant gift girl give given giving glass global go goal goals god going gold
golden gone good goods government governor grand grant great green grew ground group groups grow
growing growth guard guess guest guide guilty gun guy hair hall hand hands handle hang happen
happened happy hard hardly harm head headline health hear heard hearing heart heat heavy held help
helped helping high higher highest highly hill hire history hit hold holding hole holiday home
honest hope horse hospital host hot hotel hour hours house housing huge human hundreds hunt hurt
idea identify identity illegal image imagine immediate immediately impact import important impose
improve include included including income increase increased increasingly independent index
indian individual industrial industry inflation influence inform information initial injured
injury inner inquiry inside insist insisted instance institution insurance intelligence intend
interest interested interesting internal international internet interview introduce invest
investigation investment investor invite involved island issue issued issues item job jobs join
joined joint journey judge jump jury justice keep kept key kid kill killed killing kind king
kitchen knew know knowledge known labour labor lack lady land language large largely larger
largest late later latest launch launched law lawyer lay lead leader leaders leadership leading
league learn learned leave leaving led left legal length lesson letter level liberal lie life
light limit limited line link list listen little live lived lives living load loan local locate
location lock long longer look looked looking lose loss lost lot loud love low lower lucky lunch
machine made magazine main mainly maintain major majority make maker making male man manage
management manager manner march mark market marriage married mass massive match material matter
matters mayor meal mean meaning means measure measures meat media medical meet meeting member
members memory men mental mention merely message met method middle might mild military milk mind
minister minor minority minute minutes miss missing mission mistake mix mobile model modern moment
money month months mood moral mother motion move moved movement movie moving murder museum music
name named nation national natural nature near nearly necessary need needed needs negative neither
network new news newspaper nice nobody noise normal north northern note noted novel number numbers
nurse object obvious obviously occasion occur offer offered office officer officers official
officials oil old older online open opened opening operation opinion opponent opportunity
opposition option order ordinary organisation organization original outside overall owner pace
pack page paid pain paint pair palace panel paper parent parents park parliament part particular
particularly partner partners party pass passed passenger past path patient patients pattern pay
paying peace peak people percent perfect perform performance period permanent person personal
phone photo physical pick picture piece place placed plan plane planned planning plans plant play
played player players playing plenty plus pocket point police policy political politician
politics poll poor popular population port position positive possible post potential pound pounds
poverty power powerful practice prepare prepared presence present president press pressure pretty
prevent previous previously price prices pride primary prime prince principle print prior prison
prisoner private prize probably problem problems process produce product production profit
programme program project promise promised proper property proposal propose proposed prosecutor
protect protection protest proud prove provide provided province public publish published pull
pupil purchase purpose push put quality quarter queen question questions quick quickly quiet race
radio raise raised range rank rapid rare rate rates reach reached reaction read reader reading
ready real reality realise realize reason reasons receive received recent recently record records
recover red reduce reduced reform refuse refused region regional regular rejected relations
relationship release released relief remain remained remains remember remove rent repair repeat
replace report reported reporter reports represent republic request require required research
resident residents resign resolve resource resources respect respond response responsibility rest
restaurant result results return returned reveal revealed revenue review rich ride right rights
ring rise rising risk river road rock role room rose round route row royal rule rules ruling run
running rural safe safety said sale sales salt save saw say saying says scale scene scheme school
schools science scientist score sea search season seat second secret secretary section sector
security see seek seem seemed seen select sell send senior sense sent sentence separate series
serious serve service services session set settle several severe sex shape share shares sharp
shift ship shock shoot shop short shot show showed shown shows shut sick side sign signal signed
significant silence silver similar simple simply sing single sister sit site situation size skill
skin sky sleep slightly slow small smaller smart smile snow social society soft soldier soldiers
sole solution son song sort sound source sources south southern space speak speaker speaking
special species specific speech speed spend spending spent spirit split spoke spokesman
spokeswoman sport sports spot spread square staff stage stake stand standard standing star start
started starting state statement states station status stay steady steal step stock stone stood
stop stopped store storm story straight strange strategy street strength stress strike strong
strongly structure struggle student students study stuff style subject success successful suffer
suffered sugar suggest suggested summit sun supply support supported supporters suppose sure
surface surprise survey survive suspect suspected system table take taken taking talk talks tall
target task tax taxes tea teach teacher team technology telephone television tell telling tend
term terms terrible test text thank theatre theory thing things think thinking thought threat
threaten throw ticket tie tight till time times tiny title told tomorrow top total touch tough
tour tourist town track trade trading tradition traditional traffic train training transfer
transport travel treat treatment tree trial trip troops trouble true trust truth try trying turn
turned type typical unable uncle understand union unit united unity universal university unknown
upper urban urge urged use used useful user usual usually value various vehicle version victim
victims victory view village violence visit visitor vital voice vote voters votes wage wait walk
wall want wanted war warm warn warned warning wash watch water wave way ways weak wealth weapon
weapons wear weather website wedding weight welcome west western wet white wide wife wild win wind
window wing winner wish woman women won wonder wood word words work worked worker workers working
works world worried worry worse worst worth write writer writing written wrong wrote yard young
younger youth zone
whose would-be meanwhile nonetheless otherwise elsewhere overnight nearby further forward
breaking exclusive live update updates analysis opinion comment editorial watch read more key
events latest related see also next previous photo video image credit source sources editing
reporting writing additional contributed happened matters why how what where who when
congratulations sorry dear welcome goodbye
`
