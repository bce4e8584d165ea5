// Package timex turns the date expressions of news text into dates: "last
// July", "two days ago", "the first quarter of 2025", "Sun, 23 Mar 2025
// 14:05:00 EDT", "a 30-day ceasefire". Its results are the partial dates
// and durations of package news, resolved against an anchor, usually the
// publication date of the story.
//
// # Normalize and FindDates
//
// [Normalize] reads a text that is one date expression and nothing else (a
// leading "on", "in", "at" or "during", a trailing period, comma or
// semicolon and a possessive "'s" are allowed) and returns a [Result]: the [news.Date] the
// words state, or for a length of time ("for 30 days", "three-year") the
// [news.Duration], with the text, the anchor, how the date was chosen and the
// other dates the words could mean. [FindDates] reads running text and
// returns every date expression in it, left to right, the longest at each
// place and none overlapping, each as a [Found] with its span. Both accept
// options; a [Normalizer] built once with [NewNormalizer] does the same
// work many times, from any number of goroutines, without building its
// word tables again. The Normalizer's own documentation lists what the
// grammar reads.
//
// Machine dates that feeds carry most (RFC 3339, ISO 8601 extended dates,
// "March 23, 2025", RFC 1123, numeric dates with a four-digit year) are read
// by a fast path before the grammar; it gives the same result as the grammar
// or declines, and a differential test holds it to that. Timestamps that
// programs and logs print (Go's time.Time.String, UnixDate, RubyDate,
// ANSIC; RFC 2822 with a comment; JavaScript's Date; the common log format;
// epoch seconds with [WithEpoch]) are read field by field
// (grammar_machine.go), in running text too.
//
// # TIMEX3
//
// [Result.TIMEX3] gives the TimeML TIMEX3 of a result: a type (DATE, TIME,
// DURATION, SET), a value that is never an interval, and a mod
// ([news.Mod]: START for "early June", ON_OR_AFTER for "since 1989",
// APPROX for "about", …), which Result.Mod and [news.When].Mod carry too.
//
// # Conventions
//
//   - A result has the precision of its words and no more: "2024" is a year,
//     "last week" a week, "last summer" a season; where TimeML's guidelines
//     decide, theirs is the answer ("three weeks ago" is the day, "3 pm" the
//     hour, "early June" the month with mod START). Where EDTF has no form
//     of its own ("the late 1990s" as a range) the result is a level 2
//     grouping or an interval.
//   - Relative expressions resolve against the anchor's calendar day, taken
//     in the location set by [WithLocation], else in the anchor's own.
//     "last", "ago", "yesterday" are [news.Past]; "next", "in 30 days",
//     "tomorrow" [news.Future]; "this", "today" [news.Nearest]. A date that
//     does not say which one it is ("Monday", "March 23", "Christmas") is
//     resolved in the direction of [WithDirection], [news.Past] unless set;
//     in running text the tense of the clause decides when it can ("will
//     meet on Monday", "met on Monday"), and a clause with no tense takes
//     the nearest date unless WithDirection was given. The other reading goes into
//     Result.Alternatives instead of being dropped.
//   - A numeric date that reads two ways ("3/4/2025") is month first unless
//     [WithDayFirst]; the other reading is the alternative.
//   - A time of day without a zone is floating unless [WithLocation] gives
//     one. Zone names with a daylight saving rule (ET, CT) take the offset in
//     force at that time; a local time that the clocks skip does not exist,
//     and one that they pass twice has the other offset as its alternative.
//   - Years run from 1 to 9999, as EDTF writes them in four digits.
//   - Offsets of spans and errors count Unicode code points of the text.
//   - In running text FindDates is stricter than Normalize, so that ordinary
//     words are not taken for dates: month and weekday names must be
//     capitalised, "May" or "fall" alone need a word such as "in" before
//     them, and a bare number is a year only from 1000 to 2999.
//
// # Language tables
//
// The words are data, the grammar is code. A [Language] lists the words a
// Normalizer knows, field by field: month and weekday names with their
// abbreviations, number words, units, the function words of the grammar
// ("last", "ago", "since", "between"), holidays with the rule that places
// them in a year, zone abbreviations with their offsets and daylight saving
// rules, and the words that give a clause its tense. Every entry is lower
// case and may be a phrase ("new year's day", "a.m."); it matches text
// case-insensitively, word by word. [English] returns the tables for news
// in English; it is the default.
//
// # Adding a language
//
// Fill a Language with the words of the other language and pass it to
// [WithLanguage]; a field left empty is a construction the language does
// not read. To extend English (another holiday, another zone), change the
// value [English] returns, which is the caller's own copy. The grammar
// combines the words in the orders English uses: a count before its unit
// and "ago" after them, a day before or after its month, "of" between a
// period and its year. A language whose dates take other orders ("vor zwei
// Tagen", "23 de marzo de 2025") reads only the expressions that fit them,
// until the grammar learns its orders; add its cases to
// testdata/normalize_cases.tsv as for English.
//
// # Errors
//
// Normalize returns a *[NormalizeError] that names the text, the code
// point offset at which reading stopped and the word there, and wraps one
// of [ErrEpoch], [ErrEmpty],
// [ErrNotDate], [ErrTrailing] (a date followed by other words) and
// [ErrNoSuchDay] (a date that does not exist, such as "February 30" or
// "25:00", or is out of range); test for them with errors.Is. FindDates
// returns no error: text that is not a date is not found. Neither panics on
// any input, and each is fuzzed.
package timex
