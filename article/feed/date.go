package feed

import (
	"strconv"
	"strings"
	"time"

	"github.com/newsmodel/newsmodel/news"
	"github.com/newsmodel/newsmodel/timex"
)

// zones are the zone names of RFC 822 and real feeds that timex does not
// read, as numeric offsets. The military letters follow the NATO convention
// (A is UTC+1, N is UTC−1); RFC 822 printed their signs the other way round,
// and RFC 1123 (section 5.2.14) says they cannot be trusted, so a date with
// one is marked uncertain.
var zones = map[string]struct {
	offset    string
	uncertain bool
}{
	"UT":   {"+00:00", false},
	"MEZ":  {"+01:00", false}, // Mitteleuropäische Zeit, in German feeds
	"MESZ": {"+02:00", false},
	"A":    {"+01:00", true}, "B": {"+02:00", true}, "C": {"+03:00", true}, "D": {"+04:00", true},
	"E": {"+05:00", true}, "F": {"+06:00", true}, "G": {"+07:00", true}, "H": {"+08:00", true},
	"I": {"+09:00", true}, "K": {"+10:00", true}, "L": {"+11:00", true}, "M": {"+12:00", true},
	"N": {"-01:00", true}, "O": {"-02:00", true}, "P": {"-03:00", true}, "Q": {"-04:00", true},
	"R": {"-05:00", true}, "S": {"-06:00", true}, "T": {"-07:00", true}, "U": {"-08:00", true},
	"V": {"-09:00", true}, "W": {"-10:00", true}, "X": {"-11:00", true}, "Y": {"-12:00", true},
}

// parseDate reads a feed's date: RFC 3339 (Atom, dc:date) or RFC 822 and
// its variants (RSS), with two-digit years and any zone name of the zones
// table or of timex. The zone is kept as the date's offset.
func parseDate(s string) (news.Date, string) {
	s = strings.TrimSpace(s)
	if s == "" {
		return news.Date{}, "empty date"
	}
	if d, err := news.ParseDate(s); err == nil {
		return d, ""
	}
	text, uncertain := rewriteRFC822(s)
	r, err := timex.Normalize(text, time.Time{})
	if err != nil {
		return news.Date{}, "date " + strconv.Quote(s) + " not read: " + strings.TrimPrefix(err.Error(), "timex: ")
	}
	if r.Date.IsZero() || r.Resolution != news.Explicit {
		return news.Date{}, "date " + strconv.Quote(s) + " is not an absolute date"
	}
	d := r.Date
	if uncertain && !d.Uncertain() {
		d = d.Qualified(news.Uncertain)
	}
	return d, ""
}

// rewriteRFC822 turns what timex does not read in an RFC 822 date into what
// it reads: a two-digit year becomes four digits (00–49 are 2000–2049,
// 50–99 1950–1999, as RFC 5322 section 4.3 says), a zone of the zones table
// becomes its offset.
func rewriteRFC822(s string) (string, bool) {
	f := strings.Fields(s)
	if len(f) < 3 {
		return s, false
	}
	changed, uncertain := false, false
	last := f[len(f)-1]
	if z, ok := zones[strings.ToUpper(last)]; ok && !strings.ContainsAny(last, "0123456789") {
		f[len(f)-1] = z.offset
		changed, uncertain = true, z.uncertain
	}
	// The year follows the month name: "23 Mar 25", "23-Mar-25".
	for i, w := range f {
		if strings.Count(w, "-") == 2 && len(w) <= 10 { // RFC 850: 23-Mar-25
			parts := strings.Split(w, "-")
			if len(parts[2]) == 2 && isDigits(parts[2]) && len(parts[1]) == 3 {
				f[i] = parts[0] + " " + parts[1] + " " + fullYear(parts[2])
				changed = true
			}
			continue
		}
		if i >= 2 && len(w) == 2 && isDigits(w) && isMonth(f[i-1]) && isDigits(f[i-2]) && i+1 < len(f) && strings.Contains(f[i+1], ":") {
			f[i] = fullYear(w)
			changed = true
		}
	}
	if !changed {
		return s, false
	}
	return strings.Join(f, " "), uncertain
}

func fullYear(yy string) string {
	if yy < "50" {
		return "20" + yy
	}
	return "19" + yy
}

func isDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

func isMonth(s string) bool {
	switch strings.ToLower(strings.TrimSuffix(s, ".")) {
	case "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec":
		return true
	}
	return false
}
