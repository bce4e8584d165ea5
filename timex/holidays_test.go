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

// TestHolidayCorpus reads testdata/holidays.tsv, whose days come from
// published calendars (holidays.py names them), and requires at least 95%
// of its expressions to give that day. The Islamic, Indian and Chinese
// rules are astronomical, and observance differs by a day between
// countries, so a few misses are expected; each is logged.
func TestHolidayCorpus(t *testing.T) {
	f, err := os.Open("testdata/holidays.tsv")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	total, right := 0, 0
	perSource := map[string][2]int{}
	sc := bufio.NewScanner(f)
	for line := 1; sc.Scan(); line++ {
		if strings.HasPrefix(sc.Text(), "#") || sc.Text() == "" {
			continue
		}
		col := strings.Split(sc.Text(), "\t")
		if len(col) != 4 {
			t.Fatalf("holidays.tsv:%d: %d columns, want 4", line, len(col))
		}
		anchor, err := time.Parse(time.DateOnly, col[1])
		if err != nil {
			t.Fatalf("holidays.tsv:%d: %v", line, err)
		}
		total++
		s := perSource[col[3]]
		s[1]++
		r, err := timex.Normalize(col[0], anchor)
		if err == nil && r.Date.String() == col[2] {
			right++
			s[0]++
		} else {
			t.Logf("holidays.tsv:%d: %q at %s: got %s %v, want %s (%s)", line, col[0], col[1], r.Date, err, col[2], col[3])
		}
		perSource[col[3]] = s
	}
	for src, s := range perSource {
		t.Logf("%-9s %3d of %3d", src, s[0], s[1])
	}
	acc := float64(right) / float64(total)
	t.Logf("holidays: %d of %d right (%.1f%%)", right, total, 100*acc)
	if total < 400 {
		t.Errorf("holidays.tsv has %d expressions, want at least 400", total)
	}
	if acc < 0.95 {
		t.Errorf("holidays: %.1f%% right, want at least 95%%", 100*acc)
	}
}

// TestHolidayYears checks that a holiday of another calendar outside the
// years its rule covers is an error, and that the Gregorian ones are not
// limited.
func TestHolidayYears(t *testing.T) {
	anchor := time.Date(2025, 3, 23, 0, 0, 0, 0, time.UTC)
	for _, s := range []string{"Diwali 2101", "Eid al-Fitr 1899", "Rosh Hashanah of 1850", "Chinese New Year 3000"} {
		r, err := timex.Normalize(s, anchor)
		if !errors.Is(err, timex.ErrHolidayYears) || !errors.Is(err, timex.ErrNoSuchDay) {
			t.Errorf("Normalize(%q) = %v, %v; want ErrHolidayYears", s, r.Date, err)
		}
	}
	for _, tt := range []struct{ text, anchor string }{
		{"next Passover", "2100-06-01"},
		{"last Hanukkah", "1900-06-01"},
	} {
		a, _ := time.Parse(time.DateOnly, tt.anchor)
		if r, err := timex.Normalize(tt.text, a); !errors.Is(err, timex.ErrHolidayYears) {
			t.Errorf("Normalize(%q) at %s = %v, %v; want ErrHolidayYears", tt.text, tt.anchor, r.Date, err)
		}
	}
	if r, err := timex.Normalize("Christmas 2150", anchor); err != nil || r.Date.String() != "2150-12-25" {
		t.Errorf("Normalize(Christmas 2150) = %v, %v", r.Date, err)
	}
}

// TestHolidayEnds checks the first and last years of the rules against
// published dates: Chinese New Year 1900 and 2100 (Hong Kong Observatory),
// Rosh Hashanah 1900 and 2100 (hebcal.com), Orthodox Easter 2100 (the
// Julian computus, with the calendars 14 days apart from March 2100).
func TestHolidayEnds(t *testing.T) {
	anchor := time.Date(2025, 3, 23, 0, 0, 0, 0, time.UTC)
	want := map[string]string{
		"Chinese New Year 1900": "1900-01-31",
		"Chinese New Year 2100": "2100-02-09",
		"Rosh Hashanah 1900":    "1900-09-24",
		"Rosh Hashanah 2100":    "2100-10-04",
		"Orthodox Easter 1900":  "1900-04-22",
		"Orthodox Easter 2100":  "2100-05-02",
		"Passover 1948":         "1948-04-24",
		"Hanukkah 1999":         "1999-12-04",
	}
	got := map[string]string{}
	for s := range want {
		r, err := timex.Normalize(s, anchor)
		if err != nil {
			got[s] = err.Error()
			continue
		}
		got[s] = r.Date.String()
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("holidays at the ends of the tables (-want +got):\n%s", diff)
	}
}

func BenchmarkHoliday(b *testing.B) {
	n := timex.NewNormalizer()
	anchor := time.Date(2025, 3, 23, 0, 0, 0, 0, time.UTC)
	exprs := []string{"Diwali 2024", "next Eid al-Fitr", "Chinese New Year", "last Rosh Hashanah", "Nowruz 2025", "Orthodox Easter"}
	b.ReportAllocs()
	for b.Loop() {
		for _, s := range exprs {
			if _, err := n.Normalize(s, anchor); err != nil {
				b.Fatal(err)
			}
		}
	}
}
