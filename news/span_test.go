package news_test

import (
	"errors"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/newsmodel/newsmodel/news"
)

func TestSpanOf(t *testing.T) {
	tests := []struct {
		text, phrase string
		n            int
		want         news.Span
		wantErr      bool
	}{
		{"abc abc", "abc", 1, news.Span{Start: 0, End: 3, Text: "abc"}, false},
		{"abc abc", "abc", 2, news.Span{Start: 4, End: 7, Text: "abc"}, false},
		{"abc abc", "abc", 3, news.Span{}, true},
		{"aaaa", "aa", 2, news.Span{Start: 2, End: 4, Text: "aa"}, false},
		{"“Øst” said Øst", "Øst", 2, news.Span{Start: 11, End: 14, Text: "Øst"}, false},
		{"😀 x", "x", 1, news.Span{Start: 2, End: 3, Text: "x"}, false},
		{"abc", "", 1, news.Span{}, true},
		{"abc", "a", 0, news.Span{}, true},
	}
	for _, tt := range tests {
		got, err := news.SpanOf(tt.text, tt.phrase, tt.n)
		if (err != nil) != tt.wantErr {
			t.Errorf("SpanOf(%q, %q, %d) error = %v, want error %v", tt.text, tt.phrase, tt.n, err, tt.wantErr)
			continue
		}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("SpanOf(%q, %q, %d) (-want +got):\n%s", tt.text, tt.phrase, tt.n, diff)
		}
		if err == nil {
			if s, err := got.Slice(tt.text); err != nil || s != tt.phrase {
				t.Errorf("Slice = %q, %v; want %q", s, err, tt.phrase)
			}
		}
	}
}

func TestSpanSliceRange(t *testing.T) {
	for _, s := range []news.Span{{Start: -1, End: 2}, {Start: 2, End: 1}, {Start: 0, End: 5}} {
		if _, err := s.Slice("äbcd"); !errors.Is(err, news.ErrSpanRange) {
			t.Errorf("%+v.Slice: error = %v, want ErrSpanRange", s, err)
		}
	}
}

func TestKindText(t *testing.T) {
	var k news.EventKind
	if err := k.UnmarshalText([]byte("planned")); err != nil || k != news.Planned || !k.MayFollow() {
		t.Errorf("UnmarshalText(planned) = %v, %v", k, err)
	}
	if err := k.UnmarshalText([]byte("Planned")); err == nil {
		t.Error("kinds are case-sensitive; Planned was accepted")
	}
	for _, r := range news.RelationTypes {
		inv, ok := r.Inverse()
		if r == news.Causes {
			if ok {
				t.Error("Causes has no inverse")
			}
			continue
		}
		if back, _ := inv.Inverse(); back != r {
			t.Errorf("%s: inverse of inverse = %s", r, back)
		}
	}
}
