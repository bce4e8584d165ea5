package news

import (
	"errors"
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/newsmodel/newsmodel/internal/textpos"
)

// Span is a range of text in an article, counted in Unicode code points (not
// bytes), as the W3C Web Annotation TextPositionSelector counts them, so that
// the same offsets work in Go, Python and JavaScript. Start is inclusive and
// End exclusive.
//
// A span counts in the article body unless Field names another text of the
// same document by its JSON pointer, such as "/headline", "/related/0/title"
// or "/media/0/credit". Text, when present, must equal the spanned text; it
// makes a document readable and lets a checker catch offsets that drifted.
type Span struct {
	// Field is the RFC 6901 JSON pointer of the document string the offsets
	// count in; empty means "/body".
	Field string `json:"field,omitempty"`
	// Start is the offset of the first code point of the span.
	Start int `json:"start"`
	// End is the offset just past the last code point of the span.
	End int `json:"end"`
	// Text is the spanned text, or empty.
	Text string `json:"text,omitempty"`
}

// IsZero reports whether s is the zero Span.
func (s Span) IsZero() bool { return s == Span{} }

// Len is the number of code points the span covers.
func (s Span) Len() int { return s.End - s.Start }

// In returns the span with Field set to the JSON pointer field.
func (s Span) In(field string) Span {
	s.Field = field
	return s
}

// ErrSpanRange reports offsets that do not lie inside the text.
var ErrSpanRange = errors.New("span outside the text")

// ErrNotFound reports a phrase that does not occur in the text as often as
// asked; test for it with errors.Is.
var ErrNotFound = errors.New("phrase not found")

// Slice returns the text that the span covers in text, the string that its
// offsets count in.
func (s Span) Slice(text string) (string, error) {
	out, ok := textpos.New(text).Slice(s.Start, s.End)
	if !ok {
		return "", fmt.Errorf("news: span [%d,%d) of a text of %d code points: %w",
			s.Start, s.End, utf8.RuneCountInString(text), ErrSpanRange)
	}
	return out, nil
}

// SpanOf returns the span of the n-th occurrence (counting from 1) of phrase
// in text, with Text set to phrase. Occurrences are counted left to right
// without overlap. It spares a caller counting code points by hand. When
// phrase occurs fewer than n times the error wraps [ErrNotFound].
func SpanOf(text, phrase string, n int) (Span, error) {
	if phrase == "" {
		return Span{}, errors.New("news: SpanOf: empty phrase")
	}
	if n < 1 {
		return Span{}, fmt.Errorf("news: SpanOf: occurrence %d: occurrences count from 1", n)
	}
	from := 0
	for k := 1; ; k++ {
		i := strings.Index(text[from:], phrase)
		if i < 0 {
			return Span{}, fmt.Errorf("news: SpanOf: %q occurs %d times, not %d: %w", phrase, k-1, n, ErrNotFound)
		}
		at := from + i
		if k == n {
			start := utf8.RuneCountInString(text[:at])
			return Span{Start: start, End: start + utf8.RuneCountInString(phrase), Text: phrase}, nil
		}
		from = at + len(phrase)
	}
}

// MustSpanOf is like SpanOf but panics on error. It is meant for tests and for
// documents built in code, where a missing phrase is a bug.
func MustSpanOf(text, phrase string, n int) Span {
	s, err := SpanOf(text, phrase, n)
	if err != nil {
		panic(err)
	}
	return s
}

// SpansOf returns the spans of every occurrence of phrase in text, left to
// right without overlap, each with Text set to phrase; none for an empty
// phrase. Offsets are counted in one pass, so the cost is linear in the text
// whatever the number of occurrences.
func SpansOf(text, phrase string) []Span {
	if phrase == "" {
		return nil
	}
	var out []Span
	n := utf8.RuneCountInString(phrase)
	from, at := 0, 0 // byte and code point offsets of the text read so far
	for {
		i := strings.Index(text[from:], phrase)
		if i < 0 {
			return out
		}
		at += utf8.RuneCountInString(text[from : from+i])
		out = append(out, Span{Start: at, End: at + n, Text: phrase})
		at += n
		from += i + len(phrase)
	}
}
