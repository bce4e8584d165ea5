package main

import (
	"bufio"
	"bytes"
	"flag"
	"os"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/newsmodel/newsmodel/article"
)

var update = flag.Bool("update", false, "rewrite the golden files")

// TestConvert runs the command on real-shaped input in each format and
// compares its output and its losses with golden files.
func TestConvert(t *testing.T) {
	tests := []struct {
		name string
		args []string
		code int
	}{
		{"feed-to-ours", []string{"-from", "feed", "-to", "ours", "testdata/news.xml"}, 0},
		{"feed-to-jsonld", []string{"-from", "feed", "-to", "jsonld", "testdata/news.xml"}, 0},
		{"page-to-ours", []string{"-from", "jsonld", "-to", "ours", "testdata/page.html"}, 0},
		{"ours-to-jsonld", []string{"-to", "jsonld", "testdata/full.json"}, 0},
		{"ours-to-jsonld-strict", []string{"-strict", "-to", "jsonld", "testdata/full.json"}, 1},
		{"ours-to-ninjs3", []string{"-to", "ninjs3", "testdata/full.json"}, 0},
		{"ours-to-ninjs2", []string{"-to", "ninjs2", "testdata/full.json"}, 0},
		{"ours-to-ninjs1", []string{"-to", "ninjs1", "testdata/full.json"}, 0},
		{"ninjs-to-ours", []string{"-from", "ninjs", "-to", "ours", "testdata/ninjs2.json"}, 0},
		{"ninjs-to-ninjs3", []string{"-from", "ninjs", "-to", "ninjs3", "testdata/ninjs2.json"}, 0},
		{"feed-to-ninjs3", []string{"-from", "feed", "-to", "ninjs3", "testdata/news.xml"}, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var out, errb bytes.Buffer
			code := run(tt.args, strings.NewReader(""), &out, &errb)
			if code != tt.code {
				t.Errorf("exit status %d, want %d; stderr:\n%s", code, tt.code, errb.String())
			}
			got := out.String() + "-- stderr\n" + errb.String()
			name := "testdata/" + tt.name + ".golden"
			if *update {
				if err := os.WriteFile(name, []byte(got), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(name)
			if err != nil {
				t.Fatalf("%v (run go test -update to write it)", err)
			}
			if diff := cmp.Diff(string(want), got); diff != "" {
				t.Errorf("output (-want +got):\n%s", diff)
			}
		})
	}
}

// TestFeedNDJSON checks that each line of -from feed output is an article
// that validates.
func TestFeedNDJSON(t *testing.T) {
	var out, errb bytes.Buffer
	if code := run([]string{"-from", "feed", "-to", "ours", "-"}, mustOpen(t, "testdata/news.xml"), &out, &errb); code != 0 {
		t.Fatalf("exit %d: %s", code, errb.String())
	}
	sc := bufio.NewScanner(&out)
	n := 0
	for sc.Scan() {
		n++
		if ps := article.Validate(sc.Bytes()); ps != nil {
			t.Errorf("line %d: %v", n, ps)
		}
	}
	if n != 3 {
		t.Errorf("%d lines, want 3", n)
	}
}

func mustOpen(t *testing.T, name string) *os.File {
	f, err := os.Open(name)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { f.Close() })
	return f
}

// TestBadUsage checks that a wrong command line prints the usage line and
// exits 2, and unreadable input exits 1 with the reader's error.
func TestBadUsage(t *testing.T) {
	tests := []struct {
		args []string
		code int
		want string
	}{
		{nil, 2, "convert: -to is required\nusage: convert -to jsonld|ninjs1|ninjs2|ninjs3|ours [-from feed|jsonld|ninjs|ours] [-strict] FILE|-\n"},
		{[]string{"-to", "ninjs9", "x"}, 2, "convert: unknown -to format \"ninjs9\"\nusage: convert"},
		{[]string{"-to", "ours", "-from", "csv", "x"}, 2, "unknown -from format \"csv\""},
		{[]string{"-to", "ours"}, 2, "want one FILE"},
		{[]string{"-bogus"}, 2, "flag provided but not defined"},
		{[]string{"-to", "ours", "-from", "feed", "-"}, 1, "convert: feed: 1:1: no root element"},
		{[]string{"-to", "ours", "testdata/missing.json"}, 1, "no such file"},
	}
	for _, tt := range tests {
		var out, errb bytes.Buffer
		code := run(tt.args, strings.NewReader(""), &out, &errb)
		if code != tt.code || !strings.Contains(errb.String(), tt.want) {
			t.Errorf("run(%q) = %d, stderr %q; want %d and %q", tt.args, code, errb.String(), tt.code, tt.want)
		}
	}
}
