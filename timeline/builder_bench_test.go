package timeline_test

import (
	"fmt"
	"math/rand/v2"
	"os"
	"runtime"
	"runtime/debug"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/newsmodel/newsmodel/news"
	"github.com/newsmodel/newsmodel/timeline"
)

// synthetic adds n synthetic events to b: articles of 20 events each over
// ten years, participants from a pool of n/10 people (a third of them with
// a Wikidata ID), summaries of five words from a vocabulary of 2,000, dates
// of every precision (60% days, 20% months, 10% years, 5% intervals) and 5%
// undated events placed by a relation to the event before them. One event
// in ten is a duplicate: an event of another article told again by a new
// source, in other words or at another precision.
func synthetic(b *timeline.Builder, n int, seed uint64) {
	r := rand.New(rand.NewPCG(seed, 1))
	vocab := make([]string, 2000)
	for i := range vocab {
		vocab[i] = "w" + strconv.Itoa(i*7919%100003)
	}
	people := make([]timeline.Identity, max(n/10, 1))
	for i := range people {
		people[i] = timeline.Identity{Name: "Person " + strconv.Itoa(i)}
		if i%3 == 0 {
			people[i].ExternalIDs = map[string]string{"wikidata": "Q" + strconv.Itoa(1000+i)}
		}
	}
	base := time.Date(2015, 1, 1, 0, 0, 0, 0, time.UTC)
	days := 3650
	type original struct {
		summary string
		when    news.When
		who     []timeline.Identity
	}
	var originals []original
	var src *timeline.Source
	for i := range n {
		if i%20 == 0 {
			pub := base.AddDate(0, 0, r.IntN(days))
			src = &timeline.Source{Article: "art-" + strconv.Itoa(i/20), URL: "https://news.example/" + strconv.Itoa(i/20),
				Published: news.DateOf(pub, news.PrecisionDay), Publisher: "Publisher " + strconv.Itoa(r.IntN(50))}
		}
		id := "ev" + strconv.Itoa(i%20)
		if i%10 == 9 && len(originals) > 0 {
			// A duplicate of an earlier event, told by this source.
			o := originals[r.IntN(len(originals))]
			it := timeline.Item{Source: src, Participants: o.who}
			it.Event = news.Event{ID: id, Summary: o.summary, When: o.when}
			w := strings.Fields(o.summary)
			w[r.IntN(len(w))] = vocab[r.IntN(len(vocab))]
			it.Event.Summary = strings.Join(w, " ") + " " + w[0]
			if t, ok := o.when.Value.Start(); ok && o.when.Value.Precision() == news.PrecisionDay && r.IntN(2) == 0 {
				it.Event.When.Value = news.DateOf(t, news.PrecisionMonth)
			}
			b.Add(it)
			continue
		}
		var w [5]string
		for k := range w {
			w[k] = vocab[r.IntN(len(vocab))]
		}
		it := timeline.Item{Source: src}
		it.Event = news.Event{ID: id, Summary: strings.Join(w[:], " ")}
		for range 1 + r.IntN(2) {
			it.Participants = append(it.Participants, people[r.IntN(len(people))])
		}
		t := base.AddDate(0, 0, r.IntN(days))
		switch p := r.IntN(20); {
		case p < 12:
			it.Event.When.Value = news.DateOf(t, news.PrecisionDay)
		case p < 16:
			it.Event.When.Value = news.DateOf(t, news.PrecisionMonth)
		case p < 18:
			it.Event.When.Value = news.DateOf(t, news.PrecisionYear)
		case p < 19:
			iv, _ := news.Interval(news.DateOf(t, news.PrecisionDay), news.DateOf(t.AddDate(0, 0, 1+r.IntN(30)), news.PrecisionDay))
			it.Event.When.Value = iv
		default:
			if i%20 > 0 {
				it.Event.Relations = []news.Relation{{Type: news.After, Event: "ev" + strconv.Itoa(i%20-1)}}
			}
		}
		if !it.Event.When.Value.IsZero() {
			originals = append(originals, original{it.Event.Summary, it.Event.When, it.Participants})
		}
		b.Add(it)
	}
}

// resetPeakRSS starts a new measure of the peak resident set size, where
// Linux allows it (writing 5 to /proc/self/clear_refs), so that the peak of
// a build is not that of making its input.
// usage is what the process has used: CPU time (user and system), the
// system's part of it, and page faults.
type usage struct {
	cpu, sys time.Duration
	faults   int64
}

func (u usage) sub(v usage) usage { return usage{u.cpu - v.cpu, u.sys - v.sys, u.faults - v.faults} }

func resetPeakRSS() { _ = os.WriteFile("/proc/self/clear_refs", []byte("5"), 0) }

// peakRSS returns the peak resident set size of the process in bytes, or
// 0 where /proc does not tell it.
func peakRSS() float64 {
	data, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return 0
	}
	for line := range strings.Lines(string(data)) {
		if v, ok := strings.CutPrefix(line, "VmHWM:"); ok {
			kb, _ := strconv.ParseFloat(strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(v), "kB")), 64)
			return kb * 1024
		}
	}
	return 0
}

var benchSizes = []int{10_000, 100_000, 1_000_000}

// BenchmarkBuild builds timelines of 10k, 100k and 1M synthetic events (10%
// duplicates across sources). The timer covers Build only, not the making
// of the events; ns/event is the time per event, cpu-ns/event the CPU time
// per event that the process spent building (garbage collection included,
// which tells more than the time on a loaded machine), sys-ns/event the
// part of it spent in the kernel (mostly faulting in fresh memory),
// page-faults/op the faults of one build, peak-RSS-MB the
// largest resident size the process reached while building, the input
// events included.
func BenchmarkBuild(b *testing.B) {
	for _, n := range benchSizes {
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			if n > 100_000 && testing.Short() {
				b.Skip("1M events in -short mode")
			}
			b.ReportAllocs()
			var entries int
			var used usage
			for b.Loop() {
				b.StopTimer()
				bld := timeline.NewBuilder()
				bld.Grow(n)
				synthetic(bld, n, 1)
				debug.FreeOSMemory() // collect, and give back what the making of the input left
				resetPeakRSS()
				c0, _ := cpuTime()
				b.StartTimer()
				t := bld.Build()
				b.StopTimer()
				c1, _ := cpuTime()
				u := c1.sub(c0)
				used = usage{used.cpu + u.cpu, used.sys + u.sys, used.faults + u.faults}
				entries = len(t.Entries) + len(t.Unplaced)
				b.StartTimer()
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(n), "ns/event")
			if used.cpu > 0 {
				b.ReportMetric(float64(used.cpu.Nanoseconds())/float64(b.N)/float64(n), "cpu-ns/event")
				b.ReportMetric(float64(used.sys.Nanoseconds())/float64(b.N)/float64(n), "sys-ns/event")
				b.ReportMetric(float64(used.faults)/float64(b.N), "page-faults/op")
			}
			b.ReportMetric(float64(entries), "entries")
			b.ReportMetric(peakRSS()/(1<<20), "peak-RSS-MB")
		})
	}
}

// BenchmarkBuildWarm is BenchmarkBuild of 1M events on memory the process
// already holds: it builds once, collects, and times a second build of the
// same events, as a long-running process that builds again would. The
// difference from BenchmarkBuild is the cost of faulting in fresh pages,
// which depends on the machine far more than the build does.
func BenchmarkBuildWarm(b *testing.B) {
	if testing.Short() {
		b.Skip("1M events in -short mode")
	}
	const n = 1_000_000
	b.ReportAllocs()
	var used usage
	for b.Loop() {
		b.StopTimer()
		func() { // maps the memory a build needs, then leaves it as garbage
			first := timeline.NewBuilder()
			first.Grow(n)
			synthetic(first, n, 1)
			first.Build()
		}()
		bld := timeline.NewBuilder()
		bld.Grow(n)
		synthetic(bld, n, 1)
		runtime.GC()
		c0, _ := cpuTime()
		b.StartTimer()
		bld.Build()
		b.StopTimer()
		c1, _ := cpuTime()
		u := c1.sub(c0)
		used = usage{used.cpu + u.cpu, used.sys + u.sys, used.faults + u.faults}
		b.StartTimer()
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(n), "ns/event")
	if used.cpu > 0 {
		b.ReportMetric(float64(used.cpu.Nanoseconds())/float64(b.N)/float64(n), "cpu-ns/event")
		b.ReportMetric(float64(used.faults)/float64(b.N), "page-faults/op")
	}
}

// BenchmarkMerge merges two timelines of n/2 events each, against
// BenchmarkBuild of n.
func BenchmarkMerge(b *testing.B) {
	for _, n := range benchSizes {
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			if n > 100_000 && testing.Short() {
				b.Skip("1M events in -short mode")
			}
			var all timeline.Builder
			synthetic(&all, n, 1)
			items := all.Build().Items()
			var x, y timeline.Builder
			for i := range items {
				if i%2 == 0 {
					x.Add(*items[i])
				} else {
					y.Add(*items[i])
				}
			}
			tx, ty := x.Build(), y.Build()
			runtime.GC()
			b.ReportAllocs()
			c0, _ := cpuTime()
			for b.Loop() {
				timeline.Merge(tx, ty)
			}
			c1, _ := cpuTime()
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(n), "ns/event")
			if c1.cpu > c0.cpu {
				b.ReportMetric(float64((c1.cpu-c0.cpu).Nanoseconds())/float64(b.N)/float64(n), "cpu-ns/event")
			}
		})
	}
}

func BenchmarkWriteText(b *testing.B) {
	var bld timeline.Builder
	synthetic(&bld, 10_000, 1)
	t := bld.Build()
	b.ReportAllocs()
	for b.Loop() {
		t.WriteText(discard{})
	}
}

func BenchmarkWriteJSON(b *testing.B) {
	var bld timeline.Builder
	synthetic(&bld, 10_000, 1)
	t := bld.Build()
	b.ReportAllocs()
	for b.Loop() {
		t.WriteJSON(discard{})
	}
}

func BenchmarkReadable(b *testing.B) {
	ds := []news.Date{news.MustParseDate("2024-07-13"), news.MustParseDate("2025-03-02/2025-03-05"), news.MustParseDate("199X~")}
	b.ReportAllocs()
	for b.Loop() {
		for _, d := range ds {
			timeline.Readable(d)
		}
	}
}

type discard struct{}

func (discard) Write(p []byte) (int, error) { return len(p), nil }
