package feed_test

import (
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/newsmodel/newsmodel/article"
	"github.com/newsmodel/newsmodel/article/feed"
)

// FuzzParse checks that Parse never panics, that it fails only with a
// *feed.Error, and that every Article it returns passes article.Validate.
// The seeds are the feeds under testdata and the bad inputs of the tests.
func FuzzParse(f *testing.F) {
	files, _ := filepath.Glob("testdata/*.xml")
	for _, name := range files {
		b, err := os.ReadFile(name)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
	for _, s := range []string{
		"", "<rss/>", `<feed xmlns="http://www.w3.org/2005/Atom"><entry/></feed>`,
		`<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"><item rdf:about="x"/></rdf:RDF>`,
		`<!DOCTYPE x [<!ENTITY a "b">]><rss/>`,
		`<rss><channel><item><title>&nbsp;</title><link>//x</link><pubDate>Sun, 23 Mar 25 14:05:00 A</pubDate></item></channel></rss>`,
		`<rss><channel><link>http://[::1</link><item><enclosure url="a.mp3"/><guid>日本</guid></item></channel></rss>`,
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, in []byte) {
		arts, _, err := feed.Parse(strings.NewReader(string(in)), feed.MaxItemBytes(1<<20))
		if err != nil {
			var fe *feed.Error
			if !errors.As(err, &fe) && err != io.EOF {
				t.Fatalf("error %v (%T) is not a *feed.Error", err, err)
			}
		}
		for i, a := range arts {
			b, err := article.Marshal(a)
			if err != nil {
				t.Fatalf("article %d: %v", i, err)
			}
			if ps := article.Validate(b); ps != nil {
				t.Fatalf("article %d does not validate: %v\n%s", i, ps, b)
			}
		}
	})
}
