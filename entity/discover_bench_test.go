package entity_test

import (
	"strings"
	"testing"

	"github.com/newsmodel/newsmodel/entity"
)

// BenchmarkDiscover runs Discover on the gold corpus joined into one text
// (about 45 KB) and reports MB/s.
func BenchmarkDiscover(b *testing.B) {
	var sb strings.Builder
	for _, d := range loadGold(b) {
		sb.WriteString(d.text)
		sb.WriteString("\n\n")
	}
	text := sb.String()
	entity.Discover(text) // the tables are parsed once, outside the timing
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		entity.Discover(text)
	}
}

// BenchmarkDiscoverStory runs Discover on one story of the corpus, the
// common case of one article at a time.
func BenchmarkDiscoverStory(b *testing.B) {
	docs := loadGold(b)
	text := docs[0].text
	entity.Discover(text)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		entity.Discover(text)
	}
}
