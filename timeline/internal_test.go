package timeline

import (
	"cmp"
	"math/rand/v2"
	"reflect"
	"slices"
	"testing"

	"github.com/newsmodel/newsmodel/internal/calendar"
)

// A million items have a million infos: the size is part of the design.
func TestItemInfoSize(t *testing.T) {
	if got := reflect.TypeFor[itemInfo]().Size(); got != 48 {
		t.Errorf("itemInfo takes %d bytes, want 48", got)
	}
}

// exts gives the pairs of every map, whether it looks the bases up or
// iterates: maps with more bases than it remembers, with the empty base,
// with bases it has not seen, one after another.
func TestFolderExts(t *testing.T) {
	f := newFolder()
	r := rand.New(rand.NewPCG(3, 4))
	bases := []string{"wikidata", "viaf", "", "isni", "gnd", "orcid", "lei"}
	for range 20_000 {
		m := make(map[string]string)
		for range r.IntN(7) {
			m[bases[r.IntN(len(bases))]] = "v" + string(rune('a'+r.IntN(26)))
		}
		var want []extID
		for b, v := range m {
			want = append(want, extID{hashString(hashInit, b), hashString(hashInit, v)})
		}
		prefix := []extID{{1, 2}}
		got := f.exts(prefix, m)
		if len(got) != 1+len(want) || got[0] != (extID{1, 2}) {
			t.Fatalf("exts(%v) = %v, want %v after the prefix", m, got, want)
		}
		cmpExt := func(a, b extID) int {
			if a.base != b.base {
				return cmp.Compare(a.base, b.base)
			}
			return cmp.Compare(a.val, b.val)
		}
		got = slices.SortedFunc(slices.Values(got[1:]), cmpExt)
		slices.SortFunc(want, cmpExt)
		if !slices.Equal(got, want) {
			t.Fatalf("exts(%v) = %v, want %v", m, got, want)
		}
	}
}

// The start of a row keeps the order of the dates in a block: in a block
// of year y, for dates starting up to wideSpan years before y, the 32
// bits hold the offset whole; in a wide block they never go against it.
func TestRowStart(t *testing.T) {
	r := rand.New(rand.NewPCG(7, 8))
	for range 100_000 {
		var y int64
		switch r.IntN(3) {
		case 0:
			y = 1900 + r.Int64N(300)
		case 1:
			y = r.Int64N(20_001) - 10_000
		default:
			y = r.Int64N(2e11) - 1e11
		}
		yearStart := func(y int64) int64 { return calendar.DaysFromCivil(y, 1, 1) * 86400 }
		from, to := yearStart(y-wideSpan+1), yearStart(y+1)
		a, b := from+r.Int64N(to-from), from+r.Int64N(to-from)
		if calendar.YearOfUnix(a) > y || calendar.YearOfUnix(a) < y-wideSpan+1 {
			t.Fatalf("test error: year of %d is %d, not near %d", a, calendar.YearOfUnix(a), y)
		}
		sa, sb := rowStart(a, y, false), rowStart(b, y, false)
		if int64(sa)-int64(sb) != a-b {
			t.Fatalf("year %d: starts %d and %d became %d and %d", y, a, b, sa, sb)
		}
		wa, wb := rowStart(a, 0, true), rowStart(b, 0, true)
		if a < b && wa > wb || a > b && wa < wb {
			t.Fatalf("wide: starts %d and %d became %d and %d", a, b, wa, wb)
		}
	}
}
