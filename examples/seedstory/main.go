// Command seedstory builds one complete news story in Go code and prints it
// as an article document: the story of a special envoy's account that
// Vladimir Putin prayed for Donald Trump after the attempt on his life, and
// sent him a portrait.
//
// It shows the whole model on one real story:
//
//   - a plain-text body with headed sections, related links and a credited
//     image;
//   - a summary, subjects from IPTC Media Topics (politics, diplomacy, armed
//     conflict) and the rights of the retelling;
//   - entities with the aliases the story uses ("the 47th president",
//     "candidate Trump"), roles dated with EDTF, Wikidata identifiers,
//     relations between entities, and unnamed people ("a Russian
//     spokesperson");
//   - direct, partial and indirect quotes with their cue, audience and
//     setting, and a quote that relays what someone else said (Reports);
//   - events dated from the story's own words ("last July", resolved against
//     the publication date), events known only to precede publication
//     ("../2025-03-23"), and undated events placed by their relations;
//   - mentions and evidence in the body, the headline, a related link's title
//     and an image credit, every offset found by phrase with
//     news.MustSpanOf rather than counted by hand.
//
// Usage:
//
//	seedstory [-o FILE]
//
// The document goes to standard output, or to FILE with -o.
package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"

	"github.com/newsmodel/newsmodel/article"
)

const usage = "usage: seedstory [-o FILE]"

func main() { os.Exit(run(os.Args[1:], os.Stdout, os.Stderr)) }

// run is the program: it parses args, writes the document to stdout or to the
// file that -o names, and returns the exit status: 0 on success, 1 when the
// document cannot be written, 2 for a bad command line.
func run(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("seedstory", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	out := fs.String("o", "", "write the document to `FILE` instead of standard output")
	if err := fs.Parse(args); err != nil {
		fmt.Fprintln(stderr, usage)
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		return 2
	}
	if fs.NArg() > 0 {
		fmt.Fprintln(stderr, usage)
		return 2
	}
	b, err := article.Marshal(Story())
	if err != nil {
		fmt.Fprintf(stderr, "seedstory: %v\n", err)
		return 1
	}
	if *out == "" {
		_, err = stdout.Write(b)
	} else {
		err = os.WriteFile(*out, b, 0o644)
	}
	if err != nil {
		fmt.Fprintf(stderr, "seedstory: %v\n", err)
		return 1
	}
	return 0
}
