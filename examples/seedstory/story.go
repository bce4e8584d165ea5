package main

import (
	"strings"

	"golang.org/x/text/language"

	"github.com/newsmodel/newsmodel/article"
	"github.com/newsmodel/newsmodel/entity"
	"github.com/newsmodel/newsmodel/news"
	"github.com/newsmodel/newsmodel/quote"
)

// published is the story's publication date, against which "last July" and
// "before publication" are resolved.
var published = news.MustParseDate("2025-03-23")

// beforePublication dates an event that the story tells in the past without
// saying when: it lies somewhere up to the day of publication.
var beforePublication = news.When{
	Value:  news.MustParseDate("../2025-03-23"),
	Anchor: published,
}

// The words of the quotes that stand in the text, verbatim.
const (
	q1Words = "Putin told me a story, Tucker, about how when the president was shot, " +
		"he went to his local church and met with his priest and prayed for the president. " +
		"Not because he could become the president of the United States, but because he has " +
		"a friendship with him and he was praying for his friend."
	q3Words = "President Putin had commissioned a beautiful portrait of President Trump, " +
		"from the leading Russian artist, and actually gave it to me and asked me to take " +
		"it home to President Trump"
	maryTrumpWords = "Trump and His Corrupt Fascist Regime Are Aligned With the Agenda of " +
		"Vladimir Putin and Moscow"
)

// paragraphs is the body, one paragraph a string: a lead, then the paragraphs
// under "What Happened" and those under "Why It Matters".
var paragraphs = []string{
	// Lead.
	"Vladimir Putin prayed for Donald Trump after the attempt on Trump’s life last July, " +
		"says Steve Witkoff, the special envoy, who also spoke of a gift that the Russian " +
		"president had sent to Trump.",

	// What Happened.
	"One report says that Putin, a devout Russian Orthodox Christian, heard about the " +
		"shooting at a rally in Butler, Pa., and at once went to his local church, where he " +
		"prayed for Trump. Witkoff said that Putin sees Trump as a personal friend.",
	"Witkoff told Tucker Carlson in an interview what Putin had said to him: “" + q1Words + "”",
	"“" + q3Words + ",” Witkoff added.",
	"The gunman was Thomas Matthew Crooks, and a bullet he fired grazed the right ear of " +
		"the president. A Russian spokesperson suggested that a hostile “atmosphere around candidate " +
		"Trump”, stirred up by his opponents, had led to the attack.",
	"The portrait, by a renowned Russian artist, was commissioned by Putin, who handed it " +
		"to Witkoff to bring to the 47th president. According to Witkoff, Trump was " +
		"“clearly touched by it”.",

	// Why It Matters.
	"The main purpose of Witkoff’s meeting with Putin was to negotiate a ceasefire in the " +
		"war between Russia and Ukraine, which is still going on.",
	"The Kremlin turned down the Trump administration’s proposal of a 30-day ceasefire, " +
		"but it accepted a 30-day halt to attacks on “energy and infrastructure”.",
	"The episode shows how personal the rapport between Trump and Putin is, and that " +
		"rapport may yet bear on the negotiations to come.",
}

// summary is the story in one sentence, in the project's own words.
const summary = "Steve Witkoff, the US special envoy, says that Vladimir Putin prayed " +
	"for Donald Trump in his local church after the shooting in Butler, and later " +
	"sent Trump his own portrait, commissioned from a Russian artist."

// subjects classify the story with IPTC Media Topics, whose codes and
// names are those of the IPTC vocabulary at
// http://cv.iptc.org/newscodes/mediatopic/ (politics 11000000, diplomacy
// 20000639 under international relations, armed conflict 20000056 under
// conflict, war and peace).
var subjects = []article.Subject{
	{Scheme: "medtop", Code: "11000000", Name: "politics"},
	{Scheme: "medtop", Code: "20000639", Name: "diplomacy"},
	{Scheme: "medtop", Code: "20000056", Name: "armed conflict"},
}

// rights are those of this retelling: the body is the project's own words,
// under the project's licence; the quoted words are their speakers'.
var rights = article.Rights{
	Holder:     "The newsmodel Authors",
	Notice:     "© 2026 The newsmodel Authors; quoted words are their speakers' own",
	UsageTerms: "A retelling of a news report, made to test software; the quotes are verbatim, the rest is in the project's own words.",
	License:    "https://opensource.org/license/mit",
}

// field is one text of the document that spans count in: its JSON pointer
// and its text.
type field struct{ ptr, text string }

// at returns the span of the n-th occurrence of phrase in f, counting from
// 1, with Field set unless f is the body.
func (f field) at(phrase string, n int) news.Span {
	s := news.MustSpanOf(f.text, phrase, n)
	if f.ptr != "/body" {
		s = s.In(f.ptr)
	}
	return s
}

// section returns the section headed heading that covers paragraphs
// [from, to) of the body.
func section(body field, heading string, from, to int) article.Section {
	s := body.at(strings.Join(paragraphs[from:to], "\n\n"), 1)
	s.Text = "" // the section's text is the body itself; offsets suffice
	return article.Section{Heading: heading, Span: s}
}

// Story returns the article, built anew on every call.
func Story() *article.Article {
	a := &article.Article{
		SchemaVersion: article.SchemaVersion,
		ID:            "putin-prayed-for-trump",
		Language:      language.English,
		Headline:      "Putin prayed for Trump after the Butler shooting, Witkoff says",
		Published:     published,
		Body:          strings.Join(paragraphs, "\n\n"),
		Related: []article.Link{
			{Rel: "also-read", Title: "Mary Trump Slams Uncle: ‘" + maryTrumpWords + "'"},
			{Rel: "read-next", Title: "Putin Agrees With Trump: Ukraine War Avoidable if Trump Had Been in Office"},
		},
		Media:        []article.Media{{Kind: "image", Credit: "Shutterstock"}},
		Descriptions: []article.Description{{Role: "summary", Text: summary}},
		Subjects:     subjects,
		Rights:       rights,
	}
	body := field{"/body", a.Body}
	head := field{"/headline", a.Headline}
	alsoRead := field{"/related/0/title", a.Related[0].Title}
	readNext := field{"/related/1/title", a.Related[1].Title}
	credit := field{"/media/0/credit", a.Media[0].Credit}

	a.Sections = []article.Section{
		section(body, "What Happened", 1, 6),
		section(body, "Why It Matters", 6, 9),
	}
	a.Entities = entities(body, head, alsoRead, readNext, credit)
	a.Quotes = quotes(body, alsoRead)
	a.Events = events(body, head)
	return a
}

func entities(body, head, alsoRead, readNext, credit field) []entity.Entity {
	return []entity.Entity{
		{
			ID: "vladimir-putin", Kind: entity.Person, Name: "Vladimir Putin",
			Aliases:     []string{"Putin", "President Putin", "the Russian president"},
			Description: "President of Russia",
			Roles: []entity.Role{{
				Title: "President", Of: "russia",
				When: news.MustParseDate("2012-05-07/.."),
			}},
			ExternalIDs: map[string]string{"wikidata": "Q7747"},
			Relations:   []entity.Relation{{Type: entity.LeaderOf, Entity: "kremlin"}},
			Mentions: []news.Span{
				head.at("Putin", 1),
				body.at("Vladimir Putin", 1),
				body.at("the Russian president", 1),
				body.at("Putin", 2), body.at("Putin", 3), body.at("Putin", 4),
				body.at("Putin", 5), // in Witkoff's words to Carlson
				body.at("President Putin", 1),
				body.at("Putin", 7), body.at("Putin", 8), body.at("Putin", 9),
				alsoRead.at("Vladimir Putin", 1),
				readNext.at("Putin", 1),
			},
		},
		{
			ID: "donald-trump", Kind: entity.Person, Name: "Donald Trump",
			Aliases: []string{
				"Trump", "President Trump", "the president", "the 47th president",
				"candidate Trump", "Uncle",
			},
			Description: "47th President of the United States",
			Roles: []entity.Role{{
				Title: "President", Of: "united-states", Ordinal: 47,
				When: news.MustParseDate("2025-01-20/.."),
			}},
			ExternalIDs: map[string]string{"wikidata": "Q22686"},
			Relations:   []entity.Relation{{Type: entity.LeaderOf, Entity: "trump-administration"}},
			Mentions: []news.Span{
				head.at("Trump", 1),
				body.at("Donald Trump", 1),
				body.at("Trump", 2), body.at("Trump", 3), body.at("Trump", 4), body.at("Trump", 5),
				body.at("the president", 1), body.at("the president", 2), // the third is the office
				body.at("President Trump", 1), body.at("President Trump", 2),
				body.at("the president", 4),
				body.at("candidate Trump", 1),
				body.at("the 47th president", 1),
				body.at("Trump", 9),
				// Trump 10 is in "the Trump administration".
				body.at("Trump", 11),
				alsoRead.at("Uncle", 1),
				alsoRead.at("Trump", 2), // the first is in "Mary Trump"
				readNext.at("Trump", 1), readNext.at("Trump", 2),
			},
		},
		{
			ID: "steve-witkoff", Kind: entity.Person, Name: "Steve Witkoff",
			Aliases:     []string{"Witkoff", "the special envoy"},
			Description: "Special envoy of the Trump administration who met Putin",
			Roles: []entity.Role{{
				Title: "Special Envoy to the Middle East", Of: "united-states",
				When: news.MustParseDate("2025-01-20/.."),
			}},
			Relations: []entity.Relation{{Type: entity.EmployedBy, Entity: "trump-administration"}},
			Mentions: []news.Span{
				head.at("Witkoff", 1),
				body.at("Steve Witkoff", 1),
				body.at("the special envoy", 1),
				body.at("Witkoff", 2), body.at("Witkoff", 3), body.at("Witkoff", 4),
				body.at("Witkoff", 5), body.at("Witkoff", 6), body.at("Witkoff", 7),
			},
		},
		{
			ID: "tucker-carlson", Kind: entity.Person, Name: "Tucker Carlson",
			Aliases:     []string{"Tucker"},
			Description: "Interviewer to whom Witkoff told the story",
			Mentions: []news.Span{
				body.at("Tucker Carlson", 1),
				body.at("Tucker", 2), // Witkoff addresses him in the quote
			},
		},
		{
			ID: "thomas-matthew-crooks", Kind: entity.Person, Name: "Thomas Matthew Crooks",
			Description: "Gunman in the attempt on Trump's life at Butler",
			Mentions:    []news.Span{body.at("Thomas Matthew Crooks", 1)},
		},
		{
			ID: "mary-trump", Kind: entity.Person, Name: "Mary Trump",
			Description: "Niece of Donald Trump",
			Relations: []entity.Relation{{
				Type: entity.RelativeOf, Entity: "donald-trump", Detail: "niece",
			}},
			Mentions: []news.Span{alsoRead.at("Mary Trump", 1)},
		},
		{
			ID: "butler-pa", Kind: entity.Place, Name: "Butler, Pennsylvania",
			Aliases:     []string{"Butler, Pa.", "Butler"},
			Description: "Town where Trump was shot at a rally",
			Relations:   []entity.Relation{{Type: entity.LocatedIn, Entity: "united-states"}},
			Mentions:    []news.Span{head.at("Butler", 1), body.at("Butler, Pa.", 1)},
		},
		{
			ID: "russia", Kind: entity.Place, Name: "Russia",
			ExternalIDs: map[string]string{"wikidata": "Q159"},
			Mentions:    []news.Span{body.at("Russia", 6)}, // the five before are "Russian"
		},
		{
			ID: "ukraine", Kind: entity.Place, Name: "Ukraine",
			ExternalIDs: map[string]string{"wikidata": "Q212"},
			Mentions:    []news.Span{body.at("Ukraine", 1), readNext.at("Ukraine", 1)},
		},
		{
			ID: "united-states", Kind: entity.Place, Name: "United States",
			Aliases:     []string{"the United States"},
			ExternalIDs: map[string]string{"wikidata": "Q30"},
			Mentions:    []news.Span{body.at("the United States", 1)},
		},
		{
			ID: "moscow", Kind: entity.Place, Name: "Moscow",
			Description: "Capital of Russia",
			ExternalIDs: map[string]string{"wikidata": "Q649"},
			Relations:   []entity.Relation{{Type: entity.LocatedIn, Entity: "russia"}},
			Mentions:    []news.Span{alsoRead.at("Moscow", 1)},
		},
		{
			ID: "kremlin", Kind: entity.Organization, Name: "Kremlin",
			Aliases:     []string{"the Kremlin"},
			Description: "The Russian presidency and government",
			Relations:   []entity.Relation{{Type: entity.PartOf, Entity: "russia"}},
			Mentions:    []news.Span{body.at("Kremlin", 1)},
		},
		{
			ID: "trump-administration", Kind: entity.Organization, Name: "Trump administration",
			Aliases:     []string{"the Trump administration"},
			Description: "The executive branch of the United States under Donald Trump",
			Relations:   []entity.Relation{{Type: entity.PartOf, Entity: "united-states"}},
			Mentions:    []news.Span{body.at("Trump administration", 1)},
		},
		{
			ID: "russian-spokesperson", Kind: entity.Person, Name: "Russian spokesperson",
			Unnamed:     true,
			Description: "A spokesperson for Russia whom the story does not name",
			Roles:       []entity.Role{{Title: "Spokesperson", Of: "russia"}},
			Relations:   []entity.Relation{{Type: entity.AffiliatedWith, Entity: "russia"}},
			Mentions:    []news.Span{body.at("A Russian spokesperson", 1)},
		},
		{
			ID: "russian-artist", Kind: entity.Person, Name: "Russian artist",
			Unnamed:     true,
			Aliases:     []string{"the leading Russian artist", "a renowned Russian artist"},
			Description: "The artist who painted Trump's portrait for Putin",
			Relations:   []entity.Relation{{Type: entity.CitizenOf, Entity: "russia"}},
			Mentions: []news.Span{
				body.at("the leading Russian artist", 1),
				body.at("a renowned Russian artist", 1),
			},
		},
		{
			ID: "trump-portrait", Kind: entity.Work, Name: "Portrait of Donald Trump",
			Unnamed:     true,
			Aliases:     []string{"a gift", "a beautiful portrait", "The portrait"},
			Description: "Portrait of Trump that Putin commissioned and sent to him through Witkoff",
			Relations: []entity.Relation{
				{Type: entity.CreatedBy, Entity: "russian-artist"},
				{Type: entity.Depicts, Entity: "donald-trump"},
				{Type: entity.OwnedBy, Entity: "donald-trump", Detail: "a gift from Putin"},
			},
			Mentions: []news.Span{
				body.at("a gift", 1),
				body.at("a beautiful portrait", 1),
				body.at("The portrait", 1),
			},
		},
		{
			ID: "putins-church", Kind: entity.Place, Name: "Putin's local church",
			Unnamed:     true,
			Description: "The church where Putin prayed for Trump",
			Mentions:    []news.Span{body.at("his local church", 1), body.at("his local church", 2)},
		},
		{
			ID: "putins-priest", Kind: entity.Person, Name: "Putin's priest",
			Unnamed:     true,
			Description: "The priest Putin met at his church",
			Relations:   []entity.Relation{{Type: entity.AffiliatedWith, Entity: "putins-church"}},
			Mentions:    []news.Span{body.at("his priest", 1)},
		},
		{
			ID: "russia-ukraine-war", Kind: entity.Event, Name: "War between Russia and Ukraine",
			Aliases:  []string{"Ukraine War"},
			Mentions: []news.Span{body.at("the war between Russia and Ukraine", 1), readNext.at("Ukraine War", 1)},
		},
		{
			ID: "shutterstock", Kind: entity.Organization, Name: "Shutterstock",
			Description: "Supplier of the article's image",
			Mentions:    []news.Span{credit.at("Shutterstock", 1)},
		},
	}
}

func quotes(body, alsoRead field) []quote.Quote {
	return []quote.Quote{
		{
			ID: "q1", Kind: quote.Direct, Text: q1Words,
			Speaker:  "steve-witkoff",
			Cue:      quote.Cue{Text: "told", Lemma: "tell"},
			Audience: []string{"tucker-carlson"},
			Setting:  "interview",
			Event:    "ev7",
			Reports:  "q2",
			Span:     body.at(q1Words, 1),
		},
		{
			// What Putin told Witkoff, known only as Witkoff relays it in q1.
			ID: "q2", Kind: quote.Indirect,
			Text: "When Trump was shot, Putin went to his local church, met with his priest " +
				"and prayed for him, not because Trump could become president of the United " +
				"States but because Putin counts him a friend.",
			Speaker:  "vladimir-putin",
			Cue:      quote.Cue{Text: "told", Lemma: "tell"},
			Audience: []string{"steve-witkoff"},
		},
		{
			ID: "q3", Kind: quote.Direct, Text: q3Words,
			Speaker:  "steve-witkoff",
			Cue:      quote.Cue{Text: "added", Lemma: "add"},
			Audience: []string{"tucker-carlson"},
			Setting:  "interview",
			Event:    "ev7",
			Span:     body.at(q3Words, 1),
		},
		{
			ID: "q4", Kind: quote.Partial, Text: "atmosphere around candidate Trump",
			Speaker: "russian-spokesperson",
			Cue:     quote.Cue{Text: "suggested", Lemma: "suggest"},
			Span:    body.at("atmosphere around candidate Trump", 1),
		},
		{
			ID: "q5", Kind: quote.Partial, Text: "clearly touched by it",
			Speaker: "steve-witkoff",
			About:   []string{"donald-trump"},
			Cue:     quote.Cue{Text: "According to", Lemma: "according to"},
			Span:    body.at("clearly touched by it", 1),
		},
		{
			ID: "q6", Kind: quote.Indirect, Text: "Putin sees Trump as a personal friend",
			Speaker: "steve-witkoff",
			Cue:     quote.Cue{Text: "said", Lemma: "say"},
			Span:    body.at("Putin sees Trump as a personal friend", 1),
		},
		{
			// The story does not say whose words these are: the Kremlin's, or
			// those of the agreement it accepted.
			ID: "q7", Kind: quote.Partial, Text: "energy and infrastructure",
			Span: body.at("energy and infrastructure", 1),
		},
		{
			ID: "q8", Kind: quote.Direct, Text: maryTrumpWords,
			Speaker: "mary-trump",
			Cue:     quote.Cue{Text: "Slams", Lemma: "slam"},
			About:   []string{"donald-trump"},
			Span:    alsoRead.at(maryTrumpWords, 1),
		},
	}
}

func events(body, head field) []news.Event {
	return []news.Event{
		{
			ID: "ev1", Kind: news.Occurrence,
			Summary: "Thomas Matthew Crooks tried to assassinate Donald Trump at a rally in Butler, Pennsylvania; a bullet grazed Trump's right ear.",
			When: news.When{
				Value: news.MustParseDate("2024-07"), Text: "last July",
				Anchor: published, Resolution: news.Past,
			},
			Place: "butler-pa",
			Participants: []news.Participant{
				{Entity: "donald-trump", Role: "target"},
				{Entity: "thomas-matthew-crooks", Role: "perpetrator"},
			},
			Evidence: []news.Span{
				head.at("the Butler shooting", 1),
				body.at("the attempt on Trump’s life last July", 1),
				body.at("the shooting at a rally in Butler, Pa.", 1),
				body.at("when the president was shot", 1),
				body.at("The gunman was Thomas Matthew Crooks, and a bullet he fired grazed the right ear of the president.", 1),
			},
		},
		{
			ID: "ev2", Kind: news.Occurrence,
			Summary: "Putin went to his local church, met his priest and prayed for Trump.",
			// After the attempt of July 2024 and before the story: the window
			// the story allows, with the order kept in Relations too.
			When:  news.When{Value: news.MustParseDate("2024-07/2025-03-23"), Anchor: published},
			Place: "putins-church",
			Participants: []news.Participant{
				{Entity: "vladimir-putin", Role: "agent"},
				{Entity: "donald-trump", Role: "beneficiary"},
				{Entity: "putins-priest", Role: "companion"},
			},
			Relations: []news.Relation{{Type: news.After, Event: "ev1"}},
			Evidence: []news.Span{
				head.at("Putin prayed for Trump", 1),
				body.at("Vladimir Putin prayed for Donald Trump", 1),
				body.at("at once went to his local church, where he prayed for Trump", 1),
				body.at("he went to his local church and met with his priest and prayed for the president", 1),
			},
		},
		{
			ID: "ev3", Kind: news.Occurrence,
			Summary: "Putin commissioned a portrait of Trump from a Russian artist.",
			When:    beforePublication,
			Participants: []news.Participant{
				{Entity: "vladimir-putin", Role: "agent"},
				{Entity: "russian-artist", Role: "artist"},
				{Entity: "trump-portrait", Role: "product"},
			},
			Relations: []news.Relation{{Type: news.Before, Event: "ev5"}},
			Evidence: []news.Span{
				body.at("President Putin had commissioned a beautiful portrait of President Trump, from the leading Russian artist", 1),
				body.at("The portrait, by a renowned Russian artist, was commissioned by Putin", 1),
			},
		},
		{
			ID: "ev4", Kind: news.Occurrence,
			Summary: "Witkoff met Putin, chiefly to negotiate a ceasefire between Russia and Ukraine.",
			When:    beforePublication,
			Participants: []news.Participant{
				{Entity: "steve-witkoff", Role: "negotiator"},
				{Entity: "vladimir-putin", Role: "negotiator"},
			},
			Relations: []news.Relation{{Type: news.During, Event: "ev10"}},
			Evidence: []news.Span{
				body.at("The main purpose of Witkoff’s meeting with Putin was to negotiate a ceasefire", 1),
			},
		},
		{
			ID: "ev5", Kind: news.Occurrence,
			Summary: "Putin gave the portrait to Witkoff and asked him to take it to Trump.",
			When:    beforePublication,
			Participants: []news.Participant{
				{Entity: "vladimir-putin", Role: "agent"},
				{Entity: "steve-witkoff", Role: "recipient"},
				{Entity: "trump-portrait", Role: "theme"},
			},
			// The story does not say the portrait changed hands at the
			// ceasefire meeting, only that it did before the interview.
			Relations: []news.Relation{{Type: news.After, Event: "ev3"}, {Type: news.Before, Event: "ev7"}},
			Evidence: []news.Span{
				body.at("actually gave it to me and asked me to take it home to President Trump", 1),
				body.at("who handed it to Witkoff to bring to the 47th president", 1),
			},
		},
		{
			ID: "ev6", Kind: news.Occurrence,
			Summary: "Witkoff brought the portrait to Trump, who was touched by it.",
			When:    beforePublication,
			Participants: []news.Participant{
				{Entity: "steve-witkoff", Role: "agent"},
				{Entity: "donald-trump", Role: "recipient"},
				{Entity: "trump-portrait", Role: "theme"},
			},
			// Witkoff reports Trump's reaction in the interview.
			Relations: []news.Relation{{Type: news.After, Event: "ev5"}, {Type: news.Before, Event: "ev7"}},
			Evidence: []news.Span{
				body.at("a gift that the Russian president had sent to Trump", 1),
				body.at("According to Witkoff, Trump was “clearly touched by it”.", 1),
			},
		},
		{
			ID: "ev7", Kind: news.Statement,
			Summary: "Witkoff, interviewed by Tucker Carlson, told of Putin's prayer and of the portrait.",
			When:    beforePublication,
			Participants: []news.Participant{
				{Entity: "steve-witkoff", Role: "interviewee"},
				{Entity: "tucker-carlson", Role: "interviewer"},
			},
			Relations: []news.Relation{
				{Type: news.After, Event: "ev2"},
				{Type: news.After, Event: "ev4"},
			},
			Evidence: []news.Span{body.at("Witkoff told Tucker Carlson in an interview", 1)},
		},
		{
			ID: "ev8", Kind: news.Occurrence,
			Summary: "The Kremlin rejected the Trump administration's proposal of a 30-day ceasefire.",
			When:    beforePublication,
			Participants: []news.Participant{
				{Entity: "kremlin", Role: "agent"},
				{Entity: "trump-administration", Role: "proposer"},
			},
			Relations: []news.Relation{{Type: news.During, Event: "ev10"}},
			Evidence: []news.Span{
				body.at("The Kremlin turned down the Trump administration’s proposal of a 30-day ceasefire", 1),
			},
		},
		{
			ID: "ev9", Kind: news.Occurrence,
			Summary: "The Kremlin agreed to a 30-day halt on attacks on energy and infrastructure.",
			When:    beforePublication,
			Participants: []news.Participant{
				{Entity: "kremlin", Role: "agent"},
			},
			Relations: []news.Relation{
				{Type: news.Simultaneous, Event: "ev8"},
				{Type: news.During, Event: "ev10"},
			},
			Evidence: []news.Span{
				body.at("it accepted a 30-day halt to attacks on “energy and infrastructure”", 1),
			},
		},
		{
			ID: "ev10", Kind: news.State, Entity: "russia-ukraine-war",
			Summary: "Russia and Ukraine are at war; the war was still going on when the story was published.",
			Participants: []news.Participant{
				{Entity: "russia", Role: "belligerent"},
				{Entity: "ukraine", Role: "belligerent"},
			},
			Evidence: []news.Span{
				body.at("the war between Russia and Ukraine, which is still going on", 1),
			},
		},
		{
			// What was proposed and turned down: a ceasefire that did not
			// happen, known by its length only.
			ID: "ev11", Kind: news.Hypothetical,
			Summary:  "A 30-day ceasefire between Russia and Ukraine, proposed by the Trump administration.",
			Duration: news.MustParseDuration("P30D"),
			Participants: []news.Participant{
				{Entity: "russia", Role: "party"},
				{Entity: "ukraine", Role: "party"},
				{Entity: "trump-administration", Role: "proposer"},
			},
			Evidence: []news.Span{body.at("a 30-day ceasefire", 1)},
		},
		{
			// What the Kremlin agreed to: a halt that follows the agreement
			// and lasts 30 days; the story gives no start.
			ID: "ev12", Kind: news.Planned,
			Summary:  "A 30-day halt to Russian attacks on energy and infrastructure.",
			Duration: news.MustParseDuration("P30D"),
			Participants: []news.Participant{
				{Entity: "russia", Role: "agent"},
			},
			Relations: []news.Relation{
				{Type: news.After, Event: "ev9"},
				{Type: news.During, Event: "ev10"},
			},
			Evidence: []news.Span{body.at("a 30-day halt to attacks on “energy and infrastructure”", 1)},
		},
	}
}
