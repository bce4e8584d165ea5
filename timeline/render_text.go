package timeline

import (
	"bufio"
	"io"
	"strconv"
	"strings"

	"github.com/newsmodel/newsmodel/news"
)

// WriteText writes t as plain text, one line per entry:
//
//	13 July 2024 | Summary | Publisher (article), Publisher (article)
//
// The date is as a reader says it ([Readable]); an undated entry placed by
// its relations reads "after …", "before …" or "between … and …". When
// sources gave other dates, the line goes on with "| also dated: DATE
// (article)", and an entry in a conflict ends with "| conflict N", the
// number of a line in the list of conflicts that follows the entries. The
// entries that could not be placed come last, each with the reason.
func (t *Timeline) WriteText(w io.Writer) error {
	bw := bufio.NewWriter(w)
	for i := range t.Entries {
		writeTextEntry(bw, &t.Entries[i])
	}
	if len(t.Conflicts) > 0 {
		bw.WriteString("\nConflicts:\n")
		for k, c := range t.Conflicts {
			bw.WriteString(strconv.Itoa(k+1) + ". [" + string(c.Kind) + "] " + c.Message + "\n")
		}
	}
	if len(t.Unplaced) > 0 {
		bw.WriteString("\nUnplaced:\n")
		for i := range t.Unplaced {
			u := &t.Unplaced[i]
			bw.WriteString("- " + u.Entry.Summary() + " | " + sourcesText(&u.Entry) + " | " + u.Message + "\n")
		}
	}
	return bw.Flush()
}

// DisplayDate returns the date of e as a reader says it: [Readable] of its
// date, after "early", "mid-" or "late" when its tellings carry that TimeML
// modifier ("early November 2024"), or for an undated entry placed by its relations "after …",
// "before …", "between … and …", or "undated".
func (e *Entry) DisplayDate() string {
	if !e.Date.IsZero() {
		return readableWithMod(e)
	}
	if p := e.Placed; p != nil {
		after, before := afterText(p.AfterDate), beforeText(p.BeforeDate)
		switch {
		case after != "" && before != "":
			return "between " + betweenText(after, before, p.AfterDate, p.BeforeDate)
		case after != "":
			return "after " + after
		case before != "":
			return "before " + before
		}
	}
	return "undated"
}

func sourcesText(e *Entry) string {
	var parts []string
	for _, s := range e.Sources() {
		parts = append(parts, sourceName(s))
	}
	return strings.Join(parts, ", ")
}

func sourceName(s Source) string {
	if s.Publisher == "" {
		return s.Article
	}
	return s.Publisher + " (" + s.Article + ")"
}

func writeTextEntry(bw *bufio.Writer, e *Entry) {
	bw.WriteString(e.DisplayDate())
	bw.WriteString(" | ")
	bw.WriteString(e.Summary())
	bw.WriteString(" | ")
	bw.WriteString(sourcesText(e))
	if alts := e.Alternatives(); len(alts) > 0 {
		bw.WriteString(" | also dated: ")
		for k, d := range alts {
			if k > 0 {
				bw.WriteString("; ")
			}
			bw.WriteString(Readable(d) + " (")
			first := true
			for _, it := range e.Items {
				if it.Event.When.Value.Equal(d) {
					if !first {
						bw.WriteString(", ")
					}
					bw.WriteString(it.src().Article)
					first = false
				}
			}
			bw.WriteString(")")
		}
	}
	for _, c := range e.Conflicts {
		bw.WriteString(" | conflict " + strconv.Itoa(c+1))
	}
	bw.WriteString("\n")
}

// afterText says the date that an entry placed after an entry dated d
// follows: d itself, or "" when d has no start.
func afterText(d news.Date) string {
	if d.IsZero() || d.OpenStart() || d.UnknownStart() {
		return ""
	}
	return Readable(d)
}

// beforeText says the date that an entry placed before an entry dated d
// precedes: d itself, its end when its start is open, or "" when d has no
// end.
func beforeText(d news.Date) string {
	switch {
	case d.IsZero() || d.OpenEnd() || d.UnknownEnd():
		return ""
	case d.OpenStart() || d.UnknownStart():
		_, to, _ := d.Endpoints()
		return Readable(to)
	}
	return Readable(d)
}

// betweenText says "X and Y", sharing the month and year of two days.
func betweenText(as, bs string, a, b news.Date) string {
	if a.Precision() == news.PrecisionDay && b.Precision() == news.PrecisionDay && !a.IsInterval() && !b.IsInterval() &&
		covers(a) == "day" && covers(b) == "day" && !a.Approximate() && !a.Uncertain() {
		s, _ := a.Start()
		t, _ := b.Start()
		if s.Year() == t.Year() && s.Month() == t.Month() {
			return strconv.Itoa(s.Day()) + " and " + bs
		}
	}
	return as + " and " + bs
}
