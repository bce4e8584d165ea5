// Package news is the small vocabulary that every package of the module
// shares: partial dates, lengths of time, text spans, and the dated events a
// story reports. It imports nothing heavier than the standard library, so a
// package that needs a date or a span pays for nothing else.
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
// expose their bounds as integers ([Date.Bounds]) for code that sorts many,
// and print as TimeML TIMEX3 values ([Date.TIMEX3]). [DateOf] gives the date
// of a chosen precision that contains an instant, and [Interval] joins two.
// A [Duration] is an ISO 8601 length of time ("P30D").
//
// Dates in words ("last July", "two days ago") are read by package timex,
// which resolves them against an anchor and returns values of this package.
//
// # Events
//
// An [Event] is what a story reports happened, with a [When] (the date, the
// words it came from and the anchor they were resolved against), a place,
// participants, relations to other events ([Relation], [RelationType]) and
// evidence spans. Events name entities and places by their document IDs.
// Package timeline builds timelines from them.
//
// # Spans
//
// A [Span] is a range of text counted in Unicode code points, end exclusive,
// into the article body or another field named by its JSON pointer. Find one
// by phrase with [SpanOf] instead of counting by hand.
package news
