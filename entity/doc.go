// Package entity describes the people, organizations, places and other things
// that a news story names: their kinds, the aliases the story uses, the roles
// they hold, their links to each other and to external knowledge bases, and
// the spans of text that mention them.
//
// Entities are identified within a document by a slug ID ("vladimir-putin");
// quotes, events and other entities refer to them by that ID.
//
// # Discovery
//
// [Discover] finds the people, organizations and places a plain text names,
// with every mention, without a registry: rules over capitalised words
// (sentence starts, headlines in title case or capitals, titles, initials,
// particles, datelines, "Butler, Pa.") and small tables of facts shipped with
// the package (countries with demonyms and capitals, US states, large
// cities, regions, well-known organizations, common given names). Mentions
// cover the name only, never a title before it or a possessive after it, as
// in the CoNLL-2003 and OntoNotes annotation; testdata/gold holds the
// corpus, and the guideline, it is measured against.
package entity
