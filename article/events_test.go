package article_test

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"

	"github.com/newsmodel/newsmodel/article"
	"github.com/newsmodel/newsmodel/entity"
	"github.com/newsmodel/newsmodel/news"
)

// ents builds entities by hand and adds their mentions in body.
func ents(body string, es ...entity.Entity) []entity.Entity {
	for i := range es {
		es[i].AddMentions(body)
	}
	return es
}

func person(id, name string, aliases ...string) entity.Entity {
	return entity.Entity{ID: id, Kind: entity.Person, Name: name, Aliases: aliases}
}

func place(id, name string) entity.Entity {
	return entity.Entity{ID: id, Kind: entity.Place, Name: name}
}

func org(id, name string) entity.Entity {
	return entity.Entity{ID: id, Kind: entity.Organization, Name: name}
}

// brief is what the table tests compare of an event.
type brief struct {
	Evidence     string
	Kind         news.EventKind
	Date         string
	Summary      string
	Place        string
	Participants []news.Participant
	Relations    []news.Relation
}

func briefs(evs []news.Event) []brief {
	var out []brief
	for _, e := range evs {
		b := brief{Kind: e.Kind, Date: e.When.Value.String(), Summary: e.Summary, Place: e.Place,
			Participants: e.Participants, Relations: e.Relations}
		var ev []string
		for _, s := range e.Evidence {
			ev = append(ev, s.Text)
		}
		b.Evidence = strings.Join(ev, " | ")
		out = append(out, b)
	}
	return out
}

func TestFindEvents(t *testing.T) {
	pub := news.MustParseDate("2025-03-23")
	tests := []struct {
		name string
		body string
		ents []entity.Entity
		pub  news.Date
		want []brief
	}{{
		name: "past with a date, agent and target",
		body: "Rebels attacked Goma on Monday.",
		ents: []entity.Entity{org("rebels", "Rebels"), place("goma", "Goma")},
		pub:  pub,
		want: []brief{{Evidence: "Rebels attacked Goma on Monday", Kind: news.Occurrence, Date: "2025-03-17",
			Summary:      "Rebels attacked Goma on Monday",
			Participants: []news.Participant{{Entity: "rebels", Role: "agent"}, {Entity: "goma", Role: "target"}}}},
	}, {
		name: "future looks forward",
		body: "The council will vote on Monday.",
		pub:  pub,
		want: []brief{{Evidence: "The council will vote on Monday", Kind: news.Planned, Date: "2025-03-24",
			Summary: "The council will vote on Monday"}},
	}, {
		name: "a reporting verb is no event",
		body: "Officials said on Friday that the talks were useful.",
		pub:  pub,
		want: []brief{{Evidence: "that the talks were useful", Kind: news.Occurrence, Date: "../2025-03-23",
			Summary: "Talks"}},
	}, {
		name: "passive subject is the target, place after in",
		body: "Trump was shot in Butler last July.",
		ents: []entity.Entity{person("donald-trump", "Donald Trump", "Trump"), place("butler", "Butler")},
		pub:  pub,
		want: []brief{{Evidence: "Trump was shot in Butler last July", Kind: news.Occurrence, Date: "2024-07",
			Summary: "Trump was shot in Butler last July", Place: "butler",
			Participants: []news.Participant{{Entity: "donald-trump", Role: "target"}}}},
	}, {
		name: "after a nominal event, undated before publication",
		body: "Putin prayed for Trump following an assassination attempt last July.",
		ents: []entity.Entity{person("vladimir-putin", "Vladimir Putin", "Putin"), person("donald-trump", "Donald Trump", "Trump")},
		pub:  pub,
		want: []brief{{
			Evidence: "Putin prayed for Trump", Kind: news.Occurrence, Date: "../2025-03-23", Summary: "Putin prayed for Trump",
			Participants: []news.Participant{{Entity: "vladimir-putin", Role: "agent"}, {Entity: "donald-trump"}},
			Relations:    []news.Relation{{Type: news.After, Event: "ev2"}},
		}, {
			Evidence: "following an assassination attempt last July", Kind: news.Occurrence, Date: "2024-07",
			Summary: "Assassination attempt last July",
		}},
	}, {
		name: "coordinated verb inherits the subject",
		body: "Putin commissioned a portrait and gave it to Witkoff.",
		ents: []entity.Entity{person("vladimir-putin", "Vladimir Putin", "Putin"), person("steve-witkoff", "Steve Witkoff", "Witkoff")},
		pub:  pub,
		want: []brief{{
			Evidence: "Putin commissioned a portrait", Kind: news.Occurrence, Date: "../2025-03-23", Summary: "Putin commissioned a portrait",
			Participants: []news.Participant{{Entity: "vladimir-putin", Role: "agent"}},
		}, {
			Evidence: "and gave it to Witkoff", Kind: news.Occurrence, Date: "../2025-03-23", Summary: "Vladimir Putin gave it to Witkoff",
			Participants: []news.Participant{{Entity: "vladimir-putin", Role: "agent"}, {Entity: "steve-witkoff", Role: "recipient"}},
		}},
	}, {
		name: "told twice is one event",
		body: "Rebels attacked Goma on Monday. The attack on Goma killed four people.",
		ents: []entity.Entity{org("rebels", "Rebels"), place("goma", "Goma")},
		pub:  pub,
		want: []brief{{
			Evidence: "Rebels attacked Goma on Monday", Kind: news.Occurrence, Date: "2025-03-17", Summary: "Rebels attacked Goma on Monday",
			Participants: []news.Participant{{Entity: "rebels", Role: "agent"}, {Entity: "goma", Role: "target"}},
		}, {
			Evidence: "The attack on Goma killed four people", Kind: news.Occurrence, Date: "../2025-03-23",
			Summary: "The attack on Goma killed four people", Participants: []news.Participant{{Entity: "goma"}},
		}},
	}, {
		name: "hypothetical, state and no publication date",
		body: "The deal could collapse. The war began in 2022 and the ceasefire may end.",
		want: []brief{
			{Evidence: "The deal could collapse", Kind: news.Hypothetical, Summary: "The deal could collapse"},
			{Evidence: "The war began in 2022", Kind: news.Occurrence, Date: "2022", Summary: "The war began in 2022"},
			{Evidence: "and the ceasefire may end", Kind: news.Hypothetical, Summary: "The ceasefire may end"},
		},
	}, {
		name: "abbreviations and initials end no sentence",
		body: "Gen. Thomas M. Crooks met Sen. Lee in Butler, Pa. last July.",
		ents: []entity.Entity{person("crooks", "Thomas M. Crooks"), person("lee", "Lee"), place("butler", "Butler")},
		pub:  pub,
		want: []brief{{
			Evidence: "Gen. Thomas M. Crooks met Sen. Lee in Butler, Pa. last July", Kind: news.Occurrence, Date: "2024-07",
			Summary: "Gen. Thomas M. Crooks met Sen. Lee in Butler", Place: "butler",
			Participants: []news.Participant{{Entity: "crooks", Role: "agent"}, {Entity: "lee", Role: "patient"}},
		}},
	}, {
		name: "days later counts from the event before",
		body: "The plant was bombed on March 3. Three days later, it reopened.",
		pub:  pub,
		want: []brief{{
			Evidence: "The plant was bombed on March 3", Kind: news.Occurrence, Date: "2025-03-03", Summary: "The plant was bombed on March 3",
		}, {
			Evidence: "Three days later, it reopened", Kind: news.Occurrence, Date: "2025-03-06", Summary: "It reopened",
			Relations: []news.Relation{{Type: news.After, Event: "ev1"}},
		}},
	}, {
		name: "empty",
		body: "",
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			es := ents(tt.body, tt.ents...)
			got := article.FindEvents(tt.body, es, tt.pub)
			if diff := cmp.Diff(tt.want, briefs(got)); diff != "" {
				t.Errorf("FindEvents (-want +got):\n%s", diff)
			}
			checkEvents(t, tt.body, es, tt.pub, got)
		})
	}
}

// checkEvents puts events into an Article and fails on any problem Check
// reports.
func checkEvents(t testing.TB, body string, es []entity.Entity, pub news.Date, evs []news.Event) {
	t.Helper()
	a := &article.Article{SchemaVersion: article.SchemaVersion, ID: "a", Headline: "h", Body: body,
		Published: pub, Entities: es, Events: evs}
	if ps := a.Check(); len(ps) > 0 {
		t.Errorf("Check: %v", ps)
	}
}

// TestFindEventsGolden writes the events of every gold article to
// testdata/events/out/NAME.json and compares; -update rewrites them.
func TestFindEventsGolden(t *testing.T) {
	for _, ga := range loadGold(t) {
		got := article.FindEvents(ga.a.Body, ga.a.Entities, ga.a.Published)
		b, err := json.MarshalIndent(got, "", "  ")
		if err != nil {
			t.Fatal(err)
		}
		b = append(b, '\n')
		file := filepath.Join("testdata", "events", "out", ga.name+".json")
		if *update {
			if err := os.MkdirAll(filepath.Dir(file), 0o755); err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(file, b, 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		want, err := os.ReadFile(file)
		if err != nil {
			t.Fatalf("%v (run with -update to write it)", err)
		}
		if diff := cmp.Diff(string(want), string(b)); diff != "" {
			t.Errorf("%s (-want +got):\n%s", ga.name, diff)
		}
	}
}

func FuzzFindEvents(f *testing.F) {
	f.Add("Rebels attacked Goma on Monday. The attack on Goma killed four people.", "Goma")
	f.Add("Putin prayed for Trump following an assassination attempt last July.", "Trump")
	f.Add("Gen. Thomas M. Crooks met Sen. Lee in Butler, Pa. last July.", "Lee")
	f.Add("“Unclosed quote. “ ” ‘ ’ « » „ …", "quote")
	f.Add("The plant was bombed on March 3. Three days later, it reopened, and then it closed again after the war.", "plant")
	f.Add(strings.Repeat("after ", 50)+"and then later", "after")
	f.Add("1-1-1-1-1-1-1-1 2024-2025 will will will could not", "will")
	pub := news.MustParseDate("2025-03-23")
	f.Fuzz(func(t *testing.T, body, name string) {
		if !utf8.ValidString(body) || !utf8.ValidString(name) || strings.TrimSpace(name) == "" {
			return
		}
		es := ents(body, org("x", name), place("p", name+" City"))
		start := time.Now()
		evs := article.FindEvents(body, es, pub)
		if d := time.Since(start); d > time.Second+time.Duration(len(body))*time.Microsecond {
			t.Errorf("%d bytes took %v", len(body), d)
		}
		checkEvents(t, body, es, pub, evs)
	})
}
