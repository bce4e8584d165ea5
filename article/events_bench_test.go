package article_test

import (
	"strings"
	"testing"

	"github.com/newsmodel/newsmodel/article"
	"github.com/newsmodel/newsmodel/news"
	"github.com/newsmodel/newsmodel/timex"
)

// BenchmarkFindEvents reads every gold article as one long body.
func BenchmarkFindEvents(b *testing.B) {
	gas := loadGold(b)
	var sb strings.Builder
	for _, ga := range gas {
		sb.WriteString(ga.a.Body)
		sb.WriteString("\n\n")
	}
	body := strings.Repeat(sb.String(), 4)
	ents := gas[0].a.Entities
	for i := range ents {
		ents[i].Mentions = nil
		ents[i].AddMentions(body)
	}
	pub := gas[0].a.Published
	b.SetBytes(int64(len(body)))
	b.ReportAllocs()
	for b.Loop() {
		article.FindEvents(body, ents, pub)
	}
}

// BenchmarkFindEventsDates is the share of BenchmarkFindEvents that
// timex.FindDates takes on the same text, for comparison.
func BenchmarkFindEventsDates(b *testing.B) {
	gas := loadGold(b)
	var sb strings.Builder
	for _, ga := range gas {
		sb.WriteString(ga.a.Body)
		sb.WriteString("\n\n")
	}
	body := strings.Repeat(sb.String(), 4)
	anchor := gas[0].a.Published.Anchor()
	n := timex.NewNormalizer(timex.WithDirection(news.Past))
	b.SetBytes(int64(len(body)))
	b.ReportAllocs()
	for b.Loop() {
		n.FindDates(body, anchor)
	}
}
