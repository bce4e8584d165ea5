package article_test

import (
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/newsmodel/newsmodel/article"
	"github.com/newsmodel/newsmodel/entity"
	"github.com/newsmodel/newsmodel/news"
)

const annotateSample = `Title: Envoy says Putin prayed for Trump
Date: 2025-03-23

MOSCOW (Reuters) — Russian President Vladimir Putin prayed for Donald Trump after the assassination attempt last July, special envoy Steve Witkoff said on Friday.

"He went to his local church and prayed for the president," Witkoff told Tucker Carlson in an interview.

The Kremlin rejected a 30-day ceasefire proposal on Tuesday, a Kremlin spokesperson said.`

func TestAnnotate(t *testing.T) {
	a, err := article.Annotate(strings.NewReader(annotateSample))
	if err != nil {
		t.Fatal(err)
	}
	if ps := a.Check(); len(ps) > 0 {
		t.Fatalf("Check: %v", ps)
	}
	names := map[string]entity.Kind{}
	for _, e := range a.Entities {
		names[e.Name] = e.Kind
	}
	for name, kind := range map[string]entity.Kind{
		"Vladimir Putin": entity.Person, "Donald Trump": entity.Person, "Steve Witkoff": entity.Person,
		"Tucker Carlson": entity.Person, "Moscow": entity.Place, "Reuters": entity.Organization,
	} {
		if names[name] != kind {
			t.Errorf("entity %q: kind %q, want %q (entities %v)", name, names[name], kind, names)
		}
	}
	var direct bool
	for _, q := range a.Quotes {
		if q.Text == "He went to his local church and prayed for the president," && q.Speaker == "steve-witkoff" {
			direct = true
			if len(q.Audience) != 1 || q.Audience[0] != "tucker-carlson" || q.Setting != "interview" {
				t.Errorf("quote audience %v, setting %q", q.Audience, q.Setting)
			}
		}
	}
	if !direct {
		t.Errorf("the direct quote by Witkoff was not found: %+v", a.Quotes)
	}
	var attempt bool
	for _, ev := range a.Events {
		if ev.When.Value.String() == "2024-07" {
			attempt = true
		}
	}
	if !attempt {
		t.Errorf("no event dated 2024-07 from \"last July\": %+v", a.Events)
	}
}

// TestAnnotateSeed annotates the seed story the project started from.
func TestAnnotateSeed(t *testing.T) {
	f, err := os.Open("../../shared/seeds/putin-prayed-for-trump.txt")
	if err != nil {
		t.Skipf("seed story not found (../shared/ is outside the repository): %v", err)
	}
	defer f.Close()
	a, err := article.Annotate(f)
	if err != nil {
		t.Fatal(err)
	}
	if ps := a.Check(); len(ps) > 0 {
		t.Fatalf("Check: %v", ps)
	}
}

// FuzzAnnotate: whatever the text, the article Annotate returns passes
// Check.
func FuzzAnnotate(f *testing.F) {
	f.Add(annotateSample)
	f.Add(`“Unclosed, he said. "Mixed' marks» „here“ ‘and’`)
	f.Add("Q: Who?\n\nA: Me.\n\nQ: When?\n\nA: Last July, before the war.")
	f.Add("LONDON, March 3 (AP) - Mr. Smith met Dr. Jones in Paris, France on Monday; he said: \"no\".")
	f.Fuzz(func(t *testing.T, s string) {
		a, err := article.Annotate(strings.NewReader(s), article.Published(news.MustParseDate("2025-03-23")))
		if err != nil {
			return // ParseText refused the text, with a TextError
		}
		if ps := a.Check(); len(ps) > 0 {
			t.Fatalf("%q: Check: %v", s, ps)
		}
	})
}

func BenchmarkAnnotate(b *testing.B) {
	body := strings.Repeat(annotateSample[strings.Index(annotateSample, "MOSCOW"):]+"\n\n", 100)
	text := "Title: T\nDate: 2025-03-23\n\n" + body
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := article.Annotate(strings.NewReader(text)); err != nil {
			b.Fatal(err)
		}
	}
}

// Annotate turns plain text into an article with its entities, quotes and
// events, ready to validate.
func ExampleAnnotate() {
	text := `Title: Mayor opens bridge
Date: 2025-03-23

Mayor Helen Carter opened the new bridge on Friday. "It is a great day," Carter said.`
	a, err := article.Annotate(strings.NewReader(text))
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, q := range a.Quotes {
		fmt.Printf("%s said %q\n", q.Speaker, q.Text)
	}
	for _, ev := range a.Events {
		fmt.Println(ev.When.Value, ev.Summary)
	}
	// Output:
	// helen-carter said "It is a great day,"
	// 2025-03-21 Mayor Helen Carter opened the new bridge on Friday
}
