package timeline

import (
	"strconv"
	"strings"
	"time"

	"github.com/newsmodel/newsmodel/news"
)

// Readable returns d as a reader says it, in English: "2024", "July 2024",
// "13 July 2024", "1990s", "c. 1990s" for an approximate date, "July 2024
// (uncertain)" for an uncertain one, "first quarter of 2025", "spring
// 2025", "week 12 of 2025", "23 March 2025, 14:05 UTC-04:00", and for
// intervals "2–5 March 2025", "28 February – 5 March 2025", "March–May
// 2025", "2019–2024", "before 23 March 2025" (an open start), "since July
// 2024" (an open end), "until …" and "from …" (an unknown start or end).
// It returns "" for the zero Date.
func Readable(d news.Date) string {
	if d.IsZero() {
		return ""
	}
	if d.IsInterval() {
		from, to, _ := d.Endpoints()
		switch {
		case d.OpenStart():
			return "before " + Readable(to)
		case d.UnknownStart():
			return "until " + Readable(to)
		case d.OpenEnd():
			return "since " + Readable(from)
		case d.UnknownEnd():
			return "from " + Readable(from)
		}
		return rangeText(from, to)
	}
	s := sayDate(d.Qualified(news.Certain))
	if d.Approximate() {
		s = "c. " + s
	}
	if d.Uncertain() {
		s += " (uncertain)"
	}
	return s
}

var ordinals = [...]string{"first", "second", "third", "fourth"}

// covers says which calendar unit a certain, non-interval date covers
// exactly, judging by its bounds: "day", "month", "year" or "".
func covers(d news.Date) string {
	s, ok1 := d.Start()
	e, ok2 := d.End()
	if !ok1 || !ok2 {
		return ""
	}
	switch {
	case e.Equal(s.AddDate(0, 0, 1)):
		return "day"
	case s.Day() == 1 && e.Equal(s.AddDate(0, 1, 0)):
		return "month"
	case s.Day() == 1 && s.Month() == 1 && e.Equal(s.AddDate(1, 0, 0)):
		return "year"
	}
	return ""
}

func yearText(y int) string {
	if y <= 0 {
		return strconv.Itoa(1-y) + " BC"
	}
	return strconv.Itoa(y)
}

func dayText(t time.Time) string {
	return strconv.Itoa(t.Day()) + " " + t.Month().String() + " " + yearText(t.Year())
}

func monthText(t time.Time) string { return t.Month().String() + " " + yearText(t.Year()) }

// sayDate says a certain date that is not an interval.
func sayDate(d news.Date) string {
	t, _ := d.Start()
	text := d.String()
	switch p := d.Precision(); p {
	case news.PrecisionCentury, news.PrecisionDecade:
		y := t.Year()
		if y < 0 {
			return yearText(y) + "s" // the digits count away from zero
		}
		return strconv.Itoa(y) + "s"
	case news.PrecisionYear:
		return yearText(t.Year())
	case news.PrecisionHalf, news.PrecisionQuadrimester, news.PrecisionQuarter:
		g, _ := strconv.Atoi(text[len(text)-2:])
		y := yearText(t.Year())
		switch p {
		case news.PrecisionHalf:
			return ordinals[g-40] + " half of " + y
		case news.PrecisionQuarter:
			return ordinals[g-33] + " quarter of " + y
		}
		e, _ := d.End()
		return t.Month().String() + "–" + e.AddDate(0, 0, -1).Month().String() + " " + y
	case news.PrecisionSeason:
		g, _ := strconv.Atoi(text[len(text)-2:])
		name := [...]string{"spring", "summer", "autumn", "winter"}[(g-21)%4]
		y := yearText(t.Year())
		if e, ok := d.End(); ok && e.AddDate(0, 0, -1).Year() != t.Year() {
			y += "–" + yearText(e.AddDate(0, 0, -1).Year())
		}
		if g >= 29 {
			return name + " " + y + " (southern hemisphere)"
		}
		return name + " " + y
	case news.PrecisionWeek:
		if i := strings.Index(text, "-W"); i >= 0 {
			w, _ := strconv.Atoi(text[i+2:])
			y, _ := strconv.Atoi(text[:i])
			return "week " + strconv.Itoa(w) + " of " + yearText(y)
		}
	case news.PrecisionMonth, news.PrecisionDay:
		switch covers(d) {
		case "day":
			return dayText(t)
		case "month":
			return monthText(t)
		}
		return yearText(t.Year())
	case news.PrecisionHour, news.PrecisionMinute, news.PrecisionSecond:
		i := strings.IndexByte(text, 'T')
		if i < 0 {
			break
		}
		day, err := news.ParseDate(text[:i])
		if err != nil {
			break
		}
		clock, zone := text[i+1:], ""
		if j := strings.IndexAny(clock, "Z+-"); j >= 0 {
			clock, zone = clock[:j], clock[j:]
		}
		if p == news.PrecisionHour {
			clock += ":00"
		}
		out := sayDate(day) + ", " + clock
		switch {
		case zone == "Z":
			out += " UTC"
		case zone != "":
			out += " UTC" + zone
		}
		return out
	}
	return text
}

// rangeText says the interval from/to, sharing what the two ends share.
func rangeText(from, to news.Date) string {
	if from.Approximate() || from.Uncertain() || to.Approximate() || to.Uncertain() {
		return joinRange(Readable(from), Readable(to))
	}
	f, _ := from.Start()
	t, _ := to.Start()
	cf, ct := covers(from), covers(to)
	switch {
	case cf == "day" && ct == "day" && from.Precision() == news.PrecisionDay && to.Precision() == news.PrecisionDay:
		if f.Year() == t.Year() && f.Month() == t.Month() {
			return strconv.Itoa(f.Day()) + "–" + dayText(t)
		}
		if f.Year() == t.Year() {
			return strconv.Itoa(f.Day()) + " " + f.Month().String() + " – " + dayText(t)
		}
	case cf == "month" && ct == "month" && f.Year() == t.Year():
		return f.Month().String() + "–" + monthText(t)
	}
	return joinRange(Readable(from), Readable(to))
}

func joinRange(a, b string) string {
	if strings.Contains(a, " ") || strings.Contains(b, " ") {
		return a + " – " + b
	}
	return a + "–" + b
}
