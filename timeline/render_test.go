package timeline_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/santhosh-tekuri/jsonschema/v5"

	"github.com/newsmodel/newsmodel/news"
	"github.com/newsmodel/newsmodel/timeline"
)

func TestReadable(t *testing.T) {
	tests := []struct{ in, want string }{
		{"2024", "2024"},
		{"2024-07", "July 2024"},
		{"2024-07-13", "13 July 2024"},
		{"199X", "1990s"},
		{"199X~", "c. 1990s"},
		{"19XX", "1900s"},
		{"2024-07?", "July 2024 (uncertain)"},
		{"2024-07%", "c. July 2024 (uncertain)"},
		{"../2025-03-23", "before 23 March 2025"},
		{"2024-07/..", "since July 2024"},
		{"/2025-03", "until March 2025"},
		{"2025-03-01/", "from 1 March 2025"},
		{"2025-03-02/2025-03-05", "2–5 March 2025"},
		{"2025-02-28/2025-03-05", "28 February – 5 March 2025"},
		{"2024-12-28/2025-01-05", "28 December 2024 – 5 January 2025"},
		{"2025-03/2025-05", "March–May 2025"},
		{"2019/2024", "2019–2024"},
		{"2024-07/2025-03-23", "July 2024 – 23 March 2025"},
		{"2025-03-01~/2025-03-05", "c. 1 March 2025 – 5 March 2025"},
		{"2025-33", "first quarter of 2025"},
		{"2024-41", "second half of 2024"},
		{"2024-38", "May–August 2024"},
		{"2025-21", "spring 2025"},
		{"2024-24", "winter 2024–2025"},
		{"2025-29", "spring 2025 (southern hemisphere)"},
		{"2025-W12", "week 12 of 2025"},
		{"2025-W12-7", "23 March 2025"},
		{"2024-XX", "2024"},
		{"2024-07-XX", "July 2024"},
		{"2024-XX-XX", "2024"},
		{"2025-03-23T14", "23 March 2025, 14:00"},
		{"2025-03-23T14:05-04:00", "23 March 2025, 14:05 UTC-04:00"},
		{"2025-03-23T14:05:09Z", "23 March 2025, 14:05:09 UTC"},
		{"-0044", "45 BC"},
		{"0001-03-15", "15 March 1"},
		{"Y170000002", "170000002"},
	}
	for _, tt := range tests {
		if got := timeline.Readable(news.MustParseDate(tt.in)); got != tt.want {
			t.Errorf("Readable(%s) = %q, want %q", tt.in, got, tt.want)
		}
	}
	if got := timeline.Readable(news.Date{}); got != "" {
		t.Errorf("Readable(zero) = %q", got)
	}
}

// story is a timeline that shows every feature a renderer must: spans,
// intervals, open and approximate dates, an undated entry placed by its
// relations, a merged entry with a conflict, quotes, unplaced entries, and
// text that needs escaping.
func story() *timeline.Timeline {
	d := news.MustParseDate
	gazette := &timeline.Source{Article: "gazette-1", URL: "https://gazette.example/fire?id=1&x=<y>", Published: d("2025-03-04"), Publisher: "Gazette & Co"}
	radio := &timeline.Source{Article: "radio-7", Published: d("2025-03-10"), Publisher: "Radio Seven"}
	ware := []timeline.Identity{{Name: "Harbor Warehouse", Role: "target", ExternalIDs: map[string]string{"wikidata": "Q42"}}}
	var b timeline.Builder
	b.Add(
		timeline.Item{Source: gazette, Participants: ware, Event: news.Event{ID: "fire", Kind: news.Occurrence,
			Summary: "Fire destroys the <Harbor> warehouse", When: news.When{Value: d("2025-03-03"), Text: "on March 3"}},
			Quotes: []timeline.Quotation{{Text: `"It was gone," she said`, Speaker: "Chief Ana Ruiz"}}},
		timeline.Item{Source: radio, Participants: ware, Event: news.Event{ID: "e1", Kind: news.Occurrence,
			Summary: "Harbor warehouse destroyed by fire", When: news.When{Value: d("2025-03-02"), Text: "last Sunday"}}},
		timeline.Item{Source: gazette, Event: news.Event{ID: "vote", Summary: "Council votes to sell the warehouse",
			When: news.When{Value: d("2025-02~")}}},
		timeline.Item{Source: gazette, Event: news.Event{ID: "probe", Summary: "Police open an inquiry",
			Relations: []news.Relation{{Type: news.After, Event: "fire"}}}},
		timeline.Item{Source: radio, Event: news.Event{ID: "e2", Summary: "Insurance claim filed",
			When: news.When{Value: d("2025-03-01/2025-03-10"), Text: "in early March"}}},
		timeline.Item{Source: radio, Event: news.Event{ID: "e3", Kind: news.State, Summary: "Warehouse stands empty",
			When: news.When{Value: d("../2025-03-02")}}},
		timeline.Item{Source: radio, Event: news.Event{ID: "e4", Summary: "Harbour trade in decline", When: news.When{Value: d("199X")}}},
		timeline.Item{Source: radio, Event: news.Event{ID: "e5", Summary: "Arrest made",
			When: news.When{Value: d("2025-03-08T09:30-05:00")}}},
		timeline.Item{Source: radio, Event: news.Event{ID: "e6", Summary: "Neighbours complain", When: news.When{Text: "for years"}}},
		timeline.Item{Source: radio, Event: news.Event{ID: "e7", Summary: "Reward offered",
			Relations: []news.Relation{{Type: news.After, Event: "e99"}}}},
	)
	return b.Build()
}

func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if updating() {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if diff := cmp.Diff(string(want), string(got)); diff != "" {
		t.Errorf("%s: (-want +got)\n%s", path, diff)
	}
}

func TestRenderGolden(t *testing.T) {
	tl := story()
	var text, js, tljs, page bytes.Buffer
	if err := tl.WriteText(&text); err != nil {
		t.Fatal(err)
	}
	golden(t, "render_story.txt", text.Bytes())
	if err := tl.WriteJSON(&js); err != nil {
		t.Fatal(err)
	}
	golden(t, "render_story.json", js.Bytes())
	omitted, err := tl.WriteTimelineJS(&tljs, "The Harbor fire")
	if err != nil {
		t.Fatal(err)
	}
	golden(t, "render_story.timelinejs.json", tljs.Bytes())
	if diff := cmp.Diff([]string{"gazette-1/probe", "radio-7/e6", "radio-7/e7"}, omitted); diff != "" {
		t.Errorf("omitted (-want +got)\n%s", diff)
	}
	if err := tl.WriteHTML(&page, "The Harbor fire"); err != nil {
		t.Fatal(err)
	}
	golden(t, "render_story.html", page.Bytes())
}

func TestTimelineJSShape(t *testing.T) {
	var buf bytes.Buffer
	if _, err := story().WriteTimelineJS(&buf, "T"); err != nil {
		t.Fatal(err)
	}
	var doc struct {
		Title  map[string]any   `json:"title"`
		Events []map[string]any `json:"events"`
	}
	if err := json.Unmarshal(buf.Bytes(), &doc); err != nil {
		t.Fatal(err)
	}
	seen := map[string]bool{}
	for _, ev := range doc.Events {
		id, _ := ev["unique_id"].(string)
		for _, r := range id {
			if !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r == '-') {
				t.Errorf("unique_id %q is not ASCII letters, digits and hyphens", id)
			}
		}
		if id == "" || seen[id] {
			t.Errorf("unique_id %q empty or repeated", id)
		}
		seen[id] = true
		if _, ok := ev["start_date"].(map[string]any)["year"]; !ok {
			t.Errorf("%s: start_date without year", id)
		}
		if ev["group"] == "" || ev["text"].(map[string]any)["headline"] == "" {
			t.Errorf("%s: no group or headline", id)
		}
	}
	byID := func(id string) map[string]any {
		for _, ev := range doc.Events {
			if ev["unique_id"] == id {
				return ev
			}
		}
		t.Fatalf("no slide %s", id)
		return nil
	}
	// Only the parts the precision supports.
	vote := byID("gazette-1-vote")
	if diff := cmp.Diff(map[string]any{"year": 2025.0, "month": 2.0}, vote["start_date"]); diff != "" {
		t.Errorf("start_date (-want +got)\n%s", diff)
	}
	if vote["display_date"] != "c. February 2025" {
		t.Errorf("display_date = %v", vote["display_date"])
	}
	decade := byID("radio-7-e4")
	if diff := cmp.Diff(map[string]any{"year": 1990.0}, decade["start_date"]); diff != "" {
		t.Errorf("decade start (-want +got)\n%s", diff)
	}
	if diff := cmp.Diff(map[string]any{"year": 1999.0}, decade["end_date"]); diff != "" {
		t.Errorf("decade end (-want +got)\n%s", diff)
	}
	fire := byID("gazette-1-fire")
	media := fire["media"].(map[string]any)
	if !strings.HasPrefix(media["url"].(string), "<blockquote>") || media["credit"] != "Chief Ana Ruiz" {
		t.Errorf("media = %v", media)
	}
	if _, ok := fire["display_date"]; ok {
		t.Errorf("a full day has a display_date: %v", fire["display_date"])
	}
}

var timelineSchema = sync.OnceValues(func() (*jsonschema.Schema, error) {
	data, err := os.ReadFile(filepath.Join("..", "schema", "timeline.schema.json"))
	if err != nil {
		return nil, err
	}
	var doc map[string]any
	if err := json.Unmarshal(data, &doc); err != nil {
		return nil, err
	}
	id, _ := doc["$id"].(string)
	c := jsonschema.NewCompiler()
	c.Draft = jsonschema.Draft2020
	c.AssertFormat = true
	c.LoadURL = func(u string) (io.ReadCloser, error) { return nil, errors.New("no loading: " + u) }
	if err := c.AddResource(id, bytes.NewReader(data)); err != nil {
		return nil, err
	}
	return c.Compile(id)
})

func validate(t *testing.T, doc []byte) {
	t.Helper()
	s, err := timelineSchema()
	if err != nil {
		t.Fatal(err)
	}
	dec := json.NewDecoder(bytes.NewReader(doc))
	dec.UseNumber()
	var v any
	if err := dec.Decode(&v); err != nil {
		t.Fatal(err)
	}
	if err := s.Validate(v); err != nil {
		t.Errorf("%v\n%s", err, doc)
	}
}

func TestSchemaHeader(t *testing.T) {
	data, err := os.ReadFile(filepath.Join("..", "schema", "timeline.schema.json"))
	if err != nil {
		t.Fatal(err)
	}
	var doc map[string]any
	if err := json.Unmarshal(data, &doc); err != nil {
		t.Fatal(err)
	}
	if doc["$schema"] != "https://json-schema.org/draft/2020-12/schema" || !strings.HasPrefix(doc["$id"].(string), "https://") ||
		doc["additionalProperties"] != false {
		t.Errorf("schema header: %v %v %v", doc["$schema"], doc["$id"], doc["additionalProperties"])
	}
	// Every object in the schema closes its properties.
	var walk func(path string, v any)
	walk = func(path string, v any) {
		switch v := v.(type) {
		case map[string]any:
			if v["type"] == "object" {
				if _, ok := v["additionalProperties"]; !ok {
					t.Errorf("%s: object without additionalProperties", path)
				}
			}
			for k, w := range v {
				walk(path+"/"+k, w)
			}
		case []any:
			for i, w := range v {
				walk(fmt.Sprintf("%s/%d", path, i), w)
			}
		}
	}
	walk("", doc)
}

func TestJSONValidatesAgainstSchema(t *testing.T) {
	var buf bytes.Buffer
	if err := story().WriteJSON(&buf); err != nil {
		t.Fatal(err)
	}
	validate(t, buf.Bytes())
	for seed := range uint64(20) {
		r := rand.New(rand.NewPCG(seed, 11))
		buf.Reset()
		if err := build(randomEvents(r, 40)).WriteJSON(&buf); err != nil {
			t.Fatal(err)
		}
		validate(t, buf.Bytes())
	}
	buf.Reset()
	if err := timeline.Merge().WriteJSON(&buf); err != nil {
		t.Fatal(err)
	}
	validate(t, buf.Bytes())
}

func TestSchemaRejects(t *testing.T) {
	s, err := timelineSchema()
	if err != nil {
		t.Fatal(err)
	}
	for _, doc := range []string{
		`{}`,
		`{"entries": [], "conflicts": [], "unplaced": [], "extra": 1}`,
		`{"entries": [{"id": "a", "display": "x", "summary": "s", "sources": []}], "conflicts": [], "unplaced": []}`,
		`{"entries": [], "conflicts": [{"kind": "mood", "message": "m", "entries": ["a"], "claims": []}], "unplaced": []}`,
		`{"entries": [], "conflicts": [], "unplaced": [{"reason": "undated", "message": "m"}]}`,
	} {
		var v any
		if err := json.Unmarshal([]byte(doc), &v); err != nil {
			t.Fatal(err)
		}
		if s.Validate(v) == nil {
			t.Errorf("schema accepts %s", doc)
		}
	}
}

func TestHTMLIsSelfContained(t *testing.T) {
	var buf bytes.Buffer
	if err := story().WriteHTML(&buf, "<T>"); err != nil {
		t.Fatal(err)
	}
	page := buf.String()
	for _, bad := range []string{"<script", "<link", "<Harbor>", "<T>"} {
		if strings.Contains(page, bad) {
			t.Errorf("page contains %q", bad)
		}
	}
	for _, want := range []string{"<style>", `class="span `, "conflict-1", "inferred", "Not placed"} {
		if !strings.Contains(page, want) {
			t.Errorf("page lacks %q", want)
		}
	}
	if !slices.Contains(strings.Split(page, "\n"), "</html>") {
		t.Errorf("page does not end")
	}
}
