// Package convert holds what every converter between the article document
// and another format shares: the Loss, which names one thing a conversion
// could not carry across, where it stood, and why.
//
// A conversion never drops anything silently. Each converter (package feed
// reads RSS and Atom, package jsonld reads and writes schema.org JSON-LD)
// returns, beside its result, a []Loss in the order it met them. A program
// prints them, counts them, or refuses the result when there is any.
//
// # Where a loss stands
//
// Pointer locates the value that was lost, in the document that Side names:
// Ours is the article document (an RFC 6901 JSON pointer such as
// "/quotes/0/span"), Theirs the other format's document. When the other
// format is JSON the pointer is an RFC 6901 JSON pointer too
// ("/@graph/2/keywords"); when it is XML it is an XPath location with
// positions counted from 1, as XPath counts them
// ("/rss/channel/item[3]/category[2]").
//
// # Why one package
//
// The converters live in packages of their own, but their losses meet in
// the same places: a command that converts between any two formats prints
// them with one printer, and a strict mode refuses any of them the same
// way. One small type that imports nothing lets every converter, those of
// articles and those of timelines, share it without importing each other.
package convert
