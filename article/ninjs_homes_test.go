package article_test

import (
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"testing"
)

// ninjsDir holds the official ninjs 3.x example documents, reference data
// that the project did not write, in shared/ beside the repository.
const ninjsDir = "../../shared/reference/ninjs/examples/3.0"

// ninjsHomes says, for every member path that the ninjs 3.x text items use,
// where an Article keeps it. A path is a member name, with "[]" after an
// array's name. The converters of the interop work map along it.
var ninjsHomes = map[string]string{
	"uri":                                 "id",
	"type":                                "implied: an Article is a text item",
	"version":                             "version",
	"versionCreated":                      "versionCreated",
	"firstCreated":                        "firstCreated",
	"pubStatus":                           "status",
	"urgency":                             "urgency",
	"language":                            "language",
	"title":                               "title",
	"slugline":                            "slugline",
	"edNote":                              "editorNote",
	"expires":                             "expires",
	"by":                                  "bylines[].name",
	"located":                             "dateline.text",
	"copyrightHolder":                     "rights.holder",
	"copyrightNotice":                     "rights.notice",
	"usageTerms":                          "rights.usageTerms",
	"headlines[].role":                    "main: headline; others: headlines[].role",
	"headlines[].value":                   "headline, headlines[].text",
	"descriptions[].role":                 "descriptions[].role",
	"descriptions[].value":                "descriptions[].text",
	"descriptions[].contentType":          "descriptions[].mediaType",
	"bodies[].role":                       "bodies[].role (the plain-text one: body)",
	"bodies[].value":                      "body (text/plain), bodies[].text",
	"bodies[].contentType":                "bodies[].mediaType",
	"bodies[].charCount":                  "bodies[].charCount",
	"bodies[].wordCount":                  "bodies[].wordCount",
	"subjects[].uri":                      "subjects[].scheme + code (SplitConceptURI)",
	"subjects[].literal":                  "subjects[].code",
	"subjects[].name":                     "subjects[].name",
	"subjects[].rel":                      "subjects[].rel",
	"subjects[].creator":                  "subjects[].creator",
	"subjects[].relevance":                "subjects[].relevance",
	"subjects[].confidence":               "subjects[].confidence",
	"genres[].uri":                        "genres[].scheme + code (SplitConceptURI)",
	"genres[].literal":                    "genres[].code",
	"genres[].name":                       "genres[].name",
	"altIds[].role":                       "externalIds key",
	"altIds[].value":                      "externalIds value",
	"people[].name":                       "entities[] of kind person",
	"organisations[].name":                "entities[] of kind organization",
	"places[].name":                       "entities[] of kind place",
	"places[].literal":                    "entities[].externalIds",
	"associations[].name":                 "media[].name",
	"associations[].uri":                  "media[].uri",
	"associations[].type":                 "media[].kind (picture: image)",
	"associations[].by":                   "media[].credit",
	"associations[].descriptions[].value": "media[].caption",
	"associations[].renditions[].name":    "media[].renditions[].name",
	"associations[].renditions[].href":    "media[].renditions[].url",
	"associations[].renditions[].title":   "media[].renditions[].title",
	"associations[].renditions[].contentType": "media[].renditions[].mediaType",
	"associations[].renditions[].width":       "media[].renditions[].width",
	"associations[].renditions[].height":      "media[].renditions[].height",
	"associations[].renditions[].sizeInBytes": "media[].renditions[].bytes",
	// About the ninjs representation rather than the news; a converter
	// that must keep them keeps them in extensions under "ninjs:".
	"standard.name":                     "extensions[ninjs:standard]",
	"standard.version":                  "extensions[ninjs:standard]",
	"standard.schema":                   "extensions[ninjs:standard]",
	"representationType":                "extensions[ninjs:representationType]",
	"profile":                           "extensions[ninjs:profile]",
	"associations[].representationType": "extensions[ninjs:associations]",
	"associations[].versionCreated":     "extensions[ninjs:associations]",
	// The entity members have no place for these yet.
	"places[].geoJSON.type":        "extensions[ninjs:places]",
	"places[].geoJSON.coordinates": "extensions[ninjs:places]",
	"people[].contactInfo[].type":  "extensions[ninjs:people]",
	"people[].contactInfo[].role":  "extensions[ninjs:people]",
	"people[].contactInfo[].value": "extensions[ninjs:people]",
}

// paths adds the paths of the leaf members of v under prefix to set.
func paths(v any, prefix string, set map[string]bool) {
	switch x := v.(type) {
	case map[string]any:
		for k, e := range x {
			p := k
			if prefix != "" {
				p = prefix + "." + k
			}
			switch e.(type) {
			case []any:
				p += "[]"
			case map[string]any:
			default:
				set[p] = true // a leaf: a string, number or boolean
			}
			paths(e, p, set)
		}
	case []any:
		for _, e := range x {
			paths(e, prefix, set)
		}
	}
}

// TestNinjsTextItemsHaveHomes checks that every member the official ninjs
// 3.x text items use has a home in the model, as ninjsHomes lists it. Text
// items are those of type text or composite, or of no type with a body and
// no event details.
func TestNinjsTextItemsHaveHomes(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join(ninjsDir, "*.json"))
	if len(files) == 0 {
		t.Skipf("the ninjs examples %s are absent (reference data in shared/ beside the repository); skipping", ninjsDir)
	}
	var texts []string
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		var doc map[string]any
		if json.Unmarshal(b, &doc) != nil {
			continue // not one item
		}
		typ, _ := doc["type"].(string)
		_, body := doc["bodies"]
		_, event := doc["eventDetails"]
		if typ != "text" && typ != "composite" && (typ != "" || !body || event) {
			continue
		}
		texts = append(texts, filepath.Base(f))
		set := map[string]bool{}
		paths(doc, "", set)
		var homeless []string
		for p := range set {
			if ninjsHomes[p] == "" {
				homeless = append(homeless, p)
			}
		}
		sort.Strings(homeless)
		if len(homeless) > 0 {
			t.Errorf("%s: members with no home: %s", filepath.Base(f), strings.Join(homeless, ", "))
		}
	}
	if !slices.Contains(texts, "ntb_text.json") || len(texts) < 6 {
		t.Errorf("text items found: %v; want the six text items and the composite one", texts)
	}
}
