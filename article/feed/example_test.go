package feed_test

import (
	"fmt"
	"io"
	"strings"

	"github.com/newsmodel/newsmodel/article/feed"
)

const rss = `<?xml version="1.0"?>
<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">
  <channel>
    <title>The Courier</title>
    <link>https://www.courier.example/</link>
    <language>en</language>
    <item>
      <title>Council approves harbour plan</title>
      <link>/news/harbour-plan</link>
      <pubDate>Sun, 23 Mar 2025 14:05:00 EDT</pubDate>
      <dc:creator>Jane Doe</dc:creator>
      <category>Local</category>
      <description><![CDATA[<p>The council voted 7&ndash;2.</p><p>Work starts in June.</p>]]></description>
    </item>
  </channel>
</rss>`

// Parse reads a whole feed: each item becomes an Article, with the zone of
// its date kept, relative links resolved against the channel's link, and
// its HTML reduced to plain paragraphs, its categories kept as keywords.
// What has no place in an Article comes back as a Loss naming the element.
func ExampleParse() {
	arts, losses, err := feed.Parse(strings.NewReader(rss))
	if err != nil {
		fmt.Println(err)
		return
	}
	a := arts[0]
	fmt.Println(a.ID)
	fmt.Println(a.URL)
	fmt.Println(a.Published, a.Language, a.Bylines[0].Name)
	fmt.Printf("%q\n", a.Body)
	fmt.Println(a.Keywords, len(losses))
	// Output:
	// courier-example-news-harbour-plan
	// https://www.courier.example/news/harbour-plan
	// 2025-03-23T14:05:00-04:00 en Jane Doe
	// "The council voted 7–2.\n\nWork starts in June."
	// [Local] 0
}

// A Reader reads a feed one item at a time, so that a feed of any length
// is read in the memory of one item; Next returns io.EOF at the end.
func ExampleReader() {
	r := feed.NewReader(strings.NewReader(`<feed xmlns="http://www.w3.org/2005/Atom">
  <title>Gazette</title>
  <entry><id>tag:gazette.example,2025:1</id><title>First</title><updated>2025-03-21T08:00:00Z</updated></entry>
  <entry><id>tag:gazette.example,2025:2</id><title>Second</title><updated>2025-03-22T08:00:00Z</updated></entry>
</feed>`))
	for {
		a, _, err := r.Next()
		if err == io.EOF {
			break
		}
		if err != nil {
			fmt.Println(err)
			return
		}
		fmt.Println(r.Format(), a.ID, a.Headline, a.Modified)
	}
	// Output:
	// atom-1.0 tag-gazette-example-2025-1 First 2025-03-21T08:00:00Z
	// atom-1.0 tag-gazette-example-2025-2 Second 2025-03-22T08:00:00Z
}

// Input that is not a well-formed feed is an *Error with its line and
// column; a DOCTYPE that declares entities is refused before any is used.
func ExampleError() {
	_, _, err := feed.Parse(strings.NewReader("<?xml version=\"1.0\"?>\n<!DOCTYPE rss [<!ENTITY a \"aaaa\">]>\n<rss/>"))
	fmt.Println(err)
	// Output:
	// feed: 2:1: DOCTYPE with declarations refused: entity declarations can expand without bound or reach outside the document
}
