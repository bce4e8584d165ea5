package timex

import (
	"time"

	"github.com/newsmodel/newsmodel/internal/calendar"
)

// zone reads a zone abbreviation with an optional offset ("ET", "UTC-05",
// "GMT+1") or a bare offset ("+0300", "-05:00"), also in parentheses.
func (p *parser) zone(j int, c *clock) (int, bool) {
	paren := false
	if p.punct(j, '(') {
		paren = true
		j++
	}
	k := j
	found := false
	if e, k2 := p.ent(j, rZone); e != nil {
		c.zone = int(e.val)
		k, found = k2, true
	}
	if (p.punct(k, '+') || p.punct(k, '-') || p.punct(k, '−')) && (found || !paren) {
		sign := 1
		if !p.punct(k, '+') {
			sign = -1
		}
		if v, nd, ok := p.num(k + 1); ok && p.adj(k+1) {
			h, m := 0, 0
			kk := k + 2
			switch nd {
			case 1, 2:
				h = v
				if p.punct(kk, ':') && p.adj(kk) {
					if mm, nd2, ok := p.num(kk + 1); ok && nd2 == 2 && p.adj(kk+1) {
						m, kk = mm, kk+2
					}
				}
			case 4:
				h, m = v/100, v%100
			default:
				return 0, false
			}
			if h > 14 || m > 59 {
				return 0, false
			}
			c.extra = sign * (h*3600 + m*60)
			c.hasOff = true
			k, found = kk, true
		}
	}
	if !found {
		return 0, false
	}
	if paren {
		if !p.punct(k, ')') {
			return 0, false
		}
		k++
	}
	return k, true
}

// offset returns the zone offset of c at the local time y-m-d c.h:c.m:c.s,
// and whether c has a zone. A local time that a change of clocks skips has
// no offset (gap true); one that occurs twice has two, the earlier instant's
// first (alt is the other, altOK true).
func (p *parser) offset(c clock, y, m, d int) (off int, ok, gap bool, alt int, altOK bool) {
	var at func(u time.Time) int
	switch {
	case c.zone < 0 && c.hasOff:
		return c.extra, true, false, 0, false
	case c.zone < 0 && p.n.loc != nil:
		loc := p.n.loc
		at = func(u time.Time) int { _, o := u.In(loc).Zone(); return o }
	case c.zone < 0:
		return 0, false, false, 0, false
	default:
		z := p.c.lang.Zones[c.zone]
		std := z.Offset + c.extra
		switch z.DST {
		case USDST:
			at = func(u time.Time) int {
				ls := u.Add(time.Duration(std) * time.Second)
				if calendar.USDST(ls.Year(), int(ls.Month()), ls.Day(), ls.Hour()) {
					return std + 3600
				}
				return std
			}
		case EUDST:
			at = func(u time.Time) int {
				if calendar.EUDST(u.Year(), int(u.Month()), u.Day(), u.Hour()) {
					return std + 3600
				}
				return std
			}
		default:
			return std, true, false, 0, false
		}
	}
	// The offsets in force a day before and after the wall time read as
	// UTC bracket every reading of it, since clocks change months apart.
	wall := time.Date(y, time.Month(m), d, c.h, c.m, c.s, 0, time.UTC)
	o1, o2 := at(wall.Add(-24*time.Hour)), at(wall.Add(24*time.Hour))
	ok1 := at(wall.Add(-time.Duration(o1)*time.Second)) == o1
	ok2 := o2 != o1 && at(wall.Add(-time.Duration(o2)*time.Second)) == o2
	switch {
	case ok1 && ok2:
		// Twice: the larger offset is the earlier instant.
		if o2 > o1 {
			o1, o2 = o2, o1
		}
		return o1, true, false, o2, true
	case ok1:
		return o1, true, false, 0, false
	case ok2:
		return o2, true, false, 0, false
	}
	return 0, false, true, 0, false
}
