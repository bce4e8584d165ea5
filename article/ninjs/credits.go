package ninjs

import (
	"strconv"
	"strings"

	"github.com/newsmodel/newsmodel/article"
)

// publisherRole is the role of the infoSources item that holds the
// article's publisher.
const publisherRole = "publisher"

func readSources(im *importer, raw []byte, ptr string) []fault {
	var ss []source
	if f := decode(raw, &ss, ptr); f != nil {
		return f
	}
	for _, s := range ss {
		if s.Name == "" || s.Literal != "" || s.ContactInfo != nil || (s.URI != "" && !absolute(s.URI)) {
			continue
		}
		if s.Role == publisherRole && im.a.Publisher.IsZero() && (s.URI == "" || strings.HasPrefix(s.URI, "http")) {
			im.a.Publisher = article.Publisher{Name: s.Name, URL: s.URI}
			continue
		}
		im.a.Sources = append(im.a.Sources, article.Source{Name: s.Name, Role: s.Role, URI: s.URI})
	}
	return nil
}

func writeSources(ex *exporter) any {
	var out []source
	if p := ex.a.Publisher; !p.IsZero() {
		out = append(out, source{Name: p.Name, Role: publisherRole, URI: p.URL})
	}
	for _, s := range ex.a.Sources {
		out = append(out, source{Name: s.Name, Role: s.Role, URI: s.URI})
	}
	return nonNil(out)
}

func readBy(im *importer, raw []byte, ptr string) []fault {
	var s string
	if f := decode(raw, &s, ptr); f != nil {
		return f
	}
	if s != "" {
		im.a.Bylines = append(im.a.Bylines, article.Byline{Name: s})
	}
	return nil
}

func writeBy(ex *exporter) any {
	var names []string
	for i, b := range ex.a.Bylines {
		p := "/bylines/" + strconv.Itoa(i)
		names = append(names, b.Name)
		if b.Role != "" {
			ex.lose(p+"/role", "ninjs by is one text: the role is not written")
		}
		if b.Entity != "" {
			ex.lose(p+"/entity", "ninjs by is one text: the link to the entity is not written")
		}
	}
	if len(names) > 1 {
		ex.lose("/bylines", "ninjs by is one text: the bylines are written as one, joined by \", \", and read back as one")
	}
	return nonEmpty(strings.Join(names, ", "))
}
