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

var update = flag.Bool("update", false, "rewrite the golden files")

func golden(t *testing.T, name string, got string) {
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
		t.Errorf("%s (-want +got):\n%s", name, diff)
	}
}

func TestDoneWhen(t *testing.T) {
	var out, errb bytes.Buffer
	code := run(nil, strings.NewReader("last July\t2025-03-23\n"), &out, &errb)
	if code != 0 || out.String() != "last July\t2024-07\t2024-07\tmonth\n" {
		t.Errorf("exit %d, output %q, stderr %q", code, out.String(), errb.String())
	}
}

func TestLines(t *testing.T) {
	for _, tt := range []struct {
		args   []string
		golden string
		code   int
	}{
		{[]string{"-anchor", "2025-03-23", "testdata/lines.tsv"}, "lines.golden", 0},
		{[]string{"-anchor", "2025-03-23", "-strict", "testdata/lines.tsv"}, "lines.golden", 1},
		{[]string{"-anchor", "2025-03-23", "-future", "-dayfirst", "testdata/lines.tsv"}, "lines-future-dayfirst.golden", 0},
	} {
		var out, errb bytes.Buffer
		code := run(tt.args, nil, &out, &errb)
		if code != tt.code {
			t.Errorf("%v: exit %d, want %d (stderr %q)", tt.args, code, tt.code, errb.String())
		}
		golden(t, tt.golden, out.String())
	}
}

// TestLongLine checks that a line over 1 MiB is a failure line, not the end
// of the run, and that only -strict makes it exit 1.
func TestLongLine(t *testing.T) {
	long := "March 23, 2025 " + strings.Repeat("x", 2<<20)
	in := "last July\n" + long + "\r\n" + strings.Repeat("y", 1<<20) + "\nnext July\n"
	want := "last July\t2024-07\t2024-07\tmonth\n" +
		"March 23, 2025 xxxxxxxxxxxxxxxxxxxxxxxxx…\t-\t-\tline 2: longer than 1048576 bytes, not read\n" +
		strings.Repeat("y", 1<<20) + "\t-\t-\tnot a date expression (offset 0)\n" +
		"next July\t2025-07\t2025-07\tmonth\n"
	for _, tt := range []struct {
		args []string
		code int
	}{
		{[]string{"-anchor", "2025-03-23"}, 0},
		{[]string{"-anchor", "2025-03-23", "-strict"}, 1},
	} {
		var out, errb bytes.Buffer
		code := run(tt.args, strings.NewReader(in), &out, &errb)
		if code != tt.code || errb.Len() != 0 {
			t.Errorf("%v: exit %d, want %d (stderr %q)", tt.args, code, tt.code, errb.String())
		}
		if diff := cmp.Diff(want, out.String()); diff != "" {
			t.Errorf("%v (-want +got):\n%s", tt.args, diff)
		}
	}
}

func TestFind(t *testing.T) {
	var out, errb bytes.Buffer
	if code := run([]string{"-find", "-anchor", "2025-03-23", "testdata/story.txt"}, nil, &out, &errb); code != 0 {
		t.Fatalf("exit %d: %s", code, errb.String())
	}
	golden(t, "story.golden", out.String())
}

func TestBadUsage(t *testing.T) {
	for _, args := range [][]string{{"-nope"}, {"-past", "-future"}, {"a", "b"}, {"-anchor", "yesterday"}} {
		var out, errb bytes.Buffer
		if code := run(args, strings.NewReader(""), &out, &errb); code != 2 {
			t.Errorf("%v: exit %d, want 2", args, code)
		}
		if !strings.Contains(errb.String(), "usage:") && !strings.Contains(errb.String(), "anchor") {
			t.Errorf("%v: stderr %q names no usage", args, errb.String())
		}
	}
	var out, errb bytes.Buffer
	if code := run([]string{"testdata/missing.txt"}, nil, &out, &errb); code != 1 {
		t.Errorf("missing file: exit %d, want 1", code)
	}
}

// TestFindMaxBytes checks that -find refuses a text over -max-bytes, reads
// one at the limit, and takes the largest int as a limit without wrapping.
func TestFindMaxBytes(t *testing.T) {
	text := "The vote was held on March 5, 2024."
	for _, tt := range []struct {
		limit string
		code  int
		out   string
		err   string
	}{
		{"10", 1, "", "longer than the limit of 10 bytes (-max-bytes)"},
		{"35", 0, "21\t34\tMarch 5, 2024", ""},
		{"9223372036854775807", 0, "21\t34\tMarch 5, 2024", ""},
		{"0", 2, "", "-max-bytes must be positive"},
		{"-3", 2, "", "-max-bytes must be positive"},
	} {
		var out, errb bytes.Buffer
		code := run([]string{"-find", "-max-bytes", tt.limit, "-anchor", "2025-03-23"}, strings.NewReader(text), &out, &errb)
		if code != tt.code || !strings.HasPrefix(out.String(), tt.out) || tt.out == "" && out.Len() != 0 || !strings.Contains(errb.String(), tt.err) {
			t.Errorf("-max-bytes %s: exit %d, stdout %q, stderr %q; want exit %d, stdout starting %q, stderr with %q",
				tt.limit, code, out.String(), errb.String(), tt.code, tt.out, tt.err)
		}
	}
}
