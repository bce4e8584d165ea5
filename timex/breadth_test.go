package timex_test

import (
	"bufio"
	"os"
	"sort"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/newsmodel/newsmodel/timex"
)

type breadthCase struct {
	line                                   int
	class, expr, anchor, edtf, timex, prec string
	opts, source                           string
}

func readBreadth(t testing.TB) []breadthCase {
	t.Helper()
	f, err := os.Open("testdata/breadth_cases.tsv")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var cases []breadthCase
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		fs := strings.Split(line, "\t")
		if len(fs) != 8 {
			t.Fatalf("breadth_cases.tsv:%d: %d fields, want 8", n, len(fs))
		}
		cases = append(cases, breadthCase{n, fs[0], fs[1], fs[2], fs[3], fs[4], fs[5], fs[6], fs[7]})
	}
	return cases
}

// got is what r gives in the columns of the case tables: EDTF (or the
// duration, or - for a set), TIMEX3 and precision.
func got(r timex.Result) [3]string {
	switch {
	case r.IsSet():
		return [3]string{"-", r.TIMEX3().String(), "set"}
	case r.IsDuration():
		return [3]string{r.Duration.String(), r.TIMEX3().String(), "duration"}
	}
	return [3]string{r.Date.String(), r.TIMEX3().String(), r.Date.Precision().String()}
}

// TestBreadth walks testdata/breadth_cases.tsv, the forms of news copy,
// feeds and logs with values computed apart from this code (see
// breadth_cases.py), and reports strict accuracy (EDTF, TIMEX3 and
// precision all right) per class. It fails below 95% overall, and logs each
// miss.
func TestBreadth(t *testing.T) {
	cases := readBreadth(t)
	if len(cases) < 1100 {
		t.Fatalf("%d cases, want at least 1100", len(cases))
	}
	right, total := map[string]int{}, map[string]int{}
	for _, c := range cases {
		total[c.class]++
		r, err := timex.Normalize(c.expr, parseAnchor(t, c.anchor), caseOptions(t, c.opts)...)
		if err != nil {
			t.Logf("breadth_cases.tsv:%d: %s: Normalize(%q, %s) %s: %v", c.line, c.class, c.expr, c.anchor, c.opts, err)
			continue
		}
		if diff := cmp.Diff([3]string{c.edtf, c.timex, c.prec}, got(r)); diff != "" {
			t.Logf("breadth_cases.tsv:%d: %s: Normalize(%q, %s) %s (-want +got):\n%s", c.line, c.class, c.expr, c.anchor, c.opts, diff)
			continue
		}
		right[c.class]++
	}
	classes := make([]string, 0, len(total))
	for k := range total {
		classes = append(classes, k)
	}
	sort.Strings(classes)
	all, ok := 0, 0
	for _, k := range classes {
		t.Logf("%-18s %4d/%4d  %5.1f%%", k, right[k], total[k], 100*float64(right[k])/float64(total[k]))
		all += total[k]
		ok += right[k]
	}
	acc := 100 * float64(ok) / float64(all)
	t.Logf("%-18s %4d/%4d  %5.1f%%", "overall", ok, all, acc)
	if acc < 95 {
		t.Errorf("strict accuracy %.1f%%, want at least 95%%", acc)
	}
}
