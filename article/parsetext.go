package article

import (
	"fmt"
	"io"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/language"
	"golang.org/x/text/runes"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"

	"github.com/newsmodel/newsmodel/entity"
	"github.com/newsmodel/newsmodel/news"
)

// DefaultMaxTextBytes is the longest text ParseText reads: 64 MiB.
const DefaultMaxTextBytes = 64 << 20

// TextOption configures ParseText.
type TextOption func(*textConfig)

type textConfig struct {
	published news.Date
	id        string
	lang      language.Tag
	maxBytes  int
	registry  *entity.Registry // Annotate's known entities
}

// Published sets the publication date to use when the text's header gives
// none. A date in the header wins.
func Published(d news.Date) TextOption { return func(c *textConfig) { c.published = d } }

// WithID sets the article's ID, which otherwise comes from an "ID:" header
// line, the last segment of the URL, or the headline, made into a slug.
func WithID(id string) TextOption { return func(c *textConfig) { c.id = id } }

// WithLanguage sets the article's language when the header gives none.
func WithLanguage(tag language.Tag) TextOption { return func(c *textConfig) { c.lang = tag } }

// MaxTextBytes sets the longest text ParseText reads, in bytes; n <= 0
// removes the limit. The default is DefaultMaxTextBytes.
func MaxTextBytes(n int) TextOption { return func(c *textConfig) { c.maxBytes = n } }

// TextError reports text that ParseText cannot read: bytes that are not
// UTF-8, control characters, text over the size limit, or a header value
// that is not what its name says (a date that is not a date, a URL that is
// not absolute).
type TextError struct {
	// Line and Column locate the fault, both counting from 1; Column
	// counts code points. Both are 0 for a fault of the whole text.
	Line, Column int
	// Offset is the code point offset of the fault in the input.
	Offset int
	// Message says what is wrong.
	Message string
	// Err is the underlying error, if any.
	Err error
}

// Error returns a message such as
// `article: text line 3, column 7: invalid UTF-8`.
func (e *TextError) Error() string {
	if e.Line == 0 {
		return "article: text: " + e.Message
	}
	return "article: text line " + strconv.Itoa(e.Line) + ", column " + strconv.Itoa(e.Column) + ": " + e.Message
}

// Unwrap returns the underlying error.
func (e *TextError) Unwrap() error { return e.Err }

// ParseText reads a plain-text news article and returns it as an Article
// with its headline, dates, bylines, dateline, body, sections, related links
// and media credits. It does not look for entities, quotes or events beyond
// the dateline's place and agency: Annotate does.
//
// The text may start with a header of "Name: value" lines, in any order,
// ended by a blank line or by the first line that is not one:
//
//	Title: (or Headline:)   the headline
//	Subtitle: (Subheadline:, Dek:)
//	Date: (Published:)      the publication date, in any form timex reads
//	Updated: (Modified:)    the date of the last change
//	URL:                    the article's address, absolute
//	By: (Byline:, Author:)  the authors, separated by "and", "&" or commas
//	Source: (Publisher:)    the publisher's name
//	Language:               a BCP 47 tag
//	ID:                     the article's ID
//
// A first line " date YYYY-MM-DD " (the form of the project's seed file)
// gives the publication date and the rest of the line is the first
// paragraph. After the header: a headline (a first line that does not end
// like a sentence, when the header gave none), "By …" lines, and the
// paragraphs, separated by blank lines (or one paragraph a line when the
// text has no blank line at all); the lines of one paragraph are joined with
// a space. When no headline is found, the headline is the first sentence of
// the lead, so that the article is valid; the publication date is never
// invented: it comes from the header or [Published], or is left out.
//
// Within the paragraphs:
//   - a wire dateline ("WASHINGTON (Reuters) —", "LONDON, March 3 (AP) -")
//     at the start of the first one becomes the Dateline, with a place
//     entity; the text stays in the body;
//   - a lead-in such as "What Happened:" or "Why It Matters:" starting a
//     paragraph, or a short heading on a line of its own, starts a Section
//     and is taken out of the body; a label that starts two paragraphs or
//     more is a speaker's name (an interview) and stays;
//   - "Also Read: …", "Read Next: …" (or "Read Next" with the title on the
//     next line), "Related: …", "Read more: …" and "See also: …" become
//     Related links;
//   - "Photo by …", "Image: …", "Photo: …", "Video: …" and "Image via …"
//     become Media with a credit; "(Reporting by …; Editing by …)" becomes
//     Bylines with their roles.
//
// The text is NFC-normalised first, a byte order mark dropped and CRLF or
// CR line ends read as LF; offsets count code points of the result. Curly
// and straight quotes, dashes and Unicode spaces (no-break space and the
// others) are read alike. Text that is not UTF-8, or holds control
// characters other than tab and line ends, is refused with a *[TextError]
// naming its line and column.
func ParseText(r io.Reader, opts ...TextOption) (*Article, error) {
	return parseText(r, newTextConfig(opts))
}

// newTextConfig applies opts to the defaults.
func newTextConfig(opts []TextOption) textConfig {
	c := textConfig{maxBytes: DefaultMaxTextBytes}
	for _, o := range opts {
		o(&c)
	}
	return c
}

// parseText is ParseText with its options applied.
func parseText(r io.Reader, c textConfig) (*Article, error) {
	text, err := readText(r, c.maxBytes)
	if err != nil {
		return nil, err
	}
	p := &textParser{cfg: c, a: &Article{SchemaVersion: SchemaVersion}}
	if err := p.parse(text); err != nil {
		return nil, err
	}
	return p.a, nil
}

// readText reads r whole, within the limit, checks it, and returns it
// normalised: no byte order mark, LF line ends, NFC.
func readText(r io.Reader, maxBytes int) (string, error) {
	var b []byte
	var err error
	if maxBytes > 0 {
		b, err = io.ReadAll(io.LimitReader(r, int64(maxBytes)+1))
		if err == nil && len(b) > maxBytes {
			return "", &TextError{Message: fmt.Sprintf("longer than the limit of %d bytes (MaxTextBytes)", maxBytes)}
		}
	} else {
		b, err = io.ReadAll(r)
	}
	if err != nil {
		return "", &TextError{Message: "reading: " + err.Error(), Err: err}
	}
	s := string(b)
	if err := checkText(s); err != nil {
		return "", err
	}
	s = strings.TrimPrefix(s, "\uFEFF")
	if strings.IndexByte(s, '\r') >= 0 {
		s = strings.ReplaceAll(s, "\r\n", "\n")
		s = strings.ReplaceAll(s, "\r", "\n")
	}
	return norm.NFC.String(s), nil
}

// checkText refuses bytes that are not UTF-8 and control characters other
// than tab, line feed, carriage return and form feed.
func checkText(s string) error {
	line, col, cp := 1, 1, 0
	for i, r := range s {
		bad := ""
		switch {
		case r == utf8.RuneError && !strings.HasPrefix(s[i:], "\uFFFD"):
			bad = "invalid UTF-8"
		case r == '\n':
			line, col, cp = line+1, 1, cp+1
			continue
		case r != '\t' && r != '\r' && r != '\f' && (r < 0x20 || r == 0x7f || (r >= 0x80 && r < 0xa0)):
			bad = fmt.Sprintf("control character %U", r)
		}
		if bad != "" {
			return &TextError{Line: line, Column: col, Offset: cp, Message: bad + " (binary data is not text)"}
		}
		col++
		cp++
	}
	return nil
}

// block is a paragraph of the input: its text, lines joined with a space,
// and the line it starts on.
type block struct {
	text string
	line int
}

// splitBlocks splits text into paragraphs: at blank lines, or at every line
// when the text has no blank line.
func splitBlocks(text string, firstLine int) []block {
	lines := strings.Split(text, "\n")
	blank := func(l string) bool { return strings.TrimFunc(l, unicode.IsSpace) == "" }
	perLine := true
	for i := 1; i < len(lines)-1; i++ {
		if blank(lines[i]) && !blank(lines[i-1]) {
			perLine = false
			break
		}
	}
	var out []block
	var cur []string
	start := 0
	flush := func() {
		if len(cur) > 0 {
			out = append(out, block{text: strings.Join(cur, " "), line: firstLine + start})
			cur = cur[:0]
		}
	}
	for i, l := range lines {
		t := strings.TrimFunc(l, unicode.IsSpace)
		if t == "" {
			flush()
			continue
		}
		if len(cur) == 0 {
			start = i
		}
		cur = append(cur, t)
		if perLine {
			flush()
		}
	}
	flush()
	return out
}

// foldASCII returns s without combining marks: "Zoë" becomes "Zoe" ("Øst"
// stays, Ø having no mark to drop). A chain of transformers holds state, so
// each call makes its own.
func foldASCII(s string) string {
	t := transform.Chain(norm.NFD, runes.Remove(runes.In(unicode.Mn)), norm.NFC)
	out, _, err := transform.String(t, s)
	if err != nil {
		return s
	}
	return out
}
