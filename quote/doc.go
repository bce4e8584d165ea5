// Package quote describes what a news story reports that people said: the
// words, how closely they are reproduced (direct, partial, indirect, mixed),
// who said them to whom, in what setting, and which quote relays which.
//
// When a speaker tells what someone else told them ("Putin told me a
// story…"), the relayed words are a Quote of their own, whose speaker is the
// original speaker, and the relaying Quote names it in Reports.
//
// # Finding quotes
//
// [Find] reads an article body (paragraphs separated by one blank line) and
// returns its quotes in text order, attributed to the entities the caller
// gives (from a registry or from discovery):
//
//   - Quotation marks of every common style are paired: “…”, "…", ‘…’ and
//     '…' (apostrophes inside words are told apart), «…» and »…«, „…“ and
//     ‚…‘, ‹…›, 「…」 and others. A quote may run over paragraphs in the
//     news style, where a paragraph that goes on has no closing mark and
//     the next one opens with a mark; its Text drops the re-opening marks.
//   - The words inside the marks are a Direct quote when they hold a whole
//     statement, a Partial one when they are a fragment of the story's own
//     sentence, and Mixed when such a fragment runs on into sentences of
//     the speaker's. Reported speech without marks ("X said that …", "…, X
//     said", "according to X, …") is Indirect; its span is the reported
//     clause.
//   - The speaker comes from the reporting cue before, inside or after the
//     words ("X said", "said X", "X told Y", "X, who …, said", "according
//     to X"), with the cue's text and lemma ([ReportingVerbs] lists the
//     verbs), the audience ("told Tucker Carlson", "in an interview with
//     …") and the setting ("in a statement", "on X", "at a news
//     conference"). A pronoun or a title ("he said", "the envoy said") is
//     resolved to the last speaker or person it fits, by gender where the
//     given name or an honorific tells it, and by the titles the story gave
//     in appositions ("Steve Witkoff, the special envoy"). A quote with no
//     cue of its own goes on from the one before.
//   - Speakers the entities do not hold become new entities in
//     Result.Speakers: descriptions ("a Kremlin spokesperson", "officials",
//     "the port authority") with Unnamed set, and names the list lacks.
//   - Interview transcripts, whose paragraphs start with a speaker's label
//     ("Q:", "A:", "CARLSON:", "Tucker Carlson:"), give one direct quote
//     per paragraph, addressed to the other speaker.
//   - Inside a quote, words the speaker relays ("Putin told me that …", or
//     a quote inside the quote) become a quote of their own, which the
//     outer quote Reports.
//
// Bad input never makes Find fail: a mark that never closes runs to the end
// of its paragraph, a closing mark with no opening one is read as text, and
// the time Find takes grows linearly with the text. Offsets count Unicode
// code points; IDs are "q1", "q2", …. The rules are written for English
// news; testdata/gold holds the annotated articles they are measured on,
// with the guidelines of the annotation.
package quote
