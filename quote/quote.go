package quote

import (
	"github.com/newsmodel/newsmodel/internal/enum"
	"github.com/newsmodel/newsmodel/news"
)

// Quote is something a story reports that someone said or wrote.
type Quote struct {
	// ID identifies the quote within its document: a slug such as "q1".
	ID string `json:"id"`
	// Kind says how closely the story reproduces the words.
	Kind Kind `json:"kind"`
	// Text is what was said: the quoted words for direct and partial
	// quotes, the story's paraphrase for indirect ones.
	Text string `json:"text"`
	// Speaker is the entity ID of who said it; empty only when the story
	// does not say.
	Speaker string `json:"speaker,omitempty"`
	// Cue is the reporting verb that attributes the quote, such as "said",
	// "told" or "according to".
	Cue Cue `json:"cue,omitzero"`
	// Audience are the entity IDs of whom the words were said to.
	Audience []string `json:"audience,omitempty"`
	// About are the entity IDs of whom or what the words are about, where
	// the quote does not name them itself.
	About []string `json:"about,omitempty"`
	// Setting is where or how the words were said, a short lowercase word or
	// phrase such as "interview", "statement", "speech", "rally",
	// "press-conference", "social-media" or "book". Where the quote is
	// printed in the article is its Span's business, not the setting's.
	Setting string `json:"setting,omitempty"`
	// Event is the ID of the event at which the words were said, such as an
	// interview the article dates.
	Event string `json:"event,omitempty"`
	// Reports is the ID of the quote that this one relays: when a speaker
	// tells what someone else told them, the relayed words are a quote of
	// their own, and the relaying quote reports it.
	Reports string `json:"reports,omitempty"`
	// When is when the words were said.
	When news.When `json:"when,omitzero"`
	// Span is where the quote stands in the document.
	Span news.Span `json:"span,omitzero"`
}

// Cue is the expression that attributes a quote to its speaker.
type Cue struct {
	// Text is the cue as written, such as "told" or "according to".
	Text string `json:"text"`
	// Lemma is its dictionary form, such as "tell" or "according to".
	Lemma string `json:"lemma,omitempty"`
}

// IsZero reports whether c is the zero Cue.
func (c Cue) IsZero() bool { return c == Cue{} }

// Kind says how closely a story reproduces a speaker's words.
type Kind string

// The kinds of quote.
const (
	// Direct is a verbatim quotation of a whole statement.
	Direct Kind = "direct"
	// Partial is a verbatim fragment set inside the story's own sentence.
	Partial Kind = "partial"
	// Indirect is reported speech in the story's words.
	Indirect Kind = "indirect"
	// Mixed is reported speech that also quotes some words verbatim.
	Mixed Kind = "mixed"
)

// Kinds lists every Kind.
var Kinds = []Kind{Direct, Partial, Indirect, Mixed}

// MarshalText returns the name of k, and an error for a value that is
// not one of Kinds, so that an invalid value is never written.
func (k Kind) MarshalText() ([]byte, error) {
	return enum.Text("quote", "kind", Kinds, k)
}

// UnmarshalText accepts exactly the names of Kinds.
func (k *Kind) UnmarshalText(b []byte) error { return enum.Parse("quote", "kind", Kinds, k, b) }
