package news

import "github.com/newsmodel/newsmodel/internal/enum"

// Event is something that happened, or is planned or claimed to happen, as an
// article reports it.
type Event struct {
	// ID identifies the event within its document: a slug such as "ev1".
	ID string `json:"id"`
	// Summary says in one sentence what happened.
	Summary string `json:"summary"`
	// Kind tells whether the event happened, is a state, a statement, or is
	// planned or hypothetical. The zero Kind means unspecified.
	Kind EventKind `json:"kind,omitempty"`
	// When dates the event; the zero When means the story gives no date and
	// only Relations place it. The date is the period within which the event
	// took place, or which it spans: "2024-07" says the event lies within
	// July 2024, "../2025-03-23" that it lies before 23 March 2025.
	When When `json:"when,omitzero"`
	// Duration is how long the event lasted or is to last, where the story
	// says so: P30D for "a 30-day halt". It is a length, not a date.
	Duration Duration `json:"duration,omitzero"`
	// Entity is the ID of an entity of kind event that names this event,
	// such as a war the story also mentions by name.
	Entity string `json:"entity,omitempty"`
	// Place is the entity ID of where the event happened.
	Place string `json:"place,omitempty"`
	// Participants are the entities that took part, with their roles.
	Participants []Participant `json:"participants,omitempty"`
	// Relations order this event against other events of the document.
	Relations []Relation `json:"relations,omitempty"`
	// Evidence are the spans of text that report the event.
	Evidence []Span `json:"evidence,omitempty"`
}

// When is a date together with where it came from: the words of the story
// and the date those words were resolved against.
type When struct {
	// Value is the date, an EDTF string in JSON; zero when the expression
	// could not be resolved, in which case Text keeps it.
	Value Date `json:"value,omitzero"`
	// Text is the expression as the story wrote it, such as "last July".
	Text string `json:"text,omitempty"`
	// Anchor is the date a relative Text was resolved against, usually the
	// article's publication date.
	Anchor Date `json:"anchor,omitzero"`
	// Resolution says how an underspecified expression was resolved.
	Resolution Resolution `json:"resolution,omitempty"`
	// Mod is the TimeML modifier of Value: "early November" is Value
	// 2024-11 with Mod [ModStart]; "since 1989" is 1989/.. with
	// [ModOnOrAfter]. Empty when the words add none.
	Mod Mod `json:"mod,omitempty"`
}

// IsZero reports whether w holds no date and no text.
func (w When) IsZero() bool {
	return w.Value.IsZero() && w.Text == "" && w.Anchor.IsZero() && w.Resolution == "" && w.Mod == ""
}

// Participant is an entity that took part in an event.
type Participant struct {
	// Entity is the ID of an entity of the same document.
	Entity string `json:"entity"`
	// Role is the part the entity played, a short lowercase word or phrase
	// such as "agent", "target", "perpetrator", "host" or "recipient".
	Role string `json:"role,omitempty"`
}

// Relation orders an event against another event of the same document.
type Relation struct {
	// Type is how this event stands to the other.
	Type RelationType `json:"type"`
	// Event is the ID of the other event.
	Event string `json:"event"`
}

// EventKind is the kind of an event, after the event classes of TimeML
// (ISO 24617-1) reduced to what a reader of news needs to know: whether it
// happened, and whether its date may lie after the story's.
type EventKind string

// The kinds of event.
const (
	Occurrence   EventKind = "occurrence"   // something that happened
	State        EventKind = "state"        // a condition that holds over time, such as a war
	Statement    EventKind = "statement"    // something someone said or announced
	Planned      EventKind = "planned"      // scheduled or intended; may lie after publication
	Hypothetical EventKind = "hypothetical" // proposed, possible or denied; may lie after publication
)

// EventKinds lists every event Kind.
var EventKinds = []EventKind{Occurrence, State, Statement, Planned, Hypothetical}

// MayFollow reports whether an event of kind k may be dated after the story
// that reports it.
func (k EventKind) MayFollow() bool { return k == Planned || k == Hypothetical }

// MarshalText returns the name of k, and an error for a value that is
// not one of Kinds, so that an invalid value is never written.
func (k EventKind) MarshalText() ([]byte, error) {
	return enum.Text("news", "event kind", EventKinds, k)
}

// UnmarshalText accepts exactly the names of Kinds.
func (k *EventKind) UnmarshalText(b []byte) error {
	return enum.Parse("news", "event kind", EventKinds, k, b)
}

// RelationType is how one event stands to another in time or cause.
type RelationType string

// The relations between events. Each reads "this event TYPE the other".
const (
	Before       RelationType = "before"       // ends before the other starts
	After        RelationType = "after"        // starts after the other ends
	During       RelationType = "during"       // lies within the other
	Includes     RelationType = "includes"     // the other lies within this one
	Overlaps     RelationType = "overlaps"     // shares some time with the other
	Simultaneous RelationType = "simultaneous" // happens at the same time
	Causes       RelationType = "causes"       // brings the other about, so starts no later
)

// RelationTypes lists every RelationType.
var RelationTypes = []RelationType{Before, After, During, Includes, Overlaps, Simultaneous, Causes}

// MarshalText returns the name of t, and an error for a value that is
// not one of RelationTypes, so that an invalid value is never written.
func (t RelationType) MarshalText() ([]byte, error) {
	return enum.Text("news", "event relation", RelationTypes, t)
}

// UnmarshalText accepts exactly the names of RelationTypes.
func (t *RelationType) UnmarshalText(b []byte) error {
	return enum.Parse("news", "event relation", RelationTypes, t, b)
}

// Inverse returns the relation seen from the other event, and false for
// Causes, which has no inverse among the types.
func (t RelationType) Inverse() (RelationType, bool) {
	switch t {
	case Before:
		return After, true
	case After:
		return Before, true
	case During:
		return Includes, true
	case Includes:
		return During, true
	case Overlaps, Simultaneous:
		return t, true
	}
	return "", false
}

// Allows reports whether an event can stand in relation t to another when
// its date stands in Allen relation a to the other's date. An event lies
// somewhere within its date, so only dates that rule out every placement
// disallow a relation: Before and Causes are ruled out by a date wholly
// after the other's (AllenAfter, AllenMetBy), After by one wholly before
// it (AllenBefore, AllenMeets), and During, Includes, Overlaps and
// Simultaneous by dates that share no time. Every other Allen relation,
// AllenUnknown included, allows every type, and a type not in
// RelationTypes allows every Allen relation.
func (t RelationType) Allows(a Allen) bool {
	switch t {
	case Before, Causes:
		return a != AllenMetBy && a != AllenAfter
	case After:
		return a != AllenBefore && a != AllenMeets
	case During, Includes, Overlaps, Simultaneous:
		return a != AllenBefore && a != AllenMeets && a != AllenMetBy && a != AllenAfter
	}
	return true
}

// Resolution says how an underspecified date expression was resolved.
type Resolution string

// The ways an expression can be resolved.
const (
	Explicit Resolution = "explicit" // the text gave the date in full
	Past     Resolution = "past"     // the most recent matching date not after the anchor
	Future   Resolution = "future"   // the next matching date not before the anchor
	Nearest  Resolution = "nearest"  // the matching date nearest the anchor
)

// Resolutions lists every Resolution.
var Resolutions = []Resolution{Explicit, Past, Future, Nearest}

// MarshalText returns the name of r, and an error for a value that is
// not one of Resolutions, so that an invalid value is never written.
func (r Resolution) MarshalText() ([]byte, error) {
	return enum.Text("news", "resolution", Resolutions, r)
}

// UnmarshalText accepts exactly the names of Resolutions.
func (r *Resolution) UnmarshalText(b []byte) error {
	return enum.Parse("news", "resolution", Resolutions, r, b)
}

// Mod is a TimeML modifier of a date: the words "early", "mid", "late",
// "before", "since", "about" and their kind, kept in structure beside the
// date they modify (TimeML 1.2.1 annotation guidelines, the mod attribute of
// TIMEX3). The zero Mod is no modifier.
type Mod string

// The TimeML modifiers.
const (
	ModStart       Mod = "START"         // the beginning of the period: "early June"
	ModMid         Mod = "MID"           // its middle: "mid-June"
	ModEnd         Mod = "END"           // its end: "late June", "the end of the year"
	ModBefore      Mod = "BEFORE"        // before it, excluded: "before 2020"
	ModAfter       Mod = "AFTER"         // after it, excluded: "after March"
	ModOnOrBefore  Mod = "ON_OR_BEFORE"  // up to it, included: "until May", "by Friday"
	ModOnOrAfter   Mod = "ON_OR_AFTER"   // from it on, included: "since 1989"
	ModApprox      Mod = "APPROX"        // about it: "around Nov. 1", "about 10 days ago"
	ModLessThan    Mod = "LESS_THAN"     // a length under it: "less than a year"
	ModMoreThan    Mod = "MORE_THAN"     // a length over it: "more than a year"
	ModEqualOrLess Mod = "EQUAL_OR_LESS" // a length of at most it: "no more than a year"
	ModEqualOrMore Mod = "EQUAL_OR_MORE" // a length of at least it: "at least a year"
)

// Mods lists every Mod, in the order of the TimeML guidelines.
var Mods = []Mod{ModStart, ModMid, ModEnd, ModBefore, ModAfter, ModOnOrBefore, ModOnOrAfter,
	ModApprox, ModLessThan, ModMoreThan, ModEqualOrLess, ModEqualOrMore}

// MarshalText returns the name of m, and an error for a value that is not
// one of Mods, so that an invalid value is never written.
func (m Mod) MarshalText() ([]byte, error) {
	return enum.Text("news", "mod", Mods, m)
}

// UnmarshalText accepts exactly the names of Mods.
func (m *Mod) UnmarshalText(b []byte) error {
	return enum.Parse("news", "mod", Mods, m, b)
}
