package timex

import (
	"strings"
	"time"

	"github.com/newsmodel/newsmodel/internal/calendar"
	"github.com/newsmodel/newsmodel/news"
)

// calKind says which calendar fields of an item can be recomputed with
// another year (for ranges such as "March 1 to April 5, 2025").
type calKind uint8

const (
	kOther calKind = iota
	kYear
	kMonth
	kDay
)

// item is one parsed expression over tokens [start, end).
type item struct {
	start, end int
	d          news.Date
	durN       int            // a length of time: durN units of durU
	durU       news.Precision // zero: not a length of time
	isDur      bool
	res        news.Resolution
	altI       int8 // another reading: p.extra[altI-1], or none when 0
	k          calKind
	y, m, day  int
	yearGiven  bool
	wholeI     int8 // for "the end of X": X is p.extra[wholeI-1]
	hasTime    bool
	lazy       bool // d is not built yet: a calendar day y-m-day
	mod        news.Mod
	set        string // the TIMEX3 value of a recurring time
}

// stash keeps d in the parser's side table of dates and returns its index
// plus one, or 0 when the table is full.
func (p *parser) stash(d news.Date) int8 {
	if p.nextra == len(p.extra) {
		return 0
	}
	p.extra[p.nextra] = d
	p.nextra++
	return int8(p.nextra)
}

// addAlt records d as the other reading of it, unless it has one.
func (p *parser) addAlt(it *item, d news.Date) {
	if !d.IsZero() && d != it.d && it.altI == 0 {
		it.altI = p.stash(d)
	}
}

// addFold records the other reading of a date-time just built, if any, as
// the alternative of it: the same wall time at the other offset. It takes
// the place of any alternative the day had, an item holding one.
func (p *parser) addFold(it *item) {
	if !p.fold.IsZero() {
		it.altI = 0
		p.addAlt(it, p.fold)
	}
}

// alt is the other reading of it, or the zero Date.
func (p *parser) alt(it *item) news.Date {
	if it.altI == 0 {
		return news.Date{}
	}
	return p.extra[it.altI-1]
}

// whole is X of "the end of X" for it, or the zero Date.
func (p *parser) whole(it *item) news.Date {
	if it.wholeI == 0 {
		return news.Date{}
	}
	return p.extra[it.wholeI-1]
}

// clock is a time of day, with an optional zone.
type clock struct {
	h, m, s int
	frac    string // fraction digits of the seconds
	prec    news.Precision
	zone    int // index in the language's zones, or -1
	extra   int // offset in seconds added to the zone's, or the whole offset
	hasOff  bool
}

type parser struct {
	n      *Normalizer
	c      *compiled
	s      string
	toks   []token
	find   bool
	bad    bool  // a date was recognised but does not exist or is out of range
	badErr error // why, when bad, if not ErrNoSuchDay
	theAt  int   // index of the token after a "the" being read, or -1
	anchor time.Time
	given  time.Time
	aday   time.Time // the anchor's calendar day, at noon UTC
	ay, am int
	dir    news.Resolution
	// clauseSet reports that dir comes from a cue of the clause.
	clauseSet bool
	// dirKnown reports that dir is set; else it is decided from the clause
	// of token dirAt when first needed.
	dirKnown bool
	dirAt    int
	// depth is the nesting of point calls.
	depth int
	// extra holds the alternatives and wholes of the items of one
	// expression, so that items stay small.
	extra  [8]news.Date
	nextra int
	// rangeEnd is the index of the second end of a range being read.
	rangeEnd int
	// reversed is the end of a range whose second day comes before its
	// first in the same month ("March 5-1"), or 0: no date at all.
	reversed int
	// fold is the other reading of the last date-time built, when its local
	// time occurs twice as the clocks go back, or the zero Date.
	fold news.Date
}

func (p *parser) init(n *Normalizer, text string, anchor time.Time, buf []token, find bool) {
	p.n, p.c, p.s, p.find, p.theAt, p.rangeEnd = n, n.c, text, find, -1, -1
	p.given = anchor
	loc := n.loc
	if loc == nil {
		loc = anchor.Location()
	}
	p.anchor = anchor.In(loc)
	// The anchor's calendar day, at noon UTC, without calendar arithmetic.
	_, off := p.anchor.Zone()
	days := calendar.FloorDiv(p.anchor.Unix()+int64(off), 86400)
	p.aday = time.Unix(days*86400+43200, 0).UTC()
	y, m, _ := p.aday.Date()
	p.ay, p.am = y, int(m)
	p.dir, p.dirKnown = n.dir, true
	if !find {
		p.toks = tokenize(buf, text, 0, len(text), 0, n.c)
	}
}

// result turns a parsed item into a Result whose Text is text.
func (p *parser) result(it item, text string) Result {
	r := Result{Text: text, Anchor: p.given, Resolution: it.res}
	if it.isDur {
		r.Duration, _ = unitDur(it.durN, it.durU)
		r.Resolution, r.Mod = news.Explicit, it.mod
		return r
	}
	r.Date, r.Mod = it.d, it.mod
	if it.durU != 0 {
		// A date with a length: "March 2 for six weeks".
		r.Duration, _ = unitDur(it.durN, it.durU)
	}
	if it.set != "" {
		r.Date, r.Set = news.Date{}, it.set
		return r
	}
	if w := p.whole(&it); !w.IsZero() && (it.mod == news.ModStart || it.mod == news.ModMid || it.mod == news.ModEnd) {
		// TimeML keeps the unit the words name ("early June" is 2024-06
		// with mod START); the narrower interval is the alternative.
		r.Date = w
		r.Alternatives = []news.Date{it.d}
		if alt := p.alt(&it); !alt.IsZero() {
			r.Alternatives = append(r.Alternatives, alt)
		}
		return r
	}
	if alt := p.alt(&it); !alt.IsZero() {
		r.Alternatives = []news.Date{alt}
	}
	return r
}

// longest keeps the longest of the readings tried at one place, the first
// of equal length.
type longest struct {
	it item
	ok bool
}

// try keeps it when good and longer than what is kept.
func (l *longest) try(it item, good bool) {
	if good && (!l.ok || it.end > l.it.end) {
		l.it, l.ok = it, true
	}
}

// expr parses the longest expression at i.
func (p *parser) expr(i int) (item, bool) {
	if i >= len(p.toks) {
		return item{}, false
	}
	p.reversed = 0
	var best longest
	t := &p.toks[i]
	for k := range t.ents {
		switch t.ents[k].role {
		case rSince, rUntil, rBefore, rAfter, rBy:
			best.try(p.open(i, t.ents[k].role))
		case rFrom, rBetween:
			best.try(p.fromTo(i))
			best.try(p.fromAlone(i))
		case rFor:
			best.try(p.forDur(i))
			best.try(p.forFrom(i))
		case rIn:
			best.try(p.relCount(i))
		case rWithin:
			best.try(p.within(i))
		case rApprox, rLessThan, rMoreThan, rAtMost, rAtLeast:
			best.try(p.modPrefix(i, t.ents[k].role))
		case rEvery:
			best.try(p.every(i))
		}
	}
	if t.kind == tNum || t.kind == tWord {
		best.try(p.relCount(i))
	}
	if it, good := p.point(i); good {
		if r, good := p.rangeFrom(it, false); good {
			it = r
		}
		best.try(it, true)
	}
	if p.reversed > 0 {
		// "March 5-1" is no range, and not "March 5" either.
		p.bad = true
		return item{}, false
	}
	if best.ok {
		best.it.materialize()
		best.try(p.withLength(best.it))
		// "the next month or so".
		if k := p.has(best.it.end, rOrSo); k > 0 && !best.it.isDur && best.it.set == "" {
			best.it.end = k
			approximate(&best.it)
		}
	}
	return best.it, best.ok
}

// point parses the longest single date at i: no range, no open interval.
func (p *parser) point(i int) (item, bool) {
	// Dates nest a few levels at most ("since the end of the first quarter
	// of 2024"); the bound keeps "the the the …" linear.
	if i >= len(p.toks) || p.depth >= maxDepth {
		return item{}, false
	}
	p.depth++
	it, ok := p.point1(i)
	p.depth--
	return it, ok
}

func (p *parser) point1(i int) (item, bool) {
	var best longest
	t := &p.toks[i]
	switch t.kind {
	case tNum:
		if it, good := p.iso(i); good {
			best.try(it, good)
			break
		}
		best.try(p.numeric(i))
		best.try(p.shortNumeric(i))
		best.try(p.machineAt(i))
		best.try(p.dayMonth(i))
		best.try(p.timeFirst(i))
		best.try(p.yearPoint(i))
		best.try(p.ordinalPeriod(i))
		best.try(p.ordinalDay(i))
		best.try(p.nthOf(i))
	case tPunct:
		if t.ch == '\'' {
			best.try(p.yearPoint(i))
		}
	case tWord:
		seen := uint64(0)
		for k := range t.ents {
			r := t.ents[k].role
			if seen&(1<<r) != 0 {
				continue
			}
			seen |= 1 << r
			switch r {
			case rMonth:
				best.try(p.monthFirst(i))
				best.try(p.monthRelYear(i))
			case rWeekday:
				best.try(p.weekday(i))
				best.try(p.weekdayPlus(i))
				best.try(p.machineAt(i))
			case rToday, rYesterday, rTomorrow, rTonight:
				best.try(p.dayWord(i))
			case rLast, rThis, rNext, rPast, rComing:
				best.try(p.modified(i))
				best.try(p.yearsPart(i))
				if r == rLast {
					best.try(p.nthOf(i))
				}
			case rEarly, rMid, rLate:
				best.try(p.part(i))
			case rEarlier, rLater:
				best.try(p.earlierThis(i))
				best.try(p.earlierDay(i))
			case rSeason:
				best.try(p.season(i))
			case rQPrefix, rHPrefix:
				best.try(p.qPrefix(i))
			case rOrdinal, rCardinal:
				best.try(p.ordinalPeriod(i))
				best.try(p.ordinalDay(i))
				best.try(p.nthOf(i))
				if r == rCardinal {
					best.try(p.yearWords(i))
				}
			case rHoliday:
				best.try(p.holiday(i))
			case rNoon, rMidnight:
				best.try(p.timeFirst(i))
			case rThe:
				best.try(p.the(i))
			case rUnit:
				best.try(p.dayBefore(i))
				best.try(p.unitAfterNext(i))
				best.try(p.yearNamed(i))
				best.try(p.yearEarlier(i))
				best.try(p.unitEnd(i))
			case rDayPart:
				best.try(p.dayPartOf(i))
			case rIts:
				best.try(p.yearsPart(i))
			case rSame:
				best.try(p.sameUnit(i))
			case rDecadeWord:
				best.try(p.decadeWord(i))
			case rWeekend:
				best.try(p.weekend(i))
			}
		}
	}
	if best.ok && best.it.k == kDay && !best.it.hasTime {
		best.try(p.withTime(best.it))
	}
	best.it.materialize()
	return best.it, best.ok
}

// maxDepth bounds the nesting of dates within dates.
const maxDepth = 6

// the reads "the" and a date that may follow it.
func (p *parser) the(i int) (item, bool) {
	j := p.has(i, rThe)
	if j < 0 {
		return item{}, false
	}
	save := p.theAt
	p.theAt = j
	it, ok := p.point(j)
	p.theAt = save
	if !ok {
		return item{}, false
	}
	// "the" belongs to "the 1990s", "the 23rd", "the end of the month",
	// not to "the 2020 election".
	if it.res != news.Explicit || it.d.Precision() == news.PrecisionDecade || it.start != j ||
		p.toks[j].kind != tNum && p.has(j, rQPrefix) < 0 && p.has(j, rHPrefix) < 0 {
		it.start = i
	}
	return it, true
}

// dayItem is the item of a calendar day.
func (p *parser) dayItem(start, end, y, m, d int, given bool, res news.Resolution) (item, bool) {
	if !validDay(y, m, d) {
		p.bad = true
		return item{}, false
	}
	// The Date is built only if this reading wins (see point).
	return item{start: start, end: end, k: kDay, y: y, m: m, day: d, yearGiven: given, res: res, lazy: true}, true
}

// materialize builds the Date of a calendar day read lazily.
func (it *item) materialize() {
	if it.lazy && !it.hasTime {
		switch it.k {
		case kDay:
			it.d = dayD(it.y, it.m, it.day)
		case kMonth:
			it.d = monthD(it.y, it.m)
		case kYear:
			it.d = yearD(it.y)
		}
	}
	it.lazy = false
}

func (p *parser) ent(i int, r role) (*entry, int) {
	if i < 0 || i >= len(p.toks) {
		return nil, -1
	}
	es := p.toks[i].ents
	for k := range es {
		e := &es[k]
		if e.role != r {
			continue
		}
		if j, ok := p.rest(i+1, e.rest); ok {
			return e, j
		}
	}
	return nil, -1
}

func (p *parser) rest(i int, rest []ptok) (int, bool) {
	for _, pt := range rest {
		if i >= len(p.toks) {
			return 0, false
		}
		t := &p.toks[i]
		if (t.sp != 0) != pt.sp {
			return 0, false
		}
		if t.kind == tPunct {
			if pt.ch != t.ch {
				return 0, false
			}
		} else if pt.ch != 0 || !strings.EqualFold(p.s[t.b0:t.b1], pt.s) {
			return 0, false
		}
		i++
	}
	return i, true
}

// has returns the index after a phrase of role r at i, or -1.
func (p *parser) has(i int, r role) int {
	_, j := p.ent(i, r)
	return j
}

func (p *parser) punct(i int, ch rune) bool {
	return i >= 0 && i < len(p.toks) && p.toks[i].kind == tPunct && p.toks[i].ch == ch
}

func (p *parser) dash(i int) bool {
	return i >= 0 && i < len(p.toks) && p.toks[i].kind == tPunct && isDash(p.toks[i].ch)
}

// letter reports whether token i is the one-letter word c, in either case
// (c lower case): the T of "2025-03-23T14:05", the s of "1990s".
func (p *parser) letter(i int, c byte) bool {
	if i < 0 || i >= len(p.toks) {
		return false
	}
	t := &p.toks[i]
	return t.kind == tWord && t.b1-t.b0 == 1 && p.s[t.b0]|0x20 == c
}

// adj reports whether token i follows the previous one without a space.
func (p *parser) adj(i int) bool { return i < len(p.toks) && p.toks[i].sp == 0 }

func (p *parser) num(i int) (int, int, bool) {
	if i < 0 || i >= len(p.toks) || p.toks[i].kind != tNum || p.toks[i].num < 0 {
		return 0, 0, false
	}
	return int(p.toks[i].num), int(p.toks[i].nd), true
}

// skipComma skips an optional comma.
func (p *parser) skipComma(i int) int {
	if p.punct(i, ',') {
		return i + 1
	}
	return i
}
