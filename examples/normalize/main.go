// Command normalize turns date expressions into EDTF and TIMEX3 values, or
// finds the date expressions of a text.
//
// Usage:
//
//	normalize [-anchor DATE] [-past|-future] [-dayfirst] [-strict] [FILE]
//	normalize -find [-max-bytes N] [-anchor DATE] [-past|-future] [-dayfirst] [FILE]
//
// Each input line is EXPRESSION or EXPRESSION<TAB>ANCHOR, ANCHOR in RFC 3339
// or YYYY-MM-DD; -anchor gives the anchor of lines without one (default:
// today). Each output line is EXPRESSION<TAB>EDTF<TAB>TIMEX3<TAB>PRECISION,
// with an ISO 8601 duration and the precision "duration" for a length of
// time, or EXPRESSION<TAB>-<TAB>-<TAB>REASON (a line over 1 MiB is such a
// failure, its expression cut short). With -strict the exit status is 1 when
// any line failed.
//
// With -find the whole input is one text; each date expression found is
// printed as START<TAB>END<TAB>TEXT<TAB>EDTF<TAB>TIMEX3<TAB>PRECISION, the
// span in code points. -max-bytes bounds that text (default 64 MiB): a
// longer input is refused with exit status 1 and nothing is printed.
package main

import (
	"bufio"
	"bytes"
	"errors"
	"flag"
	"fmt"
	"io"
	"math"
	"os"
	"strconv"
	"strings"
	"time"

	"github.com/newsmodel/newsmodel/news"
	"github.com/newsmodel/newsmodel/timex"
)

func main() { os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr)) }

const usage = "usage: normalize [-find [-max-bytes N]] [-anchor DATE] [-past|-future] [-dayfirst] [-strict] [FILE]"

// defaultMaxBytes is the largest text -find reads unless -max-bytes says
// otherwise.
const defaultMaxBytes = 64 << 20

func parseAnchor(s string) (time.Time, error) {
	if t, err := time.Parse(time.DateOnly, s); err == nil {
		return t, nil
	}
	t, err := time.Parse(time.RFC3339, s)
	if err != nil {
		return time.Time{}, fmt.Errorf("anchor %q: want RFC 3339 or YYYY-MM-DD", s)
	}
	return t, nil
}

func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("normalize", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() {
		fmt.Fprintln(stderr, usage)
		fs.PrintDefaults()
	}
	anchorFlag := fs.String("anchor", "", "default anchor, RFC 3339 or YYYY-MM-DD (default: today)")
	past := fs.Bool("past", false, "resolve underspecified expressions backwards (the default)")
	future := fs.Bool("future", false, "resolve underspecified expressions forwards")
	dayFirst := fs.Bool("dayfirst", false, "read 3/4/2025 as 3 April")
	strict := fs.Bool("strict", false, "exit 1 if any line could not be normalised")
	find := fs.Bool("find", false, "find the date expressions of a whole text")
	maxBytes := fs.Int("max-bytes", defaultMaxBytes, "largest text -find reads, in bytes")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if *maxBytes <= 0 {
		fmt.Fprintln(stderr, "normalize: -max-bytes must be positive")
		return 2
	}
	if fs.NArg() > 1 || *past && *future {
		fmt.Fprintln(stderr, usage)
		return 2
	}
	anchor := time.Now()
	anchor = time.Date(anchor.Year(), anchor.Month(), anchor.Day(), 0, 0, 0, 0, time.UTC)
	if *anchorFlag != "" {
		a, err := parseAnchor(*anchorFlag)
		if err != nil {
			fmt.Fprintln(stderr, "normalize:", err)
			return 2
		}
		anchor = a
	}
	opts := []timex.Option{timex.WithDayFirst(*dayFirst)}
	if *future {
		opts = append(opts, timex.WithDirection(news.Future))
	}
	n := timex.NewNormalizer(opts...)
	in := stdin
	if fs.NArg() == 1 {
		f, err := os.Open(fs.Arg(0))
		if err != nil {
			fmt.Fprintln(stderr, "normalize:", err)
			return 1
		}
		defer f.Close()
		in = f
	}
	out := bufio.NewWriter(stdout)
	defer out.Flush()
	if *find {
		// One byte more than the limit tells a text at the limit from a
		// longer one; the sum cannot wrap.
		text, err := io.ReadAll(io.LimitReader(in, int64(min(*maxBytes, math.MaxInt-1))+1))
		if err != nil {
			fmt.Fprintln(stderr, "normalize:", err)
			return 1
		}
		if len(text) > *maxBytes {
			fmt.Fprintf(stderr, "normalize: text longer than the limit of %d bytes (-max-bytes)\n", *maxBytes)
			return 1
		}
		for _, f := range n.FindDates(string(text), anchor) {
			fmt.Fprintf(out, "%d\t%d\t%s\t%s\n", f.Span.Start, f.Span.End, oneLine(f.Span.Text), values(f.Result))
		}
		return 0
	}
	failed := false
	lr := lineReader{r: bufio.NewReaderSize(in, 64<<10)}
	for line := 1; ; line++ {
		raw, long, err := lr.next()
		if err != nil && err != io.EOF {
			fmt.Fprintln(stderr, "normalize:", err)
			return 1
		}
		if raw == nil && err == io.EOF {
			break
		}
		text := strings.TrimRight(string(raw), "\r")
		if long {
			fmt.Fprintf(out, "%s\t-\t-\tline %d: longer than %d bytes, not read\n", head(text), line, maxLine)
			failed = true
			continue
		}
		if strings.TrimSpace(text) == "" {
			continue
		}
		expr, a := text, anchor
		if i := strings.IndexByte(text, '\t'); i >= 0 {
			expr = text[:i]
			var err error
			if a, err = parseAnchor(strings.TrimSpace(text[i+1:])); err != nil {
				fmt.Fprintf(out, "%s\t-\t-\tline %d: %v\n", expr, line, err)
				failed = true
				continue
			}
		}
		r, err := n.Normalize(expr, a)
		if err != nil {
			fmt.Fprintf(out, "%s\t-\t-\t%s\n", expr, reason(err))
			failed = true
			continue
		}
		fmt.Fprintf(out, "%s\t%s\n", expr, values(r))
	}
	if *strict && failed {
		return 1
	}
	return 0
}

// maxLine is the longest input line read, in bytes, its line break aside;
// a longer one is reported as a failure and skipped.
const maxLine = 1 << 20

// lineReader reads lines of any length, keeping at most maxLine+1 bytes of
// each.
type lineReader struct {
	r   *bufio.Reader
	buf []byte
}

// next returns the next line without its "\n", whether it was longer than
// maxLine (then only its first bytes are returned), and io.EOF with a nil
// line at the end of the input.
func (lr *lineReader) next() (line []byte, long bool, err error) {
	lr.buf = lr.buf[:0]
	read := false
	for {
		chunk, err := lr.r.ReadSlice('\n')
		read = read || len(chunk) > 0
		chunk = bytes.TrimSuffix(chunk, []byte{'\n'})
		if room := maxLine + 1 - len(lr.buf); room > 0 {
			lr.buf = append(lr.buf, chunk[:min(len(chunk), room)]...)
		}
		switch err {
		case bufio.ErrBufferFull:
			continue
		case nil:
			return lr.buf, len(bytes.TrimSuffix(lr.buf, []byte{'\r'})) > maxLine, nil
		case io.EOF:
			if !read {
				return nil, false, io.EOF
			}
			return lr.buf, len(bytes.TrimSuffix(lr.buf, []byte{'\r'})) > maxLine, nil
		default:
			return nil, false, err
		}
	}
}

// head is the start of an overlong line, for the failure line that names it.
func head(s string) string {
	const n = 40
	s = oneLine(s)
	for i := range s {
		if i >= n {
			return s[:i] + "…"
		}
	}
	return s
}

// values is EDTF<TAB>TIMEX3<TAB>PRECISION of r.
func values(r timex.Result) string {
	if r.IsDuration() {
		d := r.Duration.String()
		return d + "\t" + d + "\tduration"
	}
	return r.Date.String() + "\t" + r.TIMEX3().String() + "\t" + r.Date.Precision().String()
}

func reason(err error) string {
	var ne *timex.NormalizeError
	if errors.As(err, &ne) {
		return ne.Err.Error() + " (offset " + strconv.Itoa(ne.Offset) + ")"
	}
	return err.Error()
}

func oneLine(s string) string { return strings.NewReplacer("\n", " ", "\t", " ").Replace(s) }
