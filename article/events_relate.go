package article

import (
	"slices"
	"strconv"

	"github.com/newsmodel/newsmodel/news"
)

// relate records the relations that the subordinators and "later" cues of
// a sentence's clauses state.
func (f *finder) relate(cs []clause) {
	for i := range cs {
		c := &cs[i]
		if c.event < 0 {
			continue
		}
		if c.sub != relNone {
			main := -1
			if i > 0 {
				main = cs[i-1].event
			} else if i+1 < len(cs) {
				main = cs[i+1].event
			}
			if main >= 0 {
				typ := news.After
				switch c.sub {
				case relBeforeCue:
					typ = news.Before
				case relWhenCue:
					typ = news.Overlaps
				case relDuringCue:
					typ = news.During
				}
				f.rels = append(f.rels, pendingRel{from: main, to: c.event, typ: typ})
			}
		}
		if c.later && c.event > 0 {
			f.rels = append(f.rels, pendingRel{from: c.event, to: c.event - 1, typ: news.After})
		}
	}
}

// finish merges repeated events, numbers them and adds the relations that
// agree with each other and with the dates.
func (f *finder) finish() []news.Event {
	byLemma := map[string][]int{} // earlier events of each lemma, latest last
	for i := range f.cands {
		l := f.cands[i].lemma
		prev := byLemma[l]
		for n := len(prev) - 1; n >= 0 && n >= len(prev)-maxRepeatLookback; n-- {
			j := prev[n]
			if !f.same(&f.cands[j], &f.cands[i]) {
				continue
			}
			f.merge(&f.cands[j], &f.cands[i])
			f.cands[i].into = j
			break
		}
		if f.cands[i].into < 0 {
			byLemma[l] = append(prev, i)
		}
	}
	out := make([]news.Event, 0, len(f.cands))
	index := make([]int, len(f.cands))
	for i := range f.cands {
		if f.cands[i].into >= 0 {
			index[i] = index[f.cands[i].into]
			continue
		}
		index[i] = len(out)
		ev := f.cands[i].ev
		ev.ID = "ev" + strconv.Itoa(len(out)+1)
		if ev.Summary == "" {
			ev.Summary = "Event"
		}
		out = append(out, ev)
	}
	g := relGraph{before: make([][]int, len(out)), pairs: map[[2]int]bool{}}
	for _, r := range f.rels {
		a, b := index[r.from], index[r.to]
		if a == b || !g.allowed(out, a, b, r.typ) {
			continue
		}
		out[a].Relations = append(out[a].Relations, news.Relation{Type: r.typ, Event: out[b].ID})
	}
	return out
}

// maxRepeatLookback bounds how many earlier events of the same lemma a
// candidate is compared with, so that a long text stays linear.
const maxRepeatLookback = 8

// same reports whether the later candidate b tells the event of a again.
func (f *finder) same(a, b *cand) bool {
	if a.lemma == "" || a.lemma != b.lemma || a.inf || b.inf || a.ev.Kind.MayFollow() != b.ev.Kind.MayFollow() {
		return false
	}
	da, db := a.ev.When.Value, b.ev.When.Value
	realA, realB := !da.IsZero() && !a.undated, !db.IsZero() && !b.undated
	if realA && realB {
		switch da.Allen(db) {
		case news.AllenBefore, news.AllenMeets, news.AllenAfter, news.AllenMetBy:
			return false
		}
	}
	if a.agent >= 0 && b.agent >= 0 && a.agent != b.agent {
		return false
	}
	if b.definite || realA && realB && da.Equal(db) {
		return true
	}
	for _, p := range a.ev.Participants {
		for _, q := range b.ev.Participants {
			if p.Entity == q.Entity {
				return true
			}
		}
	}
	return false
}

// merge adds what b tells of the event to a.
func (f *finder) merge(a, b *cand) {
	a.ev.Evidence = append(a.ev.Evidence, b.ev.Evidence...)
	if (a.ev.When.IsZero() || a.undated) && !b.ev.When.IsZero() && !b.undated {
		a.ev.When, a.undated = b.ev.When, false
	}
	for _, q := range b.ev.Participants {
		if !slices.ContainsFunc(a.ev.Participants, func(p news.Participant) bool { return p.Entity == q.Entity }) {
			a.ev.Participants = append(a.ev.Participants, q)
		}
	}
	if a.ev.Place == "" {
		a.ev.Place = b.ev.Place
	}
	if a.ev.Entity == "" {
		a.ev.Entity = b.ev.Entity
	}
	if a.ev.Duration.IsZero() {
		a.ev.Duration = b.ev.Duration
	}
	if a.agent < 0 {
		a.agent = b.agent
	}
}

// relGraph keeps the relations added so far, so that no pair has two and
// no chain of befores closes a circle.
type relGraph struct {
	before [][]int
	pairs  map[[2]int]bool
}

func (g *relGraph) allowed(evs []news.Event, a, b int, typ news.RelationType) bool {
	key := [2]int{min(a, b), max(a, b)}
	if g.pairs[key] {
		return false
	}
	if da, db := evs[a].When.Value, evs[b].When.Value; !da.IsZero() && !db.IsZero() {
		al := da.Allen(db)
		disjoint := al == news.AllenBefore || al == news.AllenMeets || al == news.AllenAfter || al == news.AllenMetBy
		switch typ {
		case news.Before:
			if al == news.AllenAfter || al == news.AllenMetBy {
				return false
			}
		case news.After:
			if al == news.AllenBefore || al == news.AllenMeets {
				return false
			}
		default:
			if disjoint {
				return false
			}
		}
	}
	switch typ {
	case news.Before:
		if g.reaches(b, a) {
			return false
		}
		g.before[a] = append(g.before[a], b)
	case news.After:
		if g.reaches(a, b) {
			return false
		}
		g.before[b] = append(g.before[b], a)
	}
	g.pairs[key] = true
	return true
}

// reaches reports whether a chain of befores leads from u to v.
func (g *relGraph) reaches(u, v int) bool {
	seen := make([]bool, len(g.before))
	stack := []int{u}
	for len(stack) > 0 {
		x := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if x == v {
			return true
		}
		if seen[x] {
			continue
		}
		seen[x] = true
		stack = append(stack, g.before[x]...)
	}
	return false
}
