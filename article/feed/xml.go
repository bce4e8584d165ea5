package feed

import (
	"bytes"
	"encoding/xml"
	"errors"
	"io"
	"strconv"
	"strings"
)

// Namespaces the reader knows.
const (
	nsAtom    = "http://www.w3.org/2005/Atom"
	nsRSS1    = "http://purl.org/rss/1.0/"
	nsRDF     = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
	nsDC      = "http://purl.org/dc/elements/1.1/"
	nsDCTerms = "http://purl.org/dc/terms/"
	nsContent = "http://purl.org/rss/1.0/modules/content/"
	nsMedia   = "http://search.yahoo.com/mrss/"
	nsXML     = "http://www.w3.org/XML/1998/namespace"
	nsRSS2    = "http://backend.userland.com/rss2" // an old spelling of RSS 2.0 without a namespace
)

// canonicalNS maps spellings of a namespace seen in real feeds to one.
func canonicalNS(uri string) string {
	switch uri {
	case "http://search.yahoo.com/mrss", "https://search.yahoo.com/mrss/":
		return nsMedia
	case nsRSS2:
		return ""
	}
	return uri
}

// node is one element of the feed, read whole: an item with everything in
// it, or one element of the channel.
type node struct {
	ns, local string // the namespace URI and local name
	qname     string // the name as written, such as "media:content"
	attrs     []xml.Attr
	kids      []*node
	text      string // the element's own text; the markup inside an xhtml content element
	base      string // the xml:base in force, resolved
	lang      string // the xml:lang in force
}

func (n *node) is(ns, local string) bool { return n.local == local && n.ns == ns }

// attr returns the value of the unprefixed attribute name.
func (n *node) attr(name string) string {
	for _, a := range n.attrs {
		if a.Name.Space == "" && a.Name.Local == name {
			return a.Value
		}
	}
	return ""
}

// child returns the first child element ns:local, or nil.
func (n *node) child(ns, local string) *node {
	for _, k := range n.kids {
		if k.is(ns, local) {
			return k
		}
	}
	return nil
}

// path returns the XPath step of kid within n: its name, with its position
// among siblings of that name where there are several.
func (n *node) path(parent string, kid *node) string {
	pos, count := 0, 0
	for _, k := range n.kids {
		if k.qname == kid.qname {
			count++
			if k == kid {
				pos = count
			}
		}
	}
	if count > 1 {
		return parent + "/" + kid.qname + "[" + strconv.Itoa(pos) + "]"
	}
	return parent + "/" + kid.qname
}

// scanner reads the tokens of a feed with encoding/xml, resolves namespace
// prefixes, checks that end tags match and refuses DTDs.
type scanner struct {
	d       *xml.Decoder
	in      *limitReader
	max     int64
	binds   []binding           // prefix bindings in force, innermost last
	open    []frame             // open elements
	root    bool                // the root element was seen
	done    bool                // the root element was closed
	doc     []string            // DOCTYPE declarations ignored, for losses
	lastEnd xml.Name            // the name of the last end tag, as written
	names   map[xml.Name]string // prefixed names as strings, kept
	line    int                 // where the token being read starts
	col     int
}

type binding struct{ prefix, uri string }

type frame struct {
	name  xml.Name // as written
	binds int      // len(binds) before the element
	base  string
	lang  string
}

// errTooLarge is what the limit reader returns past its window.
var errTooLarge = errors.New("too large")

// limitReader fails once reading passes limit; the scanner moves the limit
// forward as it reads, so that no one token or item can hold more than the
// window in memory.
type limitReader struct {
	r     io.Reader
	n     int64 // bytes read
	limit int64 // 0: none
}

func (l *limitReader) Read(p []byte) (int, error) {
	if l.limit > 0 {
		if l.n >= l.limit {
			return 0, errTooLarge
		}
		if rest := l.limit - l.n; int64(len(p)) > rest {
			p = p[:rest]
		}
	}
	n, err := l.r.Read(p)
	l.n += int64(n)
	return n, err
}

// readAhead is how much encoding/xml may read past the token it returns.
const readAhead = 4096

func newScanner(r io.Reader, max int64) *scanner {
	in := &limitReader{r: r}
	d := xml.NewDecoder(in)
	d.Strict = true
	d.Entity = xml.HTMLEntity // &nbsp; and its kind, which feeds use though XML lacks them
	d.CharsetReader = charsetReader
	s := &scanner{d: d, in: in, max: max}
	s.window()
	return s
}

// window lets the next max bytes be read.
func (s *scanner) window() {
	if s.max > 0 {
		s.in.limit = s.d.InputOffset() + s.max + readAhead
	}
}

// errorf returns an *Error at the reader's position.
func (s *scanner) errorf(err error, format string, args ...any) *Error {
	line, col := s.d.InputPos()
	msg := format
	if len(args) > 0 {
		msg = sprintf(format, args...)
	}
	return &Error{Line: line, Column: col, Msg: msg, Err: err}
}

// at moves e to the start of the token being read.
func (s *scanner) at(e *Error) *Error {
	e.Line, e.Column = s.line, s.col
	return e
}

// wrap turns an error of encoding/xml into an *Error.
func (s *scanner) wrap(err error) error {
	if err == io.EOF {
		if !s.root {
			return s.errorf(err, "no root element: the input is empty or not XML")
		}
		if !s.done {
			return s.errorf(io.ErrUnexpectedEOF, "unexpected end of input: <%s> is not closed", qname(s.open[len(s.open)-1].name))
		}
		return io.EOF
	}
	if errors.Is(err, errTooLarge) {
		return s.errorf(err, "an item or element is larger than the limit of %d bytes", s.max)
	}
	var se *xml.SyntaxError
	if errors.As(err, &se) {
		e := s.errorf(err, "%s", se.Msg)
		e.Line = se.Line
		return e
	}
	return s.errorf(err, "%v", err)
}

// tok is a token of the feed: a start tag, an end tag or text. It is a
// struct rather than an xml.Token, so that no token is boxed.
type tok struct {
	kind  uint8 // tStart, tEnd, tText
	start xml.StartElement
	text  []byte // valid until the next token
}

const (
	tStart uint8 = iota + 1
	tEnd
	tText
)

// token returns the next start element, end element or character data, with
// names resolved, skipping comments and processing instructions. A start
// element's Name.Space is its namespace URI; its attributes keep their
// prefixes. It returns io.EOF after the root element is closed.
func (s *scanner) token() (tok, error) {
	for {
		s.line, s.col = s.d.InputPos()
		t, err := s.d.RawToken()
		if err != nil {
			return tok{}, s.wrap(err)
		}
		switch t := t.(type) {
		case xml.StartElement:
			if s.done {
				return tok{}, s.at(s.errorf(nil, "a second root element <%s>", qname(t.Name)))
			}
			s.root = true
			return tok{kind: tStart, start: s.start(t)}, nil
		case xml.EndElement:
			if len(s.open) == 0 {
				return tok{}, s.errorf(nil, "end tag </%s> without a start tag", qname(t.Name))
			}
			top := s.open[len(s.open)-1]
			if top.name != t.Name {
				return tok{}, s.errorf(nil, "end tag </%s> does not match <%s>", qname(t.Name), qname(top.name))
			}
			s.open = s.open[:len(s.open)-1]
			s.lastEnd = t.Name
			s.binds = s.binds[:top.binds]
			if len(s.open) == 0 {
				s.done = true
			}
			return tok{kind: tEnd}, nil
		case xml.CharData:
			if len(s.open) == 0 {
				if len(bytes.TrimSpace(t)) > 0 {
					return tok{}, s.at(s.errorf(nil, "text outside the root element"))
				}
				continue
			}
			return tok{kind: tText, text: t}, nil
		case xml.Directive:
			if err := s.directive(t); err != nil {
				return tok{}, err
			}
		}
	}
}

// directive refuses a DOCTYPE that declares anything: entity declarations
// can expand without bound (the "billion laughs") or name files and URLs
// (external entities). A DOCTYPE that only names an external DTD, as RSS
// 0.91 feeds do, is ignored, since encoding/xml never fetches it.
func (s *scanner) directive(t xml.Directive) error {
	text := string(t)
	upper := strings.ToUpper(text)
	switch {
	case strings.Contains(upper, "ENTITY"), strings.Contains(text, "["):
		return s.at(s.errorf(nil, "DOCTYPE with declarations refused: entity declarations can expand without bound or reach outside the document"))
	case strings.HasPrefix(upper, "DOCTYPE"):
		s.doc = append(s.doc, text)
		return nil
	}
	return s.at(s.errorf(nil, "declaration <!%s> refused", clip(text, 40)))
}

// start records a start element and resolves its name.
func (s *scanner) start(t xml.StartElement) xml.StartElement {
	f := frame{name: t.Name, binds: len(s.binds)}
	if n := len(s.open); n > 0 {
		f.base, f.lang = s.open[n-1].base, s.open[n-1].lang
	}
	for _, a := range t.Attr {
		switch {
		case a.Name.Space == "xmlns":
			s.binds = append(s.binds, binding{a.Name.Local, canonicalNS(a.Value)})
		case a.Name.Space == "" && a.Name.Local == "xmlns":
			s.binds = append(s.binds, binding{"", canonicalNS(a.Value)})
		case a.Name.Space == "xml" && a.Name.Local == "base":
			f.base = resolveURL(f.base, a.Value)
		case a.Name.Space == "xml" && a.Name.Local == "lang":
			f.lang = strings.TrimSpace(a.Value)
		}
	}
	s.open = append(s.open, f)
	t.Name.Space = s.resolve(t.Name.Space)
	return t
}

func (s *scanner) resolve(prefix string) string {
	if prefix == "xml" {
		return nsXML
	}
	for i := len(s.binds) - 1; i >= 0; i-- {
		if s.binds[i].prefix == prefix {
			return s.binds[i].uri
		}
	}
	return prefix // an unbound prefix stands for itself
}

// top returns the innermost open element's frame.
func (s *scanner) top() frame { return s.open[len(s.open)-1] }

// element reads the rest of the element whose start tag start the scanner
// just returned, and returns it whole.
func (s *scanner) element(start xml.StartElement) (*node, error) {
	f := s.top()
	n := &node{ns: start.Name.Space, local: start.Name.Local, qname: s.qname(f.name), attrs: start.Attr, base: f.base, lang: f.lang}
	if n.local == "content" && n.ns == nsAtom && n.attr("type") == "xhtml" {
		return n, s.markup(n)
	}
	var text []byte
	for {
		t, err := s.token()
		if err != nil {
			return nil, err
		}
		switch t.kind {
		case tStart:
			k, err := s.element(t.start)
			if err != nil {
				return nil, err
			}
			n.kids = append(n.kids, k)
		case tText:
			if text == nil && n.text == "" {
				n.text = string(t.text) // the common case: one piece of text
				continue
			}
			if text == nil {
				text = append(text, n.text...)
			}
			text = append(text, t.text...)
		case tEnd:
			if text != nil {
				n.text = string(text)
			}
			return n, nil
		}
	}
}

// markup reads the content of an Atom xhtml content element back into
// markup, for the HTML reducer.
func (s *scanner) markup(n *node) error {
	var b strings.Builder
	depth := 0
	for {
		t, err := s.token()
		if err != nil {
			return err
		}
		switch t.kind {
		case tStart:
			depth++
			b.WriteString("<" + t.start.Name.Local)
			for _, a := range t.start.Attr {
				if a.Name.Space == "" && a.Name.Local != "xmlns" {
					b.WriteString(" " + a.Name.Local + `="`)
					xml.EscapeText(&b, []byte(a.Value))
					b.WriteString(`"`)
				}
			}
			b.WriteString(">")
		case tEnd:
			if depth == 0 {
				n.text = b.String()
				return nil
			}
			depth--
			b.WriteString("</" + s.lastEnd.Local + ">")
		case tText:
			xml.EscapeText(&b, t.text)
		}
	}
}

// skip reads to the end of the element whose start tag was just returned.
func (s *scanner) skip() error {
	depth := 1
	for depth > 0 {
		t, err := s.token()
		if err != nil {
			return err
		}
		switch t.kind {
		case tStart:
			depth++
		case tEnd:
			depth--
		}
	}
	return nil
}

// qname is qname with the names of prefixed elements kept, so that an
// item's media:content does not cost a string each time.
func (s *scanner) qname(n xml.Name) string {
	if n.Space == "" {
		return n.Local
	}
	q, ok := s.names[n]
	if !ok {
		if len(s.names) > 1000 {
			return qname(n) // a feed with endless names keeps no more
		}
		if s.names == nil {
			s.names = map[xml.Name]string{}
		}
		q = qname(n)
		s.names[n] = q
	}
	return q
}

func qname(n xml.Name) string {
	if n.Space == "" {
		return n.Local
	}
	return n.Space + ":" + n.Local
}

func clip(s string, n int) string {
	if len(s) <= n {
		return s
	}
	return s[:n] + "…"
}
