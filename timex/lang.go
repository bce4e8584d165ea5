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

	// Infinitives are the words that, before a verb written in lower case,
	// make a clause look forward: "to" in "to be held on October 12" and in
	// the headline "Markets to remain closed until Friday".
	// NotInfinitives are the words after which such a word is a preposition
	// instead ("according to", "went to").
	Infinitives, NotInfinitives []string
	// Copulas are the verbs after which a past participle is a state or a
	// passive and no past tense ("to be held", "will remain closed"): the
	// participle then sets no direction, and the words before it do.
	Copulas []string
	// AgoBefore are the words that, before a count of units, mean "ago":
	// Spanish "hace" in "hace tres días". English has none.
	AgoBefore []string
	// Approx, LessThan, MoreThan, AtMost and AtLeast stand before a date or
	// a length of time and give it a TimeML modifier ([news.ModApprox] and
	// the others): "about 10 days ago", "less than a year", "at least two
	// weeks". A date after Approx is approximate ("around Nov. 1" is
	// 2024-11-01~).
	Approx, LessThan, MoreThan, AtMost, AtLeast []string
	// Every starts a recurring time, a TIMEX3 SET: "every Monday", "each
	// week", "every three days".
	Every []string
	// OrSo follows a count or a period and makes it approximate: "a month
	// or so ago", "the next month or so".
	OrSo []string
	// Its stands for the anchor's year before a part of it ("its second
	// quarter"); Same starts the anchor's unit shifted by a count ("the
	// same month a year earlier").
	Its, Same []string
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
	// Rule places a holiday of another calendar; Month and Day are then a
	// month and day of that calendar where the rule takes them (Islamic).
	Rule HolidayRule
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
