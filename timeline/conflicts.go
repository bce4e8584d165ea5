package timeline

import (
	"cmp"
	"fmt"
	"slices"
	"strings"

	"github.com/newsmodel/newsmodel/news"
)

// draftConflict is a conflict while the timeline is built; its message is
// written once entries have their IDs.
type draftConflict struct {
	contra  bool // undated entries placed between dates that exclude it
	kind    ConflictKind
	entries []int32
	claims  []Claim
}

// finishConflicts writes the messages of the conflicts, sorts them along
// the timeline and records them in the entries.
func finishConflicts(t *Timeline, cs []draftConflict, pos []int32) []Conflict {
	if len(cs) == 0 {
		return nil
	}
	entry := func(v int32) *Entry {
		p := int(pos[v])
		if p < len(t.Entries) {
			return &t.Entries[p]
		}
		return &t.Unplaced[p-len(t.Entries)].Entry
	}
	type sorted struct {
		at int32
		c  Conflict
		vs []int32
	}
	out := make([]sorted, len(cs))
	for k, c := range cs {
		vs := slices.Clone(c.entries)
		slices.SortFunc(vs, func(a, b int32) int { return cmp.Compare(pos[a], pos[b]) })
		vs = slices.Compact(vs)
		ids := make([]string, len(vs))
		for i, v := range vs {
			ids[i] = entry(v).ID
		}
		out[k] = sorted{at: pos[vs[0]], vs: vs, c: Conflict{Kind: c.kind, Entries: ids, Claims: c.claims,
			Message: conflictMessage(c, entry)}}
	}
	slices.SortStableFunc(out, func(a, b sorted) int {
		return cmp.Or(cmp.Compare(a.at, b.at), strings.Compare(string(a.c.Kind), string(b.c.Kind)),
			strings.Compare(a.c.Message, b.c.Message))
	})
	res := make([]Conflict, len(out))
	for k, o := range out {
		res[k] = o.c
		for _, v := range o.vs {
			e := entry(v)
			e.Conflicts = append(e.Conflicts, k)
		}
	}
	return res
}

// claimant names the source and event of a claim, for messages:
// "ARTICLE (EVENT)".
func claimant(c Claim) string {
	return c.Source.Article + " (" + c.Event + ")"
}

// conflictMessage says what is wrong, for a person; entry returns the
// written entry of a draft entry.
func conflictMessage(c draftConflict, entry func(int32) *Entry) string {
	var b strings.Builder
	switch c.kind {
	case ConflictDate:
		fmt.Fprintf(&b, "sources disagree on the date of %q:", entry(c.entries[0]).Summary())
		for k, cl := range c.claims {
			if k > 0 {
				b.WriteString(";")
			}
			fmt.Fprintf(&b, " %s says %s", claimant(cl), Readable(cl.When.Value))
		}
	case ConflictRelation:
		if c.contra {
			l, u := entry(c.entries[0]), entry(c.entries[1])
			b.WriteString("relations place")
			for k, v := range c.entries[2:] {
				if k > 0 {
					b.WriteString(",")
				}
				fmt.Fprintf(&b, " %q", entry(v).Summary())
			}
			fmt.Fprintf(&b, " after %q (%s) and before %q (%s), which their dates exclude",
				l.Summary(), Readable(l.Date), u.Summary(), Readable(u.Date))
			for _, cl := range c.claims {
				fmt.Fprintf(&b, "; %s says %s is %s %s", claimant(cl), cl.Event, cl.Relation.Type, cl.Relation.Event)
			}
			break
		}
		cl := c.claims[0]
		if !slices.Contains(news.RelationTypes, cl.Relation.Type) {
			fmt.Fprintf(&b, "%s relates event %s to %s by %q, which is not a relation type",
				claimant(cl), cl.Event, cl.Relation.Event, cl.Relation.Type)
			break
		}
		a, o := entry(c.entries[0]), entry(c.entries[1])
		fmt.Fprintf(&b, "%s says %q (%s) is %s %q (%s), which their dates %s and %s exclude",
			claimant(cl), a.Summary(), cl.Event, cl.Relation.Type, o.Summary(), cl.Relation.Event, Readable(a.Date), Readable(o.Date))
	case ConflictCycle:
		if len(c.entries) == 1 {
			cl := c.claims[0]
			fmt.Fprintf(&b, "%s says %q is %s itself (%s), once the same event told by several sources is merged",
				claimant(cl), entry(c.entries[0]).Summary(), cl.Relation.Type, cl.Relation.Event)
			break
		}
		b.WriteString("the relations of these events, with the order of their dates, form a cycle:")
		for k, v := range c.entries {
			if k > 0 {
				b.WriteString(",")
			}
			fmt.Fprintf(&b, " %q", entry(v).Summary())
		}
		for _, cl := range c.claims {
			fmt.Fprintf(&b, "; %s says it is %s %s", claimant(cl), cl.Relation.Type, cl.Relation.Event)
		}
	case ConflictUnknownEvent:
		cl := c.claims[0]
		fmt.Fprintf(&b, "%s relates its event to event %q (%s), which the source does not give",
			claimant(cl), cl.Relation.Event, cl.Relation.Type)
	case ConflictDuplicateID:
		cl := c.claims[0]
		fmt.Fprintf(&b, "%s gives two different events the ID %q", cl.Source.Article, cl.Event)
	}
	return b.String()
}

// unplacedMessage says why u could not be placed, for a person.
func unplacedMessage(u *Unplaced) string {
	var unresolved string
	for _, it := range u.Entry.Items {
		if it.Event.When.Text != "" {
			unresolved = fmt.Sprintf("its date %q was not resolved, and ", it.Event.When.Text)
			break
		}
	}
	switch u.Reason {
	case ReasonUnknownEvent:
		return "no date: " + unresolved + "its relations name only events that were not given"
	case ReasonCycle:
		return "no date, and its relations form a cycle"
	case ReasonUnanchored:
		return "no date, and its relations reach no dated event"
	}
	if unresolved != "" {
		return "no date: " + unresolved + "it has no relation to another event"
	}
	return "no date and no relation to another event"
}
