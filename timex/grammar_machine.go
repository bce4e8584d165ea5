package timex

import (
	"strings"
	"time"
	"unicode/utf8"

	"github.com/newsmodel/newsmodel/news"
)

// This file reads the timestamps that programs, feeds and logs print, field
// by field rather than through the grammar: Go's time.Time.String()
// ("2024-07-04 15:04:05.123 +0000 UTC"), time.UnixDate, time.RubyDate,
// time.ANSIC (with its double space before a one-digit day), RFC 850, RFC
// 1123 and RFC 2822 with a two-digit year, a trailing comment ("(CEST)") or a
// zone name glued to an offset ("PST-0800", "GMT+0100"), JavaScript's
// Date.prototype.toString() ("Thu Jul 04 2024 15:04:05 GMT+0200 (Central
// European Summer Time)"), the common log format of web servers
// ("04/Jul/2024:15:04:05 -0700"), compact "20240704150405", and, with
// [WithEpoch], Unix epoch seconds and milliseconds.

// machineZones are zone names of machine timestamps that the language's
// zone table does not carry: "UT" of RFC 822, the German names some feeds
// print, and the military letters. The letters follow the NATO convention
// (A is UTC+1, N UTC−1); RFC 822 printed their signs the other way round and
// RFC 1123 (section 5.2.14) says they cannot be trusted, so a date with one
// is marked uncertain.
var machineZones = map[string]int{
	"ut": 0, "mez": 3600, "mesz": 7200,
	"a": 1, "b": 2, "c": 3, "d": 4, "e": 5, "f": 6, "g": 7, "h": 8, "i": 9, "k": 10, "l": 11, "m": 12,
	"n": -1, "o": -2, "p": -3, "q": -4, "r": -5, "s": -6, "t": -7, "u": -8, "v": -9, "w": -10, "x": -11, "y": -12,
}

// stamp is a machine timestamp being read.
type stamp struct {
	y, m, d      int
	wd           int // weekday + 1, or 0
	h, mi, s     int
	frac         string
	hasTime      bool
	hasSec       bool
	yy           bool // a two-digit year
	hasZone      bool
	off          int // seconds east of UTC
	uncertain    bool
	dateFields   int
	err          error
	errAt        int // byte offset of the field refused
	refused      string
	sawComment   bool
	sawMonthName bool
}

// machine reads s as a machine timestamp. It returns ok false when s is not
// one; err is set when s is one but names no real instant (Feb 30, 25:61, a
// weekday that contradicts the date), with the offending field.
func (n *Normalizer) machine(s string) (news.Date, bool, *NormalizeError) {
	if len(s) < 8 || len(s) > 100 {
		return news.Date{}, false, nil
	}
	if d, ok, err := n.compact(s); ok || err != nil {
		return d, ok, refuse(s, 0, s, err)
	}
	if strings.IndexByte(s, ':') < 0 {
		return news.Date{}, false, nil
	}
	var st stamp
	i := 0
	for i < len(s) && st.err == nil {
		for i < len(s) && (s[i] == ' ' || s[i] == '\t') {
			i++
		}
		if i == len(s) {
			break
		}
		if s[i] == '(' {
			// A trailing comment: "(CEST)", "(Central European Summer
			// Time)"; a zone name in it counts when no zone came before.
			j := strings.IndexByte(s[i:], ')')
			if j < 0 || i+j+1 != len(strings.TrimRight(s, " ")) {
				return news.Date{}, false, nil
			}
			if !st.hasZone {
				if off, found, unc := n.zoneName(s[i+1 : i+j]); found {
					st.hasZone, st.off, st.uncertain = true, off, unc
				} else {
					return news.Date{}, false, nil
				}
			}
			st.sawComment = true
			i += j + 1
			continue
		}
		j := i
		for j < len(s) && s[j] != ' ' && s[j] != '\t' {
			j++
		}
		if !n.field(&st, s[i:j]) {
			if st.err == nil {
				return news.Date{}, false, nil
			}
			st.errAt, st.refused = i, s[i:j]
			break
		}
		i = j
	}
	if st.err != nil {
		return news.Date{}, false, refuse(s, st.errAt, st.refused, st.err)
	}
	if !st.hasTime || st.y == 0 && !st.yy || st.m == 0 || st.d == 0 || !st.sawMonthName && st.dateFields != 1 {
		return news.Date{}, false, nil
	}
	if st.yy {
		// RFC 5322 section 4.3: 00–49 are 2000–2049, 50–99 1950–1999.
		if st.y < 50 {
			st.y += 2000
		} else {
			st.y += 1900
		}
	}
	if !validDay(st.y, st.m, st.d) {
		return news.Date{}, false, refuse(s, 0, s, ErrNoSuchDay)
	}
	if st.wd != 0 && int(time.Date(st.y, time.Month(st.m), st.d, 12, 0, 0, 0, time.UTC).Weekday())+1 != st.wd {
		// A weekday that is not the date's: the date stands, uncertain,
		// as the grammar gives it.
		st.uncertain = true
	}
	if !st.hasZone && n.loc != nil {
		// The grammar places a floating time in the Normalizer's zone.
		return news.Date{}, false, nil
	}
	d, good := st.date()
	if !good {
		return news.Date{}, false, refuse(s, 0, s, ErrNoSuchDay)
	}
	return d, true, nil
}

// refuse is the error for text, refused at byte at on word, or nil when err
// is nil.
func refuse(text string, at int, word string, err error) *NormalizeError {
	if err == nil {
		return nil
	}
	return &NormalizeError{Text: text, Offset: utf8.RuneCountInString(text[:at]), Word: word, Err: err}
}

// field reads one space-separated field of a machine timestamp into st.
func (n *Normalizer) field(st *stamp, f string) bool {
	f = strings.TrimSuffix(f, ",")
	if f == "" {
		return true
	}
	c := f[0]
	switch {
	case c >= '0' && c <= '9':
		return n.numField(st, f)
	case c == '+' || c == '-' || strings.HasPrefix(f, "−"):
		if st.hasZone && st.hasTime {
			return false
		}
		off, ok := parseOffset(f)
		if !ok {
			return false
		}
		st.hasZone, st.off = true, off
		return true
	case f == "m=" || strings.HasPrefix(f, "m=+") || strings.HasPrefix(f, "m=-"):
		// Go's monotonic clock reading.
		return st.hasTime
	}
	// A name: weekday, month, or zone, or a zone glued to an offset.
	var buf [32]byte
	lower := lowerKey(&buf, strings.TrimSuffix(f, "."))
	for _, e := range n.c.first[string(lower)] {
		if len(e.rest) != 0 {
			continue
		}
		switch e.role {
		case rWeekday:
			if st.wd != 0 || st.hasTime {
				return false
			}
			st.wd = int(e.val) + 1
			return true
		case rMonth:
			if st.m != 0 {
				return false
			}
			st.m, st.sawMonthName = int(e.val), true
			return true
		}
	}
	if !st.hasTime {
		return false
	}
	name, rest := lower, []byte(nil)
	for k := 1; k < len(lower); k++ {
		if lower[k] == '+' || lower[k] == '-' {
			name, rest = lower[:k], lower[k:]
			break
		}
	}
	off, found, unc := n.zoneKey(name)
	if !found {
		if rest == nil && len(n.c.first[string(name)]) == 0 && len(name) >= 2 && len(name) <= 5 && isLetters(string(name)) && st.m != 0 && (st.y != 0 || st.yy) {
			// A zone abbreviation nobody defines.
			st.err = errZone
		}
		return false
	}
	if rest != nil {
		o, ok := parseOffset(string(rest))
		if !ok {
			return false
		}
		// "PST-0800", "GMT+0100": the offset is the one that counts.
		off = o
		unc = false
	}
	if st.hasZone {
		// "+0000 UTC" of time.Time.String(): the offset came first.
		return true
	}
	st.hasZone, st.off, st.uncertain = true, off, unc
	return true
}

// errZone is the reason for a zone abbreviation that no table defines.
var errZone = wrapNoSuchDay("unknown time zone")

// numField reads a field that starts with a digit.
func (n *Normalizer) numField(st *stamp, f string) bool {
	// The common log format: 04/Jul/2024:15:04:05.
	if k := strings.IndexByte(f, '/'); k > 0 {
		p := strings.SplitN(f, ":", 2)
		parts := strings.Split(p[0], "/")
		if len(p) != 2 || len(parts) != 3 || st.m != 0 {
			return false
		}
		if !n.numField(st, parts[0]) || !n.monthName(st, parts[1]) || len(parts[2]) != 4 || !n.numField(st, parts[2]) {
			return false
		}
		return n.numField(st, p[1])
	}
	// RFC 850: 04-Jul-24; ISO: 2024-07-04.
	if strings.Count(f, "-") == 2 {
		a, rest, _ := strings.Cut(f, "-")
		b, c, _ := strings.Cut(rest, "-")
		parts := [3]string{a, b, c}
		if len(parts[0]) == 4 && len(parts[1]) == 2 && len(parts[2]) == 2 && allDigits(parts[0]+parts[1]+parts[2]) && st.m == 0 {
			st.y, st.m, st.d = atoi(parts[0]), atoi(parts[1]), atoi(parts[2])
			st.dateFields++
			return true
		}
		if len(parts[0]) <= 2 && allDigits(parts[0]) && (len(parts[2]) == 2 || len(parts[2]) == 4) && allDigits(parts[2]) && st.m == 0 {
			if !n.monthName(st, parts[1]) {
				return false
			}
			st.d, st.y, st.yy = atoi(parts[0]), atoi(parts[2]), len(parts[2]) == 2
			return true
		}
		return false
	}
	if strings.IndexByte(f, ':') > 0 {
		if st.hasTime {
			return false
		}
		return st.clock(f)
	}
	if !allDigits(f) {
		return false
	}
	v := atoi(f)
	switch {
	case len(f) <= 2 && st.d == 0 && !st.hasTime:
		st.d = v
	case len(f) == 4 && st.y == 0 && !st.yy:
		st.y = v
	case len(f) == 2 && st.d != 0 && st.m != 0 && st.y == 0 && !st.yy && !st.hasTime:
		st.y, st.yy = v, true
	default:
		return false
	}
	return true
}

// monthName reads a month name into st.
func (n *Normalizer) monthName(st *stamp, f string) bool {
	for _, e := range n.c.first[strings.ToLower(f)] {
		if e.role == rMonth && len(e.rest) == 0 {
			st.m, st.sawMonthName = int(e.val), true
			return true
		}
	}
	return false
}

// clock reads hh:mm, hh:mm:ss and hh:mm:ss.fff into st.
func (st *stamp) clock(f string) bool {
	var p [3]string
	np := 0
	for np < 3 {
		k := strings.IndexByte(f, ':')
		if k < 0 || np == 2 {
			p[np], np = f, np+1
			break
		}
		p[np], f, np = f[:k], f[k+1:], np+1
	}
	if np < 2 || strings.IndexByte(p[np-1], ':') >= 0 || len(p[0]) < 1 || len(p[0]) > 2 || len(p[1]) != 2 {
		return false
	}
	if np == 3 {
		sec, frac, _ := strings.Cut(p[2], ".")
		if len(sec) != 2 || !allDigits(sec) || strings.Contains(p[2], ".") && (frac == "" || len(frac) > 9 || !allDigits(frac)) {
			return false
		}
		st.s, st.frac, st.hasSec = atoi(sec), frac, true
	}
	if !allDigits(p[0]) || !allDigits(p[1]) {
		return false
	}
	st.h, st.mi, st.hasTime = atoi(p[0]), atoi(p[1]), true
	if st.h > 23 || st.mi > 59 || st.s > 59 {
		st.err = ErrNoSuchDay
		return false
	}
	return true
}

// date is the Date st names.
func (st *stamp) date() (news.Date, bool) {
	var buf [48]byte
	b := buf[:0]
	b = appendN(b, st.y, 4)
	b = append(b, '-')
	b = appendN(b, st.m, 2)
	b = append(b, '-')
	b = appendN(b, st.d, 2)
	b = append(b, 'T')
	b = appendN(b, st.h, 2)
	b = append(b, ':')
	b = appendN(b, st.mi, 2)
	if st.hasSec {
		b = append(b, ':')
		b = appendN(b, st.s, 2)
		if st.frac != "" {
			b = append(b, '.')
			b = append(b, st.frac...)
		}
	}
	if st.hasZone {
		b = appendOffset(b, st.off)
	}
	d, err := news.ParseDate(string(b))
	if err != nil {
		return news.Date{}, false
	}
	if st.uncertain {
		d = d.Qualified(news.Uncertain)
	}
	return d, true
}

// compact reads 14 digits, yyyymmddhhmmss, as a floating date-time, and
// with WithEpoch 9 to 11 digits as Unix seconds and 12 or 13 as
// milliseconds (UTC). 9 to 13 digits without the option are refused with
// ErrEpoch.
func (n *Normalizer) compact(s string) (news.Date, bool, error) {
	if !allDigits(s) {
		return news.Date{}, false, nil
	}
	switch len(s) {
	case 14:
		st := stamp{y: atoi(s[:4]), m: atoi(s[4:6]), d: atoi(s[6:8]), h: atoi(s[8:10]), mi: atoi(s[10:12]), s: atoi(s[12:]), hasSec: true, hasTime: true}
		if !validDay(st.y, st.m, st.d) || st.h > 23 || st.mi > 59 || st.s > 59 {
			return news.Date{}, false, ErrNoSuchDay
		}
		if n.loc != nil {
			return news.Date{}, false, nil
		}
		d, ok := st.date()
		return d, ok, nil
	case 9, 10, 11, 12, 13:
		if !n.epoch {
			return news.Date{}, false, ErrEpoch
		}
		v := int64(0)
		for i := 0; i < len(s); i++ {
			v = v*10 + int64(s[i]-'0')
		}
		t := time.Unix(v, 0).UTC()
		prec := news.PrecisionSecond
		b := make([]byte, 0, 32)
		if len(s) >= 12 {
			t = time.UnixMilli(v).UTC()
			b = t.AppendFormat(b, "2006-01-02T15:04:05.000Z")
		} else {
			b = t.AppendFormat(b, "2006-01-02T15:04:05Z")
		}
		d, err := news.ParseDate(string(b))
		if err != nil || d.Precision() != prec {
			return news.Date{}, false, ErrNoSuchDay
		}
		return d, true, nil
	}
	return news.Date{}, false, nil
}

// lowerKey is s in lower case in buf, or s's bytes unchanged when longer
// than buf (no table word is).
func lowerKey(buf *[32]byte, s string) []byte {
	if len(s) > len(buf) {
		return []byte(s)
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	return buf[:len(s)]
}

// zoneKey is zoneName of a lower-case key.
func (n *Normalizer) zoneKey(name []byte) (off int, found, uncertain bool) {
	for _, e := range n.c.first[string(name)] {
		if e.role == rZone && len(e.rest) == 0 {
			z := n.c.lang.Zones[e.val]
			if z.DST != NoDST {
				return 0, false, false
			}
			return z.Offset, true, false
		}
	}
	if v, ok := machineZones[string(name)]; ok {
		if len(name) == 1 {
			return v * 3600, true, true
		}
		return v, true, false
	}
	return 0, false, false
}

// zoneName is the offset of a zone name of the language's table (one with a
// fixed offset) or of machineZones, and whether it is uncertain.
func (n *Normalizer) zoneName(name string) (off int, found, uncertain bool) {
	name = strings.ToLower(strings.TrimSpace(name))
	for _, e := range n.c.first[name] {
		if e.role == rZone && len(e.rest) == 0 {
			z := n.c.lang.Zones[e.val]
			if z.DST != NoDST {
				return 0, false, false
			}
			return z.Offset, true, false
		}
	}
	if v, ok := machineZones[name]; ok {
		if len(name) == 1 {
			return v * 3600, true, true
		}
		return v, true, false
	}
	return 0, false, false
}

// parseOffset reads +hhmm, -hh:mm, +hh.
func parseOffset(f string) (int, bool) {
	sign := 1
	switch {
	case strings.HasPrefix(f, "+"):
		f = f[1:]
	case strings.HasPrefix(f, "-"):
		sign, f = -1, f[1:]
	case strings.HasPrefix(f, "−"):
		sign, f = -1, f[len("−"):]
	default:
		return 0, false
	}
	f = strings.Replace(f, ":", "", 1)
	if !allDigits(f) || len(f) != 2 && len(f) != 4 {
		return 0, false
	}
	h, m := atoi(f[:2]), 0
	if len(f) == 4 {
		m = atoi(f[2:])
	}
	if h > 14 || m > 59 {
		return 0, false
	}
	return sign * (h*3600 + m*60), true
}

func appendOffset(b []byte, off int) []byte {
	if off == 0 {
		return append(b, 'Z')
	}
	if off < 0 {
		b, off = append(b, '-'), -off
	} else {
		b = append(b, '+')
	}
	b = appendN(b, off/3600, 2)
	b = append(b, ':')
	return appendN(b, off/60%60, 2)
}

func appendN(b []byte, v, width int) []byte {
	var d [8]byte
	i := len(d)
	for v > 0 || i > len(d)-width {
		i--
		d[i] = byte('0' + v%10)
		v /= 10
	}
	return append(b, d[i:]...)
}

func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

func isLetters(s string) bool {
	for i := 0; i < len(s); i++ {
		if !isASCIILetter(s[i]) {
			return false
		}
	}
	return true
}

func atoi(s string) int {
	v := 0
	for i := 0; i < len(s); i++ {
		v = v*10 + int(s[i]-'0')
	}
	return v
}

// machineAt reads, in running text, a machine timestamp that starts at
// token i, a weekday or a day glued to "/" and a month name (the common log
// format): the longest run of at most 20 tokens on one line that machine
// reads whole.
func (p *parser) machineAt(i int) (item, bool) {
	if !p.find {
		return item{}, false
	}
	t := &p.toks[i]
	if t.kind == tNum && !(p.punct(i+1, '/') && p.adj(i+1) && p.has(i+2, rMonth) > 0) {
		return item{}, false
	}
	last := i
	for k := i + 1; k < len(p.toks) && k < i+20 && p.toks[k].sp < 2; k++ {
		last = k
	}
	for k := last; k >= i+3; k-- {
		if p.toks[k].kind == tPunct && p.toks[k].ch != ')' {
			// The sentence's period or comma is not the stamp's.
			continue
		}
		d, ok, _ := p.n.machine(p.s[t.b0:p.toks[k].b1])
		if ok {
			return item{start: i, end: k + 1, d: d, res: news.Explicit, hasTime: true}, true
		}
	}
	return item{}, false
}
