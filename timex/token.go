package timex

import (
	"unicode"
	"unicode/utf8"
)

type tokKind uint8

const (
	tWord tokKind = iota + 1
	tNum
	tPunct
)

// token is one word, run of ASCII digits or punctuation character of the
// text. Offsets are bytes (b0, b1) and code points (r0, r1).
type token struct {
	kind   tokKind
	sp     uint8 // 0: adjacent to the previous token; 1: space before; 2: a line break before
	up     bool  // a word that starts with an upper-case letter
	nd     uint8 // digits of a number (capped at 255)
	ch     rune  // the character of a punctuation token, with ’ folded to '
	b0, b1 int32
	r0, r1 int32
	num    int64 // the value of a number of at most 18 digits, else -1
	ents   []entry
}

// tokenize appends to dst the tokens of s[from:to], whose first code point
// is code point r of s. Words are looked up in the compiled language c when c
// is not nil.
func tokenize(dst []token, s string, from, to int, r int32, c *compiled) []token {
	var lower [64]byte
	sp := uint8(1)
	i := from
	s = s[:to]
	for i < len(s) {
		ch := rune(s[i])
		size := 1
		if ch >= utf8.RuneSelf {
			ch, size = utf8.DecodeRuneInString(s[i:])
		}
		switch {
		case ch == ' ' || ch == '\t' || ch == '\r':
			if sp == 0 {
				sp = 1
			}
			i += size
			r++
		case ch == '\n':
			sp = 2
			i += size
			r++
		case ch >= '0' && ch <= '9':
			t := token{kind: tNum, sp: sp, b0: int32(i), r0: r}
			var v int64
			n := 0
			for i < len(s) && s[i] >= '0' && s[i] <= '9' {
				if n < 18 {
					v = v*10 + int64(s[i]-'0')
				}
				n++
				i++
				r++
			}
			if n > 18 {
				v = -1
			}
			if n > 255 {
				n = 255
			}
			t.num, t.nd = v, uint8(n)
			t.b1, t.r1 = int32(i), r
			dst = append(dst, t)
			sp = 0
		case ch < utf8.RuneSelf && isASCIILetter(byte(ch)) || ch >= utf8.RuneSelf && unicode.IsLetter(ch):
			up := 'A' <= ch && ch <= 'Z' || ch >= utf8.RuneSelf && unicode.IsUpper(ch)
			t := token{kind: tWord, sp: sp, b0: int32(i), r0: r, up: up}
			n := 0
			for i < len(s) {
				cr := rune(s[i])
				sz := 1
				if cr >= utf8.RuneSelf {
					cr, sz = utf8.DecodeRuneInString(s[i:])
					if !unicode.IsLetter(cr) && !unicode.Is(unicode.Mn, cr) {
						break
					}
				} else if !isASCIILetter(byte(cr)) {
					break
				}
				if n+4 <= len(lower) {
					if cr < utf8.RuneSelf {
						if 'A' <= cr && cr <= 'Z' {
							cr += 'a' - 'A'
						}
						lower[n] = byte(cr)
						n++
					} else {
						n += utf8.EncodeRune(lower[n:], unicode.ToLower(cr))
					}
				} else {
					n = len(lower) + 1
				}
				i += sz
				r++
			}
			t.b1, t.r1 = int32(i), r
			if c != nil && n <= c.maxLen {
				t.ents = c.first[string(lower[:n])]
			}
			dst = append(dst, t)
			sp = 0
		case unicode.IsSpace(ch):
			if sp == 0 {
				sp = 1
			}
			if ch == '\u2028' || ch == '\u2029' || ch == '\v' || ch == '\f' || ch == 0x85 {
				sp = 2
			}
			i += size
			r++
		default:
			if ch == '’' || ch == '‘' || ch == 'ʼ' {
				ch = '\''
			}
			t := token{kind: tPunct, sp: sp, b0: int32(i), r0: r, ch: ch}
			i += size
			r++
			t.b1, t.r1 = int32(i), r
			if c != nil && ch == '\'' {
				t.ents = c.first["'"]
			}
			dst = append(dst, t)
			sp = 0
		}
	}
	return dst
}

func isASCIILetter(c byte) bool { return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' }

// isDash reports the characters that join the ends of a range or the parts
// of a compound ("1990–1995", "twenty-one").
func isDash(ch rune) bool {
	return ch == '-' || ch == '–' || ch == '—' || ch == '‒' || ch == '‐' || ch == '‑'
}
