package news_test

import (
	"encoding/json"
	"errors"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/newsmodel/newsmodel/news"
)

func TestParseDuration(t *testing.T) {
	tests := []struct {
		in, want string // want "" means the input round-trips
	}{
		{"P30D", ""}, {"P2W", ""}, {"P3Y", ""}, {"P1Y6M", ""}, {"PT4H", ""},
		{"PT2H30M", ""}, {"P1DT12H", ""}, {"PT90S", ""}, {"P0D", ""},
		{"P1Y2M3DT4H5M6S", ""}, {"P1W2D", "P1W2D"}, {"PT0S", "P0D"},
	}
	for _, tt := range tests {
		d, err := news.ParseDuration(tt.in)
		if err != nil {
			t.Errorf("ParseDuration(%q): %v", tt.in, err)
			continue
		}
		want := tt.want
		if want == "" {
			want = tt.in
		}
		if got := d.String(); got != want {
			t.Errorf("ParseDuration(%q).String() = %q, want %q", tt.in, got, want)
		}
		if d.IsZero() {
			t.Errorf("ParseDuration(%q) is zero", tt.in)
		}
	}
}

func TestParseDurationErrors(t *testing.T) {
	for _, in := range []string{"", "P", "PT", "30D", "P30", "PD", "P3X", "P1D2Y", "P1DT", "P1H", "PT1D", "P1M1M", "P1234567890123456789D", "P-1D", "p30d"} {
		_, err := news.ParseDuration(in)
		var de *news.DurationError
		if !errors.As(err, &de) || de.Input != in || de.Offset < 0 || de.Offset > len(in) {
			t.Errorf("ParseDuration(%q) = %v, want a *DurationError", in, err)
		}
	}
}

func TestDurationText(t *testing.T) {
	type doc struct {
		For news.Duration `json:"for,omitzero"`
	}
	b, err := json.Marshal(doc{For: news.MustParseDuration("P30D")})
	if err != nil || string(b) != `{"for":"P30D"}` {
		t.Fatalf("Marshal = %s, %v", b, err)
	}
	var d doc
	if err := json.Unmarshal(b, &d); err != nil || d.For.String() != "P30D" {
		t.Fatalf("Unmarshal = %v, %v", d.For, err)
	}
	if err := json.Unmarshal([]byte(`{"for":"30 days"}`), &d); err == nil {
		t.Error("Unmarshal accepted 30 days")
	}
	if diff := cmp.Diff("", news.Duration{}.String()); diff != "" {
		t.Error(diff)
	}
}

func FuzzParseDuration(f *testing.F) {
	for _, s := range []string{"P30D", "P2W", "P1Y2M3DT4H5M6S", "PT", "P0D", "P1W2D"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d, err := news.ParseDuration(s)
		if err != nil {
			return
		}
		e, err := news.ParseDuration(d.String())
		if err != nil {
			t.Fatalf("ParseDuration(%q).String() = %q does not parse: %v", s, d.String(), err)
		}
		if e.String() != d.String() {
			t.Fatalf("round trip %q -> %q -> %q", s, d.String(), e.String())
		}
	})
}

func BenchmarkParseDuration(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := news.ParseDuration("P1Y2M3DT4H5M6S"); err != nil {
			b.Fatal(err)
		}
	}
}
