package timex

import (
	"github.com/newsmodel/newsmodel/internal/calendar"
	"github.com/newsmodel/newsmodel/news"
)

// fastISO reads, without the grammar, the machine dates that feeds carry
// most: RFC 3339 and ISO 8601 extended dates and date-times
// ("2025-03-23", "2025-03-23T14:05:00Z", "2025-03-23 14:05:00.5+01:00").
// It returns false for anything else, and for anything the grammar would
// read differently (a time without a zone when the Normalizer has a
// location), so that Normalize gives the same result either way; the
// differential test TestFastPath checks that.
func (n *Normalizer) fastISO(s string) (news.Date, bool) {
	if len(s) < 10 || len(s) > 40 || s[4] != '-' || s[7] != '-' {
		return news.Date{}, false
	}
	var buf [40]byte
	b := buf[:0]
	for i := 0; i < 10; i++ {
		c := s[i]
		if i != 4 && i != 7 && (c < '0' || c > '9') {
			return news.Date{}, false
		}
		b = append(b, c)
	}
	y := int(s[0]-'0')*1000 + int(s[1]-'0')*100 + int(s[2]-'0')*10 + int(s[3]-'0')
	m := int(s[5]-'0')*10 + int(s[6]-'0')
	d := int(s[8]-'0')*10 + int(s[9]-'0')
	if !validDay(y, m, d) {
		return news.Date{}, false
	}
	if len(s) == 10 {
		return parseFast(b)
	}
	i := 10
	switch s[i] {
	case 'T', 't', ' ':
	default:
		return news.Date{}, false
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
		return news.Date{}, false
	}
	b = append(b, ':')
	i++
	if !digits2() {
		return news.Date{}, false
	}
	if i < len(s) && s[i] == ':' {
		b = append(b, ':')
		i++
		if !digits2() {
			return news.Date{}, false
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
				return news.Date{}, false
			}
		}
	}
	switch {
	case i == len(s):
		if n.loc != nil {
			return news.Date{}, false
		}
	case i == len(s)-1 && (s[i] == 'Z' || s[i] == 'z'):
		b = append(b, 'Z')
	case s[i] == '+' || s[i] == '-':
		sign := s[i]
		i++
		var hh, mm [2]byte
		if !twoDigits(s, i, &hh) {
			return news.Date{}, false
		}
		i += 2
		if i < len(s) && s[i] == ':' {
			i++
		}
		if !twoDigits(s, i, &mm) || i+2 != len(s) {
			return news.Date{}, false
		}
		if hh == [2]byte{'0', '0'} && mm == [2]byte{'0', '0'} {
			b = append(b, 'Z')
		} else {
			b = append(b, sign, hh[0], hh[1], ':', mm[0], mm[1])
		}
	default:
		return news.Date{}, false
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

func parseFast(b []byte) (news.Date, bool) {
	d, err := news.ParseDate(string(b))
	return d, err == nil
}

// fastWritten reads, without the grammar, the written dates of news and the
// RFC 1123 dates of feeds: "March 23, 2025", "Mar. 23, 2025", "23 March
// 2025", "Sun, 23 Mar 2025 14:05:00 GMT" (a zone of fixed offset, or a
// numeric one). Like fastISO it returns false for anything the grammar
// might read differently.
func (n *Normalizer) fastWritten(s string) (news.Date, bool) {
	i := 0
	word := func() (string, bool) {
		j := i
		for i < len(s) && isASCIILetter(s[i]) {
			i++
		}
		return s[j:i], i > j && i-j <= 12
	}
	number := func(maxDigits int) (int, int, bool) {
		j, v := i, 0
		for i < len(s) && s[i] >= '0' && s[i] <= '9' && i-j < maxDigits+1 {
			v = v*10 + int(s[i]-'0')
			i++
		}
		return v, i - j, i > j && i-j <= maxDigits
	}
	lookup := func(w string, r role) *entry {
		var buf [12]byte
		if len(w) > len(buf) {
			return nil // no month or weekday name is longer
		}
		for k := 0; k < len(w); k++ {
			buf[k] = w[k] | 0x20
		}
		es := n.c.first[string(buf[:len(w)])]
		for k := range es {
			if es[k].role == r && len(es[k].rest) == 0 {
				return &es[k]
			}
		}
		return nil
	}
	space := func() bool {
		if i < len(s) && s[i] == ' ' {
			i++
			return true
		}
		return false
	}
	wd := -1
	var y, m, d int
	if i < len(s) && isASCIILetter(s[i]) {
		w, ok := word()
		if !ok {
			return news.Date{}, false
		}
		if e := lookup(w, rWeekday); e != nil {
			// RFC 1123: "Sun, 23 Mar 2025 …".
			wd = int(e.val)
			if i+1 >= len(s) || s[i] != ',' || s[i+1] != ' ' {
				return news.Date{}, false
			}
			i += 2
			var nd int
			if d, nd, ok = number(2); !ok || nd == 0 || !space() {
				return news.Date{}, false
			}
			mw, ok := word()
			e := lookup(mw, rMonth)
			if !ok || e == nil || !space() {
				return news.Date{}, false
			}
			m = int(e.val)
			if y, nd, ok = number(4); !ok || nd != 4 {
				return news.Date{}, false
			}
		} else if e := lookup(w, rMonth); e != nil {
			// "March 23, 2025", "Mar. 23, 2025".
			m = int(e.val)
			if e.abbr && i < len(s) && s[i] == '.' {
				i++
			}
			var nd int
			if !space() {
				return news.Date{}, false
			}
			if d, nd, ok = number(2); !ok || nd == 0 {
				return news.Date{}, false
			}
			if i < len(s) && s[i] == ',' {
				i++
			}
			if !space() {
				return news.Date{}, false
			}
			if y, nd, ok = number(4); !ok || nd != 4 || i != len(s) {
				return news.Date{}, false
			}
		} else {
			return news.Date{}, false
		}
	} else {
		// "23 March 2025".
		var nd int
		var ok bool
		if d, _, ok = number(2); !ok || !space() {
			return news.Date{}, false
		}
		mw, ok := word()
		e := lookup(mw, rMonth)
		if !ok || e == nil || e.abbr && i < len(s) && s[i] == '.' || !space() {
			return news.Date{}, false
		}
		m = int(e.val)
		if y, nd, ok = number(4); !ok || nd != 4 || i != len(s) {
			return news.Date{}, false
		}
	}
	if !validDay(y, m, d) || y < 1000 {
		return news.Date{}, false
	}
	if wd < 0 {
		return dayD(y, m, d), true
	}
	if int(calendar.Civil(y, m, d).Weekday()) != wd {
		return news.Date{}, false
	}
	// RFC 1123: the time and the zone.
	if !space() {
		return news.Date{}, false
	}
	var buf [32]byte
	b := calendar.AppendYear(buf[:0], int64(y))
	b = append(b, '-')
	b = calendar.AppendInt(b, int64(m), 2)
	b = append(b, '-')
	b = calendar.AppendInt(b, int64(d), 2)
	b = append(b, 'T')
	var hh, mm, ss [2]byte
	if !twoDigits(s, i, &hh) || i+2 >= len(s) || s[i+2] != ':' || !twoDigits(s, i+3, &mm) {
		return news.Date{}, false
	}
	b = append(b, hh[0], hh[1], ':', mm[0], mm[1])
	i += 5
	if i < len(s) && s[i] == ':' {
		if !twoDigits(s, i+1, &ss) {
			return news.Date{}, false
		}
		b = append(b, ':', ss[0], ss[1])
		i += 3
	}
	if !space() || i >= len(s) {
		return news.Date{}, false
	}
	off := 0
	switch c := s[i]; {
	case c == '+' || c == '-':
		var zh, zm [2]byte
		if len(s) != i+5 || !twoDigits(s, i+1, &zh) || !twoDigits(s, i+3, &zm) {
			return news.Date{}, false
		}
		h, mi := int(zh[0]-'0')*10+int(zh[1]-'0'), int(zm[0]-'0')*10+int(zm[1]-'0')
		if h > 14 || mi > 59 {
			return news.Date{}, false
		}
		off = h*3600 + mi*60
		if c == '-' {
			off = -off
		}
	default:
		zw, ok := word()
		e := lookup(zw, rZone)
		if !ok || e == nil || i != len(s) || n.c.lang.Zones[e.val].DST != NoDST {
			return news.Date{}, false
		}
		off = n.c.lang.Zones[e.val].Offset
	}
	if off == 0 {
		b = append(b, 'Z')
	} else {
		sign := byte('+')
		if off < 0 {
			sign, off = '-', -off
		}
		b = append(b, sign)
		b = calendar.AppendInt(b, int64(off/3600), 2)
		b = append(b, ':')
		b = calendar.AppendInt(b, int64(off/60%60), 2)
	}
	return parseFast(b)
}
