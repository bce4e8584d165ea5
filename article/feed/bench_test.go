package feed_test

import (
	"bytes"
	"fmt"
	"io"
	"runtime"
	"strings"
	"testing"

	"github.com/newsmodel/newsmodel/article/feed"
)

// newsFeed returns an RSS 2.0 feed of n items shaped like a news
// publisher's: namespaces, CDATA bodies of a few paragraphs, media with
// credits, categories.
func newsFeed(n int) []byte {
	var b bytes.Buffer
	b.WriteString(`<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:media="http://search.yahoo.com/mrss/">
<channel><title>The Courier</title><link>https://www.courier.example/</link><language>en</language>
`)
	for i := range n {
		writeItem(&b, i)
	}
	b.WriteString("</channel></rss>\n")
	return b.Bytes()
}

func writeItem(w io.Writer, i int) {
	fmt.Fprintf(w, `<item><title>Council approves harbour plan, story %d</title>
<link>https://www.courier.example/news/2025/03/23/story-%d</link>
<guid isPermaLink="true">https://www.courier.example/news/2025/03/23/story-%d</guid>
<pubDate>Sun, 23 Mar 2025 14:05:00 EDT</pubDate><dc:creator>Jane Doe</dc:creator><category>World</category>
<description><![CDATA[<p>The council voted on Saturday to approve the plan.</p>]]></description>
<content:encoded><![CDATA[<p>%s</p><p>&ldquo;%s,&rdquo; the mayor said.</p><p>%s</p>]]></content:encoded>
<media:content url="https://cdn.courier.example/img/%d.jpg" medium="image"><media:credit>Alex Smith/AP</media:credit><media:description>The harbour at dawn.</media:description></media:content>
</item>
`, i, i, i, strings.Repeat("The council voted on Saturday to approve the harbour plan after months of debate. ", 6),
		"We have waited a long time for this", strings.Repeat("Work is due to start in June and to last two years. ", 5), i)
}

// BenchmarkParse reads a feed of 1,000 news items; its figure in MB/s is
// the importer's speed on its own format.
func BenchmarkParse(b *testing.B) {
	data := newsFeed(1000)
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	defer reportCPU(b, len(data))()
	for b.Loop() {
		arts, _, err := feed.Parse(bytes.NewReader(data))
		if err != nil || len(arts) != 1000 {
			b.Fatal(len(arts), err)
		}
	}
}

// BenchmarkReader reads the same feed item by item, as a long feed is read.
func BenchmarkReader(b *testing.B) {
	data := newsFeed(1000)
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	defer reportCPU(b, len(data))()
	for b.Loop() {
		r := feed.NewReader(bytes.NewReader(data))
		for {
			_, _, err := r.Next()
			if err == io.EOF {
				break
			}
			if err != nil {
				b.Fatal(err)
			}
		}
	}
}

// reportCPU reports MB per second of processor time, beside the wall-clock
// MB/s: on a machine shared with other work the processor time is the
// steadier figure. Call the function it returns when the loop is done.
func reportCPU(b *testing.B, size int) func() {
	start := cpuTime()
	return func() {
		if used := cpuTime() - start; used > 0 && start > 0 {
			b.ReportMetric(float64(size)*float64(b.N)/used.Seconds()/1e6, "MB/cpu-s")
		}
	}
}

// itemSource generates a feed of n items on the fly, so that a test can
// read a feed larger than it could hold.
type itemSource struct {
	n, i int
	buf  bytes.Buffer
	done bool
}

func (s *itemSource) Read(p []byte) (int, error) {
	for s.buf.Len() < len(p) && !s.done {
		switch {
		case s.i == 0 && s.buf.Len() == 0:
			s.buf.WriteString(`<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:media="http://search.yahoo.com/mrss/"><channel><title>T</title><link>https://www.courier.example/</link>`)
			writeItem(&s.buf, s.i)
			s.i++
		case s.i < s.n:
			writeItem(&s.buf, s.i)
			s.i++
		default:
			s.buf.WriteString("</channel></rss>")
			s.done = true
		}
	}
	if s.buf.Len() == 0 {
		return 0, io.EOF
	}
	return s.buf.Read(p)
}

// TestFlatMemory reads a feed of 100,000 items with a Reader and checks
// that the live heap stays flat: it must not grow with the feed.
func TestFlatMemory(t *testing.T) {
	if testing.Short() {
		t.Skip("reads a feed of 100,000 items")
	}
	const n = 100_000
	src := &itemSource{n: n}
	r := feed.NewReader(src)
	var ms runtime.MemStats
	var peak uint64
	count := 0
	for {
		_, _, err := r.Next()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatal(err)
		}
		count++
		if count%10_000 == 0 {
			runtime.GC()
			runtime.ReadMemStats(&ms)
			peak = max(peak, ms.HeapAlloc)
		}
	}
	if count != n {
		t.Fatalf("read %d items, want %d", count, n)
	}
	t.Logf("%d items: live heap at most %d KiB after a collection", n, peak>>10)
	if peak > 16<<20 {
		t.Errorf("live heap reached %d MiB reading a streamed feed; want it flat, under 16 MiB", peak>>20)
	}
}
