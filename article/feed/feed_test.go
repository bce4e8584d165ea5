package feed_test

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/newsmodel/newsmodel/article"
	"github.com/newsmodel/newsmodel/article/convert"
	"github.com/newsmodel/newsmodel/article/feed"
)

var update = flag.Bool("update", false, "rewrite the golden files")

// render writes what Parse makes of a feed: each article as Encode writes
// it, then the losses, then the error.
func render(arts []*article.Article, losses []convert.Loss, err error) []byte {
	var b bytes.Buffer
	for _, a := range arts {
		if e := article.Encode(&b, a); e != nil {
			fmt.Fprintf(&b, "encode: %v\n", e)
		}
	}
	b.WriteString("-- losses\n")
	for _, l := range losses {
		fmt.Fprintln(&b, l)
	}
	if err != nil {
		fmt.Fprintf(&b, "-- error\n%v\n", err)
	}
	return b.Bytes()
}

// TestGolden reads every feed under testdata and compares what Parse makes
// of it with its golden file; every article must pass article.Validate.
func TestGolden(t *testing.T) {
	files, err := filepath.Glob("testdata/*.xml")
	if err != nil || len(files) == 0 {
		t.Fatalf("no feeds in testdata: %v", err)
	}
	for _, name := range files {
		t.Run(filepath.Base(name), func(t *testing.T) {
			f, err := os.Open(name)
			if err != nil {
				t.Fatal(err)
			}
			defer f.Close()
			arts, losses, err := feed.Parse(f)
			if err != nil {
				t.Errorf("Parse: %v", err)
			}
			for i, a := range arts {
				b, err := article.Marshal(a)
				if err != nil {
					t.Fatalf("article %d: %v", i, err)
				}
				if ps := article.Validate(b); ps != nil {
					t.Errorf("article %d does not validate: %v\n%s", i, ps, b)
				}
			}
			got := render(arts, losses, err)
			golden := strings.TrimSuffix(name, ".xml") + ".golden"
			if *update {
				if err := os.WriteFile(golden, got, 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run go test -update to write it)", err)
			}
			if diff := cmp.Diff(string(want), string(got)); diff != "" {
				t.Errorf("Parse(%s) (-want +got):\n%s", name, diff)
			}
		})
	}
}

func TestParseDate(t *testing.T) {
	tests := []struct {
		in, want string
	}{
		{"Sun, 23 Mar 2025 14:05:00 EDT", "2025-03-23T14:05:00-04:00"},
		{"Sun, 23 Mar 2025 14:05:00 EST", "2025-03-23T14:05:00-05:00"},
		{"Sun, 23 Mar 2025 14:05:00 CST", "2025-03-23T14:05:00-06:00"},
		{"Sun, 23 Mar 2025 14:05:00 CDT", "2025-03-23T14:05:00-05:00"},
		{"Sun, 23 Mar 2025 14:05:00 MST", "2025-03-23T14:05:00-07:00"},
		{"Sun, 23 Mar 2025 14:05:00 MDT", "2025-03-23T14:05:00-06:00"},
		{"Sun, 23 Mar 2025 14:05:00 PST", "2025-03-23T14:05:00-08:00"},
		{"Sun, 23 Mar 2025 14:05:00 PDT", "2025-03-23T14:05:00-07:00"},
		{"Sun, 23 Mar 2025 14:05:00 GMT", "2025-03-23T14:05:00Z"},
		{"Sun, 23 Mar 2025 14:05:00 UT", "2025-03-23T14:05:00Z"},
		{"Sun, 23 Mar 2025 14:05:00 UTC", "2025-03-23T14:05:00Z"},
		{"Sun, 23 Mar 2025 14:05:00 Z", "2025-03-23T14:05:00Z"},
		{"Sun, 23 Mar 2025 14:05:00 BST", "2025-03-23T14:05:00+01:00"},
		{"Sun, 23 Mar 2025 14:05:00 CET", "2025-03-23T14:05:00+01:00"},
		{"Sun, 23 Mar 2025 14:05:00 CEST", "2025-03-23T14:05:00+02:00"},
		{"Sun, 23 Mar 2025 14:05:00 MESZ", "2025-03-23T14:05:00+02:00"},
		{"Sun, 23 Mar 2025 14:05:00 A", "2025-03-23T14:05:00+01:00?"},
		{"Sun, 23 Mar 2025 14:05:00 Y", "2025-03-23T14:05:00-12:00?"},
		{"Sun, 23 Mar 2025 14:05:00 +0530", "2025-03-23T14:05:00+05:30"},
		{"Sun, 23 Mar 2025 14:05:00 -0000", "2025-03-23T14:05:00Z"}, // RFC 5322: UTC, local zone unknown
		{"Sun, 23 Mar 25 14:05:00 GMT", "2025-03-23T14:05:00Z"},
		{"Tue, 23 Mar 99 14:05:00 GMT", "1999-03-23T14:05:00Z"},
		{"Sunday, 23-Mar-25 14:05:00 GMT", "2025-03-23T14:05:00Z"},
		{"23 Mar 2025 14:05 PDT", "2025-03-23T14:05-07:00"},
		{"Mon, 23 Mar 2025 14:05:00 GMT", "2025-03-23T14:05:00Z?"}, // the weekday is wrong
		{"2025-03-23T14:05:00Z", "2025-03-23T14:05:00Z"},
		{"2025-03-23T14:05:00.250+01:00", "2025-03-23T14:05:00.250+01:00"},
		{"2025-03-23", "2025-03-23"},
	}
	for _, tt := range tests {
		d, why := feed.ParseDate(tt.in)
		if why != "" {
			t.Errorf("ParseDate(%q): %s", tt.in, why)
			continue
		}
		if diff := cmp.Diff(tt.want, d.String()); diff != "" {
			t.Errorf("ParseDate(%q) (-want +got):\n%s", tt.in, diff)
		}
	}
	for _, in := range []string{"", "soon", "Sun, 32 Mar 2025 14:05:00 GMT", "yesterday", "Sun, 23 Mar 2025 14:05:00 QQQ"} {
		if d, why := feed.ParseDate(in); why == "" {
			t.Errorf("ParseDate(%q) = %s, want a reason it is not read", in, d)
		}
	}
}

func TestHTMLText(t *testing.T) {
	tests := []struct {
		in, want string
	}{
		{"plain  text\n here", "plain text here"},
		{"one\n\ntwo", "one\n\ntwo"},
		{"<p>One</p><p>Two &amp; three</p>", "One\n\nTwo & three"},
		{"a<br>b<br/><br />c", "a\nb\n\nc"},
		{"<div><p>x</p></div>", "x"},
		{"<script>var a = '<p>';</script>text<style>p{}</style>", "text"},
		{"<!-- note --><b>bold</b>&nbsp;and&#8217;s", "bold and’s"},
		{"a < b and c > d", "a < b and c > d"},
		{"<ul><li>one</li><li>two</li></ul>", "one\n\ntwo"},
		{`<a href="x>y">link</a>`, "link"},
		{"<p>unclosed", "unclosed"},
		{"&bogus; &amp", "&bogus; &"},
	}
	for _, tt := range tests {
		if diff := cmp.Diff(tt.want, feed.HTMLText(tt.in)); diff != "" {
			t.Errorf("htmlText(%q) (-want +got):\n%s", tt.in, diff)
		}
	}
}

func TestSlug(t *testing.T) {
	tests := []struct {
		in, want string
	}{
		{"https://www.example.com/2025/03/23/Story.html", "example-com-2025-03-23-story-html"},
		{"tag:example.org,2025:entry-1", "tag-example-org-2025-entry-1"},
		{"12345@example.com", "12345-example-com"},
		{"--x--", "x"},
		{"日本", "item-9f26ee51"},
		{"https://example.com/" + strings.Repeat("a", 200), "example-com-" + strings.Repeat("a", 75) + "-8cc1706c"},
	}
	for _, tt := range tests {
		if diff := cmp.Diff(tt.want, feed.Slug(tt.in)); diff != "" {
			t.Errorf("slug(%q) (-want +got):\n%s", tt.in, diff)
		}
	}
}

// TestBadInput checks that input that is not a well-formed feed is an
// *Error naming the line, never a panic, and that hostile DTDs are refused.
func TestBadInput(t *testing.T) {
	tests := []struct {
		name, in string
		line     int
		want     string // in the message
	}{
		{"empty", "", 1, "no root element"},
		{"not xml", "hello", 1, "text outside the root element"},
		{"html", "<html><body/></html>", 1, "is not a feed's"},
		{"atom 0.3", `<feed xmlns="http://purl.org/atom/ns#"/>`, 1, "Atom 0.3"},
		{"unclosed", "<rss>\n<channel>\n<item><title>x</title>", 3, "not closed"},
		{"mismatch", "<rss>\n<channel>\n<item></channel>", 3, "does not match"},
		{"bad entity", "<rss><channel><item><title>&foo;</title></item></channel></rss>", 1, "entity"},
		{"second root", "<rss></rss>\n<rss></rss>", 2, "second root"},
		{"billion laughs", `<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
]>
<rss><channel><item><title>&lol2;</title></item></channel></rss>`, 2, "DOCTYPE with declarations refused"},
		{"external entity", `<?xml version="1.0"?>
<!DOCTYPE rss [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
<rss><channel><item><title>&xxe;</title></item></channel></rss>`, 2, "DOCTYPE with declarations refused"},
		{"bad encoding", `<?xml version="1.0" encoding="no-such"?><rss/>`, 1, "no-such"},
		{"bad syntax", "<rss><channel><item <title>", 1, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, _, err := feed.Parse(strings.NewReader(tt.in))
			var fe *feed.Error
			if !errors.As(err, &fe) {
				t.Fatalf("Parse: %v (%T), want *feed.Error", err, err)
			}
			if fe.Line != tt.line || !strings.Contains(fe.Error(), tt.want) || !strings.HasPrefix(fe.Error(), "feed: ") {
				t.Errorf("Parse: %v (line %d), want line %d and %q", err, fe.Line, tt.line, tt.want)
			}
		})
	}
}

// TestItemLimit checks that an item larger than MaxItemBytes is refused
// without reading it whole.
func TestItemLimit(t *testing.T) {
	head := "<rss><channel><item><description>"
	huge := io.MultiReader(strings.NewReader(head), &repeat{b: []byte("lorem ipsum "), n: 64 << 20})
	_, _, err := feed.Parse(huge, feed.MaxItemBytes(1<<20))
	var fe *feed.Error
	if !errors.As(err, &fe) || !strings.Contains(err.Error(), "larger than the limit") {
		t.Fatalf("Parse of a 64 MiB item with a 1 MiB limit: %v", err)
	}
}

// repeat reads b over and over, n bytes in all.
type repeat struct {
	b   []byte
	n   int
	off int
}

func (r *repeat) Read(p []byte) (int, error) {
	if r.n <= 0 {
		return 0, io.EOF
	}
	k := 0
	for k < len(p) && r.n > 0 {
		c := copy(p[k:min(len(p), k+r.n)], r.b[r.off:])
		r.off = (r.off + c) % len(r.b)
		k += c
		r.n -= c
	}
	return k, nil
}

// TestReader checks that Next returns the items one by one, then io.EOF,
// and that an error, once met, stays.
func TestReader(t *testing.T) {
	in := `<rss><channel><title>T</title><item><title>a</title><link>https://x.example/a</link></item>` +
		`<item><title>b</title><link>https://x.example/b</link></item></channel></rss>`
	r := feed.NewReader(strings.NewReader(in))
	var got []string
	for {
		a, _, err := r.Next()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatal(err)
		}
		got = append(got, a.ID)
	}
	if diff := cmp.Diff([]string{"x-example-a", "x-example-b"}, got); diff != "" {
		t.Errorf("IDs (-want +got):\n%s", diff)
	}
	if r.Format() != feed.RSS2 {
		t.Errorf("Format = %v, want rss-2.0", r.Format())
	}
	if _, _, err := r.Next(); err != io.EOF {
		t.Errorf("Next after the end: %v, want io.EOF", err)
	}

	bad := feed.NewReader(strings.NewReader(`<rss><channel><item><title>a</title></item><item></channel>`))
	if _, _, err := bad.Next(); err != nil {
		t.Fatalf("first item: %v", err)
	}
	_, _, err1 := bad.Next()
	_, _, err2 := bad.Next()
	if err1 == nil || err1 != err2 {
		t.Errorf("errors %v then %v, want the same error twice", err1, err2)
	}
}

// TestOptions checks BaseURL and Language for a feed that says neither.
func TestOptions(t *testing.T) {
	in := `<rss><channel><item><title>a</title><link>/a</link></item></channel></rss>`
	arts, _, err := feed.Parse(strings.NewReader(in), feed.BaseURL("https://x.example/news/"), feed.Language("fr"))
	if err != nil {
		t.Fatal(err)
	}
	if got := arts[0].URL + " " + arts[0].Language.String(); got != "https://x.example/a fr" {
		t.Errorf("URL and language = %q", got)
	}
}
