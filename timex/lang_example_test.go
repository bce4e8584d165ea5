package timex_test

import (
	"fmt"
	"time"

	"github.com/newsmodel/newsmodel/news"
	"github.com/newsmodel/newsmodel/timex"
)

// A language is a table of words: this one reads a few Spanish
// expressions with the shared grammar, which keeps the English orders.
func Example_language() {
	es := timex.Language{
		Tag: "es",
		Months: [12][]string{
			{"enero"}, {"febrero"}, {"marzo"}, {"abril"}, {"mayo"}, {"junio"},
			{"julio"}, {"agosto"}, {"septiembre", "setiembre"}, {"octubre"}, {"noviembre"}, {"diciembre"},
		},
		Cardinals: map[string]int{"dos": 2, "tres": 3},
		Units:     map[string]news.Precision{"día": news.PrecisionDay, "días": news.PrecisionDay, "semanas": news.PrecisionWeek},
		Earlier:   []string{"antes"},
		Of:        []string{"de"},
		Holidays:  []timex.Holiday{{Names: []string{"navidad"}, Month: time.December, Day: 25}},
	}
	n := timex.NewNormalizer(timex.WithLanguage(es))
	anchor := time.Date(2025, 3, 23, 0, 0, 0, 0, time.UTC)
	for _, s := range []string{"marzo de 2025", "23 de marzo", "dos días antes", "tres semanas antes", "Navidad"} {
		r, _ := n.Normalize(s, anchor)
		fmt.Println(s, "→", r.Date)
	}
	// Output:
	// marzo de 2025 → 2025-03
	// 23 de marzo → 2025-03-23
	// dos días antes → 2025-03-21
	// tres semanas antes → 2025-W09
	// Navidad → 2024-12-25
}
