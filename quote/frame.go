package quote

import (
	"strings"

	"github.com/newsmodel/newsmodel/entity"
)

// cueAt reports whether a reporting cue starts at token i: a verb of the
// table ("said", "told") or a cue of two words ("according to", "shot
// back"), not used as a noun ("a statement", "her call"). It returns the
// cue and the index of the token after it.
func (f *finder) cueAt(ts []tok, i int) (verb, Cue, int, bool) {
	if i < 0 || i >= len(ts) || !ts[i].cue || ts[i].ment != 0 {
		return verb{}, Cue{}, 0, false
	}
	w := f.word(ts[i])
	if tail, ok := cueTail[w]; ok && f.isWord(ts, i+1, tail.next) {
		v := verb{lemma: tail.lemma, clause: tail.lemma != "according to"}
		return v, Cue{Text: f.text[ts[i].s:ts[i+1].e], Lemma: tail.lemma}, i + 2, true
	}
	v, ok := reportingVerbs[w]
	if !ok {
		return verb{}, Cue{}, 0, false
	}
	if i > 0 && ts[i-1].kind == tWord {
		p := f.word(ts[i-1])
		if p == "a" || p == "an" || p == "the" || p == "this" || p == "that" || p == "his" || p == "her" || p == "its" || p == "their" || p == "our" || p == "my" || p == "your" {
			return verb{}, Cue{}, 0, false
		}
	}
	if ts[i].upper && i > 0 && ts[i-1].kind == tWord {
		return verb{}, Cue{}, 0, false // a name: "Said", "Post"
	}
	return v, Cue{Text: f.text[ts[i].s:ts[i].e], Lemma: v.lemma}, i + 1, true
}

// adjuncts notes the setting and audience that the words [from, to) give:
// "in an interview with Tucker Carlson", "in a statement", "on X", "at a
// news conference".
func (f *finder) adjuncts(ts []tok, from, to int, a *attrib) {
	for k := max(from, 0); k < to && k < len(ts); k++ {
		if ts[k].kind != tWord {
			continue
		}
		w := f.word(ts[k])
		s, ok := settings[w]
		if !ok || a.setting != "" {
			if w == "with" && a.setting == "interview" && k+1 < to {
				if e := f.audienceAt(ts, k+1, to); e >= 0 {
					a.audience = append(a.audience, e)
				}
			}
			continue
		}
		if ts[k].upper && w != "x" && !isSocialName(w) {
			continue
		}
		if w == "x" && !f.isWord(ts, k-1, "on") {
			continue
		}
		prep := false
		for m := k - 1; m >= from && m >= k-4; m-- {
			if ts[m].kind != tWord {
				break
			}
			if pw := f.word(ts[m]); pw == "in" || pw == "on" || pw == "at" || pw == "during" || pw == "via" || pw == "through" || pw == "from" || pw == "over" || pw == "after" || pw == "before" {
				prep = true
				break
			}
		}
		if !prep {
			continue
		}
		if w == "conference" && f.isWord(ts, k+1, "call") {
			s = "call"
		}
		a.setting = s
		if s == "interview" && f.isWord(ts, k+1, "with") {
			if e := f.audienceAt(ts, k+2, to); e >= 0 {
				a.audience = append(a.audience, e)
			}
		}
	}
}

func isSocialName(w string) bool {
	switch w {
	case "twitter", "instagram", "facebook", "tiktok", "threads", "bluesky", "telegram", "linkedin", "youtube":
		return true
	}
	return false
}

// audienceAt returns the entity named at token i (after a few title words:
// "host Janet Lowry"), or -1.
func (f *finder) audienceAt(ts []tok, i, hi int) int {
	for k := i; k < hi && k < i+3; k++ {
		if ts[k].kind != tWord {
			return -1
		}
		if ts[k].ment > 0 {
			e := f.ments[ts[k].ment-1].ent
			if canSpeak(f.ents[e].kind) {
				if k > i {
					f.titlesBefore(ts, i, k, e)
				}
				return e
			}
			return -1
		}
		w := f.word(ts[k])
		if !f.nounAt(ts, k) && !titleWords[w] && w != "the" {
			return -1
		}
	}
	return -1
}

// canSpeak reports whether an entity of kind k may be a speaker or an
// audience (a person, an organisation, or another thing).
func canSpeak(k entity.Kind) bool {
	return k == entity.Person || k == entity.Organization || k == entity.Other
}

// frameBefore reads an attribution in the words [lo, hi) before a quote: the
// last reporting cue there, and its speaker before it ("Harlow said:") or
// after it ("According to X,", "Said X:"); where no phrase before the cue
// names one, the subject of the clause ("Whitcomb used her address to
// promise …").
func (f *finder) frameBefore(ts []tok, lo, hi int) attrib {
	a := noAttrib()
	lo = max(lo, hi-frameWindow)
	for v := hi - 1; v >= lo; v-- {
		if ts[v].kind == tOpen || ts[v].kind == tClose {
			break
		}
		vb, cue, after, ok := f.cueAt(ts, v)
		if !ok || f.passive(ts, v) || f.infinitiveAfter(ts, after) {
			continue
		}
		a.cue, a.verb, a.ok = cue, vb, true
		if cue.Lemma == "according to" {
			if p, ok := f.speakerAfter(ts, after, hi); ok {
				a.speaker = p.ent
			}
			return a
		}
		f.afterVerb(ts, after, hi, &a)
		if p, ok := f.speakerBefore(ts, lo, v, &a); ok {
			a.speaker = p.ent
			a.outer = f.outerSpeaker(ts, lo, p.from)
		} else if p, ok := f.saidFirst(ts, v, lo, after, hi); ok {
			a.speaker = p.ent // "Said Smith: …"
		} else {
			a.speaker = f.subjectBefore(ts, lo, v)
		}
		f.adjuncts(ts, lo, v, &a)
		return a
	}
	return a
}

// outerSpeaker returns the speaker of a report that frames another in the
// words [lo, hi): "She often recalled that" before "her mother had told
// her that …" is what the story is about; -1 when there is none.
func (f *finder) outerSpeaker(ts []tok, lo, hi int) int {
	for u := hi - 1; u > lo; u-- {
		vb, _, _, ok := f.cueAt(ts, u)
		if !ok || !vb.clause {
			continue
		}
		var a attrib
		if p, ok := f.speakerBefore(ts, lo, u, &a); ok && p.ent >= 0 {
			return p.ent
		}
		return -1
	}
	return -1
}

// saidFirst reads the speaker after a cue that opens the words [lo, hi),
// as in "Said Smith: …".
func (f *finder) saidFirst(ts []tok, v, lo, after, hi int) (np, bool) {
	if v != lo {
		return np{}, false
	}
	return f.speakerAfter(ts, after, hi)
}

// passive reports whether the verb at v is a participle after a form of
// "be" ("had been written"), which reports nothing.
func (f *finder) passive(ts []tok, v int) bool {
	if v == 0 || ts[v-1].kind != tWord {
		return false
	}
	switch f.word(ts[v-1]) {
	case "be", "been", "being", "was", "were", "is", "are":
		return true
	}
	return false
}

// infinitiveAfter reports whether "to" and a verb follow a cue at k
// ("agreed to a halt" is a report of nothing; "said to reporters" is).
func (f *finder) infinitiveAfter(ts []tok, k int) bool {
	if !f.isWord(ts, k, "to") || k+1 >= len(ts) || ts[k+1].kind != tWord {
		return false
	}
	switch f.word(ts[k-1]) {
	case "vowed", "vows", "vow", "promised", "promises", "promise", "pledged", "pledges", "pledge", "threatened", "threatens", "threaten", "vowing", "promising", "pledging":
		return false // what was promised
	case "agreed", "agrees", "agree", "agreeing":
		return true // "agreed to a halt"
	}
	w := f.word(ts[k+1])
	return !ts[k+1].upper && !determiners[w] && !f.nounAt(ts, k+1) && ts[k+1].ment == 0 &&
		w != "me" && w != "us" && w != "him" && w != "them" && w != "reporters" && !isDigitWord(w)
}

// afterVerb reads what follows a cue up to hi: the audience of an object
// verb ("told Tucker Carlson") and the adjuncts ("in an interview with").
func (f *finder) afterVerb(ts []tok, after, hi int, a *attrib) {
	if a.verb.object || a.verb.lemma == "" {
		if e := f.audienceAt(ts, after, hi); e >= 0 {
			a.audience = append(a.audience, e)
		}
	}
	if s, ok := settingOfVerb[a.verb.lemma]; ok && a.setting == "" {
		a.setting = s
	}
	f.adjuncts(ts, after, hi, a)
}

// skipAudience returns the index after the audience that follows an
// object verb at k: a name ("told Tucker Carlson") or a description
// ("told reporters", "told an interviewer").
func (f *finder) skipAudience(ts []tok, k, hi int) int {
	for m := k; m < hi && m < k+4; m++ {
		if ts[m].ment > 0 {
			return mentionEnd(ts, m, hi)
		}
		if !f.titleish(ts, m, hi) {
			break
		}
	}
	for m := k; m < hi && m < k+4; m++ {
		if ts[m].kind != tWord {
			return k
		}
		if f.nounAt(ts, m) || f.word(ts[m]) == "mps" || f.word(ts[m]) == "jurors" {
			return m + 1
		}
		if w := f.word(ts[m]); !determiners[w] && (preps[w] || f.isVerbForm(w) || w == "that") {
			return k
		}
	}
	return k
}

// tailStarts may follow an attribution that closes a sentence: "said on
// Friday", "said in a statement", "said Tuesday".
var tailStarts = set("of for on in at during after before outside inside from via through with without over last this yesterday today tonight earlier later recently when while as according monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october november december")

// tailOK reports whether the words [k, hi) may follow an attribution that
// ends a quote or a reported clause: nothing, a comma, or adjuncts of time
// and place; not a new clause ("said the state had let its roads decay").
func (f *finder) tailOK(ts []tok, k, hi int) bool {
	if k >= hi {
		return true
	}
	t := ts[k]
	switch t.kind {
	case tPunct:
		return true
	case tWord:
		return tailStarts[f.word(t)]
	}
	return false
}

// frameAfter reads an attribution that follows a quote in the words [lo,
// hi): ", Harlow said", ", said Priya Nair, a nurse", ", according to
// Witkoff", "he told France Inter". The attribution must start the words
// (the cue first, or after the speaker alone) and end the clause.
func (f *finder) frameAfter(ts []tok, lo, hi int) attrib {
	a := noAttrib()
	i := lo
	for i < hi && ts[i].kind == tPunct && (f.text[ts[i].s] == ',' || strings.HasPrefix(f.text[ts[i].s:], "—") || strings.HasPrefix(f.text[ts[i].s:], "–")) {
		i++
	}
	if i >= hi {
		return a
	}
	cp := f.checkpoint()
	if vb, cue, after, ok := f.cueAt(ts, i); ok && !f.infinitiveAfter(ts, after) {
		a.cue, a.verb, a.ok = cue, vb, true
		end := after
		if p, ok := f.speakerAfter(ts, after, hi); ok {
			a.speaker = p.ent
			end = p.to
		}
		f.afterVerb(ts, end, hi, &a)
		if vb.object {
			end = f.skipAudience(ts, end, hi)
		}
		if a.speaker < 0 || !f.tailOK(ts, end, hi) {
			f.rollback(cp)
			return noAttrib()
		}
		return a
	}
	// Speaker first: find the cue within a few words.
	for v := i + 1; v < hi && v <= i+12; v++ {
		if ts[v].kind == tOpen || ts[v].kind == tClose || isStop(f.text, ts[v]) {
			break
		}
		vb, cue, after, ok := f.cueAt(ts, v)
		if !ok {
			continue
		}
		p, ok := f.speakerBefore(ts, i, v, &a)
		if !ok || p.from < i || p.from > i+6 || !f.titleRun(ts, i, p.from) {
			f.rollback(cp)
			return noAttrib()
		}
		a.cue, a.verb, a.ok, a.speaker = cue, vb, true, p.ent
		f.afterVerb(ts, after, hi, &a)
		end := after
		if vb.object {
			end = f.skipAudience(ts, end, hi)
		}
		pronoun := p.to == p.from+1 && ts[p.from].kind == tWord && thirdPronouns[f.word(ts[p.from])]
		if p.ent < 0 && p.ent != -2 && !pronoun || !f.tailOK(ts, end, hi) {
			f.rollback(cp)
			return noAttrib()
		}
		return a
	}
	return a
}

// titleRun reports whether the tokens [a, b) are title words and commas,
// as before a name: "Forestry Commissioner", "his spokesman,".
func (f *finder) titleRun(ts []tok, a, b int) bool {
	for k := a; k < b; k++ {
		if f.isPunct(ts, k, ',') {
			continue
		}
		if !f.titleish(ts, k, b+1) {
			return false
		}
	}
	return true
}
