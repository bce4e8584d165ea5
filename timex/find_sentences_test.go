package timex_test

import (
	"bufio"
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
