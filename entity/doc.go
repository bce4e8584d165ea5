// Package entity describes the people, organizations, places and other things
// that a news story names: their kinds, the aliases the story uses, the roles
// they hold, their links to each other and to external knowledge bases, and
// the spans of text that mention them.
//
// Entities are identified within a document by a slug ID ("vladimir-putin");
// quotes, events and other entities refer to them by that ID.
//
// # Matching known entities
//
// A [Registry] holds the entities a program already knows, from Go values
// ([NewRegistry]) or from a JSON file ([ReadRegistry], whose format the JSON
// Schema schema/registry.schema.json describes). It compiles their names,
// aliases, and the surnames and given names of people, into one automaton
// over folded words, built once and safe for concurrent use.
// [Registry.Match] reads a text once, in time linear in its length, and
// reports every mention as a [Match]: whole words only, ignoring case,
// width and diacritics, the longest name winning, no two overlapping, with
// offsets in code points of the original text. A title before a person's
// name ("special envoy Steve Witkoff") is reported with it, and a
// possessive after a name is left out of the mention. [Registry.Find]
// gathers the matches into entities with their Mentions and Roles.
// Registry.Match documents the rules for short forms, common words and
// names that several entities share.
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
