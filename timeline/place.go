package timeline

import (
	"cmp"
	"slices"
)

// graph places undated entries. An edge u→v, from a relation that
// touches at least one undated entry, says u comes no later than v. The
// dated entries keep their order by date: relations between two dated
// entries only check the dates (see news.RelationType.Allows), and the edges between
// a dated and an undated entry place the undated one, not the dated one.
//
// The graph holds only the entries that edges touch, as vertices numbered
// in the order of the entries (so also of their first items, the
// tie-break), so that its work and memory follow the relations, not the
// size of the timeline.
type graph struct {
	n        int
	verts    []int32 // the entry of each vertex, ascending
	dated    []int32 // all dated entries, by rank
	rank     []int32 // per vertex, its entry's rank, or -1
	work     *drafts
	src, dst []int32 // the edges, by vertex, in the order given
	outStart []int32
	out      []int32
	inStart  []int32
	in       []int32
}

// newGraph makes the graph of the given edges between entries, each a
// pair (from, to).
func newGraph(edges [][2]int32, dated []int32, ents []draftEntry, work *drafts) *graph {
	verts := make([]int32, 0, 2*len(edges))
	for _, e := range edges {
		verts = append(verts, e[0], e[1])
	}
	slices.Sort(verts)
	verts = slices.Clip(slices.Compact(verts))
	g := &graph{n: len(verts), verts: verts, dated: dated, rank: make([]int32, len(verts)), work: work,
		src: make([]int32, len(edges)), dst: make([]int32, len(edges))}
	for v, e := range verts {
		g.rank[v] = ents[e].rank
	}
	for k, e := range edges {
		g.src[k], g.dst[k] = g.vertex(e[0]), g.vertex(e[1])
	}
	g.finish()
	return g
}

// vertex returns the vertex of entry e, which must have edges.
func (g *graph) vertex(e int32) int32 {
	v, _ := slices.BinarySearch(g.verts, e)
	return int32(v)
}

// finish builds the adjacency lists, each in edge order.
func (g *graph) finish() {
	csr := func(from, to []int32) ([]int32, []int32) {
		start := runStarts(from, int32(g.n))
		adj := make([]int32, len(from))
		fill := slices.Clone(start[:g.n])
		for k, u := range from {
			adj[fill[u]] = to[k]
			fill[u]++
		}
		return start, adj
	}
	g.outStart, g.out = csr(g.src, g.dst)
	g.inStart, g.in = csr(g.dst, g.src)
}

func (g *graph) outs(v int32) []int32 { return g.out[g.outStart[v]:g.outStart[v+1]] }

func (g *graph) ins(v int32) []int32 { return g.in[g.inStart[v]:g.inStart[v+1]] }

// cycles returns the strongly connected components of more than one
// vertex, each sorted, in order of their least vertex: Tarjan's algorithm,
// iterative.
func (g *graph) cycles() [][]int32 {
	idx := make([]int32, g.n)
	low := make([]int32, g.n)
	onStack := make([]bool, g.n)
	for i := range idx {
		idx[i] = -1
	}
	type frame struct{ v, k int32 }
	var frames []frame
	var stack []int32
	var out [][]int32
	counter := int32(0)
	visit := func(v int32) {
		idx[v], low[v] = counter, counter
		counter++
		stack = append(stack, v)
		onStack[v] = true
		frames = append(frames, frame{v, 0})
	}
	for root := range int32(g.n) {
		if idx[root] >= 0 {
			continue
		}
		visit(root)
		for len(frames) > 0 {
			f := &frames[len(frames)-1]
			v := f.v
			if outs := g.outs(v); int(f.k) < len(outs) {
				w := outs[f.k]
				f.k++
				if idx[w] < 0 {
					visit(w)
				} else if onStack[w] {
					low[v] = min(low[v], idx[w])
				}
				continue
			}
			if low[v] == idx[v] {
				k := len(stack) - 1
				for stack[k] != v {
					k--
				}
				scc := stack[k:]
				for _, w := range scc {
					onStack[w] = false
				}
				if len(scc) > 1 {
					c := slices.Clone(scc)
					slices.Sort(c)
					out = append(out, c)
				}
				stack = stack[:k]
			}
			frames = frames[:len(frames)-1]
			if len(frames) > 0 {
				p := frames[len(frames)-1].v
				low[p] = min(low[p], low[v])
			}
		}
	}
	slices.SortFunc(out, func(a, b []int32) int { return cmp.Compare(a[0], b[0]) })
	return out
}

// noBound is the hi of a vertex that need precede no dated entry.
const noBound = int32(1<<31 - 1)

// instant is an instant as Unix seconds and nanoseconds.
type instant struct {
	sec  int64
	nsec int32
}

func (a instant) less(b instant) bool { return a.sec < b.sec || (a.sec == b.sec && a.nsec < b.nsec) }

// contradiction is a set of undated entries that their relations put
// after the start of one dated entry (lo) and before the end of another
// (up), although the second ends before the first starts.
type contradiction struct {
	lo, up  int32
	entries []int32
}

// place orders the dated entries by rank and places among them the
// undated entries of the vertices that are not removed. An undated
// entry goes right after the latest dated entry it must follow (lo: the
// dated ancestor of highest rank, through any undated entries), else right
// before the earliest it must precede (hi), else next to an undated
// neighbour that has a place; undated entries keep the order of their
// relations among themselves, ties going to the canonical order. An
// undated entry whose relations reach no dated entry is left out, unless
// there is no dated entry at all. place returns the order of the entries,
// lo and hi per vertex (-1 and noBound when there is none), and the
// contradictions: undated entries whose relations put them after something
// that starts later than something else they must precede ends.
func (g *graph) place(removed []bool) (order, lo, hi []int32, bad []contradiction) {
	active, topo, deg := g.topoSort(removed)
	lo, hi, up := g.bounds(active, topo)
	bad = g.contradictions(topo, lo, up)
	key, undated := g.keys(active, lo, hi)
	return g.interleave(g.orderUndated(undated, key, deg), key), lo, hi, bad
}

// topoSort returns the vertices that are not removed (active) in a
// topological order. A vertex on a cycle that [graph.cycles] missed,
// which cannot happen, is made inactive rather than looped over. deg is
// left for orderUndated to reuse.
func (g *graph) topoSort(removed []bool) (active []bool, topo, deg []int32) {
	n := int32(g.n)
	active = make([]bool, n)
	for v := range n {
		active[v] = !removed[v]
	}
	deg = make([]int32, n)
	count := 0
	for v := range n {
		if active[v] {
			count++
			for _, w := range g.outs(v) {
				if active[w] {
					deg[w]++
				}
			}
		}
	}
	topo = make([]int32, 0, count)
	for v := range n {
		if active[v] && deg[v] == 0 {
			topo = append(topo, v)
		}
	}
	for k := 0; k < len(topo); k++ {
		for _, w := range g.outs(topo[k]) {
			if active[w] {
				if deg[w]--; deg[w] == 0 {
					topo = append(topo, w)
				}
			}
		}
	}
	if len(topo) < count {
		inTopo := make([]bool, n)
		for _, v := range topo {
			inTopo[v] = true
		}
		for v := range n {
			if active[v] && !inTopo[v] {
				active[v] = false
			}
		}
	}
	return active, topo, deg
}

// bounds returns, per vertex, the rank of the latest dated entry it must
// follow (lo, -1 for none) and of the earliest it must precede (hi,
// noBound for none), and up: for each vertex that must precede a dated
// entry, the dated vertex of the earliest end among them.
func (g *graph) bounds(active []bool, topo []int32) (lo, hi []int32, up map[int32]int32) {
	n := int32(g.n)
	lo, hi = make([]int32, n), make([]int32, n)
	up = make(map[int32]int32)
	for v := range n {
		lo[v], hi[v] = -1, noBound
		if r := g.rank[v]; r >= 0 {
			lo[v], hi[v] = r, r
		}
	}
	for _, v := range topo {
		for _, w := range g.outs(v) {
			if active[w] {
				lo[w] = max(lo[w], lo[v])
			}
		}
	}
	for k := len(topo) - 1; k >= 0; k-- {
		v := topo[k]
		if g.rank[v] >= 0 {
			up[v] = v
		}
		for _, w := range g.outs(v) {
			if !active[w] {
				continue
			}
			hi[v] = min(hi[v], hi[w])
			if u, ok := up[w]; ok {
				if cur, ok := up[v]; !ok || (g.rank[v] < 0 && g.end(u).less(g.end(cur))) {
					up[v] = u
				}
			}
		}
	}
	return lo, hi, up
}

// end returns the end of the date of vertex u, which is dated; an open end
// is the greatest instant.
func (g *graph) end(u int32) instant {
	if t, ok := g.work.date(g.verts[u]).End(); ok {
		return instant{t.Unix(), int32(t.Nanosecond())}
	}
	return instant{1<<63 - 1, 0}
}

// start returns the start of the date of entry e, which is dated; an open
// start is the least instant.
func (g *graph) start(e int32) instant {
	if t, ok := g.work.date(e).Start(); ok {
		return instant{t.Unix(), int32(t.Nanosecond())}
	}
	return instant{-1 << 63, 0}
}

// contradictions returns the undated vertices that must follow a dated
// entry which starts no earlier than another they must precede ends, one
// contradiction per pair of bounding entries.
func (g *graph) contradictions(topo, lo []int32, up map[int32]int32) []contradiction {
	var bad []contradiction
	at := make(map[[2]int32]int)
	for _, v := range topo {
		if g.rank[v] >= 0 || lo[v] < 0 {
			continue
		}
		u, ok := up[v]
		if !ok {
			continue
		}
		l := g.dated[lo[v]]
		if g.end(u).less(g.start(l)) || g.end(u) == g.start(l) {
			k := [2]int32{l, g.verts[u]}
			i, seen := at[k]
			if !seen {
				i = len(bad)
				at[k] = i
				bad = append(bad, contradiction{lo: l, up: g.verts[u]})
			}
			bad[i].entries = append(bad[i].entries, g.verts[v])
		}
	}
	return bad
}

// unkeyed is the key of a vertex that has no place.
const unkeyed = int64(-1 << 62)

// keys returns the key of each vertex, the dated ones at even places
// (twice their rank) and the undated ones between them: right after lo,
// else right before hi, else the key of a neighbour that has one; and the
// undated vertices to place, those with a key, or all of them when there
// is no dated entry.
func (g *graph) keys(active []bool, lo, hi []int32) (key []int64, undated []int32) {
	n := int32(g.n)
	key = make([]int64, n)
	var queue []int32
	for v := range n {
		key[v] = unkeyed
		switch {
		case g.rank[v] >= 0:
			key[v] = 2 * int64(g.rank[v])
		case !active[v]:
		case lo[v] >= 0:
			key[v] = 2*int64(lo[v]) + 1
			queue = append(queue, v)
		case hi[v] < noBound:
			key[v] = 2*int64(hi[v]) - 1
			queue = append(queue, v)
		}
	}
	for k := 0; k < len(queue); k++ {
		v := queue[k]
		for _, adj := range [2][]int32{g.outs(v), g.ins(v)} {
			for _, w := range adj {
				if active[w] && key[w] == unkeyed {
					key[w] = key[v]
					queue = append(queue, w)
				}
			}
		}
	}
	for v := range n {
		if g.rank[v] >= 0 || !active[v] {
			continue
		}
		if key[v] == unkeyed {
			if len(g.dated) > 0 {
				continue // unanchored
			}
			key[v] = 0
		}
		undated = append(undated, v)
	}
	return key, undated
}

// orderUndated orders the undated vertices: Kahn's algorithm over the
// edges between them, least key first; then keys made non-decreasing
// along that order, so that interleave keeps it. deg is scratch space of
// one int32 per vertex.
func (g *graph) orderUndated(undated []int32, key []int64, deg []int32) []int32 {
	placed := make([]bool, g.n)
	for _, v := range undated {
		placed[v] = true
		deg[v] = 0
	}
	for _, v := range undated {
		for _, w := range g.outs(v) {
			if placed[w] {
				deg[w]++
			}
		}
	}
	h := &vertexHeap{key: key}
	for _, v := range undated {
		if deg[v] == 0 {
			h.push(v)
		}
	}
	seq := make([]int32, 0, len(undated))
	for len(h.v) > 0 {
		v := h.pop()
		if len(seq) > 0 && key[v] < key[seq[len(seq)-1]] {
			key[v] = key[seq[len(seq)-1]]
		}
		seq = append(seq, v)
		for _, w := range g.outs(v) {
			if placed[w] {
				if deg[w]--; deg[w] == 0 {
					h.push(w)
				}
			}
		}
	}
	return seq
}

// interleave returns the entries in order: the dated ones by rank, and
// the undated vertices of seq, in their order, each before the first
// dated entry whose key is above its own.
func (g *graph) interleave(seq []int32, key []int64) []int32 {
	order := make([]int32, 0, len(g.dated)+len(seq))
	i := 0
	for r, d := range g.dated {
		for i < len(seq) && key[seq[i]] < 2*int64(r) {
			order = append(order, g.verts[seq[i]])
			i++
		}
		order = append(order, d)
	}
	for _, v := range seq[i:] {
		order = append(order, g.verts[v])
	}
	return order
}

// vertexHeap is a binary min-heap of vertices by key, then vertex: the
// canonical order of their first items.
type vertexHeap struct {
	v   []int32
	key []int64
}

func (h *vertexHeap) less(a, b int32) bool {
	if h.key[a] != h.key[b] {
		return h.key[a] < h.key[b]
	}
	return a < b
}

func (h *vertexHeap) push(v int32) {
	h.v = append(h.v, v)
	i := len(h.v) - 1
	for i > 0 {
		p := (i - 1) / 2
		if !h.less(h.v[i], h.v[p]) {
			break
		}
		h.v[i], h.v[p] = h.v[p], h.v[i]
		i = p
	}
}

func (h *vertexHeap) pop() int32 {
	top := h.v[0]
	last := len(h.v) - 1
	h.v[0] = h.v[last]
	h.v = h.v[:last]
	i := 0
	for {
		l, r, m := 2*i+1, 2*i+2, i
		if l < last && h.less(h.v[l], h.v[m]) {
			m = l
		}
		if r < last && h.less(h.v[r], h.v[m]) {
			m = r
		}
		if m == i {
			return top
		}
		h.v[i], h.v[m] = h.v[m], h.v[i]
		i = m
	}
}
