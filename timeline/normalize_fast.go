package timeline

// fastISO reads, without the grammar, the machine dates that feeds carry
// most: RFC 3339 and ISO 8601 extended dates and date-times
// ("2025-03-23", "2025-03-23T14:05:00Z", "2025-03-23 14:05:00.5+01:00").
// It returns false for anything else, and for anything the grammar would
// read differently (a time without a zone when the Normalizer has a
// location), so that Normalize gives the same result either way; the
// differential test TestFastPath checks that.
func (n *Normalizer) fastISO(s string) (Date, bool) {
	if len(s) < 10 || len(s) > 40 || s[4] != '-' || s[7] != '-' {
		return Date{}, false
	}
	var buf [40]byte
	b := buf[:0]
	for i := 0; i < 10; i++ {
		c := s[i]
		if i != 4 && i != 7 && (c < '0' || c > '9') {
			return Date{}, false
		}
		b = append(b, c)
	}
	y := int(s[0]-'0')*1000 + int(s[1]-'0')*100 + int(s[2]-'0')*10 + int(s[3]-'0')
	m := int(s[5]-'0')*10 + int(s[6]-'0')
	d := int(s[8]-'0')*10 + int(s[9]-'0')
	if !validDay(y, m, d) {
		return Date{}, false
	}
	if len(s) == 10 {
		return parseFast(b)
	}
	i := 10
	switch s[i] {
	case 'T', 't', ' ':
	default:
		return Date{}, false
	}
	i++
	b = append(b, 'T')
	digits2 := func() bool {
		if i+2 > len(s) || s[i] < '0' || s[i] > '9' || s[i+1] < '0' || s[i+1] > '9' {
			return false
		}
		b = append(b, s[i], s[i+1])
		i += 2
		return true
	}
	if !digits2() || i >= len(s) || s[i] != ':' {
		return Date{}, false
	}
	b = append(b, ':')
	i++
	if !digits2() {
		return Date{}, false
	}
	if i < len(s) && s[i] == ':' {
		b = append(b, ':')
		i++
		if !digits2() {
			return Date{}, false
		}
		if i < len(s) && (s[i] == '.' || s[i] == ',') {
			b = append(b, '.')
			i++
			j := i
			for i < len(s) && s[i] >= '0' && s[i] <= '9' {
				b = append(b, s[i])
				i++
			}
			if i == j || i-j > 9 {
				return Date{}, false
			}
		}
	}
	switch {
	case i == len(s):
		if n.loc != nil {
			return Date{}, false
		}
	case i == len(s)-1 && (s[i] == 'Z' || s[i] == 'z'):
		b = append(b, 'Z')
	case s[i] == '+' || s[i] == '-':
		sign := s[i]
		i++
		var hh, mm [2]byte
		if !twoDigits(s, i, &hh) {
			return Date{}, false
		}
		i += 2
		if i < len(s) && s[i] == ':' {
			i++
		}
		if !twoDigits(s, i, &mm) || i+2 != len(s) {
			return Date{}, false
		}
		if hh == [2]byte{'0', '0'} && mm == [2]byte{'0', '0'} {
			b = append(b, 'Z')
		} else {
			b = append(b, sign, hh[0], hh[1], ':', mm[0], mm[1])
		}
	default:
		return Date{}, false
	}
	return parseFast(b)
}

func twoDigits(s string, i int, out *[2]byte) bool {
	if i+2 > len(s) || s[i] < '0' || s[i] > '9' || s[i+1] < '0' || s[i+1] > '9' {
		return false
	}
	out[0], out[1] = s[i], s[i+1]
	return true
}

func parseFast(b []byte) (Date, bool) {
	d, err := ParseDate(string(b))
	return d, err == nil
}
