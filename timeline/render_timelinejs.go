package timeline

import (
	"html"
	"io"
	"strconv"
	"strings"

	"github.com/newsmodel/newsmodel/news"
)

// The TimelineJS3 data format (Knight Lab, timeline.knightlab.com, "JSON
// format"): a title slide and a list of event slides.
type (
	tljsDoc struct {
		Title  tljsSlide   `json:"title"`
		Events []tljsSlide `json:"events"`
		Scale  string      `json:"scale,omitempty"`
	}
	tljsSlide struct {
		StartDate   *tljsDate  `json:"start_date,omitempty"`
		EndDate     *tljsDate  `json:"end_date,omitempty"`
		DisplayDate string     `json:"display_date,omitempty"`
		Text        tljsText   `json:"text"`
		Media       *tljsMedia `json:"media,omitempty"`
		Group       string     `json:"group,omitempty"`
		UniqueID    string     `json:"unique_id,omitempty"`
	}
	tljsDate struct {
		Year        int    `json:"year"`
		Month       int    `json:"month,omitempty"`
		Day         int    `json:"day,omitempty"`
		Hour        *int   `json:"hour,omitempty"`
		Minute      *int   `json:"minute,omitempty"`
		Second      *int   `json:"second,omitempty"`
		Millisecond *int   `json:"millisecond,omitempty"`
		DisplayDate string `json:"display_date,omitempty"`
	}
	tljsText struct {
		Headline string `json:"headline"`
		Text     string `json:"text,omitempty"`
	}
	tljsMedia struct {
		URL    string `json:"url"`
		Credit string `json:"credit,omitempty"`
	}
)

// WriteTimelineJS writes t in the JSON data format of TimelineJS3, the
// storytelling timeline of Knight Lab: a title slide with title, and one
// slide per dated entry. A slide's start_date (and end_date, for an entry
// whose date is a span, an interval or a sub-year grouping) holds only the
// parts its precision supports: a year for "2024", year and month for "July
// 2024", down to the second; a season, quarter or half starts at its first
// month and ends at its last ("spring 2024": March to May 2024); a display_date says the date as a reader does
// ([Readable]) whenever it is partial (coarser than a day), approximate,
// uncertain or open. text.headline is the summary and text.text lists the
// sources, the other dates they gave and the conflicts, as HTML with every
// value escaped. Each slide has a group (the event's kind, or "event") and
// a unique_id of ASCII letters, digits and hyphens made from the entry's
// ID. The first quote of an entry becomes the slide's media, a blockquote
// with the speaker as credit.
//
// TimelineJS cannot place an event without a date, so entries placed by
// their relations and unplaced entries are left out; WriteTimelineJS
// returns their IDs.
func (t *Timeline) WriteTimelineJS(w io.Writer, title string) (omitted []string, err error) {
	doc := tljsDoc{Events: []tljsSlide{}}
	sources := make(map[string]bool)
	for _, it := range t.items {
		sources[it.src().Article] = true
	}
	doc.Title.Text = tljsText{
		Headline: html.EscapeString(title),
		Text: html.EscapeString(countText(len(t.Entries), "event") + " from " + countText(len(sources), "source") + "; " +
			countText(len(t.Conflicts), "conflict") + "; " + countText(len(t.Unplaced), "event") + " not placed"),
	}
	used := make(map[string]bool)
	for i := range t.Entries {
		e := &t.Entries[i]
		if e.Date.IsZero() {
			omitted = append(omitted, e.ID)
			continue
		}
		s := tljsSlide{Text: tljsText{Headline: html.EscapeString(e.Summary()), Text: tljsBody(t, e)}}
		from, to := e.Date, news.Date{}
		if f, tt, ok := e.Date.Endpoints(); ok {
			from, to = f, tt
			if from.IsZero() { // open or unknown start: the end is all there is
				from, to = tt, news.Date{}
			}
		} else if e.Span() || subYear(e.Date.Precision()) {
			to = e.Date
		}
		s.StartDate = tljsDateOf(from, false)
		if !to.IsZero() {
			s.EndDate = tljsDateOf(to, true)
		}
		if tljsNeedsDisplay(e.Date) {
			s.DisplayDate = Readable(e.Date)
		}
		for _, d := range []*tljsDate{s.StartDate, s.EndDate} {
			if d != nil && (d.Year < -271820 || d.Year > 275759) {
				doc.Scale = "cosmological"
			}
		}
		s.Group = "event"
		if k := e.Items[0].Event.Kind; k != "" {
			s.Group = string(k)
		}
		s.UniqueID = asciiID(e.ID, used)
		if qs := e.Quotes(); len(qs) > 0 {
			s.Media = &tljsMedia{URL: "<blockquote>" + html.EscapeString(qs[0].Text) + "</blockquote>", Credit: html.EscapeString(qs[0].Speaker)}
		}
		doc.Events = append(doc.Events, s)
	}
	for i := range t.Unplaced {
		omitted = append(omitted, t.Unplaced[i].Entry.ID)
	}
	return omitted, writeJSON(w, doc, "TimelineJS")
}

func countText(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return strconv.Itoa(n) + " " + noun + "s"
}

func tljsNeedsDisplay(d news.Date) bool {
	if d.IsInterval() {
		return true
	}
	return d.Approximate() || d.Uncertain() || d.Precision() < news.PrecisionDay || strings.Contains(d.String(), "X")
}

// tljsDateOf returns the parts of d that its precision supports: of its
// first unit, or of its last when last is set.
func tljsDateOf(d news.Date, last bool) *tljsDate {
	d = d.Qualified(news.Certain)
	t, _ := d.Start()
	if last {
		if e, ok := d.End(); ok {
			t = e.Add(-1)
		}
	}
	out := &tljsDate{Year: t.Year()}
	p := d.Precision()
	cover := covers(d)
	if p >= news.PrecisionHour {
		// Take the clock as written: TimelineJS dates have no zone.
		text := d.String()
		if i := strings.IndexByte(text, 'T'); i >= 0 {
			if day, err := news.ParseDate(text[:i]); err == nil {
				out = tljsDateOf(day, false)
			}
			clock := text[i+1:]
			if j := strings.IndexAny(clock, "Z+-"); j >= 0 {
				clock = clock[:j]
			}
			parts := strings.Split(clock, ":")
			ptr := func(s string) *int {
				n, _ := strconv.Atoi(s)
				return &n
			}
			out.Hour = ptr(parts[0])
			if len(parts) > 1 {
				out.Minute = ptr(parts[1])
			}
			if len(parts) > 2 {
				sec, frac, _ := strings.Cut(parts[2], ".")
				out.Second = ptr(sec)
				if frac != "" {
					frac = (frac + "000")[:3]
					out.Millisecond = ptr(frac)
				}
			}
		}
		return out
	}
	if subYear(p) {
		// A season, quarter, half or quadrimester: its first month, or
		// its last, so that start and end together cover it.
		out.Month = int(t.Month())
		return out
	}
	if (p == news.PrecisionMonth || p == news.PrecisionDay) && cover != "" {
		if cover == "month" || cover == "day" {
			out.Month = int(t.Month())
		}
		if cover == "day" {
			out.Day = t.Day()
		}
	}
	return out
}

func tljsBody(t *Timeline, e *Entry) string {
	var b strings.Builder
	b.WriteString("<p>Sources: ")
	for k, s := range e.Sources() {
		if k > 0 {
			b.WriteString(", ")
		}
		name := html.EscapeString(sourceName(s))
		if s.URL != "" {
			b.WriteString(`<a href="` + html.EscapeString(s.URL) + `">` + name + "</a>")
		} else {
			b.WriteString(name)
		}
		if !s.Published.IsZero() {
			b.WriteString(", " + html.EscapeString(Readable(s.Published)))
		}
	}
	b.WriteString("</p>")
	if alts := e.Alternatives(); len(alts) > 0 {
		b.WriteString("<p>Also dated: ")
		for k, d := range alts {
			if k > 0 {
				b.WriteString("; ")
			}
			b.WriteString(html.EscapeString(Readable(d)))
		}
		b.WriteString("</p>")
	}
	for _, c := range e.Conflicts {
		b.WriteString("<p><strong>Conflict:</strong> " + html.EscapeString(t.Conflicts[c].Message) + "</p>")
	}
	return b.String()
}

// asciiID turns id into an ASCII identifier of lower-case letters,
// digits and hyphens, unique among used.
func asciiID(id string, used map[string]bool) string {
	var b strings.Builder
	dash := false
	for _, r := range strings.ToLower(id) {
		if ('a' <= r && r <= 'z') || ('0' <= r && r <= '9') {
			b.WriteRune(r)
			dash = false
		} else if !dash && b.Len() > 0 {
			b.WriteByte('-')
			dash = true
		}
	}
	base := strings.TrimSuffix(b.String(), "-")
	if base == "" {
		base = "event"
	}
	out := base
	for n := 2; used[out]; n++ {
		out = base + "-" + strconv.Itoa(n)
	}
	used[out] = true
	return out
}

// subYear reports whether p is that of a sub-year grouping: a half, a
// quadrimester, a quarter or a season.
func subYear(p news.Precision) bool {
	return p == news.PrecisionHalf || p == news.PrecisionQuadrimester || p == news.PrecisionQuarter || p == news.PrecisionSeason
}
