// Package idslug makes the ASCII part of a document-local ID
// (^[a-z0-9][a-z0-9-]*$) from a name or a link. The converters of article
// share it, each adding what is its own around it (the scheme of a link
// dropped, accents folded first, a hash or a default for an empty result).
package idslug
