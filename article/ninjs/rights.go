package ninjs

import (
	"regexp"
	"strings"

	"github.com/newsmodel/newsmodel/article"
)

var idKeyRE = regexp.MustCompile(`^[a-z][a-z0-9-]*$`)

func readAltIDs(im *importer, raw []byte, ptr string) []fault {
	var ids []altID
	if f := decode(raw, &ids, ptr); f != nil {
		return f
	}
	for _, id := range ids {
		if !idKeyRE.MatchString(id.Role) || id.Value == "" {
			continue
		}
		if _, dup := im.a.ExternalIDs[id.Role]; dup {
			continue
		}
		if im.a.ExternalIDs == nil {
			im.a.ExternalIDs = map[string]string{}
		}
		im.a.ExternalIDs[id.Role] = id.Value
	}
	return nil
}

func writeAltIDs(ex *exporter) any {
	var out []altID
	for _, k := range sortedKeys(ex.a.ExternalIDs) {
		out = append(out, altID{Role: k, Value: ex.a.ExternalIDs[k]})
	}
	return nonNil(out)
}

func readTrust(im *importer, raw []byte, ptr string) []fault {
	var ts []trust
	if f := decode(raw, &ts, ptr); f != nil {
		return f
	}
	for _, t := range ts {
		if !absolute(t.Href) || (t.Role != "" && !absolute(t.Role)) {
			continue
		}
		im.a.TrustIndicators = append(im.a.TrustIndicators, article.TrustIndicator{Role: t.Role, Title: t.Title, URL: t.Href})
	}
	return nil
}

func writeTrust(ex *exporter) any {
	var out []trust
	for _, t := range ex.a.TrustIndicators {
		out = append(out, trust{Role: t.Role, Title: t.Title, Href: t.URL})
	}
	return nonNil(out)
}

func readRightsInfo(im *importer, raw []byte, ptr string) []fault {
	var r rightsInfo
	if f := decode(raw, &r, ptr); f != nil {
		return f
	}
	if r.LinkedRights != "" && r.EncodedRights != "" {
		return []fault{{ptr: ptr, msg: "rightsInfo holds both linkedRights and encodedRights; ninjs allows one"}}
	}
	if (r.LangID != "" && !absolute(r.LangID)) || (r.LinkedRights != "" && !absolute(r.LinkedRights)) {
		return nil
	}
	im.a.Rights.Expression = article.RightsExpression{Format: r.LangID, URL: r.LinkedRights, Text: r.EncodedRights}
	return nil
}

func writeRightsInfo(ex *exporter) any {
	e := ex.a.Rights.Expression
	if e.IsZero() {
		return nil
	}
	if e.URL != "" && e.Text != "" {
		ex.lose("/rights/expression/text", "ninjs rightsInfo holds a link or the text, not both: the text is not written")
		e.Text = ""
	}
	return rightsInfo{LangID: e.Format, LinkedRights: e.URL, EncodedRights: e.Text}
}

func readDigitalSource(im *importer, raw []byte, ptr string) []fault {
	var g genre
	if f := decode(raw, &g, ptr); f != nil {
		return f
	}
	if strings.HasPrefix(g.URI, article.DigitalSourceTypeScheme) && len(g.URI) > len(article.DigitalSourceTypeScheme) {
		im.a.DigitalSourceType = article.DigitalSourceType(g.URI)
	}
	return nil
}

func writeDigitalSource(ex *exporter) any {
	if ex.a.DigitalSourceType == "" {
		return nil
	}
	return genre{URI: string(ex.a.DigitalSourceType)}
}

type standard struct {
	Name    string `json:"name,omitempty"`
	Version string `json:"version,omitempty"`
	Schema  string `json:"schema,omitempty"`
}

func readStandard(im *importer, raw []byte, ptr string) []fault {
	var s standard
	return decode(raw, &s, ptr)
}

func writeStandard(ex *exporter) any {
	return standard{Name: "ninjs", Version: ex.ver.minor(), Schema: ex.ver.SchemaURI()}
}
