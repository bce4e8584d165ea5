package article_test

import (
	"errors"
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"golang.org/x/text/language"

	"github.com/newsmodel/newsmodel/article"
	"github.com/newsmodel/newsmodel/entity"
	"github.com/newsmodel/newsmodel/news"
)

// parseValid parses text and requires the result to pass Validate.
func parseValid(t *testing.T, text string, opts ...article.TextOption) *article.Article {
	t.Helper()
	a, err := article.ParseText(strings.NewReader(text), opts...)
	if err != nil {
		t.Fatalf("ParseText: %v", err)
	}
	b, err := article.Marshal(a)
	if err != nil {
		t.Fatalf("Marshal: %v", err)
	}
	for _, p := range article.Validate(b) {
		t.Errorf("invalid result: %s: %s: %s", p.Pointer, p.Rule, p.Message)
	}
	return a
}

func TestParseTextWire(t *testing.T) {
	text := "Title: Ceasefire talks resume in Geneva\r\n" +
		"Date: March 3, 2025\r\n" +
		"URL: https://news.example/world/ceasefire-talks-resume.html\r\n" +
		"\r\n" +
		"By Jane Doe and John Roe\r\n" +
		"\r\n" +
		"GENEVA, March 3 (Reuters) - Negotiators met on Monday\r\n" +
		"for a second round of talks.\r\n" +
		"\r\n" +
		"Both sides said progress was slow.\r\n" +
		"\r\n" +
		"(Reporting by Jane Doe in Geneva; Editing by Sam Poe)\r\n"
	a := parseValid(t, "\uFEFF"+text)
	want := &article.Article{
		SchemaVersion: article.SchemaVersion,
		ID:            "ceasefire-talks-resume",
		URL:           "https://news.example/world/ceasefire-talks-resume.html",
		Headline:      "Ceasefire talks resume in Geneva",
		Published:     news.MustParseDate("2025-03-03"),
		Bylines: []article.Byline{
			{Name: "Jane Doe", Role: "author"}, {Name: "John Roe", Role: "author"},
			{Name: "Jane Doe", Role: "reporter"}, {Name: "Sam Poe", Role: "editor"},
		},
		Publisher: article.Publisher{Name: "Reuters"},
		Dateline:  article.Dateline{Place: "geneva", Date: news.MustParseDate("2025-03-03"), Text: "GENEVA, March 3 (Reuters)"},
		Body: "GENEVA, March 3 (Reuters) - Negotiators met on Monday for a second round of talks.\n\n" +
			"Both sides said progress was slow.",
		Entities: []entity.Entity{
			{ID: "geneva", Kind: entity.Place, Name: "Geneva", Mentions: []news.Span{{Start: 0, End: 6, Text: "GENEVA"}}},
			{ID: "reuters", Kind: entity.Organization, Name: "Reuters", Mentions: []news.Span{{Start: 17, End: 24, Text: "Reuters"}}},
		},
	}
	if diff := cmp.Diff(want, a, cmpopts.EquateComparable(language.Tag{}, news.Date{})); diff != "" {
		t.Errorf("(-want +got)\n%s", diff)
	}
}

func TestParseTextForms(t *testing.T) {
	tests := []struct {
		name string
		text string
		opts []article.TextOption
		// checks on the result
		headline, body string
		sections       []article.Section
		related        []article.Link
		media          []article.Media
		bylines        []article.Byline
		dateline       string
		published      string
	}{
		{
			name:     "headline line, one paragraph a line, no blank lines",
			text:     "Council votes to close library\nThe council voted on Tuesday.\nThe library closes in May.\n",
			headline: "Council votes to close library",
			body:     "The council voted on Tuesday.\n\nThe library closes in May.",
		},
		{
			name:     "no headline: the lead's first sentence",
			text:     "The council voted on Tuesday to close the library. It closes in May.\n\nResidents protested.",
			headline: "The council voted on Tuesday to close the library.",
			body:     "The council voted on Tuesday to close the library. It closes in May.\n\nResidents protested.",
		},
		{
			name: "lead-in sections, related links, credit",
			text: "Mayor quits\n\nThe mayor quit on Friday.\n\nWhat Happened: She resigned after a vote.\n\n" +
				"Also Read: Council in turmoil\n\nShe had served two terms.\n\nWhy It Matters: An election follows.\n\n" +
				"Read Next\n\nWho could succeed her\n\nPhoto by Ann Lee/City Press",
			headline: "Mayor quits",
			body:     "The mayor quit on Friday.\n\nShe resigned after a vote.\n\nShe had served two terms.\n\nAn election follows.",
			sections: []article.Section{
				{Heading: "What Happened", Span: news.Span{Start: 27, End: 80}},
				{Heading: "Why It Matters", Span: news.Span{Start: 82, End: 102}},
			},
			related: []article.Link{{Rel: "also-read", Title: "Council in turmoil"}, {Rel: "read-next", Title: "Who could succeed her"}},
			media:   []article.Media{{Kind: "image", Credit: "Ann Lee/City Press"}},
		},
		{
			name: "interview labels stay in the body",
			text: "Q&A: The coach on the final\n\nQ: How do you feel?\n\nSmith: Tired but happy.\n\nQ: And next season?\n\nSmith: We rebuild.",
			body: "Q: How do you feel?\n\nSmith: Tired but happy.\n\nQ: And next season?\n\nSmith: We rebuild.",
		},
		{
			name:     "standalone heading",
			text:     "Storm hits coast\n\nWinds reached 120 km/h.\n\nWhat Comes Next\n\nCrews will clear roads.",
			body:     "Winds reached 120 km/h.\n\nCrews will clear roads.",
			sections: []article.Section{{Heading: "What Comes Next", Span: news.Span{Start: 25, End: 48}}},
		},
		{
			name:     "no-break spaces, curly quotes, byline and date lines",
			text:     "Minister\u00a0resigns\n\nBy\u00a0Ann Lee\n\nUpdated March 24, 2025\n\n“It is time,” she said.",
			headline: "Minister\u00a0resigns",
			bylines:  []article.Byline{{Name: "Ann Lee", Role: "author"}},
			body:     "“It is time,” she said.",
		},
		{
			name:     "dateline with region and dash",
			text:     "Quake shakes city\n\nKYIV, Ukraine (AP) — Buildings shook on Sunday.",
			dateline: "KYIV, Ukraine (AP)",
		},
		{
			name:      "publication date from an option, not invented",
			text:      "Bridge reopens\n\nThe bridge reopened yesterday.",
			opts:      []article.TextOption{article.Published(news.MustParseDate("2025-03-23"))},
			published: "2025-03-23",
		},
		{
			name:      "seed prefix",
			text:      " date 2025-03-23 The envoy met the president last July. He said so.\n\nMore followed.",
			published: "2025-03-23",
			body:      "The envoy met the president last July. He said so.\n\nMore followed.",
		},
		{
			name:     "decomposed text is NFC",
			text:     "Cafe\u0301 closes\n\nThe cafe\u0301 closed.",
			headline: "Café closes",
			body:     "The café closed.",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := parseValid(t, tt.text, tt.opts...)
			if tt.headline != "" && a.Headline != tt.headline {
				t.Errorf("headline %q, want %q", a.Headline, tt.headline)
			}
			if tt.body != "" && a.Body != tt.body {
				t.Errorf("body %q, want %q", a.Body, tt.body)
			}
			if diff := cmp.Diff(tt.sections, a.Sections, cmpopts.EquateEmpty()); diff != "" {
				t.Errorf("sections (-want +got)\n%s", diff)
			}
			if tt.related != nil {
				if diff := cmp.Diff(tt.related, a.Related); diff != "" {
					t.Errorf("related (-want +got)\n%s", diff)
				}
			}
			if tt.media != nil {
				if diff := cmp.Diff(tt.media, a.Media); diff != "" {
					t.Errorf("media (-want +got)\n%s", diff)
				}
			}
			if tt.bylines != nil {
				if diff := cmp.Diff(tt.bylines, a.Bylines); diff != "" {
					t.Errorf("bylines (-want +got)\n%s", diff)
				}
			}
			if tt.dateline != "" && a.Dateline.Text != tt.dateline {
				t.Errorf("dateline %q, want %q", a.Dateline.Text, tt.dateline)
			}
			if got := a.Published.String(); got != tt.published {
				t.Errorf("published %q, want %q", got, tt.published)
			}
		})
	}
}

func TestParseTextErrors(t *testing.T) {
	tests := []struct {
		name, text string
		opts       []article.TextOption
		want       string
	}{
		{"invalid UTF-8", "Title: ok\n\nbad \xff byte", nil, "article: text line 3, column 5: invalid UTF-8 (binary data is not text)"},
		{"NUL", "abc\x00def", nil, "article: text line 1, column 4: control character U+0000 (binary data is not text)"},
		{"too long", strings.Repeat("a", 101), []article.TextOption{article.MaxTextBytes(100)}, "article: text: longer than the limit of 100 bytes (MaxTextBytes)"},
		{"relative URL", "URL: /news/a\n\nText.", nil, `article: text line 1, column 5: URL "/news/a" is not an absolute URL`},
		{"date in words", "Date: yesterday\n\nText.", nil, `article: text line 1, column 6: published date "yesterday" is not a full date`},
		{"bad language", "Language: english!\n\nText.", nil, `article: text line 1, column 10: language "english!" is not a BCP 47 tag`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := article.ParseText(strings.NewReader(tt.text), tt.opts...)
			var te *article.TextError
			if !errors.As(err, &te) {
				t.Fatalf("error %v, want a *TextError", err)
			}
			if err.Error() != tt.want {
				t.Errorf("error\n%s\nwant\n%s", err, tt.want)
			}
		})
	}
}

// TestParseTextSeed reads the seed story the project started from.
func TestParseTextSeed(t *testing.T) {
	f, err := os.Open("../../shared/seeds/putin-prayed-for-trump.txt")
	if err != nil {
		t.Skipf("seed story not found (../shared/ is outside the repository): %v", err)
	}
	defer f.Close()
	a, err := article.ParseText(f)
	if err != nil {
		t.Fatal(err)
	}
	if got := a.Published.String(); got != "2025-03-23" {
		t.Errorf("published %q", got)
	}
	var headings []string
	for _, s := range a.Sections {
		headings = append(headings, s.Heading)
	}
	if diff := cmp.Diff([]string{"What Happened", "Why It Matters"}, headings); diff != "" {
		t.Errorf("sections (-want +got)\n%s", diff)
	}
	if len(a.Related) != 2 || a.Related[0].Rel != "also-read" || a.Related[1].Rel != "read-next" ||
		!strings.HasPrefix(a.Related[1].Title, "Putin Agrees With Trump") {
		t.Errorf("related %+v", a.Related)
	}
	if diff := cmp.Diff([]article.Media{{Kind: "image", Credit: "Shutterstock"}}, a.Media); diff != "" {
		t.Errorf("media (-want +got)\n%s", diff)
	}
	for _, gone := range []string{"What Happened:", "Also Read", "Read Next", "Image:"} {
		if strings.Contains(a.Body, gone) {
			t.Errorf("body still holds %q", gone)
		}
	}
}

// ParseText reads a wire story: header, byline, dateline, paragraphs and
// the contributors' line.
func ExampleParseText() {
	text := `Title: Ceasefire talks resume in Geneva
Date: 2025-03-03

By Jane Doe

GENEVA, March 3 (Reuters) - Negotiators met on Monday for a second round.

(Editing by Sam Poe)`
	a, err := article.ParseText(strings.NewReader(text))
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(a.ID, a.Published)
	fmt.Println(a.Dateline.Text, "→", a.Dateline.Place)
	for _, b := range a.Bylines {
		fmt.Println(b.Role+":", b.Name)
	}
	fmt.Println(a.Body)
	// Output:
	// ceasefire-talks-resume-in-geneva 2025-03-03
	// GENEVA, March 3 (Reuters) → geneva
	// author: Jane Doe
	// editor: Sam Poe
	// GENEVA, March 3 (Reuters) - Negotiators met on Monday for a second round.
}

// FuzzParseText: any input either fails with a *TextError or gives an
// article that passes every check.
func FuzzParseText(f *testing.F) {
	for _, s := range []string{
		"Title: A\nDate: 2025-03-23\n\nBy X\n\nLONDON, March 3 (AP) - Text.\n\n(Reporting by A; Editing by B)",
		" date 2025-03-23 Lead. More.\n\nWhat Happened: x\n\nRead Next\n\nT\n\nImage: S",
		"Q: a\n\nQ: b\n\nA: c", "\uFEFFa\r\nb\rc", "By \n\n", "URL: http://a.b/c\n\n", "“", "\u00a0\u2003\n\n\n",
		"NEW YORK — \n\nx", "Also Read:\n\nRead Next", "(Reporting by )",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		a, err := article.ParseText(strings.NewReader(s))
		if err != nil {
			var te *article.TextError
			if !errors.As(err, &te) {
				t.Fatalf("error %v is not a *TextError", err)
			}
			return
		}
		b, err := article.Marshal(a)
		if err != nil {
			t.Fatalf("Marshal: %v", err)
		}
		for _, p := range article.Validate(b) {
			t.Errorf("%q: %s: %s: %s", s, p.Pointer, p.Rule, p.Message)
		}
	})
}

func BenchmarkParseText(b *testing.B) {
	para := "WASHINGTON (Reuters) — The envoy met the president on Monday, officials said, " +
		"and the two discussed a ceasefire that would last 30 days.\n\n"
	text := "Title: Envoy meets president\nDate: 2025-03-23\n\nBy Jane Doe\n\n" + strings.Repeat(para, 2000)
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		if _, err := article.ParseText(strings.NewReader(text)); err != nil {
			b.Fatal(err)
		}
	}
}
