package feed

import (
	"fmt"
	"io"
	"strconv"

	"golang.org/x/text/encoding/htmlindex"
	"golang.org/x/text/language"

	"github.com/newsmodel/newsmodel/article"
	"github.com/newsmodel/newsmodel/article/convert"
)

// Format is the kind of feed a Reader found, told by its root element.
type Format uint8

// The formats the package reads.
const (
	Unknown Format = iota // not yet known: nothing has been read
	RSS2                  // RSS 0.91 to 2.0: <rss>
	RSS1                  // RSS 1.0: <rdf:RDF> with RSS 1.0 items
	Atom                  // Atom 1.0: <feed> in the Atom namespace
)

// String returns "rss-2.0", "rss-1.0", "atom-1.0" or "unknown".
func (f Format) String() string {
	switch f {
	case RSS2:
		return "rss-2.0"
	case RSS1:
		return "rss-1.0"
	case Atom:
		return "atom-1.0"
	}
	return "unknown"
}

// Error is what the package returns for input it cannot read as a feed:
// malformed XML, a DOCTYPE with declarations, an item larger than the limit,
// a root element that is not a feed's.
type Error struct {
	// Line and Column locate the fault, both counting from 1; Column
	// counts bytes of the line, as encoding/xml does.
	Line, Column int
	// Msg says what is wrong, for a person.
	Msg string
	// Err is the underlying error, such as an *xml.SyntaxError, or nil.
	Err error
}

// Error returns "feed: LINE:COLUMN: MESSAGE".
func (e *Error) Error() string {
	return "feed: " + strconv.Itoa(e.Line) + ":" + strconv.Itoa(e.Column) + ": " + e.Msg
}

// Unwrap returns Err.
func (e *Error) Unwrap() error { return e.Err }

// DefaultMaxItemBytes is the most bytes one item, or one element outside
// the items, may take: 16 MiB.
const DefaultMaxItemBytes = 16 << 20

// An Option changes how a feed is read.
type Option func(*config)

type config struct {
	maxItem int64
	base    string
	lang    string
}

// MaxItemBytes sets the most bytes one item may take in the input; a larger
// one is an *Error, so that memory stays bounded whatever the input. n <= 0
// removes the limit. The default is DefaultMaxItemBytes.
func MaxItemBytes(n int64) Option { return func(c *config) { c.maxItem = n } }

// BaseURL sets the address relative links are resolved against when the
// feed gives neither xml:base nor a channel link, usually where the feed
// was fetched from.
func BaseURL(u string) Option { return func(c *config) { c.base = u } }

// Language sets the language of items whose feed does not say; a tag that
// golang.org/x/text/language cannot parse is ignored.
func Language(tag string) Option { return func(c *config) { c.lang = tag } }

// Parse reads a whole feed and returns its items as Articles, in the order
// of the feed, and everything it could not carry into them. The losses of
// the feed's own elements come first where they precede the items. For a
// feed too large to hold its articles in memory, use a Reader.
func Parse(r io.Reader, opts ...Option) ([]*article.Article, []convert.Loss, error) {
	fr := NewReader(r, opts...)
	var arts []*article.Article
	var losses []convert.Loss
	for {
		a, ls, err := fr.Next()
		losses = append(losses, ls...)
		if err == io.EOF {
			return arts, losses, nil
		}
		if err != nil {
			return arts, losses, err
		}
		arts = append(arts, a)
	}
}

// Reader reads the items of a feed one at a time, in memory bounded by the
// largest item, however long the feed.
type Reader struct {
	s      *scanner
	cfg    config
	format Format
	ch     channel
	items  int    // items read
	path   string // XPath of the element that holds the items
	depth  int    // open elements when items are read: 2 for RSS 2.0 channel, 1 otherwise
	err    error  // the error that ended reading
	losses []convert.Loss
}

// NewReader returns a Reader of the feed in r. Nothing is read before the
// first call to Next.
func NewReader(r io.Reader, opts ...Option) *Reader {
	c := config{maxItem: DefaultMaxItemBytes}
	for _, o := range opts {
		o(&c)
	}
	fr := &Reader{cfg: c, s: newScanner(r, c.maxItem)}
	fr.ch.link = c.base
	if t, err := language.Parse(c.lang); c.lang != "" && err == nil {
		fr.ch.lang, fr.ch.tag, fr.ch.tagOK = c.lang, t, true
	}
	return fr
}

// Format returns the format of the feed, known once Next has been called.
func (r *Reader) Format() Format { return r.format }

// Next returns the next item as an Article, with what could not be carried
// into it, and the losses of the feed's own elements read since the last
// call. At the end of the feed it returns a nil Article, the last losses and
// io.EOF; for input that is not a well-formed feed, an *Error naming the
// line and column. The error, once returned, is returned again by every
// later call.
//
// Every Article returned passes article.Validate. The channel's language,
// link and title apply to the items after them: a feed that puts them after
// its items, which no known publisher does, has items without them.
func (r *Reader) Next() (*article.Article, []convert.Loss, error) {
	if r.err != nil {
		return nil, nil, r.err
	}
	a, err := r.next()
	ls := r.losses
	r.losses = nil
	if err != nil {
		r.err = err
		return nil, ls, err
	}
	return a, ls, nil
}

func (r *Reader) lose(ptr, format string, args ...any) {
	r.losses = append(r.losses, convert.Loss{Side: convert.Theirs, Pointer: ptr, Reason: sprintf(format, args...)})
}

func sprintf(format string, args ...any) string {
	if len(args) == 0 {
		return format
	}
	return fmt.Sprintf(format, args...)
}

// charsetReader decodes the encodings that feeds declare besides UTF-8,
// such as ISO-8859-1 and windows-1252, by their WHATWG names.
func charsetReader(label string, in io.Reader) (io.Reader, error) {
	e, err := htmlindex.Get(label)
	if err != nil {
		return nil, fmt.Errorf("unknown encoding %q", label)
	}
	return e.NewDecoder().Reader(in), nil
}
