package jsonscan_test

import (
	"strings"
	"testing"

	"github.com/newsmodel/newsmodel/internal/jsonscan"
)

func benchString(b *testing.B, text string, opt jsonscan.Options) {
	data := []byte(text)
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		s := jsonscan.New(data, opt)
		if _, err := s.String(); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkString(b *testing.B) {
	ascii := `"` + strings.Repeat("Putin prayed for Trump, the envoy said. ", 25) + `"`
	utf := `"` + strings.Repeat("Café déjà vu in Zürich — «quoted» ", 25) + `"`
	escaped := `"` + strings.Repeat(`He said \"no\"\n\u00e9\ud83d\ude00 `, 25) + `"`
	b.Run("ascii", func(b *testing.B) { benchString(b, ascii, jsonscan.Options{}) })
	b.Run("utf8", func(b *testing.B) { benchString(b, utf, jsonscan.Options{}) })
	b.Run("escaped", func(b *testing.B) { benchString(b, escaped, jsonscan.Options{}) })
	b.Run("escaped-lenient", func(b *testing.B) { benchString(b, escaped, jsonscan.Options{Lenient: true}) })
}

// BenchmarkWalk reads a whole document token by token, as the decoders do
// before they build anything.
func BenchmarkWalk(b *testing.B) {
	doc := `{"items": [` + strings.Repeat(`{"id": "e1", "name": "Vladimir Putin", "start": 1024, "score": -0.25e2, "ok": true, "tags": ["a", "b"]},`, 100) + `null]}`
	data := []byte(doc)
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := walk(data, jsonscan.Options{}); err != nil {
			b.Fatal(err)
		}
	}
}
