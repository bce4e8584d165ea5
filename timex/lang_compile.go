package timex

import (
	"slices"
	"strings"
)

// role is what a word or phrase of a Language does in the date grammar.
type role uint8

const (
	rNone role = iota
	rMonth
	rWeekday
	rCardinal
	rArticle
	rOrdinal
	rOrdSuffix
	rUnit
	rFortnight
	rDecadeWord
	rSeason
	rSeasonWord
	rToday
	rYesterday
	rTomorrow
	rTonight
	rDayPart
	rNight
	rNoon
	rMidnight
	rAM
	rPM
	rLast
	rThis
	rNext
	rPast
	rComing
	rAgo
	rLater
	rEarlier
	rFromNow
	rIn
	rWithin
	rSince
	rUntil
	rBefore
	rAfter
	rBy
	rFrom
	rTo
	rBetween
	rAnd
	rFor
	rDuring
	rOn
	rAt
	rOf
	rThe
	rEarly
	rMid
	rLate
	rQuarter
	rHalf
	rWeekend
	rQPrefix
	rHPrefix
	rHoliday
	rZone
	rFutureCue
	rPastCue
	rAmbiguous
)

// ptok is one token of a phrase after its first.
type ptok struct {
	s  string // lower case; punctuation as its character
	ch rune   // the character of a punctuation token, else 0
	sp bool   // preceded by a space
}

// entry is one phrase of a Language with its role and value.
type entry struct {
	role role
	abbr bool  // an abbreviation (months, weekdays)
	val  int32 // month 1–12, weekday 0–6, number, precision, season 21–24, index of holiday or zone
	rest []ptok
}

// compiled is a Language indexed for lookup by the lower-case text of a
// phrase's first token.
type compiled struct {
	lang         Language
	first        map[string][]entry
	maxLen       int // bytes of the longest first word
	pastSuffixes []string
}

func compile(l Language) *compiled {
	c := &compiled{lang: l, first: make(map[string][]entry), pastSuffixes: l.PastSuffixes}
	add := func(phrase string, r role, val int, abbr bool) {
		toks := tokenize(nil, phrase, 0, len(phrase), 0, nil)
		if len(toks) == 0 {
			return
		}
		text := func(t token) string {
			if t.kind == tPunct {
				return string(t.ch)
			}
			return strings.ToLower(phrase[t.b0:t.b1])
		}
		e := entry{role: r, val: int32(val), abbr: abbr}
		for _, t := range toks[1:] {
			e.rest = append(e.rest, ptok{s: text(t), ch: t.ch, sp: t.sp != 0})
		}
		k := text(toks[0])
		c.first[k] = append(c.first[k], e)
		c.maxLen = max(c.maxLen, len(k))
	}
	list := func(words []string, r role, val int) {
		for _, w := range words {
			add(w, r, val, false)
		}
	}
	for m, names := range l.Months {
		for i, w := range names {
			add(w, rMonth, m+1, i > 0)
		}
	}
	for d, names := range l.Weekdays {
		for i, w := range names {
			add(w, rWeekday, d, i > 0)
		}
	}
	for w, v := range l.Cardinals {
		add(w, rCardinal, v, false)
	}
	list(l.Articles, rArticle, 1)
	for w, v := range l.Ordinals {
		add(w, rOrdinal, v, false)
	}
	list(l.OrdinalSuffixes, rOrdSuffix, 0)
	for w, p := range l.Units {
		add(w, rUnit, int(p), false)
	}
	list(l.Fortnight, rFortnight, 0)
	for w, v := range l.Decades {
		add(w, rDecadeWord, v, false)
	}
	for s, names := range l.Seasons {
		list(names, rSeason, 21+s)
	}
	list(l.Season, rSeasonWord, 0)
	list(l.Today, rToday, 0)
	list(l.Yesterday, rYesterday, 0)
	list(l.Tomorrow, rTomorrow, 0)
	list(l.Tonight, rTonight, 0)
	list(l.DayParts, rDayPart, 0)
	list(l.Night, rNight, 0)
	list(l.Noon, rNoon, 0)
	list(l.Midnight, rMidnight, 0)
	list(l.AM, rAM, 0)
	list(l.PM, rPM, 0)
	list(l.Last, rLast, 0)
	list(l.This, rThis, 0)
	list(l.Next, rNext, 0)
	list(l.Past, rPast, 0)
	list(l.Coming, rComing, 0)
	list(l.Ago, rAgo, 0)
	list(l.Later, rLater, 0)
	list(l.Earlier, rEarlier, 0)
	list(l.FromNow, rFromNow, 0)
	list(l.In, rIn, 0)
	list(l.Within, rWithin, 0)
	list(l.Since, rSince, 0)
	list(l.Until, rUntil, 0)
	list(l.Before, rBefore, 0)
	list(l.After, rAfter, 0)
	list(l.By, rBy, 0)
	list(l.From, rFrom, 0)
	list(l.To, rTo, 0)
	list(l.Between, rBetween, 0)
	list(l.And, rAnd, 0)
	list(l.For, rFor, 0)
	list(l.During, rDuring, 0)
	list(l.On, rOn, 0)
	list(l.At, rAt, 0)
	list(l.Of, rOf, 0)
	list(l.The, rThe, 0)
	list(l.Early, rEarly, 0)
	list(l.Mid, rMid, 0)
	list(l.Late, rLate, 0)
	list(l.Quarter, rQuarter, 0)
	list(l.Half, rHalf, 0)
	list(l.Weekend, rWeekend, 0)
	list(l.QuarterPrefix, rQPrefix, 0)
	list(l.HalfPrefix, rHPrefix, 0)
	for i, h := range l.Holidays {
		list(h.Names, rHoliday, i)
	}
	for i, z := range l.Zones {
		list(z.Names, rZone, i)
	}
	list(l.FutureCues, rFutureCue, 0)
	list(l.PastCues, rPastCue, 0)
	list(l.Ambiguous, rAmbiguous, 0)
	for k, es := range c.first {
		slices.SortStableFunc(es, func(a, b entry) int { return len(b.rest) - len(a.rest) })
		c.first[k] = es
	}
	return c
}
