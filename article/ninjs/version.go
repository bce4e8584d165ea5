package ninjs

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strings"
)

// Version is a major version of ninjs: 1, 2 or 3. The minor versions of a
// major one add members, and a document written for an older minor version
// reads as the newer one, so Export writes the member set of the newest
// minor version this package knows (1.6, 2.2, 3.2).
type Version int

// The major versions of ninjs.
const (
	// V1 is ninjs 1.x: lowercase member names, one headline and one byline,
	// body_* and description_* members, renditions and associations as
	// objects keyed by name, subjects and the like with scheme and code.
	V1 Version = 1
	// V2 is ninjs 2.x: lowercase member names, arrays of headlines,
	// descriptions and bodies, concepts with uri and literal.
	V2 Version = 2
	// V3 is ninjs 3.x: camelCase member names, events and plannings.
	V3 Version = 3
)

// String returns "ninjs 1", "ninjs 2" or "ninjs 3".
func (v Version) String() string { return fmt.Sprintf("ninjs %d", int(v)) }

// SchemaURI returns the URI of the official schema of the newest minor
// version of v that this package writes, such as
// http://www.iptc.org/std/ninjs/ninjs-schema_3.2.json, or "" for an unknown
// version.
func (v Version) SchemaURI() string {
	m := v.minor()
	if m == "" {
		return ""
	}
	return "http://www.iptc.org/std/ninjs/ninjs-schema_" + m + ".json"
}

func (v Version) minor() string {
	switch v {
	case V1:
		return "1.6"
	case V2:
		return "2.2"
	case V3:
		return "3.2"
	}
	return ""
}

func (v Version) valid() bool { return v >= V1 && v <= V3 }

// Detect tells which major version of ninjs a document is written in, from
// the names and shapes of its top-level members: camelCase names are 3.x;
// lowercase names of several words (versioncreated, pubstatus) and arrays
// of headlines or bodies are 2.x; singular names (headline, byline,
// subject), body_* members, $standard and renditions given as an object
// are 1.x. When the members say nothing either way, the version in its
// standard member decides, and failing that V3. A document that is not a
// JSON object is an *Error.
func Detect(data []byte) (Version, error) {
	var top map[string]json.RawMessage
	if err := json.Unmarshal(data, &top); err != nil {
		return 0, syntaxError(data, err)
	}
	return detect(top), nil
}

func detect(top map[string]json.RawMessage) Version {
	var votes [4]int
	for k, raw := range top {
		switch {
		case v1Only[k] || strings.HasPrefix(k, "body_") || strings.HasPrefix(k, "headline_") || strings.HasPrefix(k, "description_"):
			votes[V1]++
		case (k == "renditions" || k == "associations" || k == "altids") && firstByte(raw) == '{':
			votes[V1]++
		case renames2[k] != "":
			votes[V2]++
		case k != strings.ToLower(k) && v3Names[k]:
			votes[V3]++
		}
	}
	// The 1.x names exist nowhere else; lowercase names of several words
	// are 2.x, but 1.x uses them too.
	switch {
	case votes[V1] > 0 && votes[V1] >= votes[V3]:
		return V1
	case votes[V2] > votes[V3]:
		return V2
	case votes[V3] > 0:
		return V3
	}
	for _, k := range []string{"standard", "$standard"} {
		var std struct {
			Version string `json:"version"`
		}
		if json.Unmarshal(top[k], &std) == nil && std.Version != "" {
			switch std.Version[0] {
			case '1':
				return V1
			case '2':
				return V2
			case '3':
				return V3
			}
		}
	}
	return V3
}

func firstByte(raw json.RawMessage) byte {
	t := bytes.TrimLeft(raw, " \t\r\n")
	if len(t) == 0 {
		return 0
	}
	return t[0]
}

// v1Only are the top-level names only ninjs 1.x uses.
var v1Only = map[string]bool{
	"$standard": true, "byline": true, "headline": true, "person": true, "organisation": true,
	"place": true, "subject": true, "event": true, "object": true, "infosource": true,
	"trustindicator": true, "genre": true, "mimetype": true, "charcount": true, "wordcount": true,
}

// v3Names are the member names of ninjs 3.x at every level this package
// respells, and renames2 maps each 2.x spelling that differs to it.
var (
	v3Names  = map[string]bool{}
	renames2 = map[string]string{}
	renames3 = map[string]string{}
)

func init() {
	for _, n := range []string{
		"representationType", "firstCreated", "versionCreated", "contentCreated",
		"embargoedUntil", "pubStatus", "copyrightHolder", "copyrightNotice", "usageTerms",
		"edNote", "infoSources", "altIds", "trustIndicators", "rightsInfo", "digitalSourceType",
		"contentType", "charCount", "wordCount", "sizeInBytes", "geoJSON", "contactInfo",
		"langId", "linkedRights", "encodedRights", "postalCode", "eventDetails", "plannedCoverage",
		"symbolType", "aspectRatio", "videoCodec", "frameRate", "transportProtocol", "scanType",
	} {
		v3Names[n] = true
		old := strings.ToLower(n)
		if n == "embargoedUntil" {
			old = "embargoed"
		}
		if n == "eventDetails" || n == "plannedCoverage" || n == "aspectRatio" || n == "videoCodec" ||
			n == "frameRate" || n == "transportProtocol" || n == "scanType" {
			continue // 3.x only
		}
		renames2[old] = n
		renames3[n] = old
	}
}

// respell rewrites the object member names of a JSON document that names
// maps, leaving every other byte as it is. It assumes data is valid JSON.
func respell(data []byte, names map[string]string) []byte {
	out := make([]byte, 0, len(data)+len(data)/32)
	i := 0
	for i < len(data) {
		c := data[i]
		if c != '"' {
			out = append(out, c)
			i++
			continue
		}
		// A string: find its end.
		j := i + 1
		for j < len(data) && data[j] != '"' {
			if data[j] == '\\' {
				j++
			}
			j++
		}
		if j >= len(data) {
			return append(out, data[i:]...)
		}
		s := data[i+1 : j]
		k := j + 1
		for k < len(data) && (data[k] == ' ' || data[k] == '\t' || data[k] == '\n' || data[k] == '\r') {
			k++
		}
		if k < len(data) && data[k] == ':' {
			if n, ok := names[string(s)]; ok {
				out = append(out, '"')
				out = append(out, n...)
				out = append(out, '"')
				i = j + 1
				continue
			}
		}
		out = append(out, data[i:j+1]...)
		i = j + 1
	}
	return out
}

// respellPointer rewrites the tokens of a JSON pointer that names maps.
func respellPointer(p string, names map[string]string) string {
	if p == "" {
		return p
	}
	toks := strings.Split(p[1:], "/")
	for i, t := range toks {
		if n, ok := names[t]; ok {
			toks[i] = n
		}
	}
	return "/" + strings.Join(toks, "/")
}
