package timex

import (
	"errors"
	"strconv"
	"sync"
	"time"

	"github.com/newsmodel/newsmodel/news"
)

// A Normalizer turns date expressions of news text ("last July", "Sun, 23 Mar
// 2025 14:05:00 EDT", "two days ago", "a 30-day ceasefire") into [news.Date] and
// [news.Duration] values, resolved against an anchor, usually the publication date
// of the story. Build one with [NewNormalizer] and use it from any number of
// goroutines.
//
// # What it reads
//
// Absolute dates: ISO 8601 and RFC 3339 in extended and basic form
// (2025-03-23, 20250323T140500Z, 2025-W12, 2025-03-23 14:05:00+01:00); the
// dates of RFC 1123, 822 and 850 and of RSS and Atom feeds ("Sun, 23 Mar 2025
// 14:05:00 EDT", "Sunday, 23-Mar-25 14:05:00 GMT"); written dates ("March 23,
// 2025", "23 March 2025", "Mar. 23, 2025", "the 23rd of March", "Sunday,
// March 23", "March 2025", "2025", "'70", "the 1990s"); numeric dates
// ("23.03.2025", "2025/03/23", "3/4/2025", the last read by [WithDayFirst]);
// parts of periods ("Q1 2025", "the first quarter of 2025", "the second half
// of 2024", "spring 2024", "early March", "mid-2024", "the late 1990s");
// times of day ("noon", "10:15 p.m.", "14:05") with zone abbreviations (ET,
// EDT, GMT, CET, JST, …) or offsets ("UTC-05", "+0300").
//
// Relative dates: today, yesterday, tomorrow, tonight, this morning, last
// night, the day before yesterday; weekdays alone or with last, this, next,
// coming and past; last, this and next week, month, year, quarter, weekend,
// season, decade, or a named month ("last July"); counts of units ("two days
// ago", "a decade ago", "in 30 days", "three weeks later"); "earlier this
// month", "later this year", "the end of the month", "the beginning of next
// year"; holidays (Christmas, Easter, Thanksgiving, Election Day, …); the
// ordinal day of a month ("the 23rd"); numbers as words ("twenty-one days
// ago").
//
// Ranges become intervals ("from March 1 to March 5", "March 1-5", "between
// 2014 and 2022", "1990–1995"); open ranges have an open end ("since 2014" is
// 2014/.., "until May" ../2025-05, "by the end of the year" ../2025).
// Lengths of time are Durations, not dates ("30-day", "for 30 days",
// "three-year", "two weeks" are P30D, P30D, P3Y and P2W).
//
// # Precision and the EDTF forms chosen
//
// A result carries the precision of its words and no more: "2024" is a year,
// "two days ago" a day, "three weeks ago" the day too (TimeML; the week
// 2025-W09 is the alternative), "last quarter" a quarter (2024-36), "last summer" a season (2024-22). Where EDTF has no
// form of its own the result is an interval or a level 2 grouping:
//
//	early 2024, mid-2024, late 2024         2024 with Mod START, MID, END; alternative 2024-37, 2024-38, 2024-39
//	                                        (quadrimesters: Jan–Apr, May–Aug, Sep–Dec)
//	the beginning, middle, end of a year    the same
//	early, mid-, late March 2025            2025-03 with Mod START, MID, END; alternative 2025-03-01/2025-03-10,
//	                                        2025-03-11/2025-03-20, 2025-03-21/2025-03-31
//	early, mid-, late 1990s                 199X with a Mod; alternative 1990/1993, 1994/1996, 1997/1999
//	early, mid-, late this week             the week with a Mod; alternative Monday–Tuesday, Wednesday–Thursday, Friday–Sunday
//	earlier this week / month               the first day of the period to the anchor day
//	earlier this year                       January to the anchor's month
//	later this week / month / year          the anchor day (month) to the end of the period
//	this, last, next weekend; the weekend   Saturday/Sunday, as a day interval
//	a decade ago, two decades ago           the year, approximate (2015~): "a decade ago" is not the 2010s
//	the past two weeks, the next 30 days,   the anchor day and the day that many units away
//	within two weeks                        (hours: the anchor hour and the hour that many hours away)
//
// "The past week" and "the past year" are last week and last year; "the
// past two weeks" (with a number) is the period up to the anchor. "The 1900s"
// is the decade 190X, with the century 19XX as an alternative.
//
// # TimeML conventions
//
// Where TimeML's guidelines decide an answer, it is theirs. "3 pm", "5
// p.m.", "noon" and "midnight" are the hour (2025-03-23T15); minutes only
// when minutes are written ("3:30 pm"). "N months ago" is the month and "N
// years ago" the year; "early June",
// "mid-2024", "the end of the year" keep the unit the words name (2024-06,
// 2024, 2024) and carry the word in Result.Mod (START, MID, END), with the
// narrower interval as the first alternative; inside a range or an open
// range ("since early March") the narrower interval is the one used.
// Open ranges carry their modifier too: "since" ON_OR_AFTER, "until",
// "through" and "by" ON_OR_BEFORE, "before" BEFORE, "after" AFTER.
// [Result.TIMEX3] gives the TIMEX3 form, whose value is never an interval.
//
// Open ranges: "since X" is X/..; "until X", "till X", "through X" and
// "by X" are ../X, X included ("by the end of the year" is ../2025); "before X" is ../Y and
// "after X" Y/.., where Y is the unit of X's precision just before or after
// X ("before 2020" is ../2019, "after March 2025" 2025-04/..), so that X
// itself is excluded, as the words say.
//
// # Resolution
//
// A date that the text states in full is [news.Explicit]. "last", "ago",
// "yesterday" and their kind are [news.Past]; "next", "in N days", "tomorrow" are
// [news.Future]; "this", "today", "tonight" are [news.Nearest]. An expression that
// names a date without saying which one ("Monday", "March 23", "July",
// "Christmas", "the 23rd", "summer") is resolved in the default direction
// ([WithDirection]; Past unless set): the latest such date on or before the
// anchor, the first on or after it, or the nearer of the two; the other one is
// reported in Result.Alternatives. "This" with a month or a season names the
// one of the anchor's year ("this July", "this fall" said in March are July
// and fall to come), except that in January and February "this winter" is
// the winter under way, begun the year before; the nearest such season, when
// it is another, is the alternative. "last Monday" is the latest Monday before
// the anchor day, "next Monday" the first after it; when the Monday of the
// previous or next calendar week differs, it is an alternative. "This
// Monday" is the Monday of the anchor's (ISO, Monday-first) week; when that
// day is past, the coming Monday is the alternative, and when it is to
// come, the one just past. A bare weekday said on that weekday ("Tuesday" in
// a story dated a Tuesday) is the anchor day itself, resolution Nearest,
// with the same weekday a week away in the default direction as the
// alternative. A numeric date that reads two ways ("3/4/2025") is read as [WithDayFirst] says and
// the other reading is an alternative.
//
// Times without a zone are floating (2025-03-23T10:15) unless
// [WithLocation] gives a zone; the calendar day of the anchor is that of the
// anchor in that zone, else in the anchor's own location.
type Normalizer struct {
	c        *compiled
	loc      *time.Location
	dayFirst bool
	dir      news.Resolution
	dirSet   bool // dir was given with WithDirection
	epoch    bool
}

// Option configures a [Normalizer].
type Option func(*Normalizer)

// WithLocation sets the time zone in which the anchor's calendar day is
// taken and in which times of day without a zone are read. Without it the
// anchor's own location counts and such times stay floating.
func WithLocation(loc *time.Location) Option {
	return func(n *Normalizer) { n.loc = loc }
}

// WithDayFirst reads numeric dates as day/month/year ("3/4/2025" is 3 April)
// when dayFirst is true, and as month/day/year (4 March) when false, the
// default. A date that reads one way only ("23/3/2025") is read that way.
func WithDayFirst(dayFirst bool) Option {
	return func(n *Normalizer) { n.dayFirst = dayFirst }
}

// WithDirection sets how an expression that does not say which date it means
// ("Monday", "March 23", "July") is resolved: [news.Past] (the default, since news
// reports look back), [news.Future] or [news.Nearest]. Other values are ignored.
// In running text ([Normalizer.FindDates]) the tense of the sentence comes
// first; a sentence without one takes this direction when it is set, and
// the nearest date when it is not.
func WithDirection(r news.Resolution) Option {
	return func(n *Normalizer) {
		if r == news.Past || r == news.Future || r == news.Nearest {
			n.dir, n.dirSet = r, true
		}
	}
}

// WithEpoch reads a run of 9 to 11 digits as Unix epoch seconds and of 12 or
// 13 digits as epoch milliseconds, in UTC ("1720105445" is
// 2024-07-04T15:04:05Z).
// Without it such digits are refused with [ErrEpoch]: a number is never
// guessed to be a time.
func WithEpoch(epoch bool) Option {
	return func(n *Normalizer) { n.epoch = epoch }
}

// WithLanguage sets the word tables; the default is [English].
func WithLanguage(l Language) Option {
	return func(n *Normalizer) { n.c = compile(l) }
}

var tokenPool = sync.Pool{New: func() any { b := make([]token, 0, 32); return &b }}

var englishTables = sync.OnceValue(func() *compiled { return compile(English()) })

var defaultNormalizer = sync.OnceValue(func() *Normalizer { return NewNormalizer() })

// NewNormalizer returns a Normalizer with the given options. Building one
// compiles its word tables, so build it once and reuse it.
func NewNormalizer(opts ...Option) *Normalizer {
	n := &Normalizer{dir: news.Past}
	for _, o := range opts {
		if o != nil {
			o(n)
		}
	}
	if n.c == nil {
		n.c = englishTables()
	}
	return n
}

func normalizerFor(opts []Option) *Normalizer {
	if len(opts) == 0 {
		return defaultNormalizer()
	}
	return NewNormalizer(opts...)
}

// Result is a normalised date expression: a Date, or for a length of time a
// Duration, with what produced it.
type Result struct {
	// Text is the expression as written.
	Text string
	// Date is the date the text states; zero for a duration.
	Date news.Date
	// Duration is the length of time the text states; zero for a date,
	// except a date with a length ("for six weeks from March 2"), whose
	// Date is the interval and Duration the length.
	Duration news.Duration
	// Anchor is the time the expression was resolved against.
	Anchor time.Time
	// Resolution says how the date was chosen; see [Normalizer].
	Resolution news.Resolution
	// Alternatives are other dates the text could mean, most likely first.
	Alternatives []news.Date
	// Mod is the TimeML modifier the words add to Date: START, MID or END
	// for "early", "mid-" and "late June", ON_OR_AFTER for "since 1989",
	// ON_OR_BEFORE for "until May", BEFORE and AFTER, APPROX for "about";
	// empty when they add none.
	Mod news.Mod
	// Set is the TIMEX3 value of a recurring time ("every Monday" is
	// XXXX-WXX-1), with Date and Duration zero; empty otherwise.
	Set string
}

// IsDuration reports whether r is a length of time rather than a date. A
// date with a length ("March 2 for six weeks") is a date: its Date is the
// interval and its Duration the length the words gave.
func (r Result) IsDuration() bool { return !r.Duration.IsZero() && r.Date.IsZero() }

// IsSet reports whether r is a recurring time, such as "every Monday".
func (r Result) IsSet() bool { return r.Set != "" }

// When returns r as the When of an event: the date, the text, the anchor's
// calendar day and the resolution. A duration has no When; it gives the zero
// When.
func (r Result) When() news.When {
	if r.Date.IsZero() {
		return news.When{}
	}
	w := news.When{Value: r.Date, Text: r.Text, Resolution: r.Resolution, Mod: r.Mod}
	if !r.Anchor.IsZero() {
		w.Anchor = news.DateOf(r.Anchor, news.PrecisionDay)
	}
	return w
}

// Found is a date expression found in running text: its span (in code
// points, Text set) and its normalised value.
type Found struct {
	Span news.Span
	Result
}

// The reasons a text cannot be normalised, wrapped in a *[NormalizeError].
var (
	ErrEmpty     = errors.New("empty expression")
	ErrNotDate   = errors.New("not a date expression")
	ErrTrailing  = errors.New("unrecognised words after the date expression")
	ErrNoSuchDay = errors.New("no such date, or out of range")
	ErrEpoch     = errors.New("digits that may be Unix epoch seconds or milliseconds; read them with WithEpoch")
)

// detail is a reason with more to say than its sentinel, which it wraps.
type detail struct {
	base error
	msg  string
}

func (e detail) Error() string { return e.base.Error() + ": " + e.msg }
func (e detail) Unwrap() error { return e.base }

// wrapNoSuchDay is ErrNoSuchDay with a detail.
func wrapNoSuchDay(msg string) error { return detail{ErrNoSuchDay, msg} }

// NormalizeError reports an expression that could not be normalised. Offset
// counts code points into Text, where reading stopped; Word is the word
// there, the one refused.
type NormalizeError struct {
	Text   string
	Offset int
	Word   string
	Err    error
}

// Error returns a message such as
// `timex: normalizing "March 32": offset 0 ("March"): no such date, or out of range`.
func (e *NormalizeError) Error() string {
	w := ""
	if e.Word != "" {
		w = " (" + strconv.Quote(e.Word) + ")"
	}
	return "timex: normalizing " + strconv.Quote(e.Text) + ": offset " + strconv.Itoa(e.Offset) + w + ": " + e.Err.Error()
}

// Unwrap returns e.Err.
func (e *NormalizeError) Unwrap() error { return e.Err }

// Normalize reads text, which must be one date expression and nothing else
// (leading "on", "in" or "at" and trailing punctuation allowed), with a
// Normalizer built from opts. See [Normalizer] for what it reads.
func Normalize(text string, anchor time.Time, opts ...Option) (Result, error) {
	return normalizerFor(opts).Normalize(text, anchor)
}

// FindDates returns the date expressions of running text, with a Normalizer
// built from opts; see [Normalizer.FindDates].
func FindDates(text string, anchor time.Time, opts ...Option) []Found {
	return normalizerFor(opts).FindDates(text, anchor)
}

// Normalize reads text, which must be one date expression and nothing else,
// and resolves it against anchor. It returns a *[NormalizeError] when the text
// is empty, is not a date expression, has other words after one, or names a
// date that does not exist ("31 February", "25:00").
func (n *Normalizer) Normalize(text string, anchor time.Time) (Result, error) {
	if d, ok := n.fastISO(text); ok {
		return Result{Text: text, Date: d, Anchor: anchor, Resolution: news.Explicit}, nil
	}
	if d, ok := n.fastWritten(text); ok {
		return Result{Text: text, Date: d, Anchor: anchor, Resolution: news.Explicit}, nil
	}
	if d, alt, ok := n.fastNumeric(text); ok {
		r := Result{Text: text, Date: d, Anchor: anchor, Resolution: news.Explicit}
		if !alt.IsZero() {
			r.Alternatives = []news.Date{alt}
		}
		return r, nil
	}
	if d, ok, err := n.machine(text); ok {
		return Result{Text: text, Date: d, Anchor: anchor, Resolution: news.Explicit}, nil
	} else if err != nil {
		return Result{}, err
	}
	return n.normalize(text, anchor)
}

// normalize is Normalize through the grammar.
func (n *Normalizer) normalize(text string, anchor time.Time) (Result, error) {
	bp := tokenPool.Get().(*[]token)
	defer func() {
		if cap(*bp) <= 1024 {
			*bp = (*bp)[:0]
			tokenPool.Put(bp)
		}
	}()
	p := parser{}
	p.init(n, text, anchor, (*bp)[:0], false)
	*bp = p.toks
	fail := func(off int, err error) (Result, error) {
		word := ""
		for _, t := range p.toks {
			if int(t.r0) == off {
				word = text[t.b0:t.b1]
				break
			}
		}
		return Result{}, &NormalizeError{Text: text, Offset: off, Word: word, Err: err}
	}
	if len(p.toks) == 0 {
		return fail(0, ErrEmpty)
	}
	end := len(p.toks)
	for end > 1 && p.toks[end-1].kind == tPunct && (p.toks[end-1].ch == '.' || p.toks[end-1].ch == ',' || p.toks[end-1].ch == ';') {
		end--
	}
	// A possessive: "Friday's", "last year's".
	if end > 2 && p.letter(end-1, 's') && p.toks[end-1].sp == 0 && p.punct(end-2, '\'') && p.toks[end-2].sp == 0 && p.toks[end-3].kind == tWord {
		end -= 2
	}
	p.toks = p.toks[:end]
	var it item
	ok := false
	start := 0
	for {
		p.bad, p.badErr, p.nextra = false, nil, 0
		it, ok = p.expr(start)
		if ok && it.end == end {
			break
		}
		if p.bad && p.badErr != nil {
			return fail(int(p.toks[start].r0), p.badErr)
		}
		if p.bad {
			return fail(int(p.toks[start].r0), ErrNoSuchDay)
		}
		// A leading preposition ("on Monday", "in July", "at noon").
		if start+1 < end && (p.has(start, rOn) > 0 || p.has(start, rAt) > 0 || p.has(start, rIn) > 0 || p.has(start, rDuring) > 0) {
			start++
			continue
		}
		if ok {
			return fail(int(p.toks[it.end].r0), ErrTrailing)
		}
		return fail(int(p.toks[start].r0), ErrNotDate)
	}
	return p.result(it, text), nil
}
