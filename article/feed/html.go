package feed

import (
	"html"
	"strings"
	"unicode/utf8"
)

// blockTags end a paragraph where they open or close; breakTags end a line.
var blockTags = map[string]bool{
	"p": true, "div": true, "section": true, "article": true, "header": true, "footer": true,
	"h1": true, "h2": true, "h3": true, "h4": true, "h5": true, "h6": true,
	"ul": true, "ol": true, "li": true, "dl": true, "dt": true, "dd": true,
	"blockquote": true, "pre": true, "table": true, "tr": true, "figure": true,
	"figcaption": true, "hr": true, "aside": true, "address": true, "main": true, "nav": true,
}

// skipTags hold no text a reader sees: their content is left out.
var skipTags = map[string]bool{"script": true, "style": true, "template": true, "noscript": true, "iframe": true, "object": true}

// htmlText reduces HTML to plain text: tags are removed, character
// references decoded, runs of white space become one space, block elements
// (p, div, li, h1…, blockquote, …) end a paragraph and br ends a line.
// Paragraphs are separated by one blank line, lines within a paragraph by
// one newline; leading and trailing space is trimmed. It never fails: what
// does not read as a tag is text.
func htmlText(s string) string {
	if !strings.ContainsAny(s, "<&") {
		return collapse(s)
	}
	var b textBuilder
	b.out.Grow(len(s))
	for i := 0; i < len(s); {
		c := s[i]
		if c != '<' {
			j := strings.IndexByte(s[i:], '<')
			if j < 0 {
				j = len(s) - i
			}
			b.text(s[i : i+j])
			i += j
			continue
		}
		// A comment, a declaration or CDATA.
		if strings.HasPrefix(s[i:], "<!--") {
			end := strings.Index(s[i+4:], "-->")
			if end < 0 {
				break
			}
			i += 4 + end + 3
			continue
		}
		name, closing, end, ok := readTag(s, i)
		if !ok {
			b.text("<")
			i++
			continue
		}
		i = end
		switch {
		case skipTags[name] && !closing:
			// Skip to the matching end tag.
			k := indexFold(s[i:], "</"+name)
			if k < 0 {
				i = len(s)
			} else {
				i += k
			}
		case name == "br":
			b.lineBreak()
		case blockTags[name]:
			b.paragraph()
		}
	}
	return b.String()
}

// readTag reads the tag that starts at s[i] == '<': its lowercase name,
// whether it is an end tag, and the index just past it. ok is false where
// no tag starts, so that "a < b" stays text.
func readTag(s string, i int) (name string, closing bool, end int, ok bool) {
	j := i + 1
	if j < len(s) && (s[j] == '/') {
		closing = true
		j++
	}
	if j < len(s) && (s[j] == '!' || s[j] == '?') {
		k := strings.IndexByte(s[j:], '>')
		if k < 0 {
			return "", false, 0, false
		}
		return "", false, j + k + 1, true
	}
	k := j
	for k < len(s) && (isASCIILetter(s[k]) || (k > j && (s[k] >= '0' && s[k] <= '9' || s[k] == '-' || s[k] == ':'))) {
		k++
	}
	if k == j {
		return "", false, 0, false
	}
	name = strings.ToLower(s[j:k])
	// Find the closing '>' outside quoted attribute values.
	var quote byte
	for ; k < len(s); k++ {
		c := s[k]
		switch {
		case quote != 0:
			if c == quote {
				quote = 0
			}
		case c == '"' || c == '\'':
			quote = c
		case c == '>':
			return name, closing, k + 1, true
		}
	}
	return "", false, 0, false
}

func isASCIILetter(c byte) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' }

// indexFold is strings.Index that ignores ASCII case in s.
func indexFold(s, sub string) int {
	for i := 0; i+len(sub) <= len(s); i++ {
		if strings.EqualFold(s[i:i+len(sub)], sub) {
			return i
		}
	}
	return -1
}

// textBuilder writes text with collapsed white space and pending breaks.
type textBuilder struct {
	out     strings.Builder
	pending int  // 0 none, 1 space, 2 line, 3 paragraph
	started bool // some text was written
}

func (b *textBuilder) paragraph() { b.pending = 3 }
func (b *textBuilder) lineBreak() {
	switch {
	case b.pending == 2:
		b.pending = 3 // two line breaks in a row end a paragraph
	case b.pending < 2:
		b.pending = 2
	}
}

func (b *textBuilder) text(raw string) {
	if strings.IndexByte(raw, '&') >= 0 {
		raw = html.UnescapeString(raw)
	}
	b.literal(raw)
}

// literal writes raw, without character references, collapsing white
// space; runs of other ASCII are copied whole.
func (b *textBuilder) literal(raw string) {
	for i := 0; i < len(raw); {
		c := raw[i]
		if c < utf8.RuneSelf {
			switch c {
			case ' ', '\t', '\n', '\r', '\f', '\v':
				if b.pending == 0 {
					b.pending = 1
				}
				i++
				continue
			}
			j := i + 1
			for j < len(raw) && raw[j] > ' ' && raw[j] < utf8.RuneSelf {
				j++
			}
			b.flush()
			b.out.WriteString(raw[i:j])
			i = j
			continue
		}
		r, n := utf8.DecodeRuneInString(raw[i:])
		i += n
		if isSpace(r) {
			if b.pending == 0 {
				b.pending = 1
			}
			continue
		}
		b.flush()
		b.out.WriteRune(fixRune(r, n))
	}
}

// flush writes the pending break before more text.
func (b *textBuilder) flush() {
	if b.started {
		switch b.pending {
		case 1:
			b.out.WriteByte(' ')
		case 2:
			b.out.WriteByte('\n')
		case 3:
			b.out.WriteString("\n\n")
		}
	}
	b.pending = 0
	b.started = true
}

func (b *textBuilder) String() string { return b.out.String() }

// isSpace reports white space, the no-break space included: HTML writers
// put &nbsp; where they mean a space.
func isSpace(r rune) bool {
	switch r {
	case ' ', '\t', '\n', '\r', '\f', '\v', '\u00a0', '\u2028', '\u2029', '\u200b':
		return true
	}
	return false
}

// collapse trims s and turns each run of white space into one space, except
// that a blank line is kept as a paragraph break.
func collapse(s string) string {
	if s == "" {
		return ""
	}
	if strings.IndexByte(s, '\n') < 0 {
		var b textBuilder
		b.out.Grow(len(s))
		b.literal(s)
		return b.String()
	}
	var b textBuilder
	b.out.Grow(len(s))
	for line := range strings.SplitSeq(s, "\n") {
		if strings.TrimSpace(line) == "" {
			if b.started {
				b.pending = 3
			}
			continue
		}
		if b.pending == 0 {
			b.pending = 1
		}
		b.literal(line)
	}
	return b.String()
}

// cp1252 holds what windows-1252 puts at 0x80–0x9F, where Unicode has C1
// controls: feeds written in that encoding but declared otherwise, or with
// references such as &#146;, mean these characters, as HTML readers
// assume.
var cp1252 = [32]rune{
	'€', '\u0081', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '\u008d', 'Ž', '\u008f',
	'\u0090', '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', '\u009d', 'ž', 'Ÿ',
}

// fixRune returns r as written to plain text: invalid UTF-8 (a rune error
// of one byte) as U+FFFD, a C1 control as its windows-1252 character.
func fixRune(r rune, n int) rune {
	switch {
	case r == utf8.RuneError && n == 1:
		return '\uFFFD'
	case r >= 0x80 && r <= 0x9f:
		return cp1252[r-0x80]
	}
	return r
}
