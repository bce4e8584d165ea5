package news_test

import (
	"testing"

	"github.com/newsmodel/newsmodel/news"
)

func FuzzParseDate(f *testing.F) {
	for _, tt := range parseTests {
		f.Add(tt.in)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d, err := news.ParseDate(s)
		if err != nil {
			if !d.IsZero() {
				t.Fatalf("ParseDate(%q) returned %v with error %v", s, d, err)
			}
			_ = err.Error()
			return
		}
		if d.String() != s {
			t.Fatalf("ParseDate(%q).String() = %q", s, d.String())
		}
		again, err := news.ParseDate(d.String())
		if err != nil {
			t.Fatalf("ParseDate(%q) again: %v", s, err)
		}
		if again != d || !again.Equal(d) || again.Compare(d) != 0 || d.Compare(again) != 0 {
			t.Fatalf("ParseDate(%q) again is not the same Date", s)
		}
		if !d.Precision().Valid() {
			t.Fatalf("ParseDate(%q) has precision %v", s, d.Precision())
		}
		start, okStart := d.Start()
		end, okEnd := d.End()
		if okStart && okEnd && !start.Before(end) {
			t.Fatalf("ParseDate(%q): start %v is not before end %v", s, start, end)
		}
		if r := d.Allen(d); !d.UnknownStart() && !d.UnknownEnd() && r != news.AllenEquals {
			t.Fatalf("%q.Allen(itself) = %v", s, r)
		}
		if !d.Contains(d) {
			t.Fatalf("%q does not contain itself", s)
		}
		if from, to, ok := d.Endpoints(); ok {
			if from.IsInterval() || to.IsInterval() || from.IsZero() && to.IsZero() {
				t.Fatalf("%q: bad endpoints %q, %q", s, from, to)
			}
			if fs, ok := from.Start(); ok != okStart || fs != start {
				t.Fatalf("%q starts at %v, %v; its first endpoint at %v, %v", s, start, okStart, fs, ok)
			}
			if te, ok := to.End(); ok != okEnd || te != end {
				t.Fatalf("%q ends at %v, %v; its last endpoint at %v, %v", s, end, okEnd, te, ok)
			}
			if !d.UnknownStart() && !d.UnknownEnd() {
				if re, err := news.Interval(from, to); err == nil && re.TIMEX3() != d.TIMEX3() {
					t.Fatalf("%q: Interval of its endpoints is %q", s, re)
				}
			}
		} else {
			for _, q := range []news.Qualifier{news.Certain, news.Uncertain, news.Approximate, news.UncertainApproximate} {
				e := d.Qualified(q)
				if again, err := news.ParseDate(e.String()); err != nil || again != e {
					t.Fatalf("%q.Qualified(%v) = %#v, which parses to %#v, %v", s, q, e, again, err)
				}
			}
		}
		_ = d.TIMEX3()
		if okStart {
			for p := news.PrecisionCentury; p <= news.PrecisionSecond; p++ {
				_ = news.DateOf(start, p)
			}
		}
	})
}
