package timex

import (
	"github.com/newsmodel/newsmodel/news"
)

// This file reads the short numeric forms: dates without a year or with
// only a month ("7/4", "on 12/25", "3/2024", "2024/07", "2024.07"),
// non-padded ISO-like dates ("2024-7-4"), a month name between numbers
// ("2024-Jul-04"), quarters glued to their year ("2024Q3", "3Q24"), and
// the East Asian date with its unit characters ("2024年7月4日 15時30分",
// "2024년 7월 4일").

// cjkMarks are the characters that follow the year, month, day, hour,
// minute and second of an East Asian date: Chinese and Japanese share the
// first set, Korean writes the second.
var cjkMarks = [...][6]string{
	{"年", "月", "日", "時", "分", "秒"},
	{"年", "月", "日", "时", "分", "秒"},
	{"년", "월", "일", "시", "분", "초"},
}

// shortNumeric reads the forms of this file at token i, a number.
func (p *parser) shortNumeric(i int) (item, bool) {
	a, nda, _ := p.num(i)
	j := i + 1
	if j >= len(p.toks) || !p.adj(j) {
		return item{}, false
	}
	if p.toks[j].kind == tWord {
		if it, ok := p.cjkDate(i); ok {
			return it, true
		}
		return p.gluedQuarter(i, a, nda)
	}
	if p.toks[j].kind != tPunct {
		return item{}, false
	}
	sep := p.toks[j].ch
	if sep != '/' && sep != '.' && sep != '-' {
		return item{}, false
	}
	// 2024-Jul-04.
	if nda == 4 && sep == '-' && p.adj(j+1) {
		if e, k := p.ent(j+1, rMonth); e != nil && p.dash(k) && p.adj(k) && p.adj(k+1) {
			if d, ndd, ok := p.num(k + 1); ok && ndd <= 2 {
				return p.dayItem(i, k+2, a, int(e.val), d, true, news.Explicit)
			}
			return item{}, false
		}
	}
	b, ndb, ok := p.num(j + 1)
	if !ok || !p.adj(j+1) {
		return item{}, false
	}
	end := j + 2
	third := p.punct(end, sep) && p.adj(end) && p.adj(end+1) && end+1 < len(p.toks) && p.toks[end+1].kind == tNum
	switch {
	case nda == 4 && third:
		// 2024-7-4, 2024/7/4: a part of one digit (two digits each is
		// ISO 8601 or numeric's).
		c, ndc, _ := p.num(end + 1)
		if ndb > 2 || ndc > 2 || ndb == 2 && ndc == 2 || p.moreNumbers(end+2, sep) {
			return item{}, false
		}
		return p.dayItem(i, end+2, a, b, c, true, news.Explicit)
	case third:
		return item{}, false
	case nda == 4 && ndb == 2 && (sep == '/' || sep == '.' && !p.find):
		// 2024/07, 2024.07.
		if p.moreNumbers(end, sep) || b < 1 || b > 12 {
			return item{}, false
		}
		return p.monthItem(i, end, a, b)
	case nda <= 2 && ndb == 4 && sep == '/':
		// 3/2024.
		if a < 1 || a > 12 {
			return item{}, false
		}
		return p.monthItem(i, end, b, a)
	case nda <= 2 && ndb <= 2 && sep == '/':
		// 7/4, 12/25: a day without a year, read as WithDayFirst says;
		// in running text only after "on".
		if p.find && (i == 0 || p.has(i-1, rOn) != i) {
			return item{}, false
		}
		if p.moreNumbers(end, sep) || end < len(p.toks) && p.adj(end) && p.toks[end].kind == tNum {
			return item{}, false
		}
		m, d := a, b
		if p.n.dayFirst {
			m, d = b, a
		}
		if !validDay(2000, m, d) {
			if !validDay(2000, d, m) {
				p.bad = true
				return item{}, false
			}
			m, d = d, m
		}
		it, ok := p.yearless(i, end, m, d, -1)
		if ok && m != d && validDay(2000, d, m) {
			t, _ := it.d.Start()
			p.addAlt(&it, dayD(t.Year(), d, m))
		}
		return it, ok
	}
	return item{}, false
}

// moreNumbers reports whether token k continues a run of numbers joined by
// sep ("1.2.3.4"), which is no date.
func (p *parser) moreNumbers(k int, sep rune) bool {
	return p.punct(k, sep) && p.adj(k) && k+1 < len(p.toks) && p.toks[k+1].kind == tNum && p.adj(k+1)
}

// monthItem is the month y-m over tokens [i, end).
func (p *parser) monthItem(i, end, y, m int) (item, bool) {
	d := monthD(y, m)
	if d.IsZero() {
		p.bad = true
		return item{}, false
	}
	return item{start: i, end: end, k: kMonth, y: y, m: m, yearGiven: true, res: news.Explicit, d: d}, true
}

// gluedQuarter reads 2024Q3 and 3Q24: a quarter letter glued to its year.
func (p *parser) gluedQuarter(i, a, nda int) (item, bool) {
	j := p.has(i+1, rQPrefix)
	if j < 0 || !p.adj(j) {
		return item{}, false
	}
	v, ndv, ok := p.num(j)
	if !ok || p.adj(j+1) && j+1 < len(p.toks) && p.toks[j+1].kind != tPunct {
		return item{}, false
	}
	var y, q int
	switch {
	case nda == 4 && ndv == 1:
		y, q = a, v
	case nda == 1 && (ndv == 2 || ndv == 4):
		y, q = v, a
		if ndv == 2 {
			y = p.pivot(v)
		}
	default:
		return item{}, false
	}
	if q < 1 || q > 4 {
		return item{}, false
	}
	d := groupD(y, q, 3)
	return item{start: i, end: j + 1, res: news.Explicit, d: d}, !d.IsZero()
}

// cjkDate reads 2024年7月4日, 2024年7月, with a time 15時30分 or 15:30.
func (p *parser) cjkDate(i int) (item, bool) {
	y, _, _ := p.num(i)
	for _, marks := range cjkMarks {
		if !p.word(i+1, marks[0]) {
			continue
		}
		m, _, ok := p.num(i + 2)
		if !ok || !p.word(i+3, marks[1]) {
			return item{}, false
		}
		d, _, ok := p.num(i + 4)
		if !ok || !p.word(i+5, marks[2]) {
			return p.monthItem(i, i+4, y, m)
		}
		it, ok := p.dayItem(i, i+6, y, m, d, true, news.Explicit)
		if !ok {
			return it, false
		}
		k := i + 6
		c := clock{zone: -1}
		if h, _, ok := p.num(k); ok && p.word(k+1, marks[3]) {
			c.h, c.prec, k = h, news.PrecisionHour, k+2
			if mi, _, ok := p.num(k); ok && p.word(k+1, marks[4]) {
				c.m, c.prec, k = mi, news.PrecisionMinute, k+2
				if s, _, ok := p.num(k); ok && p.word(k+1, marks[5]) {
					c.s, c.prec, k = s, news.PrecisionSecond, k+2
				}
			}
			if c.h > 23 || c.m > 59 || c.s > 59 {
				p.bad = true
				return item{}, false
			}
			dt, ok := p.dateTime(y, m, d, c)
			if !ok {
				return item{}, false
			}
			it.end, it.d, it.hasTime, it.lazy = k, dt, true, false
		}
		return it, true
	}
	return item{}, false
}

// word reports whether token i is the word w, exactly.
func (p *parser) word(i int, w string) bool {
	return i < len(p.toks) && p.toks[i].kind == tWord && p.s[p.toks[i].b0:p.toks[i].b1] == w
}
