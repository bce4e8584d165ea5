package quote

// relays finds, in the words [lo, hi) of the quote outer (tokens at the
// given depth), the quotes outer relays: quotations inside it attributed
// there ("He said, ‘Nobody needs to know’"), and reported speech of
// someone else told to the speaker ("Putin told me a story …"). The first
// becomes outer's Reports.
func (f *finder) relays(ts []tok, lo, hi int, outer *found, depth int) {
	if lo >= hi {
		return
	}
	saved := f.exclude
	f.exclude = outer.speaker
	defer func() { f.exclude = saved }()
	s := lo
	for i := lo; i < hi; i++ {
		t := ts[i]
		if t.kind == tPunct && int(t.depth) == depth && (f.text[t.s] == '.' || f.text[t.s] == '!' || f.text[t.s] == '?') {
			f.relaySentence(ts, s, i+1, outer, depth)
			s = i + 1
		}
	}
	if s < hi {
		f.relaySentence(ts, s, hi, outer, depth)
	}
}

func (f *finder) relaySentence(ts []tok, a, b int, outer *found, depth int) {
	inner := false
	for i := a; i < b; i++ {
		t := ts[i]
		if t.kind != tOpen || int(t.depth) != depth || t.q == nil || t.q.q != nil {
			continue
		}
		inner = true
		q := t.q
		// The frame before: from the sentence start or the last closer.
		lo := a
		for k := i - 1; k >= a && k >= i-frameWindow; k-- {
			if ts[k].kind == tClose && int(ts[k].depth) == depth {
				lo = k + 1
				break
			}
		}
		at := f.frameBefore(ts, lo, i)
		ci := -1
		if q.close.e > q.close.s && q.closeTok > i && q.closeTok < len(ts) && ts[q.closeTok].q == q {
			ci = q.closeTok
		}
		if !at.ok && ci >= 0 {
			at = f.frameAfter(ts, ci+1, b)
		}
		if !at.ok {
			continue
		}
		if at.speaker == -2 {
			at.speaker = outer.speaker
		}
		fq := &found{kind: Direct, at: q.inner, speaker: at.speaker, cue: at.cue, setting: at.setting,
			audience: at.audience, level: outer.level + 1, para: outer.para}
		if f.meAfterCue(ts, lo, i) && outer.speaker >= 0 {
			fq.audience = append(fq.audience, outer.speaker)
		}
		if fq.speaker >= 0 && !canSpeak(f.ents[fq.speaker].kind) {
			fq.speaker = -1
		}
		q.q = fq
		if q.inner.e > q.inner.s && hasWord(f.text[q.inner.s:q.inner.e]) {
			f.found = append(f.found, fq)
			if outer.reports == nil {
				outer.reports = fq
			}
		}
	}
	if inner {
		return
	}
	// Reported speech without marks: "NAME told me (that) …".
	for v := a + 1; v < b && v < a+8; v++ {
		vb, cue, after, ok := f.cueAt(ts, v)
		if !ok {
			continue
		}
		if !vb.clause {
			return
		}
		at := attrib{speaker: -1, outer: -1, cue: cue, verb: vb, ok: true}
		cp := f.checkpoint()
		p, ok := f.speakerBefore(ts, a, v, &at)
		if !ok || p.ent < 0 || p.ent == outer.speaker || p.from > a+1 {
			f.rollback(cp)
			return
		}
		k := after
		me := false
		if f.isWord(ts, k, "me") || f.isWord(ts, k, "us") {
			me, k = true, k+1
		} else if f.isWord(ts, k, "to") && (f.isWord(ts, k+1, "me") || f.isWord(ts, k+1, "us")) {
			me, k = true, k+2
		}
		that := f.isWord(ts, k, "that")
		if that {
			k++
		}
		if !me && !that {
			f.rollback(cp)
			return
		}
		e := b
		for e > k && ts[e-1].kind == tPunct {
			e--
		}
		if e-k < 3 || questionWords[f.word(ts[k])] || f.isWord(ts, k, "to") {
			f.rollback(cp)
			return
		}
		fq := &found{kind: Indirect, at: span{ts[k].s, ts[e-1].e}, speaker: p.ent, cue: cue,
			level: outer.level + 1, para: outer.para}
		if me && outer.speaker >= 0 {
			fq.audience = []int{outer.speaker}
		}
		if !canSpeak(f.ents[fq.speaker].kind) {
			return
		}
		f.found = append(f.found, fq)
		if outer.reports == nil {
			outer.reports = fq
		}
		return
	}
}

// meAfterCue reports whether the words [lo, i) end with a cue addressed to
// the speaker: "told me,", "said to us:".
func (f *finder) meAfterCue(ts []tok, lo, i int) bool {
	for k := i - 1; k >= lo && k >= i-4; k-- {
		if f.isWord(ts, k, "me") || f.isWord(ts, k, "us") {
			_, _, _, ok := f.cueAt(ts, k-1)
			return ok || f.isWord(ts, k-1, "to")
		}
	}
	return false
}
