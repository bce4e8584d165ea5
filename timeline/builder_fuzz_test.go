package timeline_test

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/newsmodel/newsmodel/news"
	"github.com/newsmodel/newsmodel/timeline"
)

// fuzzItems reads items from text, one per line:
// "source|id|date|relations|summary|participants|key", relations as
// "type:id,type:id" and participants as "name=base:value,name". A date that
// does not parse stands as the When's text.
func fuzzItems(s string) []timeline.Item {
	var out []timeline.Item
	for line := range strings.Lines(s) {
		f := strings.Split(strings.TrimRight(line, "\n"), "|")
		for len(f) < 7 {
			f = append(f, "")
		}
		it := timeline.Item{Source: &timeline.Source{Article: f[0]}, Key: f[6]}
		it.Event.ID, it.Event.Summary = f[1], f[4]
		if d, err := news.ParseDate(f[2]); err == nil {
			it.Event.When.Value = d
		} else {
			it.Event.When.Text = f[2]
		}
		for r := range strings.SplitSeq(f[3], ",") {
			if typ, id, ok := strings.Cut(r, ":"); ok {
				it.Event.Relations = append(it.Event.Relations, news.Relation{Type: news.RelationType(typ), Event: id})
			}
		}
		for p := range strings.SplitSeq(f[5], ",") {
			if p == "" {
				continue
			}
			name, ext, _ := strings.Cut(p, "=")
			id := timeline.Identity{Name: name}
			if base, val, ok := strings.Cut(ext, ":"); ok {
				id.ExternalIDs = map[string]string{base: val}
			}
			it.Participants = append(it.Participants, id)
		}
		out = append(out, it)
	}
	return out
}

func FuzzBuild(f *testing.F) {
	f.Add("s0|a|2024-07-13||Fire|x|\ns1|b|2024-07||Fire!|X|\ns0|u|||Probe||")
	f.Add("s0|a|2024|before:b,after:c|A||\ns0|b||before:a|B||\ns0|c||after:b|C||")
	f.Add("s0|a|../2025-03-23||Old|Ann=wikidata:Q1|\ns1|b|2025-03-01/||Old|Anne=wikidata:Q1|k\ns1|c|199X~|during:a|x||k")
	f.Add("s0|a|2025-W10||Zoë|ZOË|\ns1|a|2025-03-03T10:00+05:00|simultaneous:a|zoe\u0308||\ns1|a|last week|causes:zz|||")
	f.Add("|||||\n||||\n\n|a|2024-XX-XX|overlaps:|||")
	f.Fuzz(func(t *testing.T, s string) {
		items := fuzzItems(s)
		var b timeline.Builder
		b.Add(items...)
		tl := b.Build()
		n := 0
		for _, e := range tl.Entries {
			n += len(e.Items)
		}
		for _, u := range tl.Unplaced {
			n += len(u.Entry.Items)
			if u.Reason == "" || u.Message == "" {
				t.Errorf("unplaced without reason: %+v", u)
			}
		}
		if n != len(tl.Items()) {
			t.Fatalf("%d items placed or unplaced, %d given", n, len(tl.Items()))
		}
		var buf bytes.Buffer
		if err := tl.WriteJSON(&buf); err != nil {
			t.Fatal(err)
		}
		if !json.Valid(buf.Bytes()) {
			t.Fatalf("invalid JSON")
		}
		whole := buf.String()
		if err := tl.WriteText(&buf); err != nil {
			t.Fatal(err)
		}
		if _, err := tl.WriteTimelineJS(&buf, s); err != nil {
			t.Fatal(err)
		}
		if err := tl.WriteHTML(&buf, s); err != nil {
			t.Fatal(err)
		}
		// Split in two, merged back: the same timeline.
		var x, y timeline.Builder
		for i, it := range items {
			if i%2 == 0 {
				x.Add(it)
			} else {
				y.Add(it)
			}
		}
		buf.Reset()
		if err := timeline.Merge(y.Build(), x.Build()).WriteJSON(&buf); err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff(whole, buf.String()); diff != "" {
			t.Fatalf("merge differs: (-want +got)\n%s", diff)
		}
	})
}
