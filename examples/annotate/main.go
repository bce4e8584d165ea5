// Command annotate turns a plain-text news article into an annotated
// article document: headline, dates, bylines, dateline, sections, the
// people, organisations and places it names with every mention, the quotes
// with their speakers, and the events with their dates, participants and
// order. The result always passes the project's schema and semantic checks.
//
// Usage:
//
//	annotate [-date YYYY-MM-DD] [-registry FILE.json] [-format json|timeline|html] [FILE|-]
//
// With no FILE it annotates a sample article embedded in the program; "-"
// reads standard input. -date gives the publication date when the text's
// header has none (relative dates such as "last Thursday" resolve against
// it); -registry names a file of known entities (see
// schema/registry.schema.json); -format prints the article JSON (the
// default), the timeline of its events as text, or that timeline as an HTML
// page.
//
// The exit status is 0 on success, 1 when the text cannot be read, and 2
// for a bad command line.
package main

import (
	_ "embed"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/newsmodel/newsmodel/article"
	"github.com/newsmodel/newsmodel/entity"
	"github.com/newsmodel/newsmodel/news"
	"github.com/newsmodel/newsmodel/timeline"
)

//go:embed sample.txt
var sample string

const usage = "usage: annotate [-date YYYY-MM-DD] [-registry FILE.json] [-format json|timeline|html] [FILE|-]"

func main() { os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr)) }

// run is the program; it returns the exit status.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("annotate", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	date := fs.String("date", "", "publication date, when the text gives none (YYYY-MM-DD or any EDTF date)")
	registry := fs.String("registry", "", "JSON file of known entities")
	format := fs.String("format", "json", "output: json, timeline or html")
	bad := func(msg string) int {
		if msg != "" {
			fmt.Fprintln(stderr, "annotate:", msg)
		}
		fmt.Fprintln(stderr, usage)
		return 2
	}
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			fmt.Fprintln(stdout, usage)
			return 0
		}
		return bad(err.Error())
	}
	if fs.NArg() > 1 {
		return bad("more than one FILE")
	}
	switch *format {
	case "json", "timeline", "html":
	default:
		return bad(fmt.Sprintf("unknown format %q", *format))
	}
	var opts []article.TextOption
	if *date != "" {
		d, err := news.ParseDate(*date)
		if err != nil {
			return bad("-date: " + err.Error())
		}
		opts = append(opts, article.Published(d))
	}
	if *registry != "" {
		f, err := os.Open(*registry)
		if err != nil {
			fmt.Fprintln(stderr, "annotate:", err)
			return 1
		}
		reg, err := entity.ReadRegistry(f)
		f.Close()
		if err != nil {
			fmt.Fprintf(stderr, "annotate: %s: %v\n", *registry, err)
			return 1
		}
		opts = append(opts, article.WithRegistry(reg))
	}
	var in io.Reader = strings.NewReader(sample)
	name := "sample"
	switch arg := fs.Arg(0); arg {
	case "":
	case "-":
		in, name = stdin, "standard input"
	default:
		f, err := os.Open(arg)
		if err != nil {
			fmt.Fprintln(stderr, "annotate:", err)
			return 1
		}
		defer f.Close()
		in, name = f, arg
	}
	a, err := article.Annotate(in, opts...)
	if err != nil {
		fmt.Fprintf(stderr, "annotate: %s: %v\n", name, err)
		return 1
	}
	if err := write(stdout, a, *format); err != nil {
		fmt.Fprintln(stderr, "annotate:", err)
		return 1
	}
	return 0
}

// write prints a in the chosen format.
func write(w io.Writer, a *article.Article, format string) error {
	if format == "json" {
		return article.Encode(w, a)
	}
	var b timeline.Builder
	b.Add(a.TimelineItems()...)
	t := b.Build()
	if format == "html" {
		return t.WriteHTML(w, a.Headline)
	}
	return t.WriteText(w)
}
