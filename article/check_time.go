package article

import (
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/newsmodel/newsmodel/news"
)

// rel is an event relation seen from the event of the lower index.
type rel uint8

const (
	relBefore rel = iota
	relAfter
	relDuring
	relIncludes
	relOverlaps
	relSimultaneous
	relCauses
	relCausedBy
)

func relOf(t news.RelationType, inverted bool) rel {
	r := map[news.RelationType]rel{
		news.Before: relBefore, news.After: relAfter, news.During: relDuring,
		news.Includes: relIncludes, news.Overlaps: relOverlaps,
		news.Simultaneous: relSimultaneous, news.Causes: relCauses,
	}[t]
	if !inverted {
		return r
	}
	switch r {
	case relBefore:
		return relAfter
	case relAfter:
		return relBefore
	case relDuring:
		return relIncludes
	case relIncludes:
		return relDuring
	case relCauses:
		return relCausedBy
	}
	return r
}

// conflicts reports whether "a x b" and "a y b" cannot both hold.
func conflicts(x, y rel) bool {
	if x > y {
		x, y = y, x
	}
	switch x {
	case relBefore:
		return y != relBefore && y != relCauses
	case relAfter:
		return y != relAfter && y != relCausedBy
	case relCauses:
		return false
	}
	return false
}

var relNames = [...]string{"before", "after", "during", "includes", "overlaps", "simultaneous", "causes", "is caused by"}

// stated holds, for one pair of events, the pointer of the first relation
// of each kind stated between them, so that a pair costs the same however
// often its relations repeat.
type stated [relCausedBy + 1]string

func (c *checker) relations() {
	evs := c.a.Events
	pairs := map[[2]int]*stated{}
	before := make([][]int, len(evs)) // before[u] lists v with u strictly before v
	edgePtr := map[[2]int]string{}
	for i, e := range evs {
		for j, r := range e.Relations {
			t, ok := c.events[r.Event]
			if !ok {
				continue
			}
			ptr := fmt.Sprintf("/events/%d/relations/%d", i, j)
			if t == i {
				if r.Type == news.Before || r.Type == news.After || r.Type == news.Causes {
					c.add(ptr+"/type", RuleRelationConflict, "event %q cannot be %s itself", e.ID, r.Type)
				}
				continue
			}
			lo, hi := min(i, t), max(i, t)
			x := relOf(r.Type, i > t)
			st := pairs[[2]int{lo, hi}]
			if st == nil {
				st = new(stated)
				pairs[[2]int{lo, hi}] = st
			}
			for y, yptr := range st {
				if yptr != "" && conflicts(rel(y), x) {
					c.add(ptr+"/type", RuleRelationConflict, "%q %s %q contradicts %s (%q %s %q)",
						e.ID, r.Type, evs[t].ID, yptr, evs[lo].ID, relNames[y], evs[hi].ID)
					break
				}
			}
			if st[x] == "" {
				st[x] = ptr
			}
			switch r.Type {
			case news.Before:
				before[i] = append(before[i], t)
				setOnce(edgePtr, [2]int{i, t}, ptr)
			case news.After:
				before[t] = append(before[t], i)
				setOnce(edgePtr, [2]int{t, i}, ptr)
			}
			c.relationDate(ptr, i, t, r.Type)
		}
	}
	c.beforeCycle(before, edgePtr)
}

// beforeCycle reports one circle of three or more events each before the
// next; circles of two are contradictions between a pair, reported above.
func (c *checker) beforeCycle(before [][]int, edgePtr map[[2]int]string) {
	n := len(before)
	indeg := make([]int, n)
	for _, vs := range before {
		for _, v := range vs {
			indeg[v]++
		}
	}
	queue := make([]int, 0, n)
	for v, d := range indeg {
		if d == 0 {
			queue = append(queue, v)
		}
	}
	removed := make([]bool, n)
	for len(queue) > 0 {
		u := queue[len(queue)-1]
		queue = queue[:len(queue)-1]
		removed[u] = true
		for _, v := range before[u] {
			if indeg[v]--; indeg[v] == 0 {
				queue = append(queue, v)
			}
		}
	}
	start := slices.Index(removed, false)
	if start < 0 {
		return
	}
	// Every node left has a predecessor left, so walking back from one of
	// them must come round to a node already seen: that is a circle.
	preds := make([][]int, n)
	for u, vs := range before {
		for _, v := range vs {
			if !removed[u] && !removed[v] {
				preds[v] = append(preds[v], u)
			}
		}
	}
	pos := map[int]int{}
	var back []int
	for u := start; ; u = preds[u][0] {
		if k, seen := pos[u]; seen {
			back = back[k:]
			break
		}
		pos[u] = len(back)
		back = append(back, u)
	}
	path := make([]int, len(back))
	for i, v := range back {
		path[len(back)-1-i] = v
	}
	if len(path) < 3 {
		return
	}
	low := slices.Index(path, slices.Min(path))
	path = append(path[low:], path[:low]...)
	ids := make([]string, 0, len(path)+1)
	for _, v := range path {
		ids = append(ids, strconv.Quote(c.a.Events[v].ID))
	}
	ids = append(ids, strconv.Quote(c.a.Events[path[0]].ID))
	c.add(edgePtr[[2]int{path[0], path[1]}]+"/type", RuleRelationConflict, "events are before each other in a circle: %s", strings.Join(ids, " before "))
}

// relationDate reports a relation that the events' dates rule out.
func (c *checker) relationDate(ptr string, i, t int, typ news.RelationType) {
	a, b := c.a.Events[i].When.Value, c.a.Events[t].When.Value
	if a.IsZero() || b.IsZero() {
		return
	}
	if al := a.Allen(b); !typ.Allows(al) {
		c.add(ptr+"/type", RuleRelationDate, "%q %s %q, but its date %s lies %s %s", c.a.Events[i].ID, typ, c.a.Events[t].ID, a, allenWords(al), b)
	}
}

func allenWords(a news.Allen) string {
	switch a {
	case news.AllenBefore, news.AllenMeets:
		return "wholly before"
	case news.AllenAfter, news.AllenMetBy:
		return "wholly after"
	}
	return a.String()
}

// dates checks events and quotes against the article's own dates.
func (c *checker) dates() {
	a := c.a
	if !a.Modified.IsZero() && !a.Published.IsZero() {
		if al := a.Modified.Allen(a.Published); al == news.AllenBefore || al == news.AllenMeets {
			c.add("/modified", RuleModifiedBeforePublished, "modified %s lies before published %s", a.Modified, a.Published)
		}
	}
	// Publication is the first publication: an event reported only in a
	// later revision is still dated against it, and Modified stands in
	// only when Published is absent.
	last, lastName := a.Published, "published"
	if last.IsZero() {
		last, lastName = a.Modified, "modified"
	}
	if last.IsZero() {
		return
	}
	after := func(d news.Date) bool {
		al := d.Allen(last)
		return al == news.AllenAfter || al == news.AllenMetBy
	}
	for i, e := range a.Events {
		if v := e.When.Value; !v.IsZero() && !e.Kind.MayFollow() && after(v) {
			kind := string(e.Kind)
			if kind == "" {
				kind = "no kind"
			}
			c.add(fmt.Sprintf("/events/%d/when/value", i), RuleAfterPublication, "event dated %s lies after the article (%s %s); only planned or hypothetical events may, and this one has %s", v, lastName, last, kind)
		}
	}
	for i, q := range a.Quotes {
		if v := q.When.Value; !v.IsZero() && after(v) {
			c.add(fmt.Sprintf("/quotes/%d/when/value", i), RuleAfterPublication, "quote dated %s lies after the article (%s %s)", v, lastName, last)
		}
	}
}

func setOnce(m map[[2]int]string, k [2]int, v string) {
	if _, ok := m[k]; !ok {
		m[k] = v
	}
}
