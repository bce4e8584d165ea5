package quote_test

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/newsmodel/newsmodel/entity"
	"github.com/newsmodel/newsmodel/quote"
)

// got is the part of a Quote the table tests compare, with names for IDs.
type got struct {
	Kind     quote.Kind
	Text     string
	Speaker  string
	Cue      string
	Lemma    string
	Audience []string
	Setting  string
	Reports  string
}

func person(id, name string, aliases ...string) entity.Entity {
	return entity.Entity{ID: id, Kind: entity.Person, Name: name, Aliases: aliases}
}

func org(id, name string, aliases ...string) entity.Entity {
	return entity.Entity{ID: id, Kind: entity.Organization, Name: name, Aliases: aliases}
}

func TestFind(t *testing.T) {
	witkoff := person("steve-witkoff", "Steve Witkoff")
	putin := person("vladimir-putin", "Vladimir Putin", "Putin")
	carlson := person("tucker-carlson", "Tucker Carlson")
	harlow := person("denise-harlow", "Denise Harlow")
	reyes := person("tom-reyes", "Tom Reyes")
	tests := []struct {
		name string
		text string
		ents []entity.Entity
		want []got
	}{{
		name: "curly marks, cue after",
		text: "“We will fix the pipes,” Reyes said. “It is the expensive road.”",
		ents: []entity.Entity{reyes},
		want: []got{
			{Kind: quote.Direct, Text: "We will fix the pipes,", Speaker: "tom-reyes", Cue: "said", Lemma: "say"},
			{Kind: quote.Direct, Text: "It is the expensive road.", Speaker: "tom-reyes", Cue: "said", Lemma: "say"},
		},
	}, {
		name: "straight marks, inverted cue, new name",
		text: `"It's like a Sunday in January," said Tom Ashby, who runs a cafe.`,
		want: []got{{Kind: quote.Direct, Text: "It's like a Sunday in January,", Speaker: "tom-ashby", Cue: "said", Lemma: "say"}},
	}, {
		name: "British single marks with apostrophes inside",
		text: "‘I’ve lost count of the days I’ve worked from home,’ said the nurse.",
		want: []got{{Kind: quote.Direct, Text: "I’ve lost count of the days I’ve worked from home,", Speaker: "nurse", Cue: "said", Lemma: "say"}},
	}, {
		name: "guillemets",
		text: "«Nous ne reculerons pas», Morel said.",
		ents: []entity.Entity{person("jean-luc-morel", "Jean-Luc Morel")},
		want: []got{{Kind: quote.Direct, Text: "Nous ne reculerons pas", Speaker: "jean-luc-morel", Cue: "said", Lemma: "say"}},
	}, {
		name: "German marks",
		text: "„Wir sind bereit“, Sommer said. She added: „Die Fahrer sind bereit.“",
		ents: []entity.Entity{person("petra-sommer", "Petra Sommer")},
		want: []got{
			{Kind: quote.Direct, Text: "Wir sind bereit", Speaker: "petra-sommer", Cue: "said", Lemma: "say"},
			{Kind: quote.Direct, Text: "Die Fahrer sind bereit.", Speaker: "petra-sommer", Cue: "added", Lemma: "add"},
		},
	}, {
		name: "quote over two paragraphs",
		text: "Harlow spoke last.\n\n“We could have waited.\n\n“Instead we took the easy road,” Harlow said.",
		ents: []entity.Entity{harlow},
		want: []got{{Kind: quote.Direct, Text: "We could have waited.\n\nInstead we took the easy road,", Speaker: "denise-harlow", Cue: "said", Lemma: "say"}},
	}, {
		name: "partial quote, according to",
		text: "Trump was “clearly touched by it”, according to Witkoff.",
		ents: []entity.Entity{witkoff},
		want: []got{{Kind: quote.Partial, Text: "clearly touched by it", Speaker: "steve-witkoff", Cue: "according to", Lemma: "according to"}},
	}, {
		name: "mixed: a fragment that runs into sentences",
		text: "Reyes called the plan “a disgrace. We will appeal.”",
		ents: []entity.Entity{reyes},
		want: []got{{Kind: quote.Mixed, Text: "a disgrace. We will appeal.", Speaker: "tom-reyes", Cue: "called", Lemma: "call"}},
	}, {
		name: "indirect, cue after",
		text: "Putin considers Trump a personal friend, Witkoff said.",
		ents: []entity.Entity{witkoff, putin},
		want: []got{{Kind: quote.Indirect, Text: "Putin considers Trump a personal friend", Speaker: "steve-witkoff", Cue: "said", Lemma: "say"}},
	}, {
		name: "indirect, told with audience and that",
		text: "Reyes told Steve Witkoff that the mains would be replaced by June.",
		ents: []entity.Entity{reyes, witkoff},
		want: []got{{Kind: quote.Indirect, Text: "the mains would be replaced by June", Speaker: "tom-reyes", Cue: "told", Lemma: "tell", Audience: []string{"steve-witkoff"}}},
	}, {
		name: "unnamed speaker and setting",
		text: "A Kremlin spokesperson said in a statement that the talks had been useful.",
		want: []got{{Kind: quote.Indirect, Text: "the talks had been useful", Speaker: "kremlin-spokesperson", Cue: "said", Lemma: "say", Setting: "statement"}},
	}, {
		name: "pronoun and title from an apposition",
		text: "Steve Witkoff, the special envoy, arrived on Monday. “We made progress,” the envoy said. “More soon,” he added.",
		ents: []entity.Entity{witkoff},
		want: []got{
			{Kind: quote.Direct, Text: "We made progress,", Speaker: "steve-witkoff", Cue: "said", Lemma: "say"},
			{Kind: quote.Direct, Text: "More soon,", Speaker: "steve-witkoff", Cue: "added", Lemma: "add"},
		},
	}, {
		name: "who clause, interview with an audience",
		text: "Witkoff, during an interview with Tucker Carlson, detailed the visit: “Putin told me a story about his church.”",
		ents: []entity.Entity{witkoff, putin, carlson},
		want: []got{
			{Kind: quote.Direct, Text: "Putin told me a story about his church.", Speaker: "steve-witkoff", Cue: "detailed", Lemma: "detail",
				Audience: []string{"tucker-carlson"}, Setting: "interview", Reports: "q2"},
			{Kind: quote.Indirect, Text: "a story about his church", Speaker: "vladimir-putin", Cue: "told", Lemma: "tell", Audience: []string{"steve-witkoff"}},
		},
	}, {
		name: "nested marks",
		text: "“He said, ‘Nobody needs to know,’ and left,” Ortiz testified.",
		ents: []entity.Entity{person("maria-ortiz", "Maria Ortiz"), person("ray-kessler", "Ray Kessler")},
		want: []got{
			{Kind: quote.Direct, Text: "He said, ‘Nobody needs to know,’ and left,", Speaker: "maria-ortiz", Cue: "testified", Lemma: "testify", Setting: "testimony", Reports: "q2"},
			{Kind: quote.Direct, Text: "Nobody needs to know,", Cue: "said", Lemma: "say"},
		},
	}, {
		name: "interview transcript",
		text: "Q: Why wood?\n\nA: Because my grandmother cooked that way.\n\nQ: And gas?\n\nA: Too dear.",
		want: []got{
			{Kind: quote.Direct, Text: "Why wood?", Speaker: "interviewer", Audience: []string{"interviewee"}, Setting: "interview"},
			{Kind: quote.Direct, Text: "Because my grandmother cooked that way.", Speaker: "interviewee", Audience: []string{"interviewer"}, Setting: "interview"},
			{Kind: quote.Direct, Text: "And gas?", Speaker: "interviewer", Audience: []string{"interviewee"}, Setting: "interview"},
			{Kind: quote.Direct, Text: "Too dear.", Speaker: "interviewee", Audience: []string{"interviewer"}, Setting: "interview"},
		},
	}, {
		name: "unclosed mark runs to the paragraph end",
		text: "Harlow said: “We could have waited\n\nThe vote was 7-2.",
		ents: []entity.Entity{harlow},
		want: []got{{Kind: quote.Direct, Text: "We could have waited", Speaker: "denise-harlow", Cue: "said", Lemma: "say"}},
	}, {
		name: "stray closing mark is text",
		text: "“It works,” Reyes said” twice.",
		ents: []entity.Entity{reyes},
		want: []got{{Kind: quote.Direct, Text: "It works,", Speaker: "tom-reyes", Cue: "said", Lemma: "say"}},
	}, {
		name: "a participle cue goes on with the speaker before",
		text: `"We are ready," the minister told parliament, adding: "There is no alternative."`,
		want: []got{
			{Kind: quote.Direct, Text: "We are ready,", Speaker: "minister", Cue: "told", Lemma: "tell"},
			{Kind: quote.Direct, Text: "There is no alternative.", Speaker: "minister", Cue: "adding", Lemma: "add"},
		},
	}, {
		name: "a leading clause is not reported speech",
		text: `Asked about the delay, Smith said, "We are working on it."`,
		want: []got{{Kind: quote.Direct, Text: "We are working on it.", Speaker: "smith", Cue: "said", Lemma: "say"}},
	}, {
		name: "a pronoun that fits nobody leaves the speaker empty",
		text: "Joe Biden said the talks would go on.\n\n\"I don't know,\" she admitted.",
		ents: []entity.Entity{person("joe-biden", "Joe Biden")},
		want: []got{
			{Kind: quote.Indirect, Text: "the talks would go on", Speaker: "joe-biden", Cue: "said", Lemma: "say"},
			{Kind: quote.Direct, Text: "I don't know,", Cue: "admitted", Lemma: "admit"},
		},
	}, {
		name: "a name after the is an organisation",
		text: "The White House said it would respond to the letter.",
		want: []got{{Kind: quote.Indirect, Text: "it would respond to the letter", Speaker: "white-house", Cue: "said", Lemma: "say"}},
	}, {
		name: "a conjunction that starts the sentence is no part of the name",
		text: "But Jones said the figures were wrong.",
		want: []got{{Kind: quote.Indirect, Text: "the figures were wrong", Speaker: "jones", Cue: "said", Lemma: "say"}},
	}, {
		name: "an attribution ending the paragraph before",
		text: "Northern Rail said in a statement:\n\n“We are disappointed. Passengers deserve better.”",
		ents: []entity.Entity{org("northern-rail", "Northern Rail")},
		want: []got{{Kind: quote.Direct, Text: "We are disappointed. Passengers deserve better.", Speaker: "northern-rail", Cue: "said", Lemma: "say", Setting: "statement"}},
	}, {
		name: "an abbreviated title before a name",
		text: "State Sen. Rachel Ortega, who chairs the committee, said she supported the request.",
		ents: []entity.Entity{person("rachel-ortega", "Rachel Ortega")},
		want: []got{{Kind: quote.Indirect, Text: "she supported the request", Speaker: "rachel-ortega", Cue: "said", Lemma: "say"}},
	}, {
		name: "a title in marks is no quote",
		text: "Her book, “Smoke and Pepper,” is out now.",
	}, {
		name: "denial and question are no quotes",
		text: "Holloway has not said whether he will release the records. Vance asked why she had waited.",
		ents: []entity.Entity{person("derek-holloway", "Derek Holloway"), person("peter-vance", "Peter Vance")},
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := quote.Find(tt.text, tt.ents)
			if errs := checkResult(tt.text, tt.ents, res); len(errs) > 0 {
				t.Errorf("invalid result: %v", errs)
			}
			var gotQ []got
			for _, q := range res.Quotes {
				gotQ = append(gotQ, got{Kind: q.Kind, Text: q.Text, Speaker: q.Speaker, Cue: q.Cue.Text, Lemma: q.Cue.Lemma,
					Audience: q.Audience, Setting: q.Setting, Reports: q.Reports})
			}
			if diff := cmp.Diff(tt.want, gotQ); diff != "" {
				t.Errorf("Find(%q) (-want +got):\n%s", tt.text, diff)
			}
		})
	}
}

func TestReportingVerbs(t *testing.T) {
	if n := len(quote.ReportingVerbs()); n < 60 {
		t.Errorf("%d reporting verbs, want at least 60", n)
	}
}
