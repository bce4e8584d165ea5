package timeline

import (
	"slices"

	"github.com/newsmodel/newsmodel/news"
)

// Source is where an event was told: the article, its address, when it was
// published and by whom. Items of the same Source are one document: their
// relations name each other by event ID.
type Source struct {
	// Article is the ID of the article.
	Article string `json:"article"`
	// URL is the article's address.
	URL string `json:"url,omitempty"`
	// Published is when the article was first published.
	Published news.Date `json:"published,omitzero"`
	// Publisher names who published the article.
	Publisher string `json:"publisher,omitempty"`
}

// Identity is a participant of an event, resolved by the caller from the
// document-local entity ID to what identifies it across documents: its name
// and its IDs in other knowledge bases.
type Identity struct {
	// Name is the participant's full name.
	Name string `json:"name"`
	// Role is the part it played in the event, such as "target".
	Role string `json:"role,omitempty"`
	// ExternalIDs identify it in other knowledge bases, keyed by the base:
	// "wikidata" → "Q7747".
	ExternalIDs map[string]string `json:"externalIds,omitempty"`
}

// Quotation is something someone said about an event, as a source reports it.
type Quotation struct {
	// Text is what was said.
	Text string `json:"text"`
	// Speaker is the name of who said it, or empty.
	Speaker string `json:"speaker,omitempty"`
}

// Item is one event as one source tells it: the input of a [Builder].
type Item struct {
	// Source is the article that tells of the event. The items of one
	// article share it, so that a million items need not hold a million
	// copies; items compare their sources by value, not by pointer. A nil
	// Source is the zero Source.
	Source *Source
	// Event is the event as the article tells it. Its relations name other
	// events of the same Source.
	Event news.Event
	// Key, when not empty, identifies the event across sources: items with
	// the same Key are the same event, and two items with different Keys
	// never are. Items without a Key are matched by similarity (see
	// [Builder]).
	Key string
	// Participants are the event's participants, resolved by the caller to
	// identities that hold across documents.
	Participants []Identity
	// Quotes are what the source quotes about the event.
	Quotes []Quotation
}

// src returns the item's source, the zero Source when it has none.
func (it *Item) src() *Source {
	if it.Source == nil {
		return &noSource
	}
	return it.Source
}

var noSource Source

// sameSource reports whether two items have the same source.
func sameSource(a, b *Item) bool {
	return a.Source == b.Source || *a.src() == *b.src()
}

// Builder collects items from any number of sources and builds a [Timeline].
// The zero Builder is ready to use, with the default options.
//
// The result of [Builder.Build] depends only on the set of items added and
// the options: not on the order of Add calls, and not on duplicates (an item
// added twice counts once). This is what makes [Merge] associative and
// commutative. A Builder is not safe for concurrent use; a Timeline, which
// nothing changes once built, may be read and rendered concurrently.
//
// # Same event
//
// Items with the same non-empty Key are one event, and items with different
// non-empty Keys are different events. Otherwise two items tell of the same
// event when all of these hold:
//   - their kinds agree, or either is unspecified (kinds other than those
//     of [news.EventKinds] are compared by a 31-bit hash of their names);
//   - their participants overlap, or neither lists any. Two identities are
//     the same participant when they share an external ID (same base, same
//     value); when they have a base in common but no value, they are not;
//     otherwise when their names are equal after Unicode NFC normalization,
//     case folding and collapsing of white space;
//   - their dates are compatible (one contains the other, as [news.Date.Contains]
//     says, or neither has a date) and their summaries are similar: the
//     Jaccard index of their sets of folded words, leaving out a few English
//     function words ("the", "of", "on", …), is at least [MinSimilarity]
//     (0.5 by default). Words are compared by 32-bit hashes: two different
//     words in two summaries of five words share one with a chance of about
//     one in 170 million, which can only raise the index;
//   - or, for events that both name participants, their dates are
//     incompatible but the summaries are so similar (at least
//     [MinDisputedSimilarity], 0.8 by default) that they clearly tell of one
//     event: then the entry carries a conflict with each source's date.
//
// Two items of one source (the same Source, or Sources with the same
// non-empty Article) whose events name each other in a relation are never
// the same: a story that says "e1 before e2" tells of two events, however
// alike their summaries.
//
// The relation is closed transitively: if a is b and b is c, a, b and c are
// one entry. Comparing every pair would cost n², so candidates are blocked:
// two items are compared only when they share a participant key (a folded
// name or an external ID; items without participants share one block) and a
// year of their dates (an undated item stands at the publication date of its
// source), and lie near each other within that block in date order: the next
// four items, and every following item that starts before the first one
// ends, up to 64.
//
// # Order
//
// Entries with a date are ordered by [news.Date.Compare] (start, then end, then
// precision, coarser first, then text), ties going to the source published
// first, then the article ID, then the event ID. A coarse date sorts by its
// start: "2024" comes before "2024-07-13", and [Entry.Span] tells that it
// is a span. Relations between two dated entries do not move them; they are
// checked against the dates, and one that the dates exclude (an event
// "before" another whose date ends before the first's begins) is a
// [Conflict] of kind [ConflictRelation]. A relation says where an undated
// entry goes, read as "this event TYPE the other": before, causes and
// includes put this event first; after and during put the other first;
// simultaneous and overlaps put the dated one first, or the one of the two
// undated entries that comes first in canonical order. An undated entry goes
// right after the latest dated entry its relations, followed through other
// undated entries, put before it, else right before the earliest they put
// after it, else next to a related undated entry that has a place; among
// themselves undated entries keep the order of their relations. When those
// relations put an entry after the start of one dated entry and before the
// end of another that ends first, a [ConflictRelation] says so and the entry
// stays after the first. Relations that form a cycle make a [Conflict] of
// kind [ConflictCycle], and their undated entries go to
// [Timeline.Unplaced], as do undated entries without relations, with
// relations only to events their source does not give (also a conflict of
// kind [ConflictUnknownEvent]), or whose relations reach no dated entry
// (unless no entry has a date: then they are placed by their relations
// alone).
//
// # Date of an entry
//
// An entry keeps the most precise date compatible with every source: the
// claimed date that every other claimed date contains. When there is none,
// the sources disagree: the entry takes the date contained in the most
// claims (then the finer, then the earlier) and a [Conflict] of kind
// [ConflictDate] lists each source's claim.
type Builder struct {
	items []Item  // as added; never reordered, so timelines may point into it
	order []*Item // the items in canonical order, without duplicates
	fresh bool    // order is up to date
	cfg   config
}

type config struct {
	minSim, minDisputed float64
}

func (c *config) fill() {
	if c.minSim == 0 {
		c.minSim = 0.5
	}
	if c.minDisputed == 0 {
		c.minDisputed = 0.8
	}
}

// BuildOption configures a [Builder].
type BuildOption func(*config)

// MinSimilarity sets the least Jaccard index of folded summary words at
// which two items with compatible dates are the same event. It is clamped
// to (0, 1]; the default is 0.5.
func MinSimilarity(x float64) BuildOption {
	return func(c *config) { c.minSim = clamp(x) }
}

// MinDisputedSimilarity sets the least Jaccard index of folded summary words
// at which two items with incompatible dates and a participant in common are
// still the same event, told with conflicting dates. It is clamped to
// (0, 1]; the default is 0.8.
func MinDisputedSimilarity(x float64) BuildOption {
	return func(c *config) { c.minDisputed = clamp(x) }
}

func clamp(x float64) float64 {
	if !(x > 0) { // also NaN
		return 1e-9
	}
	return min(x, 1)
}

// NewBuilder returns a Builder with the given options.
func NewBuilder(opts ...BuildOption) *Builder {
	b := new(Builder)
	for _, o := range opts {
		o(&b.cfg)
	}
	return b
}

// Grow makes room for n more items without reallocating.
func (b *Builder) Grow(n int) {
	if n > 0 {
		b.items = slices.Grow(b.items, n)
	}
}

// Add adds items. The builder keeps copies of the Item values, but shares
// what their pointers, slices and maps point to, the Source included: do
// not change those afterwards.
func (b *Builder) Add(items ...Item) {
	if len(items) == 0 {
		return
	}
	b.items = append(b.items, items...)
	b.fresh = false
}

// Len returns the number of items added so far, duplicates included.
func (b *Builder) Len() int { return len(b.items) }

// Build returns the timeline of the items added so far. The builder can go
// on collecting items and build again; timelines already built do not
// change.
func (b *Builder) Build() *Timeline {
	cfg := b.cfg
	cfg.fill()
	var s *state
	if !b.fresh {
		s = &state{cfg: cfg}
		b.order = s.canonical(b.items)
		b.fresh = true
	}
	return build(b.order, cfg, s)
}
