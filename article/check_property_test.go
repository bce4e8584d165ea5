package article_test

import (
	"encoding/json"
	"math/rand/v2"
	"testing"

	"golang.org/x/text/language"

	"github.com/newsmodel/newsmodel/article"
	"github.com/newsmodel/newsmodel/entity"
	"github.com/newsmodel/newsmodel/news"
	"github.com/newsmodel/newsmodel/quote"
)

// randomArticle builds an Article in Go from pools of valid and invalid
// values, so that about half of them are wrong in some way.
func randomArticle(r *rand.Rand) *article.Article {
	// pick returns its first value nine times in ten, else any of them.
	pick := func(xs ...string) string {
		if r.IntN(10) < 9 {
			return xs[0]
		}
		return xs[r.IntN(len(xs))]
	}
	a := article.New(pick("a", "story-1", "Story 1", "urn:x"), pick("Headline", "", "H"))
	if r.IntN(3) == 0 {
		a.SchemaVersion = pick("1", "2", "")
	}
	a.URL = pick("", "https://news.example/a", "/relative", "not a url")
	a.Language = []language.Tag{{}, language.English, language.MustParse("sr-Latn-RS"), language.MustParse("x-private")}[r.IntN(4)]
	a.Published = []news.Date{{}, news.MustParseDate("2025-03-23"), news.MustParseDate("2024-07")}[r.IntN(3)]
	a.Body = pick("", "Putin met Trump.", "Body text with Witkoff.")
	for k := range r.IntN(3) {
		e := entity.Entity{ID: pick([]string{"putin", "kremlin"}[k%2], "Bad ID", ""), Kind: entity.Kind(pick("person", "organization", "place", "thing")), Name: pick("Putin", "", "Kremlin")}
		if r.IntN(2) == 0 {
			e.Mentions = []news.Span{{Start: 0, End: 5 + r.IntN(2)*r.IntN(30), Text: pick("", "Putin")}}
		}
		a.Entities = append(a.Entities, e)
	}
	for range r.IntN(3) {
		q := quote.Quote{ID: pick("q1", "Q!"), Kind: quote.Kind(pick("direct", "partial", "direct-ish")), Text: pick("x", ""),
			Speaker: pick("", "putin", "nobody")}
		if len(a.Quotes) > 0 {
			q.ID = "q2"
		}
		a.Quotes = append(a.Quotes, q)
	}
	for range r.IntN(3) {
		ev := news.Event{ID: pick("e1", "E 3"), Summary: pick("Met", "")}
		if len(a.Events) > 0 {
			ev.ID = pick("e2", "e1")
		}
		if r.IntN(2) == 0 {
			ev.When = news.When{Value: news.MustParseDate(pick("2024-07", "2026-01-01", "../2025-03-23"))}
		}
		if r.IntN(3) == 0 {
			ev.Duration = news.Duration{Days: int64(r.IntN(3) - 1)}
		}
		if r.IntN(3) == 0 {
			ev.Relations = []news.Relation{{Type: news.RelationType(pick("before", "after", "sometime")), Event: pick("e1", "e2", "e9")}}
			if ev.ID == "e1" {
				ev.Relations[0].Event = pick("e2", "e9")
			}
		}
		a.Events = append(a.Events, ev)
	}
	if r.IntN(3) == 0 {
		a.Status = article.Status(pick("usable", "withheld", "canceled", "lost"))
		a.StatusReason = pick("", "Legal review")
	}
	if r.IntN(3) == 0 {
		a.Subjects = []article.Subject{{Scheme: pick("", "medtop"), Code: pick("", "11000000", "11"), Name: pick("", "politics")}}
	}
	if r.IntN(4) == 0 {
		a.Extensions = map[string]json.RawMessage{pick("acme:desk", "Bad Key", ""): json.RawMessage(pick(`1`, `{"a":[true]}`, `{bad`))}
	}
	return a
}

// TestCheckAgreesWithValidate: for values built in Go, Check finds nothing
// exactly when Validate of their JSON finds nothing, and a value with no
// JSON form is never passed by Check.
func TestCheckAgreesWithValidate(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	valid, invalid := 0, 0
	for i := range 3000 {
		a := randomArticle(r)
		ps := a.Check()
		b, err := article.Marshal(a)
		if err != nil {
			if len(ps) == 0 {
				t.Fatalf("case %d: Marshal fails (%v) but Check finds nothing", i, err)
			}
			invalid++
			continue
		}
		vs := article.Validate(b)
		if (len(ps) == 0) != (len(vs) == 0) {
			t.Fatalf("case %d: Check %v, Validate %v\n%s", i, ps, vs, b)
		}
		if len(ps) == 0 {
			valid++
		} else {
			invalid++
		}
	}
	if valid < 100 || invalid < 100 {
		t.Errorf("the generator gave %d valid and %d invalid articles; want both kinds", valid, invalid)
	}
}
