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
	bad    bool // a date was recognised but does not exist or is out of range
	theAt  int  // index of the token after a "the" being read, or -1
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
	days := floorDiv64(p.anchor.Unix()+int64(off), 86400)
	p.aday = time.Unix(days*86400+43200, 0).UTC()
	y, m, _ := p.aday.Date()
	p.ay, p.am = y, int(m)
	p.dir, p.dirKnown = n.dir, true
	if !find {
		p.toks = tokenize(buf, text, 0, len(text), 0, n.c)
	}
}

func civil(y, m, d int) time.Time { return time.Date(y, time.Month(m), d, 12, 0, 0, 0, time.UTC) }

func validDay(y, m, d int) bool {
	if m < 1 || m > 12 || d < 1 || d > 31 || y < 1 || y > 9999 {
		return false
	}
	return d <= calendar.DaysIn(int64(y), m)
}

func ymdOf(t time.Time) (int, int, int) {
	y, m, d := t.Date()
	return y, int(m), d
}

func okYear(y int) bool { return y >= 1 && y <= 9999 }

// dayD is the day date y-m-d, or the zero Date when it does not exist.
func dayD(y, m, d int) news.Date {
	if !validDay(y, m, d) {
		return news.Date{}
	}
	var buf [10]byte
	b := calendar.AppendYear(buf[:0], int64(y))
	b = append(b, '-')
	b = calendar.AppendInt(b, int64(m), 2)
	b = append(b, '-')
	b = calendar.AppendInt(b, int64(d), 2)
	dt, err := news.ParseDate(string(b))
	if err != nil {
		return news.Date{}
	}
	return dt
}

func monthD(y, m int) news.Date {
	if !okYear(y) || m < 1 || m > 12 {
		return news.Date{}
	}
	var buf [7]byte
	b := calendar.AppendYear(buf[:0], int64(y))
	b = append(b, '-')
	b = calendar.AppendInt(b, int64(m), 2)
	d, _ := news.ParseDate(string(b))
	return d
}

func yearD(y int) news.Date {
	if !okYear(y) {
		return news.Date{}
	}
	var buf [4]byte
	d, _ := news.ParseDate(string(calendar.AppendYear(buf[:0], int64(y))))
	return d
}

func of(t time.Time, prec news.Precision) news.Date {
	if y := t.Year(); !okYear(y) {
		return news.Date{}
	}
	return news.DateOf(t, prec)
}

func interval(a, b news.Date) news.Date {
	if a.IsZero() && b.IsZero() {
		return news.Date{}
	}
	d, err := news.Interval(a, b)
	if err != nil {
		return news.Date{}
	}
	return d
}

func dayInterval(a, b time.Time) news.Date {
	return interval(of(a, news.PrecisionDay), of(b, news.PrecisionDay))
}

// weekStart is the Monday of t's ISO week.
func weekStart(t time.Time) time.Time {
	return t.AddDate(0, 0, -((int(t.Weekday()) + 6) % 7))
}

// addMonths adds n months to the first day of y-m.
func addMonths(y, m, n int) (int, int) {
	k := y*12 + (m - 1) + n
	return floorDiv(k, 12), k - floorDiv(k, 12)*12 + 1
}

func floorDiv64(a, b int64) int64 {
	q := a / b
	if a%b != 0 && (a < 0) != (b < 0) {
		q--
	}
	return q
}

func floorDiv(a, b int) int {
	q := a / b
	if (a%b != 0) && ((a < 0) != (b < 0)) {
		q--
	}
	return q
}

// ---- token helpers ----

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

// fortnightUnit stands for the unit of a fortnight, two weeks.
var fortnightUnit = entry{role: rUnit, val: int32(news.PrecisionWeek)}

// unit reads a unit of time, with the number of them it stands for
// ("fortnight" is two weeks).
func (p *parser) unit(i int) (*entry, int, int) {
	if u, j := p.ent(i, rUnit); u != nil {
		return u, j, 1
	}
	if j := p.has(i, rFortnight); j > 0 {
		return &fortnightUnit, j, 2
	}
	return nil, -1, 0
}

// ---- numbers ----

const maxCount = 1_000_000_000

// count reads a count: digits ("30", "1,000"), number words ("twenty-one",
// "two hundred") or an article ("a", "an").
func (p *parser) count(i int) (n int, j int, article bool, ok bool) {
	if i >= len(p.toks) {
		return 0, 0, false, false
	}
	t := &p.toks[i]
	if t.kind == tNum {
		if t.nd > 9 || t.num < 0 {
			p.bad = true
			return 0, 0, false, false
		}
		v := int(t.num)
		j = i + 1
		for t.nd <= 3 && p.punct(j, ',') && p.adj(j) && p.adj(j+1) {
			w, nd, ok := p.num(j + 1)
			if !ok || nd != 3 {
				break
			}
			v = v*1000 + w
			j += 2
			if v > maxCount {
				p.bad = true
				return 0, 0, false, false
			}
		}
		return v, j, false, true
	}
	if _, j := p.ent(i, rArticle); j > 0 {
		if m, k := p.ent(j, rCardinal); m != nil && (m.val == 100 || m.val == 1000 || m.val == 12) {
			return int(m.val), k, false, true
		}
		return 1, j, true, true
	}
	v, j, ok := p.wordNumber(i)
	return v, j, false, ok
}

func (p *parser) wordNumber(i int) (int, int, bool) {
	e, j := p.ent(i, rCardinal)
	if e == nil || e.val >= 100 && e.val != 12 && e.val%100 == 0 {
		return 0, 0, false
	}
	v := int(e.val)
	if v >= 20 && v < 100 && v%10 == 0 && p.dash(j) && p.adj(j) && p.adj(j+1) {
		if u, k := p.ent(j+1, rCardinal); u != nil && u.val >= 1 && u.val <= 9 {
			v += int(u.val)
			j = k
		}
	}
	if m, k := p.ent(j, rCardinal); m != nil && (m.val == 100 || m.val == 1000) {
		v *= int(m.val)
		j = k
	}
	return v, j, true
}

// ordinal reads "23rd", "twenty-first", "first", and, unless needSuffix, a
// bare number of one or two digits.
func (p *parser) ordinal(i int, needSuffix bool) (int, int, bool) {
	if v, nd, ok := p.num(i); ok {
		if nd > 2 {
			return 0, 0, false
		}
		if _, j := p.ent(i+1, rOrdSuffix); j > 0 && p.adj(i+1) {
			return v, j, true
		}
		if needSuffix {
			return 0, 0, false
		}
		return v, i + 1, true
	}
	if e, j := p.ent(i, rOrdinal); e != nil {
		return int(e.val), j, true
	}
	if e, j := p.ent(i, rCardinal); e != nil && e.val >= 20 && e.val < 100 && e.val%10 == 0 && p.dash(j) && p.adj(j) && p.adj(j+1) {
		if o, k := p.ent(j+1, rOrdinal); o != nil && o.val < 10 {
			return int(e.val + o.val), k, true
		}
	}
	return 0, 0, false
}

// year reads a four-digit year or an apostrophe and two digits ('70).
func (p *parser) year(i int) (int, int, bool) {
	if v, nd, ok := p.num(i); ok && nd == 4 {
		if p.find && !p.yearContextOK(i) {
			return 0, 0, false
		}
		return v, i + 1, true
	}
	if p.punct(i, '\'') {
		if v, nd, ok := p.num(i + 1); ok && nd == 2 && p.adj(i+1) {
			return p.pivot(v), i + 2, true
		}
	}
	return 0, 0, false
}

// yearContextOK rejects numbers that look like years but are amounts:
// "$2025", "2025%", "2025.5", "2,025".
func (p *parser) yearContextOK(i int) bool {
	if i > 0 && p.adj(i) {
		if t := p.toks[i-1]; t.kind == tPunct && (t.ch == '$' || t.ch == '£' || t.ch == '€' || t.ch == '#' || t.ch == ',' || t.ch == '.') || t.kind == tNum {
			return false
		}
		// "555-1234", "3/2025": the tail of another number; but the second
		// year of a range read after a dash ("2014-2022") is a year.
		if i > 1 && p.toks[i-1].kind == tPunct && p.adj(i-1) && p.toks[i-2].kind == tNum && !(i == p.rangeEnd && p.dash(i-1)) {
			return false
		}
	}
	if i+1 < len(p.toks) && p.adj(i+1) {
		t := p.toks[i+1]
		if t.kind == tPunct && (t.ch == '%' || (t.ch == '.' || t.ch == ',') && i+2 < len(p.toks) && p.toks[i+2].kind == tNum && p.adj(i+2)) {
			return false
		}
	}
	return true
}

// pivot makes a two-digit year a full one: the latest year with those digits
// at most ten years after the anchor's.
func (p *parser) pivot(yy int) int {
	y := p.ay - p.ay%100 + yy
	if y > p.ay+10 {
		y -= 100
	}
	return y
}

// ---- direction ----

// choose sets it.d from the latest matching date on or before the anchor
// and the first on or after it, as the direction says.
func (p *parser) choose(it *item, past, future news.Date) {
	switch {
	case past.IsZero():
		it.d, it.res = future, news.Future
	case future.IsZero():
		it.d, it.res = past, news.Past
	default:
		switch p.direction() {
		case news.Future:
			it.d, it.res = future, news.Future
			p.addAlt(it, past)
		case news.Nearest:
			it.res = news.Nearest
			ps, _ := past.Start()
			fs, _ := future.Start()
			if p.aday.Sub(ps) <= fs.Sub(p.aday) {
				it.d = past
				p.addAlt(it, future)
			} else {
				it.d = future
				p.addAlt(it, past)
			}
		default:
			it.d, it.res = past, news.Past
			p.addAlt(it, future)
		}
	}
}

// coversAnchor reports whether d contains the anchor's day.
func (p *parser) coversAnchor(d news.Date) bool {
	s, ok1 := d.Start()
	e, ok2 := d.End()
	return ok1 && ok2 && !p.aday.Before(s) && p.aday.Before(e)
}

// ---- expressions ----

// expr parses the longest expression at i.
func (p *parser) expr(i int) (item, bool) {
	if i >= len(p.toks) {
		return item{}, false
	}
	p.reversed = 0
	var best item
	ok := false
	try := func(it item, good bool) {
		if good && (!ok || it.end > best.end) {
			best, ok = it, true
		}
	}
	t := &p.toks[i]
	for k := range t.ents {
		switch t.ents[k].role {
		case rSince, rUntil, rBefore, rAfter, rBy:
			try(p.open(i, t.ents[k].role))
		case rFrom, rBetween:
			try(p.fromTo(i))
		case rFor:
			try(p.forDur(i))
		case rIn:
			try(p.relCount(i))
		case rWithin:
			try(p.within(i))
		}
	}
	if t.kind == tNum || t.kind == tWord {
		try(p.relCount(i))
	}
	if it, good := p.point(i); good {
		if r, good := p.rangeFrom(it, false); good {
			it = r
		}
		try(it, true)
	}
	if p.reversed > 0 {
		// "March 5-1" is no range, and not "March 5" either.
		p.bad = true
		return item{}, false
	}
	return best, ok
}

// open reads "since X", "until X", "before X", "after X", "by X".
func (p *parser) open(i int, r role) (item, bool) {
	j := p.has(i, r)
	if j < 0 {
		return item{}, false
	}
	// "until May", "by Friday" look forward unless the clause says otherwise.
	save := p.direction()
	if (r == rUntil || r == rBy) && !p.clauseSet {
		p.dir = news.Future
	}
	x, ok := p.point(j)
	p.dir = save
	if !ok {
		return item{}, false
	}
	if rr, good := p.rangeFrom(x, false); good {
		x = rr
	}
	if x.isDur {
		return item{}, false
	}
	it := item{start: i, end: x.end, res: x.res}
	d := x.d
	if !(x.wholeI == 0) {
		d = p.whole(&x)
	}
	switch r {
	case rSince:
		if x.d.IsInterval() {
			if from, _, ok := x.d.Endpoints(); ok && !from.IsZero() {
				d = from
			} else {
				return item{}, false
			}
		} else if !(x.wholeI == 0) {
			d = x.d
		}
		it.d = interval(d, news.Date{})
	case rUntil, rBy:
		if x.d.IsInterval() && (x.wholeI == 0) {
			if _, to, ok := x.d.Endpoints(); ok && !to.IsZero() {
				d = to
			} else {
				return item{}, false
			}
		}
		it.d = interval(news.Date{}, d)
	case rBefore:
		if x.d.IsInterval() {
			return item{}, false
		}
		s, ok := x.d.Start()
		if !ok {
			return item{}, false
		}
		it.d = interval(news.Date{}, of(s.Add(-time.Nanosecond), x.d.Precision()))
	case rAfter:
		if x.d.IsInterval() {
			return item{}, false
		}
		e, ok := x.d.End()
		if !ok {
			return item{}, false
		}
		it.d = interval(of(e, x.d.Precision()), news.Date{})
	}
	if it.d.IsZero() {
		return item{}, false
	}
	return it, true
}

// fromTo reads "from X to Y" and "between X and Y".
func (p *parser) fromTo(i int) (item, bool) {
	between := false
	j := p.has(i, rFrom)
	if j < 0 {
		if j = p.has(i, rBetween); j < 0 {
			return item{}, false
		}
		between = true
	}
	a, ok := p.point(j)
	if !ok {
		return item{}, false
	}
	r, ok := p.rangeFrom(a, between)
	if !ok {
		return item{}, false
	}
	r.start = i
	return r, true
}

// rangeFrom reads "-Y", "to Y", "and Y" after the item a.
func (p *parser) rangeFrom(a item, between bool) (item, bool) {
	j := a.end
	if a.isDur || a.d.IsInterval() && (a.wholeI == 0) {
		return item{}, false
	}
	switch {
	case between:
		j = p.has(j, rAnd)
	case p.dash(j):
		j++
	default:
		j = p.has(j, rTo)
	}
	if j < 0 || j >= len(p.toks) {
		return item{}, false
	}
	var b item
	ok := false
	// A bare day after a day ("March 1-5"), or two digits after a year.
	if v, nd, isNum := p.num(j); isNum {
		switch {
		case a.k == kDay && !a.hasTime && nd <= 2 && !(j+1 < len(p.toks) && p.adj(j+1) && p.punct(j+1, ':')):
			if _, k := p.ent(j+1, rMonth); k < 0 {
				d := v
				k := j + 1
				if _, k2 := p.ent(k, rOrdSuffix); k2 > 0 && p.adj(k) {
					k = k2
				}
				b = item{start: j, end: k, k: kDay, y: a.y, m: a.m, day: d, yearGiven: a.yearGiven, res: a.res}
				if !a.yearGiven {
					if y, k2, good := p.year(p.skipComma(k)); good {
						b.y, b.yearGiven, b.end = y, true, k2
					}
				}
				b.d = dayD(b.y, b.m, b.day)
				if b.d.IsZero() {
					p.bad = true
					return item{}, false
				}
				ok = true
			}
		case a.k == kYear && nd == 2 && a.d.Precision() == news.PrecisionYear:
			y := a.y - a.y%100 + v
			if y < a.y {
				y += 100
			}
			b = item{start: j, end: j + 1, k: kYear, y: y, yearGiven: true, d: yearD(y), res: news.Explicit}
			ok = !b.d.IsZero()
		}
	}
	if !ok {
		save := p.rangeEnd
		p.rangeEnd = j
		b, ok = p.point(j)
		p.rangeEnd = save
		if !ok || b.isDur || b.d.IsInterval() && (b.wholeI == 0) {
			return item{}, false
		}
	}
	// Two days of one month, the second before the first ("March 5-1",
	// "from March 5 to March 1"), are no range: a year apart is not what
	// such words mean.
	if a.k == kDay && b.k == kDay && a.m == b.m && b.day < a.day && !(a.yearGiven && b.yearGiven) && !a.hasTime && !b.hasTime {
		p.reversed = b.end
		return item{}, false
	}
	// Share a year stated on one side only.
	if a.k >= kMonth && !a.yearGiven && b.yearGiven && !a.hasTime {
		a.y = b.y
		a.d = p.calDate(a)
		if a.d.Compare(b.d) > 0 {
			a.y--
			a.d = p.calDate(a)
		}
	} else if b.k >= kMonth && !b.yearGiven && !b.hasTime && (a.k >= kMonth || a.k == kYear) {
		b.y = a.y
		b.d = p.calDate(b)
		if bs, _ := b.d.Start(); true {
			if as, _ := a.d.Start(); bs.Before(as) {
				b.y++
				b.d = p.calDate(b)
			}
		}
	}
	ad, bd := a.d, b.d
	if !(a.wholeI == 0) {
		ad = p.whole(&a)
	}
	if !(b.wholeI == 0) {
		bd = p.whole(&b)
	}
	if ad.IsInterval() {
		ad, _, _ = ad.Endpoints()
	}
	if bd.IsInterval() {
		_, bd, _ = bd.Endpoints()
	}
	d := interval(ad, bd)
	if d.IsZero() {
		return item{}, false
	}
	res := a.res
	if res == news.Explicit && b.res != news.Explicit {
		res = b.res
	}
	return item{start: a.start, end: b.end, d: d, res: res}, true
}

// calDate rebuilds the date of a calendar item after its year changed.
func (p *parser) calDate(it item) news.Date {
	switch it.k {
	case kDay:
		return dayD(it.y, it.m, it.day)
	case kMonth:
		return monthD(it.y, it.m)
	case kYear:
		return yearD(it.y)
	}
	return it.d
}

// unitDur is the duration of n units of precision u.
func unitDur(n int, u news.Precision) (news.Duration, bool) {
	v := int64(n)
	var d news.Duration
	switch u {
	case news.PrecisionSecond:
		d.Seconds = v
	case news.PrecisionMinute:
		d.Minutes = v
	case news.PrecisionHour:
		d.Hours = v
	case news.PrecisionDay:
		d.Days = v
	case news.PrecisionWeek:
		d.Weeks = v
	case news.PrecisionMonth:
		d.Months = v
	case news.PrecisionQuarter:
		d.Months = 3 * v
	case news.PrecisionYear:
		d.Years = v
	case news.PrecisionDecade:
		d.Years = 10 * v
	case news.PrecisionCentury:
		d.Years = 100 * v
	default:
		return news.Duration{}, false
	}
	return d, n > 0
}

// within reads "within 24 hours", "within two weeks": the period from the
// anchor to that many units after it.
func (p *parser) within(i int) (item, bool) {
	j := p.has(i, rWithin)
	if j < 0 {
		return item{}, false
	}
	n, k, _, ok := p.count(j)
	if !ok {
		return item{}, false
	}
	u, k2, mult := p.unit(k)
	if u == nil {
		return item{}, false
	}
	n *= mult
	prec := news.Precision(u.val)
	it := item{start: i, end: k2, res: news.Future}
	if prec >= news.PrecisionHour {
		it.d = interval(of(p.anchor, prec), p.shift(n, prec))
	} else {
		t, ok := p.shiftDay(n, prec)
		if !ok {
			p.bad = true
			return item{}, false
		}
		it.d = dayInterval(p.aday, t)
	}
	return it, !it.d.IsZero()
}

// forDur reads "for N units" and "for a unit".
func (p *parser) forDur(i int) (item, bool) {
	j := p.has(i, rFor)
	if j < 0 {
		return item{}, false
	}
	n, k, _, ok := p.count(j)
	if !ok {
		return item{}, false
	}
	if p.dash(k) && p.adj(k) {
		k++
	}
	u, k2, mult := p.unit(k)
	if u == nil {
		return item{}, false
	}
	n *= mult
	prec := news.Precision(u.val)
	if _, ok := unitDur(n, prec); !ok {
		return item{}, false
	}
	return item{start: i, end: k2, durN: n, durU: prec, isDur: true, res: news.Explicit}, true
}

// shift moves the anchor by n units (negative: back) and returns the date of
// the unit's precision there.
func (p *parser) shift(n int, u news.Precision) news.Date {
	switch u {
	case news.PrecisionSecond, news.PrecisionMinute, news.PrecisionHour:
		if n > 1e8 || n < -1e8 {
			return news.Date{}
		}
		var step time.Duration
		switch u {
		case news.PrecisionSecond:
			step = time.Second
		case news.PrecisionMinute:
			step = time.Minute
		default:
			step = time.Hour
		}
		return of(p.anchor.Add(time.Duration(n)*step), u)
	case news.PrecisionDay, news.PrecisionWeek:
		days := n
		if u == news.PrecisionWeek {
			days *= 7
		}
		if days > 4_000_000 || days < -4_000_000 {
			return news.Date{}
		}
		return of(p.aday.AddDate(0, 0, days), u)
	case news.PrecisionMonth, news.PrecisionQuarter:
		months := n
		if u == news.PrecisionQuarter {
			months *= 3
		}
		if months > 120000 || months < -120000 {
			return news.Date{}
		}
		y, m := addMonths(p.ay, p.am, months)
		if !okYear(y) {
			return news.Date{}
		}
		return news.DateOf(civil(y, m, 1), u)
	case news.PrecisionYear, news.PrecisionDecade, news.PrecisionCentury:
		years := n
		switch u {
		case news.PrecisionDecade:
			years *= 10
		case news.PrecisionCentury:
			years *= 100
		}
		if years > 10000 || years < -10000 || !okYear(p.ay+years) {
			return news.Date{}
		}
		d := yearD(p.ay + years)
		if u != news.PrecisionYear {
			d = d.Qualified(news.Approximate)
		}
		return d
	}
	return news.Date{}
}

// relCount reads "two days ago", "in 30 days", "three weeks later", "a year
// earlier", "ten days from now", "two days before Christmas", and the
// durations "30-day", "three years", "two weeks".
func (p *parser) relCount(i int) (item, bool) {
	j := i
	in := false
	if k := p.has(i, rIn); k > 0 {
		j, in = k, true
	}
	n, k, article, ok := p.count(j)
	if !ok {
		return item{}, false
	}
	hyphen := false
	if p.dash(k) && p.adj(k) && p.adj(k+1) {
		k++
		hyphen = true
	}
	u, k2, mult := p.unit(k)
	if u == nil {
		return item{}, false
	}
	n *= mult
	prec := news.Precision(u.val)
	it := item{start: i, end: k2}
	if in {
		if hyphen {
			return item{}, false
		}
		it.d, it.res = p.shift(n, prec), news.Future
		if it.d.IsZero() {
			p.bad = true
			return item{}, false
		}
		return it, true
	}
	if !hyphen {
		switch {
		case p.has(k2, rAgo) > 0:
			it.end = p.has(k2, rAgo)
			it.d, it.res = p.shift(-n, prec), news.Past
		case p.has(k2, rFromNow) > 0:
			it.end = p.has(k2, rFromNow)
			it.d, it.res = p.shift(n, prec), news.Future
		case p.has(k2, rBefore) > 0 || p.has(k2, rAfter) > 0:
			sign := 1
			k3 := p.has(k2, rAfter)
			if k3 < 0 {
				sign, k3 = -1, p.has(k2, rBefore)
			}
			x, ok := p.point(k3)
			if ok && !x.isDur && !x.d.IsInterval() {
				s, _ := x.d.Start()
				t := s.Add(12 * time.Hour)
				if prec >= news.PrecisionHour {
					t = s
				}
				var d news.Date
				switch prec {
				case news.PrecisionDay, news.PrecisionWeek:
					days := n * sign
					if prec == news.PrecisionWeek {
						days *= 7
					}
					if days < 4_000_000 && days > -4_000_000 {
						d = of(t.AddDate(0, 0, days), max(prec, news.PrecisionDay))
						if x.d.Precision() < news.PrecisionDay {
							d = of(t.AddDate(0, 0, days), x.d.Precision())
						}
					}
				case news.PrecisionMonth, news.PrecisionQuarter, news.PrecisionYear:
					months := n * sign
					switch prec {
					case news.PrecisionQuarter:
						months *= 3
					case news.PrecisionYear:
						months *= 12
					}
					if months < 120000 && months > -120000 {
						y, m := addMonths(t.Year(), int(t.Month()), months)
						if okYear(y) {
							p2 := min(x.d.Precision(), news.PrecisionDay)
							if p2 >= news.PrecisionDay && validDay(y, m, t.Day()) {
								d = dayD(y, m, t.Day())
							} else {
								d = news.DateOf(civil(y, m, 1), min(x.d.Precision(), news.PrecisionMonth))
							}
						}
					}
				}
				if !d.IsZero() {
					it.end, it.d, it.res = x.end, d, x.res
					return it, true
				}
			}
			// "four days after the election": relative to an event that is
			// not a date; only the length of time is known.
			if k3 < len(p.toks) && p.toks[k3].kind != tPunct {
				break
			}
			if k4 := p.has(k2, rEarlier); k4 > 0 && sign < 0 {
				it.end = k4
				it.d, it.res = p.shift(-n, prec), news.Past
			} else if sign > 0 {
				it.end = p.has(k2, rAfter)
				it.d, it.res = p.shift(n, prec), news.Future
			} else {
				return item{}, false
			}
		case p.has(k2, rLater) > 0:
			it.end = p.has(k2, rLater)
			it.d, it.res = p.shift(n, prec), news.Future
		case p.has(k2, rEarlier) > 0:
			it.end = p.has(k2, rEarlier)
			it.d, it.res = p.shift(-n, prec), news.Past
		}
		if it.res != "" {
			if it.d.IsZero() {
				p.bad = true
				return item{}, false
			}
			return it, true
		}
	}
	// A length of time. In running text "a day" or "a second" alone is
	// not one ("wait a second"); "for a day" is read by forDur.
	if p.find && (article || !hyphen && (n == 1 || prec == news.PrecisionQuarter)) {
		return item{}, false
	}
	if _, ok := unitDur(n, prec); !ok {
		return item{}, false
	}
	return item{start: i, end: k2, durN: n, durU: prec, isDur: true, res: news.Explicit}, true
}
