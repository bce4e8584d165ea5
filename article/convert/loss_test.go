package convert_test

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/newsmodel/newsmodel/article/convert"
)

func TestSideText(t *testing.T) {
	for _, s := range []convert.Side{convert.Ours, convert.Theirs} {
		b, err := s.MarshalText()
		if err != nil {
			t.Fatal(err)
		}
		var back convert.Side
		if err := back.UnmarshalText(b); err != nil || back != s {
			t.Errorf("%v: round trip gave %v, %v", s, back, err)
		}
	}
	if _, err := convert.Side(7).MarshalText(); err == nil {
		t.Error("Side(7).MarshalText: no error")
	}
	var s convert.Side
	if err := s.UnmarshalText([]byte("mine")); err == nil {
		t.Error(`UnmarshalText("mine"): no error`)
	}
}

func TestLossString(t *testing.T) {
	tests := []struct {
		in   convert.Loss
		want string
	}{
		{convert.Loss{Pointer: "/a", Reason: "r"}, "/a: r"},
		{convert.Loss{Side: convert.Theirs, Reason: "not a feed"}, "(document): not a feed"},
	}
	for _, tt := range tests {
		if diff := cmp.Diff(tt.want, tt.in.String()); diff != "" {
			t.Errorf("String (-want +got):\n%s", diff)
		}
	}
}

func TestPointer(t *testing.T) {
	tests := []struct {
		in   []any
		want string
	}{
		{nil, ""},
		{[]any{"a", 0, "b"}, "/a/0/b"},
		{[]any{"~/"}, "/~0~1"},
		{[]any{""}, "/"},
	}
	for _, tt := range tests {
		if diff := cmp.Diff(tt.want, convert.Pointer(tt.in...)); diff != "" {
			t.Errorf("Pointer(%v) (-want +got):\n%s", tt.in, diff)
		}
	}
}
