package timeline

import "slices"

// Merge returns the timeline of the union of the items of the given
// timelines, as if one Builder had received them all; nil timelines are
// skipped. It is associative and commutative: Merge(a, Merge(b, c)) equals
// Merge(Merge(c, a), b). The options are those of the first timeline that is
// not nil; merging timelines built with different options is well defined
// but gives up commutativity. Merge costs no more than building the union:
// the items of a Timeline are kept in canonical order, so they are merged,
// not sorted again.
func Merge(ts ...*Timeline) *Timeline {
	var cfg config
	var lists []list
	for _, t := range ts {
		if t == nil {
			continue
		}
		if len(lists) == 0 {
			cfg = t.cfg
		}
		if len(t.items) > 0 {
			lists = append(lists, list{t.items, t.prep})
		}
	}
	cfg.fill()
	if len(lists) == 0 {
		return build(nil, cfg, nil)
	}
	out := lists[0]
	if len(lists) == 1 {
		out.items = slices.Clone(out.items)
	}
	for _, l := range lists[1:] {
		out = mergeLists(out, l)
	}
	return build(out.items, cfg, &state{cfg: cfg, items: out.items, prepared: *out.prep})
}

// list is the items of a timeline with what was derived from them.
type list struct {
	items []*Item
	prep  *prepared
}

// add appends item i of src, rebasing its offsets.
func (p *prepared) add(src *prepared, i int) {
	in := src.info[i]
	in.w0, in.p0 = int32(len(p.words)), int32(len(p.idents))
	p.words = append(p.words, src.wordsOf(int32(i))...)
	for _, id := range src.identsOf(int32(i)) {
		e0 := int32(len(p.exts))
		p.exts = append(p.exts, src.exts[id.ext0:id.ext1]...)
		id.ext0, id.ext1 = e0, int32(len(p.exts))
		p.idents = append(p.idents, id)
	}
	p.info = append(p.info, in)
}

// mergeLists merges two canonical, duplicate-free lists into one,
// without duplicates, and their derived data with them.
func mergeLists(a, b list) list {
	n := len(a.items) + len(b.items)
	out := list{items: make([]*Item, 0, n), prep: &prepared{
		info:   make([]itemInfo, 0, n),
		words:  make([]uint32, 0, len(a.prep.words)+len(b.prep.words)),
		idents: make([]ident, 0, len(a.prep.idents)+len(b.prep.idents)),
		exts:   make([]extID, 0, len(a.prep.exts)+len(b.prep.exts)),
	}}
	i, j := 0, 0
	for i < len(a.items) || j < len(b.items) {
		c := -1
		switch {
		case i == len(a.items):
			c = 1
		case j < len(b.items):
			c = compareItems(a.items[i], b.items[j])
		}
		var prev *Item
		if len(out.items) > 0 {
			prev = out.items[len(out.items)-1]
		}
		if c <= 0 {
			out.items = append(out.items, a.items[i])
			out.prep.add(a.prep, i)
			i++
			if c == 0 {
				j++
			}
		} else {
			out.items = append(out.items, b.items[j])
			out.prep.add(b.prep, j)
			j++
		}
		out.prep.info[len(out.prep.info)-1].link(prev, out.items[len(out.items)-1])
	}
	return out
}
