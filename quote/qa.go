package quote

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsmodel/newsmodel/entity"
)

// qaLabel is the speaker label that starts a paragraph of an interview
// transcript ("Q:", "CARLSON:", "Tucker Carlson:").
type qaLabel struct {
	label   string
	words   int // byte offset where the words after the label start
	speaker int
	other   int // the speaker of the other label, their audience, or -1
}

// labelOf returns the label that starts paragraph p and the offset of the
// words after it, or "" when p starts with none: up to four words before a
// colon, all in capitals or each with a capital.
func labelOf(text string, p span) (string, int) {
	end := min(p.e, p.s+48)
	i := strings.IndexByte(text[p.s:end], ':')
	if i <= 0 {
		return "", 0
	}
	label := text[p.s : p.s+i]
	after := p.s + i + 1
	if after >= p.e || text[after] != ' ' && text[after] != '\t' {
		return "", 0
	}
	words := strings.Fields(label)
	if len(words) == 0 || len(words) > 4 {
		return "", 0
	}
	for _, w := range words {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) {
			return "", 0
		}
		for _, c := range w {
			if !unicode.IsLetter(c) && c != '.' && c != '-' && c != '\'' && c != '’' {
				return "", 0
			}
		}
	}
	for after < p.e && (text[after] == ' ' || text[after] == '\t') {
		after++
	}
	return label, after
}

// detectQA finds the paragraphs of an interview transcript: those that
// start with a label that starts at least one other paragraph too, or
// with "Q:" or "A:" when the other is there.
func (f *finder) detectQA() {
	count := map[string]int{}
	labels := make([]string, len(f.paras))
	offs := make([]int, len(f.paras))
	for i, p := range f.paras {
		l, at := labelOf(f.text, p)
		if l == "" {
			continue
		}
		labels[i], offs[i] = l, at
		count[strings.ToUpper(l)]++
	}
	qa := count["Q"] > 0 && count["A"] > 0
	keep := func(l string) bool {
		u := strings.ToUpper(l)
		if u == "Q" || u == "A" {
			return qa
		}
		return count[u] >= 2
	}
	speakers := map[string]int{}
	var order []string
	for i, l := range labels {
		if l == "" || !keep(l) {
			continue
		}
		u := strings.ToUpper(l)
		if _, ok := speakers[u]; !ok {
			speakers[u] = f.labelSpeaker(u, i)
			order = append(order, u)
		}
	}
	if len(order) == 0 {
		return
	}
	f.qa = map[int]qaLabel{}
	for i, l := range labels {
		if l == "" || !keep(l) {
			continue
		}
		u := strings.ToUpper(l)
		other := -1
		if len(order) == 2 {
			if order[0] == u {
				other = speakers[order[1]]
			} else {
				other = speakers[order[0]]
			}
		}
		f.qa[i] = qaLabel{label: l, words: offs[i], speaker: speakers[u], other: other}
	}
}

// labelSpeaker finds whom a label names: "Q" the interviewer, "A" the
// person the transcript's other paragraphs name first, and a name one of
// the entities (by a word of its name) or a new one.
func (f *finder) labelSpeaker(u string, first int) int {
	switch u {
	case "Q", "QUESTION":
		return f.create("interviewer", entity.Person, true, 0)
	case "A", "ANSWER":
		for _, m := range f.ments {
			if f.ents[m.ent].kind == entity.Person && f.labelOf(m.at.s) == "" {
				return m.ent
			}
		}
		return f.create("interviewee", entity.Person, true, 0)
	}
	for i, e := range f.ents[:len(f.given)] {
		if !canSpeak(e.kind) {
			continue
		}
		for _, n := range append([]string{e.name}, f.given[i].Aliases...) {
			if strings.EqualFold(n, u) {
				return i
			}
			for _, w := range strings.Fields(n) {
				if strings.EqualFold(w, u) {
					return i
				}
			}
		}
	}
	name := strings.ToLower(u)
	var b strings.Builder
	up := true
	for _, r := range name {
		if up {
			r = unicode.ToUpper(r)
		}
		up = r == ' ' || r == '-'
		b.WriteRune(r)
	}
	return f.create(b.String(), entity.Person, false, 0)
}

// labelOf returns the label of the paragraph that holds byte offset at.
func (f *finder) labelOf(at int) string {
	pi := f.paraIndex(at)
	if pi < len(f.paras) {
		l, _ := labelOf(f.text, f.paras[pi])
		return l
	}
	return ""
}

// qaParagraph records the words of a labelled paragraph as a direct quote
// of the label's speaker, and the quotes it relays.
func (f *finder) qaParagraph(pi int, lab qaLabel) {
	p := f.paras[pi]
	fq := &found{kind: Direct, at: span{lab.words, p.e}, speaker: lab.speaker, setting: "interview", level: 1, para: pi}
	if lab.other >= 0 {
		fq.audience = []int{lab.other}
	}
	if !hasWord(f.text[fq.at.s:fq.at.e]) {
		return
	}
	f.found = append(f.found, fq)
	f.noteSpeaker(fq)
	lo := 0
	for lo < len(f.toks) && f.toks[lo].s < lab.words {
		lo++
	}
	if f.cfg.nested {
		f.relays(f.toks, lo, len(f.toks), fq, 0)
	}
	// Quotations inside that no cue attributes stay part of the answer.
	for _, q := range f.opened[pi] {
		if q.q == nil {
			q.q = &found{}
		}
	}
}
