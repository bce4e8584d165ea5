// Package newsmodel makes news machine-usable: an article, the entities in
// it, the quotes they gave and the dated events it reports, as typed Go
// values and as JSON that any tool can validate against a published JSON
// Schema.
//
// The module is a library; this package holds only its documentation. The
// work is done by its packages:
//
//   - [github.com/newsmodel/newsmodel/article]: the Article aggregate, strict
//     decoding with JSON-pointer errors, deterministic encoding, checks.
//   - [github.com/newsmodel/newsmodel/entity]: people, organizations, places
//     and other things a story names, with aliases, roles and mentions.
//   - [github.com/newsmodel/newsmodel/quote]: what people said, how closely
//     it is quoted, to whom, and which quote relays which.
//   - [github.com/newsmodel/newsmodel/news]: the shared vocabulary: partial
//     dates (EDTF), durations, text spans, dated events and their relations.
//   - [github.com/newsmodel/newsmodel/timex]: dates in words ("last July",
//     "two days ago") resolved against an anchor, and found in running text.
//   - [github.com/newsmodel/newsmodel/timeline]: timelines built from the
//     events of many articles, merged, and rendered as text, HTML, JSON and
//     TimelineJS3.
//   - [github.com/newsmodel/newsmodel/article/feed],
//     [github.com/newsmodel/newsmodel/article/jsonld],
//     [github.com/newsmodel/newsmodel/article/ninjs]: converters, with
//     [github.com/newsmodel/newsmodel/article/convert] for what they lose.
//   - [github.com/newsmodel/newsmodel/schema]: the published JSON Schema and
//     the Problem type every check reports in.
//
// # A short tour
//
// Build an article in code, find spans by phrase instead of counting
// offsets, and write it as JSON:
//
//	a := &article.Article{
//		SchemaVersion: article.SchemaVersion,
//		ID:            "example",
//		Headline:      "Envoy meets president",
//		Published:     news.MustParseDate("2025-03-23"),
//		Body:          "The envoy met the president last July.",
//	}
//	a.Entities = append(a.Entities, entity.Entity{
//		ID: "envoy", Kind: entity.Person, Name: "The envoy", Unnamed: true,
//		Mentions: []news.Span{news.MustSpanOf(a.Body, "The envoy", 1)},
//	})
//	err := article.Encode(os.Stdout, a)
//
// Read it back with article.Decode, which rejects anything the format does
// not define and names the JSON pointer of the fault.
//
// # From text
//
// Most news reaches a program as text. article.Annotate reads a plain-text
// story and returns it annotated — entities with every mention, quotes with
// their speakers, events with their dates — as an Article that passes every
// check:
//
//	a, err := article.Annotate(strings.NewReader(story))
//
// Packages article/feed, article/jsonld and article/ninjs read and write the
// formats newsrooms exchange (RSS and Atom, schema.org JSON-LD, IPTC ninjs),
// each reporting what it could not carry.
package newsmodel
