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
	sc := fastScan{n: n, s: s}
	y, m, d, wd, ok := sc.writtenDay()
	if !ok || !validDay(y, m, d) || y < 1000 {
		return news.Date{}, false
	}
	if wd < 0 {
		return dayD(y, m, d), true
	}
	if int(calendar.Civil(y, m, d).Weekday()) != wd {
		return news.Date{}, false
	}
	return sc.rfc1123Time(y, m, d)
}

// fastScan is a cursor over the text that fastWritten reads.
type fastScan struct {
	n *Normalizer
	s string
	i int
}

// word reads a run of ASCII letters, of 1 to 12.
func (sc *fastScan) word() (string, bool) {
	s, i, j := sc.s, sc.i, sc.i
	for i < len(s) && isASCIILetter(s[i]) {
		i++
	}
	sc.i = i
	return s[j:i], i > j && i-j <= 12
}

// number reads a run of 1 to maxDigits ASCII digits, and its length; it
// stops one digit past maxDigits and then fails.
func (sc *fastScan) number(maxDigits int) (v, nd int, ok bool) {
	s, i, j := sc.s, sc.i, sc.i
	for i < len(s) && s[i] >= '0' && s[i] <= '9' && i-j < maxDigits+1 {
		v = v*10 + int(s[i]-'0')
		i++
	}
	sc.i = i
	return v, i - j, i > j && i-j <= maxDigits
}

// space skips one space.
func (sc *fastScan) space() bool {
	if sc.i < len(sc.s) && sc.s[sc.i] == ' ' {
		sc.i++
		return true
	}
	return false
}

// skip skips c when it comes next.
func (sc *fastScan) skip(c byte) {
	if sc.i < len(sc.s) && sc.s[sc.i] == c {
		sc.i++
	}
}

// lookup returns the one-word entry of role r for the ASCII word w, or nil.
func (sc *fastScan) lookup(w string, r role) *entry {
	var buf [12]byte
	if len(w) > len(buf) {
		return nil // no month or weekday name is longer
	}
	for k := 0; k < len(w); k++ {
		buf[k] = w[k] | 0x20
	}
	es := sc.n.c.first[string(buf[:len(w)])]
	for k := range es {
		if es[k].role == r && len(es[k].rest) == 0 {
			return &es[k]
		}
	}
	return nil
}

// writtenDay reads the day of "Sun, 23 Mar 2025 …", "March 23, 2025" or
// "23 March 2025"; wd is the weekday given, or -1.
func (sc *fastScan) writtenDay() (y, m, d, wd int, ok bool) {
	if sc.i >= len(sc.s) || !isASCIILetter(sc.s[sc.i]) {
		y, m, d, ok = sc.dayMonthYear()
		return y, m, d, -1, ok
	}
	w, ok := sc.word()
	if !ok {
		return 0, 0, 0, -1, false
	}
	if e := sc.lookup(w, rWeekday); e != nil {
		y, m, d, ok = sc.rfc1123Day()
		return y, m, d, int(e.val), ok
	}
	if e := sc.lookup(w, rMonth); e != nil {
		y, d, ok = sc.monthDayYear(e)
		return y, int(e.val), d, -1, ok
	}
	return 0, 0, 0, -1, false
}

// rfc1123Day reads ", 23 Mar 2025" after the weekday of an RFC 1123 date.
func (sc *fastScan) rfc1123Day() (y, m, d int, ok bool) {
	s := sc.s
	if sc.i+1 >= len(s) || s[sc.i] != ',' || s[sc.i+1] != ' ' {
		return 0, 0, 0, false
	}
	sc.i += 2
	var nd int
	if d, nd, ok = sc.number(2); !ok || nd == 0 || !sc.space() {
		return 0, 0, 0, false
	}
	mw, ok := sc.word()
	e := sc.lookup(mw, rMonth)
	if !ok || e == nil || !sc.space() {
		return 0, 0, 0, false
	}
	if y, nd, ok = sc.number(4); !ok || nd != 4 {
		return 0, 0, 0, false
	}
	return y, int(e.val), d, true
}

// monthDayYear reads " 23, 2025" or ". 23, 2025" after the month e, to the
// end of the text.
func (sc *fastScan) monthDayYear(e *entry) (y, d int, ok bool) {
	if e.abbr {
		sc.skip('.')
	}
	var nd int
	if !sc.space() {
		return 0, 0, false
	}
	if d, nd, ok = sc.number(2); !ok || nd == 0 {
		return 0, 0, false
	}
	sc.skip(',')
	if !sc.space() {
		return 0, 0, false
	}
	if y, nd, ok = sc.number(4); !ok || nd != 4 || sc.i != len(sc.s) {
		return 0, 0, false
	}
	return y, d, true
}

// dayMonthYear reads "23 March 2025" to the end of the text.
func (sc *fastScan) dayMonthYear() (y, m, d int, ok bool) {
	if d, _, ok = sc.number(2); !ok || !sc.space() {
		return 0, 0, 0, false
	}
	mw, ok := sc.word()
	e := sc.lookup(mw, rMonth)
	if !ok || e == nil || e.abbr && sc.i < len(sc.s) && sc.s[sc.i] == '.' || !sc.space() {
		return 0, 0, 0, false
	}
	var nd int
	if y, nd, ok = sc.number(4); !ok || nd != 4 || sc.i != len(sc.s) {
		return 0, 0, 0, false
	}
	return y, int(e.val), d, true
}

// rfc1123Time reads " 14:05:00 GMT" or " 14:05 +0100" after the day y-m-d
// of an RFC 1123 date, to the end of the text, and returns the date-time.
func (sc *fastScan) rfc1123Time(y, m, d int) (news.Date, bool) {
	s := sc.s
	if !sc.space() {
		return news.Date{}, false
	}
	var buf [32]byte
	b := calendar.AppendDate(buf[:0], int64(y), m, d)
	b = append(b, 'T')
	var hh, mm, ss [2]byte
	if !twoDigits(s, sc.i, &hh) || sc.i+2 >= len(s) || s[sc.i+2] != ':' || !twoDigits(s, sc.i+3, &mm) {
		return news.Date{}, false
	}
	b = append(b, hh[0], hh[1], ':', mm[0], mm[1])
	sc.i += 5
	if sc.i < len(s) && s[sc.i] == ':' {
		if !twoDigits(s, sc.i+1, &ss) {
			return news.Date{}, false
		}
		b = append(b, ':', ss[0], ss[1])
		sc.i += 3
	}
	if !sc.space() || sc.i >= len(s) {
		return news.Date{}, false
	}
	off, ok := sc.rfc1123Zone()
	if !ok {
		return news.Date{}, false
	}
	return parseFast(calendar.AppendOffset(b, off))
}

// rfc1123Zone reads "+0100" or a zone name of fixed offset to the end of the
// text, and returns its offset in seconds.
func (sc *fastScan) rfc1123Zone() (int, bool) {
	s, i := sc.s, sc.i
	if c := s[i]; c == '+' || c == '-' {
		var zh, zm [2]byte
		if len(s) != i+5 || !twoDigits(s, i+1, &zh) || !twoDigits(s, i+3, &zm) {
			return 0, false
		}
		h, mi := int(zh[0]-'0')*10+int(zh[1]-'0'), int(zm[0]-'0')*10+int(zm[1]-'0')
		if h > 14 || mi > 59 {
			return 0, false
		}
		if c == '-' {
			return -(h*3600 + mi*60), true
		}
		return h*3600 + mi*60, true
	}
	zw, ok := sc.word()
	e := sc.lookup(zw, rZone)
	if !ok || e == nil || sc.i != len(s) || sc.n.c.lang.Zones[e.val].DST != NoDST {
		return 0, false
	}
	return sc.n.c.lang.Zones[e.val].Offset, true
}
