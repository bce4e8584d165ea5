// Package feed reads RSS 2.0, RSS 1.0 (RDF) and Atom 1.0 feeds, told apart
// by their root element, and turns each item into an article.Article that
// passes article.Validate, reporting as a convert.Loss everything of the
// feed it could not carry.
//
// Parse reads a whole feed; a Reader reads one item at a time, in memory
// bounded by the largest item (MaxItemBytes), so that a feed of any length
// streams. The XML is read with encoding/xml: a DOCTYPE that declares
// anything (the "billion laughs", external entities) is refused, a DOCTYPE
// that only names an external DTD is ignored (nothing is ever fetched),
// HTML's named entities such as &nbsp; are read, and malformed XML is an
// *Error naming its line and column. Encodings other than UTF-8 are read
// by their WHATWG names (ISO-8859-1, windows-1252, …).
//
// # Mapping
//
//	Article      RSS 2.0                  RSS 1.0               Atom 1.0
//	id           guid, else link          rdf:about             id, else link
//	url          link, else a permalink   link                  link rel=alternate
//	             guid
//	headline     title (HTML reduced)     title                 title (text, html, xhtml)
//	published    pubDate, dc:date         dc:date               published
//	modified     dcterms:modified         dcterms:modified      updated
//	bylines      author (the name in      dc:creator            author, contributor
//	             parentheses), dc:creator,                      (the feed's authors
//	             dc:contributor                                 for an entry without)
//	body         content:encoded, else    content:encoded,      content, else summary
//	             description              else description
//	media        enclosure, media:content, media:group, media:thumbnail, Atom's
//	             link rel=enclosure; credit from media:credit, caption from
//	             media:description or media:title
//	related      source (rel source)                            link rel=related,
//	                                                            rel=via (source)
//	language     the item's dc:language or xml:lang, else the channel's
//	             language or dc:language, else the Language option
//	publisher    the channel's dc:publisher, else its title; its link
//	descriptions description or summary beside a body, as role "summary"
//	keywords     category, dc:subject     dc:subject            category (label, else term)
//	rights       the item's dc:rights, else the channel's copyright or dc:rights;
//	             Atom: the entry's rights, else the feed's (the notice)
//	externalIds  guid, id, rdf:about or dc:identifier as "guid", when the
//	             ID did not come from the URL
//
// IDs are made document IDs: the scheme and "www." are dropped and every
// run of characters other than ASCII letters and digits becomes a hyphen
// ("https://www.example.com/2025/03/story" is "example-com-2025-03-story").
// When the ID came from anything but the article's URL, the original is
// kept in externalIds as "guid". Relative links are resolved against
// xml:base, else the channel's link, else the BaseURL option; one that
// cannot be made absolute is a Loss.
//
// Dates go through news.ParseDate (RFC 3339) and timex.Normalize (RFC 822,
// 1123 and 850 and their variants), with the zone kept as the date's
// offset. Two-digit years are read as RFC 5322 says (00–49 are 20xx).
// Zone names timex does not know are read from a table: UT, MEZ and MESZ,
// and the military letters, which are given the NATO offsets and marked
// uncertain ("?"), since RFC 1123 says their signs cannot be trusted. A
// date whose weekday is wrong is kept, marked uncertain. A date no parser
// reads is a Loss, and the article has none.
//
// HTML is reduced to plain text: tags are removed, character references
// decoded (C1 controls read as windows-1252, as browsers do), script and
// style dropped, white space collapsed; block elements end a paragraph
// (paragraphs are separated by a blank line) and br ends a line.
//
// What the article has no member for is a Loss naming its XPath location,
// such as /rss/channel/item[3]/category[2]: a category's domain or scheme
// (its text is kept as a keyword), a second summary or rights statement,
// comments, the channel's own description, image and dates, and every
// element of another namespace.
// An item without a title gets a headline from the start of its text, one
// without guid, id or link an ID from its position, each with a Loss; a
// modified date before the published one is dropped with a Loss, so that
// every article validates.
package feed
