// Command convert reads news articles in one format and writes them in
// another, printing on standard error everything the conversion could not
// carry.
//
// Usage:
//
//	convert -to jsonld|ninjs1|ninjs2|ninjs3|ours [-from ours|jsonld|feed|ninjs] [-strict] FILE|-
//
// -from names the input format: ours (an article document, the default),
// jsonld (schema.org JSON-LD, or an HTML page whose JSON-LD blocks are
// read), feed (RSS 2.0, RSS 1.0 or Atom 1.0, told apart by the root
// element) or ninjs (IPTC ninjs 1.x, 2.x or 3.x, the version told from the
// document). -to names the output format: ours, jsonld, or ninjs1, ninjs2,
// ninjs3 (ninjs 1.6, 2.2 or 3.2). A FILE of "-" reads standard input.
//
// One article is printed as an indented document. Input that holds several
// articles (a feed, a page with several) is printed as NDJSON, one compact
// document per line, and a feed is read item by item, so that a feed of
// any length is converted in the memory of one item.
//
// Each loss prints on standard error as one line, "POINTER: REASON"; the
// pointer is into the input for what the reader could not carry, into our
// document for what the writer could not. With -strict any loss makes the
// exit status 1; without it the status is 0 unless the input cannot be
// read (1) or the command line is wrong (2).
package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"slices"
	"sort"
	"strings"

	"github.com/newsmodel/newsmodel/article"
	"github.com/newsmodel/newsmodel/article/convert"
	"github.com/newsmodel/newsmodel/article/feed"
	"github.com/newsmodel/newsmodel/article/jsonld"
	"github.com/newsmodel/newsmodel/article/ninjs"
)

func main() { os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr)) }

// A reader reads the articles of r in its format and hands each to emit
// with what it could not carry. many says whether the format holds several
// articles, so that the output is NDJSON.
type reader struct {
	read func(r io.Reader, emit func(*article.Article, []convert.Loss) error) error
	many bool
}

// A writer writes one article in its format, compact or indented.
type writer func(a *article.Article, indent bool) ([]byte, []convert.Loss, error)

// readers and writers are the formats, one entry each; a new format is one
// more entry.
var (
	readers = map[string]reader{
		"ours":   {read: readOurs},
		"jsonld": {read: readJSONLD, many: true},
		"feed":   {read: readFeed, many: true},
		"ninjs":  {read: readNinjs},
	}
	writers = map[string]writer{
		"ours":   writeOurs,
		"jsonld": writeJSONLD,
		"ninjs1": writeNinjs(ninjs.V1),
		"ninjs2": writeNinjs(ninjs.V2),
		"ninjs3": writeNinjs(ninjs.V3),
	}
)

func names[V any](m map[string]V) string {
	var ks []string
	for k := range m {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	return strings.Join(ks, "|")
}

func usage() string {
	return fmt.Sprintf("usage: convert -to %s [-from %s] [-strict] FILE|-", names(writers), names(readers))
}

// run is the program; it returns the exit status.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("convert", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	to := fs.String("to", "", "output format: "+names(writers))
	from := fs.String("from", "ours", "input format: "+names(readers))
	strict := fs.Bool("strict", false, "exit 1 on any loss")
	err := fs.Parse(args)
	rd, okFrom := readers[*from]
	wr, okTo := writers[*to]
	msg := ""
	switch {
	case errors.Is(err, flag.ErrHelp):
		fmt.Fprintln(stdout, usage())
		return 0
	case err != nil:
		msg = err.Error()
	case *to == "":
		msg = "-to is required"
	case !okTo:
		msg = fmt.Sprintf("unknown -to format %q", *to)
	case !okFrom:
		msg = fmt.Sprintf("unknown -from format %q", *from)
	case fs.NArg() != 1:
		msg = "want one FILE (or - for standard input)"
	}
	if msg != "" {
		fmt.Fprintf(stderr, "convert: %s\n%s\n", msg, usage())
		return 2
	}
	in := stdin
	if name := fs.Arg(0); name != "-" {
		f, err := os.Open(name)
		if err != nil {
			fmt.Fprintf(stderr, "convert: %v\n", err)
			return 1
		}
		defer f.Close()
		in = f
	}
	out := bufio.NewWriter(stdout)
	defer out.Flush()
	errw := bufio.NewWriter(stderr)
	defer errw.Flush()
	lost := 0
	report := func(ls []convert.Loss) {
		for _, l := range ls {
			fmt.Fprintln(errw, l)
		}
		lost += len(ls)
	}
	err = rd.read(in, func(a *article.Article, ls []convert.Loss) error {
		report(ls)
		if a == nil {
			return nil
		}
		b, wls, err := wr(a, !rd.many)
		report(wls)
		if err != nil {
			return err
		}
		out.Write(b)
		if !bytes.HasSuffix(b, []byte("\n")) {
			out.WriteByte('\n')
		}
		return nil
	})
	if err != nil {
		out.Flush()
		fmt.Fprintf(errw, "convert: %v\n", err)
		return 1
	}
	if *strict && lost > 0 {
		fmt.Fprintf(errw, "convert: %d losses (-strict)\n", lost)
		return 1
	}
	return 0
}

func readOurs(r io.Reader, emit func(*article.Article, []convert.Loss) error) error {
	a, err := article.Decode(r)
	if err != nil {
		return err
	}
	return emit(a, nil)
}

// readJSONLD reads a JSON-LD document, or the blocks of an HTML page that
// hold an article.
func readJSONLD(r io.Reader, emit func(*article.Article, []convert.Loss) error) error {
	data, err := io.ReadAll(io.LimitReader(r, jsonld.MaxHTMLBytes+1))
	if err != nil {
		return err
	}
	if t := bytes.TrimSpace(data); len(t) == 0 || t[0] != '<' {
		a, ls, err := jsonld.Import(data)
		if err != nil {
			return err
		}
		return emit(a, ls)
	}
	blocks, err := jsonld.Extract(bytes.NewReader(data))
	if err != nil {
		return err
	}
	found := false
	for _, b := range blocks {
		a, ls, err := jsonld.Import(b)
		if errors.Is(err, jsonld.ErrNoArticle) {
			continue
		}
		if err != nil {
			return err
		}
		found = true
		if err := emit(a, ls); err != nil {
			return err
		}
	}
	if !found {
		return fmt.Errorf("jsonld: no article in the %d JSON-LD blocks of the page", len(blocks))
	}
	return nil
}

func readFeed(r io.Reader, emit func(*article.Article, []convert.Loss) error) error {
	fr := feed.NewReader(r)
	for {
		a, ls, err := fr.Next()
		if err == io.EOF {
			return emit(nil, ls)
		}
		if err != nil {
			emit(nil, ls)
			return err
		}
		if err := emit(a, ls); err != nil {
			return err
		}
	}
}

func writeOurs(a *article.Article, indent bool) ([]byte, []convert.Loss, error) {
	b, err := article.Marshal(a)
	if err != nil || indent {
		return b, nil, err
	}
	return compact(b), nil, nil
}

func writeJSONLD(a *article.Article, indent bool) ([]byte, []convert.Loss, error) {
	b, ls, err := jsonld.Export(a)
	if err != nil || indent {
		return b, ls, err
	}
	return compact(b), ls, nil
}

// readNinjs reads one ninjs document of any version.
func readNinjs(r io.Reader, emit func(*article.Article, []convert.Loss) error) error {
	data, err := io.ReadAll(io.LimitReader(r, article.DefaultMaxBytes+1))
	if err != nil {
		return err
	}
	if len(data) > article.DefaultMaxBytes {
		return fmt.Errorf("ninjs: the document is larger than %d bytes", article.DefaultMaxBytes)
	}
	a, ls, err := ninjs.Import(data)
	if err != nil {
		return err
	}
	return emit(a, ls)
}

func writeNinjs(v ninjs.Version) writer {
	return func(a *article.Article, indent bool) ([]byte, []convert.Loss, error) {
		b, ls, err := ninjs.Export(a, v)
		if err != nil || indent {
			return b, ls, err
		}
		return compact(b), ls, nil
	}
}

func compact(b []byte) []byte {
	var buf bytes.Buffer
	if err := json.Compact(&buf, b); err != nil {
		return b
	}
	return slices.Clip(buf.Bytes())
}
