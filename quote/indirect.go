package quote

// indirect looks in the sentence [a, b) for reported speech: "According
// to X, …", "…, X said.", "…, said X.", "X said (that) …", "X told Y that
// …", "X, who …, said …". The reported clause must hold no quotation
// marks: where it does, the marked words are the quote.
func (f *finder) indirect(pi int, ts []tok, a, b int) {
	e := b
	for e > a && ts[e-1].kind == tPunct {
		e--
	}
	if e-a < 4 {
		return
	}
	cue := false
	for k := a; k < e && !cue; k++ {
		cue = ts[k].cue
	}
	if !cue {
		return // no reporting verb, no reported speech
	}
	clean := func(s, t int) bool {
		for k := s; k < t; k++ {
			if ts[k].depth != 0 || ts[k].kind == tOpen || ts[k].kind == tClose {
				return false
			}
		}
		return true
	}
	// According to X, …
	if f.isWord(ts, a, "according") && f.isWord(ts, a+1, "to") {
		for c := a + 2; c < e && c < a+14; c++ {
			if !f.isPunct(ts, c, ',') {
				continue
			}
			cp := f.checkpoint()
			p, ok := f.speakerAfter(ts, a+2, c)
			if ok && p.ent >= 0 && p.to == c && clean(c+1, e) {
				a0 := attrib{speaker: p.ent, outer: -1, cue: Cue{Text: f.text[ts[a].s:ts[a+1].e], Lemma: "according to"}, ok: true}
				f.addIndirect(pi, ts, c+1, e, a0)
				return
			}
			f.rollback(cp)
			return
		}
		return
	}
	// …, X said. / …, said X. / …, according to X.
	for c := e - 2; c > a+2; c-- {
		if ts[c].kind != tPunct || ts[c].depth != 0 {
			continue
		}
		if f.text[ts[c].s] != ',' {
			if isStop(f.text, ts[c]) {
				break
			}
			continue
		}
		if e-c > 16 {
			break
		}
		cp := f.checkpoint()
		at := f.frameAfter(ts, c, e)
		if !at.ok || at.speaker < 0 || !clean(a, c) || !clean(c, b) {
			f.rollback(cp)
			continue
		}
		if at.cue.Lemma == "according to" && !f.isWord(ts, c+1, "according") {
			f.rollback(cp)
			continue
		}
		f.addIndirect(pi, ts, a, c, at)
		return
	}
	// X said (that) …
	for v := a + 1; v < e && v < a+40; v++ {
		if ts[v].depth != 0 {
			continue
		}
		vb, cue, after, ok := f.cueAt(ts, v)
		if !ok || !vb.clause || f.passive(ts, v) {
			continue
		}
		cp := f.checkpoint()
		if f.clauseAfter(pi, ts, a, v, e, vb, cue, after, clean) {
			return
		}
		f.rollback(cp)
	}
}

// clauseAfter tries the cue at v as the start of reported speech, "X said
// (that) …", and records it when it is.
func (f *finder) clauseAfter(pi int, ts []tok, a, v, e int, vb verb, cue Cue, after int, clean func(int, int) bool) bool {
	at := attrib{speaker: -1, outer: -1, cue: cue, verb: vb, ok: true}
	who := f.isWord(ts, v-1, "who") || f.isWord(ts, v-2, "who") && adverbs[f.word(ts[v-1])]
	if who && f.laterMainCue(ts, v, e) {
		return false // "X, who has written a series of articles, said …"
	}
	p, ok := f.speakerBefore(ts, a, v, &at)
	if (!ok || p.ent < 0) && v > a && (f.isWord(ts, v-1, "and") || f.isWord(ts, v-1, "but") || ts[v-1].kind == tClose || f.isPunct(ts, v-1, ',')) {
		// "Pruitt called the plan “…” and said …": the subject of the
		// sentence.
		p, ok = f.speakerAfter(ts, a, v)
		ok = ok && p.from == a && p.to < v && p.ent >= 0
	}
	if !ok || p.ent < 0 {
		return false
	}
	lead := p.from == a || who || f.isPunct(ts, p.from-1, ',') ||
		(f.isWord(ts, p.from-1, "and") || f.isWord(ts, p.from-1, "but")) && f.isPunct(ts, p.from-2, ',') ||
		f.titleRun(ts, a, p.from) && p.from-a <= 4
	if !lead || p.from > a && ts[p.from-1].kind == tWord && relatives[f.word(ts[p.from-1])] {
		return false
	}
	for k := max(p.to, v-3); k < v; k++ {
		if ts[k].kind == tWord && negators[f.word(ts[k])] {
			return false
		}
	}
	at.speaker = p.ent
	k := after
	if vb.object {
		if e := f.audienceAt(ts, k, e); e >= 0 {
			at.audience = append(at.audience, e)
		}
		k = f.skipAudience(ts, k, e)
	}
	start := -1
	switch {
	case f.isWord(ts, k, "that"):
		start = k + 1
	case k < e && ts[k].kind == tWord && vb.bare && f.clauseStart(ts, k):
		start = k
	case k < e && (ts[k].kind == tWord && tailStarts[f.word(ts[k])] || f.isPunct(ts, k, ',')):
		// "said in a statement on Monday that …"
		for m := k; m < e && m < k+12; m++ {
			if ts[m].kind == tPunct && f.text[ts[m].s] != ',' {
				break
			}
			if f.isWord(ts, m, "that") {
				start = m + 1
				f.adjuncts(ts, k, m, &at)
				break
			}
		}
	}
	if start < 0 || start >= e || questionWords[f.word(ts[start])] || f.isWord(ts, start, "to") || !clean(start, e) {
		return false
	}
	return f.addIndirect(pi, ts, start, e, at)
}

// laterMainCue reports whether a reporting verb after a comma follows v
// in the sentence: the verb at v is then inside a relative clause.
func (f *finder) laterMainCue(ts []tok, v, e int) bool {
	for k := v + 1; k+1 < e; k++ {
		if f.isPunct(ts, k, ',') {
			if vb, _, _, ok := f.cueAt(ts, k+1); ok && vb.clause {
				return true
			}
		}
	}
	return false
}

// clauseStart reports whether a reported clause may start at token k
// without "that": a pronoun, a determiner, a name, a number.
func (f *finder) clauseStart(ts []tok, k int) bool {
	w := f.word(ts[k])
	if stopAfterVerb[w] || questionWords[w] || tailStarts[w] || f.isWord(ts, k+1, "to") || preps[w] || adverbs[w] && w != "further" {
		return false
	}
	if _, isVerb := reportingVerbs[w]; isVerb {
		return false
	}
	return ts[k].kind == tWord
}

func isDigitWord(s string) bool { return s != "" && s[0] >= '0' && s[0] <= '9' }

// addIndirect records the indirect quote of the tokens [s, e).
func (f *finder) addIndirect(pi int, ts []tok, s, e int, a attrib) bool {
	for s < e && ts[s].kind == tPunct {
		s++
	}
	for e > s && ts[e-1].kind == tPunct {
		e--
	}
	if e-s < 3 || countWords(f.text[ts[s].s:ts[e-1].e]) < 3 {
		return false
	}
	if a.speaker < 0 || !canSpeak(f.ents[a.speaker].kind) {
		return false
	}
	q := &found{kind: Indirect, at: span{ts[s].s, ts[e-1].e}, speaker: a.speaker, cue: a.cue,
		audience: a.audience, setting: a.setting, level: 1, para: pi}
	f.found = append(f.found, q)
	f.noteSpeaker(q)
	return true
}
