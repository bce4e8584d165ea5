// Package jsonld converts between the article document and schema.org's
// NewsArticle in JSON-LD, the structured data that search engines and
// content systems read from a page's <script type="application/ld+json">.
//
// Export writes an Article as a NewsArticle with the properties Google's
// Article guidelines recommend (headline, image, datePublished and
// dateModified with their zones, author as a Person with a name) and as
// much more as schema.org can hold. Import reads an Article from a
// NewsArticle, an Article, a ReportageNewsArticle or another article type,
// alone, in an array or in an @graph as content systems write them,
// following references by @id; Extract finds the JSON-LD blocks of an HTML
// page. Both return a []convert.Loss of what did not fit: Export's losses
// point into the Article (side ours), Import's into the JSON-LD (theirs).
//
// # Mapping
//
//	Article               NewsArticle
//	id                    identifier
//	url                   url (read also from mainEntityOfPage)
//	language              inLanguage
//	headline              headline (read also from name)
//	subheadline           alternativeHeadline
//	published, modified   datePublished, dateModified (ISO 8601 forms only)
//	bylines               author, editor, contributor: Person or Organization;
//	                      another role as a Role with roleName; entity as @id
//	publisher             publisher: Organization with name and url
//	dateline              dateline (text), locationCreated (place), dateCreated (date)
//	body                  articleBody (read also from text)
//	title                 name, when it differs from the headline
//	descriptions          description (role summary), abstract (role abstract)
//	keywords              keywords (an array; read also from one text split by commas)
//	subjects              articleSection (subjects with a name only)
//	genres                genre (a URI, or a name)
//	rights                copyrightHolder (Organization), copyrightNotice,
//	                      license, usageInfo (when a URL)
//	version, expires      version, expires
//	status                creativeWorkStatus
//	related (rel source)  isBasedOn: CreativeWork (read also from citation)
//	media                 image, video, audio: ImageObject, VideoObject,
//	                      AudioObject with contentUrl, caption, creditText
//	corrections           correction: CorrectionComment with text, datePublished
//	entities              mentions: Person, Organization, Place, Event,
//	                      CreativeWork, Product, Thing, with @id "_:entity-ID",
//	                      name, alternateName, description, sameAs (Wikidata),
//	                      identifier (PropertyValue, other external IDs),
//	                      memberOf (OrganizationRole: roles), and spouse,
//	                      relatedTo, memberOf, worksFor, parentOrganization,
//	                      containedInPlace, creator, affiliation, nationality
//	                      (relations); those the headline names also in about
//	quotes                hasPart: Quotation with @id "_:quote-ID", text,
//	                      spokenByCharacter, isBasedOn (reports), about,
//	                      recordedAt (event), dateCreated (when)
//	events                about: Event with @id "_:event-ID", name, startDate,
//	                      endDate, duration, location, attendee (Role for a
//	                      participant's role), eventStatus EventScheduled
//	                      (planned), superEvent and subEvent (during, includes)
//
// What has no counterpart is a Loss: other headlines and descriptions,
// subjects with a scheme or code, the editorial instants (firstCreated,
// versionCreated, contentCreated, embargoedUntil), urgency, slugline,
// editor's note, sources, digital source type, trust indicators, external
// IDs, other forms of the body, usage terms that are not a URL, a rights
// expression, sections, related links other than a
// source, an entity's mentions and unnamed flag, a relation's detail and
// date, relations other than those above, a quote's cue, audience,
// setting, span and kind (a Quotation reads back as direct), an event's
// kind other than planned, entity, evidence and relations other than
// during and includes, the words, anchor and resolution of a date, dates
// that ISO 8601 cannot write (qualified, grouped, unspecified), the graphic
// kind of a medium (it reads back as image), and extensions. On import,
// every property the mapping does not read is a Loss naming its pointer,
// and so is every node of the document the article does not refer to.
//
// # Safety
//
// Import refuses a document nested deeper than MaxDepth before decoding
// it, and a reference from the article back to itself (its own author or
// part), which has no reading. Other cycles of a graph are read without
// looping, each node once. What Import returns passes the article's
// semantic checks: a reference the checks refuse (a quote's event that is
// no event, an event dated after the article) is cleared, with a Loss.
package jsonld
