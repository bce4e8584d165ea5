package timeline_test

import (
	"bytes"
	"flag"
	"fmt"
	"io"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/newsmodel/newsmodel/news"
	"github.com/newsmodel/newsmodel/timeline"
)

func init() {
	// The package's tests share one -update flag, whichever file defines it.
	if flag.Lookup("update") == nil {
		flag.Bool("update", false, "rewrite golden files")
	}
}

func updating() bool {
	f := flag.Lookup("update")
	return f != nil && f.Value.String() == "true"
}

// tev is an event of a test: source number, ID, date, relations such as
// "before:b", and optionally summary, key and participant names.
type tev struct {
	src     int
	id      string
	date    string
	rels    []string
	summary string
	key     string
	who     []string
	kind    news.EventKind
}

var testSources = []timeline.Source{
	{Article: "s0", URL: "https://a.example/s0", Published: news.MustParseDate("2025-03-10"), Publisher: "Alpha"},
	{Article: "s1", URL: "https://b.example/s1", Published: news.MustParseDate("2025-03-11"), Publisher: "Beta"},
	{Article: "s2", Published: news.MustParseDate("2025-03-12"), Publisher: "Gamma"},
	{Article: "s3"},
}

func (e tev) item() timeline.Item {
	src := testSources[e.src] // a Source of its own: items compare sources by value
	it := timeline.Item{Source: &src, Key: e.key}
	it.Event.ID = e.id
	it.Event.Kind = e.kind
	it.Event.Summary = e.summary
	if it.Event.Summary == "" {
		it.Event.Summary = "Event " + strings.Repeat(e.id, 3)
	}
	if e.date != "" {
		it.Event.When.Value = news.MustParseDate(e.date)
	}
	for _, r := range e.rels {
		typ, id, _ := strings.Cut(r, ":")
		it.Event.Relations = append(it.Event.Relations, news.Relation{Type: news.RelationType(typ), Event: id})
	}
	for _, w := range e.who {
		name, ext, _ := strings.Cut(w, "=")
		id := timeline.Identity{Name: name}
		if ext != "" {
			base, val, _ := strings.Cut(ext, ":")
			id.ExternalIDs = map[string]string{base: val}
		}
		it.Participants = append(it.Participants, id)
	}
	return it
}

func build(evs []tev, opts ...timeline.BuildOption) *timeline.Timeline {
	b := timeline.NewBuilder(opts...)
	for _, e := range evs {
		b.Add(e.item())
	}
	return b.Build()
}

// ids returns the event IDs of entries, an entry of several items as
// "id+id".
func ids(es []timeline.Entry) []string {
	var out []string
	for _, e := range es {
		var parts []string
		for _, it := range e.Items {
			parts = append(parts, it.Event.ID)
		}
		out = append(out, strings.Join(parts, "+"))
	}
	return out
}

func unplacedIDs(t *timeline.Timeline) []string {
	var es []timeline.Entry
	for _, u := range t.Unplaced {
		es = append(es, u.Entry)
	}
	return ids(es)
}

func kinds(t *timeline.Timeline) []timeline.ConflictKind {
	var out []timeline.ConflictKind
	for _, c := range t.Conflicts {
		out = append(out, c.Kind)
	}
	return out
}

func TestOrder(t *testing.T) {
	type result struct {
		Order     []string
		Unplaced  []string
		Conflicts []timeline.ConflictKind
	}
	tests := []struct {
		name string
		evs  []tev
		want result
	}{
		{"days", []tev{{id: "b", date: "2024-07-14"}, {id: "a", date: "2024-07-13"}}, result{Order: []string{"a", "b"}}},
		{"year before a day within it", []tev{{id: "d", date: "2024-07-13"}, {id: "y", date: "2024"}}, result{Order: []string{"y", "d"}}},
		{"first day before its month", []tev{{id: "m", date: "2024-07"}, {id: "d", date: "2024-07-01"}}, result{Order: []string{"d", "m"}}},
		{"month before a later day in it", []tev{{id: "d", date: "2024-07-13"}, {id: "m", date: "2024-07"}}, result{Order: []string{"m", "d"}}},
		{"decade before a year in it", []tev{{id: "y", date: "1995"}, {id: "x", date: "199X"}}, result{Order: []string{"x", "y"}}},
		{"century before its first decade ends", []tev{{id: "d", date: "191X"}, {id: "c", date: "19XX"}}, result{Order: []string{"c", "d"}}},
		{"decade before century when it starts first", []tev{{id: "c", date: "19XX"}, {id: "d", date: "190X"}}, result{Order: []string{"d", "c"}}},
		{"certain before approximate of the same month", []tev{{id: "b", date: "2024-07~"}, {id: "a", date: "2024-07"}}, result{Order: []string{"a", "b"}}},
		{"uncertain and approximate keep date order", []tev{{id: "b", date: "2024-08?"}, {id: "a", date: "2024-07~"}}, result{Order: []string{"a", "b"}}},
		{"interval before a day inside it", []tev{{id: "d", date: "2025-03-03"}, {id: "i", date: "2025-03-01/2025-03-05"}}, result{Order: []string{"i", "d"}}},
		{"day before an interval it starts", []tev{{id: "i", date: "2025-03-01/2025-03-05"}, {id: "d", date: "2025-03-01"}}, result{Order: []string{"d", "i"}}},
		{"open start first of all", []tev{{id: "y", date: "2020"}, {id: "o", date: "../2025-03-23"}}, result{Order: []string{"o", "y"}}},
		{"open end after a year it starts with", []tev{{id: "o", date: "2024/.."}, {id: "y", date: "2024"}}, result{Order: []string{"y", "o"}}},
		{"open end before a later month", []tev{{id: "m", date: "2024-06"}, {id: "o", date: "2024/.."}}, result{Order: []string{"o", "m"}}},
		{"unknown start sorts as open", []tev{{id: "m", date: "2025-01"}, {id: "u", date: "/2025-03"}}, result{Order: []string{"u", "m"}}},
		{"unknown end after a day it starts with", []tev{{id: "u", date: "2025-03-15/"}, {id: "d", date: "2025-03-15"}}, result{Order: []string{"d", "u"}}},
		{"week after the day before it", []tev{{id: "w", date: "2025-W10"}, {id: "d", date: "2025-03-02"}}, result{Order: []string{"d", "w"}}},
		{"month before the season it starts", []tev{{id: "s", date: "2025-21"}, {id: "m", date: "2025-03"}}, result{Order: []string{"m", "s"}}},
		{"winter crosses the year", []tev{{id: "j", date: "2025-01-15"}, {id: "w", date: "2024-24"}}, result{Order: []string{"w", "j"}}},
		{"quarter before a later month", []tev{{id: "m", date: "2025-02"}, {id: "q", date: "2025-33"}}, result{Order: []string{"q", "m"}}},
		{"half before the quarter it ends with", []tev{{id: "q", date: "2024-36"}, {id: "h", date: "2024-41"}}, result{Order: []string{"h", "q"}}},
		{"day before an hour in it", []tev{{id: "h", date: "2025-03-03T10"}, {id: "d", date: "2025-03-03"}}, result{Order: []string{"d", "h"}}},
		{"minutes in order", []tev{{id: "b", date: "2025-03-03T10:05"}, {id: "a", date: "2025-03-03T10:04"}}, result{Order: []string{"a", "b"}}},
		{"zones compared as instants", []tev{{id: "z", date: "2025-03-02T21:00Z"}, {id: "p", date: "2025-03-03T01:00+05:00"}}, result{Order: []string{"p", "z"}}},
		{"years before the common era", []tev{{id: "b", date: "0001"}, {id: "a", date: "-0044"}}, result{Order: []string{"a", "b"}}},
		{"equal dates by event ID", []tev{{id: "b", date: "2024"}, {id: "a", date: "2024"}}, result{Order: []string{"a", "b"}}},
		{"equal dates by source order", []tev{{src: 1, id: "a", date: "2024"}, {src: 0, id: "b", date: "2024"}}, result{Order: []string{"b", "a"}}},
		{"undated after a dated event", []tev{{id: "a", date: "2024-01"}, {id: "c", date: "2024-12"}, {id: "u", rels: []string{"after:a"}}}, result{Order: []string{"a", "u", "c"}}},
		{"undated before a dated event", []tev{{id: "a", date: "2024-01"}, {id: "c", date: "2024-12"}, {id: "u", rels: []string{"before:c"}}}, result{Order: []string{"a", "u", "c"}}},
		{"undated between two", []tev{{id: "a", date: "2024-01"}, {id: "b", date: "2024-06"}, {id: "c", date: "2024-12"}, {id: "u", rels: []string{"after:b", "before:c"}}}, result{Order: []string{"a", "b", "u", "c"}}},
		{"undated during follows its container", []tev{{id: "a", date: "2024"}, {id: "b", date: "2025"}, {id: "u", rels: []string{"during:a"}}}, result{Order: []string{"a", "u", "b"}}},
		{"undated that includes precedes", []tev{{id: "a", date: "2024"}, {id: "b", date: "2025"}, {id: "u", rels: []string{"includes:b"}}}, result{Order: []string{"a", "u", "b"}}},
		{"undated simultaneous follows", []tev{{id: "a", date: "2024"}, {id: "b", date: "2025"}, {id: "u", rels: []string{"simultaneous:a"}}}, result{Order: []string{"a", "u", "b"}}},
		{"undated overlapping follows", []tev{{id: "a", date: "2024"}, {id: "b", date: "2025"}, {id: "u", rels: []string{"overlaps:b"}}}, result{Order: []string{"a", "b", "u"}}},
		{"undated cause precedes", []tev{{id: "a", date: "2024"}, {id: "b", date: "2025"}, {id: "u", rels: []string{"causes:b"}}}, result{Order: []string{"a", "u", "b"}}},
		{"relation stated by the dated event", []tev{{id: "a", date: "2024", rels: []string{"before:u"}}, {id: "b", date: "2025"}, {id: "u"}}, result{Order: []string{"a", "u", "b"}}},
		{"chain of undated", []tev{{id: "a", date: "2024"}, {id: "b", date: "2025"}, {id: "u2", rels: []string{"after:u1"}}, {id: "u1", rels: []string{"after:a"}}}, result{Order: []string{"a", "u1", "u2", "b"}}},
		{"undated before an undated placed one", []tev{{id: "a", date: "2024"}, {id: "b", date: "2025"}, {id: "u2", rels: []string{"after:a"}}, {id: "u3", rels: []string{"before:u2"}}}, result{Order: []string{"a", "u3", "u2", "b"}}},
		{"only undated events", []tev{{id: "y", rels: []string{"after:x"}}, {id: "x"}}, result{Order: []string{"x", "y"}}},
		{"undated without relation", []tev{{id: "a", date: "2024"}, {id: "u"}}, result{Order: []string{"a"}, Unplaced: []string{"u"}}},
		{"relation to an unknown event", []tev{{id: "a", date: "2024"}, {id: "u", rels: []string{"after:zz"}}}, result{Order: []string{"a"}, Unplaced: []string{"u"}, Conflicts: []timeline.ConflictKind{timeline.ConflictUnknownEvent}}},
		{"relations in a cycle", []tev{{id: "a", date: "2024"}, {id: "u", rels: []string{"before:v"}}, {id: "v", rels: []string{"before:u"}}}, result{Order: []string{"a"}, Unplaced: []string{"u", "v"}, Conflicts: []timeline.ConflictKind{timeline.ConflictCycle}}},
		{"relations against the dates", []tev{{id: "a", date: "2024"}, {id: "b", date: "2025"}, {id: "u", rels: []string{"after:b", "before:a"}}}, result{Order: []string{"a", "b", "u"}, Conflicts: []timeline.ConflictKind{timeline.ConflictRelation}}},
		{"relations through undated to an open date", []tev{{id: "a", date: "2024-07"}, {id: "u", rels: []string{"after:a"}}, {id: "c", date: "../2025-03-23", rels: []string{"after:u"}}}, result{Order: []string{"c", "a", "u"}}},
		{"relations that partial dates allow", []tev{{id: "a", date: "2024-03-05"}, {id: "m", date: "2024-03"}, {id: "u", rels: []string{"after:a", "before:m"}}}, result{Order: []string{"m", "a", "u"}}},
		{"relations that dates exclude, through two undated", []tev{{id: "a", date: "2025"}, {id: "b", date: "2024"}, {id: "u", rels: []string{"after:a"}}, {id: "v", rels: []string{"after:u", "before:b"}}}, result{Order: []string{"b", "a", "u", "v"}, Conflicts: []timeline.ConflictKind{timeline.ConflictRelation}}},
		{"related to undated only, with dated around", []tev{{id: "a", date: "2024"}, {id: "u", rels: []string{"before:v"}}, {id: "v"}}, result{Order: []string{"a"}, Unplaced: []string{"u", "v"}}},
		{"possible relation of partial dates keeps date order", []tev{{id: "d", date: "2024-03-05", rels: []string{"before:m"}}, {id: "m", date: "2024-03"}}, result{Order: []string{"m", "d"}}},
		{"relation that the dates exclude", []tev{{id: "a", date: "2025", rels: []string{"before:b"}}, {id: "b", date: "2024"}}, result{Order: []string{"b", "a"}, Conflicts: []timeline.ConflictKind{timeline.ConflictRelation}}},
		{"during that the dates exclude", []tev{{id: "a", date: "2025-03-01", rels: []string{"during:b"}}, {id: "b", date: "2024"}}, result{Order: []string{"b", "a"}, Conflicts: []timeline.ConflictKind{timeline.ConflictRelation}}},
		{"unknown relation type", []tev{{id: "a", date: "2025", rels: []string{"near:b"}}, {id: "b", date: "2024"}}, result{Order: []string{"b", "a"}, Conflicts: []timeline.ConflictKind{timeline.ConflictRelation}}},
		{"before itself", []tev{{id: "a", rels: []string{"before:a"}}, {id: "b", date: "2024"}}, result{Order: []string{"b"}, Unplaced: []string{"a"}, Conflicts: []timeline.ConflictKind{timeline.ConflictCycle}}},
		{"relations resolve within their source", []tev{{src: 0, id: "a", date: "2024"}, {src: 1, id: "u", rels: []string{"after:a"}}}, result{Order: []string{"a"}, Unplaced: []string{"u"}, Conflicts: []timeline.ConflictKind{timeline.ConflictUnknownEvent}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tl := build(tt.evs)
			got := result{Order: ids(tl.Entries), Unplaced: unplacedIDs(tl), Conflicts: kinds(tl)}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("(-want +got)\n%s", diff)
			}
			// The same set in reverse gives the same timeline.
			rev := slices.Clone(tt.evs)
			slices.Reverse(rev)
			if diff := cmp.Diff(render(t, tl), render(t, build(rev))); diff != "" {
				t.Errorf("reversed input: (-want +got)\n%s", diff)
			}
		})
	}
}

func render(t testing.TB, tl *timeline.Timeline) string {
	t.Helper()
	var b bytes.Buffer
	if err := tl.WriteJSON(&b); err != nil {
		t.Fatal(err)
	}
	if err := tl.WriteText(&b); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

func TestMerge(t *testing.T) {
	type result struct {
		Entries   []string
		Dates     []string
		Conflicts []timeline.ConflictKind
	}
	tests := []struct {
		name string
		evs  []tev
		want result
	}{
		{"same key, finer date kept",
			[]tev{{src: 0, id: "a", date: "2024-07", key: "k"}, {src: 1, id: "b", date: "2024-07-13", key: "k", summary: "Something else"}},
			result{Entries: []string{"a+b"}, Dates: []string{"2024-07-13"}}},
		{"same key, incompatible dates",
			[]tev{{src: 0, id: "a", date: "2024-07-13", key: "k"}, {src: 1, id: "b", date: "2024-07-14", key: "k"}, {src: 2, id: "c", date: "2024-07", key: "k"}},
			result{Entries: []string{"a+b+c"}, Dates: []string{"2024-07-13"}, Conflicts: []timeline.ConflictKind{timeline.ConflictDate}}},
		{"different keys stay apart",
			[]tev{{src: 0, id: "a", date: "2024", key: "k1"}, {src: 1, id: "b", date: "2024", key: "k2"}},
			result{Entries: []string{"a", "b"}, Dates: []string{"2024", "2024"}}},
		{"similar summaries, shared participant",
			[]tev{{src: 0, id: "a", date: "2024-07-13", summary: "Gunman fires at Trump rally in Butler", who: []string{"Donald Trump"}},
				{src: 1, id: "b", date: "2024-07", summary: "Trump rally in Butler: gunman fires shots", who: []string{"DONALD  TRUMP"}}},
			result{Entries: []string{"a+b"}, Dates: []string{"2024-07-13"}}},
		{"participant matched by external ID despite the name",
			[]tev{{src: 0, id: "a", date: "2024", summary: "Summit held in Geneva", who: []string{"Joe Biden=wikidata:Q6279"}},
				{src: 1, id: "b", date: "2024", summary: "Geneva summit held", who: []string{"President Biden=wikidata:Q6279"}}},
			result{Entries: []string{"a+b"}, Dates: []string{"2024"}}},
		{"external IDs that differ keep namesakes apart",
			[]tev{{src: 0, id: "a", date: "2024", summary: "Summit held in Geneva", who: []string{"John Smith=wikidata:Q1"}},
				{src: 1, id: "b", date: "2024", summary: "Summit held in Geneva", who: []string{"John Smith=wikidata:Q2"}}},
			result{Entries: []string{"a", "b"}, Dates: []string{"2024", "2024"}}},
		{"names folded: NFC and case",
			[]tev{{src: 0, id: "a", date: "2024", summary: "Zoë wins the prize", who: []string{"Zoë Ünal"}},
				{src: 1, id: "b", date: "2024", summary: "ZOË WINS THE PRIZE", who: []string{"zoe\u0308 u\u0308nal"}}},
			result{Entries: []string{"a+b"}, Dates: []string{"2024"}}},
		{"disjoint participants stay apart",
			[]tev{{src: 0, id: "a", date: "2024", summary: "Minister resigns", who: []string{"Ann"}},
				{src: 1, id: "b", date: "2024", summary: "Minister resigns", who: []string{"Bob"}}},
			result{Entries: []string{"a", "b"}, Dates: []string{"2024", "2024"}}},
		{"kinds that differ stay apart",
			[]tev{{src: 0, id: "a", date: "2024", summary: "Election", kind: news.Occurrence},
				{src: 1, id: "b", date: "2024", summary: "Election", kind: news.Planned}},
			result{Entries: []string{"a", "b"}, Dates: []string{"2024", "2024"}}},
		{"dissimilar summaries stay apart",
			[]tev{{src: 0, id: "a", date: "2024", summary: "Bridge reopens"}, {src: 1, id: "b", date: "2024", summary: "Mayor elected"}},
			result{Entries: []string{"a", "b"}, Dates: []string{"2024", "2024"}}},
		{"incompatible dates without participants stay apart",
			[]tev{{src: 0, id: "a", date: "2020", summary: "General election held"}, {src: 1, id: "b", date: "2024", summary: "General election held"}},
			result{Entries: []string{"a", "b"}, Dates: []string{"2020", "2024"}}},
		{"incompatible dates, clearly the same event",
			[]tev{{src: 0, id: "a", date: "2025-03-03", summary: "Fire destroys the warehouse", who: []string{"Warehouse"}},
				{src: 1, id: "b", date: "2025-03-02", summary: "Warehouse destroyed by fire", who: []string{"warehouse"}}},
			result{Entries: []string{"a+b"}, Dates: []string{"2025-03-02"}, Conflicts: []timeline.ConflictKind{timeline.ConflictDate}}},
		{"undated telling takes the date of the other",
			[]tev{{src: 0, id: "a", date: "2025-03-03", summary: "Fire destroys the warehouse", who: []string{"Warehouse"}},
				{src: 1, id: "b", summary: "Fire destroys warehouse", who: []string{"Warehouse"}}},
			result{Entries: []string{"a+b"}, Dates: []string{"2025-03-03"}}},
		{"most precise date compatible with all",
			[]tev{{src: 0, id: "a", date: "2025", key: "k"}, {src: 1, id: "b", date: "2025-W10", key: "k"}, {src: 2, id: "c", date: "2025-03-03", key: "k"}, {src: 3, id: "d", date: "2025-03", key: "k"}},
			result{Entries: []string{"d+a+b+c"}, Dates: []string{"2025-03-03"}}}, // s3 has no publication date: first
		{"an item added twice counts once",
			[]tev{{src: 0, id: "a", date: "2024"}, {src: 0, id: "a", date: "2024"}},
			result{Entries: []string{"a"}, Dates: []string{"2024"}}},
		{"one ID for two events of a source",
			[]tev{{src: 0, id: "a", date: "2024", summary: "One thing"}, {src: 0, id: "a", date: "2025", summary: "Another matter"}},
			result{Entries: []string{"a", "a"}, Dates: []string{"2024", "2025"}, Conflicts: []timeline.ConflictKind{timeline.ConflictDuplicateID}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tl := build(tt.evs)
			got := result{Entries: ids(tl.Entries), Conflicts: kinds(tl)}
			for _, e := range tl.Entries {
				got.Dates = append(got.Dates, e.Date.String())
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("(-want +got)\n%s", diff)
			}
		})
	}
}

func TestEntryIDsUnique(t *testing.T) {
	tl := build([]tev{{src: 0, id: "a", date: "2024", summary: "One thing"}, {src: 0, id: "a", date: "2025", summary: "Another matter"}, {src: 0, id: "b"}})
	var got []string
	for _, e := range tl.Entries {
		got = append(got, e.ID)
	}
	got = append(got, tl.Unplaced[0].Entry.ID)
	if diff := cmp.Diff([]string{"s0/a", "s0/a~2", "s0/b"}, got); diff != "" {
		t.Errorf("(-want +got)\n%s", diff)
	}
	if diff := cmp.Diff([]string{"s0/a", "s0/a~2"}, tl.Conflicts[0].Entries); diff != "" {
		t.Errorf("conflict entries (-want +got)\n%s", diff)
	}
}

// TestEntryIDsUniqueAgainstKeys: the suffix given to a repeated ID must not
// make it equal to another entry's ID, here an explicit key.
func TestEntryIDsUniqueAgainstKeys(t *testing.T) {
	tl := build([]tev{
		{src: 0, id: "a", date: "2024", summary: "One thing"},
		{src: 0, id: "a", date: "2025", summary: "Another matter"},
		{src: 1, id: "x", date: "2026", summary: "A third story", key: "s0/a~2"},
	})
	var got []string
	for _, e := range tl.Entries {
		got = append(got, e.ID)
	}
	if diff := cmp.Diff([]string{"s0/a", "s0/a~3", "s0/a~2"}, got); diff != "" {
		t.Errorf("(-want +got)\n%s", diff)
	}
}

// TestMergeKinds: kinds are compared by name, so timelines built apart
// merge as their union builds, whatever kinds each one met first.
func TestMergeKinds(t *testing.T) {
	a := []tev{{src: 0, id: "a", date: "2025-03-02", summary: "Harbor fire", who: []string{"X"}, kind: "attack"}}
	b := []tev{{src: 1, id: "b", date: "2025-03-02", summary: "Harbor fire", who: []string{"X"}, kind: "election"}}
	union := build(append(slices.Clone(a), b...))
	merged := timeline.Merge(build(a), build(b))
	if len(union.Entries) != 2 || len(merged.Entries) != 2 {
		t.Errorf("entries: union %d, merged %d; want 2 and 2", len(union.Entries), len(merged.Entries))
	}
}

// TestWideDatesCompareNeighbours: in a block, an item is compared with the
// next four and then only with items that start before it ends, however
// wide its date; here the last item starts after the first one ends and
// four others lie between them, so the two are not compared.
func TestWideDatesCompareNeighbours(t *testing.T) {
	same := "Alpha bravo charlie delta"
	for _, dates := range [][]string{
		{"../1990", "../1991", "../1992", "../1993", "../1994", "1995/2010"},
		{"1700/1850", "1700/1851", "1700/1852", "1700/1853", "1700/1854", "1900/1910"},
	} {
		others := []string{"", "Quiet harvest festival", "Railway strike ends", "Bridge inspection report", "Museum wing opens"}
		var evs []tev
		for k, d := range dates {
			ev := tev{src: 0, id: fmt.Sprint("e", k), date: d, who: []string{"X"}}
			if k < len(others) {
				ev.summary = others[k]
			}
			if k == 0 || k == len(dates)-1 {
				ev.summary = same
			}
			if k == len(dates)-1 {
				ev.src = 1
			}
			evs = append(evs, ev)
		}
		if tl := build(evs); len(tl.Entries) != len(dates) {
			t.Errorf("%v: %d entries, want %d", dates, len(tl.Entries), len(dates))
		}
	}
}

func TestConflictNamesSources(t *testing.T) {
	tl := build([]tev{
		{src: 0, id: "a", date: "2025-03-03", summary: "Fire destroys the warehouse", who: []string{"Warehouse"}},
		{src: 1, id: "b", date: "2025-03-02", summary: "Warehouse destroyed by fire", who: []string{"warehouse"}},
	})
	if len(tl.Conflicts) != 1 {
		t.Fatalf("got %d conflicts, want 1", len(tl.Conflicts))
	}
	c := tl.Conflicts[0]
	want := `sources disagree on the date of "Fire destroys the warehouse": s0 (a) says 3 March 2025; s1 (b) says 2 March 2025`
	if diff := cmp.Diff(want, c.Message); diff != "" {
		t.Errorf("(-want +got)\n%s", diff)
	}
	if len(c.Claims) != 2 || c.Claims[0].Source.Article != "s0" || c.Claims[1].Source.Article != "s1" {
		t.Errorf("claims = %+v", c.Claims)
	}
	if diff := cmp.Diff([]int{0}, tl.Entries[0].Conflicts); diff != "" {
		t.Errorf("entry conflicts (-want +got)\n%s", diff)
	}
	if got := fmt.Sprint(tl.Entries[0].Alternatives()); got != "[2025-03-03]" {
		t.Errorf("alternatives = %v", got)
	}
}

func TestPlacement(t *testing.T) {
	tl := build([]tev{{id: "a", date: "2024-01"}, {id: "b", date: "2024-06"}, {id: "u", rels: []string{"after:a", "before:b"}}})
	e := tl.Entries[1]
	want := &timeline.Placement{After: "s0/a", AfterDate: news.MustParseDate("2024-01"), Before: "s0/b", BeforeDate: news.MustParseDate("2024-06")}
	if diff := cmp.Diff(want, e.Placed, cmp.Comparer(news.Date.Equal)); diff != "" {
		t.Errorf("(-want +got)\n%s", diff)
	}
	if got := e.DisplayDate(); got != "between January 2024 and June 2024" {
		t.Errorf("DisplayDate = %q", got)
	}
}

func TestUnplacedReasons(t *testing.T) {
	b := timeline.NewBuilder()
	b.Add(tev{id: "a", date: "2024"}.item())
	it := tev{id: "u"}.item()
	it.Event.When.Text = "last week"
	b.Add(it)
	tl := b.Build()
	if len(tl.Unplaced) != 1 {
		t.Fatalf("unplaced = %v", tl.Unplaced)
	}
	u := tl.Unplaced[0]
	if u.Reason != timeline.ReasonUndated || !strings.Contains(u.Message, `"last week" was not resolved`) {
		t.Errorf("got %q %q", u.Reason, u.Message)
	}
}

// TestBuilderReuse checks that a timeline does not change when its builder
// goes on.
func TestBuilderReuse(t *testing.T) {
	b := timeline.NewBuilder()
	b.Add(tev{id: "b", date: "2025"}.item(), tev{id: "c", date: "2026"}.item())
	first := b.Build()
	before := render(t, first)
	b.Add(tev{id: "a", date: "2024"}.item())
	second := b.Build()
	if diff := cmp.Diff(before, render(t, first)); diff != "" {
		t.Errorf("first timeline changed: (-want +got)\n%s", diff)
	}
	if got := ids(second.Entries); !slices.Equal(got, []string{"a", "b", "c"}) {
		t.Errorf("second = %v", got)
	}
	if got := ids(b.Build().Entries); !slices.Equal(got, []string{"a", "b", "c"}) {
		t.Errorf("third = %v", got)
	}
}

// randomEvents makes n random events over a few sources, with a small
// vocabulary so that many are alike, partial dates, participants, keys and
// relations.
func randomEvents(r *rand.Rand, n int) []tev {
	dates := []string{"", "", "2024", "2024-07", "2024-07-13", "2024-07-14", "2024-W28", "2024-07~", "2024-22",
		"2024-07-01/2024-07-20", "../2024-08", "2024-07/..", "199X", "2025", "2025-03-03", "2025-03-03T10:00Z"}
	words := []string{"fire", "warehouse", "rally", "shot", "vote", "council", "arrest", "storm", "summit", "bridge"}
	who := []string{"Ann", "Bob", "Cléa", "CLÉA", "Dan=wikidata:Q1", "Daniel=wikidata:Q1", "Eve=wikidata:Q2"}
	rels := []string{"before", "after", "during", "includes", "simultaneous", "overlaps", "causes"}
	out := make([]tev, n)
	for i := range out {
		e := tev{src: r.IntN(len(testSources)), id: fmt.Sprintf("e%d", r.IntN(n)), date: dates[r.IntN(len(dates))]}
		var s []string
		for range 2 + r.IntN(3) {
			s = append(s, words[r.IntN(len(words))])
		}
		e.summary = strings.Join(s, " ")
		for range r.IntN(3) {
			e.who = append(e.who, who[r.IntN(len(who))])
		}
		if r.IntN(10) == 0 {
			e.key = fmt.Sprintf("k%d", r.IntN(5))
		}
		for range r.IntN(3) {
			e.rels = append(e.rels, rels[r.IntN(len(rels))]+":"+fmt.Sprintf("e%d", r.IntN(n)))
		}
		out[i] = e
	}
	return out
}

func TestMergeProperties(t *testing.T) {
	for seed := range uint64(60) {
		r := rand.New(rand.NewPCG(seed, 7))
		evs := randomEvents(r, 5+r.IntN(60))
		whole := render(t, build(evs))

		// Any order.
		shuffled := slices.Clone(evs)
		r.Shuffle(len(shuffled), func(i, j int) { shuffled[i], shuffled[j] = shuffled[j], shuffled[i] })
		if diff := cmp.Diff(whole, render(t, build(shuffled))); diff != "" {
			t.Fatalf("seed %d: order changes the timeline: (-want +got)\n%s", seed, diff)
		}

		// Any split into three, overlapping: Merge is commutative and
		// associative and equals the build of the union.
		var parts [3][]tev
		for _, e := range shuffled {
			parts[r.IntN(3)] = append(parts[r.IntN(3)], e)
			if r.IntN(5) == 0 {
				parts[r.IntN(3)] = append(parts[r.IntN(3)], e)
			}
		}
		var all []tev
		for _, p := range parts {
			all = append(all, p...)
		}
		union := render(t, build(all))
		a, b, c := build(parts[0]), build(parts[1]), build(parts[2])
		for name, m := range map[string]*timeline.Timeline{
			"(a+b)+c": timeline.Merge(timeline.Merge(a, b), c),
			"a+(b+c)": timeline.Merge(a, timeline.Merge(b, c)),
			"c+b+a":   timeline.Merge(c, b, a),
			"(b+a)+c": timeline.Merge(timeline.Merge(b, a), c),
			"nil+...": timeline.Merge(nil, timeline.Merge(c, a), nil, b),
			"(abc)":   timeline.Merge(timeline.Merge(build(all))),
		} {
			if diff := cmp.Diff(union, render(t, m)); diff != "" {
				t.Fatalf("seed %d: %s differs from the build of the union: (-want +got)\n%s", seed, name, diff)
			}
		}
		// No item is lost.
		tl := build(all)
		n := 0
		for _, e := range tl.Entries {
			n += len(e.Items)
		}
		for _, u := range tl.Unplaced {
			n += len(u.Entry.Items)
		}
		if n != len(tl.Items()) {
			t.Fatalf("seed %d: %d items in entries, %d distinct items", seed, n, len(tl.Items()))
		}
		// Dated entries are in date order.
		var last news.Date
		for _, e := range tl.Entries {
			if e.Date.IsZero() {
				continue
			}
			if last.Compare(e.Date) > 0 {
				t.Fatalf("seed %d: %s after %s", seed, e.Date, last)
			}
			last = e.Date
		}
	}
}

func TestMergeEmpty(t *testing.T) {
	if got := timeline.Merge(); len(got.Entries)+len(got.Unplaced)+len(got.Conflicts) != 0 {
		t.Errorf("Merge() = %+v", got)
	}
	var b timeline.Builder
	if got := b.Build(); len(got.Entries) != 0 {
		t.Errorf("empty build = %+v", got)
	}
}

func TestOptions(t *testing.T) {
	evs := []tev{{src: 0, id: "a", date: "2024", summary: "storm hits coast town"}, {src: 1, id: "b", date: "2024", summary: "storm hits coast"}}
	// Jaccard 3/4.
	if got := ids(build(evs).Entries); !slices.Equal(got, []string{"a+b"}) {
		t.Errorf("default: %v", got)
	}
	if got := ids(build(evs, timeline.MinSimilarity(0.9)).Entries); !slices.Equal(got, []string{"a", "b"}) {
		t.Errorf("0.9: %v", got)
	}
	if got := ids(build(evs, timeline.MinSimilarity(-1)).Entries); !slices.Equal(got, []string{"a+b"}) {
		t.Errorf("clamped: %v", got)
	}
	dis := []tev{{src: 0, id: "a", date: "2024-03", summary: "storm hits coast town", who: []string{"X"}}, {src: 1, id: "b", date: "2024-05", summary: "storm hits coast", who: []string{"X"}}}
	if got := ids(build(dis).Entries); !slices.Equal(got, []string{"a", "b"}) {
		t.Errorf("disputed default: %v", got)
	}
	if got := ids(build(dis, timeline.MinDisputedSimilarity(0.7)).Entries); !slices.Equal(got, []string{"a+b"}) {
		t.Errorf("disputed 0.7: %v", got)
	}
}

// A nil Source is the zero Source: an item without one and an equal item
// with an empty one are the same item, and every renderer reads it.
func TestNilSource(t *testing.T) {
	ev := news.Event{ID: "e1", Summary: "Bridge reopens", When: news.When{Value: news.MustParseDate("2025-03-02")}}
	var b timeline.Builder
	b.Add(timeline.Item{Event: ev}, timeline.Item{Source: &timeline.Source{}, Event: ev},
		timeline.Item{Event: news.Event{ID: "e2", Summary: "Bridge closes", Relations: []news.Relation{{Type: news.Before, Event: "e1"}}}})
	tl := b.Build()
	if len(tl.Items()) != 2 || len(tl.Entries) != 2 {
		t.Fatalf("%d items in %d entries, want 2 in 2", len(tl.Items()), len(tl.Entries))
	}
	if got := tl.Entries[1].Sources(); len(got) != 1 || got[0] != (timeline.Source{}) {
		t.Errorf("sources = %+v, want one zero Source", got)
	}
	timelineJS := func(w io.Writer) error { _, err := tl.WriteTimelineJS(w, "T"); return err }
	html := func(w io.Writer) error { return tl.WriteHTML(w, "T") }
	for name, write := range map[string]func(io.Writer) error{"text": tl.WriteText, "json": tl.WriteJSON,
		"timelinejs": timelineJS, "html": html} {
		if err := write(io.Discard); err != nil {
			t.Errorf("%s: %v", name, err)
		}
	}
}

// Entry IDs stay unique when two sources share an article ID, and when a
// "/" in an article ID makes two IDs read alike.
func TestEntryIDsUniqueAcrossSources(t *testing.T) {
	ev := func(src *timeline.Source, id, summary, date string) timeline.Item {
		return timeline.Item{Source: src, Event: news.Event{ID: id, Summary: summary,
			When: news.When{Value: news.MustParseDate(date)}}}
	}
	for _, tc := range []struct {
		name  string
		items []timeline.Item
		want  []string
	}{
		{"shared article", []timeline.Item{
			ev(&timeline.Source{Article: "a1", URL: "https://one.example/"}, "e1", "Harbour closes", "2024-01-01"),
			ev(&timeline.Source{Article: "a1", URL: "https://two.example/"}, "e1", "Mayor resigns", "2024-02-01"),
		}, []string{"a1/e1", "a1/e1~2"}},
		{"slash", []timeline.Item{
			ev(&timeline.Source{Article: "x/y"}, "z", "Harbour closes", "2024-01-01"),
			ev(&timeline.Source{Article: "x"}, "y/z", "Mayor resigns", "2024-02-01"),
		}, []string{"x/y/z", "x/y/z~2"}},
	} {
		var b timeline.Builder
		b.Add(tc.items...)
		var got []string
		for _, e := range b.Build().Entries {
			got = append(got, e.ID)
		}
		if diff := cmp.Diff(tc.want, got); diff != "" {
			t.Errorf("%s: (-want +got)\n%s", tc.name, diff)
		}
	}
}

// Within a block, items are compared with their neighbours in date order,
// start then end, as the Builder documents: here A (1 July) comes before B
// (July 2024, which starts with it but ends later), so A's four following
// items are B, C, D and E, and F, published on 20 July after A has ended,
// is never compared with A though it tells the same words.
func TestBlockWindowDateOrder(t *testing.T) {
	item := func(article, published, date, summary string) timeline.Item {
		it := timeline.Item{Source: &timeline.Source{Article: article, Published: news.MustParseDate(published)},
			Event: news.Event{ID: "e", Summary: summary}}
		if date != "" {
			it.Event.When.Value = news.MustParseDate(date)
		}
		return it
	}
	var b timeline.Builder
	b.Add(item("b", "2024-01-01", "2024-07", "quiet harvest festival"),
		item("a", "2024-06-01", "2024-07-01", "alpha bravo charlie"),
		item("c", "2024-06-02", "2024-07-05", "delta echo foxtrot"),
		item("d", "2024-06-03", "2024-07-06", "golf hotel india"),
		item("e", "2024-06-04", "2024-07-07", "juliet kilo lima"),
		item("f", "2024-07-20", "", "alpha bravo charlie"))
	tl := b.Build()
	if len(tl.Entries) != 5 || len(tl.Unplaced) != 1 || tl.Unplaced[0].Entry.ID != "f/e" {
		t.Errorf("%d entries and unplaced %v, want 5 entries and f/e unplaced", len(tl.Entries), tl.Unplaced)
	}
}

// A date of less than a second at the start of a year is blocked in that
// year like any other, so its tellings meet.
func TestSubsecondDateAtYearStart(t *testing.T) {
	for _, date := range []string{"2024-01-01T00:00:00.5Z", "2024-01-01T01:00:00.25+01:00", "2024-01-01T00:00:01.5Z"} {
		tl := build([]tev{
			{src: 0, id: "a", date: date, summary: "Fireworks over the harbour", who: []string{"Harbour"}},
			{src: 1, id: "b", date: date, summary: "Fireworks over the harbour", who: []string{"Harbour"}},
		})
		if len(tl.Entries) != 1 {
			t.Errorf("%s: %d entries, want 1", date, len(tl.Entries))
		}
	}
}

// TestRelatedEventsOfOneSourceStayApart: a story that says "e1 before e2"
// tells of two events, however alike their summaries; they were once merged
// into one entry that was then "before itself", unplaced with a reason that
// said it had no relation at all.
func TestRelatedEventsOfOneSourceStayApart(t *testing.T) {
	tl := build([]tev{
		{src: 0, id: "e1", summary: "Talks on the ceasefire in Geneva", who: []string{"X"}, rels: []string{"before:e2"}},
		{src: 0, id: "e2", summary: "Talks on the ceasefire in Geneva resume", who: []string{"X"}},
	})
	var ids []string
	for _, e := range tl.Entries {
		ids = append(ids, e.ID)
	}
	for _, u := range tl.Unplaced {
		ids = append(ids, u.Entry.ID)
		if strings.Contains(u.Message, "no relation") {
			t.Errorf("unplaced %s: %q, though it has a relation", u.Entry.ID, u.Message)
		}
	}
	slices.Sort(ids)
	if diff := cmp.Diff([]string{"s0/e1", "s0/e2"}, ids); diff != "" {
		t.Errorf("entries (-want +got)\n%s", diff)
	}
	if len(tl.Conflicts) > 0 {
		t.Errorf("conflicts %v, want none", tl.Conflicts)
	}
}
