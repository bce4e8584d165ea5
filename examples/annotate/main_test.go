package main

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/newsmodel/newsmodel/article"
)

var update = flag.Bool("update", false, "rewrite the golden files")

func runIt(args []string, stdin string) (int, string, string) {
	var out, errb bytes.Buffer
	code := run(args, strings.NewReader(stdin), &out, &errb)
	return code, out.String(), errb.String()
}

func golden(t *testing.T, name, got string) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(string(want), got); diff != "" {
		t.Errorf("%s (-want +got)\n%s", path, diff)
	}
}

// TestSample annotates the embedded sample: the output is a valid article.
func TestSample(t *testing.T) {
	code, out, errs := runIt(nil, "")
	if code != 0 || errs != "" {
		t.Fatalf("exit %d, stderr %q", code, errs)
	}
	if ps := article.Validate([]byte(out)); len(ps) > 0 {
		t.Errorf("output does not validate: %v", ps)
	}
	golden(t, "sample.golden.json", out)
	code, out, errs = runIt([]string{"-format", "timeline"}, "")
	if code != 0 || errs != "" {
		t.Fatalf("timeline: exit %d, stderr %q", code, errs)
	}
	golden(t, "sample.timeline.golden", out)
}

func TestStdinAndDate(t *testing.T) {
	code, out, errs := runIt([]string{"-date", "2025-03-23", "-"}, "Bridge reopens\n\nThe bridge reopened yesterday, the mayor said.")
	if code != 0 || errs != "" {
		t.Fatalf("exit %d, stderr %q", code, errs)
	}
	a, err := article.Unmarshal([]byte(out))
	if err != nil {
		t.Fatal(err)
	}
	if a.Published.String() != "2025-03-23" || len(a.Events) == 0 || a.Events[0].When.Value.String() != "2025-03-22" {
		t.Errorf("published %s, events %+v; want an event on 2025-03-22", a.Published, a.Events)
	}
}

func TestBadUsage(t *testing.T) {
	for _, args := range [][]string{{"-format", "pdf"}, {"-nope"}, {"a", "b"}, {"-date", "23/03/2025"}} {
		code, out, errs := runIt(args, "")
		if code != 2 || out != "" || !strings.Contains(errs, usage) {
			t.Errorf("%v: exit %d, stdout %q, stderr %q; want 2 and the usage line", args, code, out, errs)
		}
	}
	code, _, errs := runIt([]string{"testdata/no-such-file.txt"}, "")
	if code != 1 || !strings.Contains(errs, "no-such-file.txt") {
		t.Errorf("missing file: exit %d, stderr %q", code, errs)
	}
	code, _, errs = runIt([]string{"-"}, "bad \xff text")
	if code != 1 || !strings.Contains(errs, "invalid UTF-8") {
		t.Errorf("binary input: exit %d, stderr %q", code, errs)
	}
}

// TestSeedAgainstHandBuilt annotates the seed story and lists, in a golden
// file, what the annotator finds and misses against the hand-built
// document of examples/seedstory: entities by name, quotes by speaker and
// words, events by date.
func TestSeedAgainstHandBuilt(t *testing.T) {
	data, err := os.ReadFile("../../../shared/seeds/putin-prayed-for-trump.txt")
	if err != nil {
		t.Skipf("seed story not found (../shared/ is outside the repository): %v", err)
	}
	code, out, errs := runIt([]string{"-"}, string(data))
	if code != 0 {
		t.Fatalf("exit %d, stderr %q", code, errs)
	}
	got, err := article.Unmarshal([]byte(out))
	if err != nil {
		t.Fatal(err)
	}
	handJSON, err := os.ReadFile("../seedstory/testdata/seedstory.json")
	if err != nil {
		t.Fatal(err)
	}
	hand, err := article.Unmarshal(handJSON)
	if err != nil {
		t.Fatal(err)
	}
	golden(t, "seed-vs-hand-built.txt", compare(hand, got))
}

// compare lists the entities, quotes and events of hand that auto has or
// lacks.
func compare(hand, auto *article.Article) string {
	var b strings.Builder
	names := map[string]string{} // ID in auto -> name
	autoNames := map[string]bool{}
	for _, e := range auto.Entities {
		names[e.ID] = e.Name
		autoNames[strings.ToLower(e.Name)] = true
		for _, al := range e.Aliases {
			autoNames[strings.ToLower(al)] = true
		}
	}
	handNames := map[string]string{}
	found, total := 0, 0
	fmt.Fprintln(&b, "# entities of the hand-built document")
	for _, e := range hand.Entities {
		handNames[e.ID] = e.Name
		if e.Unnamed {
			continue
		}
		total++
		mark := "missed"
		if autoNames[strings.ToLower(e.Name)] {
			mark, found = "found ", found+1
		}
		fmt.Fprintf(&b, "%s %s (%s)\n", mark, e.Name, e.Kind)
	}
	fmt.Fprintf(&b, "named entities found: %d of %d\n\n", found, total)
	fmt.Fprintln(&b, "# quotes of the hand-built document (speaker: first words)")
	found, total = 0, 0
	for _, q := range hand.Quotes {
		total++
		words := firstWords(q.Text, 5)
		mark := "missed"
		for _, aq := range auto.Quotes {
			if strings.Contains(strings.ToLower(aq.Text), strings.ToLower(words)) || strings.Contains(strings.ToLower(q.Text), strings.ToLower(firstWords(aq.Text, 5))) {
				mark = "found, speaker " + names[aq.Speaker]
				if names[aq.Speaker] == "" {
					mark = "found, speaker " + aq.Speaker
				}
				found++
				break
			}
		}
		fmt.Fprintf(&b, "%s: %q: %s\n", handNames[q.Speaker], words, mark)
	}
	fmt.Fprintf(&b, "quotes found: %d of %d\n\n", found, total)
	fmt.Fprintln(&b, "# events of the hand-built document (date: summary)")
	dates := map[string]bool{}
	for _, ev := range auto.Events {
		dates[ev.When.Value.String()] = true
	}
	found, total = 0, 0
	for _, ev := range hand.Events {
		total++
		d := ev.When.Value.String()
		mark := "no event of that date"
		if dates[d] {
			mark, found = "an event of that date", found+1
		}
		fmt.Fprintf(&b, "%s: %s: %s\n", d, ev.Summary, mark)
	}
	fmt.Fprintf(&b, "event dates found: %d of %d\n\n", found, total)
	fmt.Fprintln(&b, "# the annotator's events")
	var lines []string
	for _, ev := range auto.Events {
		lines = append(lines, fmt.Sprintf("%s: %s", ev.When.Value, ev.Summary))
	}
	sort.Strings(lines)
	fmt.Fprintln(&b, strings.Join(lines, "\n"))
	return b.String()
}

func firstWords(s string, n int) string {
	w := strings.Fields(s)
	if len(w) > n {
		w = w[:n]
	}
	return strings.Join(w, " ")
}
