package timeline

import (
	"math/rand/v2"
	"reflect"
	"testing"
	"time"
)

// bldYear gives the year time.Time gives, over days, era boundaries,
// leap days and far years on both sides of the epoch.
func TestBldYear(t *testing.T) {
	secs := []int64{0, -1, 1, 86399, 86400, -86400, -86401, 951782400, 951868799, 951868800,
		-62135596800, -62135596801, -62167219200, -62167219201, 253402300799, 253402300800,
		-377705116800, 1<<40 - 1, -(1 << 40)}
	r := rand.New(rand.NewPCG(1, 2))
	for range 100_000 {
		secs = append(secs, r.Int64N(1<<43)-1<<42)
	}
	for _, s := range secs {
		if got, want := bldYear(s), int64(time.Unix(s, 0).UTC().Year()); got != want {
			t.Fatalf("bldYear(%d) = %d, want %d", s, got, want)
		}
	}
}

// A million items have a million infos: the size is part of the design.
func TestBldInfoSize(t *testing.T) {
	if got := reflect.TypeFor[bldInfo]().Size(); got != 48 {
		t.Errorf("bldInfo takes %d bytes, want 48", got)
	}
}
