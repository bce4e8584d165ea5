package ninjs

import (
	"net/url"
	"slices"
	"strconv"
	"strings"

	"github.com/newsmodel/newsmodel/article"
)

func readRenditions(im *importer, raw []byte, ptr string) []fault {
	var rs []rendition
	return decode(raw, &rs, ptr)
}

var mediaKinds = map[string]string{"picture": "image", "video": "video", "audio": "audio", "graphic": "graphic"}

func readAssociations(im *importer, raw []byte, ptr string) []fault {
	var as []association
	if f := decode(raw, &as, ptr); f != nil {
		return f
	}
	var fs []fault
	types := itemTypes
	if im.ver < V3 {
		types = itemTypes[:len(itemTypes)-2]
	}
	for i, x := range as {
		p := ptr + "/" + strconv.Itoa(i)
		if x.URI == "" && im.ver == V2 {
			fs = append(fs, fault{ptr: p, msg: "an association of ninjs 2 needs a uri"})
		}
		if x.URI != "" && !absolute(x.URI) {
			fs = append(fs, fault{ptr: p + "/uri", msg: "uri " + strconv.Quote(x.URI) + " is not an absolute URI"})
		}
		if x.Type != "" && !slices.Contains(types, x.Type) {
			fs = append(fs, fault{ptr: p + "/type", msg: strconv.Quote(x.Type) + " is not one of " + strings.Join(types, ", ")})
		}
		kind := mediaKinds[x.Type]
		if kind == "" || (x.URI != "" && !absolute(x.URI)) {
			continue
		}
		m := article.Media{Kind: kind, URI: x.URI, Name: x.Name, Credit: x.By}
		if x.URI == mediaURI(x.Name) {
			m.URI = ""
		}
		if len(x.Descriptions) == 1 && x.Descriptions[0].Role == "" && x.Descriptions[0].ContentType == "" {
			m.Caption = x.Descriptions[0].Value
		}
		for _, r := range x.Renditions {
			if r.Href == "" || !absolute(r.Href) || (r.ContentType != "" && !mediaTypeRE.MatchString(r.ContentType)) || r.Width < 0 || r.Height < 0 || r.SizeInBytes < 0 {
				continue
			}
			m.Renditions = append(m.Renditions, article.Rendition{Name: r.Name, URL: r.Href, MediaType: r.ContentType,
				Title: r.Title, Width: r.Width, Height: r.Height, Bytes: r.SizeInBytes})
		}
		im.a.Media = append(im.a.Media, m)
	}
	return fs
}

// mediaPrefix is put before a medium's name to make the uri ninjs requires
// of an association when the medium has none, and taken off on import.
const mediaPrefix = "urn:newsmodel:media:"

func mediaURI(name string) string { return mediaPrefix + url.PathEscape(name) }

var associationTypes = map[string]string{"image": "picture", "video": "video", "audio": "audio", "graphic": "graphic"}

func writeAssociations(ex *exporter) any {
	var out []association
	for i, m := range ex.a.Media {
		p := "/media/" + strconv.Itoa(i)
		x := association{Name: m.Name, URI: m.URI, Type: associationTypes[m.Kind], By: m.Credit}
		if x.Name == "" {
			x.Name = "media" + strconv.Itoa(i+1)
			ex.lose(p, "ninjs associations need a name: written as "+strconv.Quote(x.Name)+", which reads back as the medium's name")
		}
		if m.Caption != "" {
			x.Descriptions = []text{{Value: m.Caption}}
		}
		for _, r := range m.Renditions {
			x.Renditions = append(x.Renditions, rendition{Name: r.Name, Href: r.URL, ContentType: r.MediaType,
				Title: r.Title, Width: r.Width, Height: r.Height, SizeInBytes: r.Bytes})
		}
		if m.URL != "" {
			if len(x.Renditions) == 0 {
				x.Renditions = []rendition{{Name: "original", Href: m.URL}}
				ex.lose(p+"/url", "ninjs has no url of a medium: written as its rendition \"original\", which reads back as one")
			} else {
				ex.lose(p+"/url", "ninjs has no url of a medium beside its renditions")
			}
		}
		if x.URI == "" {
			x.URI = mediaURI(x.Name)
		}
		out = append(out, x)
	}
	return nonNil(out)
}
