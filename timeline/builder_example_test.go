package timeline_test

import (
	"fmt"
	"os"
	"strings"

	"github.com/newsmodel/newsmodel/news"
	"github.com/newsmodel/newsmodel/timeline"
)

// exampleItems are two articles about one fire: they date it differently,
// and the second places an undated event by its relation.
func exampleItems() (first, second []timeline.Item) {
	d := news.MustParseDate
	courier := &timeline.Source{Article: "courier-fire", Published: d("2025-03-04"), Publisher: "Lindmouth Courier"}
	radio := &timeline.Source{Article: "radio-arrest", Published: d("2025-03-10"), Publisher: "Coast Radio"}
	warehouse := []timeline.Identity{{Name: "Harbor Street warehouse"}}
	first = []timeline.Item{
		{Source: courier, Participants: warehouse, Event: news.Event{ID: "fire",
			Summary: "Fire destroys the Harbor Street warehouse", When: news.When{Value: d("2025-03-03"), Text: "on March 3"}}},
		{Source: courier, Participants: warehouse, Event: news.Event{ID: "vote",
			Summary: "Council votes to demolish the warehouse", When: news.When{Value: d("2025-02"), Text: "in February"}}},
	}
	second = []timeline.Item{
		{Source: radio, Participants: warehouse, Event: news.Event{ID: "fire",
			Summary: "Harbor Street warehouse destroyed by fire", When: news.When{Value: d("2025-03-02"), Text: "last Sunday"}}},
		{Source: radio, Event: news.Event{ID: "probe", Summary: "Police open an investigation",
			Relations: []news.Relation{{Type: news.After, Event: "fire"}}}},
		{Source: radio, Event: news.Event{ID: "arrest", Summary: "Man arrested on suspicion of arson",
			When: news.When{Value: d("2025-03-08"), Text: "on Saturday"}}},
	}
	return first, second
}

func ExampleBuilder() {
	first, second := exampleItems()
	var b timeline.Builder
	b.Add(first...)
	b.Add(second...)
	t := b.Build()
	for _, e := range t.Entries {
		fmt.Printf("%-20s %s; told by %d\n", e.DisplayDate(), e.Summary(), len(e.Sources()))
	}
	for _, c := range t.Conflicts {
		fmt.Println(c.Kind, "conflict:", c.Message)
	}
	// Output:
	// February 2025        Council votes to demolish the warehouse; told by 1
	// 2 March 2025         Fire destroys the Harbor Street warehouse; told by 2
	// after 2 March 2025   Police open an investigation; told by 1
	// 8 March 2025         Man arrested on suspicion of arson; told by 1
	// date conflict: sources disagree on the date of "Fire destroys the Harbor Street warehouse": courier-fire (fire) says 3 March 2025; radio-arrest (fire) says 2 March 2025
}

func ExampleMerge() {
	first, second := exampleItems()
	var a, b timeline.Builder
	a.Add(first...)
	b.Add(second...)
	// Timelines built apart, merged in either order, equal the timeline of
	// all the items.
	ab := timeline.Merge(a.Build(), b.Build())
	ba := timeline.Merge(b.Build(), a.Build())
	for i := range ab.Entries {
		fmt.Println(ab.Entries[i].ID, ab.Entries[i].ID == ba.Entries[i].ID)
	}
	// Output:
	// courier-fire/vote true
	// courier-fire/fire true
	// radio-arrest/probe true
	// radio-arrest/arrest true
}

func ExampleTimeline_WriteText() {
	first, second := exampleItems()
	var b timeline.Builder
	b.Add(append(first, second...)...)
	b.Build().WriteText(os.Stdout)
	// Output:
	// February 2025 | Council votes to demolish the warehouse | Lindmouth Courier (courier-fire)
	// 2 March 2025 | Fire destroys the Harbor Street warehouse | Lindmouth Courier (courier-fire), Coast Radio (radio-arrest) | also dated: 3 March 2025 (courier-fire) | conflict 1
	// after 2 March 2025 | Police open an investigation | Coast Radio (radio-arrest)
	// 8 March 2025 | Man arrested on suspicion of arson | Coast Radio (radio-arrest)
	//
	// Conflicts:
	// 1. [date] sources disagree on the date of "Fire destroys the Harbor Street warehouse": courier-fire (fire) says 3 March 2025; radio-arrest (fire) says 2 March 2025
}

func ExampleTimeline_WriteJSON() {
	d := news.MustParseDate
	var b timeline.Builder
	b.Add(timeline.Item{
		Source: &timeline.Source{Article: "a1", Publisher: "Courier"},
		Event:  news.Event{ID: "ev1", Summary: "Bridge reopens", When: news.When{Value: d("2025-03")}},
	})
	b.Build().WriteJSON(os.Stdout)
	// Output:
	// {
	//   "entries": [
	//     {
	//       "id": "a1/ev1",
	//       "date": "2025-03",
	//       "display": "March 2025",
	//       "span": true,
	//       "summary": "Bridge reopens",
	//       "sources": [
	//         {
	//           "source": {
	//             "article": "a1",
	//             "publisher": "Courier"
	//           },
	//           "event": "ev1",
	//           "summary": "Bridge reopens",
	//           "when": {
	//             "value": "2025-03"
	//           }
	//         }
	//       ]
	//     }
	//   ],
	//   "conflicts": [],
	//   "unplaced": []
	// }
}

func ExampleTimeline_WriteTimelineJS() {
	d := news.MustParseDate
	var b timeline.Builder
	b.Add(
		timeline.Item{
			Source: &timeline.Source{Article: "a1"},
			Event:  news.Event{ID: "ev1", Summary: "Bridge closes", When: news.When{Value: d("2023-21")}},
			Quotes: []timeline.Quotation{{Text: "Two years at most.", Speaker: "Mayor Lina Øst"}},
		},
		timeline.Item{
			Source: &timeline.Source{Article: "a1"},
			Event:  news.Event{ID: "ev2", Summary: "Repairs begin", Relations: []news.Relation{{Type: news.After, Event: "ev1"}}},
		},
	)
	omitted, _ := b.Build().WriteTimelineJS(os.Stdout, "The bridge")
	fmt.Println("left out:", omitted)
	// Output:
	// {
	//   "title": {
	//     "text": {
	//       "headline": "The bridge",
	//       "text": "2 events from 1 source; 0 conflicts; 0 events not placed"
	//     }
	//   },
	//   "events": [
	//     {
	//       "start_date": {
	//         "year": 2023,
	//         "month": 3
	//       },
	//       "end_date": {
	//         "year": 2023,
	//         "month": 5
	//       },
	//       "display_date": "spring 2023",
	//       "text": {
	//         "headline": "Bridge closes",
	//         "text": "<p>Sources: a1</p>"
	//       },
	//       "media": {
	//         "url": "<blockquote>Two years at most.</blockquote>",
	//         "credit": "Mayor Lina Øst"
	//       },
	//       "group": "event",
	//       "unique_id": "a1-ev1"
	//     }
	//   ]
	// }
	// left out: [a1/ev2]
}

func ExampleTimeline_WriteHTML() {
	var b timeline.Builder
	b.Add(timeline.Item{
		Source: &timeline.Source{Article: "a1"},
		Event:  news.Event{ID: "ev1", Summary: "Bridge reopens", When: news.When{Value: news.MustParseDate("2025-03-23")}},
	})
	var page strings.Builder
	b.Build().WriteHTML(&page, "The bridge")
	fmt.Println(strings.Contains(page.String(), `<td class="date">23 March 2025</td>`), strings.Contains(page.String(), "<script"))
	// Output:
	// true false
}

func ExampleReadable() {
	for _, s := range []string{"2024", "2024-07", "2024-07-13", "199X~", "../2025-03-23", "2025-03-02/2025-03-05", "2025-33"} {
		fmt.Println(timeline.Readable(news.MustParseDate(s)))
	}
	// Output:
	// 2024
	// July 2024
	// 13 July 2024
	// c. 1990s
	// before 23 March 2025
	// 2–5 March 2025
	// first quarter of 2025
}

func ExampleEntry_Alternatives() {
	first, second := exampleItems()
	var b timeline.Builder
	b.Add(first[0], second[0])
	e := b.Build().Entries[0]
	fmt.Println(e.Date, e.Alternatives())
	// Output:
	// 2025-03-02 [2025-03-03]
}

func ExampleNewBuilder() {
	d := news.MustParseDate
	storm := func(src, summary string) timeline.Item {
		return timeline.Item{Source: &timeline.Source{Article: src}, Event: news.Event{ID: "ev1", Summary: summary,
			When: news.When{Value: d("2024-10")}}}
	}
	items := []timeline.Item{storm("a1", "Storm floods the coast road"), storm("a2", "Storm floods coast")}
	for _, min := range []float64{0.5, 0.9} {
		b := timeline.NewBuilder(timeline.MinSimilarity(min))
		b.Add(items...)
		fmt.Printf("similarity %.1f: %d entries\n", min, len(b.Build().Entries))
	}
	// Output:
	// similarity 0.5: 1 entries
	// similarity 0.9: 2 entries
}

func ExampleEntry_DisplayDate() {
	d := news.MustParseDate
	src := &timeline.Source{Article: "a1"}
	var b timeline.Builder
	b.Add(
		timeline.Item{Source: src, Event: news.Event{ID: "vote", Summary: "Vote", When: news.When{Value: d("2025-03-02")}}},
		timeline.Item{Source: src, Event: news.Event{ID: "count", Summary: "Count",
			Relations: []news.Relation{{Type: news.After, Event: "vote"}, {Type: news.Before, Event: "result"}}}},
		timeline.Item{Source: src, Event: news.Event{ID: "result", Summary: "Result", When: news.When{Value: d("2025-03-05")}}},
	)
	for _, e := range b.Build().Entries {
		fmt.Printf("%s: %s (span %v)\n", e.DisplayDate(), e.Summary(), e.Span())
	}
	// Output:
	// 2 March 2025: Vote (span false)
	// between 2 and 5 March 2025: Count (span false)
	// 5 March 2025: Result (span false)
}

func ExampleEntry_Span() {
	var b timeline.Builder
	for i, s := range []string{"2024", "2024-07-13", "2024-07-01/2024-07-03"} {
		b.Add(timeline.Item{Source: &timeline.Source{Article: "a"}, Event: news.Event{ID: s,
			Summary: []string{"Drought", "Flood", "Heatwave"}[i], When: news.When{Value: news.MustParseDate(s)}}})
	}
	for _, e := range b.Build().Entries {
		fmt.Println(e.Date, e.Span())
	}
	// Output:
	// 2024 true
	// 2024-07-01/2024-07-03 true
	// 2024-07-13 false
}

func ExampleTimeline_Items() {
	first, _ := exampleItems()
	var b timeline.Builder
	b.Add(first...)
	b.Add(first...) // the same items again count once
	for _, it := range b.Build().Items() {
		fmt.Println(it.Source.Article, it.Event.ID)
	}
	// Output:
	// courier-fire fire
	// courier-fire vote
}

func ExampleEntry_Sources() {
	first, second := exampleItems()
	var b timeline.Builder
	b.Add(first[0], second[0])
	e := b.Build().Entries[0]
	for _, s := range e.Sources() {
		fmt.Println(s.Publisher, s.Published)
	}
	fmt.Println(e.Event().When.Value, e.Key() == "", len(e.Participants()), len(e.Quotes()))
	// Output:
	// Lindmouth Courier 2025-03-04
	// Coast Radio 2025-03-10
	// 2025-03-02 true 1 0
}
