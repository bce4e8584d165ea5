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

func TestSpansOf(t *testing.T) {
	text := "Ærø: Putin met Putin’s envoy; “Putin” said PutinPutin."
	got := news.SpansOf(text, "Putin")
	want := []news.Span{
		{Start: 5, End: 10, Text: "Putin"},
		{Start: 15, End: 20, Text: "Putin"},
		{Start: 31, End: 36, Text: "Putin"},
		{Start: 43, End: 48, Text: "Putin"},
		{Start: 48, End: 53, Text: "Putin"},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("SpansOf (-want +got)\n%s", diff)
	}
	for _, s := range got {
		if sl, err := s.Slice(text); err != nil || sl != "Putin" {
			t.Errorf("%+v slices to %q, %v", s, sl, err)
		}
	}
	if got := news.SpansOf(text, ""); got != nil {
		t.Errorf("SpansOf of an empty phrase = %v, want none", got)
	}
	if got := news.SpansOf("aaaa", "aa"); len(got) != 2 {
		t.Errorf("SpansOf(aaaa, aa) = %v, want two without overlap", got)
	}
}

func TestSpanOfNotFound(t *testing.T) {
	_, err := news.SpanOf("one two", "three", 1)
	if !errors.Is(err, news.ErrNotFound) {
		t.Errorf("SpanOf of a missing phrase: %v, want ErrNotFound", err)
	}
	_, err = news.SpanOf("one two one", "one", 3)
	if !errors.Is(err, news.ErrNotFound) {
		t.Errorf("SpanOf of a third occurrence of two: %v, want ErrNotFound", err)
	}
}

func TestDurationErrorOffsetCodePoints(t *testing.T) {
	_, err := news.ParseDuration("P3éD")
	var de *news.DurationError
	if !errors.As(err, &de) || de.Offset != 2 {
		t.Fatalf("ParseDuration(P3éD): %v, want a DurationError at code point 2", err)
	}
	_, err = news.ParseDuration("PééX")
	if !errors.As(err, &de) || de.Offset != 1 {
		t.Fatalf("ParseDuration(PééX): %v, want a DurationError at code point 1", err)
	}
}
