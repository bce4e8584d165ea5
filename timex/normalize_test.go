package timex_test

import (
	"bufio"
	"errors"
	"os"
	"strings"
	"testing"
	"time"
	_ "time/tzdata" // the cases name zones that a bare system may lack

	"github.com/google/go-cmp/cmp"
	"github.com/newsmodel/newsmodel/news"
	"github.com/newsmodel/newsmodel/timex"
)

// parseAnchor reads YYYY-MM-DD or RFC 3339.
func parseAnchor(t testing.TB, s string) time.Time {
	t.Helper()
	if a, err := time.Parse(time.DateOnly, s); err == nil {
		return a
	}
	a, err := time.Parse(time.RFC3339, s)
	if err != nil {
		t.Fatalf("anchor %q: %v", s, err)
	}
	return a
}

func caseOptions(t testing.TB, s string) []timex.Option {
	t.Helper()
	var opts []timex.Option
	for _, o := range strings.Split(s, ",") {
		switch {
		case o == "":
		case o == "future":
			opts = append(opts, timex.WithDirection(news.Future))
		case o == "nearest":
			opts = append(opts, timex.WithDirection(news.Nearest))
		case o == "dayfirst":
			opts = append(opts, timex.WithDayFirst(true))
		case o == "epoch":
			opts = append(opts, timex.WithEpoch(true))
		case strings.HasPrefix(o, "tz="):
			loc, err := time.LoadLocation(o[3:])
			if err != nil {
				t.Fatal(err)
			}
			opts = append(opts, timex.WithLocation(loc))
		default:
			t.Fatalf("unknown option %q", o)
		}
	}
	return opts
}

type normCase struct {
	line                            int
	expr, anchor, edtf, timex, prec string
	opts                            string
}

func readCases(t testing.TB) []normCase {
	t.Helper()
	f, err := os.Open("testdata/normalize_cases.tsv")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var cases []normCase
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		fs := strings.Split(line, "\t")
		if len(fs) < 5 {
			t.Fatalf("normalize_cases.tsv:%d: %d fields, want 5 or 6", n, len(fs))
		}
		c := normCase{line: n, expr: fs[0], anchor: fs[1], edtf: fs[2], timex: fs[3], prec: fs[4]}
		if len(fs) > 5 {
			c.opts = fs[5]
		}
		cases = append(cases, c)
	}
	return cases
}

// TestNormalizeCases walks testdata/normalize_cases.tsv: expression, anchor,
// expected EDTF (or ISO 8601 duration), TIMEX3 and precision, and options.
func TestNormalizeCases(t *testing.T) {
	cases := readCases(t)
	if len(cases) < 500 {
		t.Fatalf("%d cases, want at least 500", len(cases))
	}
	failed := 0
	for _, c := range cases {
		r, err := timex.Normalize(c.expr, parseAnchor(t, c.anchor), caseOptions(t, c.opts)...)
		if err != nil {
			t.Errorf("normalize_cases.tsv:%d: Normalize(%q, %s) %s: %v", c.line, c.expr, c.anchor, c.opts, err)
			failed++
			continue
		}
		var got [3]string
		if r.IsDuration() {
			got = [3]string{r.Duration.String(), r.Duration.String(), "duration"}
		} else {
			got = [3]string{r.Date.String(), r.TIMEX3().String(), r.Date.Precision().String()}
		}
		want := [3]string{c.edtf, c.timex, c.prec}

		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("normalize_cases.tsv:%d: Normalize(%q, %s) %s (-want +got):\n%s", c.line, c.expr, c.anchor, c.opts, diff)
			failed++
		}
		if r.Text != c.expr {
			t.Errorf("normalize_cases.tsv:%d: Text = %q, want %q", c.line, r.Text, c.expr)
		}
	}
	if failed > 0 {
		t.Logf("%d of %d cases failed", failed, len(cases))
	}
}

// TestNormalizeTIMEX3 checks the TIMEX3 values the issue names, through Normalize.
func TestNormalizeTIMEX3(t *testing.T) {
	anchor := time.Date(2025, 3, 23, 0, 0, 0, 0, time.UTC)
	for _, tt := range []struct{ in, edtf, timex, prec string }{
		{"last July", "2024-07", "2024-07", "month"},
		{"last week", "2025-W11", "2025-W11", "week"},
		{"2025-W12", "2025-W12", "2025-W12", "week"},
		{"Q1 2025", "2025-33", "2025-Q1", "quarter"},
		{"summer 2024", "2024-22", "2024-SU", "season"},
		{"1990", "1990", "1990", "year"},
		{"the 1990s", "199X", "199", "decade"},
		{"March 23, 2025 at 14:05", "2025-03-23T14:05", "2025-03-23T14:05", "minute"},
		{"the second half of 2024", "2024-41", "2024-H2", "half"},
	} {
		r, err := timex.Normalize(tt.in, anchor)
		if err != nil {
			t.Errorf("Normalize(%q): %v", tt.in, err)
			continue
		}
		got := [3]string{r.Date.String(), r.Date.TIMEX3(), r.Date.Precision().String()}
		if diff := cmp.Diff([3]string{tt.edtf, tt.timex, tt.prec}, got); diff != "" {
			t.Errorf("Normalize(%q) (-want +got):\n%s", tt.in, diff)
		}
	}
}

// TestFastPath checks that Normalize's fast path for RFC 3339 dates gives
// what the grammar gives.
func TestFastPath(t *testing.T) {
	inputs := []string{
		"2025-03-23", "2025-03-23T14:05:00Z", "2025-03-23t14:05:00z", "2025-03-23 14:05:00+01:00",
		"2025-03-23T14:05:00.123-04:00", "2025-03-23T14:05:00,5+0530", "2025-03-23T14:05-00:00",
		"2025-03-23T14:05", "2025-02-29", "2024-02-29T23:59:59.999999999Z", "2025-03-23T24:00",
		"2025-03-23T14:05:00+15:00", "2025-03-23T14:05:00.", "2025-13-01", "2025-03-23T14:05:00.1234567890Z",
		"March 23, 2025", "Mar. 23, 2025", "Mar 23, 2025", "March 23 2025", "23 March 2025", "23 Mar. 2025",
		"May. 5, 2025", "February 30, 2025", "March 23, 025", "march 23, 2025", "MARCH 23, 2025",
		"Sun, 23 Mar 2025 14:05:00 GMT", "Sun, 23 Mar 2025 14:05:00 EDT", "Sun, 23 Mar 2025 14:05:00 ET",
		"Sun, 23 Mar 2025 14:05 +0530", "Mon, 23 Mar 2025 14:05:00 GMT", "Sun, 23 Mar 2025 14:05:00 -0000",
		"Sun, 23 Mar 2025 25:05:00 GMT", "Sun, 23 Mar 2025 14:05:00 +1500", "Sun, 23 Mar 2025 14:05:00",
		"Sun, 3 Mar 2025 14:05:00 UTC", "Monday, 24 Mar 2025 10:00:00 PST", "Sept. 11, 2001", "Sep. 11, 2001",
		"2025-3-7", "2025/03/23", "2025.03.23", "2025/3/7", "2025/03", "2025.03", "3/2025", "12/2025", "3/23/2025",
		"3/4/2025", "23.03.2025", "3.4.2025", "03-04-2025", "2025", "0999", "1990", "2025-13-01", "2025/13",
		"13/2025", "31/31/2025", "2/30/2025", "2025-03", "2025-3", "2025--3", "2025/03/23/1", "12/25", "2025-03-7",
		"20250323", "20251323", "2025-Mar-07", "07-Mar-2025", "7-mar-2025", "2025-March-07", "07-Foo-2025", "07-Mar-25",
		"2025-Mar-32", "2025-Mar", "Mar-2025", "7-Mar-2025x", "2025-May-07",
	}
	for _, c := range readCases(t) {
		inputs = append(inputs, c.expr)
	}
	for _, loc := range []*time.Location{nil, time.UTC, time.FixedZone("X", 3600)} {
		var opts []timex.Option
		if loc != nil {
			opts = append(opts, timex.WithLocation(loc))
		}
		n := timex.NewNormalizer(opts...)
		for _, s := range inputs {
			fast, err1 := n.Normalize(s, seedAnchor)
			slow, err2 := n.NormalizeSlow(s, seedAnchor)
			if (err1 == nil) != (err2 == nil) || fast.Date != slow.Date || fast.Resolution != slow.Resolution ||
				!cmp.Equal(fast.Alternatives, slow.Alternatives, cmp.Comparer(func(a, b news.Date) bool { return a == b })) {
				t.Errorf("%q (loc %v): fast %v %s %v, grammar %v %s %v", s, loc, fast.Date, fast.Resolution, err1, slow.Date, slow.Resolution, err2)
			}
		}
	}
}

// TestEdgeOfRange: a relative date past year 9999 or before year 1 is a date
// out of range, as the error says, not "not a date expression".
func TestEdgeOfRange(t *testing.T) {
	tests := []struct {
		text   string
		anchor time.Time
	}{
		{"next year", time.Date(9999, 6, 1, 12, 0, 0, 0, time.UTC)},
		{"next month", time.Date(9999, 12, 5, 12, 0, 0, 0, time.UTC)},
		{"next quarter", time.Date(9999, 11, 5, 12, 0, 0, 0, time.UTC)},
		{"tomorrow", time.Date(9999, 12, 31, 12, 0, 0, 0, time.UTC)},
		{"last year", time.Date(1, 6, 1, 12, 0, 0, 0, time.UTC)},
	}
	for _, tt := range tests {
		_, err := timex.Normalize(tt.text, tt.anchor)
		if !errors.Is(err, timex.ErrNoSuchDay) {
			t.Errorf("Normalize(%q, %s) error = %v, want ErrNoSuchDay", tt.text, tt.anchor.Format(time.DateOnly), err)
		}
	}
}

// TestWeekdayRules holds the documented rule of "this Monday", "next
// Wednesday" and a weekday said on that weekday, with the other reading as
// the alternative.
func TestWeekdayRules(t *testing.T) {
	tue := time.Date(2025, 3, 25, 12, 0, 0, 0, time.UTC) // a Tuesday
	tests := []struct {
		text      string
		want, alt string
		res       news.Resolution
	}{
		{"this Monday", "2025-03-24", "2025-03-31", news.Nearest},
		{"this Friday", "2025-03-28", "2025-03-21", news.Nearest},
		{"next Wednesday", "2025-03-26", "2025-04-02", news.Future},
		{"Tuesday", "2025-03-25", "2025-03-18", news.Nearest},
	}
	for _, tt := range tests {
		r, err := timex.Normalize(tt.text, tue)
		if err != nil {
			t.Errorf("Normalize(%q): %v", tt.text, err)
			continue
		}
		var alt string
		if len(r.Alternatives) > 0 {
			alt = r.Alternatives[0].String()
		}
		if diff := cmp.Diff([3]string{tt.want, tt.alt, string(tt.res)}, [3]string{r.Date.String(), alt, string(r.Resolution)}); diff != "" {
			t.Errorf("Normalize(%q) (-want +got):\n%s", tt.text, diff)
		}
	}
}
