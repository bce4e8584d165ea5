// Package schema publishes the JSON Schema of the newsmodel article document
// and the Problem type in which every check of the module reports what is
// wrong with a document: the JSON pointer of the offending value, a stable
// rule name, and a message a person can act on.
//
// # The schema
//
// article.schema.json (JSON Schema draft 2020-12, $id [ID]) is embedded in
// the package; [JSON] returns it for publishing. Every property has a title
// and a description, every object forbids members it does not define, and
// the shapes used more than once (identifier, entity, quote and event
// references, date, span, when, URL) are $defs. Its patterns keep to the
// syntax RE2, ECMA-262 and Python's re share, so that ajv and the Python
// jsonschema package read the schema exactly as this package does; the
// module's CI checks that they agree on the conformance corpus in
// testdata/valid and testdata/invalid.
//
// The date pattern accepts what news.ParseDate accepts, except for facts
// of the calendar a regular expression cannot state: leap days, years with
// an ISO week 53, and intervals that end before they start. Package article
// refuses those too.
//
// # Validating
//
// [Validate] checks bytes against the schema; [ValidateValue] checks a value
// decoded with UseNumber. The schema is compiled once, on first use, and
// the compiled schema is safe for concurrent use; its loader refuses every
// URL, so no $ref ever reads a file or the network. Problems come sorted by
// [ComparePointers].
//
// Most documents are valid, so a fast path compiled from the same schema
// file answers first and hands a document to the full validator
// (github.com/santhosh-tekuri/jsonschema/v5), which names every problem,
// only when it cannot vouch for it.
//
// Package article's Validate is the entry point for a whole check: the
// schema, the strict decoder and the rules a schema cannot state, in one
// sorted list.
package schema
