package feed

import (
	"mime"
	"net"
	"net/url"
	"path"
	"strings"

	"golang.org/x/text/language"

	"github.com/newsmodel/newsmodel/article"
	"github.com/newsmodel/newsmodel/news"
)

// itemState gathers what an item says before the Article is built.
type itemState struct {
	r    *Reader
	n    *node
	path string

	id          string
	idPath      at
	link        string
	title       string
	body        string // plain text
	bodyPath    at
	summary     *node // a second text beside the body
	summaryPath at
	published   news.Date
	pubPath     at
	modified    news.Date
	modPath     at
	bylines     []article.Byline
	media       []article.Media
	related     []article.Link
	lang        string
	langPath    at
	keywords    []string
	rights      string
	rightsPath  at
	credit      string // item-level media:credit
	caption     string // item-level media:description
}

func (r *Reader) item(n *node, p string) *article.Article {
	it := &itemState{r: r, n: n, path: p}
	if n.lang != "" {
		it.lang, it.langPath = n.lang, at{path: p, attr: "@xml:lang"}
	}
	if r.format == RSS1 {
		if about := n.attrNS("rdf", "about"); about != "" {
			it.setID(about, at{path: p, attr: "@rdf:about"})
		}
	}
	for _, k := range n.kids {
		it.child(k, at{path: p, parent: n, kid: k})
	}
	return it.build()
}

// attrNS returns the value of the attribute prefix:name.
func (n *node) attrNS(prefix, name string) string {
	for _, a := range n.attrs {
		if a.Name.Space == prefix && a.Name.Local == name {
			return a.Value
		}
	}
	return ""
}

func (it *itemState) lose(ptr at, format string, args ...any) {
	it.r.lose(ptr.String(), format, args...)
}

func (it *itemState) setID(s string, ptr at) {
	s = strings.TrimSpace(s)
	if s != "" && it.id == "" {
		it.id, it.idPath = s, ptr
	}
}

// child maps one element of an item.
func (it *itemState) child(k *node, ptr at) {
	switch k.ns {
	case "", nsRSS1:
		it.rss(k, ptr)
	case nsAtom:
		it.atom(k, ptr)
	case nsDC, nsDCTerms:
		it.dc(k, ptr)
	case nsContent:
		if k.local == "encoded" {
			it.setBody(htmlText(k.text), ptr)
			return
		}
		it.notRead(ptr)
	case nsMedia:
		it.mediaRSS(k, ptr, "", "")
	default:
		it.notRead(ptr)
	}
}

func (it *itemState) notRead(ptr at) {
	it.lose(ptr, "element not read: the article has no member for it")
}

func (it *itemState) rss(k *node, ptr at) {
	switch k.local {
	case "title":
		it.title = plainOrHTML(k.text)
	case "link":
		if it.link == "" {
			it.link = it.url(k, collapse(k.text), ptr)
		}
	case "description":
		it.summaryOrBody(k, ptr)
	case "guid":
		g := collapse(k.text)
		it.setID(g, ptr)
		if !strings.EqualFold(k.attr("isPermaLink"), "false") && it.link == "" {
			if u, ok := absURL("", g); ok {
				it.link = u
			}
		}
	case "pubDate":
		it.date(&it.published, &it.pubPath, k, ptr)
	case "author":
		it.byline(rssAuthor(collapse(k.text)), "author", ptr)
	case "enclosure":
		it.addMedia(k.attr("url"), k.attr("type"), "", "", "", k, ptr)
	case "source":
		u := it.url(k, k.attr("url"), ptr.with("@url"))
		it.related = append(it.related, article.Link{Rel: "source", Title: collapse(k.text), URL: u})
	case "category":
		it.keyword(collapse(k.text), ptr)
		if d := k.attr("domain"); d != "" {
			it.lose(ptr.with("@domain"), "domain %q of a category not read: its text is kept as a keyword", d)
		}
	default:
		it.notRead(ptr)
	}
}

func (it *itemState) atom(k *node, ptr at) {
	switch k.local {
	case "id":
		it.setID(collapse(k.text), ptr)
	case "title":
		it.title = textOf(k)
	case "link":
		it.atomLink(k, ptr)
	case "content":
		if src := k.attr("src"); src != "" {
			it.lose(ptr, "content kept out of the feed at %q not fetched", src)
			return
		}
		if t := k.attr("type"); t != "" && t != "text" && t != "html" && t != "xhtml" && !strings.HasPrefix(t, "text/") {
			it.lose(ptr, "content of type %q not read: only text, html and xhtml are", t)
			return
		}
		it.setBody(textOf(k), ptr)
	case "summary":
		it.summaryOrBody(k, ptr)
	case "published":
		it.date(&it.published, &it.pubPath, k, ptr)
	case "updated":
		it.date(&it.modified, &it.modPath, k, ptr)
	case "author", "contributor":
		role := "author"
		if k.local == "contributor" {
			role = "contributor"
		}
		if b, ok := atomPerson(k, role); ok {
			it.bylines = append(it.bylines, b)
		} else {
			it.lose(ptr, "%s without a name", k.local)
		}
	case "category":
		kw := k.attr("label")
		if kw == "" {
			kw = k.attr("term")
		}
		it.keyword(collapse(kw), ptr)
		if s := k.attr("scheme"); s != "" {
			it.lose(ptr.with("@scheme"), "scheme %q of a category not read: its label or term is kept as a keyword", s)
		}
	case "rights":
		it.setRights(textOf(k), ptr)
	default:
		it.notRead(ptr)
	}
}

func (it *itemState) atomLink(k *node, ptr at) {
	href := k.attr("href")
	switch rel := k.attr("rel"); rel {
	case "", "alternate":
		if it.link == "" {
			it.link = it.url(k, href, ptr.with("@href"))
		} else {
			it.lose(ptr, "a second alternate link not read: the article has one URL")
		}
	case "enclosure":
		it.addMedia(href, k.attr("type"), "", "", k.attr("title"), k, ptr)
	case "related", "via":
		if u := it.url(k, href, ptr.with("@href")); u != "" {
			r := "related"
			if rel == "via" {
				r = "source"
			}
			it.related = append(it.related, article.Link{Rel: r, Title: strings.TrimSpace(k.attr("title")), URL: u})
		}
	default:
		it.lose(ptr, "link rel=%q not read: the article has no member for it", rel)
	}
}

func (it *itemState) dc(k *node, ptr at) {
	switch k.local {
	case "creator":
		it.byline(collapse(k.text), "author", ptr)
	case "contributor":
		it.byline(collapse(k.text), "contributor", ptr)
	case "date", "issued", "created":
		if it.published.IsZero() {
			it.date(&it.published, &it.pubPath, k, ptr)
		} else {
			it.lose(ptr, "a second publication date not read")
		}
	case "modified":
		it.date(&it.modified, &it.modPath, k, ptr)
	case "language":
		it.lang, it.langPath = collapse(k.text), ptr
	case "title":
		if it.title == "" {
			it.title = plainOrHTML(k.text)
		}
	case "subject":
		it.keyword(collapse(k.text), ptr)
	case "rights":
		it.setRights(collapse(k.text), ptr)
	case "identifier":
		it.setID(collapse(k.text), ptr)
	default:
		it.notRead(ptr)
	}
}

// mediaRSS maps Media RSS: media:content, media:group (whose credit and
// description apply to its contents), media:thumbnail, and the item-level
// media:credit and media:description, which apply to every medium of the
// item that has none of its own.
func (it *itemState) mediaRSS(k *node, ptr at, credit, caption string) {
	switch k.local {
	case "content":
		c, cap := credit, caption
		if x := k.child(nsMedia, "credit"); x != nil {
			c = collapse(x.text)
		}
		if x := k.child(nsMedia, "description"); x != nil {
			cap = mediaText(x)
		} else if x := k.child(nsMedia, "title"); x != nil && cap == "" {
			cap = mediaText(x)
		}
		it.addMedia(k.attr("url"), k.attr("type"), k.attr("medium"), c, cap, k, ptr)
		for _, x := range k.kids {
			switch {
			case x.is(nsMedia, "credit"), x.is(nsMedia, "description"), x.is(nsMedia, "title"):
			case x.is(nsMedia, "thumbnail"):
				it.addMedia(x.attr("url"), "", "image", c, "", x, ptr.in(k, x))
			default:
				it.lose(ptr.in(k, x), "media element not read: the article has no member for it")
			}
		}
	case "group":
		c, cap := credit, caption
		if x := k.child(nsMedia, "credit"); x != nil {
			c = collapse(x.text)
		}
		if x := k.child(nsMedia, "description"); x != nil {
			cap = mediaText(x)
		}
		for _, x := range k.kids {
			switch {
			case x.is(nsMedia, "credit"), x.is(nsMedia, "description"):
			case x.ns == nsMedia && (x.local == "content" || x.local == "thumbnail"):
				it.mediaRSS(x, ptr.in(k, x), c, cap)
			default:
				it.lose(ptr.in(k, x), "media element not read: the article has no member for it")
			}
		}
	case "thumbnail":
		it.addMedia(k.attr("url"), "", "image", credit, caption, k, ptr)
	case "credit":
		it.credit = collapse(k.text)
	case "description":
		it.caption = mediaText(k)
	default:
		it.lose(ptr, "media element not read: the article has no member for it")
	}
}

func mediaText(n *node) string {
	if n.attr("type") == "html" {
		return htmlText(n.text)
	}
	return collapse(n.text)
}

// addMedia adds a medium, its kind told by medium, by its MIME type or by
// the extension of its URL.
func (it *itemState) addMedia(href, mimeType, medium, credit, caption string, k *node, ptr at) {
	u := it.url(k, href, ptr.with("@url"))
	if u == "" {
		return
	}
	for _, m := range it.media {
		if m.URL == u {
			return // a thumbnail of a picture already listed, or a repeat
		}
	}
	kind := mediaKind(medium, mimeType, u)
	if kind == "" {
		it.lose(ptr, "medium %q of type %q not read: not an image, video or audio", u, mimeType+medium)
		return
	}
	it.media = append(it.media, article.Media{Kind: kind, URL: u, Credit: credit, Caption: caption})
}

func mediaKind(medium, mimeType, u string) string {
	switch medium {
	case "image", "video", "audio":
		return medium
	case "":
	default:
		return ""
	}
	if mt, _, err := mime.ParseMediaType(mimeType); err == nil {
		switch top, _, _ := strings.Cut(mt, "/"); top {
		case "image", "video", "audio":
			return top
		}
		return ""
	}
	p := u
	if pu, err := url.Parse(u); err == nil {
		p = pu.Path
	}
	switch strings.ToLower(path.Ext(p)) {
	case ".jpg", ".jpeg", ".png", ".gif", ".webp", ".avif", ".svg":
		return "image"
	case ".mp4", ".m4v", ".mov", ".webm", ".m3u8":
		return "video"
	case ".mp3", ".m4a", ".aac", ".ogg", ".oga", ".opus", ".wav":
		return "audio"
	}
	return ""
}

// keyword keeps a category or subject as a keyword, once.
func (it *itemState) keyword(s string, ptr at) {
	if s == "" {
		it.lose(ptr, "empty category or subject not read")
		return
	}
	for _, k := range it.keywords {
		if k == s {
			return
		}
	}
	it.keywords = append(it.keywords, s)
}

func (it *itemState) setRights(s string, ptr at) {
	switch {
	case s == "":
	case it.rights != "":
		it.lose(ptr, "a second rights statement not read: the article's rights have one notice")
	default:
		it.rights, it.rightsPath = s, ptr
	}
}

func (it *itemState) setBody(text string, ptr at) {
	if it.body != "" {
		it.lose(ptr, "a second body not read")
		return
	}
	it.body, it.bodyPath = text, ptr
}

// summaryOrBody keeps a description or summary aside: it becomes the body
// when the item has no content, and is lost otherwise.
func (it *itemState) summaryOrBody(k *node, ptr at) {
	if it.summary != nil {
		it.lose(ptr, "a second summary not read")
		return
	}
	it.summary, it.summaryPath = k, ptr
}

func (it *itemState) date(d *news.Date, p *at, k *node, ptr at) {
	v, why := parseDate(k.text)
	if why != "" {
		it.lose(ptr, "%s", why)
		return
	}
	if !d.IsZero() {
		it.lose(ptr, "a second date of the same kind not read")
		return
	}
	*d, *p = v, ptr
}

func (it *itemState) byline(name, role string, ptr at) {
	if name == "" {
		it.lose(ptr, "%s without a name", role)
		return
	}
	it.bylines = append(it.bylines, article.Byline{Name: name, Role: role})
}

// url resolves href against the element's xml:base, else the channel's
// link, else the BaseURL option, and reports one that cannot be made
// absolute.
func (it *itemState) url(k *node, href string, ptr at) string {
	href = strings.TrimSpace(href)
	if href == "" {
		return ""
	}
	base := k.base
	if base == "" {
		base = it.r.ch.link
	}
	if u, ok := absURL(base, href); ok {
		return u
	}
	it.lose(ptr, "link %q not kept: it cannot be made an absolute URL", href)
	return ""
}

// build makes the Article.
func (it *itemState) build() *article.Article {
	r := it.r
	a := &article.Article{SchemaVersion: article.SchemaVersion}
	a.URL = it.link
	// The ID.
	switch {
	case it.id != "":
		a.ID = slug(it.id)
		if it.id != a.URL {
			a.ExternalIDs = map[string]string{"guid": it.id}
		}
	case a.URL != "":
		a.ID = slug(a.URL)
	default:
		a.ID = "item-" + itoa(r.items)
		it.lose(at{path: it.path}, "item has neither guid, id nor link: its ID is made from its position")
	}
	// The body: the content, else the description or summary.
	if it.summary != nil {
		s := textOf(it.summary)
		if it.body == "" {
			it.body = s
		} else if s != "" {
			a.Descriptions = []article.Description{{Role: "summary", Text: s}}
		}
	}
	a.Body = it.body
	// The headline.
	a.Headline = it.title
	if a.Headline == "" {
		a.Headline = firstWords(a.Body, 100)
		if a.Headline == "" {
			a.Headline = a.ID
		}
		it.lose(at{path: it.path}, "item has no title: the headline is made from the start of its text")
	}
	// Dates.
	a.Published, a.Modified = it.published, it.modified
	if !a.Published.IsZero() && !a.Modified.IsZero() {
		if al := a.Modified.Allen(a.Published); al == news.AllenBefore || al == news.AllenMeets {
			it.lose(it.modPath, "modified %s lies before published %s: not kept", a.Modified, a.Published)
			a.Modified = news.Date{}
		}
	}
	// Bylines: an Atom entry without authors has the feed's.
	a.Bylines = it.bylines
	if len(a.Bylines) == 0 && len(r.ch.authors) > 0 {
		a.Bylines = append([]article.Byline(nil), r.ch.authors...)
	}
	// Language.
	if it.lang != "" {
		if t, err := language.Parse(it.lang); err == nil {
			a.Language = t
		} else {
			it.lose(it.langPath, "language %q is not a BCP 47 tag: %v", it.lang, err)
		}
	} else if r.ch.tagOK {
		a.Language = r.ch.tag
	}
	// Publisher.
	name := r.ch.publisher
	if name == "" {
		name = r.ch.title
	}
	if name != "" {
		a.Publisher = article.Publisher{Name: name}
		if u, ok := absURL("", r.ch.link); ok {
			a.Publisher.URL = u
		}
	}
	// Media, with the item's own credit and caption where a medium has none.
	for i := range it.media {
		if it.media[i].Credit == "" {
			it.media[i].Credit = it.credit
		}
		if it.media[i].Caption == "" {
			it.media[i].Caption = it.caption
		}
	}
	a.Media = it.media
	a.Related = it.related
	a.Keywords = it.keywords
	a.Rights.Notice = it.rights
	if a.Rights.Notice == "" {
		a.Rights.Notice = r.ch.rights
	}
	return a
}

// textOf returns the plain text of an Atom text construct, or of an RSS
// description, whose HTML is reduced.
func textOf(n *node) string {
	switch n.attr("type") {
	case "html", "xhtml", "text/html":
		return htmlText(n.text)
	case "text", "text/plain":
		return collapse(n.text)
	}
	if n.ns == nsAtom {
		return collapse(n.text)
	}
	return htmlText(n.text) // RSS descriptions are HTML
}

// plainOrHTML reads an RSS title: plain text by the specification, but
// often escaped HTML in practice.
func plainOrHTML(s string) string {
	if strings.ContainsAny(s, "<&") {
		return htmlText(s)
	}
	return collapse(s)
}

// rssAuthor reads an RSS author, an e-mail address with the name in
// parentheses ("jane@example.com (Jane Doe)"), as the name.
func rssAuthor(s string) string {
	if i := strings.IndexByte(s, '('); i >= 0 && strings.HasSuffix(s, ")") {
		if name := strings.TrimSpace(s[i+1 : len(s)-1]); name != "" {
			return name
		}
	}
	return s
}

// atomPerson reads an Atom person construct.
func atomPerson(n *node, role string) (article.Byline, bool) {
	name := ""
	if k := n.child(nsAtom, "name"); k != nil {
		name = collapse(k.text)
	}
	if name == "" {
		if k := n.child(nsAtom, "email"); k != nil {
			name = collapse(k.text)
		}
	}
	return article.Byline{Name: name, Role: role}, name != ""
}

// firstWords returns the start of text, up to max code points, cut at a
// word and within its first paragraph.
func firstWords(text string, max int) string {
	if i := strings.Index(text, "\n"); i >= 0 {
		text = text[:i]
	}
	n := 0
	for i := range text {
		if n == max {
			cut := text[:i]
			if j := strings.LastIndexByte(cut, ' '); j > 0 {
				cut = cut[:j]
			}
			return cut + "…"
		}
		n++
	}
	return text
}

// absURL resolves ref against base and returns it if the result is an
// absolute URL that the schema's uri format accepts.
func absURL(base, ref string) (string, bool) {
	u, err := url.Parse(ref)
	if err != nil {
		return "", false
	}
	if !u.IsAbs() {
		if base == "" {
			return "", false
		}
		b, err := url.Parse(base)
		if err != nil || !b.IsAbs() {
			return "", false
		}
		u = b.ResolveReference(u)
	}
	s := u.String()
	// The schema's check: parses, is absolute, an IPv6 host is bracketed.
	v, err := url.Parse(s)
	if err != nil || !v.IsAbs() {
		return "", false
	}
	if h := v.Hostname(); strings.IndexByte(h, ':') >= 0 && (strings.IndexByte(v.Host, '[') < 0 || net.ParseIP(h) == nil) {
		return "", false
	}
	return s, true
}

// resolveURL resolves an xml:base against the one in force; where it cannot
// be made absolute it is kept as written, for a later base to complete.
func resolveURL(base, ref string) string {
	ref = strings.TrimSpace(ref)
	if u, ok := absURL(base, ref); ok {
		return u
	}
	if ref == "" {
		return base
	}
	return ref
}

// at is where an element or attribute of an item is, as an XPath location
// made only when a loss needs it.
type at struct {
	up          *at    // the location of parent, or nil
	path        string // without up: the location of parent, or of the whole
	parent, kid *node  // kid within parent, or nil
	attr        string // an attribute of it, such as "@url"
}

func (a at) String() string {
	p := a.path
	if a.up != nil {
		p = a.up.String()
	}
	if a.kid != nil {
		p = a.parent.path(p, a.kid)
	}
	if a.attr != "" {
		p += "/" + a.attr
	}
	return p
}

func (a at) with(attr string) at { a.attr = attr; return a }

// in is the location of kid within parent, the element at a.
func (a at) in(parent, kid *node) at { return at{up: &a, parent: parent, kid: kid} }
