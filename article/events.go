package article

import (
	"slices"
	"sync"

	"github.com/newsmodel/newsmodel/entity"
	"github.com/newsmodel/newsmodel/news"
	"github.com/newsmodel/newsmodel/timex"
)

// EventOption configures FindEvents.
type EventOption func(*eventConfig)

type eventConfig struct {
	dateOpts []timex.Option
}

// EventDateOptions sets the options of the date normaliser FindEvents
// reads dates with, such as timex.WithDayFirst or timex.WithLocation. The
// direction of each clause is still FindEvents' own. Without this option
// FindEvents uses normalisers it builds once; with it, it builds them on
// every call, which costs about as much as reading a short article.
func EventDateOptions(opts ...timex.Option) EventOption {
	return func(c *eventConfig) { c.dateOpts = append(c.dateOpts, opts...) }
}

var (
	eventLexicon = sync.OnceValue(newLexicon)
	defaultDates = sync.OnceValue(func() *dateReaders { return newDateReaders(nil) })
)

// dateReaders are the normalisers of the two directions a clause can give.
type dateReaders struct{ past, future *timex.Normalizer }

func newDateReaders(opts []timex.Option) *dateReaders {
	p := append(slices.Clip(opts), timex.WithDirection(news.Past))
	f := append(slices.Clip(opts), timex.WithDirection(news.Future))
	return &dateReaders{past: timex.NewNormalizer(p...), future: timex.NewNormalizer(f...)}
}

// FindEvents returns the events that body reports: candidates from clauses
// that hold a date expression or an event cue, with evidence, dates,
// participants, summaries and relations. ents are the article's entities
// with their mentions in body; published anchors relative dates (zero:
// none).
//
// # Clauses and cues
//
// The body is cut into sentences (news abbreviations such as "Gen.",
// "U.S." and "Pa." and initials end none) and each sentence into clauses:
// at a semicolon or a dash, at ", and" and ", but", before "and" or "but"
// followed by a verb, before a subordinator ("after", "before",
// "following", "when", "since", "until", "during", "amid", …) or a
// relative pronoun ("which", "who", "where"), and after a sentence-initial
// subordinate clause at its first comma. A clause reports an event when it
// holds an event verb ("met", "signed", "was shot", "will vote", "died",
// "took office": about 250 verbs) or an event noun ("attack",
// "assassination attempt", "summit", "election", "war": about 150); its
// main event is the first finite verb, else the first noun, else an
// infinitive. A verb that only attributes words ("said", "told", "added",
// "according to") reports none, and a clause with no cue joins its
// neighbour, so that "before March 5" dates the event it follows; a
// clause of attribution alone ("officials said on Monday") is dropped with
// its date, which dates the saying.
//
// # Kind and tense
//
// "will", "plans to", "is expected to", "is set to", "is due to",
// "would" after a verb of saying, "must", and a present tense with a date
// ("the fiscal year begins on July 1") make an event [news.Planned] and
// read the clause's dates forward; "could", "may", "might", "would"
// otherwise and a negation ("did not sign") make it [news.Hypothetical];
// a noun such as "war" or "ceasefire" a [news.State]; "announced",
// "warned", "pledged", "denied" and other speech acts that do something a
// [news.Statement]; anything else an [news.Occurrence]. Past forms read
// dates back.
//
// # Dates
//
// The first date of the clause (from [timex.Normalizer.FindDates], with
// the clause's direction through [timex.WithDirection]) dates the event,
// as the text gives it, resolved against published. "N days later"
// counts from the event before it when that one is dated finely enough,
// and is left out otherwise. A past event with no date of its own is dated
// "../PUBLISHED" (before publication) with published as its anchor; a
// planned, hypothetical or state event without one has no date. A length
// just before an event noun ("a 30-day halt") is the event's Duration. An
// event whose date falls after publication but whose clause read as past
// becomes planned, so that the result passes [Article.Check].
//
// # Participants
//
// The entities mentioned in the clause take part: before an active verb as
// "agent", before a passive one ("was shot") as "target" (of a hostile
// verb such as "attack" or "shoot") or "patient"; right after the verb, or
// after "on" or "against" following a hostile noun, as "target" or
// "patient"; after "by" of a passive as "agent"; after "to" of a verb of
// giving as "recipient"; a possessive before an event noun ("Witkoff's
// meeting") as "agent". A place after "in", "at" or "near" is the event's
// Place, and an entity of kind event its Entity. A clause without a
// subject ("… and gave it to Witkoff") or with a pronoun for one ("it
// agreed") takes the agent of the clause before it in the same paragraph,
// when the pronoun fits the entity's kind.
//
// # Summaries, relations and repeats
//
// The summary is the clause cut to its subject, verb and object, at most
// about 100 characters, without dangling words or punctuation. "after",
// "following" and "since" make the main clause's event after the event of
// the clause they start, "before" and "until" before it, "when" overlap
// it, "during" and "amid" lie during it; "later", "then" and
// "afterwards" make an event after the one told just before. A relation
// that would contradict another, the dates, or close a circle is left
// out. An event told again (the same lemma, dates that agree, and a shared
// participant, the same date, or a definite noun such as "the attack") is
// one event with every evidence span. IDs are ev1, ev2, … in text order.
func FindEvents(body string, ents []entity.Entity, published news.Date, opts ...EventOption) []news.Event {
	var cfg eventConfig
	for _, o := range opts {
		o(&cfg)
	}
	readers := defaultDates()
	if len(cfg.dateOpts) > 0 {
		readers = newDateReaders(cfg.dateOpts)
	}
	f := &finder{
		body:      body,
		lx:        eventLexicon(),
		dates:     readers,
		ents:      ents,
		published: published,
	}
	if !published.IsZero() {
		f.anchor = published.Anchor()
		f.pubDay = published
		if published.Precision() > news.PrecisionDay && !published.IsInterval() {
			f.pubDay = news.DateOf(f.anchor, news.PrecisionDay)
		}
		if !published.IsInterval() {
			f.before, _ = news.ParseDate("../" + f.pubDay.String())
		}
	}
	return f.run()
}
