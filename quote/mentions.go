package quote

import (
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"github.com/newsmodel/newsmodel/entity"
)

// foldLatin maps a letter with a diacritic to its base letter where it
// decomposes ("é" → "e"), and returns other runes unchanged.
func foldLatin(r rune) rune {
	if r < utf8.RuneSelf {
		return r
	}
	d := norm.NFD.String(string(r))
	b, _ := utf8.DecodeRuneInString(d)
	return b
}

// indexMentions finds where the given entities are named: the mentions
// the caller gave, and every whole-word occurrence of a name, an alias, or
// the surname of a person that no other entity shares. Where two overlap
// the longer wins.
func (f *finder) indexMentions() {
	type phrase struct {
		s   string
		ent int
	}
	var ps []phrase
	surnames := map[string]int{}
	explicit := map[string]bool{}
	for i, e := range f.given {
		for _, p := range append([]string{e.Name}, e.Aliases...) {
			if utf8.RuneCountInString(strings.TrimSpace(p)) < 2 {
				continue
			}
			ps = append(ps, phrase{p, i})
			explicit[p] = true
		}
	}
	for i, e := range f.given {
		if e.Kind != entity.Person {
			continue
		}
		words := strings.Fields(e.Name)
		if len(words) < 2 {
			continue
		}
		last := words[len(words)-1]
		if utf8.RuneCountInString(last) < 3 || explicit[last] {
			continue
		}
		if _, dup := surnames[last]; dup {
			surnames[last] = -1
		} else {
			surnames[last] = i
		}
	}
	for s, i := range surnames {
		if i >= 0 {
			ps = append(ps, phrase{s, i})
		}
	}
	ms := f.scanPhrases(ps2(ps, func(p phrase) (string, int) { return p.s, p.ent }))
	// The caller's own mentions, in code points.
	var cps []int
	for _, e := range f.given {
		for _, m := range e.Mentions {
			if m.Field == "" {
				cps = append(cps, m.Start, m.End)
			}
		}
	}
	if len(cps) > 0 {
		byteOf := cpToBytes(f.text, cps)
		for i, e := range f.given {
			for _, m := range e.Mentions {
				s, ok1 := byteOf[m.Start]
				t, ok2 := byteOf[m.End]
				if m.Field == "" && ok1 && ok2 && s < t {
					ms = append(ms, mention{at: span{s, t}, ent: i})
				}
			}
		}
	}
	slices.SortFunc(ms, func(a, b mention) int {
		if a.at.s != b.at.s {
			return a.at.s - b.at.s
		}
		return b.at.e - a.at.e
	})
	out := ms[:0]
	end := -1
	for _, m := range ms {
		if m.at.s < end {
			continue
		}
		out = append(out, m)
		end = m.at.e
	}
	f.ments = out
}

func ps2[T any](ps []T, get func(T) (string, int)) []phraseEnt {
	out := make([]phraseEnt, 0, len(ps))
	for _, p := range ps {
		s, e := get(p)
		out = append(out, phraseEnt{s, e})
	}
	return out
}

// phraseEnt is a phrase that names an entity.
type phraseEnt struct {
	s   string
	ent int
}

// scanPhrases finds every whole-word occurrence of the phrases in one pass
// over the text: at the start of each word it looks the word up among the
// first words of the phrases and compares the candidates there.
func (f *finder) scanPhrases(ps []phraseEnt) []mention {
	byFirst := map[string][]phraseEnt{}
	for _, p := range ps {
		for _, v := range variants(p.s) {
			first := v
			if i := strings.IndexFunc(v, func(r rune) bool { return !isWordRune(r) }); i > 0 {
				first = v[:i]
			}
			byFirst[first] = append(byFirst[first], phraseEnt{v, p.ent})
		}
	}
	if len(byFirst) == 0 {
		return nil
	}
	// A word is looked up only when its first and last bytes are those of
	// a first word, which most words are not.
	var ends [1024]uint64 // a bit for each pair of first and last bytes
	var firstByte [256]bool
	for w := range byFirst {
		firstByte[w[0]] = true
		k := int(w[0])<<8 | int(w[len(w)-1])
		ends[k>>6] |= 1 << (k & 63)
	}
	text := f.text
	var out []mention
	prevWord := false
	for i := 0; i < len(text); {
		c := text[i]
		var r rune = rune(c)
		w := 1
		if c >= utf8.RuneSelf {
			r, w = utf8.DecodeRuneInString(text[i:])
		}
		isW := c < utf8.RuneSelf && ('a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9') || c >= utf8.RuneSelf && isWordRune(r)
		if !isW || prevWord {
			prevWord = isW
			i += w
			continue
		}
		// A word starts at i.
		prevWord = true
		if !firstByte[c] {
			i += w
			continue
		}
		j := i + w
		for j < len(text) {
			d := text[j]
			if d < utf8.RuneSelf {
				if 'a' <= d && d <= 'z' || 'A' <= d && d <= 'Z' || '0' <= d && d <= '9' {
					j++
					continue
				}
				break
			}
			r2, w2 := utf8.DecodeRuneInString(text[j:])
			if !isWordRune(r2) {
				break
			}
			j += w2
		}
		if k := int(c)<<8 | int(text[j-1]); ends[k>>6]&(1<<(k&63)) == 0 {
			i = j
			continue
		}
		for _, p := range byFirst[text[i:j]] {
			e := i + len(p.s)
			if strings.HasPrefix(text[i:], p.s) && wholeWord(text, i, e) {
				out = append(out, mention{at: span{i, e}, ent: p.ent})
			}
		}
		prevWord = true
		i = j
	}
	return out
}

// variants are the spellings of a phrase searched for: as given, and with
// a first letter of the other case ("the council", "The council").
func variants(p string) []string {
	r, w := utf8.DecodeRuneInString(p)
	out := []string{p}
	if unicode.IsLower(r) {
		out = append(out, string(unicode.ToUpper(r))+p[w:])
	}
	return out
}

// cpToBytes maps code point offsets of text to byte offsets, in one pass.
func cpToBytes(text string, cps []int) map[int]int {
	cps = slices.Clone(cps)
	slices.Sort(cps)
	out := make(map[int]int, len(cps))
	n, b := 0, 0
	for _, c := range cps {
		for n < c && b < len(text) {
			_, w := utf8.DecodeRuneInString(text[b:])
			b += w
			n++
		}
		if n == c {
			out[c] = b
		}
	}
	return out
}

// wholeWord reports whether text[s:e] has no letter or digit beside it.
func wholeWord(text string, s, e int) bool {
	if r, _ := utf8.DecodeLastRuneInString(text[:s]); s > 0 && isWordRune(r) {
		return false
	}
	if r, _ := utf8.DecodeRuneInString(text[e:]); e < len(text) && isWordRune(r) {
		return false
	}
	return true
}

// markQuotedMentions marks the mentions that stand inside a quotation of
// the story's text: they name whom the speaker talks about, and count less
// when a pronoun outside is resolved.
func (f *finder) markQuotedMentions() {
	var outer []span
	for _, q := range f.mqs {
		if q.level == 1 {
			outer = append(outer, span{q.open.e, max(q.close.s, q.open.e)})
		}
	}
	k := 0
	for i := range f.ments {
		m := &f.ments[i]
		for k < len(outer) && outer[k].e <= m.at.s {
			k++
		}
		if k < len(outer) && outer[k].s <= m.at.s {
			m.inq = true
		}
	}
}

// tagMentions sets the mention of each token that lies in one.
func (f *finder) tagMentions(ts []tok) {
	if len(ts) == 0 {
		return
	}
	k := sort.Search(len(f.ments), func(i int) bool { return f.ments[i].at.e > ts[0].s })
	for i := range ts {
		t := &ts[i]
		t.ment = 0
		for k < len(f.ments) && f.ments[k].at.e <= t.s {
			k++
		}
		if k < len(f.ments) && f.ments[k].at.s <= t.s && t.e <= f.ments[k].at.e {
			t.ment = int32(k + 1)
		}
	}
}

// mentionStart returns the first token of the mention that token i lies in.
func mentionStart(ts []tok, i, lo int) int {
	for i > lo && ts[i-1].ment == ts[i].ment {
		i--
	}
	return i
}

func mentionEnd(ts []tok, i, hi int) int {
	for i+1 < hi && ts[i+1].ment == ts[i].ment {
		i++
	}
	return i + 1
}
