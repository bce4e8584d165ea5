// Package timeline holds what news says about time: partial dates, the
// words that name them, the events they date, and the text spans that
// report them.
//
// # Dates
//
// A [Date] is a partial date in the Extended Date/Time Format (EDTF, ISO
// 8601-2) at levels 0 and 1, with the level 2 sub-year groupings (quarters,
// halves, quadrimesters, hemisphere seasons) and ISO 8601 week dates. A
// partial date is an interval with a precision: "2024-07" is all of July
// 2024, "2025-33" the first quarter of 2025, "../2025-03-23" any time up to
// 23 March 2025. [ParseDate] reads one and [Date.String] returns exactly the
// text it read. Dates order by [Date.Compare] (start, then end, then
// precision), relate by Allen's thirteen interval relations ([Date.Allen]),
// and print as TimeML TIMEX3 values ([Date.TIMEX3]). [DateOf] gives the date
// of a chosen precision that contains an instant, and [Interval] joins two.
//
// # Dates in words
//
// [Normalize] turns an expression such as "last July", "two days ago", "the
// first quarter of 2025" or "Sun, 23 Mar 2025 14:05:00 EDT" into a Date of
// the precision the words carry, or a [Duration] for "a 30-day" halt,
// resolved against an anchor such as the publication date; a [Normalizer]
// built once with options does the same many times. [FindDates] finds every
// such expression in running text with its [Span]. The word tables are data
// ([Language], [English]), so that other languages need no new code.
//
// # Events
//
// An [Event] is what a story reports happened, with a [When] (the date, the
// words it came from and the anchor they were resolved against), a place,
// participants, relations to other events and evidence spans. Events name
// entities and places by their document IDs; package entity imports this
// one, not the other way round.
//
// # Timelines
//
// A [Builder] takes [Item]s — events with their [Source] and their
// participants' resolved identities — from any number of articles and
// builds a [Timeline]: entries in date order, undated events placed by their
// relations, the same event told by several sources merged into one entry
// with every source, and conflicts and unplaced events reported rather than
// dropped. [Merge] combines timelines built apart into the same result as
// one build of everything. Timelines render as text, JSON, TimelineJS3 data
// and HTML.
//
// # Spans
//
// A [Span] is a range of text counted in Unicode code points, end exclusive,
// into the article body or another field named by its JSON pointer.
// [SpanOf] finds the n-th occurrence of a phrase, so that nobody counts
// offsets by hand.
package timeline
