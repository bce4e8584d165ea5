package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

var update = flag.Bool("update", false, "rewrite the golden files")

func runIt(args []string, stdin io.Reader) (int, string, string) {
	var out, errb bytes.Buffer
	code := run(args, stdin, &out, &errb)
	return code, out.String(), errb.String()
}

func golden(t *testing.T, name, got string) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(string(want), got); diff != "" {
		t.Errorf("%s (-want +got)\n%s", path, diff)
	}
}

func TestSeedStoryValid(t *testing.T) {
	files, _ := filepath.Glob("../seedstory/testdata/*.json")
	if len(files) == 0 {
		t.Skip("no seed story golden document")
	}
	code, out, errs := runIt(files, nil)
	if code != 0 || out != "" || errs != "" {
		t.Errorf("exit %d, stdout %q, stderr %q; want 0 and nothing", code, out, errs)
	}
}

// TestInvalidCorpus runs the program on every invalid corpus document: it
// must exit 1 and name the pointer and rule of the document's sidecar.
func TestInvalidCorpus(t *testing.T) {
	files, _ := filepath.Glob("../../schema/testdata/invalid/*.json")
	var all strings.Builder
	n := 0
	for _, f := range files {
		if strings.HasSuffix(f, ".want.json") {
			continue
		}
		n++
		var w struct{ Pointer, Rule string }
		side, err := os.ReadFile(strings.TrimSuffix(f, ".json") + ".want.json")
		if err != nil {
			t.Fatal(err)
		}
		if err := json.Unmarshal(side, &w); err != nil {
			t.Fatal(err)
		}
		code, out, errs := runIt([]string{f}, nil)
		if code != 1 || errs != "" {
			t.Errorf("%s: exit %d, stderr %q; want 1", f, code, errs)
		}
		if want := fmt.Sprintf("%s:%s: %s: ", f, w.Pointer, w.Rule); !strings.Contains(out, want) {
			t.Errorf("%s: output lacks %q:\n%s", f, want, out)
		}
		all.WriteString(out)
	}
	if n < 40 {
		t.Errorf("%d invalid documents", n)
	}
	golden(t, "invalid.golden", all.String())
}

func TestJSONOutput(t *testing.T) {
	code, out, _ := runIt([]string{"-json", "../../schema/testdata/invalid/reference-speaker.json", "../../schema/testdata/valid/minimal.json"}, nil)
	if code != 1 {
		t.Errorf("exit %d, want 1", code)
	}
	golden(t, "json.golden", out)
	var rs []report
	if err := json.Unmarshal([]byte(out), &rs); err != nil {
		t.Fatalf("output is not a JSON array: %v", err)
	}
	code, out, _ = runIt([]string{"-json", "../../schema/testdata/valid/minimal.json"}, nil)
	if code != 0 || out != "[]\n" {
		t.Errorf("valid: exit %d, output %q; want 0 and []", code, out)
	}
}

func TestNDJSON(t *testing.T) {
	in := `{"schemaVersion":"1","id":"a","headline":"A"}` + "\n" +
		"\n" +
		`{"schemaVersion":"1","id":"b","headline":"B","entities":[{"id":"x","kind":"person","name":"X"},{"id":"x","kind":"place","name":"Y"}]}` + "\r\n" +
		`{"schemaVersion":"1","id":"c"` + "\n" +
		`{"schemaVersion":"1","id":"d","headline":"` + strings.Repeat("d", 200) + `"}` + "\n" +
		`{"schemaVersion":"2","id":"e","headline":"E"}`
	code, out, errs := runIt([]string{"-ndjson", "-max-bytes", "150", "-"}, strings.NewReader(in))
	if code != 1 || errs != "" {
		t.Errorf("exit %d, stderr %q; want 1", code, errs)
	}
	golden(t, "ndjson.golden", out)
}

func TestExitCodes(t *testing.T) {
	tests := []struct {
		args []string
		want int
	}{
		{[]string{}, 2},
		{[]string{"-nope", "x.json"}, 2},
		{[]string{"-max-bytes", "0", "x.json"}, 2},
		{[]string{"testdata/does-not-exist.json"}, 2},
		{[]string{"../../schema/testdata/valid/full.json"}, 0},
		{[]string{"../../schema/testdata/invalid/span-text.json"}, 1},
		{[]string{"-max-bytes", "10", "../../schema/testdata/valid/full.json"}, 1},
	}
	for _, tt := range tests {
		if got, _, _ := runIt(tt.args, strings.NewReader("")); got != tt.want {
			t.Errorf("validate %q: exit %d, want %d", tt.args, got, tt.want)
		}
	}
}

// TestNDJSONMemoryFlat streams a generated NDJSON document of streamBytes
// through a pipe and samples the heap while the program reads it: the peak
// must stay far below the size of the stream.
func TestNDJSONMemoryFlat(t *testing.T) {
	if testing.Short() {
		t.Skip("streams hundreds of megabytes")
	}
	total := int64(streamBytes)
	pr, pw := io.Pipe()
	var written atomic.Int64
	go func() {
		bw := bufio.NewWriterSize(pw, 1<<16)
		body := strings.Repeat("All quiet on the news front today. ", 2000) // 70 KB
		for i := 0; written.Load() < total; i++ {
			n, _ := fmt.Fprintf(bw, `{"schemaVersion":"1","id":"doc-%d","headline":"Story %d","published":"2025-03-23","body":%q,"entities":[{"id":"e","kind":"place","name":"Front","mentions":[{"start":17,"end":21,"text":"news"}]}]}`+"\n", i, i, body)
			written.Add(int64(n))
		}
		bw.Flush()
		pw.Close()
	}()
	var peak atomic.Uint64
	stop := make(chan struct{})
	sampled := make(chan struct{})
	go func() {
		defer close(sampled)
		var ms runtime.MemStats
		for {
			runtime.ReadMemStats(&ms)
			if ms.HeapInuse > peak.Load() {
				peak.Store(ms.HeapInuse)
			}
			select {
			case <-stop:
				return
			case <-time.After(20 * time.Millisecond):
			}
		}
	}()
	code, out, errs := runIt([]string{"-ndjson", "-max-bytes", "1048576", "-"}, pr)
	close(stop)
	<-sampled
	if code != 0 {
		t.Fatalf("exit %d; stdout %.500s; stderr %s", code, out, errs)
	}
	const limit = 64 << 20
	t.Logf("streamed %d MB; peak heap in use %.1f MB", written.Load()>>20, float64(peak.Load())/(1<<20))
	if peak.Load() > limit {
		t.Errorf("peak heap in use %d bytes for a stream of %d bytes; want under %d", peak.Load(), written.Load(), limit)
	}
}

// TestTextOutputOneLinePerProblem: a member name holding a newline, ESC,
// NUL or a right-to-left override must not split or disguise a line of the
// text output.
func TestTextOutputOneLinePerProblem(t *testing.T) {
	for _, name := range []string{"a\nb", "a\x1b[2Kb", "a\x00b", "a\u202eb", "a\u0085b", "a\u2066b"} {
		doc, _ := json.Marshal(map[string]any{"schemaVersion": "1", "id": "x", "headline": "h", name: 1})
		code, out, _ := runIt([]string{"-"}, bytes.NewReader(doc))
		if code != 1 {
			t.Fatalf("%q: exit %d, want 1", name, code)
		}
		lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
		for _, l := range lines {
			if strings.ContainsAny(l, "\x1b\x00\u202e\u0085\u2066\r") {
				t.Errorf("%q: line %q holds a raw control or bidi character", name, l)
			}
			if !strings.HasPrefix(l, "-:/") {
				t.Errorf("%q: line %q does not start with FILE:POINTER", name, l)
			}
		}
	}
}

// TestMaxBytesNearIntRange: limits at the top of the int range once wrapped
// around and refused every document.
func TestMaxBytesNearIntRange(t *testing.T) {
	valid, err := os.ReadFile("../../schema/testdata/valid/minimal.json")
	if err != nil {
		files, _ := filepath.Glob("../../schema/testdata/valid/*.json")
		if len(files) == 0 {
			t.Skip("no valid corpus document")
		}
		valid, _ = os.ReadFile(files[0])
	}
	for _, limit := range []string{"9223372036854775807", "9223372036854775806", "9223372036854775805"} {
		for _, mode := range [][]string{{}, {"-ndjson"}} {
			args := append(append([]string{}, mode...), "-max-bytes", limit, "-")
			in := bytes.ReplaceAll(valid, []byte("\n"), nil)
			code, out, errs := runIt(args, bytes.NewReader(in))
			if code != 0 {
				t.Errorf("%v: exit %d, stdout %q, stderr %q; want 0", args, code, out, errs)
			}
		}
	}
}
