package jsonld

import (
	"regexp"
	"strconv"

	"github.com/newsmodel/newsmodel/article/convert"
	"github.com/newsmodel/newsmodel/news"
)

// repair runs the article's semantic checks on what was imported and
// clears what they refuse, each with a Loss on our side, so that the
// Article returned is valid: a quote's event that names no event, dates
// that contradict each other, an event dated after the article.
func (im *importer) repair() {
	for range 3 {
		ps := im.a.Check()
		if len(ps) == 0 {
			return
		}
		fixed := false
		for _, p := range ps {
			if im.clear(p.Pointer) {
				fixed = true
				im.losses = append(im.losses, convert.Loss{Side: convert.Ours, Pointer: p.Pointer, Reason: "not kept: " + p.Message})
			}
		}
		if !fixed {
			return
		}
	}
}

var repairRE = regexp.MustCompile(`^/(quotes|events|entities|bylines)/([0-9]+)/([a-z]+)(?:/([0-9]+))?`)

// clear empties the value at ptr, if it is one repair knows how to clear.
func (im *importer) clear(ptr string) bool {
	a := im.a
	switch ptr {
	case "/modified":
		a.Modified = news.Date{}
		return true
	case "/dateline/place":
		a.Dateline.Place = ""
		return true
	}
	m := repairRE.FindStringSubmatch(ptr)
	if m == nil {
		return false
	}
	i, _ := strconv.Atoi(m[2])
	j := -1
	if m[4] != "" {
		j, _ = strconv.Atoi(m[4])
	}
	switch m[1] + "." + m[3] {
	case "quotes.speaker":
		a.Quotes[i].Speaker = ""
	case "quotes.event":
		a.Quotes[i].Event = ""
	case "quotes.reports":
		a.Quotes[i].Reports = ""
	case "quotes.when":
		a.Quotes[i].When = news.When{}
	case "events.when":
		a.Events[i].When = news.When{}
	case "events.place":
		a.Events[i].Place = ""
	case "events.relations":
		if j >= 0 {
			a.Events[i].Relations = append(a.Events[i].Relations[:j:j], a.Events[i].Relations[j+1:]...)
		} else {
			a.Events[i].Relations = nil
		}
	case "bylines.entity":
		a.Bylines[i].Entity = ""
	case "entities.roles":
		if j >= 0 {
			a.Entities[i].Roles[j].Of = ""
		}
	default:
		return false
	}
	return true
}
