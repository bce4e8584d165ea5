package textpos_test

import (
	"fmt"
	"testing"

	"github.com/newsmodel/newsmodel/internal/textpos"
)

func TestIndex(t *testing.T) {
	for _, s := range []string{"", "abc", "aé😀b", "“Øst”"} {
		ix := textpos.New(s)
		runes := []rune(s)
		if ix.Len() != len(runes) {
			t.Errorf("%q: Len = %d, want %d", s, ix.Len(), len(runes))
		}
		for i := 0; i <= len(runes); i++ {
			for j := i; j <= len(runes); j++ {
				got, ok := ix.Slice(i, j)
				if !ok || got != string(runes[i:j]) {
					t.Errorf("%q: Slice(%d,%d) = %q, %v", s, i, j, got, ok)
				}
			}
			b, _ := ix.Byte(i)
			if cp := textpos.CodePoint(s, b); cp != i {
				t.Errorf("%q: CodePoint(Byte(%d)) = %d", s, i, cp)
			}
		}
		if _, ok := ix.Slice(0, len(runes)+1); ok {
			t.Errorf("%q: Slice past the end accepted", s)
		}
		if _, ok := ix.Slice(1, 0); ok && len(runes) > 0 {
			t.Errorf("%q: reversed Slice accepted", s)
		}
	}
}

func ExampleIndex_Slice() {
	ix := textpos.New("Øst said “yes”")
	s, ok := ix.Slice(10, 13)
	fmt.Println(s, ok)
	// Output:
	// yes true
}
