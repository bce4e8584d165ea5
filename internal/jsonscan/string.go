package jsonscan

import (
	"unicode/utf16"
	"unicode/utf8"
)

// String reads the string whose opening quote is at Pos and returns its
// decoded bytes. They alias Data when the string has no escapes (and, in
// lenient mode, no bytes to replace), so a caller that keeps them past the
// life of Data must copy them.
func (s *Scanner) String() ([]byte, error) {
	data, start := s.Data, s.Pos+1
	ascii := true
	for i := start; i < len(data); i++ {
		c := data[i]
		if plain[c] {
			continue
		}
		switch {
		case c == '"':
			b := data[start:i]
			if !ascii && !utf8.Valid(b) {
				var err error
				if b, err = s.appendText(nil, start, i); err != nil {
					return nil, err
				}
			}
			if s.opt.MaxStringLen > 0 && len(b) > s.opt.MaxStringLen {
				return nil, s.tooLong(start, len(b))
			}
			s.Pos = i + 1
			return b, nil
		case c == '\\':
			return s.unescape(start, i)
		case c < 0x20:
			return nil, s.failAt(i, RuleSyntax, "control character U+%04X in string must be escaped", c)
		default:
			ascii = false
		}
	}
	return nil, s.failAt(start-1, RuleSyntax, "unterminated string")
}

// plain tells the bytes that stand for themselves in a string and are
// ASCII: all but the quote, the backslash and the control characters.
var plain = func() (t [256]bool) {
	for c := 0x20; c < utf8.RuneSelf; c++ {
		t[c] = c != '"' && c != '\\'
	}
	return t
}()

// tooLong is the error for a string whose text starts at start and whose
// decoded form has n bytes, more than MaxStringLen.
func (s *Scanner) tooLong(start, n int) error {
	return s.failAt(start-1, RuleLimit, "string of %d bytes is longer than the limit of %d", n, s.opt.MaxStringLen)
}

// unescape goes on with the string whose text starts at start from its
// first backslash at i, decoding into a new slice.
func (s *Scanner) unescape(start, i int) ([]byte, error) {
	out, err := s.appendText(make([]byte, 0, i-start+16), start, i)
	if err != nil {
		return nil, err
	}
	for i < len(s.Data) {
		switch c := s.Data[i]; {
		case c == '"':
			if s.opt.MaxStringLen > 0 && len(out) > s.opt.MaxStringLen {
				return nil, s.tooLong(start, len(out))
			}
			s.Pos = i + 1
			return out, nil
		case c < 0x20:
			return nil, s.failAt(i, RuleSyntax, "control character U+%04X in string must be escaped", c)
		case c == '\\':
			if out, i, err = s.appendEscape(out, i); err != nil {
				return nil, err
			}
		default:
			j := i
			for j < len(s.Data) && s.Data[j] != '"' && s.Data[j] != '\\' && s.Data[j] >= 0x20 {
				j++
			}
			if out, err = s.appendText(out, i, j); err != nil {
				return nil, err
			}
			i = j
		}
	}
	return nil, s.failAt(start-1, RuleSyntax, "unterminated string")
}

// appendText appends Data[i:j], string text with no quote, backslash or
// control character in it, to out. In strict mode it must be UTF-8; in
// lenient mode each byte that is not becomes U+FFFD, as in encoding/json.
func (s *Scanner) appendText(out []byte, i, j int) ([]byte, error) {
	b := s.Data[i:j]
	if utf8.Valid(b) {
		return append(out, b...), nil
	}
	if !s.opt.Lenient {
		return nil, s.failAt(i+invalidAt(b), RuleValue, "invalid UTF-8 in string")
	}
	for len(b) > 0 {
		r, n := utf8.DecodeRune(b)
		out = utf8.AppendRune(out, r) // RuneError for a byte that is not UTF-8
		b = b[n:]
	}
	return out, nil
}

// invalidAt returns the offset in b of its first byte that is not UTF-8.
func invalidAt(b []byte) int {
	for i := 0; i < len(b); {
		r, n := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && n <= 1 {
			return i
		}
		i += n
	}
	return 0
}

// escapes maps the letter after a backslash to the byte it stands for; \u
// is read apart.
var escapes = [256]byte{'"': '"', '\\': '\\', '/': '/', 'b': '\b', 'f': '\f', 'n': '\n', 'r': '\r', 't': '\t'}

// appendEscape appends what the escape at Data[i] stands for to out and
// returns the offset after it. A high surrogate followed by an escaped low
// one is one code point; any other surrogate is lone.
func (s *Scanner) appendEscape(out []byte, i int) ([]byte, int, error) {
	if i+1 >= len(s.Data) {
		return nil, i, s.failAt(i, RuleSyntax, "unterminated escape")
	}
	e := s.Data[i+1]
	if b := escapes[e]; b != 0 {
		return append(out, b), i + 2, nil
	}
	if e != 'u' {
		return nil, i, s.failAt(i, RuleSyntax, "invalid escape \\%c", e)
	}
	r, ok := hex4(s.Data, i+2)
	if !ok {
		return nil, i, s.failAt(i, RuleSyntax, `invalid \u escape: expected four hex digits`)
	}
	j := i + 6
	if utf16.IsSurrogate(r) {
		pair := utf8.RuneError
		if j+6 <= len(s.Data) && s.Data[j] == '\\' && s.Data[j+1] == 'u' {
			if lo, ok := hex4(s.Data, j+2); ok {
				pair = utf16.DecodeRune(r, lo)
			}
		}
		switch {
		case pair != utf8.RuneError:
			j += 6
		case !s.opt.Lenient:
			return nil, i, s.failAt(i, RuleValue, `lone UTF-16 surrogate \u%04X in string`, r)
		}
		r = pair
	}
	return utf8.AppendRune(out, r), j, nil
}

// hex4 reads the four hexadecimal digits of a \u escape at b[i:], and
// reports false when they are not there.
func hex4(b []byte, i int) (rune, bool) {
	if i+4 > len(b) {
		return 0, false
	}
	var r rune
	for _, c := range b[i : i+4] {
		switch {
		case c >= '0' && c <= '9':
			r = r<<4 | rune(c-'0')
		case c >= 'a' && c <= 'f':
			r = r<<4 | rune(c-'a'+10)
		case c >= 'A' && c <= 'F':
			r = r<<4 | rune(c-'A'+10)
		default:
			return 0, false
		}
	}
	return r, true
}
