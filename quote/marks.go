package quote

import (
	"unicode"
	"unicode/utf8"
)

// span is a range of bytes of the text.
type span struct{ s, e int }

// mq is a pair of quotation marks found in the text and what Find learns
// about the words between them.
type mq struct {
	open, close span     // the marks; close is empty where the quote never closes
	reopen      []span   // marks that re-open the quote in later paragraphs
	level       int      // 1 for a quote in the story's text, 2 inside another
	p0, p1      int      // paragraphs where it opens and where it ends
	inner       span     // the words between the marks, without spaces next to them
	q           *found   // the quote made of it, or nil
	pend        *pending // what its opening told, until it closes
	openTok     int      // token index of its (re-)opening mark in the paragraph read last
	closeTok    int      // token index of its closing mark there
}

// maxDepth bounds how deep marks nest; marks past it are read as text.
const maxDepth = 8

// markRoles says whether r may open and whether it may close a quotation,
// judged by the glyph alone; straight marks and the curly apostrophe are
// judged by their neighbours in classify.
func markRoles(r rune) (open, close bool) {
	switch r {
	case '“', '»', '›', '”':
		return true, true
	case '„', '‟', '‚', '‛', '«', '‹', '「', '『', '〝', '❝', '❛', '﹁', '﹃', '⹂', '\U0001F676', '\U0001F678':
		return true, false
	case '’', '」', '』', '〞', '〟', '❞', '❜', '﹂', '﹄', '\U0001F677':
		return false, true
	case '‘':
		return true, true
	case '"', '\'', '＂', '＇':
		return true, true
	}
	return false, false
}

// closes reports whether c closes a quotation that o opened.
func closes(o, c rune) bool {
	switch o {
	case '“':
		return c == '”'
	case '„', '⹂':
		return c == '“' || c == '”'
	case '‟', '”':
		return c == '”'
	case '‘':
		return c == '’'
	case '‚':
		return c == '‘' || c == '’'
	case '‛':
		return c == '’'
	case '«':
		return c == '»'
	case '»':
		return c == '«'
	case '‹':
		return c == '›'
	case '›':
		return c == '‹'
	case '「':
		return c == '」'
	case '『':
		return c == '』'
	case '〝':
		return c == '〞' || c == '〟'
	case '❝':
		return c == '❞'
	case '❛':
		return c == '❜'
	case '﹁':
		return c == '﹂'
	case '﹃':
		return c == '﹄'
	case '\U0001F676', '\U0001F678':
		return c == '\U0001F677'
	case '"', '\'', '＂', '＇':
		return c == o
	}
	return false
}

func isMarkRune(r rune) bool {
	o, c := markRoles(r)
	return o || c
}

func isSpaceRune(r rune) bool {
	return r == ' ' || r == '\n' || r == '\t' || r == '\r' || unicode.IsSpace(r)
}

func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

// openContext: what stands before an opening mark.
func openBefore(r rune) bool {
	switch r {
	case 0, '(', '[', '{', '—', '–', '-', '/', ':':
		return true
	}
	return isSpaceRune(r) || isMarkRune(r)
}

// closeAfter: what stands after a closing mark.
func closeAfter(r rune) bool {
	switch r {
	case 0, '.', ',', ';', ':', '!', '?', ')', ']', '}', '—', '–', '-', '…', '/':
		return true
	}
	return isSpaceRune(r) || isMarkRune(r)
}

// classify decides what the mark r does, given the runes before and after
// it (0 at the edge of the paragraph): it may open, close, or be text (an
// apostrophe, or a mark in the middle of a word).
func classify(prev, r, next rune) (open, close bool) {
	open, close = markRoles(r)
	switch r {
	case '"', '＂':
		open = openBefore(prev) && !isSpaceRune(next) && next != 0
		close = !isSpaceRune(prev) && prev != 0 && closeAfter(next)
		if !open && !close { // between two letters: let the pairing decide
			open, close = true, true
		}
	case '\'', '＇', '’':
		if isWordRune(prev) && isWordRune(next) { // don't, Trump’s
			return false, false
		}
		if r != '’' {
			open = openBefore(prev) && isWordRune(next)
		}
		if open && unicode.IsDigit(next) { // '90s
			open = false
		}
		close = prev != 0 && !isSpaceRune(prev) && closeAfter(next)
	case '‘':
		open = !isWordRune(prev)
		close = prev != 0 && !isSpaceRune(prev) && closeAfter(next)
	case '“', '»', '›':
		open = openBefore(prev) || isWordRune(next) && !isWordRune(prev)
		close = prev != 0 && !isSpaceRune(prev)
	case '”':
		// An opener only in the Swedish style, where it stands before a word.
		open = openBefore(prev) && isWordRune(next)
		close = prev != 0 && !(isSpaceRune(prev) && isWordRune(next))
	}
	return open, close
}

// opening is a mark waiting for its closer.
type opening struct {
	r    rune
	at   span
	cont *mq // the quote this mark continues from an earlier paragraph
}

// pairMarks finds the quotation marks of every paragraph and pairs them,
// in one pass over the text. A mark that never closes runs to the end of
// its paragraph, or on into the next where that opens with the same mark
// (the news style for a quote of several paragraphs); a closer with no
// opener is read as text. Nesting deeper than maxDepth is read as text.
func pairMarks(text string, paras []span) []*mq {
	var out []*mq
	var stack []opening
	var carry *mq // a quote left open at the end of the previous paragraph
	for pi, p := range paras {
		stack = stack[:0]
		if carry != nil {
			// The paragraph opens with the mark that continues it.
			r, w := utf8.DecodeRuneInString(text[p.s:])
			if r == carry.open.firstRune(text) {
				carry.reopen = append(carry.reopen, span{p.s, p.s + w})
				stack = append(stack, opening{r: carry.open.firstRune(text), at: carry.open, cont: carry})
			} else {
				// It does not continue: the quote ends with its paragraph.
				carry = nil
			}
		}
		startAt := p.s
		if carry != nil {
			startAt = carry.reopen[len(carry.reopen)-1].e
		}
		carry = nil
		prev := rune(0)
		if startAt > p.s {
			prev, _ = utf8.DecodeLastRuneInString(text[p.s:startAt])
		}
		for i := startAt; i < p.e; {
			c := text[i]
			if c < utf8.RuneSelf && c != '"' && c != '\'' {
				prev = rune(c)
				i++
				continue
			}
			r, w := utf8.DecodeRuneInString(text[i:p.e])
			if !isMarkRune(r) {
				prev = r
				i += w
				continue
			}
			next := rune(0)
			if i+w < p.e {
				next, _ = utf8.DecodeRuneInString(text[i+w : p.e])
			}
			open, close := classify(prev, r, next)
			at := span{i, i + w}
			prev = r
			i += w
			if close {
				// The nearest opener it closes, looking a few levels down.
				k := -1
				for j := len(stack) - 1; j >= 0 && j >= len(stack)-3; j-- {
					if closes(stack[j].r, r) {
						k = j
						break
					}
				}
				if k >= 0 {
					o := stack[k]
					q := o.cont
					if q == nil {
						q = &mq{open: o.at, level: k + 1, p0: pi}
					}
					q.close, q.p1 = at, pi
					out = append(out, q)
					stack = stack[:k]
					continue
				}
			}
			if open && len(stack) < maxDepth {
				stack = append(stack, opening{r: r, at: at})
			}
		}
		if len(stack) == 0 {
			continue
		}
		// Openers left at the end of the paragraph: inner ones are text of
		// the outer quote; the outer one runs on or ends here.
		o := stack[0]
		q := o.cont
		if q == nil {
			q = &mq{open: o.at, level: 1, p0: pi}
		}
		q.close, q.p1 = span{p.e, p.e}, pi
		if pi+1 < len(paras) {
			r, _ := utf8.DecodeRuneInString(text[paras[pi+1].s:])
			if r == o.r {
				carry = q
				continue
			}
		}
		out = append(out, q)
	}
	if carry != nil {
		out = append(out, carry)
	}
	return out
}

func (s span) firstRune(text string) rune {
	r, _ := utf8.DecodeRuneInString(text[s.s:s.e])
	return r
}
