package feed

import (
	"strconv"
	"strings"
	"time"

	"github.com/newsmodel/newsmodel/news"
	"github.com/newsmodel/newsmodel/timex"
)

// parseDate reads a feed's date: RFC 3339 (Atom, dc:date) or RFC 822 and
// its variants (RSS), with two-digit years, "UT", military zone letters (the
// date is then uncertain, as RFC 1123 section 5.2.14 says they cannot be
// trusted) and any zone name timex reads. The zone is kept as the date's
// offset.
func parseDate(s string) (news.Date, string) {
	s = strings.TrimSpace(s)
	if s == "" {
		return news.Date{}, "empty date"
	}
	if d, err := news.ParseDate(s); err == nil {
		return d, ""
	}
	r, err := timex.Normalize(s, time.Time{})
	if err != nil {
		return news.Date{}, "date " + strconv.Quote(s) + " not read: " + strings.TrimPrefix(err.Error(), "timex: ")
	}
	if r.Date.IsZero() || r.Resolution != news.Explicit {
		return news.Date{}, "date " + strconv.Quote(s) + " is not an absolute date"
	}
	return r.Date, ""
}
