package quote_test

import (
	"fmt"
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsmodel/newsmodel/entity"
	"github.com/newsmodel/newsmodel/internal/textpos"
	"github.com/newsmodel/newsmodel/news"
	"github.com/newsmodel/newsmodel/quote"
)

var slugRE = regexp.MustCompile(`^[a-z0-9][a-z0-9-]*$`)

// checkResult returns what is wrong with the result of Find on text with
// ents: spans out of range or crossing, texts that differ from their
// spans, IDs that are not slugs, not unique, or do not resolve.
func checkResult(text string, ents []entity.Entity, res quote.Result) []string {
	var errs []string
	bad := func(format string, args ...any) { errs = append(errs, fmt.Sprintf(format, args...)) }
	n := utf8.RuneCountInString(text)
	known := map[string]bool{}
	for _, e := range ents {
		known[e.ID] = true
	}
	for _, e := range res.Speakers {
		if !slugRE.MatchString(e.ID) {
			bad("speaker ID %q is not a slug", e.ID)
		}
		if known[e.ID] {
			bad("speaker ID %q is not unique", e.ID)
		}
		known[e.ID] = true
		if strings.TrimSpace(e.Name) == "" {
			bad("speaker %s has no name", e.ID)
		}
		if _, err := e.Kind.MarshalText(); err != nil {
			bad("speaker %s: %v", e.ID, err)
		}
	}
	ids := map[string]bool{}
	ix := textpos.New(text)
	var open []news.Span // enclosing spans, for the nesting check
	for i, q := range res.Quotes {
		if want := fmt.Sprintf("q%d", i+1); q.ID != want {
			bad("quote %d has ID %q, want %q", i, q.ID, want)
		}
		ids[q.ID] = true
		if _, err := q.Kind.MarshalText(); err != nil {
			bad("%s: %v", q.ID, err)
		}
		s := q.Span
		if s.Start < 0 || s.End > n || s.Start >= s.End {
			bad("%s: span [%d,%d) outside a text of %d code points or empty", q.ID, s.Start, s.End, n)
			continue
		}
		got, ok := ix.Slice(s.Start, s.End)
		if !ok || got != s.Text {
			bad("%s: span text %q, text there %q", q.ID, s.Text, got)
		}
		if q.Text != withoutReopenings(s.Text) {
			bad("%s: Text %q is not the span without re-opening marks (%q)", q.ID, q.Text, s.Text)
		}
		if i > 0 && s.Start < res.Quotes[i-1].Span.Start {
			bad("%s: not in text order", q.ID)
		}
		for len(open) > 0 && open[len(open)-1].End <= s.Start {
			open = open[:len(open)-1]
		}
		if len(open) > 0 && crosses(open[len(open)-1], s) {
			p := open[len(open)-1]
			bad("[%d,%d) and %s [%d,%d) overlap without nesting", p.Start, p.End, q.ID, s.Start, s.End)
		}
		open = append(open, s)
		if q.Speaker != "" && !known[q.Speaker] {
			bad("%s: speaker %q resolves to no entity", q.ID, q.Speaker)
		}
		for _, a := range q.Audience {
			if !known[a] {
				bad("%s: audience %q resolves to no entity", q.ID, a)
			}
		}
	}
	for _, q := range res.Quotes {
		if q.Reports != "" && (!ids[q.Reports] || q.Reports == q.ID) {
			bad("%s: reports %q, no other quote", q.ID, q.Reports)
		}
	}
	return errs
}

// crosses reports whether two spans overlap without one holding the other.
func crosses(a, b news.Span) bool {
	if a.End <= b.Start || b.End <= a.Start {
		return false
	}
	in := func(x, y news.Span) bool { return y.Start <= x.Start && x.End <= y.End }
	return !in(a, b) && !in(b, a)
}

// withoutReopenings drops the quotation mark that re-opens a quote at the
// start of each of its later paragraphs.
func withoutReopenings(s string) string {
	if !strings.Contains(s, "\n") {
		return s
	}
	var b strings.Builder
	lines := strings.Split(s, "\n")
	for i, l := range lines {
		if i > 0 {
			b.WriteByte('\n')
			if strings.TrimSpace(l) != "" && strings.TrimSpace(lines[i-1]) == "" {
				lead := len(l) - len(strings.TrimLeftFunc(l, unicode.IsSpace))
				r, w := utf8.DecodeRuneInString(l[lead:])
				if unicode.In(r, unicode.Quotation_Mark) || strings.ContainsRune("«»‹›「」『』〝〞„‚", r) {
					l = l[:lead] + l[lead+w:]
				}
			}
		}
		b.WriteString(l)
	}
	return b.String()
}
