package calendar_test

import (
	"fmt"
	"math/rand/v2"
	"testing"
	"time"

	"github.com/newsmodel/newsmodel/internal/calendar"
)

// YearOfUnix gives the year time.Time gives, over days, era boundaries,
// leap days and far years on both sides of the epoch.
func TestYearOfUnix(t *testing.T) {
	secs := []int64{0, -1, 1, 86399, 86400, -86400, -86401, 951782400, 951868799, 951868800,
		-62135596800, -62135596801, -62167219200, -62167219201, 253402300799, 253402300800,
		-377705116800, 1<<40 - 1, -(1 << 40)}
	r := rand.New(rand.NewPCG(1, 2))
	for range 100_000 {
		secs = append(secs, r.Int64N(1<<43)-1<<42)
	}
	for _, s := range secs {
		if got, want := calendar.YearOfUnix(s), int64(time.Unix(s, 0).UTC().Year()); got != want {
			t.Fatalf("YearOfUnix(%d) = %d, want %d", s, got, want)
		}
	}
}

// YearOfUnix holds over the whole range of Unix seconds a date can have,
// beyond ±10¹¹ years.
func TestYearOfUnixFar(t *testing.T) {
	r := rand.New(rand.NewPCG(5, 6))
	for range 200_000 {
		s := r.Int64N(6_400_000_000_000_000_000) - 3_200_000_000_000_000_000
		if got, want := calendar.YearOfUnix(s), int64(time.Unix(s, 0).UTC().Year()); got != want {
			t.Fatalf("YearOfUnix(%d) = %d, want %d", s, got, want)
		}
	}
}

// The year of a Unix time turns at midnight UTC on 1 January, also before
// the epoch and before year 1 (year 0 is 1 BC).
func ExampleYearOfUnix() {
	for _, s := range []int64{0, -1, 951868800, -62167219201} {
		fmt.Println(s, calendar.YearOfUnix(s))
	}
	// Output:
	// 0 1970
	// -1 1969
	// 951868800 2000
	// -62167219201 -1
}

func BenchmarkYearOfUnix(b *testing.B) {
	secs := []int64{0, 1_742_688_000, -62_167_219_201, 253_402_300_799}
	var sum int64
	for b.Loop() {
		for _, s := range secs {
			sum += calendar.YearOfUnix(s)
		}
	}
	if sum == 0 {
		b.Fatal("no years")
	}
}
