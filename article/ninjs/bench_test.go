package ninjs_test

import (
	"os"
	"testing"

	"github.com/newsmodel/newsmodel/article"
	"github.com/newsmodel/newsmodel/article/ninjs"
)

// benchDoc is a ninjs 3 text item: the seed story written as ninjs 3, with
// its entities, subjects, rights and body.
func benchDoc(b *testing.B) (*article.Article, []byte) {
	data, err := os.ReadFile("../../examples/seedstory/testdata/seedstory.json")
	if err != nil {
		b.Fatal(err)
	}
	a, err := article.Unmarshal(data)
	if err != nil {
		b.Fatal(err)
	}
	doc, _, err := ninjs.Export(a, ninjs.V3)
	if err != nil {
		b.Fatal(err)
	}
	return a, doc
}

// BenchmarkImport reads a ninjs 3 text item; SetBytes makes the figure
// MB/s of ninjs read.
func BenchmarkImport(b *testing.B) {
	_, doc := benchDoc(b)
	b.SetBytes(int64(len(doc)))
	defer cpuRate(b, len(doc))()
	for b.Loop() {
		if _, _, err := ninjs.Import(doc); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkImportExample reads the largest official 3.x text item (four
// bodies, a picture with four renditions, contact details), which keeps
// several members as they were.
func BenchmarkImportExample(b *testing.B) {
	needRef(b)
	doc, err := os.ReadFile(refDir + "/examples/3.0/tt_text_image_3.json")
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(doc)))
	defer cpuRate(b, len(doc))()
	for b.Loop() {
		if _, _, err := ninjs.Import(doc); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkExport writes the seed story as ninjs 3; SetBytes makes the
// figure MB/s of ninjs written.
func BenchmarkExport(b *testing.B) {
	a, doc := benchDoc(b)
	b.SetBytes(int64(len(doc)))
	defer cpuRate(b, len(doc))()
	for b.Loop() {
		if _, _, err := ninjs.Export(a, ninjs.V3); err != nil {
			b.Fatal(err)
		}
	}
}

// cpuRate reports MB of ninjs per second of processor time, which a busy
// machine changes less than the wall-clock MB/s; call the function it
// returns when the loop is done.
func cpuRate(b *testing.B, size int) func() {
	start := cpuTime()
	return func() {
		if used := cpuTime() - start; used > 0 && start > 0 {
			b.ReportMetric(float64(size)*float64(b.N)/used.Seconds()/1e6, "MB/cpu-s")
		}
	}
}
