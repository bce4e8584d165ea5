package article

import (
	"encoding/json"

	"golang.org/x/text/language"

	"github.com/newsmodel/newsmodel/entity"
	"github.com/newsmodel/newsmodel/news"
	"github.com/newsmodel/newsmodel/quote"
)

// SchemaVersion is the version of the JSON document that this package reads
// and writes. New documents carry it in their schemaVersion member.
const SchemaVersion = "1"

// Article is one news story: its metadata, its text, and what the text says
// in structured form — the entities it names, the quotes it reports and the
// dated events it tells of. Offsets of every span count code points of Body
// unless the span names another field.
type Article struct {
	// SchemaVersion is the version of the document format; SchemaVersion
	// for documents this package writes.
	SchemaVersion string `json:"schemaVersion"`
	// ID identifies the article, for example a slug or the publisher's own
	// identifier.
	ID string `json:"id"`
	// URL is the canonical address of the article.
	URL string `json:"url,omitempty"`
	// Language is the BCP 47 tag of the article's language, such as "en".
	Language language.Tag `json:"language,omitzero"`
	// Headline is the article's title.
	Headline string `json:"headline"`
	// Subheadline is the line under the headline, if any.
	Subheadline string `json:"subheadline,omitempty"`
	// Published is when the article was first published.
	Published news.Date `json:"published,omitzero"`
	// Modified is when the article was last changed.
	Modified news.Date `json:"modified,omitzero"`
	// Bylines name who wrote or made the article.
	Bylines []Byline `json:"bylines,omitempty"`
	// Publisher is who published the article.
	Publisher Publisher `json:"publisher,omitzero"`
	// Dateline is where and when the story was filed.
	Dateline Dateline `json:"dateline,omitzero"`
	// Body is the article's text as plain text, paragraphs separated by one
	// blank line ("\n\n").
	Body string `json:"body,omitempty"`
	// Sections are the headed parts of the body.
	Sections []Section `json:"sections,omitempty"`
	// Related are links to other articles.
	Related []Link `json:"related,omitempty"`
	// Media are the pictures, videos and other media of the article.
	Media []Media `json:"media,omitempty"`
	// Corrections are the corrections published to the article.
	Corrections []Correction `json:"corrections,omitempty"`
	// Entities are the people, organizations, places and other things the
	// article names.
	Entities []entity.Entity `json:"entities,omitempty"`
	// Quotes are what the article reports that people said.
	Quotes []quote.Quote `json:"quotes,omitempty"`
	// Events are what the article reports happened, with their dates.
	Events []news.Event `json:"events,omitempty"`
	// Extensions hold data this format does not model, keyed by a
	// namespaced name such as "acme:desk" (a lowercase namespace, a colon,
	// and a name), each any JSON value.
	Extensions map[string]json.RawMessage `json:"extensions,omitempty"`
}

// Byline names someone who made the article.
type Byline struct {
	// Name is the person's or agency's name as printed.
	Name string `json:"name"`
	// Role is what they did: "author", "reporter", "editor",
	// "photographer", "contributor" or another short lowercase word.
	Role string `json:"role,omitempty"`
	// Entity is the ID of the byline's entity, when the article lists it.
	Entity string `json:"entity,omitempty"`
}

// Publisher is the organization that published the article.
type Publisher struct {
	// Name is the publisher's name.
	Name string `json:"name"`
	// URL is the publisher's home page.
	URL string `json:"url,omitempty"`
}

// IsZero reports whether p is the zero Publisher.
func (p Publisher) IsZero() bool { return p == Publisher{} }

// Dateline is the place and date a story was filed from.
type Dateline struct {
	// Place is the entity ID of the place.
	Place string `json:"place,omitempty"`
	// Date is the filing date.
	Date news.Date `json:"date,omitzero"`
	// Text is the dateline as printed, such as "MOSCOW".
	Text string `json:"text,omitempty"`
}

// IsZero reports whether d is the zero Dateline.
func (d Dateline) IsZero() bool { return d.Place == "" && d.Date.IsZero() && d.Text == "" }

// Section is a headed part of the body.
type Section struct {
	// Heading is the section's heading as printed, such as "What Happened".
	Heading string `json:"heading"`
	// Span is the part of the body the section covers.
	Span news.Span `json:"span"`
}

// Link is a link to another article.
type Link struct {
	// Rel is how the linked article relates to this one: "also-read",
	// "read-next", "source", "update", "background" or another short
	// lowercase word.
	Rel string `json:"rel"`
	// Title is the linked article's headline.
	Title string `json:"title,omitempty"`
	// URL is the linked article's address.
	URL string `json:"url,omitempty"`
}

// Media is a picture, video, audio clip or graphic that goes with the article.
type Media struct {
	// Kind is "image", "video", "audio" or "graphic".
	Kind string `json:"kind"`
	// URL is where the media file is.
	URL string `json:"url,omitempty"`
	// Credit names who made or supplied it.
	Credit string `json:"credit,omitempty"`
	// Caption describes it.
	Caption string `json:"caption,omitempty"`
}

// Correction is a correction published to the article.
type Correction struct {
	// Date is when the correction was made.
	Date news.Date `json:"date,omitzero"`
	// Text is the correction as published.
	Text string `json:"text"`
}

// New returns an empty Article with the current SchemaVersion and the given
// ID and headline.
func New(id, headline string) *Article {
	return &Article{SchemaVersion: SchemaVersion, ID: id, Headline: headline}
}

// Span returns the span of the n-th occurrence (counting from 1) of phrase
// in the body, with its Text set, so that nobody counts offsets by hand.
func (a *Article) Span(phrase string, n int) (news.Span, error) {
	return news.SpanOf(a.Body, phrase, n)
}
