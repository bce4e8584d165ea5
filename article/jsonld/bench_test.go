package jsonld_test

import (
	"testing"

	"github.com/newsmodel/newsmodel/article/jsonld"
)

// BenchmarkImport reads the JSON-LD export of the full test article; its
// figure in MB/s is the importer's speed on its own format.
func BenchmarkImport(b *testing.B) {
	a := readArticle(b, "../testdata/full.json")
	data, _, err := jsonld.Export(a)
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	start := cpuTime()
	for b.Loop() {
		if _, _, err := jsonld.Import(data); err != nil {
			b.Fatal(err)
		}
	}
	// Processor time is the steadier figure on a machine shared with other work.
	if used := cpuTime() - start; used > 0 && start > 0 {
		b.ReportMetric(float64(len(data))*float64(b.N)/used.Seconds()/1e6, "MB/cpu-s")
	}
}

// BenchmarkExport writes the full test article as JSON-LD.
func BenchmarkExport(b *testing.B) {
	a := readArticle(b, "../testdata/full.json")
	b.ReportAllocs()
	for b.Loop() {
		if _, _, err := jsonld.Export(a); err != nil {
			b.Fatal(err)
		}
	}
}
