package article

import (
	"net/url"
	"regexp"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/language"

	"github.com/newsmodel/newsmodel/entity"
	"github.com/newsmodel/newsmodel/news"
	"github.com/newsmodel/newsmodel/timex"
)

// textParser builds one Article from text.
type textParser struct {
	cfg        textConfig
	a          *Article
	paragraphs []string  // the body, one paragraph a string
	sections   []section // sections by paragraph index
	leadLine   int       // the line of the first paragraph, for errors
}

// section is a heading and the index of the paragraph it starts at.
type section struct {
	heading string
	from    int
}

// headerNames maps the names of header lines, folded, to what they set.
var headerNames = map[string]string{
	"title": "headline", "headline": "headline",
	"subtitle": "subheadline", "subheadline": "subheadline", "dek": "subheadline",
	"date": "published", "published": "published", "updated": "modified", "modified": "modified",
	"url": "url", "link": "url",
	"by": "byline", "byline": "byline", "author": "byline", "authors": "byline",
	"source": "publisher", "publisher": "publisher",
	"language": "language", "lang": "language",
	"id": "id",
}

// seedDate is the one-line prefix " date YYYY-MM-DD " of the seed file.
var seedDate = regexp.MustCompile(`^\s*date\s+(\d{4}-\d{2}-\d{2})\s+`)

func (p *textParser) parse(text string) error {
	lines := strings.SplitAfter(text, "\n")
	n, err := p.header(lines)
	if err != nil {
		return err
	}
	rest := strings.Join(lines[n:], "")
	if n == 0 {
		if m := seedDate.FindStringSubmatch(rest); m != nil {
			if err := p.setDate("published", m[1], 1, len(m[0])-len(m[1])-1); err != nil {
				return err
			}
			rest = rest[len(m[0]):]
		}
	}
	if p.a.Published.IsZero() {
		p.a.Published = p.cfg.published
	}
	if p.a.Language == (language.Tag{}) {
		p.a.Language = p.cfg.lang
	}
	blocks := splitBlocks(rest, n+1)
	blocks = p.front(blocks)
	p.body(blocks)
	p.assemble()
	return nil
}

// header reads the header lines at the top and returns how many lines it
// used, the blank line that ends it included.
func (p *textParser) header(lines []string) (int, error) {
	n := 0
	for i, l := range lines {
		t := strings.TrimFunc(l, unicode.IsSpace)
		if t == "" {
			if n > 0 {
				return i + 1, nil
			}
			continue // blank lines before the header
		}
		name, value, ok := strings.Cut(t, ":")
		what := headerNames[strings.ToLower(strings.TrimFunc(name, unicode.IsSpace))]
		if !ok || what == "" {
			if n == 0 {
				return 0, nil
			}
			return i, nil
		}
		value = strings.TrimFunc(value, unicode.IsSpace)
		col := utf8.RuneCountInString(l[:strings.Index(l, ":")+1]) + 1
		if err := p.setHeader(what, value, i+1, col); err != nil {
			return 0, err
		}
		n = i + 1
	}
	return n, nil
}

// setHeader applies one header line.
func (p *textParser) setHeader(what, value string, line, col int) error {
	a := p.a
	switch what {
	case "headline":
		a.Headline = value
	case "subheadline":
		a.Subheadline = value
	case "published", "modified":
		return p.setDate(what, value, line, col)
	case "url":
		u, err := url.Parse(value)
		if err != nil || u.Scheme == "" || u.Host == "" {
			return &TextError{Line: line, Column: col, Message: "URL " + quoteText(value) + " is not an absolute URL", Err: err}
		}
		a.URL = value
	case "byline":
		a.Bylines = append(a.Bylines, splitNames(value, "author")...)
	case "publisher":
		a.Publisher.Name = value
	case "language":
		tag, err := language.Parse(value)
		if err != nil {
			return &TextError{Line: line, Column: col, Message: "language " + quoteText(value) + " is not a BCP 47 tag", Err: err}
		}
		a.Language = tag
	case "id":
		if !idPattern.MatchString(value) {
			return &TextError{Line: line, Column: col, Message: "ID " + quoteText(value) + " is not a slug (lowercase letters, digits and hyphens)"}
		}
		a.ID = value
	}
	return nil
}

// setDate reads a header date. Relative words ("yesterday") have nothing to
// resolve against in a header, so only a date the words give in full is
// taken.
func (p *textParser) setDate(what, value string, line, col int) error {
	r, err := timex.Normalize(value, time.Time{})
	if err != nil || r.Date.IsZero() || r.Resolution != news.Explicit {
		return &TextError{Line: line, Column: col, Message: what + " date " + quoteText(value) + " is not a full date", Err: err}
	}
	if what == "published" {
		p.a.Published = r.Date
	} else {
		p.a.Modified = r.Date
	}
	return nil
}

var idPattern = regexp.MustCompile(`^[a-z0-9][a-z0-9-]*$`)

func quoteText(s string) string {
	if utf8.RuneCountInString(s) > 60 {
		s = string([]rune(s)[:60]) + "…"
	}
	return `"` + s + `"`
}

// front reads the blocks before the body: the headline, when the header gave
// none, and byline and date lines. It returns the rest.
func (p *textParser) front(blocks []block) []block {
	a := p.a
	if a.Headline == "" && len(blocks) > 1 && looksLikeHeadline(plainSpaces(blocks[0].text)) &&
		!strings.Contains(blocks[0].text, "  ") {
		a.Headline = blocks[0].text
		blocks = blocks[1:]
	}
	for len(blocks) > 1 {
		t := plainSpaces(blocks[0].text)
		if names, ok := bylineLine(t); ok {
			a.Bylines = append(a.Bylines, names...)
			blocks = blocks[1:]
			continue
		}
		if what, d, ok := dateLine(t); ok {
			if what == "modified" && a.Modified.IsZero() {
				a.Modified = d
			} else if what == "published" && a.Published.IsZero() {
				a.Published = d
			} else {
				break
			}
			blocks = blocks[1:]
			continue
		}
		break
	}
	return blocks
}

// looksLikeHeadline reports whether a first block reads as a headline: one
// short line that does not end like a sentence.
func looksLikeHeadline(s string) bool {
	if utf8.RuneCountInString(s) > 200 {
		return false
	}
	if _, ok := bylineLine(s); ok {
		return false
	}
	if datelineRE.MatchString(s) {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(s)
	return last != '.' && last != ':' && last != ';' && last != ','
}

// bylineLine reads "By Jane Doe", "By Jane Doe and John Roe, Reuters".
func bylineLine(s string) ([]Byline, bool) {
	rest, ok := strings.CutPrefix(s, "By ")
	if !ok {
		rest, ok = strings.CutPrefix(s, "BY ")
	}
	if !ok || utf8.RuneCountInString(s) > 120 || strings.ContainsAny(s, ".!?") && !initialsOnly(rest) {
		return nil, false
	}
	if r, _ := utf8.DecodeRuneInString(rest); !unicode.IsUpper(r) {
		return nil, false
	}
	return splitNames(rest, "author"), true
}

// initialsOnly reports whether every full stop in s ends an initial or an
// abbreviation of one word ("Thomas M. Crooks", "Jr.").
func initialsOnly(s string) bool {
	for _, w := range strings.Fields(s) {
		if strings.ContainsAny(w, "!?") {
			return false
		}
		if strings.HasSuffix(w, ".") && utf8.RuneCountInString(w) > 4 {
			return false
		}
	}
	return true
}

// splitNames splits "A, B and C" into bylines of a role, dropping a
// trailing "| Reuters" or ", Reuters" agency into its own byline.
func splitNames(s, role string) []Byline {
	s = strings.NewReplacer(" | ", ", ", " & ", ", ", " and ", ", ", ";", ",").Replace(s)
	var out []Byline
	for _, n := range strings.Split(s, ",") {
		n = strings.TrimFunc(n, unicode.IsSpace)
		if n == "" {
			continue
		}
		out = append(out, Byline{Name: n, Role: role})
	}
	return out
}

// dateLine reads a line that is only a date, such as "March 23, 2025" or
// "Updated: March 24, 2025 2:05 p.m. EDT".
func dateLine(s string) (string, news.Date, bool) {
	what := "published"
	for _, pre := range []string{"Updated:", "Updated", "Published:", "Published", "Posted:", "Posted"} {
		if rest, ok := strings.CutPrefix(s, pre); ok {
			if strings.HasPrefix(pre, "Updated") {
				what = "modified"
			}
			s = strings.TrimFunc(rest, unicode.IsSpace)
			break
		}
	}
	if utf8.RuneCountInString(s) > 60 {
		return "", news.Date{}, false
	}
	r, err := timex.Normalize(s, time.Time{})
	if err != nil || r.Date.IsZero() || r.Resolution != news.Explicit {
		return "", news.Date{}, false
	}
	return what, r.Date, true
}

// body sorts the remaining blocks into paragraphs, sections, related links,
// credits and bylines.
func (p *textParser) body(blocks []block) {
	labels := leadInCounts(blocks)
	for i := 0; i < len(blocks); i++ {
		t, plain := blocks[i].text, plainSpaces(blocks[i].text)
		if rel, title, ok := relatedLine(plain); ok {
			if title == "" && i+1 < len(blocks) {
				i++
				title = blocks[i].text
			}
			if title != "" {
				p.a.Related = append(p.a.Related, Link{Rel: rel, Title: title})
			}
			continue
		}
		if m, ok := creditLine(plain); ok {
			p.a.Media = append(p.a.Media, m)
			continue
		}
		if bs, ok := contributorLine(plain); ok {
			p.a.Bylines = append(p.a.Bylines, bs...)
			continue
		}
		if heading, rest, ok := leadIn(t); ok && labels[heading] == 1 {
			p.sections = append(p.sections, section{heading: heading, from: len(p.paragraphs)})
			t = rest
		} else if i+1 < len(blocks) && len(p.paragraphs) > 0 && standaloneHeading(t) {
			p.sections = append(p.sections, section{heading: strings.TrimSuffix(t, ":"), from: len(p.paragraphs)})
			continue
		}
		if len(p.paragraphs) == 0 {
			p.leadLine = blocks[i].line
		}
		p.paragraphs = append(p.paragraphs, t)
	}
}

// assemble writes the body, the sections' spans, the dateline, and the
// headline and ID when nothing gave them.
func (p *textParser) assemble() {
	a := p.a
	a.Body = strings.Join(p.paragraphs, "\n\n")
	starts := make([]int, len(p.paragraphs)+1) // code point offset of each paragraph
	off := 0
	for i, para := range p.paragraphs {
		starts[i] = off
		off += utf8.RuneCountInString(para) + 2
	}
	starts[len(p.paragraphs)] = off
	for k, s := range p.sections {
		to := len(p.paragraphs)
		if k+1 < len(p.sections) {
			to = p.sections[k+1].from
		}
		if to <= s.from {
			continue // a heading with no paragraph under it
		}
		a.Sections = append(a.Sections, Section{Heading: s.heading,
			Span: news.Span{Start: starts[s.from], End: starts[to] - 2}})
	}
	if len(p.paragraphs) > 0 {
		p.dateline(p.paragraphs[0])
	}
	if a.Headline == "" {
		a.Headline = firstSentence(a.Body)
	}
	if a.Headline == "" {
		a.Headline = "Untitled"
	}
	if a.ID == "" {
		a.ID = p.cfg.id
	}
	if a.ID == "" {
		a.ID = idFrom(a.URL, a.Headline)
	}
}

// dateline reads a wire dateline at the start of the lead.
func (p *textParser) dateline(lead string) {
	m := datelineRE.FindStringSubmatchIndex(lead)
	if m == nil {
		return
	}
	a := p.a
	place := lead[m[2]:m[3]]
	text := strings.TrimFunc(lead[:m[1]], func(r rune) bool { return unicode.IsSpace(r) || strings.ContainsRune("—–-", r) })
	a.Dateline = Dateline{Text: text}
	// The entity is the place itself; a region after it ("KYIV, Ukraine")
	// is a place of its own that the text names.
	name := titleCase(place)
	id := slug(name)
	if id != "" {
		e := entity.Entity{ID: id, Kind: entity.Place, Name: name,
			Mentions: []news.Span{{Start: 0, End: utf8.RuneCountInString(place), Text: place}}}
		a.Entities = append(a.Entities, e)
		a.Dateline.Place = id
	}
	if m[6] >= 0 && !a.Published.IsZero() {
		if r, err := timex.Normalize(lead[m[6]:m[7]], a.Published.Anchor()); err == nil && !r.Date.IsZero() {
			a.Dateline.Date = r.Date
		}
	}
	if m[8] >= 0 {
		agency := lead[m[8]:m[9]]
		if a.Publisher.Name == "" {
			a.Publisher.Name = agency
		}
		// The agency is an organization the body names.
		if id := slug(agency); id != "" && id != a.Dateline.Place {
			start := utf8.RuneCountInString(lead[:m[8]])
			a.Entities = append(a.Entities, entity.Entity{ID: id, Kind: entity.Organization, Name: agency,
				Mentions: []news.Span{{Start: start, End: start + utf8.RuneCountInString(agency), Text: agency}}})
		}
	}
}

// datelineRE matches "WASHINGTON (Reuters) —", "LONDON, March 3 (AP) -",
// "KYIV, Ukraine (AP) —", "NEW YORK —": a place in capitals, an optional
// region, an optional month and day, an optional agency, then a dash.
var datelineRE = regexp.MustCompile(`^(\p{Lu}[\p{Lu}.'’ -]*\p{Lu}\.?)` +
	`(?:, (\p{Lu}[\p{L}.'’ ]{1,30}?))??` +
	`(?:, ((?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.? \d{1,2}))?` +
	`\s*(?:\(([\p{L}][\p{L} .&'’-]{0,30})\))?` +
	`\s*[—–-]{1,2}\s+`)

// leadInCounts counts the lead-in labels of the blocks: a label that starts
// several paragraphs is a speaker, not a section.
func leadInCounts(blocks []block) map[string]int {
	n := map[string]int{}
	for _, b := range blocks {
		if h, _, ok := leadIn(b.text); ok {
			n[h]++
		}
	}
	return n
}

// leadIn reads "What Happened: text" into its heading and the rest.
func leadIn(s string) (heading, rest string, ok bool) {
	i := strings.Index(s, ": ")
	if i <= 0 || i > 40 {
		return "", "", false
	}
	heading, rest = s[:i], strings.TrimFunc(s[i+2:], unicode.IsSpace)
	words := strings.Fields(heading)
	if len(words) > 5 || rest == "" || !titleWords(words) || nonSection[strings.ToLower(heading)] {
		return "", "", false
	}
	return heading, rest, true
}

// nonSection lists labels that are not headings.
var nonSection = map[string]bool{"q": true, "a": true, "note": true, "editor's note": true, "editor’s note": true, "update": true, "watch": true, "listen": true}

// titleWords reports whether words read as a heading: each starts with a
// capital letter, or is a short function word.
func titleWords(words []string) bool {
	for i, w := range words {
		r, _ := utf8.DecodeRuneInString(w)
		if unicode.IsUpper(r) {
			continue
		}
		if i == 0 || !smallWords[w] {
			return false
		}
	}
	return true
}

var smallWords = map[string]bool{"a": true, "an": true, "the": true, "of": true, "and": true, "in": true, "on": true, "to": true, "for": true, "it": true, "is": true, "at": true, "by": true}

// standaloneHeading reports whether a block is a heading on a line of its
// own: up to six words in title case, no sentence end.
func standaloneHeading(s string) bool {
	if len(s) > 100 {
		return false
	}
	words := strings.Fields(strings.TrimSuffix(s, ":"))
	if len(words) == 0 || len(words) > 6 || !titleWords(words) {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(s)
	return !strings.ContainsRune(".!?,;\"”’'", last)
}

// relatedLine reads "Also Read: title", "Read Next" (title on the next
// line), "RELATED: title".
func relatedLine(s string) (rel, title string, ok bool) {
	for _, r := range []struct{ prefix, rel string }{
		{"also read", "also-read"}, {"read next", "read-next"}, {"related", "related"},
		{"read more", "read-more"}, {"see also", "see-also"}, {"more reading", "read-more"},
	} {
		if len(s) < len(r.prefix) || !strings.EqualFold(s[:len(r.prefix)], r.prefix) {
			continue
		}
		rest := strings.TrimFunc(s[len(r.prefix):], unicode.IsSpace)
		if rest == "" {
			return r.rel, "", true
		}
		if t, ok := strings.CutPrefix(rest, ":"); ok {
			return r.rel, strings.TrimFunc(t, unicode.IsSpace), true
		}
		return "", "", false
	}
	return "", "", false
}

// creditLine reads "Image: Shutterstock", "Photo by Jane Doe/Reuters",
// "Photo: AP", "Image via Getty Images".
func creditLine(s string) (Media, bool) {
	if utf8.RuneCountInString(s) > 120 {
		return Media{}, false
	}
	s = strings.TrimSuffix(strings.TrimPrefix(s, "("), ")")
	lower := strings.ToLower(s)
	for _, c := range []struct{ prefix, kind string }{
		{"image credit:", "image"}, {"photo credit:", "image"}, {"featured image:", "image"},
		{"image:", "image"}, {"photo:", "image"}, {"picture:", "image"}, {"video:", "video"},
		{"graphic:", "graphic"}, {"photo by ", "image"}, {"photograph by ", "image"},
		{"image by ", "image"}, {"image via ", "image"}, {"photo via ", "image"}, {"video by ", "video"},
	} {
		if strings.HasPrefix(lower, c.prefix) {
			credit := strings.TrimFunc(s[len(c.prefix):], unicode.IsSpace)
			if credit == "" {
				return Media{}, false
			}
			return Media{Kind: c.kind, Credit: credit}, true
		}
	}
	return Media{}, false
}

// contributorLine reads "(Reporting by A and B in London; Editing by C)".
func contributorLine(s string) ([]Byline, bool) {
	inner, ok := strings.CutPrefix(s, "(")
	if !ok {
		return nil, false
	}
	inner, ok = strings.CutSuffix(inner, ")")
	if !ok {
		return nil, false
	}
	var out []Byline
	for _, part := range strings.Split(inner, ";") {
		part = strings.TrimFunc(part, unicode.IsSpace)
		what, names, ok := strings.Cut(part, " by ")
		role := contributorRoles[strings.ToLower(strings.TrimFunc(what, unicode.IsSpace))]
		if !ok || role == "" {
			return nil, false
		}
		if i := strings.Index(names, " in "); i >= 0 {
			names = names[:i]
		}
		out = append(out, splitNames(names, role)...)
	}
	return out, len(out) > 0
}

var contributorRoles = map[string]string{
	"reporting": "reporter", "additional reporting": "contributor", "writing": "writer",
	"editing": "editor", "compiled": "compiler", "compiling": "compiler", "graphics": "graphics",
	"photos": "photographer", "research": "researcher", "translation": "translator",
}

// firstSentence returns the first sentence of text, at most 200 code points.
func firstSentence(text string) string {
	para, _, _ := strings.Cut(text, "\n")
	end := len(para)
	for i, r := range para {
		if (r == '.' || r == '!' || r == '?') && i+1 < len(para) && para[i+1] == ' ' && i > 20 {
			end = i + 1
			break
		}
	}
	s := para[:end]
	if utf8.RuneCountInString(s) > 200 {
		rs := []rune(s)[:200]
		s = string(rs)
		if i := strings.LastIndexByte(s, ' '); i > 100 {
			s = s[:i]
		}
		s += "…"
	}
	return strings.TrimSpace(s)
}

// idFrom makes a slug ID from the URL's last path segment or the headline.
func idFrom(rawURL, headline string) string {
	if u, err := url.Parse(rawURL); err == nil && u.Path != "" {
		seg := u.Path[strings.LastIndexByte(strings.TrimSuffix(u.Path, "/"), '/')+1:]
		seg = strings.TrimSuffix(seg, "/")
		if i := strings.LastIndexByte(seg, '.'); i > 0 {
			seg = seg[:i]
		}
		if s := slug(seg); len(s) >= 3 {
			return s
		}
	}
	if s := slug(headline); s != "" {
		return s
	}
	return "article"
}

// slug lowercases s, folds it to ASCII letters and digits where it can, and
// joins the words with hyphens, at most 64 bytes.
func slug(s string) string {
	var b strings.Builder
	dash := false
	for _, r := range foldASCII(s) {
		switch {
		case r >= 'a' && r <= 'z', r >= '0' && r <= '9':
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			dash = false
			b.WriteRune(r)
		case r >= 'A' && r <= 'Z':
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			dash = false
			b.WriteRune(r + 'a' - 'A')
		case r == '\'' || r == '’':
		default:
			dash = true
		}
		if b.Len() > 64 {
			break
		}
	}
	out := b.String()
	if len(out) > 64 {
		out = out[:64]
		if i := strings.LastIndexByte(out, '-'); i >= 16 {
			out = out[:i] // end at a whole word
		}
	}
	return strings.TrimRight(out, "-")
}

// titleCase writes "NEW YORK" as "New York".
func titleCase(s string) string {
	var b strings.Builder
	up := true
	for _, r := range s {
		if up {
			b.WriteRune(unicode.ToUpper(r))
		} else {
			b.WriteRune(unicode.ToLower(r))
		}
		up = r == ' ' || r == '-' || r == '.' || r == '\''
	}
	return b.String()
}

// plainSpaces returns s with every Unicode space (no-break space, thin
// space and the others) written as an ASCII space, for reading the lines
// that are not body text: bylines, credits, links.
func plainSpaces(s string) string {
	if strings.IndexFunc(s, func(r rune) bool { return r > 0x7f && unicode.IsSpace(r) }) < 0 {
		return s
	}
	return strings.Map(func(r rune) rune {
		if r > 0x7f && unicode.IsSpace(r) {
			return ' '
		}
		return r
	}, s)
}
