package timex_test

import (
	"flag"
	"fmt"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/newsmodel/newsmodel/news"
	"github.com/newsmodel/newsmodel/timex"
)

var update = flag.Bool("update", false, "rewrite the golden files under testdata")

// timex3Exprs cover every TIMEX3 type and every mod, at the anchor
// 2024-06-04 (a Tuesday).
var timex3Exprs = []string{
	// DATE
	"2024-06-04", "June 2024", "last week", "Q3 2024", "the 1990s", "summer 2023",
	// TIME, with and without a zone
	"16:08 UTC", "3 pm", "June 4, 2024 at 10:15 a.m. ET", "2024-06-04T16:08:05.25+02:00",
	// DURATION, and closed intervals as durations with their ends
	"three days", "for two weeks", "March 1-10, 2024", "between 2014 and 2022", "the past 24 hours",
	// SET
	"every Monday", "each Sunday", "every day", "every three weeks", "every January",
	// START, MID, END
	"early June", "mid-2024", "late November", "the end of the year", "the beginning of the month", "the late 1990s",
	// BEFORE, AFTER, ON_OR_BEFORE, ON_OR_AFTER
	"before 2020", "after March 3, 2024", "until May", "by the end of 2026", "through Friday", "since 1989", "since March 2024",
	// APPROX
	"around Nov. 1", "about 10 days ago", "almost three years ago", "about two years",
	// LESS_THAN, MORE_THAN, EQUAL_OR_LESS, EQUAL_OR_MORE
	"less than a year", "more than three weeks", "no more than 5 days", "at least two weeks",
}

// TestTIMEX3Golden holds Result.TIMEX3 of timex3Exprs to
// testdata/timex3.golden: EXPRESSION, TYPE, VALUE;ATTRIBUTES, EDTF.
func TestTIMEX3Golden(t *testing.T) {
	anchor := time.Date(2024, 6, 4, 12, 0, 0, 0, time.UTC)
	var b strings.Builder
	b.WriteString("# expression\ttype\tTIMEX3\tEDTF or duration (anchor 2024-06-04)\n")
	types := map[timex.TIMEX3Type]bool{}
	mods := map[news.Mod]bool{}
	for _, e := range timex3Exprs {
		r, err := timex.Normalize(e, anchor)
		if err != nil {
			t.Errorf("Normalize(%q): %v", e, err)
			continue
		}
		x := r.TIMEX3()
		types[x.Type] = true
		mods[x.Mod] = true
		v := r.Date.String()
		if r.IsDuration() {
			v = r.Duration.String()
		}
		fmt.Fprintf(&b, "%s\t%s\t%s\t%s\n", e, x.Type, x, v)
	}
	for _, ty := range []timex.TIMEX3Type{timex.TypeDate, timex.TypeTime, timex.TypeDuration, timex.TypeSet} {
		if !types[ty] {
			t.Errorf("no expression of type %s", ty)
		}
	}
	for _, m := range news.Mods {
		if !mods[m] {
			t.Errorf("no expression with mod %s", m)
		}
	}
	const path = "testdata/timex3.golden"
	if *update {
		if err := os.WriteFile(path, []byte(b.String()), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update to write it)", err)
	}
	if diff := cmp.Diff(string(want), b.String()); diff != "" {
		t.Errorf("%s (-want +got):\n%s", path, diff)
	}
}

func TestTIMEX3String(t *testing.T) {
	tests := []struct {
		in   timex.TIMEX3
		want string
	}{
		{timex.TIMEX3{}, ""},
		{timex.TIMEX3{Type: timex.TypeDate, Value: "2024-06"}, "2024-06"},
		{timex.TIMEX3{Type: timex.TypeDate, Value: "2024-06", Mod: news.ModStart}, "2024-06;mod=START"},
		{timex.TIMEX3{Type: timex.TypeSet, Value: "XXXX-WXX-1", Quant: "EVERY"}, "XXXX-WXX-1;quant=EVERY"},
		{timex.TIMEX3{Type: timex.TypeSet, Value: "P1W", Freq: "2X"}, "P1W;freq=2X"},
		{timex.TIMEX3{Type: timex.TypeDuration, Value: "P10D", Begin: "2025-03-01", End: "2025-03-10"}, "P10D;begin=2025-03-01;end=2025-03-10"},
	}
	for _, tt := range tests {
		if got := tt.in.String(); got != tt.want {
			t.Errorf("%+v.String() = %q, want %q", tt.in, got, tt.want)
		}
	}
	if !(timex.TIMEX3{}).IsZero() || (timex.TIMEX3{Value: "1"}).IsZero() {
		t.Error("IsZero")
	}
}
