package idslug

import "strings"

// ASCII lowercases the ASCII letters of s, keeps its ASCII digits, and
// turns every other run of bytes between them into one hyphen; it never
// starts or ends with a hyphen. When limit is not negative it stops reading
// s once the result holds limit bytes or more, so that a result may exceed
// limit by the one hyphen and character written last. A string with no
// ASCII letter or digit gives "".
func ASCII(s string, limit int) string {
	var b strings.Builder
	if limit < 0 {
		b.Grow(len(s))
	}
	dash := false
	for i := 0; i < len(s) && (limit < 0 || b.Len() < limit); i++ {
		c := s[i]
		switch {
		case c >= 'a' && c <= 'z', c >= '0' && c <= '9':
		case c >= 'A' && c <= 'Z':
			c += 'a' - 'A'
		default:
			dash = b.Len() > 0
			continue
		}
		if dash {
			b.WriteByte('-')
			dash = false
		}
		b.WriteByte(c)
	}
	return b.String()
}
