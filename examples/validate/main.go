// Command validate checks article documents and prints every problem it
// finds: what the JSON Schema says and what it cannot say (references,
// spans, relations, dates), each with the JSON pointer of the offending
// value, a stable rule name and a message.
//
// Usage:
//
//	validate [-json] [-ndjson] [-max-bytes N] FILE...
//
// A FILE of "-" reads standard input. Each problem prints as one line,
//
//	FILE:POINTER: RULE: MESSAGE
//
// Control and bidirectional formatting characters in any part of a line
// print as Go escapes (\n, \x1b, \u202e), so each problem is exactly one
// line whatever member names a document uses.
//
// With -ndjson every line of a file is one document (blank lines are
// skipped) and the location reads FILE:LINE:POINTER; memory stays flat
// however long the stream, since one line at a time is read, up to
// -max-bytes. With -json the output is one JSON array of objects
// {"file", "line" (with -ndjson), "pointer", "rule", "message"}.
//
// -max-bytes bounds one document (one line with -ndjson); the default is
// 16 MiB. A longer document is one "limit" problem and is not read further.
//
// The exit status is 0 when every document is valid, 1 when any problem was
// found, and 2 for a bad command line or input that cannot be read.
package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"math"
	"os"
	"strconv"
	"strings"

	"github.com/newsmodel/newsmodel/article"
	"github.com/newsmodel/newsmodel/schema"
)

const usage = "usage: validate [-json] [-ndjson] [-max-bytes N] FILE..."

func main() { os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr)) }

// report is one problem in the -json output.
type report struct {
	File    string `json:"file"`
	Line    int    `json:"line,omitempty"`
	Pointer string `json:"pointer"`
	Rule    string `json:"rule"`
	Message string `json:"message"`
}

// printer writes problems as text lines or as the elements of one JSON
// array, streaming either way.
type printer struct {
	w        *bufio.Writer
	json     bool
	n        int // problems printed
	elements int
}

func (p *printer) print(file string, line int, pr schema.Problem) {
	p.n++
	if p.json {
		b, _ := json.Marshal(report{File: file, Line: line, Pointer: pr.Pointer, Rule: pr.Rule, Message: pr.Message})
		if p.elements > 0 {
			p.w.WriteString(",\n  ")
		} else {
			p.w.WriteString("[\n  ")
		}
		p.elements++
		p.w.Write(b)
		return
	}
	p.w.WriteString(escape(file))
	p.w.WriteByte(':')
	if line > 0 {
		p.w.WriteString(strconv.Itoa(line))
		p.w.WriteByte(':')
	}
	fmt.Fprintf(p.w, "%s: %s: %s\n", escape(pr.Pointer), escape(pr.Rule), escape(pr.Message))
}

// escape makes s safe to print on one line of a terminal: control
// characters (C0, DEL, C1) and the bidirectional formatting characters,
// which could end a line early, move the cursor or reorder what a reader
// sees, are written as Go escapes (\n, \x1b, \u202e); everything else is
// kept as it is. A pointer holds any member name the document used, so
// without this one document could forge the lines of another.
func escape(s string) string {
	i := strings.IndexFunc(s, unsafeRune)
	if i < 0 {
		return s
	}
	var b strings.Builder
	b.WriteString(s[:i])
	for _, r := range s[i:] {
		if !unsafeRune(r) {
			b.WriteRune(r)
			continue
		}
		q := strconv.QuoteRuneToASCII(r) // '\n', '\x1b', '\u202e'
		b.WriteString(q[1 : len(q)-1])
	}
	return b.String()
}

// unsafeRune reports whether r is a control or bidirectional formatting
// character.
func unsafeRune(r rune) bool {
	switch {
	case r < 0x20, r >= 0x7f && r < 0xa0:
		return true
	case r == 0x061c, r == 0x200e, r == 0x200f, r >= 0x202a && r <= 0x202e, r >= 0x2066 && r <= 0x2069:
		return true
	}
	return false
}

func (p *printer) close() error {
	if p.json {
		if p.elements == 0 {
			p.w.WriteString("[]\n")
		} else {
			p.w.WriteString("\n]\n")
		}
	}
	return p.w.Flush()
}

// run is the program; it returns the exit status.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("validate", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	asJSON := fs.Bool("json", false, "print one JSON array of problems")
	ndjson := fs.Bool("ndjson", false, "read one document per line")
	maxBytes := fs.Int("max-bytes", article.DefaultMaxBytes, "largest document (line, with -ndjson) in bytes")
	if err := fs.Parse(args); err != nil || fs.NArg() == 0 || *maxBytes <= 0 {
		switch {
		case errors.Is(err, flag.ErrHelp):
			fmt.Fprintln(stderr, usage)
			return 0
		case err != nil:
			fmt.Fprintf(stderr, "validate: %v\n", err)
		case fs.NArg() == 0:
			fmt.Fprintln(stderr, "validate: no FILE given (use - for standard input)")
		default:
			fmt.Fprintln(stderr, "validate: -max-bytes must be positive")
		}
		fmt.Fprintln(stderr, usage)
		return 2
	}
	p := &printer{w: bufio.NewWriter(stdout), json: *asJSON}
	unreadable := false
	for _, name := range fs.Args() {
		var err error
		if *ndjson {
			err = eachLine(name, stdin, *maxBytes, p)
		} else {
			err = whole(name, stdin, *maxBytes, p)
		}
		if err != nil {
			fmt.Fprintf(stderr, "validate: %v\n", err)
			unreadable = true
		}
	}
	if err := p.close(); err != nil {
		fmt.Fprintf(stderr, "validate: %v\n", err)
		return 2
	}
	switch {
	case unreadable:
		return 2
	case p.n > 0:
		return 1
	}
	return 0
}

func open(name string, stdin io.Reader) (io.Reader, func(), error) {
	if name == "-" {
		return stdin, func() {}, nil
	}
	f, err := os.Open(name)
	if err != nil {
		return nil, nil, err
	}
	return f, func() { f.Close() }, nil
}

// whole validates the file as one document.
func whole(name string, stdin io.Reader, maxBytes int, p *printer) error {
	r, done, err := open(name, stdin)
	if err != nil {
		return err
	}
	defer done()
	// One byte past the limit tells a document over it; the sum saturates
	// so that a limit near the top of the int range does not wrap.
	data, err := io.ReadAll(io.LimitReader(r, int64(min(maxBytes, math.MaxInt-1))+1))
	if err != nil {
		return fmt.Errorf("%s: %w", name, err)
	}
	if len(data) > maxBytes {
		p.print(name, 0, tooLong("document", maxBytes))
		return nil
	}
	for _, pr := range article.Validate(data, article.MaxBytes(maxBytes)) {
		p.print(name, 0, pr)
	}
	return nil
}

func tooLong(what string, maxBytes int) schema.Problem {
	return schema.Problem{Rule: "limit", Message: fmt.Sprintf("%s longer than the limit of %d bytes (-max-bytes)", what, maxBytes)}
}

// eachLine validates every line of the file as a document, holding one line
// in memory at a time.
func eachLine(name string, stdin io.Reader, maxBytes int, p *printer) error {
	r, done, err := open(name, stdin)
	if err != nil {
		return err
	}
	defer done()
	size := 64 << 10
	if maxBytes < size-2 {
		size = maxBytes + 2 // room for "\r\n"
	}
	br := bufio.NewReaderSize(r, size)
	var buf []byte
	for line := 1; ; line++ {
		buf = buf[:0]
		over := false
		var err error
		for {
			var chunk []byte
			chunk, err = br.ReadSlice('\n')
			if !over {
				if len(buf)+len(chunk)-2 > maxBytes { // room for "\r\n"; no sum with maxBytes can wrap
					over = true
					buf = buf[:0]
				} else {
					buf = append(buf, chunk...)
				}
			}
			if err != bufio.ErrBufferFull {
				break
			}
		}
		if err != nil && err != io.EOF {
			return fmt.Errorf("%s:%d: %w", name, line, err)
		}
		doc := bytes.TrimRight(buf, "\r\n")
		switch {
		case over || len(doc) > maxBytes:
			p.print(name, line, tooLong("line", maxBytes))
		case len(bytes.TrimSpace(doc)) > 0:
			for _, pr := range article.Validate(doc, article.MaxBytes(maxBytes)) {
				p.print(name, line, pr)
			}
		}
		if err == io.EOF {
			return nil
		}
	}
}
