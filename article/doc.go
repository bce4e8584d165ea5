// Package article holds Article, the aggregate of the newsmodel document: one
// news story with its metadata, its plain-text body, and the entities, quotes
// and dated events that the body reports.
//
// # Reading and writing
//
// Decode reads a document strictly: any member the format does not define,
// any duplicate member, null, wrong type or trailing data is a *DecodeError
// whose Pointer names the offending value. Encode writes deterministic JSON,
// so that decoding and re-encoding a file written by Encode gives the same
// bytes.
//
// # Validating
//
// Validate is the one call for raw bytes from anywhere: it applies the
// limits for untrusted input, the strict decoder, the JSON Schema of package
// schema and the semantic rules of Check, and returns every problem in one
// list sorted by JSON pointer. Check runs the semantic rules alone on a value
// built in Go.
//
// # Newsroom metadata
//
// Beside the story itself, an Article holds what newsrooms and agencies
// exchange about it: other headlines and summaries (Headlines,
// Descriptions), versions (Version, FirstCreated, VersionCreated,
// ContentCreated), the editorial status with its embargo and expiry
// (Status, StatusReason, EmbargoedUntil, Expires, Urgency), where the
// content came from and how it was made (Sources, DigitalSourceType,
// TrustIndicators), its rights, its identifiers elsewhere (ExternalIDs),
// and what it is about (Subjects, Genres, Keywords). Each field's comment
// names the IPTC ninjs and schema.org members it corresponds to. Instants
// that ninjs requires as date-times are time.Time values written in RFC
// 3339 with their offset; every other date is an EDTF news.Date.
//
// # From text
//
// ParseText reads a plain-text story into an Article (header, headline,
// bylines, dateline, paragraphs, sections, related links, credits).
// Annotate adds what the body names: entities (FindEntities, from a
// registry given with WithRegistry and by discovery), quotes (quote.Find)
// and events (FindEvents), then Prune removes whatever Check would refuse,
// so the result always passes Check.
//
// # Offsets
//
// Every span counts Unicode code points of the body, end exclusive, so that
// Python and JavaScript users reproduce the same offsets; Article.Span finds
// a phrase and returns its span, so nobody counts by hand.
package article
