package entity

// Facts about places that discovery uses to tell a place from a person and
// to link a demonym to its country. The tables are plain text, one entry a
// line, fields separated by "|" and alternatives by ";", so that a reader
// can check and extend them without reading code; they are parsed once, on
// first use (see gazetteer).

// countryTable lists sovereign states and a few widely reported territories:
// name | other names | demonyms | capital (the seat of government where it
// differs from the official capital is given too). Names and capitals follow
// the United Nations member list and the CIA World Factbook entries.
const countryTable = `
Afghanistan||Afghan;Afghans|Kabul
Albania||Albanian;Albanians|Tirana
Algeria||Algerian;Algerians|Algiers
Andorra||Andorran|Andorra la Vella
Angola||Angolan;Angolans|Luanda
Antigua and Barbuda||Antiguan|St. John's
Argentina||Argentine;Argentinian;Argentines;Argentinians|Buenos Aires
Armenia||Armenian;Armenians|Yerevan
Australia||Australian;Australians|Canberra
Austria||Austrian;Austrians|Vienna
Azerbaijan||Azerbaijani;Azerbaijanis;Azeri;Azeris|Baku
Bahamas|The Bahamas|Bahamian;Bahamians|Nassau
Bahrain||Bahraini;Bahrainis|Manama
Bangladesh||Bangladeshi;Bangladeshis|Dhaka
Barbados||Barbadian;Barbadians|Bridgetown
Belarus||Belarusian;Belarusians|Minsk
Belgium||Belgian;Belgians|Brussels
Belize||Belizean|Belmopan
Benin||Beninese|Porto-Novo
Bhutan||Bhutanese|Thimphu
Bolivia||Bolivian;Bolivians|Sucre;La Paz
Bosnia and Herzegovina|Bosnia|Bosnian;Bosnians|Sarajevo
Botswana||Motswana;Batswana|Gaborone
Brazil||Brazilian;Brazilians|Brasília;Brasilia
Brunei||Bruneian|Bandar Seri Begawan
Bulgaria||Bulgarian;Bulgarians|Sofia
Burkina Faso||Burkinabe|Ouagadougou
Burundi||Burundian;Burundians|Gitega
Cambodia||Cambodian;Cambodians|Phnom Penh
Cameroon||Cameroonian;Cameroonians|Yaoundé;Yaounde
Canada||Canadian;Canadians|Ottawa
Cape Verde|Cabo Verde|Cape Verdean|Praia
Central African Republic||Central African|Bangui
Chad||Chadian;Chadians|N'Djamena
Chile||Chilean;Chileans|Santiago
China|People's Republic of China;PRC|Chinese|Beijing
Colombia||Colombian;Colombians|Bogotá;Bogota
Comoros||Comoran|Moroni
Congo|Republic of the Congo;Congo-Brazzaville|Congolese|Brazzaville
Democratic Republic of the Congo|DR Congo;DRC;Congo-Kinshasa|Congolese|Kinshasa
Costa Rica||Costa Rican;Costa Ricans|San José;San Jose
Croatia||Croatian;Croatians;Croat;Croats|Zagreb
Cuba||Cuban;Cubans|Havana
Cyprus||Cypriot;Cypriots|Nicosia
Czech Republic|Czechia|Czech;Czechs|Prague
Denmark||Danish;Dane;Danes|Copenhagen
Djibouti||Djiboutian|Djibouti
Dominica||Dominican|Roseau
Dominican Republic||Dominican;Dominicans|Santo Domingo
East Timor|Timor-Leste|Timorese|Dili
Ecuador||Ecuadorian;Ecuadorians;Ecuadorean|Quito
Egypt||Egyptian;Egyptians|Cairo
El Salvador||Salvadoran;Salvadorans;Salvadorian|San Salvador
Equatorial Guinea||Equatoguinean|Malabo
Eritrea||Eritrean;Eritreans|Asmara
Estonia||Estonian;Estonians|Tallinn
Eswatini|Swaziland|Swazi;Swazis|Mbabane
Ethiopia||Ethiopian;Ethiopians|Addis Ababa
Fiji||Fijian;Fijians|Suva
Finland||Finnish;Finn;Finns|Helsinki
France||French;Frenchman;Frenchwoman|Paris
Gabon||Gabonese|Libreville
Gambia|The Gambia|Gambian;Gambians|Banjul
Georgia||Georgian;Georgians|Tbilisi
Germany||German;Germans|Berlin
Ghana||Ghanaian;Ghanaians|Accra
Greece||Greek;Greeks|Athens
Grenada||Grenadian|St. George's
Guatemala||Guatemalan;Guatemalans|Guatemala City
Guinea||Guinean;Guineans|Conakry
Guinea-Bissau||Bissau-Guinean|Bissau
Guyana||Guyanese|Georgetown
Haiti||Haitian;Haitians|Port-au-Prince
Honduras||Honduran;Hondurans|Tegucigalpa
Hungary||Hungarian;Hungarians|Budapest
Iceland||Icelandic;Icelander;Icelanders|Reykjavik;Reykjavík
India||Indian;Indians|New Delhi
Indonesia||Indonesian;Indonesians|Jakarta
Iran||Iranian;Iranians;Persian|Tehran
Iraq||Iraqi;Iraqis|Baghdad
Ireland|Republic of Ireland;Eire|Irish;Irishman;Irishwoman|Dublin
Israel||Israeli;Israelis|Jerusalem
Italy||Italian;Italians|Rome
Ivory Coast|Côte d'Ivoire;Cote d'Ivoire|Ivorian;Ivorians|Yamoussoukro;Abidjan
Jamaica||Jamaican;Jamaicans|Kingston
Japan||Japanese|Tokyo
Jordan||Jordanian;Jordanians|Amman
Kazakhstan||Kazakh;Kazakhs;Kazakhstani|Astana
Kenya||Kenyan;Kenyans|Nairobi
Kiribati||I-Kiribati|Tarawa
Kosovo||Kosovar;Kosovars;Kosovan|Pristina
Kuwait||Kuwaiti;Kuwaitis|Kuwait City
Kyrgyzstan||Kyrgyz;Kyrgyzstani|Bishkek
Laos||Lao;Laotian;Laotians|Vientiane
Latvia||Latvian;Latvians|Riga
Lebanon||Lebanese|Beirut
Lesotho||Basotho;Mosotho|Maseru
Liberia||Liberian;Liberians|Monrovia
Libya||Libyan;Libyans|Tripoli
Liechtenstein||Liechtensteiner|Vaduz
Lithuania||Lithuanian;Lithuanians|Vilnius
Luxembourg||Luxembourgish;Luxembourger|Luxembourg
Madagascar||Malagasy|Antananarivo
Malawi||Malawian;Malawians|Lilongwe
Malaysia||Malaysian;Malaysians|Kuala Lumpur;Putrajaya
Maldives||Maldivian;Maldivians|Malé;Male
Mali||Malian;Malians|Bamako
Malta||Maltese|Valletta
Marshall Islands||Marshallese|Majuro
Mauritania||Mauritanian;Mauritanians|Nouakchott
Mauritius||Mauritian;Mauritians|Port Louis
Mexico||Mexican;Mexicans|Mexico City
Micronesia||Micronesian|Palikir
Moldova||Moldovan;Moldovans|Chisinau;Chișinău
Monaco||Monegasque|Monaco
Mongolia||Mongolian;Mongolians|Ulaanbaatar;Ulan Bator
Montenegro||Montenegrin;Montenegrins|Podgorica
Morocco||Moroccan;Moroccans|Rabat
Mozambique||Mozambican;Mozambicans|Maputo
Myanmar|Burma|Burmese|Naypyidaw;Naypyitaw
Namibia||Namibian;Namibians|Windhoek
Nauru||Nauruan|Yaren
Nepal||Nepali;Nepalese;Nepalis|Kathmandu
Netherlands|Holland;The Netherlands|Dutch;Dutchman;Dutchwoman|Amsterdam;The Hague
New Zealand||New Zealander;New Zealanders;Kiwi|Wellington
Nicaragua||Nicaraguan;Nicaraguans|Managua
Niger||Nigerien|Niamey
Nigeria||Nigerian;Nigerians|Abuja
North Korea|DPRK|North Korean;North Koreans|Pyongyang
North Macedonia|Macedonia|Macedonian;Macedonians|Skopje
Norway||Norwegian;Norwegians|Oslo
Oman||Omani;Omanis|Muscat
Pakistan||Pakistani;Pakistanis|Islamabad
Palau||Palauan|Ngerulmud
Palestine|Palestinian territories|Palestinian;Palestinians|Ramallah
Panama||Panamanian;Panamanians|Panama City
Papua New Guinea||Papua New Guinean|Port Moresby
Paraguay||Paraguayan;Paraguayans|Asunción;Asuncion
Peru||Peruvian;Peruvians|Lima
Philippines|The Philippines|Filipino;Filipinos;Filipina;Philippine|Manila
Poland||Polish;Pole;Poles|Warsaw
Portugal||Portuguese|Lisbon
Qatar||Qatari;Qataris|Doha
Romania||Romanian;Romanians|Bucharest
Russia|Russian Federation|Russian;Russians|Moscow
Rwanda||Rwandan;Rwandans|Kigali
Saint Kitts and Nevis||Kittitian|Basseterre
Saint Lucia||Saint Lucian|Castries
Saint Vincent and the Grenadines||Vincentian|Kingstown
Samoa||Samoan;Samoans|Apia
San Marino||Sammarinese|San Marino
Sao Tome and Principe|São Tomé and Príncipe|Santomean|São Tomé;Sao Tome
Saudi Arabia||Saudi;Saudis;Saudi Arabian|Riyadh
Senegal||Senegalese|Dakar
Serbia||Serbian;Serbians;Serb;Serbs|Belgrade
Seychelles||Seychellois|Victoria
Sierra Leone||Sierra Leonean|Freetown
Singapore||Singaporean;Singaporeans|Singapore
Slovakia||Slovak;Slovaks;Slovakian|Bratislava
Slovenia||Slovenian;Slovenians;Slovene;Slovenes|Ljubljana
Solomon Islands||Solomon Islander|Honiara
Somalia||Somali;Somalis|Mogadishu
South Africa||South African;South Africans|Pretoria;Cape Town
South Korea|Korea;Republic of Korea|South Korean;South Koreans;Korean;Koreans|Seoul
South Sudan||South Sudanese|Juba
Spain||Spanish;Spaniard;Spaniards|Madrid
Sri Lanka||Sri Lankan;Sri Lankans|Colombo;Sri Jayawardenepura Kotte
Sudan||Sudanese|Khartoum
Suriname||Surinamese|Paramaribo
Sweden||Swedish;Swede;Swedes|Stockholm
Switzerland||Swiss|Bern;Berne
Syria||Syrian;Syrians|Damascus
Taiwan||Taiwanese|Taipei
Tajikistan||Tajik;Tajiks|Dushanbe
Tanzania||Tanzanian;Tanzanians|Dodoma
Thailand||Thai;Thais|Bangkok
Togo||Togolese|Lomé;Lome
Tonga||Tongan;Tongans|Nuku'alofa
Trinidad and Tobago|Trinidad|Trinidadian;Trinidadians|Port of Spain
Tunisia||Tunisian;Tunisians|Tunis
Turkey|Türkiye;Turkiye|Turkish;Turk;Turks|Ankara
Turkmenistan||Turkmen|Ashgabat
Tuvalu||Tuvaluan|Funafuti
Uganda||Ugandan;Ugandans|Kampala
Ukraine||Ukrainian;Ukrainians|Kyiv;Kiev
United Arab Emirates|UAE;U.A.E.;Emirates|Emirati;Emiratis|Abu Dhabi
United Kingdom|UK;U.K.;Britain;Great Britain|British;Briton;Britons;Brit;Brits|London
United States|U.S.;US;USA;U.S.A.;America;United States of America|American;Americans|Washington
Uruguay||Uruguayan;Uruguayans|Montevideo
Uzbekistan||Uzbek;Uzbeks|Tashkent
Vanuatu||Ni-Vanuatu|Port Vila
Vatican City|Vatican;Holy See||Vatican City
Venezuela||Venezuelan;Venezuelans|Caracas
Vietnam|Viet Nam|Vietnamese|Hanoi
Yemen||Yemeni;Yemenis|Sanaa;Sana'a
Zambia||Zambian;Zambians|Lusaka
Zimbabwe||Zimbabwean;Zimbabweans|Harare
England||English;Englishman;Englishwoman|London
Scotland||Scottish;Scot;Scots|Edinburgh
Wales||Welsh|Cardiff
Northern Ireland||Northern Irish|Belfast
Greenland||Greenlandic;Greenlander;Greenlanders|Nuuk
Puerto Rico||Puerto Rican;Puerto Ricans|San Juan
Hong Kong||Hong Konger;Hong Kongers|Hong Kong
Gaza|Gaza Strip|Gazan;Gazans|Gaza City
West Bank|||
Crimea||Crimean|Simferopol
Kurdistan||Kurdish;Kurd;Kurds|Erbil
Catalonia||Catalan;Catalans|Barcelona
Basque Country||Basque;Basques|Vitoria-Gasteiz
Tibet||Tibetan;Tibetans|Lhasa
Chechnya||Chechen;Chechens|Grozny
`

// usStateTable lists the states of the United States and the District of
// Columbia: name | AP style abbreviations (used in datelines such as
// "Butler, Pa.") | USPS postal code. Source: the Associated Press Stylebook's
// state abbreviations and the USPS Publication 28 two-letter codes.
const usStateTable = `
Alabama|Ala.|AL
Alaska||AK
Arizona|Ariz.|AZ
Arkansas|Ark.|AR
California|Calif.;Cal.|CA
Colorado|Colo.|CO
Connecticut|Conn.|CT
Delaware|Del.|DE
Florida|Fla.|FL
Georgia|Ga.|GA
Hawaii||HI
Idaho||ID
Illinois|Ill.|IL
Indiana|Ind.|IN
Iowa||IA
Kansas|Kan.;Kans.|KS
Kentucky|Ky.|KY
Louisiana|La.|LA
Maine||ME
Maryland|Md.|MD
Massachusetts|Mass.|MA
Michigan|Mich.|MI
Minnesota|Minn.|MN
Mississippi|Miss.|MS
Missouri|Mo.|MO
Montana|Mont.|MT
Nebraska|Neb.;Nebr.|NE
Nevada|Nev.|NV
New Hampshire|N.H.|NH
New Jersey|N.J.|NJ
New Mexico|N.M.;N.Mex.|NM
New York|N.Y.|NY
North Carolina|N.C.|NC
North Dakota|N.D.;N.Dak.|ND
Ohio||OH
Oklahoma|Okla.|OK
Oregon|Ore.;Oreg.|OR
Pennsylvania|Pa.;Penn.;Penna.|PA
Rhode Island|R.I.|RI
South Carolina|S.C.|SC
South Dakota|S.D.;S.Dak.|SD
Tennessee|Tenn.|TN
Texas|Tex.|TX
Utah||UT
Vermont|Vt.|VT
Virginia|Va.|VA
Washington|Wash.|WA
West Virginia|W.Va.;W.V.|WV
Wisconsin|Wis.;Wisc.|WI
Wyoming|Wyo.|WY
District of Columbia|D.C.|DC
`

// cityTable lists large and often reported cities that are not capitals in
// countryTable: city | country. The selection follows the United Nations
// World Urbanization Prospects list of urban agglomerations of over a
// million people, with regional centres that news datelines often name.
const cityTable = `
New York|United States
New York City|United States
Los Angeles|United States
Chicago|United States
Houston|United States
Phoenix|United States
Philadelphia|United States
San Antonio|United States
San Diego|United States
Dallas|United States
San Jose|United States
Austin|United States
Jacksonville|United States
Fort Worth|United States
Columbus|United States
Charlotte|United States
San Francisco|United States
Indianapolis|United States
Seattle|United States
Denver|United States
Boston|United States
El Paso|United States
Nashville|United States
Detroit|United States
Oklahoma City|United States
Portland|United States
Las Vegas|United States
Memphis|United States
Louisville|United States
Baltimore|United States
Milwaukee|United States
Albuquerque|United States
Tucson|United States
Fresno|United States
Sacramento|United States
Kansas City|United States
Mesa|United States
Atlanta|United States
Omaha|United States
Colorado Springs|United States
Raleigh|United States
Miami|United States
Minneapolis|United States
Tulsa|United States
Cleveland|United States
Wichita|United States
New Orleans|United States
Tampa|United States
Honolulu|United States
Anchorage|United States
Pittsburgh|United States
Cincinnati|United States
St. Louis|United States
Orlando|United States
Buffalo|United States
Newark|United States
Salt Lake City|United States
Richmond|United States
Des Moines|United States
Madison|United States
Boise|United States
Spokane|United States
Birmingham|United Kingdom
Manchester|United Kingdom
Liverpool|United Kingdom
Leeds|United Kingdom
Sheffield|United Kingdom
Bristol|United Kingdom
Newcastle|United Kingdom
Nottingham|United Kingdom
Leicester|United Kingdom
Southampton|United Kingdom
Portsmouth|United Kingdom
Plymouth|United Kingdom
Brighton|United Kingdom
Oxford|United Kingdom
Cambridge|United Kingdom
Glasgow|United Kingdom
Aberdeen|United Kingdom
Dundee|United Kingdom
Swansea|United Kingdom
York|United Kingdom
Coventry|United Kingdom
Bradford|United Kingdom
Hull|United Kingdom
Norwich|United Kingdom
Toronto|Canada
Montreal|Canada
Vancouver|Canada
Calgary|Canada
Edmonton|Canada
Winnipeg|Canada
Quebec City|Canada
Guadalajara|Mexico
Monterrey|Mexico
Tijuana|Mexico
Puebla|Mexico
São Paulo|Brazil
Sao Paulo|Brazil
Rio de Janeiro|Brazil
Salvador|Brazil
Belo Horizonte|Brazil
Recife|Brazil
Porto Alegre|Brazil
Manaus|Brazil
Córdoba|Argentina
Rosario|Argentina
Medellín|Colombia
Medellin|Colombia
Cali|Colombia
Valparaíso|Chile
Guayaquil|Ecuador
Hamburg|Germany
Munich|Germany
Cologne|Germany
Frankfurt|Germany
Stuttgart|Germany
Düsseldorf|Germany
Dusseldorf|Germany
Leipzig|Germany
Dresden|Germany
Hanover|Germany
Nuremberg|Germany
Bremen|Germany
Bonn|Germany
Marseille|France
Lyon|France
Toulouse|France
Nice|France
Nantes|France
Strasbourg|France
Bordeaux|France
Lille|France
Rennes|France
Calais|France
Barcelona|Spain
Valencia|Spain
Seville|Spain
Bilbao|Spain
Málaga|Spain
Malaga|Spain
Zaragoza|Spain
Milan|Italy
Naples|Italy
Turin|Italy
Palermo|Italy
Genoa|Italy
Bologna|Italy
Florence|Italy
Venice|Italy
Porto|Portugal
Rotterdam|Netherlands
The Hague|Netherlands
Utrecht|Netherlands
Eindhoven|Netherlands
Antwerp|Belgium
Ghent|Belgium
Liège|Belgium
Bruges|Belgium
Geneva|Switzerland
Zurich|Switzerland
Zürich|Switzerland
Basel|Switzerland
Lausanne|Switzerland
Salzburg|Austria
Graz|Austria
Innsbruck|Austria
Gothenburg|Sweden
Malmö|Sweden
Malmo|Sweden
Uppsala|Sweden
Bergen|Norway
Stavanger|Norway
Tromsø|Norway
Aarhus|Denmark
Turku|Finland
Tampere|Finland
Kraków|Poland
Krakow|Poland
Gdańsk|Poland
Gdansk|Poland
Wrocław|Poland
Wroclaw|Poland
Łódź|Poland
Poznań|Poland
Brno|Czech Republic
Thessaloniki|Greece
Istanbul|Turkey
Izmir|Turkey
Antalya|Turkey
Saint Petersburg|Russia
St. Petersburg|Russia
St Petersburg|Russia
Novosibirsk|Russia
Yekaterinburg|Russia
Kazan|Russia
Vladivostok|Russia
Kaliningrad|Russia
Sochi|Russia
Kharkiv|Ukraine
Odesa|Ukraine
Odessa|Ukraine
Dnipro|Ukraine
Lviv|Ukraine
Zaporizhzhia|Ukraine
Donetsk|Ukraine
Luhansk|Ukraine
Mariupol|Ukraine
Kherson|Ukraine
Bakhmut|Ukraine
Sevastopol|Ukraine
Dubai|United Arab Emirates
Sharjah|United Arab Emirates
Jeddah|Saudi Arabia
Mecca|Saudi Arabia
Medina|Saudi Arabia
Dammam|Saudi Arabia
Basra|Iraq
Mosul|Iraq
Aleppo|Syria
Homs|Syria
Idlib|Syria
Tel Aviv|Israel
Haifa|Israel
Alexandria|Egypt
Giza|Egypt
Casablanca|Morocco
Marrakesh|Morocco
Lagos|Nigeria
Kano|Nigeria
Ibadan|Nigeria
Port Harcourt|Nigeria
Johannesburg|South Africa
Durban|South Africa
Mombasa|Kenya
Kumasi|Ghana
Benghazi|Libya
Karachi|Pakistan
Lahore|Pakistan
Peshawar|Pakistan
Mumbai|India
Bombay|India
Delhi|India
Kolkata|India
Calcutta|India
Chennai|India
Bangalore|India
Bengaluru|India
Hyderabad|India
Ahmedabad|India
Pune|India
Jaipur|India
Lucknow|India
Chittagong|Bangladesh
Shanghai|China
Guangzhou|China
Shenzhen|China
Chongqing|China
Tianjin|China
Wuhan|China
Chengdu|China
Hangzhou|China
Nanjing|China
Xi'an|China
Harbin|China
Macau|China
Osaka|Japan
Yokohama|Japan
Nagoya|Japan
Kyoto|Japan
Kobe|Japan
Fukuoka|Japan
Sapporo|Japan
Hiroshima|Japan
Busan|South Korea
Incheon|South Korea
Daegu|South Korea
Kaohsiung|Taiwan
Taichung|Taiwan
Ho Chi Minh City|Vietnam
Saigon|Vietnam
Surabaya|Indonesia
Bali|Indonesia
Cebu|Philippines
Davao|Philippines
Sydney|Australia
Melbourne|Australia
Brisbane|Australia
Perth|Australia
Adelaide|Australia
Auckland|New Zealand
Christchurch|New Zealand
`

// regionTable lists continents, seas, rivers, mountain ranges and other
// regions often named in news: name | alternative names | demonyms.
const regionTable = `
Africa|
Asia|
Europe|
North America||North American;North Americans
South America||South American;South Americans
Latin America||Latin American;Latin Americans
Central America||Central American;Central Americans
Antarctica|
Oceania|
Middle East||Middle Eastern
Gulf|Persian Gulf;Arabian Gulf
Balkans|
Caribbean|
Scandinavia|
Arctic|
Sahel|
Sahara|
Siberia|
Caucasus|
Central Asia||Central Asian;Central Asians
Southeast Asia||Southeast Asian;Southeast Asians
East Asia||East Asian;East Asians
South Asia||South Asian;South Asians
West Africa||West African;West Africans
East Africa||East African;East Africans
Horn of Africa|
Indo-Pacific|
Pacific|Pacific Ocean
Atlantic|Atlantic Ocean
Indian Ocean|
Mediterranean|Mediterranean Sea
Black Sea|
Baltic|Baltic Sea
North Sea|
Red Sea|
Dead Sea|
Caspian Sea|
South China Sea|
English Channel|
Suez Canal|
Panama Canal|
Strait of Hormuz|
Taiwan Strait|
Nile|
Amazon River|
Danube|
Rhine|
Thames|
Mississippi River|
Yangtze|
Euphrates|
Tigris|
Jordan River|
Alps|
Andes|
Himalayas|
Rockies|Rocky Mountains
Donbas|Donbass
Kashmir|
Darfur|
Patagonia|
Amazon rainforest|
Silicon Valley|
Wall Street|
Midwest|
New England|
Appalachia|
Brittany|
Normandy|
Bavaria|
Tuscany|
Sicily|
Sardinia|
Corsica|
Andalusia|
Flanders|
Wallonia|
Cornwall|
Yorkshire|
Kent|
Essex|
Lancashire|
Devon|
Isle of Man|
Hawaii|
Alberta|
Ontario|
Quebec|
British Columbia|
Manitoba|
Nova Scotia|
Queensland|
New South Wales|
Tasmania|
Punjab|
Kerala|
Bengal|
Xinjiang|
Guangdong|
Sichuan|
Hokkaido|
Okinawa|
Mindanao|
Borneo|
Sumatra|
Java|
Kurdistan region|
Galilee|
Sinai|
Golan Heights|
Negev|
`
