package feed

import (
	"strconv"

	"golang.org/x/text/language"

	"github.com/newsmodel/newsmodel/article"
)

// channel is what the feed says of itself that its items inherit.
type channel struct {
	title, link string
	lang        string
	tag         language.Tag
	tagOK       bool
	publisher   string
	rights      string           // the feed's copyright, the items' unless they have their own
	authors     []article.Byline // Atom: the feed's authors stand for an entry's missing ones
	counts      map[string]int   // elements of the channel seen, by name, for their XPath
}

// root reads up to the root element and tells the format from it.
func (r *Reader) root() error {
	t, err := r.s.token()
	if err != nil {
		return err
	}
	st := t.start // the first token past the prolog is the root's start tag
	name := qname(r.s.top().name)
	switch {
	case st.Name.Local == "rss" && st.Name.Space == "":
		r.format, r.depth = RSS2, 2
		r.path = "/" + name
	case st.Name.Local == "RDF" && st.Name.Space == nsRDF:
		r.format, r.depth, r.path = RSS1, 1, "/"+name
	case st.Name.Local == "feed" && st.Name.Space == nsAtom:
		r.format, r.depth, r.path = Atom, 1, "/"+name
		r.setLang(r.s.top().lang, "/"+name+"/@xml:lang")
	case st.Name.Local == "feed" && st.Name.Space == "http://purl.org/atom/ns#":
		return r.s.errorf(nil, "Atom 0.3 (namespace http://purl.org/atom/ns#) is not read; only Atom 1.0")
	default:
		return r.s.errorf(nil, "root element <%s> (namespace %q) is not a feed's: want <rss>, <rdf:RDF> or Atom's <feed>", name, st.Name.Space)
	}
	for _, d := range r.s.doc {
		r.lose("", "<!%s> not read: external DTDs are never fetched", clip(d, 60))
	}
	r.s.doc = nil
	return nil
}

func (r *Reader) next() (*article.Article, error) {
	if r.format == Unknown {
		if err := r.root(); err != nil {
			return nil, err
		}
	}
	for {
		r.s.window()
		t, err := r.s.token()
		if err != nil {
			return nil, err
		}
		if t.kind != tStart {
			continue
		}
		st := t.start
		depth := len(r.s.open) // the new element included
		if r.format == RSS2 && depth == 2 {
			if st.Name.Local == "channel" && st.Name.Space == "" {
				r.path += "/" + qname(r.s.top().name)
				continue // read the channel's children one by one
			}
		}
		if depth != r.depth+1 {
			// An element beside the channel, or inside an element this
			// reader does not descend into.
			name := qname(r.s.top().name)
			if err := r.s.skip(); err != nil {
				return nil, err
			}
			r.lose(r.channelPath(name), "element not read: it is outside the feed's channel")
			continue
		}
		n, err := r.s.element(st)
		if err != nil {
			return nil, err
		}
		if r.isItem(n) {
			r.items++
			p := r.path + "/" + n.qname + "[" + strconv.Itoa(r.items) + "]"
			return r.item(n, p), nil
		}
		r.channelElement(n, r.channelPath(n.qname))
	}
}

func (r *Reader) isItem(n *node) bool {
	switch r.format {
	case RSS2:
		return n.local == "item" && n.ns == ""
	case RSS1:
		return n.local == "item" && n.ns == nsRSS1
	}
	return n.local == "entry" && n.ns == nsAtom
}

// channelPath returns the XPath of the channel element named name, counting
// the elements of that name seen so far.
func (r *Reader) channelPath(name string) string {
	if r.ch.counts == nil {
		r.ch.counts = map[string]int{}
	}
	r.ch.counts[name]++
	if k := r.ch.counts[name]; k > 1 {
		return r.path + "/" + name + "[" + strconv.Itoa(k) + "]"
	}
	return r.path + "/" + name
}

func (r *Reader) setLang(s, ptr string) {
	if s == "" || s == r.ch.lang {
		return
	}
	r.ch.lang = s
	t, err := language.Parse(s)
	r.ch.tag, r.ch.tagOK = t, err == nil
	if err != nil {
		r.lose(ptr, "language %q is not a BCP 47 tag: %v", s, err)
	}
}

// channelElement takes what the items inherit from an element of the
// channel (RSS), of rdf:RDF (RSS 1.0) or of the feed (Atom), and reports
// the rest as lost.
func (r *Reader) channelElement(n *node, ptr string) {
	switch {
	case n.is("", "title") || n.is(nsRSS1, "title") || n.is(nsDC, "title"):
		r.ch.title = collapse(n.text)
	case n.is(nsAtom, "title"):
		r.ch.title = textOf(n)
	case n.is("", "link") || n.is(nsRSS1, "link"):
		r.ch.link = resolveURL(n.base, collapse(n.text))
	case n.is(nsAtom, "link"):
		if rel := n.attr("rel"); rel == "" || rel == "alternate" {
			r.ch.link = resolveURL(n.base, n.attr("href"))
		} else {
			r.lose(ptr, "link rel=%q of the feed not read: the article has no member for it", rel)
		}
	case n.is("", "language") || n.is(nsDC, "language"):
		r.setLang(collapse(n.text), ptr)
	case n.is(nsDC, "publisher"):
		r.ch.publisher = collapse(n.text)
	case n.is("", "copyright") || n.is(nsDC, "rights"):
		r.ch.rights = collapse(n.text)
	case n.is(nsAtom, "rights"):
		r.ch.rights = textOf(n)
	case n.is(nsAtom, "author"):
		if b, ok := atomPerson(n, "author"); ok {
			r.ch.authors = append(r.ch.authors, b)
		}
	case n.is(nsRSS1, "channel"):
		for _, k := range n.kids {
			switch {
			case k.is(nsRSS1, "items"):
				// The list of the items, which follow.
			default:
				r.channelElement(k, n.path(ptr, k))
			}
		}
	default:
		r.lose(ptr, "feed element not read: the article has no member for it")
	}
}
