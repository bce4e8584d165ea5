// Package ninjs converts between the article document and IPTC ninjs
// ("News in JSON"), the JSON that news agencies' APIs deliver, in its
// three major versions.
//
// Import reads a ninjs document of version 1.x, 2.x or 3.x, told apart by
// Detect from the spelling and shape of its members (or named with
// AsVersion), and returns an Article with a []convert.Loss pointing into
// the document. Export writes an Article as ninjs 1.6, 2.2 or 3.2, shapes
// that validate against the official IPTC schemas, with a []convert.Loss
// pointing into the article.
//
// # Nothing dropped, everything given back
//
// Every member ninjs defines is either mapped to the article's typed
// fields or, when those fields cannot give it back exactly, kept as it was
// in the article's extensions under "ninjs:NAME" (the item's type when it
// is not text, its representationType, profile and standard, GeoJSON of a
// place, contact details, renditions of a picture item, event details, a
// member holding an empty string, a list whose order or spelling the
// fields do not keep). The typed fields are filled all the same, so a
// program reads the headline, subjects and rights of any item. Export
// writes a kept member as it was as long as the article's fields still say
// what they said on import, and from the fields otherwise (with a Loss).
// So ninjs 3 → Article → ninjs 3 gives back every official 3.x example
// document, text items and the others (pictures, audio, video, events), as
// the same JSON value, member by member; testdata/roundtrip3.golden is the
// table. The one exception is a uri that is not an absolute URI, which
// ninjs does not allow: it is a Loss on import and written as a URN.
//
// A value that ninjs does not allow is a Loss naming its pointer: a wrong
// type, an unknown pubStatus or type, a uri that is not absolute, a member
// the version does not define (kept under "ninjs:NAME" too), both linked
// and encoded rights. The official should_fail fixtures are each refused
// (malformed JSON) or give such a Loss, except those whose fault lies
// inside a member kept as it was (event details, planned coverage,
// GeoJSON) or in a rule between members (renditions of an event);
// testdata/shouldfail.golden lists them.
//
// # Mapping
//
// Names are those of 3.x; 2.x spells them in lowercase (embargoed for
// embargoedUntil), 1.x also in the singular (person, subject, byline).
//
//	Article                   ninjs 3.x                 ninjs 2.x / 1.x
//	id                        uri (an ID that is not a URI is written
//	                          urn:newsmodel:article:ID and read back)
//	version                   version
//	firstCreated              firstCreated              firstcreated
//	versionCreated            versionCreated            versioncreated
//	contentCreated            contentCreated            contentcreated
//	embargoedUntil            embargoedUntil            embargoed
//	expires                   expires                   expires
//	status                    pubStatus                 pubstatus
//	urgency                   urgency                   urgency
//	rights.holder             copyrightHolder           copyrightholder
//	rights.notice             copyrightNotice           copyrightnotice
//	rights.usageTerms         usageTerms                usageterms
//	rights.expression         rightsInfo                rightsinfo
//	editorNote                edNote                    ednote
//	language                  language                  language
//	title, slugline           title, slugline           title, slugline
//	dateline.text             located                   located
//	headline                  headlines (role main)     headline
//	subheadline               headlines (role sub)      headline_sub
//	headlines                 headlines (their roles)   headline_ROLE
//	descriptions              descriptions              description_text, _html, _ROLE
//	body                      bodies (text/plain)       body_text
//	bodies                    bodies (other forms)      body_html, body_ROLE
//	bylines                   by (names joined)         byline
//	publisher                 infoSources (role publisher)
//	sources                   infoSources               infosource (rel)
//	entities: person          people                    person
//	entities: organization    organisations             organisation
//	entities: place           places                    place
//	entities: event           events                    event
//	entities: other, work,    objects                   object
//	  product
//	entity externalIds        uri (wikidata and other known schemes, or
//	                          "uri"), literal ("literal")
//	subjects                  subjects: uri (scheme + code), literal,
//	                          name, rel, creator, relevance, confidence
//	genres                    genres                    genre
//	media                     associations of type picture, video,
//	                          audio, graphic: name, uri, by (credit),
//	                          descriptions (caption), renditions
//	externalIds               altIds (role, value)      altids (object)
//	trustIndicators           trustIndicators           trustindicator
//	digitalSourceType         digitalSourceType.uri     digitalsourcetype
//	extensions ninjs:NAME     NAME, as it was
//
// Subjects in 3.x carry their relation to the article in rel, as ours do;
// entities are listed by kind in people, organisations, places, events and
// objects, which every version has.
//
// # Losses on export
//
// ninjs has no home for an article's url, published and modified dates
// (written as firstCreated and versionCreated when those are empty and the
// date has seconds and an offset), a date that is not such a date-time,
// the statusReason, the licence URL, keywords, the dateline's place and
// date, sections, related links, corrections, quotes, dated events (ninjs
// events are named entities), text spans, an entity's ID, aliases,
// description, roles, relations and mentions, a byline's role and entity,
// and other extensions: each is a Loss naming its pointer in the article.
// Entities not in kind order read back in that order; several bylines read
// back as one.
//
// # Safety
//
// Import refuses a document nested deeper than MaxDepth before decoding
// it, malformed JSON with its line and column, and a document that is not
// an object; it never panics (FuzzImport). A duplicate member below the
// top level is read as encoding/json reads it, the last one winning, and
// reported as a Loss.
package ninjs
