// Package jsonscan reads JSON text (RFC 8259) token by token: white space,
// the literals true, false and null, numbers, strings with their escapes
// and UTF-16 surrogate pairs, and the punctuation of objects and arrays. It
// is the one lexer of the module: the strict decoder of internal/strictjson
// and the lenient decoder behind schema.Decode both read through it, so
// that a rule of JSON's grammar, and the message that names its breach, is
// written once.
//
// # Strict and lenient
//
// A Scanner made with Options.Lenient reads strings as encoding/json does:
// bytes that are not UTF-8 and lone surrogates (\ud800 with no low half)
// become U+FFFD. Without it they are errors of rule "value", named at the
// offending byte or escape. Everything else is the same in both modes: what
// encoding/json's Valid refuses, both refuse, with an error of rule
// "syntax" at the byte offset where the text stops being JSON.
//
// # Positions
//
// Every Error carries the byte offset of the fault in the input; LineCol
// turns it into a line and a column that counts code points, for messages a
// person reads.
//
// # Structure
//
// A Scanner does not build values: Object and Array walk the members and
// elements of one container, calling back for each value, and the caller
// decides what to make of it (a typed Go value, a map[string]any, or
// nothing).
package jsonscan
