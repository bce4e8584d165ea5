package timeline

import (
	"cmp"
	"slices"
)

// bldGraph orders entries: an edge u→v says u comes no later than v. The
// dated entries form a chain in date order (each one's successor is the
// next by rank) that is implicit; the other edges come from relations and
// touch at least one undated entry.
type bldGraph struct {
	n        int
	dated    []int32 // entries by rank
	rank     []int32 // per entry, or -1
	first    []int32 // per entry, its canonical first item: the tie-break
	src, dst []int32
	outStart []int32
	out      []int32
	inStart  []int32
	in       []int32
}

func bldNewGraph(n, m int, dated []int32, ents []bldEnt) *bldGraph {
	g := &bldGraph{n: n, dated: dated, rank: make([]int32, n), first: make([]int32, n),
		src: make([]int32, 0, m), dst: make([]int32, 0, m)}
	for v := range ents {
		g.rank[v], g.first[v] = ents[v].rank, ents[v].first
	}
	return g
}

func (g *bldGraph) add(u, v int32) {
	g.src = append(g.src, u)
	g.dst = append(g.dst, v)
}

// finish builds the adjacency lists, each in edge order.
func (g *bldGraph) finish() {
	csr := func(from, to []int32) ([]int32, []int32) {
		start := make([]int32, g.n+1)
		for _, u := range from {
			start[u+1]++
		}
		for v := range g.n {
			start[v+1] += start[v]
		}
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

// next returns the k-th successor of v, the chain successor last.
func (g *bldGraph) next(v, k int32) (int32, bool) {
	deg := g.outStart[v+1] - g.outStart[v]
	if k < deg {
		return g.out[g.outStart[v]+k], true
	}
	if r := g.rank[v]; k == deg && r >= 0 && int(r)+1 < len(g.dated) {
		return g.dated[r+1], true
	}
	return 0, false
}

func (g *bldGraph) hasEdges(v int32) bool {
	return g.outStart[v+1] > g.outStart[v] || g.inStart[v+1] > g.inStart[v]
}

// cycles returns the strongly connected components of more than one entry,
// each sorted by entry, in order of their least entry. Tarjan's algorithm,
// iterative, started only from entries with relation edges: every cycle
// passes through one.
func (g *bldGraph) cycles() [][]int32 {
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
		if idx[root] >= 0 || !g.hasEdges(root) {
			continue
		}
		visit(root)
		for len(frames) > 0 {
			f := &frames[len(frames)-1]
			v := f.v
			if w, ok := g.next(v, f.k); ok {
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

// place orders the dated entries and the undated entries with relation
// edges that are not removed. An undated entry goes right after the latest
// dated entry it must follow (lo), else right before the earliest it must
// precede (hi), else next to an undated neighbour that has a place; the
// order respects every edge, and ties go to the canonical order. An undated
// entry whose relations reach no dated entry is left out, unless there is
// no dated entry at all. It returns the order and, per entry, lo and hi
// (-1 and bldInf when there is none).
func (g *bldGraph) place(removed []bool, reason map[int32]Reason) (order, lo, hi []int32) {
	n := int32(g.n)
	active := make([]bool, n)
	for v := range n {
		active[v] = g.rank[v] >= 0 || (!removed[v] && g.hasEdges(v))
	}
	succ := func(v int32, yield func(int32)) {
		for k := int32(0); ; k++ {
			w, ok := g.next(v, k)
			if !ok {
				return
			}
			if active[w] {
				yield(w)
			}
		}
	}
	indeg := make([]int32, n)
	count := 0
	for v := range n {
		if active[v] {
			count++
			succ(v, func(w int32) { indeg[w]++ })
		}
	}
	// A topological order, to compute lo and hi.
	topo := make([]int32, 0, count)
	deg := slices.Clone(indeg)
	for v := range n {
		if active[v] && deg[v] == 0 {
			topo = append(topo, v)
		}
	}
	for k := 0; k < len(topo); k++ {
		succ(topo[k], func(w int32) {
			if deg[w]--; deg[w] == 0 {
				topo = append(topo, w)
			}
		})
	}
	lo, hi = make([]int32, n), make([]int32, n)
	for v := range n {
		lo[v], hi[v] = -1, bldInf
		if r := g.rank[v]; r >= 0 {
			lo[v], hi[v] = r, r
		}
	}
	for _, v := range topo {
		succ(v, func(w int32) { lo[w] = max(lo[w], lo[v]) })
	}
	for k := len(topo) - 1; k >= 0; k-- {
		v := topo[k]
		succ(v, func(w int32) { hi[v] = min(hi[v], hi[w]) })
	}
	if len(topo) < count { // a cycle the cycle search missed: cannot happen, but never loop
		inTopo := make([]bool, n)
		for _, v := range topo {
			inTopo[v] = true
		}
		for v := range n {
			if active[v] && !inTopo[v] && g.rank[v] < 0 {
				active[v] = false
				reason[v] = ReasonCycle
			}
		}
	}
	// Keys.
	const unkeyed = int64(-1 << 62)
	key := make([]int64, n)
	var queue []int32
	for v := range n {
		key[v] = unkeyed
		switch {
		case !active[v]:
		case g.rank[v] >= 0:
			key[v] = 2 * int64(g.rank[v])
		case lo[v] >= 0:
			key[v] = 2*int64(lo[v]) + 1
			queue = append(queue, v)
		case hi[v] < bldInf:
			key[v] = 2*int64(hi[v]) - 1
			queue = append(queue, v)
		}
	}
	for k := 0; k < len(queue); k++ {
		v := queue[k]
		for _, adj := range [2][]int32{g.out[g.outStart[v]:g.outStart[v+1]], g.in[g.inStart[v]:g.inStart[v+1]]} {
			for _, w := range adj {
				if active[w] && key[w] == unkeyed {
					key[w] = key[v]
					queue = append(queue, w)
				}
			}
		}
	}
	for v := range n {
		if active[v] && key[v] == unkeyed {
			if len(g.dated) == 0 {
				key[v] = 0
			} else {
				active[v] = false
			}
		}
	}
	// Kahn's algorithm, taking the least key first.
	for v := range n {
		indeg[v] = 0
	}
	for v := range n {
		if active[v] {
			succ(v, func(w int32) { indeg[w]++ })
		}
	}
	h := &bldHeap{key: key, first: g.first}
	for v := range n {
		if active[v] && indeg[v] == 0 {
			h.push(v)
		}
	}
	for len(h.v) > 0 {
		v := h.pop()
		order = append(order, v)
		succ(v, func(w int32) {
			if indeg[w]--; indeg[w] == 0 {
				h.push(w)
			}
		})
	}
	return order, lo, hi
}

// bldHeap is a binary min-heap of entries by (key, first).
type bldHeap struct {
	v     []int32
	key   []int64
	first []int32
}

func (h *bldHeap) less(a, b int32) bool {
	if h.key[a] != h.key[b] {
		return h.key[a] < h.key[b]
	}
	return h.first[a] < h.first[b]
}

func (h *bldHeap) push(v int32) {
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

func (h *bldHeap) pop() int32 {
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
