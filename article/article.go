package article

import (
	"encoding/json"
	"time"

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
	// Headlines are the article's other headlines, each for a use its role
	// names: a short one for a homepage, one for search engines, one for
	// print. Headline stays the main one. ninjs: headlines (those of role
	// other than "main"); schema.org: alternativeHeadline.
	Headlines []Headline `json:"headlines,omitempty"`
	// Descriptions summarise the article: a summary, a teaser, a lead, each
	// with its role. ninjs: descriptions; schema.org: description (role
	// "summary") and abstract.
	Descriptions []Description `json:"descriptions,omitempty"`
	// Published is when the article was first published.
	Published news.Date `json:"published,omitzero"`
	// Modified is when the article was last changed.
	Modified news.Date `json:"modified,omitzero"`
	// Version names this version of the article, such as "2"; versions of
	// one article share its ID. ninjs: version; schema.org: version.
	Version string `json:"version,omitempty"`
	// FirstCreated is the instant the first version of the article was
	// created: a date-time with its offset, as ninjs requires. ninjs:
	// firstCreated; schema.org: dateCreated.
	FirstCreated time.Time `json:"firstCreated,omitzero"`
	// VersionCreated is the instant this version was created; not before
	// FirstCreated. ninjs: versionCreated; schema.org: dateModified comes
	// closest, but Modified holds that.
	VersionCreated time.Time `json:"versionCreated,omitzero"`
	// ContentCreated is when the content itself was made, which may be long
	// before the article (an archive text or picture republished), and may
	// be known only to the year: an EDTF date. ninjs: contentCreated (a
	// date-time there); schema.org: dateCreated of the work.
	ContentCreated news.Date `json:"contentCreated,omitzero"`
	// Status is the article's editorial status: usable, withheld or
	// canceled; the zero Status states none, which receivers take as usable.
	// ninjs: pubStatus; schema.org: creativeWorkStatus.
	Status Status `json:"status,omitempty"`
	// StatusReason says why the article is withheld or canceled: a
	// correction, a legal order, a mistaken release. It is required when
	// Status is Withheld or Canceled. ninjs has no member of its own; its
	// edNote often carries it.
	StatusReason string `json:"statusReason,omitempty"`
	// EmbargoedUntil is the instant before which the article must not be
	// published: a date-time with its offset, as ninjs requires. ninjs:
	// embargoedUntil; schema.org has none.
	EmbargoedUntil time.Time `json:"embargoedUntil,omitzero"`
	// Expires is the instant after which the provider no longer considers
	// the article editorially relevant; not before EmbargoedUntil. ninjs:
	// expires; schema.org: expires.
	Expires time.Time `json:"expires,omitzero"`
	// Urgency is the editorial urgency from 1 (most urgent) to 9 (least);
	// 0 states none. ninjs: urgency; schema.org has none.
	Urgency int `json:"urgency,omitempty"`
	// Slugline is the short name staff use for the story, such as
	// "skien-google". ninjs: slugline.
	Slugline string `json:"slugline,omitempty"`
	// Title is a short name for the article as metadata, not for
	// publication (Headline is for readers). ninjs: title; schema.org:
	// name.
	Title string `json:"title,omitempty"`
	// EditorNote is a note for the editors who receive the article, not for
	// publication. ninjs: edNote.
	EditorNote string `json:"editorNote,omitempty"`
	// Bylines name who wrote or made the article.
	Bylines []Byline `json:"bylines,omitempty"`
	// Publisher is who published the article.
	Publisher Publisher `json:"publisher,omitzero"`
	// Dateline is where and when the story was filed.
	Dateline Dateline `json:"dateline,omitzero"`
	// Sources are the parties the content came from: a wire service, a
	// pool, a reader who sent it in. ninjs: infoSources; schema.org:
	// sourceOrganization.
	Sources []Source `json:"sources,omitempty"`
	// Rights are the copyright and the terms of use. ninjs:
	// copyrightHolder, copyrightNotice, usageTerms, rightsInfo; schema.org:
	// copyrightHolder, copyrightNotice, usageInfo, license.
	Rights Rights `json:"rights,omitzero"`
	// DigitalSourceType says how the content was made, as an IPTC NewsCodes
	// URI: captured from life, edited by people, made by generative AI.
	// ninjs: digitalSourceType (its uri); schema.org: digitalSourceType.
	DigitalSourceType DigitalSourceType `json:"digitalSourceType,omitempty"`
	// TrustIndicators link to what backs the article's trustworthiness: the
	// publisher's ethics policy, corrections policy, the author's profile.
	// ninjs: trustIndicators; schema.org: publishingPrinciples and its
	// kin.
	TrustIndicators []TrustIndicator `json:"trustIndicators,omitempty"`
	// ExternalIDs are the article's identifiers in other systems, keyed by a
	// lowercase name of the system or of the identifier's role, such as
	// {"originaltransmissionreference": "a0f2d045"}. ninjs: altIds (role and
	// value); schema.org: identifier.
	ExternalIDs map[string]string `json:"externalIds,omitempty"`
	// Subjects are what the article is about, from controlled vocabularies
	// such as IPTC Media Topics, or as free names. ninjs: subjects;
	// schema.org: about.
	Subjects []Subject `json:"subjects,omitempty"`
	// Genres are the article's journalistic kind: an interview, an
	// analysis, a fact check. ninjs: genres; schema.org: genre.
	Genres []Genre `json:"genres,omitempty"`
	// Keywords are free words or phrases for search. ninjs has none (its
	// subjects with only a name come closest); schema.org: keywords.
	Keywords []string `json:"keywords,omitempty"`
	// Body is the article's text as plain text, paragraphs separated by one
	// blank line ("\n\n").
	Body string `json:"body,omitempty"`
	// Bodies are the body in other forms, such as HTML or NITF, each with
	// its media type; Body stays the plain text that spans count in.
	// ninjs: bodies; schema.org: articleBody is the plain text.
	Bodies []Body `json:"bodies,omitempty"`
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
// It is what ninjs calls an associated item (associations) of a media type,
// and schema.org an associatedMedia.
type Media struct {
	// Kind is "image", "video", "audio" or "graphic".
	Kind string `json:"kind"`
	// URL is where the media file is.
	URL string `json:"url,omitempty"`
	// Credit names who made or supplied it.
	Credit string `json:"credit,omitempty"`
	// Caption describes it.
	Caption string `json:"caption,omitempty"`
	// URI is the media item's own global identifier, which may differ from
	// where its files are. ninjs: uri of the associated item; schema.org:
	// identifier.
	URI string `json:"uri,omitempty"`
	// Name is the item's name within the article, such as "logo" or
	// "featureimage". ninjs: name of the association.
	Name string `json:"name,omitempty"`
	// Renditions are the files of the item in different sizes or formats.
	// ninjs: renditions; schema.org: contentUrl, encoding.
	Renditions []Rendition `json:"renditions,omitempty"`
}

// Rendition is one file of a media item: a size or a format of it.
type Rendition struct {
	// Name names the rendition among the item's, such as "thumbnail" or
	// "highres". ninjs: name.
	Name string `json:"name,omitempty"`
	// URL is where the file is. ninjs: href; schema.org: contentUrl.
	URL string `json:"url"`
	// MediaType is the file's IANA media type, such as "image/jpeg". ninjs:
	// contentType; schema.org: encodingFormat.
	MediaType string `json:"mediaType,omitempty"`
	// Title labels the rendition for people, such as "Preview". ninjs:
	// title.
	Title string `json:"title,omitempty"`
	// Width is the width of a picture or video in pixels; 0 states none.
	// ninjs: width; schema.org: width.
	Width int `json:"width,omitempty"`
	// Height is the height of a picture or video in pixels; 0 states none.
	// ninjs: height; schema.org: height.
	Height int `json:"height,omitempty"`
	// Bytes is the size of the file; 0 states none. ninjs: sizeInBytes;
	// schema.org: contentSize.
	Bytes int64 `json:"bytes,omitempty"`
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
