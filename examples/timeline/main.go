// Command timeline builds one timeline from the dated events of several
// article documents and writes it as text, JSON, TimelineJS3 JSON or HTML.
//
// Usage:
//
//	go run ./examples/timeline [-format text|json|timelinejs|html] [-title TITLE] [-o FILE] ARTICLE.json...
//
// Each file is validated first (article.Validate: its form, the JSON Schema
// and the semantic rules); a file that is not a valid article document is
// reported with its problems and skipped, and the exit status is then 1. The same event told by several articles is shown once
// with every source, and where the sources disagree the timeline says so.
package main

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"

	"github.com/newsmodel/newsmodel/article"
	"github.com/newsmodel/newsmodel/timeline"
)

func main() { os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr)) }

const usage = "usage: timeline [-format text|json|timelinejs|html] [-title TITLE] [-o FILE] ARTICLE.json..."

func run(args []string, _ io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("timeline", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	format := fs.String("format", "text", "output format: text, json, timelinejs or html")
	title := fs.String("title", "Timeline", "title of the TimelineJS and HTML output")
	out := fs.String("o", "", "write to this file instead of standard output")
	if err := fs.Parse(args); err != nil || fs.NArg() == 0 {
		if err != nil && !errors.Is(err, flag.ErrHelp) {
			fmt.Fprintln(stderr, "timeline:", err)
		}
		fmt.Fprintln(stderr, usage)
		return 2
	}
	switch *format {
	case "text", "json", "timelinejs", "html":
	default:
		fmt.Fprintf(stderr, "timeline: unknown format %q\n%s\n", *format, usage)
		return 2
	}

	status := 0
	var b timeline.Builder
	for _, name := range fs.Args() {
		data, err := os.ReadFile(name)
		if err != nil {
			fmt.Fprintln(stderr, "timeline:", err)
			status = 1
			continue
		}
		a, problems := check(data)
		if len(problems) > 0 {
			fmt.Fprintf(stderr, "timeline: %s: not a valid article, skipped:\n", name)
			for _, p := range problems {
				fmt.Fprintf(stderr, "\t%s\n", p)
			}
			status = 1
			continue
		}
		b.Add(a.TimelineItems()...)
	}
	t := b.Build()

	var buf bytes.Buffer
	var err error
	switch *format {
	case "text":
		err = t.WriteText(&buf)
	case "json":
		err = t.WriteJSON(&buf)
	case "timelinejs":
		var omitted []string
		omitted, err = t.WriteTimelineJS(&buf, *title)
		for _, id := range omitted {
			fmt.Fprintf(stderr, "timeline: %s left out of the TimelineJS output: it has no date\n", id)
		}
	case "html":
		err = t.WriteHTML(&buf, *title)
	}
	if err == nil {
		if *out != "" {
			err = os.WriteFile(*out, buf.Bytes(), 0o644)
		} else {
			_, err = stdout.Write(buf.Bytes())
		}
	}
	if err != nil {
		fmt.Fprintln(stderr, "timeline:", err)
		return 1
	}
	return status
}

// check validates one article document (form, schema and the rules of
// article.Check) and decodes it. It returns the article, or the problems
// found, each naming the place in the document by its JSON pointer.
func check(data []byte) (*article.Article, []string) {
	if ps := article.Validate(data); len(ps) > 0 {
		out := make([]string, len(ps))
		for i, p := range ps {
			out[i] = p.Error()
		}
		return nil, out
	}
	a, err := article.Unmarshal(data)
	if err != nil {
		return nil, []string{err.Error()}
	}
	return a, nil
}
