package article

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsmodel/newsmodel/entity"
	"github.com/newsmodel/newsmodel/news"
	"github.com/newsmodel/newsmodel/timex"
)

// tenseOf reads the tense of a clause from the words before its head, or,
// for a noun, from any verb of the clause, else from the sentence.
func (f *finder) tenseOf(c *clause, all []clause, sent tense) tense {
	toks := f.toks
	planned, hypo, past, neg, would := false, false, false, false, false
	from := c.head - 1
	if c.noun {
		from = c.t1 - 1
	}
	for k := from; k >= c.t0; k-- {
		t := &toks[k]
		if t.punct != 0 || k == c.head {
			continue
		}
		fl := t.flags()
		switch {
		case fl&(wWill|wMust) != 0:
			planned = true
		case fl&wWould != 0:
			would = true
		case fl&wMaybe != 0:
			hypo = true
		case fl&wPlan != 0 && f.toAhead(k+1, c.t1):
			planned = true
		}
		if fl&wNeg != 0 || t.neg {
			neg = true
		}
		if !c.noun && k < c.head && fl&(wVerbPast|wPast) != 0 && fl&wPlan == 0 {
			past = true
		}
		if f.pastAux(t) || c.noun && (fl&(wVerbPast|wPast) != 0 || t.e == nil && f.edWord(t)) {
			past = true
		}
		if c.noun && (t.neg || f.lower(t) == "not") {
			hypo = true
		}
		if c.noun && fl&wReport != 0 {
			continue
		}
	}
	h := &toks[c.head]
	if !c.noun && !c.inf && h.e != nil && h.e.flags&(wVerbPast|wPast) != 0 && h.e.flags&wVerbBase == 0 {
		past = true
	}
	if !c.noun && !c.inf && h.is(wPast) {
		past = true
	}
	if would {
		if f.reportBefore(c) {
			planned = true
		} else {
			hypo = true
		}
	}
	switch {
	case neg && c.head >= 0 && !c.noun:
		return tHypo
	case hypo:
		return tHypo
	case planned:
		return tPlanned
	case past:
		return tPast
	}
	if c.noun || c.inf {
		if sent != tUnknown {
			return sent
		}
		for i := range all {
			if &all[i] != c && all[i].head >= 0 && !all[i].noun {
				return f.tenseOf(&all[i], nil, tPast)
			}
		}
		return tPast
	}
	if h.e != nil && h.e.flags&(wVerbS|wVerbBase) != 0 || h.is(wVerbIng) {
		return tPresent
	}
	return tPast
}

// toAhead reports whether "to" or "for" follows within four words of k:
// "plans to", "is expected to", "expect cooler weather to".
func (f *finder) toAhead(k, end int) bool {
	for j := k; j < end && j < k+4; j++ {
		if w := f.lower(&f.toks[j]); w == "to" || w == "for" && j == k {
			return true
		}
	}
	return false
}

// edWord reports whether t looks like a regular past form: a lowercase
// word of five letters or more ending in "ed".
func (f *finder) edWord(t *token) bool {
	w := f.body[t.b0:t.b1]
	return t.punct == 0 && !t.upper && len(w) >= 5 && strings.HasSuffix(w, "ed")
}

// pastAux reports whether t is a past auxiliary: was, were, had, did.
func (f *finder) pastAux(t *token) bool {
	if !t.is(wBe | wHave | wDo) {
		return false
	}
	switch f.lower(t) {
	case "was", "were", "had", "did", "been":
		return true
	}
	return false
}

// reportBefore reports whether a verb of attribution stands before the
// clause's head in its sentence.
func (f *finder) reportBefore(c *clause) bool {
	for k := c.head - 1; k >= 0; k-- {
		if f.toks[k].is(wReport) {
			return true
		}
	}
	return false
}

// build makes the event of a clause and returns its index in f.cands.
// mi and fi are the first mention and date at or after the clause start.
func (f *finder) build(c *clause, t tense, para, mi, fi, c1 int) int {
	toks := f.toks
	c0 := toks[c.t0].c0
	ev := news.Event{}
	switch {
	case t == tPlanned:
		ev.Kind = news.Planned
	case t == tHypo:
		ev.Kind = news.Hypothetical
	case c.state:
		ev.Kind = news.State
	case c.cls == vStatement:
		ev.Kind = news.Statement
	default:
		ev.Kind = news.Occurrence
	}
	// Dates.
	dir := news.Past
	var date *timex.Found
	hasDate := false
	dateLimit := c1
	if c.dateEnd >= 0 {
		dateLimit = toks[c.dateEnd].c0
	}
	for k := fi; k < len(f.founds) && f.founds[k].Span.Start < dateLimit; k++ {
		fd := &f.founds[k]
		if fd.Span.End > dateLimit {
			break
		}
		if fd.IsDuration() {
			if c.noun && fd.Span.End >= toks[c.head].c0-1 && fd.Span.End <= toks[c.head].c0 {
				ev.Duration = fd.Duration
			}
			continue
		}
		if date == nil && !fd.Date.IsZero() {
			date = fd
			hasDate = true
		}
	}
	if t == tPresent && hasDate {
		t = tPlanned
		if ev.Kind == news.Occurrence || ev.Kind == news.Statement {
			ev.Kind = news.Planned
		}
	}
	if t == tPlanned || t == tHypo {
		dir = news.Future
	}
	if date != nil {
		ev.When = f.when(date, dir, t == tPast || t == tPlanned || t == tHypo)
	}
	cd := cand{agent: -1, into: -1, para: para, lemma: c.lemma, inf: c.inf}
	if ev.When.IsZero() && (t == tPast || t == tPresent && !c.state) && ev.Kind != news.State && !f.before.IsZero() {
		ev.When = news.When{Value: f.before, Anchor: f.pubDay}
		cd.undated = true
	}
	// Evidence.
	b0, b1 := toks[c.t0].b0, toks[c.t1-1].b1
	ev.Evidence = []news.Span{{Start: c0, End: toks[c.t1-1].c1, Text: f.body[b0:b1]}}
	if c.noun && c.head > 0 {
		p := f.prevWord(c.head, c.t0)
		for p >= 0 && !f.toks[p].is(wDet) && p > c.t0 && f.toks[p].e == nil {
			p = f.prevWord(p, c.t0)
		}
		if p >= 0 && f.toks[p].is(wDet) {
			switch f.lower(&f.toks[p]) {
			case "the", "this", "that", "these", "those":
				cd.definite = true
			}
		}
	}
	// Participants.
	agentTaken := f.participants(c, &ev, &cd, mi, c1)
	if !agentTaken && !c.noun {
		f.inheritAgent(c, &ev, &cd)
	}
	ev.Summary = f.summary(c, &cd)
	cd.ev = ev
	// "N days later" counts from the event before.
	if date != nil && f.isLater(date.Text) {
		cd.ev.When = news.When{}
		cd.undated = false
		if prev := f.lastEvent(); prev >= 0 {
			if pv := f.cands[prev].ev.When.Value; !pv.IsZero() && !f.cands[prev].undated && fineEnough(pv, date.Text) {
				if r, err := f.dates.future.Normalize(date.Text, pv.Anchor()); err == nil {
					cd.ev.When = news.When{Value: r.Date, Text: date.Text, Anchor: pv, Resolution: news.Future}
				}
			}
		}
		if cd.ev.When.IsZero() && ev.Kind == news.Occurrence && !f.before.IsZero() {
			cd.ev.When = news.When{Value: f.before, Anchor: f.pubDay}
			cd.undated = true
		}
	}
	if v := cd.ev.When.Value; !v.IsZero() && !cd.ev.Kind.MayFollow() && !f.published.IsZero() {
		if a := v.Allen(f.published); a == news.AllenAfter || a == news.AllenMetBy {
			cd.ev.Kind = news.Planned
		}
	}
	f.cands = append(f.cands, cd)
	return len(f.cands) - 1
}

// when returns the When of a date found in a clause read in direction dir.
func (f *finder) when(fd *timex.Found, dir news.Resolution, known bool) news.When {
	if f.anchor.IsZero() {
		if fd.Resolution != news.Explicit {
			return news.When{Text: fd.Text}
		}
		return news.When{Value: fd.Date, Text: fd.Text, Resolution: news.Explicit}
	}
	r := fd.Result
	if known && (r.Resolution == news.Past || r.Resolution == news.Future) && r.Resolution != dir {
		n := f.dates.future
		if dir == news.Past {
			n = f.dates.past
		}
		if r2, err := n.Normalize(fd.Text, f.anchor); err == nil && !r2.Date.IsZero() {
			r = r2
			r.Text = fd.Text
		}
	}
	return r.When()
}

// isLater reports whether a date expression counts from an earlier event:
// "three days later", "a week later".
func (f *finder) isLater(text string) bool {
	l := strings.ToLower(text)
	return strings.HasSuffix(l, " later") && !strings.Contains(l, " this ") && !strings.Contains(l, " next ")
}

// fineEnough reports whether d is precise enough to count "N units later"
// from.
func fineEnough(d news.Date, text string) bool {
	l := strings.ToLower(text)
	switch {
	case strings.Contains(l, "year"):
		return d.Precision() >= news.PrecisionYear && !d.IsInterval()
	case strings.Contains(l, "month"):
		return d.Precision() >= news.PrecisionMonth && !d.IsInterval()
	}
	return d.Precision() >= news.PrecisionDay && !d.IsInterval()
}

// lastEvent returns the index of the latest candidate that is its own
// event, or -1.
func (f *finder) lastEvent() int {
	for i := len(f.cands) - 1; i >= 0; i-- {
		if f.cands[i].into < 0 {
			return i
		}
	}
	return -1
}

// participants adds the entities mentioned in the clause, and reports
// whether one became the agent.
func (f *finder) participants(c *clause, ev *news.Event, cd *cand, mi, c1 int) bool {
	toks := f.toks
	head := &toks[c.head]
	passive := false
	if !c.noun {
		if p := f.prevWord(c.head, c.t0); p >= 0 && toks[p].is(wBe) && head.is(wVerbPart|wVerbPast) {
			passive = true
		}
	}
	objRole := "patient"
	if c.cls == vHostile {
		objRole = "target"
	}
	agent := false
	var seen []int
	k := c.t0
	for m := mi; m < len(f.ments) && f.ments[m].c0 < c1; m++ {
		mn := f.ments[m]
		if mn.c1 > c1 {
			break
		}
		for k < c.t1 && toks[k].c1 <= mn.c0 {
			k++
		}
		if k >= c.t1 {
			break
		}
		e := &f.ents[mn.ent]
		if slices.Contains(seen, mn.ent) {
			continue
		}
		p := -1
		if k > c.t0 && toks[k-1].punct == 0 {
			p = k - 1
		}
		prep := ""
		if p >= 0 && toks[p].is(wPrep) {
			prep = f.lower(&toks[p])
		}
		switch {
		case e.Kind == entity.Event:
			if ev.Entity == "" {
				ev.Entity = e.ID
			}
			continue
		case e.Kind == entity.Place && p >= 0 && toks[p].is(wLoc):
			if ev.Place == "" {
				ev.Place = e.ID
			}
			seen = append(seen, mn.ent)
			continue
		}
		seen = append(seen, mn.ent)
		role := ""
		end := k
		for end < c.t1 && toks[end].c1 < mn.c1 {
			end++
		}
		before := toks[k].c0 < head.c0
		switch {
		case before && c.noun && end < c.t1 && toks[end].poss && end+1 <= c.head:
			role = "agent"
		case before && !c.noun && prep == "":
			if passive {
				role = objRole
			} else {
				role = "agent"
			}
		case !before && passive && prep == "by":
			role = "agent"
		case !before && c.cls == vTransfer && prep == "to":
			role = "recipient"
		case !before && c.noun && c.cls == vHostile && (prep == "on" || prep == "against") && k <= c.headEnd+1:
			role = "target"
		case !before && !c.noun && prep == "" && f.directObject(c.headEnd, k):
			role = objRole
		}
		if role == "agent" && cd.agent < 0 {
			cd.agent = mn.ent
			agent = true
		}
		ev.Participants = append(ev.Participants, news.Participant{Entity: e.ID, Role: role})
	}
	return agent
}

// directObject reports whether the mention at token k follows the verb
// that ends at token end with only determiners and adjectives between.
func (f *finder) directObject(end, k int) bool {
	for j := end; j < k; j++ {
		t := &f.toks[j]
		if t.punct != 0 && t.punct != '.' || t.is(wPrep) || t.is(wCoord) || j-end > 3 {
			return false
		}
	}
	return true
}

// inheritAgent gives a clause without a subject of its own ("… and gave
// it to Witkoff", "it agreed") the agent of the clause before it.
func (f *finder) inheritAgent(c *clause, ev *news.Event, cd *cand) {
	prev := f.lastEvent()
	if prev < 0 || f.cands[prev].para != cd.para || f.cands[prev].agent < 0 {
		return
	}
	toks := f.toks
	start := c.t0
	if toks[start].is(wCoord) {
		start++
	}
	var pron *token
	for k := start; k < c.head; k++ {
		t := &toks[k]
		if t.punct != 0 || f.adverb(t) || t.is(wBe|wHave|wDo|wWill|wWould|wMaybe|wMust|wNeg) {
			continue
		}
		if t.is(wPron) && pron == nil {
			pron = t
			continue
		}
		return // a subject of its own
	}
	e := &f.ents[f.cands[prev].agent]
	if pron != nil {
		switch f.lower(pron) {
		case "he", "she":
			if e.Kind != entity.Person {
				return
			}
		case "it":
			if e.Kind == entity.Person {
				return
			}
		case "they":
		default:
			return
		}
	} else if start == c.t0 {
		return // no conjunction, no pronoun: the subject is not given
	}
	for _, p := range ev.Participants {
		if p.Entity == e.ID {
			return
		}
	}
	cd.agent = f.cands[prev].agent
	ev.Participants = append([]news.Participant{{Entity: e.ID, Role: "agent"}}, ev.Participants...)
}

// summary writes the clause as a short sentence: subject, verb, object.
func (f *finder) summary(c *clause, cd *cand) string {
	toks := f.toks
	var keep []int
	if c.noun {
		s := c.head
		for s > c.t0 {
			p := &toks[s-1]
			if p.punct != 0 || p.is(wPrep|wSubord|wRel|wCoord|wReport|wBe|wHave|wWill|wWould|wMaybe) || p.is(wVerbPast|wPast) && !p.is(wNoun) {
				break
			}
			s--
		}
		for s < c.head && toks[s].is(wDet) && !toks[s].poss {
			s++
		}
		for k := s; k < c.t1; k++ {
			t := &toks[k]
			if k >= c.headEnd && (t.punct != 0 && !isQuote(t.punct) && t.punct != '-' || t.is(wBe|wHave|wWill|wWould|wMaybe|wRel|wSubord|wReport) || t.is(wVerbPast|wPast) && !t.is(wNoun)) {
				break
			}
			keep = append(keep, k)
		}
	} else {
		start := c.t0
		for start < c.head && toks[start].is(wCoord|wSubord|wRel) {
			start++
		}
		subj := 0
		depth := 0
		for k := start; k < c.head; k++ {
			t := &toks[k]
			if t.punct == ',' {
				if depth == 0 && !f.commaBefore(k+1, c.head) {
					keep, subj = keep[:0], 0 // a fronted phrase: "Three days later, it …"
					continue
				}
				depth ^= 1 // an apposition between commas is left out
				continue
			}
			if depth == 1 || f.adverb(t) {
				continue
			}
			keep = append(keep, k)
			if !t.is(wBe | wHave | wDo | wWill | wWould | wMaybe | wMust | wNeg) {
				subj++
			}
		}
		name := ""
		if cd.agent >= 0 && (subj == 0 || subj == 1 && toks[keep[0]].is(wPron|wRel)) {
			name = f.ents[cd.agent].Name
			if subj == 1 {
				keep = keep[1:]
			}
		} else if subj == 1 && len(keep) > 0 && toks[keep[0]].is(wRel) {
			keep = keep[1:]
		}
		for k := c.head; k < c.t1; k++ {
			t := &toks[k]
			if k > c.head && (t.punct == ',' || t.punct == ';' || t.punct == '(' || t.is(wSubord|wRel) && k > c.headEnd) {
				break
			}
			keep = append(keep, k)
		}
		return finishSummary(name, f.joinTokens(keep))
	}
	return finishSummary("", f.joinTokens(keep))
}

// commaBefore reports whether a comma stands among tokens [k, end).
func (f *finder) commaBefore(k, end int) bool {
	for j := k; j < end; j++ {
		if f.toks[j].punct == ',' {
			return true
		}
	}
	return false
}

// joinTokens writes the tokens at idx with the body's own spacing, quote
// marks left out.
func (f *finder) joinTokens(idx []int) string {
	var b strings.Builder
	prev := -1
	for _, k := range idx {
		t := &f.toks[k]
		if t.punct != 0 && isQuote(t.punct) {
			continue
		}
		if prev >= 0 {
			gap := f.body[f.toks[prev].b1:t.b0]
			if gap != "" && strings.TrimLeft(gap, "\"“”‘’'«» ") == "" && strings.ContainsRune(gap, ' ') || k != prev+1 {
				b.WriteByte(' ')
			} else if gap != "" && !isQuoteText(gap) {
				b.WriteByte(' ')
			}
		}
		b.WriteString(f.body[t.b0:t.b1])
		prev = k
		if b.Len() > 140 {
			break
		}
	}
	return b.String()
}

func isQuoteText(s string) bool {
	for _, r := range s {
		if !isQuote(r) {
			return false
		}
	}
	return true
}

// danglers are words a summary must not end with.
var danglers = setOf(`a an the of to in on at for with by from and or but as that which who whose his her its their
our my your this these those is are was were be been has have had will would could may might should must not
into over than about after before while when since during amid`)

// finishSummary cuts s to about 100 characters at a word, drops dangling
// words and punctuation, puts name before it, and capitalises it.
func finishSummary(name, s string) string {
	if name != "" {
		s = name + " " + s
	}
	const limit = 100
	if utf8.RuneCountInString(s) > limit {
		cut := 0
		n := 0
		for i, r := range s {
			if n == limit {
				break
			}
			if r == ' ' {
				cut = i
			}
			n++
		}
		if cut > 0 {
			s = s[:cut]
		}
	}
	for {
		s = strings.TrimRight(s, " ,;:—–-(")
		i := strings.LastIndexByte(s, ' ')
		if i < 0 || !danglers[strings.ToLower(s[i+1:])] {
			break
		}
		s = s[:i]
	}
	s = strings.TrimSpace(s)
	if s == "" {
		return ""
	}
	r, n := utf8.DecodeRuneInString(s)
	return string(unicode.ToUpper(r)) + s[n:]
}
