// Package entity describes the people, organizations, places and other things
// that a news story names: their kinds, the aliases the story uses, the roles
// they hold, their links to each other and to external knowledge bases, and
// the spans of text that mention them.
//
// Entities are identified within a document by a slug ID ("vladimir-putin");
// quotes, events and other entities refer to them by that ID.
package entity
