package entity

// Word lists that discovery reads names with. Each is white-space separated
// and parsed once (see lexicon). Multi-word entries join their words with
// "_".

// honorificTable: words that stand before a name and are never part of it.
const honorificTable = `
Mr Mr. Mrs Mrs. Ms Ms. Miss Mx Dr Dr. Prof Prof. Sir Dame Lord Lady Rev Rev. Reverend Fr Fr.
Sen Sen. Rep Rep. Gov Gov. Lt Lt. Col Col. Gen Gen. Sgt Sgt. Capt Capt. Cmdr Cmdr. Adm Adm.
Maj Maj. Cpl Cpl. Pvt Pvt. Supt Supt. Insp Insp. Det Det. Hon Hon. Msgr Msgr. Pres Pres.
Herr Frau Monsieur Madame Mme Mlle Señor Señora Don Doña Signor Signora Sheikh Sheikha Mrs.
`

// titleTable: positions written before a name ("President Putin", "Judge
// Patricia Wade"), capitalised or not; the name follows them.
const titleTable = `
president vice_president prime_minister premier chancellor minister secretary governor senator
representative congressman congresswoman speaker leader mayor deputy judge justice magistrate
prosecutor attorney commissioner inspector detective constable sergeant superintendent officer
commander captain lieutenant colonel major general admiral marshal brigadier corporal private
ambassador envoy consul chairman chairwoman chair director spokesman spokeswoman spokesperson
king queen prince princess emperor empress duke duchess count countess baron baroness sultan emir
crown_prince ayatollah mufti patriarch pope cardinal archbishop bishop rabbi imam pastor father
sister brother professor coach manager dean rector provost principal headteacher headmaster
sheriff treasurer comptroller auditor chief councillor councilor councilman councilwoman alderman
assemblyman assemblywoman assemblymember delegate secretary-general attorney-general president-elect
vice-president vice-chancellor first_minister chief_executive chief_minister lord_chancellor
dr doctor nurse architect analyst engineer engineers economist scientist researcher pediatrician
physician surgeon author novelist singer actor actress artist founder co-founder partner
correspondent reporter editor columnist presenter host anchor meteorologist glaciologist
geochemist epidemiologist historian adviser advisor aide negotiator chef designer photographer
comedian musician pianist composer conductor producer filmmaker striker midfielder defender
goalkeeper winger forward referee umpire trainer jockey driver rider skipper
`

// titleModifierTable: words that can stand between a title's first word
// and the name, or before the title ("Interior Minister", "Senate
// Majority Leader", "Chief Secretary"). They are stripped with the title.
const titleModifierTable = `
economy economic interior foreign defence defense finance financial health environment home
justice education transport transportation trade energy culture labour labor agriculture housing
state deputy vice acting former chief senior executive special assistant associate general
managing majority minority shadow junior principal permanent security intelligence police fire
district county federal national regional local supreme appeals high detective press
communications digital science technology industry business sport sports veterans immigration
climate development women equalities first grand lead head interim outgoing incoming then late
team club assistant deputy caretaker
`

// roleNounTable: lower-case nouns that, just before a capitalised name,
// tell that it names a person ("special envoy Steve Witkoff", "the
// architect Margarethe Lindqvist").
const roleNounTable = `
envoy executive director minister secretary spokesperson spokesman spokeswoman coach manager
captain striker midfielder defender goalkeeper winger forward player author writer novelist poet
singer rapper actor actress producer filmmaker artist painter sculptor architect engineer engineers
scientist scientists researcher researchers professor economist analyst analysts strategist
investor banker lawyer attorney prosecutor judge magistrate detective officer inspector sergeant
commissioner pediatrician paediatrician physician doctor surgeon nurse epidemiologist glaciologist
geochemist modeller modeler hydrologist meteorologist historian journalist reporter correspondent
editor columnist presenter host anchor commentator chairman chairwoman chair president founder
co-founder partner owner ceo entrepreneur billionaire businessman businesswoman activist campaigner
lawmaker legislator senator congressman congresswoman governor mayor councillor councilor
councilman councilwoman mp mep deputy ambassador diplomat negotiator adviser advisor aide official
leader premier candidate nominee challenger incumbent rival opponent teammate colleague son
daughter wife husband brother sister mother father grandson granddaughter grandmother grandfather
niece nephew uncle aunt cousin friend widow widower partner priest pastor bishop rabbi imam cardinal
pope king queen prince princess emperor general colonel commander admiral soldier pilot astronaut
chef designer photographer comedian dancer musician guitarist drummer pianist conductor composer
student teacher principal headteacher dean lecturer fellow farmer landlord witness victim suspect
defendant plaintiff claimant counsel barrister solicitor referee umpire boxer fighter runner
cyclist swimmer golfer jockey trainer driver rider skier champion veteran chancellor treasurer
sheriff constable superintendent agent blogger influencer podcaster reader cleric scholar academic
expert specialist consultant therapist psychologist psychiatrist dentist paramedic firefighter
lifeguard trader broker accountant clerk assistant volunteer organiser organizer curator librarian
playwright screenwriter hydrologist ecologist biologist chemist physicist geologist mathematician
astronomer climatologist volcanologist virologist immunologist oncologist cardiologist neurologist
psychologist sociologist anthropologist archaeologist linguist philosopher theologian pollster
spokesperson ex-wife ex-husband girlfriend boyfriend fiancé fiancée stepson stepdaughter
`

// orgCueTable: lower-case nouns that, just before a name or in an
// apposition after it ("the newspaper El Mercurio"; "Codelco, the state
// copper miner,"), tell that it names an organization.
const orgCueTable = `
company companies firm firms group groups maker makers manufacturer retailer chain bank banks lender
insurer carrier airline airlines operator broadcaster broadcasters newspaper newspapers magazine
journal tabloid daily weekly agency agencies network channel website platform start-up startup
giant conglomerate fund miner explorer developer publisher label studio studios club clubs team
teams side party parties union unions charity foundation organisation organization body regulator
watchdog ministry department council committee court university school college institute thinktank
think-tank association federation league band consortium supplier distributor brand utility exchange
outlet service provider producer refiner automaker carmaker chipmaker drugmaker shipbuilder
shipper hub subsidiary unit venture broker brokerage house government administration police army
navy militia rival rivals owner partner investor buyer seller
`

// placeCueTable: lower-case nouns that, before "of" and a name ("the
// island of Jeju", "a district of Brussels") or just before a name ("the
// city Kharkiv"), tell that it names a place.
const placeCueTable = `
city cities town towns village villages district districts county counties province provinces
state states region regions island islands port ports capital suburb suburbs neighbourhood
neighborhood area areas country countries nation kingdom republic coast shore shores banks bank
river lake mountain mountains valley desert peninsula borough municipality parish territory
territories enclave exclave oblast prefecture department commune canton emirate
north south east west north-east north-west south-east south-west northeast northwest southeast
southwest outskirts centre center heart edge outside
`

// placePrepTable: prepositions after which an unknown capitalised name is
// more likely a place ("in Molenbeek", "near Kangerlussuaq").
const placePrepTable = `
in at near from to into across outside around throughout toward towards via through within off
across inside beyond
`

// orgSuffixTable: last words (and abbreviations) that make a name an
// organization ("Harlow Foods Inc.", "Labour Party", "Leeds United").
const orgSuffixTable = `
Inc Inc. Incorporated Corp Corp. Corporation Co Co. Company Cos. Ltd Ltd. Limited LLC L.L.C. LLP
LP L.P. PLC plc Plc AG SA S.A. SE NV N.V. BV B.V. GmbH KG AB ASA A/S Oyj SpA S.p.A. SAS SRL Pty
Bhd Tbk KK Group Holdings Holding Partners Capital Ventures Investments Investment Management
Advisors Associates Bank Bancorp Trust Insurance Assurance Financial Securities Fund Funds
University College School Academy Institute Institution Laboratory Laboratories Lab Labs Society
Association Federation Union League Council Committee Commission Board Authority Agency Bureau
Office Ministry Department Directorate Service Services Administration Assembly Parliament Senate
Congress Court Tribunal Police Constabulary Army Navy Force Forces Guard Corps Brigade Regiment
Party Movement Alliance Front Coalition Foundation Trust Fund Charity Center Centre Clinic
Hospital Museum Gallery Library Orchestra Theatre Theater Opera Ballet Choir Band
Times Post Journal Herald Tribune Gazette Telegraph Guardian Observer Chronicle Courier Express
News Press Media Television TV Radio Broadcasting Network Networks Channel Magazine Review
FC F.C. AFC CF SC United Rovers Wanderers Athletic Albion Hotspur Rangers Celtic Villa Wednesday
Airlines Airways Air Railway Railways Rail Ferries Lines Shipping Logistics Motors Motor Automotive
Energy Oil Gas Petroleum Power Electric Utilities Mining Minerals Metals Steel Chemicals
Pharmaceuticals Pharma Therapeutics Biotech Biosciences Health Healthcare Medical Foods Food
Beverages Brewing Brewery Breweries Products Industries Industrial Manufacturing Technologies
Technology Systems Software Solutions Networks Electronics Semiconductor Semiconductors Photonics
Robotics Devices Instruments Communications Telecom Telecommunications Entertainment Studios
Pictures Films Records Games Publishing Publishers Books Homes Properties Realty Estates
Construction Engineering Consulting Diamonds Jewellers Jewelers Stores Supermarkets Retail
Brands Apparel Fashion Cosmetics Hotels Resorts Restaurants Agency Exchange Club Institute
Cooperative Co-operative Syndicate Consortium Conglomerate Enterprises Enterprise Organisation
Organization Secretariat Inspectorate Ombudsman Registry Observatory Council
`

// orgHeadTable: first words of organization names that take "of", "for"
// or "on" ("University of Ibadan", "Office for National Statistics").
const orgHeadTable = `
University College School Academy Institute Bank Ministry Department Office Council Committee
Commission Board Authority Agency Bureau Federation Association Society Union League Centre Center
Centers Centres Court Museum Church Order Party Federal National Royal Organisation Organization
Panel Fund Foundation Corporation Assembly House Chamber Secretariat Service Services Directorate
Administration Conference Forum Alliance Coalition Movement Front Congress Parliament Senate
Council Cabinet Institute Institution Observatory Library Hospital Sisters Brothers Friends
Knights Daughters Sons Campaign Bureau Tribunal Inspectorate Chancellery Court
`

// placeSuffixTable: last words that make a name a place ("Salem Avenue",
// "Gaines County", "Ewood Park", "Dead Sea").
const placeSuffixTable = `
Street St St. Avenue Ave Ave. Road Rd Rd. Boulevard Blvd Lane Way Drive Square Place Plaza
Terrace Crescent Row Parkway Highway Freeway Motorway Bridge Tunnel Station Airport Port
Harbour Harbor Park Stadium Arena Field Ground Gardens Garden Hall Palace Castle Tower Towers
Cathedral Abbey Chapel Church Mosque Temple Synagogue Building Centre Center Mall Market Jail Prison
River Lake Sea Ocean Bay Gulf Strait Straits Channel Canal Creek Falls Island Islands Isle Isles
Peninsula Cape Coast Beach Valley Canyon Mountain Mountains Mount Mt Mt. Hill Hills Heights Ridge
Peak Glacier Forest Woods Desert Plain Plains Delta Basin Reef Springs County Province Region
District Borough Township Parish Prefecture Oblast Governorate State Territory Territories City
Town Village Heath Moor Common Green Marsh Fen Dale Vale Wharf Quay Pier Dock Docks
straat strasse straße platz weg gasse laan gracht plein rue calle avenida
`

// placeHeadTable: first words of place names ("Mount Everest", "Lake
// Geneva", "Gulf of Mexico", "Isle of Man", "Port Harcourt").
const placeHeadTable = `
Mount Mt Mt. Lake Gulf Bay Isle Island Cape Port Fort Ft. Point Sierra Rio Río Costa Lago Monte
San Santa São Sankt St St. Saint Strait Sea River Province County
`

// eventCueTable: words that make a capitalised sequence a named event, not
// an organization or place ("Storm Ciarán", "Paris Olympics", "World Cup").
const eventCueTable = `
War Wars Revolution Uprising Rebellion Crisis Olympics Olympic Games Cup Championships Open
Festival Fest Summit Conference Expo Fair Awards Award Prize Oscars Grammys Emmys Marathon Tour
Grand_Prix Storm Hurricane Typhoon Cyclone Tropical_Storm Massacre Attack Attacks Bombing Treaty
Accord Accords Agreement Act Bill Convention Protocol Declaration Plan Pact Doctrine Initiative
Election Elections Referendum Primary Primaries Caucus Debate Trial Inquiry Day Week Month Year
Eve Christmas Easter Ramadan Eid Diwali Hanukkah Thanksgiving Halloween Pride Derby Classic Series
Bowl Season League_Cup Shield Trophy Medal Lion Bear Palme Globe Globes
`

// nonNameCapsTable: acronyms and capitalised words that are not names of
// entities in news text (units, time zones, common abbreviations).
const nonNameCapsTable = `
AI DNA RNA GMT BST CET CEST EST EDT PST PDT UTC CST CDT MST MDT IST JST AEST KC QC MP MPs MEP MEPs
CEO CEOs CFO COO CTO GDP GNP CPI PMI VAT IPO IPOs LNG EV EVs TV PC PCs OK AM PM A.M. P.M. ID IDs
HIV AIDS COVID COVID-19 Covid Covid-19 SARS MRI ICU ER PhD MBA BA BSc MSc MD OBE MBE CBE KBE DBE
FAQ PDF URL USB GPS SUV SUVs ATM ATMs API APIs VPN CD CDs DVD DVDs HD UHD LED LCD RAM CPU GPU GPUs
FY Q1 Q2 Q3 Q4 H1 H2 YoY MoM ESG AGM EGM LGBT LGBTQ LGBTQ+ Jr Jr. Sr Sr. II III IV VI VII VIII
IX XI XII RIP PS NB AKA aka mph km kg kph mm cm MW GW kW kWh GWh TWh bn m BBL
I I'm I'll I've I'd
`

// knownOrgTable lists organizations that news names often, each line
// name | other names and abbreviations. It holds international bodies,
// central banks, major government bodies of the United States, the United
// Kingdom and the European Union, news agencies and large broadcasters and
// newspapers, the largest companies by revenue or market value (Fortune
// Global 500 and the largest technology companies), and sports bodies.
const knownOrgTable = `
United Nations|UN;U.N.
UN Security Council|Security Council
UN General Assembly|General Assembly
World Health Organization|WHO
World Bank|
International Monetary Fund|IMF
World Trade Organization|WTO
International Atomic Energy Agency|IAEA
International Criminal Court|ICC
International Court of Justice|ICJ
International Labour Organization|ILO
UNICEF|
UNESCO|
UNHCR|
World Food Programme|WFP
Red Cross|International Committee of the Red Cross;ICRC
Red Crescent|
Amnesty International|Amnesty
Human Rights Watch|
Doctors Without Borders|Médecins Sans Frontières;MSF
Greenpeace|
Oxfam|
NATO|North Atlantic Treaty Organization;Nato
European Union|EU;E.U.
European Commission|Commission
European Parliament|
European Council|
Council of the European Union|
European Central Bank|ECB
European Investment Bank|EIB
European Court of Justice|ECJ
European Court of Human Rights|
European Space Agency|ESA
European Medicines Agency|EMA
Europol|
Eurojust|
Frontex|
Eurostat|
Council of Europe|
OSCE|Organization for Security and Co-operation in Europe
OECD|Organisation for Economic Co-operation and Development
OPEC|Organization of the Petroleum Exporting Countries;OPEC+
G7|Group of Seven
G20|Group of 20
African Union|AU
Arab League|
ASEAN|Association of Southeast Asian Nations
Gulf Cooperation Council|GCC
BRICS|
Mercosur|
Hamas|
Hezbollah|
Taliban|
Islamic State|ISIS;ISIL
al-Qaeda|al Qaeda;Al Qaeda;Al-Qaeda
Houthis|
Wagner Group|Wagner
Kremlin|
White House|
Pentagon|
Downing Street|Number 10;No 10
Élysée|Elysee;Élysée Palace
Congress|U.S. Congress
Senate|U.S. Senate
House of Representatives|House
Supreme Court|U.S. Supreme Court
Federal Reserve|Fed
State Department|
Department of Defense|Defense Department
Department of Justice|Justice Department;DOJ
Department of Homeland Security|Homeland Security;DHS
Department of Health and Human Services|HHS
Treasury|Treasury Department;HM Treasury
FBI|Federal Bureau of Investigation
CIA|Central Intelligence Agency
NSA|National Security Agency
NASA|
Centers for Disease Control and Prevention|CDC
Food and Drug Administration|FDA
Environmental Protection Agency|EPA
Securities and Exchange Commission|SEC
Federal Trade Commission|FTC
Federal Communications Commission|FCC
Federal Aviation Administration|FAA
National Transportation Safety Board|NTSB
Internal Revenue Service|IRS
Immigration and Customs Enforcement|ICE
Customs and Border Protection|CBP
Border Patrol|U.S. Border Patrol
Secret Service|
National Guard|
National Science Foundation|NSF
National Institutes of Health|NIH
National Weather Service|
National Hurricane Center|
U.S. Geological Survey|USGS
Census Bureau|
Republican Party|GOP;Republican National Committee;RNC
Democratic Party|Democratic National Committee;DNC
Parliament|
House of Commons|Commons
House of Lords|Lords
Home Office|
Foreign Office|Foreign, Commonwealth and Development Office;FCDO
Ministry of Defence|MoD
Bank of England|
Office for National Statistics|ONS
Office for Budget Responsibility|OBR
Institute for Fiscal Studies|IFS
National Health Service|NHS
Met Office|
Metropolitan Police|Met Police;Scotland Yard
Crown Prosecution Service|CPS
Serious Fraud Office|SFO
Environment Agency|
Ofcom|
Ofgem|
Ofsted|
Financial Conduct Authority|FCA
Competition and Markets Authority|CMA
Conservative Party|Conservatives;Tories;Tory Party
Labour Party|Labour
Liberal Democrats|Lib Dems
Scottish National Party|SNP
Reform UK|
Bundestag|
Bundesbank|
Bundeswehr|
Duma|State Duma
Knesset|
Rosatom|
Gazprom|
Rosneft|
Lukoil|
Sberbank|
FSB|
Reuters|Thomson Reuters
Associated Press|AP
Agence France-Presse|AFP
Bloomberg|Bloomberg News
BBC|British Broadcasting Corporation
CNN|
Fox News|
NBC|NBC News
CBS|CBS News
ABC|ABC News
NPR|
PBS|
MSNBC|
Sky News|
ITV|
Channel 4|
Al Jazeera|
Deutsche Welle|DW
Xinhua|
TASS|
RIA Novosti|
Interfax|
Yonhap|
Kyodo|
Dow Jones|
New York Times|The New York Times
Washington Post|The Washington Post
Wall Street Journal|WSJ;The Wall Street Journal
Financial Times|FT
The Economist|Economist
The Guardian|
The Times|
Daily Mail|
Le Monde|
Der Spiegel|Spiegel
El País|
Politico|
Axios|
Apple|Apple Inc.
Microsoft|
Alphabet|
Google|
Amazon|Amazon.com
Meta|Meta Platforms
Facebook|
Instagram|
WhatsApp|
YouTube|
Netflix|
Nvidia|
Intel|
AMD|Advanced Micro Devices
Qualcomm|
Broadcom|
Tesla|
SpaceX|
OpenAI|
Anthropic|
IBM|
Oracle|
Salesforce|
Adobe|
Cisco|
Samsung|Samsung Electronics
Sony|
Huawei|
Xiaomi|
Alibaba|
Tencent|
ByteDance|
TikTok|
Baidu|
TSMC|Taiwan Semiconductor Manufacturing Co.;Taiwan Semiconductor Manufacturing Company
ASML|
SAP|
Siemens|
Volkswagen|VW
BMW|
Mercedes-Benz|Daimler
Toyota|
Honda|
Nissan|
Hyundai|
Ford|Ford Motor
General Motors|GM
Stellantis|
Renault|
Boeing|
Airbus|
Lockheed Martin|
Raytheon|RTX
General Electric|GE
General Dynamics|
General Mills|
Procter & Gamble|P&G
Unilever|
Nestlé|Nestle
PepsiCo|
Coca-Cola|
McDonald's|
Starbucks|
Walmart|
Costco|
Target|
Kroger|
Tesco|
Sainsbury's|
Carrefour|
Aldi|
Lidl|
IKEA|
H&M|
Zara|Inditex
LVMH|
Nike|
Adidas|
Disney|Walt Disney;Walt Disney Co.
Warner Bros. Discovery|Warner Bros.
Comcast|
Verizon|
AT&T|
Vodafone|
Deutsche Telekom|
Orange|
ExxonMobil|Exxon Mobil;Exxon
Chevron|
Shell|
BP|
TotalEnergies|Total
Saudi Aramco|Aramco
Equinor|
Eni|
Glencore|
Rio Tinto|
BHP|
Vale|
Codelco|
ArcelorMittal|
JPMorgan Chase|JPMorgan;JP Morgan
Goldman Sachs|
Morgan Stanley|
Bank of America|
Citigroup|Citi
Wells Fargo|
BlackRock|
Berkshire Hathaway|
HSBC|
Barclays|
Lloyds|Lloyds Banking Group
NatWest|
Deutsche Bank|
UBS|
Credit Suisse|
BNP Paribas|
Santander|
ING|
Visa|
Mastercard|
PayPal|
Pfizer|
Moderna|
Johnson & Johnson|
AstraZeneca|
Novartis|
Roche|
Novo Nordisk|
Eli Lilly|Lilly
Merck|
GSK|GlaxoSmithKline
Sanofi|
Bayer|
BASF|
Maersk|
FedEx|
UPS|
DHL|
Uber|
Airbnb|
Spotify|
X Corp|
Twitter|
Sequoia Capital|Sequoia
Andreessen Horowitz|
SoftBank|
Harvard University|Harvard
Yale University|Yale
Princeton University|Princeton
Stanford University|Stanford
Columbia University|
Massachusetts Institute of Technology|MIT
University of Oxford|Oxford University
University of Cambridge|Cambridge University
Imperial College London|Imperial College
London School of Economics|LSE
Johns Hopkins University|Johns Hopkins
FIFA|
UEFA|
International Olympic Committee|IOC
Premier League|
Champions League|
NFL|National Football League
NBA|National Basketball Association
MLB|Major League Baseball
NHL|
Formula One|F1
`
