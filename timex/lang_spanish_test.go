package timex_test

import (
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/newsmodel/newsmodel/news"
	"github.com/newsmodel/newsmodel/timex"
)

// spanish is a small second table: month and weekday names, number words,
// units and "hace" (ago, before the count). It adds no code: the grammar
// reads it as it reads English.
var spanish = timex.Language{
	Tag: "es",
	Months: [12][]string{
		{"enero", "ene"}, {"febrero", "feb"}, {"marzo", "mar"}, {"abril", "abr"},
		{"mayo", "may"}, {"junio", "jun"}, {"julio", "jul"}, {"agosto", "ago"},
		{"septiembre", "setiembre", "sep", "sept"}, {"octubre", "oct"}, {"noviembre", "nov"}, {"diciembre", "dic"},
	},
	Weekdays: [7][]string{
		{"domingo", "dom"}, {"lunes", "lun"}, {"martes", "mar"}, {"miércoles", "miercoles", "mié"},
		{"jueves", "jue"}, {"viernes", "vie"}, {"sábado", "sabado", "sáb"},
	},
	Cardinals: map[string]int{
		"un": 1, "una": 1, "uno": 1, "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5, "seis": 6,
		"siete": 7, "ocho": 8, "nueve": 9, "diez": 10, "once": 11, "doce": 12, "quince": 15,
		"veinte": 20, "treinta": 30,
	},
	Articles: []string{"un", "una"},
	Units: map[string]news.Precision{
		"día": news.PrecisionDay, "días": news.PrecisionDay, "dia": news.PrecisionDay, "dias": news.PrecisionDay,
		"semana": news.PrecisionWeek, "semanas": news.PrecisionWeek,
		"mes": news.PrecisionMonth, "meses": news.PrecisionMonth,
		"año": news.PrecisionYear, "años": news.PrecisionYear,
	},
	Today:     []string{"hoy"},
	Yesterday: []string{"ayer"},
	Tomorrow:  []string{"mañana"},
	On:        []string{"el"},
	In:        []string{"en"},
	Of:        []string{"de", "del"},
	AgoBefore: []string{"hace"},
}

// TestSpanishTable checks that a second language is a table: each Spanish
// expression gives what its English counterpart gives.
func TestSpanishTable(t *testing.T) {
	anchor := time.Date(2025, 3, 23, 0, 0, 0, 0, time.UTC)
	en := timex.NewNormalizer()
	es := timex.NewNormalizer(timex.WithLanguage(spanish))
	for _, tt := range []struct{ english, spanish string }{
		{"March 2025", "marzo de 2025"},
		{"March 2025", "marzo 2025"},
		{"July 2024", "julio del 2024"},
		{"23 March 2025", "23 de marzo de 2025"},
		{"1 September 2024", "1 de septiembre de 2024"},
		{"Monday", "lunes"},
		{"on Wednesday", "el miércoles"},
		{"Saturday", "sábado"},
		{"December", "diciembre"},
		{"three days ago", "hace tres días"},
		{"3 days ago", "hace 3 días"},
		{"a day ago", "hace un día"},
		{"two weeks ago", "hace dos semanas"},
		{"six months ago", "hace seis meses"},
		{"ten years ago", "hace diez años"},
		{"yesterday", "ayer"},
		{"today", "hoy"},
	} {
		want, werr := en.Normalize(tt.english, anchor)
		got, gerr := es.Normalize(tt.spanish, anchor)
		if werr != nil || gerr != nil {
			t.Errorf("%q: %v; %q: %v", tt.english, werr, tt.spanish, gerr)
			continue
		}
		want.Text, got.Text = "", ""
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("%q and %q differ (-english +spanish):\n%s", tt.english, tt.spanish, diff)
		}
	}
	// "hace" is no word of English, and English "ago" none of Spanish.
	if _, err := en.Normalize("hace tres días", anchor); err == nil {
		t.Error(`English read "hace tres días"`)
	}
	if _, err := es.Normalize("tres días ago", anchor); err == nil {
		t.Error(`Spanish read "tres días ago"`)
	}
}
