package main

import (
	"testing"
)

// TestAccuracy checks the accuracy targets: timex.Normalize gets well
// over 90% of the set right; the others are reported.
func TestAccuracy(t *testing.T) {
	cases := Cases()
	rows := Compare(cases, false)
	for _, r := range rows {
		t.Logf("%-30s mixed %3d/%d  absolute %3d/%d", r.Name, r.Mixed, r.NMixed, r.Absolute, r.NAbsolute)
	}
	if r := rows[0]; r.Mixed*100 < 95*r.NMixed || r.Absolute*100 < 95*r.NAbsolute {
		t.Errorf("%s: %d/%d mixed, %d/%d absolute; want at least 95%%", r.Name, r.Mixed, r.NMixed, r.Absolute, r.NAbsolute)
		for _, m := range Misses(Libraries()[0], cases) {
			t.Log(m)
		}
	}
}

func bench(b *testing.B, lib int, absolute bool) {
	var set []string
	for _, c := range Cases() {
		if c.Absolute || !absolute {
			set = append(set, c.Expr)
		}
	}
	benchSet(b, lib, set)
}

func benchSet(b *testing.B, lib int, set []string) {
	parse := Libraries()[lib].Parse
	b.ReportAllocs()
	for b.Loop() {
		for _, s := range set {
			parse(s)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(set)), "ns/expr")
}

func BenchmarkMixedNewsmodel(b *testing.B)       { bench(b, 0, false) }
func BenchmarkMixedWhen(b *testing.B)            { bench(b, 1, false) }
func BenchmarkMixedNaturaldate(b *testing.B)     { bench(b, 4, false) }
func BenchmarkMixedDateparser(b *testing.B)      { bench(b, 3, false) }
func BenchmarkAbsoluteNewsmodel(b *testing.B)    { bench(b, 0, true) }
func BenchmarkAbsoluteDateparse(b *testing.B)    { bench(b, 2, true) }
func BenchmarkAbsoluteWhen(b *testing.B)         { bench(b, 1, true) }
func BenchmarkAbsoluteGoDateparser(b *testing.B) { bench(b, 3, true) }
func BenchmarkAbsoluteNaturaldate(b *testing.B)  { bench(b, 4, true) }
func BenchmarkCommonNewsmodel(b *testing.B)      { benchSet(b, 0, Common(Cases())) }
func BenchmarkCommonDateparse(b *testing.B)      { benchSet(b, 2, Common(Cases())) }

// TestPeerOnly: for each peer, the forms it reads right and timex does not;
// there must be none.
func TestPeerOnly(t *testing.T) {
	cases := Cases()
	for _, lib := range Libraries()[1:] {
		for _, m := range PeerOnly(lib, cases) {
			t.Errorf("%s reads, timex does not: %s", lib.Name, m)
		}
	}
}
