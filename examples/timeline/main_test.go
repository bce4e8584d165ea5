package main

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/golden from the program's output")

var articles = []string{
	"testdata/courier-fire.json",
	"testdata/radio-arrest.json",
	"testdata/weekly-claims.json",
}

func TestGolden(t *testing.T) {
	for _, tt := range []struct{ format, golden string }{
		{"text", "timeline.txt"},
		{"json", "timeline.json"},
		{"timelinejs", "timeline.timelinejs.json"},
		{"html", "timeline.html"},
	} {
		t.Run(tt.format, func(t *testing.T) {
			var out, errb bytes.Buffer
			args := append([]string{"-format", tt.format, "-title", "The Harbor Street fire"}, articles...)
			if code := run(args, nil, &out, &errb); code != 0 {
				t.Fatalf("exit %d, stderr %q", code, errb.String())
			}
			path := filepath.Join("testdata", "golden", tt.golden)
			if *update {
				if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(path, out.Bytes(), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("%v (run go test -update to create it)", err)
			}
			if diff := cmp.Diff(string(want), out.String()); diff != "" {
				t.Errorf("(-want +got)\n%s", diff)
			}
		})
	}
}

// TestStory checks what the story must show: one merged fire told by all
// three sources, with the disagreement about its date.
func TestStory(t *testing.T) {
	var out, errb bytes.Buffer
	if code := run(append([]string{"-format", "text"}, articles...), nil, &out, &errb); code != 0 {
		t.Fatalf("exit %d, stderr %q", code, errb.String())
	}
	text := out.String()
	var fire []string
	entries, _, _ := strings.Cut(text, "\nConflicts:")
	for line := range strings.Lines(entries) {
		if strings.Contains(line, "Fire destroys") {
			fire = append(fire, line)
		}
	}
	if len(fire) != 1 {
		t.Fatalf("the fire is on %d lines, want 1:\n%s", len(fire), text)
	}
	for _, want := range []string{"Lindmouth Courier", "Coast Radio News", "Harbor Weekly", "also dated: 2 March 2025", "conflict 1"} {
		if !strings.Contains(fire[0], want) {
			t.Errorf("fire line lacks %q: %s", want, fire[0])
		}
	}
	if !strings.Contains(text, "[date] sources disagree on the date of") {
		t.Errorf("no date conflict:\n%s", text)
	}
}

func TestOutputFile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "out.html")
	var out, errb bytes.Buffer
	if code := run(append([]string{"-format", "html", "-o", path}, articles...), nil, &out, &errb); code != 0 {
		t.Fatalf("exit %d, stderr %q", code, errb.String())
	}
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.HasPrefix(data, []byte("<!DOCTYPE html>")) || out.Len() != 0 {
		t.Errorf("file %q…, stdout %q", data[:min(40, len(data))], out.String())
	}
}

func TestTimelineJSReportsLeftOut(t *testing.T) {
	var out, errb bytes.Buffer
	if code := run(append([]string{"-format", "timelinejs"}, articles...), nil, &out, &errb); code != 0 {
		t.Fatalf("exit %d", code)
	}
	want := "timeline: courier-harbor-street-fire/investigation left out of the TimelineJS output: it has no date\n" +
		"timeline: harbor-weekly-insurance/ev5 left out of the TimelineJS output: it has no date\n"
	if diff := cmp.Diff(want, errb.String()); diff != "" {
		t.Errorf("stderr (-want +got)\n%s", diff)
	}
}

func TestInvalidFileSkipped(t *testing.T) {
	dir := t.TempDir()
	bad := filepath.Join(dir, "bad.json")
	if err := os.WriteFile(bad, []byte(`{"schemaVersion": "1", "id": "x", "headline": "h", "colour": "red"}`), 0o644); err != nil {
		t.Fatal(err)
	}
	dangling := filepath.Join(dir, "dangling.json")
	if err := os.WriteFile(dangling, []byte(`{"schemaVersion": "1", "id": "y", "headline": "h",
		"events": [{"id": "e1", "summary": "s", "relations": [{"type": "before", "event": "e9"}]}]}`), 0o644); err != nil {
		t.Fatal(err)
	}
	var out, errb bytes.Buffer
	code := run([]string{articles[0], bad, dangling, filepath.Join(dir, "missing.json")}, nil, &out, &errb)
	if code != 1 {
		t.Errorf("exit %d, want 1", code)
	}
	for _, want := range []string{"bad.json: not a valid article, skipped", "/colour", "dangling.json: not a valid article",
		"/events/0/relations/0/event", "missing.json"} {
		if !strings.Contains(errb.String(), want) {
			t.Errorf("stderr lacks %q:\n%s", want, errb.String())
		}
	}
	if !strings.Contains(out.String(), "Fire destroys the Harbor Street grain warehouse") {
		t.Errorf("the valid file's timeline is missing:\n%s", out.String())
	}
}

func TestUsage(t *testing.T) {
	for _, args := range [][]string{nil, {"-format", "pdf", "a.json"}, {"-nope"}} {
		var out, errb bytes.Buffer
		if code := run(args, nil, &out, &errb); code != 2 {
			t.Errorf("run(%q) = %d, want 2", args, code)
		}
		if !strings.Contains(errb.String(), "usage: timeline") {
			t.Errorf("run(%q): stderr %q lacks the usage line", args, errb.String())
		}
	}
}

// TestSeedStory runs the program on the article that examples/seedstory
// makes from the seed story, when it is there.
func TestSeedStory(t *testing.T) {
	path := "../seedstory/testdata/seedstory.json"
	if _, err := os.Stat(path); err != nil {
		t.Skipf("%s: %v", path, err)
	}
	var out, errb bytes.Buffer
	if code := run([]string{"-format", "json", path}, nil, &out, &errb); code != 0 {
		t.Fatalf("exit %d, stderr %q", code, errb.String())
	}
	if !strings.Contains(out.String(), `"entries": [`) {
		t.Errorf("no entries:\n%s", out.String())
	}
}
