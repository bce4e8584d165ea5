package ninjs

import (
	"encoding/json"
	"regexp"
	"sort"
	"strconv"
	"strings"

	"github.com/newsmodel/newsmodel/article"
	"github.com/newsmodel/newsmodel/article/convert"
)

// ninjs 1.x differs from 3.x in shape as well as in spelling: one headline
// and headline_* members instead of headlines, body_* and description_*
// members instead of bodies and descriptions, singular names for the
// concept lists, whose items have a scheme and a code instead of a uri,
// and renditions, associations and altids as objects keyed by name. The
// functions below reshape a 1.x document into 3.x form before it is read,
// and a 3.x document into 1.x form after it is written.

// representation1 maps the 1.x values of representationtype to those of
// 3.x, and back.
var representation1 = map[string]string{"complete": "full", "incomplete": "partial", "full": "complete", "partial": "incomplete"}

// plural maps the 1.x names of arrays to their 3.x names.
var plural = map[string]string{
	"person": "people", "organisation": "organisations", "place": "places", "subject": "subjects",
	"event": "events", "object": "objects", "infosource": "infoSources", "trustindicator": "trustIndicators",
	"genre": "genres",
}

// v1Kept are 1.x members that 3.x does not have, which are kept without a
// loss since they are valid where they came from.
var v1Kept = map[string]bool{"mimetype": true, "charcount": true, "wordcount": true}

// fromV1 reshapes the members of a 1.x document into 3.x form, and returns
// a function that turns a pointer into the result back into one into the
// original.
func fromV1(top map[string]json.RawMessage) (map[string]json.RawMessage, func(string) string) {
	out := map[string]json.RawMessage{}
	ptrs := map[string]string{}
	var heads, bodies, descs []map[string]any
	keys := sortedKeys(top)
	// The main headline goes first.
	sort.SliceStable(keys, func(i, j int) bool { return keys[i] == "headline" && keys[j] != "headline" })
	for _, k := range keys {
		raw := top[k]
		var s string
		isString := json.Unmarshal(raw, &s) == nil
		switch {
		case k == "$standard":
			out["standard"], ptrs["/standard"] = raw, "/$standard"
		case k == "byline":
			out["by"], ptrs["/by"] = raw, "/byline"
		case k == "headline" && isString:
			ptrs["/headlines/"+itoa(len(heads))] = "/headline"
			heads = append(heads, map[string]any{"role": "main", "value": s})
		case strings.HasPrefix(k, "headline_") && isString:
			ptrs["/headlines/"+itoa(len(heads))] = "/" + escape(k)
			heads = append(heads, map[string]any{"role": k[len("headline_"):], "value": s})
		case strings.HasPrefix(k, "body_") && isString:
			ptrs["/bodies/"+itoa(len(bodies))] = "/" + escape(k)
			bodies = append(bodies, suffixed(k[len("body_"):], s))
		case strings.HasPrefix(k, "description_") && isString:
			ptrs["/descriptions/"+itoa(len(descs))] = "/" + escape(k)
			descs = append(descs, suffixed(k[len("description_"):], s))
		case plural[k] != "":
			n := plural[k]
			out[n], ptrs["/"+n] = conceptsFromV1(k, raw), "/"+k
		case (k == "renditions" || k == "associations" || k == "altids") && firstByte(raw) == '{':
			n := k
			if k == "altids" {
				n = "altIds"
			}
			out[n], ptrs["/"+n] = keyedFromV1(k, raw), "/"+k
		case k == "representationtype" && isString:
			out["representationType"], ptrs["/representationType"] = marshal(representation1[s]), "/"+k
		case renames2[k] != "":
			n := renames2[k]
			out[n], ptrs["/"+n] = respell(raw, renames2), "/"+k
		case v1Kept[k]:
			out[k] = raw
		default:
			out[k] = raw
		}
	}
	for _, l := range []struct {
		name  string
		items []map[string]any
	}{{"headlines", heads}, {"bodies", bodies}, {"descriptions", descs}} {
		if l.items != nil {
			out[l.name] = marshal(l.items)
		}
	}
	back := func(p string) string {
		best := ""
		for from := range ptrs {
			if (p == from || strings.HasPrefix(p, from+"/")) && len(from) > len(best) {
				best = from
			}
		}
		if best == "" {
			return p
		}
		return ptrs[best] + respellPointer(p[len(best):], renames3)
	}
	return out, back
}

func itoa(i int) string { return convert.Pointer(i)[1:] }

// suffixed makes a body or description item of a 1.x body_SUFFIX or
// description_SUFFIX member: text and html name the content type, any other
// suffix the role.
func suffixed(suffix, value string) map[string]any {
	switch suffix {
	case "text":
		return map[string]any{"contentType": plain, "value": value}
	case "html":
		return map[string]any{"contentType": "text/html", "value": value}
	}
	return map[string]any{"role": suffix, "value": value}
}

// conceptsFromV1 turns the scheme and code of each item into a uri or a
// literal; an infosource's or trustindicator's rel or scheme and code into
// its 3.x role.
func conceptsFromV1(name string, raw []byte) json.RawMessage {
	var items []map[string]any
	if json.Unmarshal(raw, &items) != nil {
		return raw
	}
	for _, it := range items {
		scheme, _ := it["scheme"].(string)
		code, okc := it["code"].(string)
		_, oks := it["scheme"]
		if !okc && it["code"] != nil || oks && scheme == "" {
			continue // not of the 1.x shape: read as it is, to be reported
		}
		delete(it, "scheme")
		delete(it, "code")
		uri := ""
		switch {
		case scheme != "":
			uri = scheme + code
		case code != "":
			it["literal"] = code
		}
		if name == "trustindicator" {
			if uri != "" {
				it["role"] = uri
			}
			continue
		}
		if uri != "" {
			it["uri"] = uri
		}
		if name == "infosource" {
			if r, ok := it["rel"]; ok {
				it["role"] = r
				delete(it, "rel")
			}
		}
	}
	return respell(marshal(items), renames2)
}

// keyedFromV1 turns an object keyed by name into an array of items with that
// name (renditions, associations) or of role and value (altids).
func keyedFromV1(name string, raw []byte) json.RawMessage {
	var m map[string]json.RawMessage
	if json.Unmarshal(raw, &m) != nil {
		return raw
	}
	items := []json.RawMessage{}
	for _, k := range sortedKeys(m) {
		switch name {
		case "altids":
			items = append(items, marshal(map[string]any{"role": k, "value": json.RawMessage(m[k])}))
		case "associations":
			var inner map[string]json.RawMessage
			if json.Unmarshal(m[k], &inner) != nil {
				items = append(items, m[k])
				continue
			}
			inner, _ = fromV1(inner)
			inner["name"] = marshal(k)
			items = append(items, marshal(inner))
		default:
			var inner map[string]json.RawMessage
			if json.Unmarshal(m[k], &inner) != nil {
				items = append(items, m[k])
				continue
			}
			if mt, ok := inner["mimetype"]; ok {
				inner["contenttype"] = mt
				delete(inner, "mimetype")
			}
			inner["name"] = marshal(k)
			items = append(items, respell(marshal(inner), renames2))
		}
	}
	return marshal(items)
}

var (
	suffixRE = regexp.MustCompile(`^[a-zA-Z0-9_]+$`)
	nameRE   = regexp.MustCompile(`[^a-zA-Z0-9_]`)
)

// toV1 reshapes a document written in 3.x form into 1.x form.
func toV1(doc []byte, ex *exporter) ([]byte, error) {
	var top map[string]json.RawMessage
	if err := json.Unmarshal(doc, &top); err != nil {
		return nil, &Error{Format: "ninjs", Msg: "the article cannot be written as JSON", Err: err}
	}
	out := toV1Members(top, ex, "")
	return marshal(out), nil
}

func toV1Members(top map[string]json.RawMessage, ex *exporter, at string) map[string]json.RawMessage {
	out := map[string]json.RawMessage{}
	singular := map[string]string{}
	for k, v := range plural {
		singular[v] = k
	}
	for _, k := range sortedKeys(top) {
		raw := top[k]
		switch {
		case k == "standard":
			out["$standard"] = marshal(standard{Name: "ninjs", Version: V1.minor(), Schema: V1.SchemaURI()})
		case k == "by":
			out["byline"] = raw
		case k == "headlines" || k == "bodies" || k == "descriptions":
			prefix := map[string]string{"headlines": "headline", "bodies": "body", "descriptions": "description"}[k]
			var items []body
			json.Unmarshal(raw, &items)
			for _, it := range items {
				name := ""
				switch {
				case k == "headlines" && it.Role == "main" && out["headline"] == nil:
					name = "headline"
				case it.ContentType == plain && it.Role == "" || k != "headlines" && it.ContentType == plain && out[prefix+"_text"] == nil:
					name = prefix + "_text"
				case it.ContentType == "text/html" && out[prefix+"_html"] == nil:
					name = prefix + "_html"
				case suffixRE.MatchString(it.Role):
					name = prefix + "_" + it.Role
				}
				if name == "" || out[name] != nil {
					ex.lose(at+"/"+k, "ninjs 1 has one "+prefix+" member per role: one of the "+k+" is not written")
					continue
				}
				out[name] = marshal(it.Value)
			}
		case singular[k] != "":
			out[singular[k]] = conceptsToV1(k, raw)
		case k == "renditions" || k == "associations" || k == "altIds":
			out[strings.ToLower(k)] = keyedToV1(k, raw, ex, at)
		case k == "representationType":
			var s string
			json.Unmarshal(raw, &s)
			out["representationtype"] = marshal(representation1[s])
		case renames3[k] != "":
			out[renames3[k]] = respell(raw, renames3)
		default:
			out[k] = respell(raw, renames3)
		}
	}
	return out
}

func conceptsToV1(name string, raw []byte) json.RawMessage {
	var items []map[string]any
	if json.Unmarshal(raw, &items) != nil {
		return raw
	}
	for _, it := range items {
		uri, _ := it["uri"].(string)
		if name == "trustIndicators" {
			uri, _ = it["role"].(string)
			delete(it, "role")
		}
		if name == "infoSources" {
			if r, ok := it["role"]; ok {
				it["rel"] = r
				delete(it, "role")
			}
		}
		delete(it, "uri")
		if uri != "" {
			scheme, code := article.SplitConceptURI(uri)
			if s, ok := article.LookupScheme(scheme); ok {
				scheme = s.URI
			}
			it["scheme"], it["code"] = scheme, code
		}
		if lit, ok := it["literal"]; ok {
			it["code"] = lit
			delete(it, "literal")
		}
		delete(it, "contactInfo")
		delete(it, "geoJSON")
	}
	return respell(marshal(items), renames3)
}

func keyedToV1(name string, raw []byte, ex *exporter, at string) json.RawMessage {
	var items []map[string]json.RawMessage
	if json.Unmarshal(raw, &items) != nil {
		return raw
	}
	out := map[string]json.RawMessage{}
	for _, it := range items {
		var key string
		switch name {
		case "altIds":
			json.Unmarshal(it["role"], &key)
			out[key] = it["value"]
			continue
		default:
			json.Unmarshal(it["name"], &key)
			delete(it, "name")
			if !suffixRE.MatchString(key) {
				k := nameRE.ReplaceAllString(key, "_")
				ex.lose("/media", "ninjs 1 names "+name+" with letters, digits and _ only: "+strconv.Quote(key)+" is written as "+strconv.Quote(k))
				key = k
			}
		}
		if name == "associations" {
			out[key] = marshal(toV1Members(it, ex, at+"/associations"))
			continue
		}
		if ct, ok := it["contentType"]; ok {
			it["mimetype"] = ct
			delete(it, "contentType")
		}
		out[key] = respell(marshal(it), renames3)
	}
	return marshal(out)
}
