package article_test

import (
	"encoding/json"
	"os"
	"testing"
	"time"

	"github.com/newsmodel/newsmodel/article"
	"github.com/newsmodel/newsmodel/schema"
)

// seedStory reads the seed story document, the largest golden article of
// the module.
func seedStory(b *testing.B) []byte {
	b.Helper()
	data, err := os.ReadFile("../examples/seedstory/testdata/seedstory.json")
	if err != nil {
		b.Skipf("seed story golden document absent: %v", err)
	}
	return data
}

// BenchmarkValidateVsUnmarshal measures, in one run, full validation of the
// seed story (limits, strict decode, schema and semantic checks) and the same
// bytes through a plain json.Unmarshal into article.Article, alternating the
// two in every iteration, and reports both times and their ratio
// ("validate/unmarshal").
func BenchmarkValidateVsUnmarshal(b *testing.B) {
	data := seedStory(b)
	var plain, full time.Duration
	b.ReportAllocs()
	for b.Loop() {
		t0 := time.Now()
		var a article.Article
		if err := json.Unmarshal(data, &a); err != nil {
			b.Fatal(err)
		}
		t1 := time.Now()
		if ps := article.Validate(data); ps != nil {
			b.Fatal(ps)
		}
		full += time.Since(t1)
		plain += t1.Sub(t0)
	}
	b.ReportMetric(float64(plain.Nanoseconds())/float64(b.N), "unmarshal-ns/op")
	b.ReportMetric(float64(full.Nanoseconds())/float64(b.N), "validate-ns/op")
	b.ReportMetric(float64(full)/float64(plain), "validate/unmarshal")
}

func BenchmarkUnmarshalPlain(b *testing.B) {
	data := seedStory(b)
	b.ReportAllocs()
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		var a article.Article
		if err := json.Unmarshal(data, &a); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkValidate(b *testing.B) {
	data := seedStory(b)
	b.ReportAllocs()
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		if ps := article.Validate(data); ps != nil {
			b.Fatal(ps)
		}
	}
}

func BenchmarkSchemaValidate(b *testing.B) {
	data := seedStory(b)
	b.ReportAllocs()
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		if ps := schema.Validate(data); ps != nil {
			b.Fatal(ps)
		}
	}
}

func BenchmarkCheck(b *testing.B) {
	a, err := article.Unmarshal(seedStory(b))
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		if ps := a.Check(); ps != nil {
			b.Fatal(ps)
		}
	}
}

func BenchmarkUnmarshalStrict(b *testing.B) {
	data := seedStory(b)
	b.ReportAllocs()
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		if _, err := article.Unmarshal(data); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkUnmarshalStrictVsPlain measures, in one run, article.Unmarshal of
// the seed story and a plain json.Unmarshal of the same bytes into
// article.Article, alternating the two in every iteration so that a busy
// machine slows both alike, and reports their ratio ("strict/plain").
func BenchmarkUnmarshalStrictVsPlain(b *testing.B) {
	data := seedStory(b)
	var plain, strict time.Duration
	b.ReportAllocs()
	for b.Loop() {
		t0 := time.Now()
		var a article.Article
		if err := json.Unmarshal(data, &a); err != nil {
			b.Fatal(err)
		}
		t1 := time.Now()
		if _, err := article.Unmarshal(data); err != nil {
			b.Fatal(err)
		}
		strict += time.Since(t1)
		plain += t1.Sub(t0)
	}
	b.ReportMetric(float64(plain.Nanoseconds())/float64(b.N), "plain-ns/op")
	b.ReportMetric(float64(strict.Nanoseconds())/float64(b.N), "strict-ns/op")
	b.ReportMetric(float64(strict)/float64(plain), "strict/plain")
}
