// Package schema publishes the JSON Schema of the newsmodel article document
// and the Problem type in which every check of the module reports what is
// wrong with a document: the JSON pointer of the offending value, a stable
// rule name, and a message a person can act on.
package schema
