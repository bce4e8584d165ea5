// Command benchmarks compares timex.Normalize with other Go date parsers
// on the same news expressions (cases.tsv): accuracy on the whole mixed set
// and on its absolute dates alone, and time and allocations per expression.
// It prints a Markdown table.
//
// A result of timex.Normalize counts as right when its EDTF text equals
// the expected one. The other libraries return a time.Time, which cannot
// state a month, a week or an interval; one of their results counts as right
// when that instant lies within the expected date (so 2024-07-13 passes for
// "last July", 2024-07), which is lenient towards them. Durations and open
// intervals, which no instant can state, count as wrong for them.
package main

import (
	"bufio"
	"bytes"
	_ "embed"
	"fmt"
	"io"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/araddon/dateparse"
	dps "github.com/markusmobius/go-dateparser"
	"github.com/newsmodel/newsmodel/news"
	"github.com/newsmodel/newsmodel/timex"
	"github.com/olebedev/when"
	"github.com/olebedev/when/rules/common"
	"github.com/olebedev/when/rules/en"
	"github.com/tj/go-naturaldate"
)

//go:embed cases.tsv
var casesTSV []byte

// Anchor is the time every expression is resolved against.
var Anchor = time.Date(2025, 3, 23, 12, 0, 0, 0, time.UTC)

// Case is one expression and its expected value.
type Case struct {
	Expr     string
	Want     string
	Absolute bool
}

// Cases reads cases.tsv.
func Cases() []Case {
	var cs []Case
	sc := bufio.NewScanner(bytes.NewReader(casesTSV))
	for sc.Scan() {
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		cs = append(cs, Case{Expr: f[0], Want: f[1], Absolute: f[2] == "abs"})
	}
	return cs
}

// Library is a parser under comparison. Parse returns the EDTF text (or
// ISO 8601 duration) it read, or an instant; ok is false when it failed.
type Library struct {
	Name  string
	Parse func(s string) (text string, t time.Time, ok bool)
}

// Libraries returns the parsers compared, this module's first.
func Libraries() []Library {
	nz := timex.NewNormalizer()
	w := when.New(nil)
	w.Add(en.All...)
	w.Add(common.All...)
	cfg := &dps.Configuration{CurrentTime: Anchor, PreferredDateSource: dps.Past}
	return []Library{
		{"newsmodel timex.Normalize", func(s string) (string, time.Time, bool) {
			r, err := nz.Normalize(s, Anchor)
			if err != nil {
				return "", time.Time{}, false
			}
			if r.IsDuration() {
				return r.Duration.String(), time.Time{}, true
			}
			return r.Date.String(), time.Time{}, true
		}},
		{"olebedev/when", func(s string) (string, time.Time, bool) {
			r, err := w.Parse(s, Anchor)
			if err != nil || r == nil {
				return "", time.Time{}, false
			}
			return "", r.Time, true
		}},
		{"araddon/dateparse", func(s string) (string, time.Time, bool) {
			t, err := dateparse.ParseIn(s, time.UTC)
			return "", t, err == nil
		}},
		{"markusmobius/go-dateparser", func(s string) (string, time.Time, bool) {
			d, err := dps.Parse(cfg, s)
			return "", d.Time, err == nil && !d.IsZero()
		}},
		{"tj/go-naturaldate", func(s string) (string, time.Time, bool) {
			t, err := naturaldate.Parse(s, Anchor, naturaldate.WithDirection(naturaldate.Past))
			return "", t, err == nil
		}},
	}
}

// Right reports whether a library's answer to c is right.
func Right(c Case, text string, t time.Time, ok bool) bool {
	if !ok {
		return false
	}
	if text != "" {
		return text == c.Want
	}
	d, err := news.ParseDate(c.Want)
	if err != nil {
		return false // a duration: no instant states it
	}
	lo, ok1 := d.Start()
	hi, ok2 := d.End()
	return ok1 && ok2 && !t.Before(lo) && t.Before(hi)
}

// Row is one library's figures.
type Row struct {
	Name                        string
	Mixed, Absolute             int // right answers
	NMixed, NAbsolute           int
	NsMixed, NsAbsolute         float64 // per expression
	AllocsMixed, AllocsAbsolute float64 // per expression
	NsCommon                    float64 // per expression, on the dates dateparse reads right
}

// Common returns the absolute expressions that dateparse reads right: the
// set on which its speed can be compared with equal work.
func Common(cases []Case) []string {
	dp := Libraries()[2]
	var out []string
	for _, c := range cases {
		if text, t, ok := dp.Parse(c.Expr); c.Absolute && Right(c, text, t, ok) {
			out = append(out, c.Expr)
		}
	}
	return out
}

func measure(parse func(string) (string, time.Time, bool), set []string) (ns, allocs float64) {
	r := testing.Benchmark(func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			for _, s := range set {
				parse(s)
			}
		}
	})
	n := float64(r.N * len(set))
	return float64(r.T.Nanoseconds()) / n, float64(r.MemAllocs) / n
}

// Compare measures every library on cases; with timing false it only counts
// right answers.
func Compare(cases []Case, timing bool) []Row {
	var mixed, abs []string
	for _, c := range cases {
		mixed = append(mixed, c.Expr)
		if c.Absolute {
			abs = append(abs, c.Expr)
		}
	}
	common := Common(cases)
	var rows []Row
	for _, lib := range Libraries() {
		row := Row{Name: lib.Name, NMixed: len(mixed), NAbsolute: len(abs)}
		for _, c := range cases {
			text, t, ok := lib.Parse(c.Expr)
			if Right(c, text, t, ok) {
				row.Mixed++
				if c.Absolute {
					row.Absolute++
				}
			}
		}
		if timing {
			row.NsMixed, row.AllocsMixed = measure(lib.Parse, mixed)
			row.NsAbsolute, row.AllocsAbsolute = measure(lib.Parse, abs)
			row.NsCommon, _ = measure(lib.Parse, common)
		}
		rows = append(rows, row)
	}
	return rows
}

// Misses lists the expressions a library gets wrong.
func Misses(lib Library, cases []Case) []string {
	var out []string
	for _, c := range cases {
		text, t, ok := lib.Parse(c.Expr)
		if !Right(c, text, t, ok) {
			got := text
			if got == "" && ok {
				got = t.Format(time.RFC3339)
			}
			out = append(out, fmt.Sprintf("%s: want %s, got %q", c.Expr, c.Want, got))
		}
	}
	return out
}

// PeerOnly lists the expressions that lib reads right and timex.Normalize
// does not: the forms a user of lib would lose by moving to timex.
func PeerOnly(lib Library, cases []Case) []string {
	us := Libraries()[0]
	var out []string
	for _, c := range cases {
		text, t, ok := lib.Parse(c.Expr)
		if !Right(c, text, t, ok) {
			continue
		}
		if text, t, ok := us.Parse(c.Expr); !Right(c, text, t, ok) {
			out = append(out, fmt.Sprintf("%s: want %s", c.Expr, c.Want))
		}
	}
	return out
}

func pct(a, n int) string { return fmt.Sprintf("%.0f%% (%d/%d)", 100*float64(a)/float64(n), a, n) }

func dur(ns float64) string {
	switch {
	case ns >= 1e6:
		return fmt.Sprintf("%.1f ms", ns/1e6)
	case ns >= 1e3:
		return fmt.Sprintf("%.1f µs", ns/1e3)
	}
	return fmt.Sprintf("%.0f ns", ns)
}

// Markdown writes rows as a table.
func Markdown(w io.Writer, rows []Row) {
	fmt.Fprintln(w, "| library | accuracy, mixed | accuracy, absolute only | time per expression, mixed | time per expression, absolute | time per expression, dates dateparse reads | allocs per expression, mixed | allocs per expression, absolute |")
	fmt.Fprintln(w, "|---|---|---|---|---|---|---|---|")
	for _, r := range rows {
		fmt.Fprintf(w, "| %s | %s | %s | %s | %s | %s | %.1f | %.1f |\n", r.Name, pct(r.Mixed, r.NMixed), pct(r.Absolute, r.NAbsolute),
			dur(r.NsMixed), dur(r.NsAbsolute), dur(r.NsCommon), r.AllocsMixed, r.AllocsAbsolute)
	}
}

func main() {
	misses := len(os.Args) > 1 && os.Args[1] == "-misses"
	cases := Cases()
	if len(os.Args) > 1 && os.Args[1] == "-peer-only" {
		for _, lib := range Libraries()[1:] {
			fmt.Println("##", lib.Name, "reads, timex does not")
			for _, m := range PeerOnly(lib, cases) {
				fmt.Println("-", m)
			}
		}
		return
	}
	if misses {
		for _, lib := range Libraries() {
			fmt.Println("##", lib.Name)
			for _, m := range Misses(lib, cases) {
				fmt.Println("-", m)
			}
		}
		return
	}
	Markdown(os.Stdout, Compare(cases, true))
}
