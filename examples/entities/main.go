// Command entities reads a plain-text news article and prints it as an
// article document with the people, organisations and places it names and
// every mention of each, validated against the project's schema and
// semantic checks.
//
// Usage:
//
//	entities [-date YYYY-MM-DD] [-registry FILE.json] [FILE|-]
//
// With no FILE it reads a sample article embedded in the program; "-"
// reads standard input. -date gives the publication date when the text's
// header has none; -registry names a file of known entities (see
// schema/registry.schema.json), matched before discovery.
//
// The exit status is 0 on success, 1 when the text or the registry cannot
// be read, and 2 for a bad command line.
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
)

//go:embed sample.txt
var sample string

const usage = "usage: entities [-date YYYY-MM-DD] [-registry FILE.json] [FILE|-]"

func main() { os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr)) }

// run is the program; it returns the exit status.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("entities", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	date := fs.String("date", "", "publication date, when the text gives none")
	registry := fs.String("registry", "", "JSON file of known entities")
	bad := func(msg string) int {
		fmt.Fprintln(stderr, "entities:", msg)
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
	var opts []article.TextOption
	if *date != "" {
		d, err := news.ParseDate(*date)
		if err != nil {
			return bad("-date: " + err.Error())
		}
		opts = append(opts, article.Published(d))
	}
	var reg *entity.Registry
	if *registry != "" {
		f, err := os.Open(*registry)
		if err != nil {
			fmt.Fprintln(stderr, "entities:", err)
			return 1
		}
		reg, err = entity.ReadRegistry(f)
		f.Close()
		if err != nil {
			fmt.Fprintf(stderr, "entities: %s: %v\n", *registry, err)
			return 1
		}
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
			fmt.Fprintln(stderr, "entities:", err)
			return 1
		}
		defer f.Close()
		in, name = f, arg
	}
	a, err := article.ParseText(in, opts...)
	if err != nil {
		fmt.Fprintf(stderr, "entities: %s: %v\n", name, err)
		return 1
	}
	a.FindEntities(reg)
	for _, p := range a.Prune() {
		fmt.Fprintf(stderr, "entities: %s: left out %s: %s\n", name, p.Pointer, p.Message)
	}
	b, err := article.Marshal(a)
	if err == nil {
		if ps := article.Validate(b); len(ps) > 0 {
			err = fmt.Errorf("the result does not validate: %s", ps[0])
		}
	}
	if err != nil {
		fmt.Fprintf(stderr, "entities: %s: %v\n", name, err)
		return 1
	}
	stdout.Write(b)
	return 0
}
