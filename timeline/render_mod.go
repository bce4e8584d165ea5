package timeline

import "github.com/newsmodel/newsmodel/news"

// modWords are the words a reader says before a date with a TimeML
// modifier of part: "early November 2024", "mid-2024", "late 1990s".
var modWords = map[news.Mod]string{news.ModStart: "early ", news.ModMid: "mid-", news.ModEnd: "late "}

// readableWithMod is [Readable] of the entry's date, after the word of the
// modifier ("early", "mid-", "late") that the tellings dated with that very
// date agree on; without one, or when they disagree, Readable alone.
func readableWithMod(e *Entry) string {
	s := Readable(e.Date)
	var mod news.Mod
	for i, it := range e.Items {
		if !it.Event.When.Value.Equal(e.Date) {
			continue
		}
		m := it.Event.When.Mod
		if i > 0 && mod != "" && m != mod {
			return s
		}
		if m != "" {
			mod = m
		}
	}
	if w, ok := modWords[mod]; ok && !e.Date.IsInterval() {
		return w + s
	}
	return s
}
