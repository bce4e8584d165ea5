package timex_test

import (
	"bufio"
	"errors"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/newsmodel/newsmodel/timex"
)

// foundItems writes what FindDates found as TEXT=VALUE items, the value a
// date or, for a length of time, a duration.
func foundItems(found []timex.Found) []string {
	out := make([]string, 0, len(found))
	for _, f := range found {
		v := f.Date.String()
		if f.Date.IsZero() {
			v = f.Duration.String()
		}
		out = append(out, f.Span.Text+"="+v)
	}
	return out
}

// TestFindDatesSentences reads testdata/finddates_sentences.tsv, sentences
// of running text whose tense decides the date (finddates_sentences.py
// computes the expected values), and requires at least 95% of them to give
// exactly the expected expressions and values. Each miss is logged.
func TestFindDatesSentences(t *testing.T) {
	f, err := os.Open("testdata/finddates_sentences.tsv")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	n := timex.NewNormalizer()
	total, right := 0, 0
	sc := bufio.NewScanner(f)
	for line := 1; sc.Scan(); line++ {
		if strings.HasPrefix(sc.Text(), "#") || sc.Text() == "" {
			continue
		}
		col := strings.Split(sc.Text(), "\t")
		if len(col) != 3 {
			t.Fatalf("finddates_sentences.tsv:%d: %d columns, want 3", line, len(col))
		}
		anchor, err := time.Parse(time.DateOnly, col[1])
		if err != nil {
			t.Fatalf("finddates_sentences.tsv:%d: %v", line, err)
		}
		want := strings.Split(col[2], " | ")
		got := foundItems(n.FindDates(col[0], anchor))
		total++
		if diff := cmp.Diff(want, got); diff != "" {
			t.Logf("finddates_sentences.tsv:%d: %q at %s (-want +got):\n%s", line, col[0], col[1], diff)
			continue
		}
		right++
	}
	acc := float64(right) / float64(total)
	t.Logf("sentences: %d of %d right (%.1f%%)", right, total, 100*acc)
	if total < 300 {
		t.Errorf("finddates_sentences.tsv has %d sentences, want at least 300", total)
	}
	if acc < 0.95 {
		t.Errorf("sentences: %.1f%% right, want at least 95%%", 100*acc)
	}
}

// tsvColumn returns column col of the rows of a testdata TSV file.
func tsvColumn(f *testing.F, name string, col int) []string {
	data, err := os.ReadFile("testdata/" + name)
	if err != nil {
		f.Fatal(err)
	}
	var out []string
	for _, line := range strings.Split(string(data), "\n") {
		if c := strings.Split(line, "\t"); !strings.HasPrefix(line, "#") && len(c) > col {
			out = append(out, c[col])
		}
	}
	return out
}

// FuzzFindDatesSentences fuzzes FindDates from the sentences of running
// text, the holiday expressions and the degenerate texts: spans slice to
// their text, each result is a date or a length, and a second call agrees.
func FuzzFindDatesSentences(f *testing.F) {
	for _, s := range tsvColumn(f, "finddates_sentences.tsv", 0) {
		f.Add(s)
	}
	for _, s := range tsvColumn(f, "holidays.tsv", 0) {
		f.Add("Families gathered for " + s + ", officials said.")
	}
	for _, d := range degenerate {
		f.Add(strings.Repeat(d.unit, 40))
	}
	f.Fuzz(func(t *testing.T, text string) {
		a := timex.FindDates(text, seedAnchor)
		checkFound(t, text, a)
		if diff := cmp.Diff(reduce(a), reduce(timex.FindDates(text, seedAnchor))); diff != "" {
			t.Fatalf("FindDates(%q) differs on a second call:\n%s", text, diff)
		}
	})
}

// FuzzNormalizeHolidays fuzzes Normalize from the holiday expressions at
// anchors across the years of the rules and beyond: no panic, and every
// error a *NormalizeError.
func FuzzNormalizeHolidays(f *testing.F) {
	for i, s := range tsvColumn(f, "holidays.tsv", 0) {
		f.Add(s, int64(1850+i%300))
	}
	f.Fuzz(func(t *testing.T, text string, year int64) {
		anchor := time.Date(int(year%12000), 6, 1, 0, 0, 0, 0, time.UTC)
		r, err := timex.Normalize(text, anchor)
		if err != nil {
			var ne *timex.NormalizeError
			if !errors.As(err, &ne) {
				t.Fatalf("Normalize(%q) at %d: error %T", text, year, err)
			}
			return
		}
		if r.Date.IsZero() == r.Duration.IsZero() {
			t.Fatalf("Normalize(%q) at %d = %+v: neither a date nor a duration", text, year, r)
		}
	})
}

// BenchmarkFindDatesSentences reads the running-text corpus, whose
// sentences are short and full of tense cues and dates.
func BenchmarkFindDatesSentences(b *testing.B) {
	data, err := os.ReadFile("testdata/finddates_sentences.tsv")
	if err != nil {
		b.Fatal(err)
	}
	var sb strings.Builder
	for _, line := range strings.Split(string(data), "\n") {
		if s, _, ok := strings.Cut(line, "\t"); ok && !strings.HasPrefix(line, "#") {
			sb.WriteString(s)
			sb.WriteString(" ")
		}
	}
	text := sb.String()
	n := timex.NewNormalizer()
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		n.FindDates(text, seedAnchor)
	}
}
