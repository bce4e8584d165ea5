package timex

import "github.com/newsmodel/newsmodel/news"

// fastNumeric reads, without the grammar, the numeric dates with a
// four-digit year that feeds and forms print: 2025-3-7, 2025/03/23,
// 2025.03.23, 2025/03, 2025.03, 3/2025, 3/23/2025, 23.03.2025 and a bare
// year. It gives the same Date and alternative as the grammar (numeric and
// shortNumeric in grammar_numeric.go and grammar_short.go), which
// TestFastPath and FuzzNormalize hold it to, and returns false for
// anything else, for a date that does not exist (the grammar words the
// error) and for the forms whose reading the grammar bends (two-digit years).
func (n *Normalizer) fastNumeric(s string) (d, alt news.Date, ok bool) {
	if len(s) < 4 || len(s) > 16 || s[0] < '0' || s[0] > '9' {
		return news.Date{}, news.Date{}, false
	}
	var v [3]int
	var nd [3]int
	var sep byte
	g := 0
	mon := -1 // the group that is a month name, or -1
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= '0' && c <= '9':
			if mon == g {
				return news.Date{}, news.Date{}, false
			}
			v[g] = v[g]*10 + int(c-'0')
			nd[g]++
		case isASCIILetter(c) && nd[g] == 0 && mon < 0 && sep == '-':
			// 2025-Mar-07, 07-Mar-2025.
			j := i
			for j < len(s) && isASCIILetter(s[j]) {
				j++
			}
			var buf [32]byte
			m := 0
			for _, e := range n.c.first[string(lowerKey(&buf, s[i:j]))] {
				if e.role == rMonth && len(e.rest) == 0 {
					m = int(e.val)
					break
				}
			}
			if m == 0 {
				return news.Date{}, news.Date{}, false
			}
			v[g], nd[g], mon, i = m, 2, g, j-1
		case (c == '/' || c == '-' || c == '.') && (sep == 0 || sep == c) && nd[g] > 0 && g < 2:
			sep = c
			g++
		default:
			return news.Date{}, news.Date{}, false
		}
	}
	if nd[g] == 0 {
		return news.Date{}, news.Date{}, false
	}
	if mon >= 0 {
		switch {
		case mon == 1 && g == 2 && nd[0] == 4 && nd[2] <= 2:
			d = dayD(v[0], v[1], v[2])
		case mon == 1 && g == 2 && nd[0] <= 2 && nd[2] == 4:
			d = dayD(v[2], v[1], v[0])
		}
		return d, news.Date{}, !d.IsZero()
	}
	switch {
	case g == 0 && nd[0] == 8:
		// ISO 8601 basic: 20250323.
		d = dayD(v[0]/10000, v[0]/100%100, v[0]%100)
	case g == 0 && nd[0] == 4 && s[0] != '0':
		d = yearD(v[0])
	case g == 1 && nd[0] == 4 && nd[1] == 2 && (sep == '/' || sep == '.'):
		d = monthD(v[0], v[1])
	case g == 1 && nd[0] <= 2 && nd[1] == 4 && sep == '/':
		d = monthD(v[1], v[0])
	case g == 2 && nd[0] == 4 && nd[1] <= 2 && nd[2] <= 2 && (sep != '-' || nd[1] == 1 || nd[2] == 1):
		d = dayD(v[0], v[1], v[2])
	case g == 2 && nd[0] <= 2 && nd[1] <= 2 && nd[2] == 4:
		a, b, y := v[0], v[1], v[2]
		d1, m1, d2, m2 := b, a, a, b
		if n.dayFirst || sep == '.' {
			d1, m1, d2, m2 = a, b, b, a
		}
		switch {
		case validDay(y, m1, d1):
			d = dayD(y, m1, d1)
			if m1 != m2 && validDay(y, m2, d2) {
				alt = dayD(y, m2, d2)
			}
		case validDay(y, m2, d2):
			d = dayD(y, m2, d2)
		}
	}
	return d, alt, !d.IsZero()
}
