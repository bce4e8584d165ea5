package entity

import (
	"github.com/newsmodel/newsmodel/internal/enum"
	"github.com/newsmodel/newsmodel/news"
)

// Entity is a person, organization, place or other thing that a story names.
type Entity struct {
	// ID identifies the entity within its document: a slug such as
	// "vladimir-putin". Quotes, events and other entities refer to it.
	ID string `json:"id"`
	// Kind is what sort of thing the entity is.
	Kind Kind `json:"kind"`
	// Name is the entity's full, preferred name, or a description such as
	// "Russian spokesperson" when the story leaves it unnamed.
	Name string `json:"name"`
	// Aliases are the other names the story uses for it, such as
	// "President Putin" or "the 47th president".
	Aliases []string `json:"aliases,omitempty"`
	// Description says who or what the entity is, in a few words.
	Description string `json:"description,omitempty"`
	// Unnamed reports that the story does not name the entity, only
	// describes it.
	Unnamed bool `json:"unnamed,omitempty"`
	// Roles are the positions the entity holds or held.
	Roles []Role `json:"roles,omitempty"`
	// ExternalIDs identify the entity in other knowledge bases, keyed by
	// the base: "wikidata" → "Q7747".
	ExternalIDs map[string]string `json:"externalIds,omitempty"`
	// Relations link the entity to other entities of the document.
	Relations []Relation `json:"relations,omitempty"`
	// Mentions are the spans where the story names the entity.
	Mentions []news.Span `json:"mentions,omitempty"`
	// Confidence is how sure the finder of the entity is that it exists and
	// is of its kind, from 0 (a guess) to 1 (certain); zero means not given,
	// as for an entity a person wrote down. Discover sets it.
	Confidence float64 `json:"confidence,omitempty"`
}

// Role is a position an entity holds: a title, what it is held in, and when.
type Role struct {
	// Title is the position, such as "President" or "Special Envoy to the
	// Middle East".
	Title string `json:"title"`
	// Ordinal numbers the holder among all holders of the role, where the
	// story does: 47 for "the 47th president".
	Ordinal int `json:"ordinal,omitempty"`
	// Of is the ID of the entity the role is held in, such as "russia".
	Of string `json:"of,omitempty"`
	// When is the time the role is held, such as "2000/.." or "2025-01-20/..".
	When news.Date `json:"when,omitzero"`
}

// Relation links an entity to another entity of the same document. It reads
// "this entity TYPE the other": "mary-trump relative-of donald-trump".
type Relation struct {
	// Type is the kind of link.
	Type RelationType `json:"type"`
	// Entity is the ID of the other entity.
	Entity string `json:"entity"`
	// Detail narrows the link in a few words, such as "niece".
	Detail string `json:"detail,omitempty"`
	// When is the time the link holds, such as "2025-03/.." for something
	// owned since March 2025; zero when the story does not say.
	When news.Date `json:"when,omitzero"`
}

// Kind is what sort of thing an entity is.
type Kind string

// The kinds of entity.
const (
	Person       Kind = "person"
	Organization Kind = "organization"
	Place        Kind = "place"
	Event        Kind = "event" // a named event, such as a war or a summit
	Work         Kind = "work"  // a creative work, such as a portrait or a book
	Product      Kind = "product"
	Other        Kind = "other"
)

// Kinds lists every Kind.
var Kinds = []Kind{Person, Organization, Place, Event, Work, Product, Other}

// MarshalText returns the name of k, and an error for a value that is
// not one of Kinds, so that an invalid value is never written.
func (k Kind) MarshalText() ([]byte, error) {
	return enum.Text("entity", "kind", Kinds, k)
}

// UnmarshalText accepts exactly the names of Kinds.
func (k *Kind) UnmarshalText(b []byte) error { return enum.Parse("entity", "kind", Kinds, k, b) }

// RelationType is the kind of link between two entities.
type RelationType string

// The links between entities.
const (
	RelativeOf     RelationType = "relative-of"     // family, of either side
	SpouseOf       RelationType = "spouse-of"       // married or partnered
	MemberOf       RelationType = "member-of"       // a person or body within a group
	EmployedBy     RelationType = "employed-by"     // works for, or serves
	LeaderOf       RelationType = "leader-of"       // heads
	PartOf         RelationType = "part-of"         // a body within a larger body
	LocatedIn      RelationType = "located-in"      // a place or body within a place
	OwnedBy        RelationType = "owned-by"        // property or control
	CreatedBy      RelationType = "created-by"      // a work and its maker
	Depicts        RelationType = "depicts"         // a work and its subject
	AffiliatedWith RelationType = "affiliated-with" // a looser tie
	CitizenOf      RelationType = "citizen-of"      // nationality
	OpponentOf     RelationType = "opponent-of"     // a rival or adversary
)

// RelationTypes lists every RelationType.
var RelationTypes = []RelationType{
	RelativeOf, SpouseOf, MemberOf, EmployedBy, LeaderOf, PartOf, LocatedIn,
	OwnedBy, CreatedBy, Depicts, AffiliatedWith, CitizenOf, OpponentOf,
}

// MarshalText returns the name of t, and an error for a value that is
// not one of RelationTypes, so that an invalid value is never written.
func (t RelationType) MarshalText() ([]byte, error) {
	return enum.Text("entity", "relation", RelationTypes, t)
}

// UnmarshalText accepts exactly the names of RelationTypes.
func (t *RelationType) UnmarshalText(b []byte) error {
	return enum.Parse("entity", "relation", RelationTypes, t, b)
}
