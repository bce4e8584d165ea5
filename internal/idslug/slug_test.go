package idslug_test

import (
	"regexp"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/newsmodel/newsmodel/internal/idslug"
)

func TestASCII(t *testing.T) {
	tests := []struct {
		in    string
		limit int
		want  string
	}{
		{"", -1, ""},
		{"Hello, World!", -1, "hello-world"},
		{"  --Vladimir Putin--  ", -1, "vladimir-putin"},
		{"example.com/2025/03/23/story", -1, "example-com-2025-03-23-story"},
		{"Zoë Ball", -1, "zo-ball"},
		{"日本", -1, ""},
		{"abcdef", 3, "abc"},
		{"ab cd", 2, "ab"},
		{"abc de", 3, "abc"},
		{"ab cde", 3, "ab-c"}, // the hyphen and the character after it go in together
		{"abc", 0, ""},
	}
	for _, tt := range tests {
		got := idslug.ASCII(tt.in, tt.limit)
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("ASCII(%q, %d) mismatch (-want +got):\n%s", tt.in, tt.limit, diff)
		}
	}
}

var idRE = regexp.MustCompile(`^([a-z0-9][a-z0-9-]*[a-z0-9])?$|^[a-z0-9]$`)

func FuzzASCII(f *testing.F) {
	for _, s := range []string{"", "Hello, World!", "https://www.example.com/a?b=c", "Zoë", "--", "a\xffb"} {
		f.Add(s, 64)
		f.Add(s, -1)
	}
	f.Fuzz(func(t *testing.T, s string, limit int) {
		got := idslug.ASCII(s, limit)
		if !idRE.MatchString(got) || strings.Contains(got, "--") {
			t.Errorf("ASCII(%q, %d) = %q: not an ID", s, limit, got)
		}
		if limit >= 0 && len(got) > limit+1 && len(got) > 0 {
			t.Errorf("ASCII(%q, %d) = %q: longer than the limit allows", s, limit, got)
		}
	})
}

func BenchmarkASCII(b *testing.B) {
	s := "https://www.example.com/news/2025/03/23/Witkoff-Putin-interview-Tucker-Carlson"
	for b.Loop() {
		idslug.ASCII(s, 64)
	}
}
