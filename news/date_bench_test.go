package news_test

import (
	"testing"
	"time"

	"github.com/newsmodel/newsmodel/news"
)

var benchInputs = []string{
	"2025",
	"2024-07",
	"2025-03-23",
	"2025-03-23T14:05:00-04:00",
	"2025-03-23T14:05:00.123456Z",
	"2024-41",
	"2025-W12",
	"199X",
	"2024-07~",
	"2024-07/2025-03-23",
	"2000/..",
}

func BenchmarkParseDate(b *testing.B) {
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		if _, err := news.ParseDate(benchInputs[i%len(benchInputs)]); err != nil {
			b.Fatal(err)
		}
		i++
	}
}

func benchDates() []news.Date {
	ds := make([]news.Date, len(benchInputs))
	for i, s := range benchInputs {
		ds[i] = news.MustParseDate(s)
	}
	return ds
}

func BenchmarkCompare(b *testing.B) {
	ds := benchDates()
	b.ReportAllocs()
	i, n := 0, 0
	for b.Loop() {
		n += ds[i%len(ds)].Compare(ds[(i+3)%len(ds)])
		i++
	}
	_ = n
}

func BenchmarkAllen(b *testing.B) {
	ds := append(benchDates(), news.MustParseDate("2024-06/"), news.MustParseDate("/2025-01"))
	b.ReportAllocs()
	i := 0
	var r news.Allen
	for b.Loop() {
		r = ds[i%len(ds)].Allen(ds[(i+5)%len(ds)])
		i++
	}
	_ = r
}

func BenchmarkDateOf(b *testing.B) {
	t := time.Date(2025, 3, 23, 14, 5, 9, 0, time.FixedZone("", -4*3600))
	b.ReportAllocs()
	p := news.PrecisionCentury
	for b.Loop() {
		if news.DateOf(t, p).IsZero() {
			b.Fatal("zero")
		}
		if p++; p > news.PrecisionSecond {
			p = news.PrecisionCentury
		}
	}
}
