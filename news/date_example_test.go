package news_test

import (
	"errors"
	"fmt"
	"slices"
	"time"

	"github.com/newsmodel/newsmodel/news"
	"github.com/newsmodel/newsmodel/timex"
)

func ExampleParseDate() {
	for _, s := range []string{"2024-07", "2024-24", "2025-W12", "199X~", "2025-03-23T14:05:00-04:00", "2025/..", "2025-13"} {
		d, err := news.ParseDate(s)
		if err != nil {
			var de *news.DateError
			if errors.As(err, &de) {
				fmt.Printf("%-26s error at offset %d: expected %s\n", s, de.Offset, de.Expected)
			}
			continue
		}
		start, _ := d.Start()
		end, ok := d.End()
		to := "…"
		if ok {
			to = end.Format(time.RFC3339)
		}
		fmt.Printf("%-26s %-7s %s to %s\n", d, d.Precision(), start.Format(time.RFC3339), to)
	}
	// Output:
	// 2024-07                    month   2024-07-01T00:00:00Z to 2024-08-01T00:00:00Z
	// 2024-24                    season  2024-12-01T00:00:00Z to 2025-03-01T00:00:00Z
	// 2025-W12                   week    2025-03-17T00:00:00Z to 2025-03-24T00:00:00Z
	// 199X~                      decade  1990-01-01T00:00:00Z to 2000-01-01T00:00:00Z
	// 2025-03-23T14:05:00-04:00  second  2025-03-23T18:05:00Z to 2025-03-23T18:05:01Z
	// 2025/..                    year    2025-01-01T00:00:00Z to …
	// 2025-13                    error at offset 5: expected month 01–12 or sub-year grouping 21–41
}

func ExampleDate_Compare() {
	var ds []news.Date
	for _, s := range []string{"2025-03-23", "2025", "2024-07~", "../2024", "2025-33", "2024-07/.."} {
		ds = append(ds, news.MustParseDate(s))
	}
	slices.SortFunc(ds, news.Date.Compare)
	fmt.Println(ds)
	// Output:
	// [../2024 2024-07~ 2024-07/.. 2025-33 2025 2025-03-23]
}

func ExampleDate_Allen() {
	shooting := news.MustParseDate("2024-07-13")
	summer := news.MustParseDate("2024-22")
	term := news.MustParseDate("2025-01-20/..")
	fmt.Println(shooting.Allen(summer))
	fmt.Println(summer.Allen(term))
	fmt.Println(term.Allen(summer))
	fmt.Println(news.MustParseDate("2025-01").Allen(term))
	// Output:
	// during
	// before
	// after
	// overlaps
}

func ExampleDate_TIMEX3() {
	for _, s := range []string{"2024-07", "199X", "2025-33", "2024-41", "2024-22", "2025-W12", "2025-03-23T14:05-04:00", "2024-07~/.."} {
		fmt.Printf("%s → %s\n", s, news.MustParseDate(s).TIMEX3())
	}
	// Output:
	// 2024-07 → 2024-07
	// 199X → 199
	// 2025-33 → 2025-Q1
	// 2024-41 → 2024-H2
	// 2024-22 → 2024-SU
	// 2025-W12 → 2025-W12
	// 2025-03-23T14:05-04:00 → 2025-03-23T14:05
	// 2024-07~/.. → 2024-07/
}

func ExampleDateOf() {
	t := time.Date(2025, 1, 15, 9, 30, 0, 0, time.FixedZone("EST", -5*3600))
	for _, p := range []news.Precision{news.PrecisionDecade, news.PrecisionQuarter, news.PrecisionSeason, news.PrecisionWeek, news.PrecisionMinute} {
		fmt.Printf("%-7s %s\n", p, news.DateOf(t, p))
	}
	// Output:
	// decade  202X
	// quarter 2025-33
	// season  2024-24
	// week    2025-W03
	// minute  2025-01-15T09:30-05:00
}

func ExampleInterval() {
	from := news.MustParseDate("2024-07")
	to := news.MustParseDate("2025-03-23")
	d, err := news.Interval(from, to)
	fmt.Println(d, err)
	d, err = news.Interval(from, news.Date{})
	fmt.Println(d, err)
	_, err = news.Interval(to, from)
	fmt.Println(err)
	// Output:
	// 2024-07/2025-03-23 <nil>
	// 2024-07/.. <nil>
	// news: parsing date "2025-03-23/2024-07": offset 11: interval ends before it starts
}

func ExampleDate_Start() {
	d := news.MustParseDate("2025-03-23T14:05-04:00")
	start, _ := d.Start()
	end, _ := d.End()
	fmt.Println(start, "to", end)
	_, ok := news.MustParseDate("../2025").Start()
	fmt.Println(ok)
	// Output:
	// 2025-03-23 18:05:00 +0000 UTC to 2025-03-23 18:06:00 +0000 UTC
	// false
}

// An article's publication date is the anchor of the dates in its text;
// Anchor turns it into the time.Time that timex takes, keeping the calendar
// day and zone it was written with.
func ExampleDate_Anchor() {
	published := news.MustParseDate("2025-03-23T22:05:00-04:00")
	r, err := timex.Normalize("yesterday", published.Anchor())
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(published.Anchor(), "→", r.Date)
	// Output:
	// 2025-03-23 22:05:00 -0400 -0400 → 2025-03-22
}
