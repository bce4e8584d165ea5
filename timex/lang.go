package timex

import (
	"time"

	"github.com/newsmodel/newsmodel/news"
)

// Language holds the words a [Normalizer] recognises, as data: month and
// weekday names, numbers, units, the function words of the date grammar,
// holidays and time-zone abbreviations. The grammar that combines them is
// shared by all languages; to read another language, fill a Language with its
// words and pass it to [WithLanguage].
//
// Every entry is lower case and may be a phrase of several words
// ("new year's day", "a.m."); it matches text case-insensitively, token by
// token, with spaces where the entry has them and none where it has none.
// The curly apostrophe matches the straight one.
type Language struct {
	// Tag is the BCP 47 tag of the language, such as "en".
	Tag string
	// Months lists, for January to December, the full name first and then
	// its abbreviations. Abbreviations count in running text only next to a
	// day or a year.
	Months [12][]string
	// Weekdays lists, indexed by time.Weekday (Sunday first), the full name
	// first and then its abbreviations. Abbreviations count only inside a
	// calendar date ("Sun, 23 Mar 2025").
	Weekdays [7][]string
	// Cardinals are the number words and their values: "one" 1, "twenty"
	// 20, "hundred" 100, "a" 1. A tens word, a hyphen and a units word add up
	// ("twenty-one").
	Cardinals map[string]int
	// Articles are the cardinals that mean one only as an article ("a",
	// "an"): "a year ago" is a date, but "a second" alone is not a duration.
	Articles []string
	// Ordinals are the ordinal words and their values: "first" 1, "twentieth" 20.
	// A tens cardinal, a hyphen and an ordinal add up ("twenty-first").
	Ordinals map[string]int
	// OrdinalSuffixes follow a number written in digits: "st" in "1st".
	OrdinalSuffixes []string
	// Units are the calendar units and the precision they carry, singular
	// and plural: "day" and "days" are PrecisionDay.
	Units map[string]news.Precision
	// Fortnight names a unit of two weeks.
	Fortnight []string
	// Decades are the names of the decades of a century and the tens they
	// stand for: "nineties" 90 ("the nineties" is the latest 199X).
	Decades map[string]int
	// Seasons lists spring, summer, autumn and winter, in that order.
	Seasons [4][]string
	// Season is the word for a season of the year ("last season").
	Season []string

	// Today, Yesterday, Tomorrow and Tonight name those days.
	Today, Yesterday, Tomorrow, Tonight []string
	// DayParts are the parts of a day ("morning", "night"); they leave a
	// date at day precision.
	DayParts []string
	// Night is the day part that, after Last, means the evening before the
	// anchor ("last night").
	Night []string

	// Noon and Midnight are times of day; AM and PM follow an hour.
	Noon, Midnight []string
	AM, PM         []string

	// Last, This and Next pick the previous, current or following period
	// ("last week", "this July", "next Monday"); Past and Coming are their
	// variants ("the past week", "this coming Monday").
	Last, This, Next, Past, Coming []string
	// Ago, Later, Earlier and FromNow follow a count of units ("two days
	// ago", "three weeks later", "a month earlier", "ten days from now").
	Ago, Later, Earlier, FromNow []string

	// In ("in 30 days"), Since, Until, Before, After and By ("since 2014",
	// "by the end of the year"), From, To, Between and And ("from March 1
	// to March 5", "between 2014 and 2022"), For ("for 30 days") and During
	// are the prepositions of the grammar; On, At, Of and The may stand
	// before or inside a date ("on Monday", "the 23rd of March").
	In, Since, Until, Before, After, By, From, To, Between, And, For, During []string
	// Within starts a period from the anchor ("within 24 hours", "within
	// two weeks").
	Within          []string
	On, At, Of, The []string

	// Early, Mid and Late take the first, middle or last part of a period
	// ("early March", "mid-2024", "the end of the month").
	Early, Mid, Late []string
	// Quarter, Half and Weekend name those periods; QuarterPrefix and
	// HalfPrefix are the letters of "Q1" and "H2".
	Quarter, Half, Weekend    []string
	QuarterPrefix, HalfPrefix []string
	// Holidays are the named days of the language.
	Holidays []Holiday
	// Zones are the time-zone abbreviations read after a time of day.
	Zones []Zone
	// FutureCues and PastCues are the words of a clause that set the
	// direction of an underspecified date in running text ("will meet on
	// Monday", "met on Monday"). PastSuffixes are word endings that mark a
	// past tense ("-ed").
	FutureCues, PastCues, PastSuffixes []string
	// Ambiguous are month and season names that are also ordinary words
	// ("may", "march", "fall"); in running text they count only when
	// capitalised or with a day, a year or a temporal word next to them.
	Ambiguous []string
}

// Holiday is a named day and the rule that places it in a year.
//
// A fixed holiday has Nth 0 and falls on Month and Day. A movable one falls
// on the Nth Weekday of Month (Nth -1 is the last), or, with Easter set, on
// Western Easter Sunday (the Gregorian computus). Offset days are then added:
// the United States Election Day is the first Monday of November plus one.
type Holiday struct {
	// Names are the phrases that name the holiday.
	Names   []string
	Month   time.Month
	Day     int
	Weekday time.Weekday
	Nth     int
	Easter  bool
	Offset  int
}

// DST is the daylight-saving rule of a zone abbreviation that names a region
// rather than an offset, such as ET.
type DST uint8

// The daylight-saving rules.
const (
	NoDST DST = iota // a fixed offset
	USDST            // United States: second Sunday of March to first Sunday of November (from 2007)
	EUDST            // European Union: last Sunday of March to last Sunday of October, 01:00 UTC
)

// Zone is a time-zone abbreviation and its offset east of UTC in seconds,
// standard time for a zone with a DST rule.
type Zone struct {
	// Names are the abbreviations or phrases that name the zone.
	Names  []string
	Offset int
	DST    DST
}

// English returns the English word tables, as news in the United States and
// the United Kingdom uses them. Each call returns a new value that the caller
// may change.
func English() Language {
	h := time.Hour / time.Second
	hr := int(h)
	return Language{
		Tag: "en",
		Months: [12][]string{
			{"january", "jan"}, {"february", "feb"}, {"march", "mar"}, {"april", "apr"},
			{"may"}, {"june", "jun"}, {"july", "jul"}, {"august", "aug"},
			{"september", "sep", "sept"}, {"october", "oct"}, {"november", "nov"}, {"december", "dec"},
		},
		Weekdays: [7][]string{
			{"sunday", "sun"}, {"monday", "mon"}, {"tuesday", "tue", "tues"}, {"wednesday", "wed"},
			{"thursday", "thu", "thur", "thurs"}, {"friday", "fri"}, {"saturday", "sat"},
		},
		Cardinals: map[string]int{
			"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
			"seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
			"thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
			"eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40,
			"fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
			"hundred": 100, "thousand": 1000, "dozen": 12,
		},
		Articles: []string{"a", "an"},
		Ordinals: map[string]int{
			"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
			"seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11,
			"twelfth": 12, "thirteenth": 13, "fourteenth": 14, "fifteenth": 15,
			"sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19,
			"twentieth": 20, "thirtieth": 30,
		},
		OrdinalSuffixes: []string{"st", "nd", "rd", "th"},
		Units: map[string]news.Precision{
			"second": news.PrecisionSecond, "seconds": news.PrecisionSecond, "sec": news.PrecisionSecond, "secs": news.PrecisionSecond,
			"minute": news.PrecisionMinute, "minutes": news.PrecisionMinute, "min": news.PrecisionMinute, "mins": news.PrecisionMinute,
			"hour": news.PrecisionHour, "hours": news.PrecisionHour, "hr": news.PrecisionHour, "hrs": news.PrecisionHour,
			"day": news.PrecisionDay, "days": news.PrecisionDay,
			"week": news.PrecisionWeek, "weeks": news.PrecisionWeek,
			"month": news.PrecisionMonth, "months": news.PrecisionMonth,
			"quarter": news.PrecisionQuarter, "quarters": news.PrecisionQuarter,
			"year": news.PrecisionYear, "years": news.PrecisionYear,
			"decade": news.PrecisionDecade, "decades": news.PrecisionDecade,
			"century": news.PrecisionCentury, "centuries": news.PrecisionCentury,
		},
		Fortnight: []string{"fortnight", "fortnights"},
		Decades: map[string]int{
			"twenties": 20, "thirties": 30, "forties": 40, "fifties": 50,
			"sixties": 60, "seventies": 70, "eighties": 80, "nineties": 90,
		},
		Seasons:       [4][]string{{"spring"}, {"summer"}, {"autumn", "fall"}, {"winter"}},
		Season:        []string{"season"},
		Today:         []string{"today"},
		Yesterday:     []string{"yesterday"},
		Tomorrow:      []string{"tomorrow"},
		Tonight:       []string{"tonight"},
		DayParts:      []string{"morning", "afternoon", "evening", "night"},
		Night:         []string{"night", "evening"},
		Noon:          []string{"noon", "midday"},
		Midnight:      []string{"midnight"},
		AM:            []string{"am", "a.m.", "a.m"},
		PM:            []string{"pm", "p.m.", "p.m"},
		Last:          []string{"last", "previous"},
		This:          []string{"this", "current"},
		Next:          []string{"next", "following"},
		Past:          []string{"past"},
		Coming:        []string{"coming", "upcoming"},
		Ago:           []string{"ago"},
		Later:         []string{"later", "afterwards", "afterward"},
		Earlier:       []string{"earlier", "before", "prior"},
		FromNow:       []string{"from now", "from today", "hence"},
		In:            []string{"in"},
		Within:        []string{"within", "in the next"},
		Since:         []string{"since"},
		Until:         []string{"until", "till", "til", "up to", "through", "thru"},
		Before:        []string{"before", "prior to"},
		After:         []string{"after"},
		By:            []string{"by"},
		From:          []string{"from"},
		To:            []string{"to", "through", "thru", "until", "till"},
		Between:       []string{"between"},
		And:           []string{"and"},
		For:           []string{"for", "over"},
		During:        []string{"during", "over", "throughout"},
		On:            []string{"on"},
		At:            []string{"at"},
		Of:            []string{"of"},
		The:           []string{"the"},
		Early:         []string{"early", "beginning", "start"},
		Mid:           []string{"mid", "middle"},
		Late:          []string{"late", "end"},
		Quarter:       []string{"quarter"},
		Half:          []string{"half"},
		Weekend:       []string{"weekend"},
		QuarterPrefix: []string{"q"},
		HalfPrefix:    []string{"h"},
		Holidays: []Holiday{
			{Names: []string{"new year's day", "new year"}, Month: time.January, Day: 1},
			{Names: []string{"new year's eve"}, Month: time.December, Day: 31},
			{Names: []string{"martin luther king jr. day", "martin luther king day", "mlk day"}, Month: time.January, Weekday: time.Monday, Nth: 3},
			{Names: []string{"valentine's day"}, Month: time.February, Day: 14},
			{Names: []string{"presidents day", "presidents' day", "president's day", "washington's birthday"}, Month: time.February, Weekday: time.Monday, Nth: 3},
			{Names: []string{"st. patrick's day", "st patrick's day", "saint patrick's day"}, Month: time.March, Day: 17},
			{Names: []string{"good friday"}, Easter: true, Offset: -2},
			{Names: []string{"easter sunday", "easter"}, Easter: true},
			{Names: []string{"easter monday"}, Easter: true, Offset: 1},
			{Names: []string{"mother's day"}, Month: time.May, Weekday: time.Sunday, Nth: 2},
			{Names: []string{"memorial day"}, Month: time.May, Weekday: time.Monday, Nth: -1},
			{Names: []string{"father's day"}, Month: time.June, Weekday: time.Sunday, Nth: 3},
			{Names: []string{"juneteenth"}, Month: time.June, Day: 19},
			{Names: []string{"independence day", "the fourth of july", "fourth of july"}, Month: time.July, Day: 4},
			{Names: []string{"labor day", "labour day"}, Month: time.September, Weekday: time.Monday, Nth: 1},
			{Names: []string{"columbus day", "indigenous peoples' day", "indigenous peoples day"}, Month: time.October, Weekday: time.Monday, Nth: 2},
			{Names: []string{"halloween"}, Month: time.October, Day: 31},
			{Names: []string{"election day"}, Month: time.November, Weekday: time.Monday, Nth: 1, Offset: 1},
			{Names: []string{"veterans day", "veterans' day", "armistice day", "remembrance day"}, Month: time.November, Day: 11},
			{Names: []string{"thanksgiving day", "thanksgiving"}, Month: time.November, Weekday: time.Thursday, Nth: 4},
			{Names: []string{"black friday"}, Month: time.November, Weekday: time.Thursday, Nth: 4, Offset: 1},
			{Names: []string{"christmas eve"}, Month: time.December, Day: 24},
			{Names: []string{"christmas day", "christmas", "xmas"}, Month: time.December, Day: 25},
			{Names: []string{"boxing day"}, Month: time.December, Day: 26},
		},
		Zones: []Zone{
			{Names: []string{"utc", "gmt", "z", "zulu"}, Offset: 0},
			{Names: []string{"et", "eastern", "eastern time"}, Offset: -5 * hr, DST: USDST},
			{Names: []string{"est"}, Offset: -5 * hr},
			{Names: []string{"edt"}, Offset: -4 * hr},
			{Names: []string{"ct", "central", "central time"}, Offset: -6 * hr, DST: USDST},
			{Names: []string{"cst"}, Offset: -6 * hr},
			{Names: []string{"cdt"}, Offset: -5 * hr},
			{Names: []string{"mt", "mountain", "mountain time"}, Offset: -7 * hr, DST: USDST},
			{Names: []string{"mst"}, Offset: -7 * hr},
			{Names: []string{"mdt"}, Offset: -6 * hr},
			{Names: []string{"pt", "pacific", "pacific time"}, Offset: -8 * hr, DST: USDST},
			{Names: []string{"pst"}, Offset: -8 * hr},
			{Names: []string{"pdt"}, Offset: -7 * hr},
			{Names: []string{"akst"}, Offset: -9 * hr},
			{Names: []string{"akdt"}, Offset: -8 * hr},
			{Names: []string{"hst"}, Offset: -10 * hr},
			{Names: []string{"bst"}, Offset: 1 * hr},
			{Names: []string{"wet"}, Offset: 0},
			{Names: []string{"west"}, Offset: 1 * hr},
			{Names: []string{"cet"}, Offset: 1 * hr},
			{Names: []string{"cest"}, Offset: 2 * hr},
			{Names: []string{"eet"}, Offset: 2 * hr},
			{Names: []string{"eest"}, Offset: 3 * hr},
			{Names: []string{"msk"}, Offset: 3 * hr},
			{Names: []string{"gst"}, Offset: 4 * hr},
			{Names: []string{"pkt"}, Offset: 5 * hr},
			{Names: []string{"ist"}, Offset: 5*hr + 1800},
			{Names: []string{"sgt", "hkt", "awst"}, Offset: 8 * hr},
			{Names: []string{"jst", "kst"}, Offset: 9 * hr},
			{Names: []string{"acst"}, Offset: 9*hr + 1800},
			{Names: []string{"aest"}, Offset: 10 * hr},
			{Names: []string{"aedt"}, Offset: 11 * hr},
			{Names: []string{"nzst"}, Offset: 12 * hr},
			{Names: []string{"nzdt"}, Offset: 13 * hr},
		},
		FutureCues: []string{
			"will", "'ll", "shall", "going", "plans", "plan", "planned", "planning", "scheduled",
			"expected", "expects", "due", "upcoming", "aims", "intends", "hopes",
			"expires", "expire", "begins", "starts", "opens", "ends", "resumes", "meets", "arrives", "visits", "travels",
		},
		PastCues:     []string{"was", "were", "had", "did", "said", "met", "told", "went", "came", "took", "gave", "made", "began", "saw", "held", "left", "ago"},
		PastSuffixes: []string{"ed"},
		Ambiguous:    []string{"may", "march", "august", "fall", "spring", "second", "sat", "sun", "wed", "jan", "mar", "sept"},
	}
}
