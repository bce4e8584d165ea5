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
	rAgoBefore
	rApprox
	rLessThan
	rMoreThan
	rAtMost
	rAtLeast
	rEvery
	rOrSo
	rIts
	rSame
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

// compile indexes the words of l by the lower-case text of their first
// token. A word's entries keep the order of Language's fields, longer
// phrases first, and the grammar tries its readings in that order.
func compile(l Language) *compiled {
	c := &compiled{lang: l, first: make(map[string][]entry), pastSuffixes: l.PastSuffixes}
	for m, names := range l.Months {
		c.names(names, rMonth, m+1)
	}
	for d, names := range l.Weekdays {
		c.names(names, rWeekday, d)
	}
	c.values(l.Cardinals, rCardinal)
	c.list(l.Articles, rArticle, 1)
	c.values(l.Ordinals, rOrdinal)
	c.list(l.OrdinalSuffixes, rOrdSuffix, 0)
	for w, p := range l.Units {
		c.add(w, rUnit, int(p), false)
	}
	c.list(l.Fortnight, rFortnight, 0)
	c.values(l.Decades, rDecadeWord)
	for s, names := range l.Seasons {
		c.list(names, rSeason, 21+s)
	}
	for _, f := range [...]struct {
		words []string
		r     role
	}{
		{l.Season, rSeasonWord}, {l.Today, rToday}, {l.Yesterday, rYesterday}, {l.Tomorrow, rTomorrow},
		{l.Tonight, rTonight}, {l.DayParts, rDayPart}, {l.Night, rNight}, {l.Noon, rNoon},
		{l.Midnight, rMidnight}, {l.AM, rAM}, {l.PM, rPM}, {l.Last, rLast}, {l.This, rThis},
		{l.Next, rNext}, {l.Past, rPast}, {l.Coming, rComing}, {l.Ago, rAgo}, {l.Later, rLater},
		{l.Earlier, rEarlier}, {l.FromNow, rFromNow}, {l.In, rIn}, {l.Within, rWithin},
		{l.Since, rSince}, {l.Until, rUntil}, {l.Before, rBefore}, {l.After, rAfter}, {l.By, rBy},
		{l.From, rFrom}, {l.To, rTo}, {l.Between, rBetween}, {l.And, rAnd}, {l.For, rFor},
		{l.During, rDuring}, {l.On, rOn}, {l.At, rAt}, {l.Of, rOf}, {l.The, rThe},
		{l.Early, rEarly}, {l.Mid, rMid}, {l.Late, rLate}, {l.Quarter, rQuarter}, {l.Half, rHalf},
		{l.Weekend, rWeekend}, {l.QuarterPrefix, rQPrefix}, {l.HalfPrefix, rHPrefix},
	} {
		c.list(f.words, f.r, 0)
	}
	for i, h := range l.Holidays {
		c.list(h.Names, rHoliday, i)
	}
	for i, z := range l.Zones {
		c.list(z.Names, rZone, i)
	}
	c.list(l.FutureCues, rFutureCue, 0)
	c.list(l.PastCues, rPastCue, 0)
	c.list(l.Ambiguous, rAmbiguous, 0)
	c.list(l.AgoBefore, rAgoBefore, 0)
	c.list(l.Approx, rApprox, 0)
	c.list(l.LessThan, rLessThan, 0)
	c.list(l.MoreThan, rMoreThan, 0)
	c.list(l.AtMost, rAtMost, 0)
	c.list(l.AtLeast, rAtLeast, 0)
	c.list(l.Every, rEvery, 0)
	c.list(l.OrSo, rOrSo, 0)
	c.list(l.Its, rIts, 0)
	c.list(l.Same, rSame, 0)
	for k, es := range c.first {
		slices.SortStableFunc(es, func(a, b entry) int { return len(b.rest) - len(a.rest) })
		c.first[k] = es
	}
	return c
}

// add indexes phrase with role r and value val.
func (c *compiled) add(phrase string, r role, val int, abbr bool) {
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

// list indexes every phrase of words with role r and value val.
func (c *compiled) list(words []string, r role, val int) {
	for _, w := range words {
		c.add(w, r, val, false)
	}
}

// names indexes a name and its abbreviations, which follow it.
func (c *compiled) names(names []string, r role, val int) {
	for i, w := range names {
		c.add(w, r, val, i > 0)
	}
}

// values indexes words that each have a value of their own.
func (c *compiled) values(words map[string]int, r role) {
	for w, v := range words {
		c.add(w, r, v, false)
	}
}
