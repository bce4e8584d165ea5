package article

import (
	"github.com/newsmodel/newsmodel/entity"
	"github.com/newsmodel/newsmodel/timeline"
)

// TimelineItems returns the events of a as input for a [timeline.Builder],
// one item per event, in document order:
//   - the source is the article: its ID, URL, publication date and
//     publisher's name;
//   - each participant, and the event's place with role "place", is
//     resolved through the article's entities to its name and external IDs,
//     which hold across documents; an ID that names no entity stands as its
//     own name;
//   - the item's key is "wikidata:QID" when the event names an entity of its
//     own (Event.Entity) that has a Wikidata ID, so that articles naming the
//     same war or summit are merged by it; otherwise the builder matches
//     events by similarity;
//   - the quotes said at the event (Quote.Event) come along with their
//     speaker's name.
func (a *Article) TimelineItems() []timeline.Item {
	if a == nil || len(a.Events) == 0 {
		return nil
	}
	ents := make(map[string]*entity.Entity, len(a.Entities))
	for i := range a.Entities {
		ents[a.Entities[i].ID] = &a.Entities[i]
	}
	identity := func(id, role string) timeline.Identity {
		if e, ok := ents[id]; ok {
			return timeline.Identity{Name: e.Name, Role: role, ExternalIDs: e.ExternalIDs}
		}
		return timeline.Identity{Name: id, Role: role}
	}
	src := &timeline.Source{Article: a.ID, URL: a.URL, Published: a.Published, Publisher: a.Publisher.Name}
	// The quotes said at each event, in document order, indexed once so
	// that the cost is linear in events plus quotes.
	said := make(map[string][]int)
	for i := range a.Quotes {
		if id := a.Quotes[i].Event; id != "" {
			said[id] = append(said[id], i)
		}
	}
	items := make([]timeline.Item, len(a.Events))
	for i, ev := range a.Events {
		it := timeline.Item{Source: src, Event: ev}
		for _, p := range ev.Participants {
			it.Participants = append(it.Participants, identity(p.Entity, p.Role))
		}
		if ev.Place != "" {
			it.Participants = append(it.Participants, identity(ev.Place, "place"))
		}
		if e, ok := ents[ev.Entity]; ok && e.ExternalIDs["wikidata"] != "" {
			it.Key = "wikidata:" + e.ExternalIDs["wikidata"]
		}
		for _, qi := range said[ev.ID] {
			q := &a.Quotes[qi]
			qt := timeline.Quotation{Text: q.Text}
			if q.Speaker != "" {
				qt.Speaker = identity(q.Speaker, "").Name
			}
			it.Quotes = append(it.Quotes, qt)
		}
		items[i] = it
	}
	return items
}
