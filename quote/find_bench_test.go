package quote_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/newsmodel/newsmodel/entity"
	"github.com/newsmodel/newsmodel/quote"
)

// longArticle joins the gold articles into one body of about n bytes, and
// returns it with the entities of all of them.
func longArticle(b *testing.B, n int) (string, []entity.Entity) {
	b.Helper()
	paths, _ := filepath.Glob("testdata/gold/*.txt")
	if len(paths) == 0 {
		b.Skip("no gold articles in testdata/gold")
	}
	var bodies []string
	for _, p := range paths {
		t, err := os.ReadFile(p)
		if err != nil {
			b.Fatal(err)
		}
		bodies = append(bodies, strings.TrimSpace(string(t)))
	}
	var sb strings.Builder
	for i := 0; sb.Len() < n; i++ {
		if sb.Len() > 0 {
			sb.WriteString("\n\n")
		}
		sb.WriteString(bodies[i%len(bodies)])
	}
	var ents []entity.Entity
	for _, c := range loadGoldB(b) {
		ents = append(ents, c.gold.Entities...)
	}
	return sb.String(), ents
}

func loadGoldB(b *testing.B) []goldCase {
	t := &testing.T{}
	return loadGold(t)
}

func benchFind(b *testing.B, n int) {
	text, ents := longArticle(b, n)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		quote.Find(text, ents)
	}
}

// BenchmarkFind measures Find on each gold article with its own entities
// ("articles"), and on long articles made of all of them, given the
// entities of all of them.
func BenchmarkFind(b *testing.B) {
	b.Run("articles", func(b *testing.B) {
		cases := loadGoldB(b)
		n := 0
		for _, c := range cases {
			n += len(c.body)
		}
		b.SetBytes(int64(n))
		b.ReportAllocs()
		for b.Loop() {
			for _, c := range cases {
				quote.Find(c.body, c.gold.Entities)
			}
		}
	})
	b.Run("64KB", func(b *testing.B) { benchFind(b, 64<<10) })
	b.Run("1MB", func(b *testing.B) { benchFind(b, 1<<20) })
}

// BenchmarkFindAdversarial measures Find on text built to stress it.
func BenchmarkFindAdversarial(b *testing.B) {
	text := adversarial(1 << 20)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		quote.Find(text, fuzzEnts)
	}
}

// BenchmarkFindLarge runs Find once over 100 MB of articles, the size the
// issue names; it is skipped with -short.
func BenchmarkFindLarge(b *testing.B) {
	if testing.Short() {
		b.Skip("100 MB")
	}
	b.Run("100MB", func(b *testing.B) { benchFind(b, 100<<20) })
	b.Run("100MB-adversarial", func(b *testing.B) {
		text := adversarial(100 << 20)
		b.SetBytes(int64(len(text)))
		b.ReportAllocs()
		for b.Loop() {
			quote.Find(text, fuzzEnts)
		}
	})
}
