package article_test

import (
	"encoding/json"
	"os"
	"testing"

	"github.com/newsmodel/newsmodel/article"
)

func benchDoc(b *testing.B) []byte {
	data, err := os.ReadFile("testdata/full.json")
	if err != nil {
		b.Fatal(err)
	}
	return data
}

func BenchmarkDecode(b *testing.B) {
	data := benchDoc(b)
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := article.Unmarshal(data); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkDecodeStdlib is the baseline for BenchmarkDecode: the same bytes
// through a plain json.Unmarshal into the same struct, which checks far less.
func BenchmarkDecodeStdlib(b *testing.B) {
	data := benchDoc(b)
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		var a article.Article
		if err := json.Unmarshal(data, &a); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkEncode(b *testing.B) {
	a, err := article.Unmarshal(benchDoc(b))
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := article.Marshal(a); err != nil {
			b.Fatal(err)
		}
	}
}
