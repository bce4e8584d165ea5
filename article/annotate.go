package article

import (
	"io"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsmodel/newsmodel/entity"
	"github.com/newsmodel/newsmodel/quote"
)

// WithRegistry gives Annotate the user's known entities: their mentions are
// matched in the text first (names, aliases, titles, surnames after a full
// mention), and discovery adds what the registry does not know. ParseText
// ignores it.
func WithRegistry(r *entity.Registry) TextOption { return func(c *textConfig) { c.registry = r } }

// Annotate reads a plain-text article and returns it annotated: what
// ParseText reads, then the entities named in the body (from the registry
// given with [WithRegistry], then discovered), their mentions in the
// headline too, the quotes with their speakers (quote.Find), and the events
// with their dates, participants and relations ([FindEvents]). Relative
// dates resolve against the publication date, which comes from the text or
// the [Published] option and is never invented.
//
// The result always passes Check: what the finders produce that Check
// would refuse is pruned ([Article.Prune]) before it is returned. Errors are
// those of ParseText.
func Annotate(r io.Reader, opts ...TextOption) (*Article, error) {
	c := newTextConfig(opts)
	a, err := parseText(r, c)
	if err != nil {
		return nil, err
	}
	a.annotate(c.registry)
	return a, nil
}

// annotate fills the entities, quotes and events of a parsed article.
func (a *Article) annotate(reg *entity.Registry) {
	a.FindEntities(reg)
	found := quote.Find(a.Body, a.Entities)
	a.Entities = append(a.Entities, found.Speakers...)
	a.Quotes = found.Quotes
	a.Events = FindEvents(a.datelineMasked(), a.Entities, a.Published)
	a.Prune()
}

// FindEntities sets a's entities to those its body names: the entities it
// already has (such as the dateline's place) and those of reg (nil for
// none) found in the body, then the people, organisations and places
// discovered without a registry, each with every mention in the body and
// the headline. It is the first step of Annotate, for programs that want
// entities only; the result may need Prune before it passes Check.
func (a *Article) FindEntities(reg *entity.Registry) {
	known := a.Entities
	if reg != nil {
		known = mergeKnown(known, reg.Find(a.Body))
	}
	ents := entity.Discover(a.Body, entity.WithHeadline(a.Headline), entity.WithKnown(known))
	// The titles of related articles name people the body may not (a
	// relative quoted in a linked story): read them too.
	for i, l := range a.Related {
		ents = titleEntities(ents, l.Title, "/related/"+strconv.Itoa(i)+"/title")
	}
	for i := range ents {
		fieldMentions(&ents[i], a.Headline, "/headline")
		for j, l := range a.Related {
			fieldMentions(&ents[i], l.Title, "/related/"+strconv.Itoa(j)+"/title")
		}
	}
	a.Entities = ents
}

// titleEntities adds to ents the people, organisations and places that a
// title names and ents lacks, with their mentions in the field ptr.
func titleEntities(ents []entity.Entity, title, ptr string) []entity.Entity {
	if title == "" {
		return ents
	}
	have := make(map[string]bool, len(ents))
	for _, e := range ents {
		have[e.ID] = true
	}
	for _, e := range entity.Discover(title, entity.WithHeadline(title), entity.WithKnown(ents)) {
		if have[e.ID] || e.Kind != entity.Person {
			continue // title case makes organisations and places doubtful
		}
		for k := range e.Mentions {
			e.Mentions[k] = e.Mentions[k].In(ptr)
		}
		ents = append(ents, e)
	}
	return ents
}

// mergeKnown appends to known the entities of more whose IDs it lacks.
func mergeKnown(known, more []entity.Entity) []entity.Entity {
	seen := make(map[string]bool, len(known))
	for _, e := range known {
		seen[e.ID] = true
	}
	for _, e := range more {
		if !seen[e.ID] {
			known = append(known, e)
			seen[e.ID] = true
		}
	}
	return known
}

// fieldMentions adds e's mentions in text, whole words of its name and
// aliases, as spans of the field ptr (such as "/headline").
func fieldMentions(e *entity.Entity, text, ptr string) {
	if text == "" {
		return
	}
	probe := entity.Entity{Name: e.Name, Aliases: e.Aliases}
	probe.AddMentions(text)
	for _, m := range probe.Mentions {
		if !slices.Contains(e.Mentions, m.In(ptr)) {
			e.Mentions = append(e.Mentions, m.In(ptr))
		}
	}
}

// datelineMasked returns the body with its wire dateline ("LONDON, March 3
// (AP) -") blanked out, code point for code point, so that the first
// clause's events are not dated by the filing date.
func (a *Article) datelineMasked() string {
	if a.Dateline.Text == "" || !strings.HasPrefix(a.Body, a.Dateline.Text) {
		return a.Body
	}
	end := len(a.Dateline.Text)
	rest := a.Body[end:]
	trimmed := strings.TrimLeftFunc(rest, func(r rune) bool { return unicode.IsSpace(r) || strings.ContainsRune("—–-", r) })
	end += len(rest) - len(trimmed)
	n := utf8.RuneCountInString(a.Body[:end])
	return strings.Repeat(" ", n) + a.Body[end:]
}
