package timeline

import (
	"slices"

	"github.com/newsmodel/newsmodel/news"
)

// Timeline is the result of [Builder.Build] and [Merge]: the events of many
// sources, each told once, in order; what the sources disagree about; and
// what could not be placed. A Timeline is a value to read: do not change
// it.
type Timeline struct {
	// Entries are the placed events in order: by date ([news.Date.Compare]),
	// entries with equal dates by source order (the source published
	// first, then article ID) and then ID; an undated entry stands where
	// its relations put it among the dated ones.
	Entries []Entry
	// Conflicts are what the sources disagree about, and relations that
	// cannot hold, in a stable order.
	Conflicts []Conflict
	// Unplaced are the entries that could not be placed, each with why.
	Unplaced []Unplaced

	items []*Item // canonical, without duplicates
	prep  *prepared
	cfg   config
}

// Items returns the distinct items the timeline was built from, in
// canonical order. They are shared: do not change them.
func (t *Timeline) Items() []*Item { return t.items }

// Entry is one event of a timeline, with every source that tells of it.
type Entry struct {
	// ID identifies the entry within the timeline: its Key when it has
	// one, else "ARTICLE/EVENT" of its first item, with "~2", "~3", …
	// appended if another entry already took that ID.
	ID string
	// Date is the date of the event: the most precise date that every
	// source's date contains, or the date most sources agree with when they
	// conflict. It is zero for an entry placed by its relations.
	Date news.Date
	// Items are the tellings of the event, one per source and event, in
	// canonical order (source order, then event ID).
	Items []*Item
	// Placed is set on an entry without a date that its relations placed:
	// it tells which dated entries it falls between.
	Placed *Placement
	// Conflicts are the indices in [Timeline.Conflicts] of the conflicts
	// this entry takes part in.
	Conflicts []int
}

// Placement tells where the relations of an undated entry put it: after
// one dated entry, before another, or both. The IDs name the nearest dated
// entries that its relations, followed through other undated entries,
// reach.
type Placement struct {
	// After is the ID of the latest dated entry the entry must follow, or
	// empty.
	After string `json:"after,omitempty"`
	// AfterDate is the date of the After entry.
	AfterDate news.Date `json:"afterDate,omitzero"`
	// Before is the ID of the earliest dated entry the entry must precede,
	// or empty.
	Before string `json:"before,omitempty"`
	// BeforeDate is the date of the Before entry.
	BeforeDate news.Date `json:"beforeDate,omitzero"`
}

// Event returns the event as its first source tells it, with the entry's
// date as its When.Value when the entry has a date.
func (e *Entry) Event() news.Event {
	if len(e.Items) == 0 {
		return news.Event{}
	}
	ev := e.Items[0].Event
	if !e.Date.IsZero() && !ev.When.Value.Equal(e.Date) {
		ev.When = news.When{Value: e.Date}
	}
	return ev
}

// Summary returns the summary of the event as its first source gives it.
func (e *Entry) Summary() string {
	if len(e.Items) == 0 {
		return ""
	}
	return e.Items[0].Event.Summary
}

// Key returns the explicit key of the entry's items, or "".
func (e *Entry) Key() string {
	for _, it := range e.Items {
		if it.Key != "" {
			return it.Key
		}
	}
	return ""
}

// Sources returns the distinct sources of the entry, in source order.
func (e *Entry) Sources() []Source {
	out := make([]Source, 0, len(e.Items))
	for _, it := range e.Items {
		if len(out) == 0 || out[len(out)-1] != *it.src() {
			out = append(out, *it.src())
		}
	}
	return out
}

// Alternatives returns the dates that sources gave for the event other than
// the entry's own date, distinct and in [news.Date.Compare] order.
func (e *Entry) Alternatives() []news.Date {
	var out []news.Date
	for _, it := range e.Items {
		if d := it.Event.When.Value; !d.IsZero() && !d.Equal(e.Date) {
			out = append(out, d)
		}
	}
	slices.SortFunc(out, news.Date.Compare)
	return slices.CompactFunc(out, news.Date.Equal)
}

// Span reports whether the entry's date covers more than one day — a week,
// a month, a year, an interval — so that the event lies somewhere, or
// lasts, within it and must not read as happening on its first day.
func (e *Entry) Span() bool {
	d := e.Date
	if d.IsZero() {
		return false
	}
	if d.IsInterval() || d.Precision() < news.PrecisionDay {
		return true
	}
	s, ok1 := d.Start()
	t, ok2 := d.End()
	return ok1 && ok2 && t.Sub(s) > 24*60*60*1e9
}

// Participants returns the participants that the entry's sources name,
// each distinct identity once, in the order first named.
func (e *Entry) Participants() []Identity {
	var out []Identity
	for _, it := range e.Items {
	next:
		for _, p := range it.Participants {
			for _, q := range out {
				if compareIdentity(p, q) == 0 {
					continue next
				}
			}
			out = append(out, p)
		}
	}
	return out
}

// Quotes returns what the entry's sources quote about it, each distinct
// quotation once, in source order.
func (e *Entry) Quotes() []Quotation {
	var out []Quotation
	for _, it := range e.Items {
		for _, q := range it.Quotes {
			if !slices.Contains(out, q) {
				out = append(out, q)
			}
		}
	}
	return out
}

// Conflict is something the sources disagree about, or a relation that
// cannot hold.
type Conflict struct {
	// Kind says what sort of conflict it is.
	Kind ConflictKind `json:"kind"`
	// Message says what is wrong, for a person.
	Message string `json:"message"`
	// Entries are the IDs of the entries concerned, placed or not.
	Entries []string `json:"entries"`
	// Claims are what each source said: its date for the event, or the
	// relation it stated.
	Claims []Claim `json:"claims"`
}

// Claim is what one source said about one event.
type Claim struct {
	// Source is the source.
	Source Source `json:"source"`
	// Event is the event's ID within the source.
	Event string `json:"event"`
	// When is the date the source gave the event, if any.
	When news.When `json:"when,omitzero"`
	// Relation is the relation the source stated, for conflicts about
	// relations.
	Relation news.Relation `json:"relation,omitzero"`
}

func claimOf(it *Item) Claim {
	return Claim{Source: *it.src(), Event: it.Event.ID, When: it.Event.When}
}

// ConflictKind is the sort of a [Conflict].
type ConflictKind string

// The kinds of conflict.
const (
	// ConflictDate: sources give incompatible dates for one event.
	ConflictDate ConflictKind = "date"
	// ConflictRelation: a relation contradicts the dates of its events.
	ConflictRelation ConflictKind = "relation"
	// ConflictCycle: relations, with the order of the dates, form a cycle.
	ConflictCycle ConflictKind = "cycle"
	// ConflictUnknownEvent: a relation names an event its source does not
	// give.
	ConflictUnknownEvent ConflictKind = "unknown-event"
	// ConflictDuplicateID: a source gives two different events the same ID.
	ConflictDuplicateID ConflictKind = "duplicate-id"
)

// Unplaced is an entry that could not be placed on the timeline.
type Unplaced struct {
	// Entry is the entry.
	Entry Entry
	// Reason says why, as a stable name.
	Reason Reason
	// Message says why, for a person.
	Message string
}

// Reason is why an entry could not be placed.
type Reason string

// The reasons an entry is unplaced.
const (
	// ReasonUndated: the entry has no date and no relation to another event.
	ReasonUndated Reason = "undated"
	// ReasonUnknownEvent: the entry has no date, and its relations name only
	// events that were not given.
	ReasonUnknownEvent Reason = "unknown-event"
	// ReasonCycle: the entry has no date, and its relations form a cycle.
	ReasonCycle Reason = "cycle"
	// ReasonUnanchored: the entry has no date, and its relations, followed
	// through other undated entries, reach no dated entry.
	ReasonUnanchored Reason = "unanchored"
)
