// Package timeline builds one timeline from the events that many articles
// tell: each event once, with every source that tells it, in date order,
// with what the sources disagree about reported rather than dropped.
//
// The dates it orders are [news.Date] values, partial dates in the
// Extended Date/Time Format with their precision, and the events are
// [news.Event] values, both from package news. Package timex turns words
// such as "last July" into those dates before they reach a timeline.
//
// # Building
//
// A [Builder] takes [Item] values, each an event as one [Source] tells it, with its
// participants resolved by the caller to [Identity] values that hold
// across documents, and the [Quotation]s the source gives. [Builder.Build]
// returns a [Timeline] whose [Entry] values are in date order. Items with
// the same [Item.Key], or similar enough by kind, participants, date and
// summary words ([MinSimilarity], [MinDisputedSimilarity]), become one
// entry that keeps every telling. An event without a date is placed by its
// relations to other events ([Placement]); one that cannot be placed goes
// to [Timeline.Unplaced] with its [Reason]. The result depends only on the
// set of items and the options, not on the order they were added in.
//
// # Merging
//
// [Merge] combines timelines built apart, on other machines or from other
// batches of articles, into the timeline one build of all their items
// would give. It is associative and commutative, and costs no more than
// that build, since a timeline keeps its items in canonical order with
// what was derived from them.
//
// # Conflicts
//
// What the sources disagree about is a [Conflict] of a [ConflictKind]: two
// dates for one event, a relation that the dates exclude, relations that
// form a cycle, a relation to an event its source does not give, or one ID
// for two events. Each conflict names its entries and every source's
// [Claim], and each entry lists the conflicts it takes part in.
//
// # Rendering
//
// A timeline writes itself as plain text ([Timeline.WriteText]), as JSON
// that validates against schema/timeline.schema.json
// ([Timeline.WriteJSON]), as the data of a Knight Lab TimelineJS3 page
// ([Timeline.WriteTimelineJS]) and as one self-contained HTML page
// ([Timeline.WriteHTML]). [Readable] says a date as a reader would: "13
// July 2024", "first quarter of 2025", "2–5 March 2025".
package timeline
