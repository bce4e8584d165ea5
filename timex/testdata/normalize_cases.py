#!/usr/bin/env python3
"""Writes normalize_cases.tsv: expressions, anchors and the expected EDTF,
TIMEX3 and precision.

The expected values of relative expressions are computed here, with Python's
own calendar (datetime, isocalendar, dateutil's Easter), from the rules that
the Normalizer documents, so that the Go code is checked against a second,
independent implementation. Absolute forms are written out by hand.

Run from the repository root:  python3 timex/testdata/normalize_cases.py
(It predates the TimeML rules for early/mid/late X, clock hours, N weeks
ago and the TIMEX3 column; see the header of normalize_cases.tsv.)
"""
import datetime as dt
import os

from dateutil.easter import easter

D = dt.date
ONE = dt.timedelta(days=1)

MONTHS = ["january", "february", "march", "april", "may", "june", "july",
          "august", "september", "october", "november", "december"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
            "Saturday", "Sunday"]  # Python's weekday() order
WORDS = {1: "one", 2: "two", 3: "three", 4: "four", 5: "five", 6: "six",
         7: "seven", 8: "eight", 9: "nine", 10: "ten", 12: "twelve",
         21: "twenty-one", 30: "thirty"}

GROUP = {21: "SP", 22: "SU", 23: "FA", 24: "WI", 33: "Q1", 34: "Q2",
         35: "Q3", 36: "Q4", 37: "T1", 38: "T2", 39: "T3", 40: "H1", 41: "H2"}
PREC_ORDER = ["century", "decade", "year", "half", "quadrimester", "quarter",
              "season", "month", "week", "day", "hour", "minute", "second"]


def prec1(s):
    s = s.rstrip("?~%")
    if s.endswith("XX") and len(s) == 4:
        return "century"
    if s.endswith("X") and len(s) == 4:
        return "decade"
    if len(s) == 4:
        return "year"
    if "W" in s:
        return "week" if len(s) == 8 else "day"
    if "T" in s:
        t = s[11:]
        for z in "Z+-":
            if z in t:
                t = t[:t.index(z)]
        return {2: "hour", 5: "minute"}.get(len(t), "second")
    if len(s) == 7:
        g = int(s[5:])
        if g <= 12:
            return "month"
        if g <= 32:
            return "season"
        if g <= 36:
            return "quarter"
        if g <= 39:
            return "quadrimester"
        return "half"
    return "day"


def timex1(s):
    s = s.rstrip("?~%")
    p = prec1(s)
    if p == "decade":
        return s[:3]
    if p == "century":
        return s[:2]
    if p in ("season", "quarter", "quadrimester", "half"):
        return s[:5] + GROUP[int(s[5:])]
    if "T" in s:
        t = s[11:]
        for z in "Z+-":
            if z in t:
                t = t[:t.index(z)]
        return s[:11] + t
    return s


def row(expr, anchor, edtf, opts=""):
    if edtf.startswith("P"):
        return [expr, str(anchor), edtf, edtf, "duration", opts]
    if "/" in edtf:
        a, b = edtf.split("/")
        ta = "" if a in ("..", "") else timex1(a)
        tb = "" if b in ("..", "") else timex1(b)
        ps = [prec1(x) for x in (a, b) if x not in ("..", "")]
        p = min(ps, key=PREC_ORDER.index)
        return [expr, str(anchor), edtf, ta + "/" + tb, p, opts]
    return [expr, str(anchor), edtf, timex1(edtf), prec1(edtf), opts]


def day(d):
    return d.isoformat()


def month(y, m):
    return "%04d-%02d" % (y, m)


def week(d):
    y, w, _ = d.isocalendar()
    return "%04d-W%02d" % (y, w)


def add_months(y, m, n):
    k = y * 12 + (m - 1) + n
    return k // 12, k % 12 + 1


def monday(d):
    return d - dt.timedelta(days=d.weekday())


def last_day(y, m):
    y2, m2 = add_months(y, m, 1)
    return D(y2, m2, 1) - ONE


def nth_weekday(y, m, wd, n):
    if n < 0:
        d = last_day(y, m)
        while d.weekday() != wd:
            d -= ONE
        return d
    d = D(y, m, 1)
    while d.weekday() != wd:
        d += ONE
    return d + dt.timedelta(days=7 * (n - 1))


HOLIDAYS = {
    "Christmas": lambda y: D(y, 12, 25),
    "Christmas Eve": lambda y: D(y, 12, 24),
    "New Year's Day": lambda y: D(y, 1, 1),
    "New Year's Eve": lambda y: D(y, 12, 31),
    "Independence Day": lambda y: D(y, 7, 4),
    "Halloween": lambda y: D(y, 10, 31),
    "Valentine's Day": lambda y: D(y, 2, 14),
    "Juneteenth": lambda y: D(y, 6, 19),
    "Veterans Day": lambda y: D(y, 11, 11),
    "Easter": easter,
    "Good Friday": lambda y: easter(y) - 2 * ONE,
    "Easter Monday": lambda y: easter(y) + ONE,
    "Thanksgiving": lambda y: nth_weekday(y, 11, 3, 4),
    "Black Friday": lambda y: nth_weekday(y, 11, 3, 4) + ONE,
    "Memorial Day": lambda y: nth_weekday(y, 5, 0, -1),
    "Labor Day": lambda y: nth_weekday(y, 9, 0, 1),
    "Martin Luther King Day": lambda y: nth_weekday(y, 1, 0, 3),
    "Presidents Day": lambda y: nth_weekday(y, 2, 0, 3),
    "Mother's Day": lambda y: nth_weekday(y, 5, 6, 2),
    "Father's Day": lambda y: nth_weekday(y, 6, 6, 3),
    "Columbus Day": lambda y: nth_weekday(y, 10, 0, 2),
    "Election Day": lambda y: nth_weekday(y, 11, 0, 1) + ONE,
}

SEASON_START = {21: 3, 22: 6, 23: 9, 24: 12}
SEASON_NAME = {21: "spring", 22: "summer", 23: "autumn", 24: "winter"}


def season_bounds(y, s):
    a = D(y, SEASON_START[s], 1)
    y2, m2 = add_months(y, SEASON_START[s], 3)
    return a, D(y2, m2, 1)


def season_of(d):
    m = d.month
    if m <= 2:
        return d.year - 1, 24
    if m == 12:
        return d.year, 24
    return d.year, 21 + (m - 3) // 3


ANCHORS = [
    D(2025, 3, 23),   # a Sunday; the seed story
    D(2025, 3, 24),   # a Monday
    D(2024, 2, 29),   # leap day, a Thursday
    D(2024, 12, 31),  # belongs to ISO week 2025-W01
    D(2025, 1, 1),    # year boundary, a Wednesday
    D(2020, 12, 31),  # ISO week 2020-W53
    D(2021, 1, 3),    # a Sunday in 2020-W53
    D(2025, 3, 9),    # US daylight time starts
    D(2025, 11, 2),   # US daylight time ends
    D(2025, 7, 31),   # end of a 31-day month
    D(2023, 10, 29),  # EU summer time ends
    D(2026, 6, 15),
]


def relative(a):
    out = []
    out.append(row("today", a, day(a)))
    out.append(row("yesterday", a, day(a - ONE)))
    out.append(row("tomorrow", a, day(a + ONE)))
    out.append(row("tonight", a, day(a)))
    out.append(row("this morning", a, day(a)))
    out.append(row("last night", a, day(a - ONE)))
    out.append(row("the day before yesterday", a, day(a - 2 * ONE)))
    out.append(row("the day after tomorrow", a, day(a + 2 * ONE)))
    for wd in (0, 2, 4, 6):
        name = WEEKDAYS[wd]
        back = (a.weekday() - wd) % 7
        out.append(row(name, a, day(a - dt.timedelta(days=back))))
        out.append(row("on " + name, a, day(a + dt.timedelta(days=(wd - a.weekday()) % 7)), "future"))
        out.append(row("last " + name, a, day(a - dt.timedelta(days=(a.weekday() - wd - 1) % 7 + 1))))
        out.append(row("next " + name, a, day(a + dt.timedelta(days=(wd - a.weekday() - 1) % 7 + 1))))
        out.append(row("this " + name, a, day(monday(a) + dt.timedelta(days=wd))))
    out.append(row("last week", a, week(a - 7 * ONE)))
    out.append(row("this week", a, week(a)))
    out.append(row("next week", a, week(a + 7 * ONE)))
    out.append(row("the past week", a, week(a - 7 * ONE)))
    y, m = add_months(a.year, a.month, -1)
    out.append(row("last month", a, month(y, m)))
    out.append(row("this month", a, month(a.year, a.month)))
    y, m = add_months(a.year, a.month, 1)
    out.append(row("next month", a, month(y, m)))
    out.append(row("last year", a, "%04d" % (a.year - 1)))
    out.append(row("this year", a, "%04d" % a.year))
    out.append(row("next year", a, "%04d" % (a.year + 1)))
    out.append(row("this decade", a, "%03dX" % (a.year // 10)))
    q = (a.month - 1) // 3
    out.append(row("this quarter", a, "%04d-%d" % (a.year, 33 + q)))
    y, m = add_months(a.year, a.month, -3)
    out.append(row("last quarter", a, "%04d-%d" % (y, 33 + (m - 1) // 3)))
    y, m = add_months(a.year, a.month, 3)
    out.append(row("next quarter", a, "%04d-%d" % (y, 33 + (m - 1) // 3)))
    sat = monday(a) + 5 * ONE
    out.append(row("this weekend", a, day(sat) + "/" + day(sat + ONE)))
    out.append(row("last weekend", a, day(sat - 7 * ONE) + "/" + day(sat - 6 * ONE)))
    out.append(row("next weekend", a, day(sat + 7 * ONE) + "/" + day(sat + 8 * ONE)))
    for n, unit in ((2, "days"), (3, "weeks"), (5, "months"), (3, "years"), (21, "days"), (1, "week")):
        for word in (str(n), WORDS.get(n)):
            if word is None:
                continue
            if unit == "days":
                want = day(a - dt.timedelta(days=n))
                later = day(a + dt.timedelta(days=n))
            elif unit in ("weeks", "week"):
                want = week(a - dt.timedelta(days=7 * n))
                later = week(a + dt.timedelta(days=7 * n))
            elif unit == "months":
                want = month(*add_months(a.year, a.month, -n))
                later = month(*add_months(a.year, a.month, n))
            else:
                want = "%04d" % (a.year - n)
                later = "%04d" % (a.year + n)
            out.append(row("%s %s ago" % (word, unit), a, want))
            out.append(row("in %s %s" % (word, unit), a, later))
            if word.isdigit():
                out.append(row("%s %s later" % (word, unit), a, later))
                out.append(row("%s %s earlier" % (word, unit), a, want))
    out.append(row("a year ago", a, "%04d" % (a.year - 1)))
    out.append(row("a month ago", a, month(*add_months(a.year, a.month, -1))))
    out.append(row("a week ago", a, week(a - 7 * ONE)))
    out.append(row("a decade ago", a, "%04d~" % (a.year - 10)))
    out.append(row("two decades ago", a, "%04d~" % (a.year - 20)))
    for m in (1, 3, 7, 12):
        name = MONTHS[m - 1].capitalize()
        y = a.year if m < a.month else a.year - 1
        out.append(row("last " + name, a, month(y, m)))
        y = a.year if m > a.month else a.year + 1
        out.append(row("next " + name, a, month(y, m)))
        out.append(row("this " + name, a, month(a.year, m)))
        y = a.year if m <= a.month else a.year - 1
        out.append(row(name, a, month(y, m)))
        out.append(row("in " + name, a, month(a.year if m >= a.month else a.year + 1, m), "future"))
    for m, d in ((3, 23), (12, 25), (2, 28), (7, 4), (1, 1)):
        name = MONTHS[m - 1].capitalize()
        y = a.year if (m, d) <= (a.month, a.day) else a.year - 1
        out.append(row("%s %d" % (name, d), a, day(D(y, m, d))))
        y = a.year if (m, d) >= (a.month, a.day) else a.year + 1
        out.append(row("%s %d" % (name, d), a, day(D(y, m, d)), "future"))
    for n, word in ((1, "1st"), (15, "15th"), (23, "23rd"), (31, "31st")):
        y, m = a.year, a.month
        for _ in range(13):
            try:
                cand = D(y, m, n)
            except ValueError:
                cand = None
            if cand and cand <= a:
                break
            y, m = add_months(y, m, -1)
        out.append(row("the " + word, a, day(cand)))
    for name, f in HOLIDAYS.items():
        h = f(a.year)
        past = h if h <= a else f(a.year - 1)
        fut = h if h >= a else f(a.year + 1)
        out.append(row(name, a, day(past)))
        out.append(row(name, a, day(fut), "future"))
    ws = monday(a)
    out.append(row("earlier this week", a, day(ws) + "/" + day(a)))
    out.append(row("later this week", a, day(a) + "/" + day(ws + 6 * ONE)))
    out.append(row("earlier this month", a, day(D(a.year, a.month, 1)) + "/" + day(a)))
    out.append(row("later this month", a, day(a) + "/" + day(last_day(a.year, a.month))))
    out.append(row("earlier this year", a, month(a.year, 1) + "/" + month(a.year, a.month)))
    out.append(row("later this year", a, month(a.year, a.month) + "/" + month(a.year, 12)))
    ld = last_day(a.year, a.month)
    out.append(row("the end of the month", a, day(D(a.year, a.month, 21)) + "/" + day(ld)))
    out.append(row("the beginning of the month", a, day(D(a.year, a.month, 1)) + "/" + day(D(a.year, a.month, 10))))
    out.append(row("the end of the year", a, "%04d-39" % a.year))
    out.append(row("the beginning of next year", a, "%04d-37" % (a.year + 1)))
    out.append(row("by the end of the year", a, "../%04d" % a.year))
    for s in (21, 22, 23, 24):
        name = SEASON_NAME[s]
        # The season containing the anchor, or the nearest one.
        cands = []
        for y in (a.year - 1, a.year, a.year + 1):
            lo, hi = season_bounds(y, s)
            dist = (lo - a).days if a < lo else ((a - hi).days + 1 if a >= hi else 0)
            cands.append((dist, y))
        cur = min(cands)[1]
        lo, hi = season_bounds(cur, s)
        last = cur if hi <= a else cur - 1
        nxt = cur if lo > a else cur + 1
        out.append(row("last " + name, a, "%04d-%d" % (last, s)))
        out.append(row("next " + name, a, "%04d-%d" % (nxt, s)))
        # "this S": the S of the anchor's year; in January and February
        # "this winter" is the one under way, begun the year before.
        this = a.year - 1 if s == 24 and a.month <= 2 else a.year
        out.append(row("this " + name, a, "%04d-%d" % (this, s)))
        if s == 23:
            out.append(row("this fall", a, "%04d-%d" % (this, s)))
    cy, cs = season_of(a)
    out.append(row("this season", a, "%04d-%d" % (cy, cs)))
    out.append(row("the past two weeks", a, day(a - 14 * ONE) + "/" + day(a)))

    def shift_months(n):
        y, m = add_months(a.year, a.month, n)
        return D(y, m, min(a.day, last_day(y, m).day))

    out.append(row("the past three months", a, day(shift_months(-3)) + "/" + day(a)))
    out.append(row("the next five years", a, day(a) + "/" + day(shift_months(60))))
    out.append(row("within two weeks", a, day(a) + "/" + day(a + 14 * ONE)))
    out.append(row("within 24 hours", a, day(a) + "T00Z/" + day(a + ONE) + "T00Z"))
    out.append(row("in the next six months", a, day(a) + "/" + day(shift_months(6))))
    out.append(row("the next 30 days", a, day(a) + "/" + day(a + 30 * ONE)))
    return out


def absolute():
    a = D(2025, 3, 23)
    cases = [
        ("2025-03-23", "2025-03-23"),
        ("2025-03", "2025-03"),
        ("2025-W12", "2025-W12"),
        ("2025-W12-7", "2025-03-23"),
        ("2020-W53", "2020-W53"),
        ("20250323", "2025-03-23"),
        ("2025-03-23T14:05:00Z", "2025-03-23T14:05:00Z"),
        ("2025-03-23T14:05:00-04:00", "2025-03-23T14:05:00-04:00"),
        ("2025-03-23T14:05Z", "2025-03-23T14:05Z"),
        ("2025-03-23T14:05", "2025-03-23T14:05"),
        ("2025-03-23t14:05:00z", "2025-03-23T14:05:00Z"),
        ("2025-03-23T14:05:00.123Z", "2025-03-23T14:05:00.123Z"),
        ("2025-03-23T14:05:00,5+01:00", "2025-03-23T14:05:00.5+01:00"),
        ("2025-03-23 14:05:00+01:00", "2025-03-23T14:05:00+01:00"),
        ("2025-03-23 14:05:00 UTC", "2025-03-23T14:05:00Z"),
        ("20250323T140500Z", "2025-03-23T14:05:00Z"),
        ("20250323T1405+0530", "2025-03-23T14:05+05:30"),
        ("Sun, 23 Mar 2025 14:05:00 EDT", "2025-03-23T14:05:00-04:00"),
        ("Sun, 23 Mar 2025 14:05:00 GMT", "2025-03-23T14:05:00Z"),
        ("Sun, 23 Mar 2025 14:05:00 +0000", "2025-03-23T14:05:00Z"),
        ("Sun, 23 Mar 2025 14:05:00 -0500", "2025-03-23T14:05:00-05:00"),
        ("Sun, 23 Mar 2025 14:05 PST", "2025-03-23T14:05-08:00"),
        ("Mon, 02 Jan 2006 15:04:05 MST", "2006-01-02T15:04:05-07:00"),
        ("Sunday, 23-Mar-25 14:05:00 GMT", "2025-03-23T14:05:00Z"),
        ("23 Mar 2025 14:05:00 CET", "2025-03-23T14:05:00+01:00"),
        ("March 23, 2025 at 10:15 a.m. ET", "2025-03-23T10:15-04:00"),
        ("March 3, 2025 at 10:15 a.m. ET", "2025-03-03T10:15-05:00"),
        ("March 9, 2025 at 3 a.m. ET", "2025-03-09T03:00-04:00"),
        # 02:00-03:00 ET of 9 March 2025 never was; 01:00-02:00 ET of
        # 2 November 2025 was twice, first at -04:00 (then at -05:00).
        ("March 9, 2025 at 1:59 a.m. ET", "2025-03-09T01:59-05:00"),
        ("November 2, 2025 at 1:30 a.m. ET", "2025-11-02T01:30-04:00"),
        ("November 2, 2025 at 2:30 a.m. ET", "2025-11-02T02:30-05:00"),
        ("November 2, 2025 at 12:30 a.m. ET", "2025-11-02T00:30-04:00"),
        ("March 9, 2025 at 1 a.m. ET", "2025-03-09T01:00-05:00"),
        ("November 2, 2025 at 3 a.m. ET", "2025-11-02T03:00-05:00"),
        ("July 4, 2025 at 9 p.m. PT", "2025-07-04T21:00-07:00"),
        ("January 20, 2025 at noon ET", "2025-01-20T12:00-05:00"),
        ("March 23, 2025, 10:15 p.m. CT", "2025-03-23T22:15-05:00"),
        ("March 23, 2025 14:05 UTC-05", "2025-03-23T14:05-05:00"),
        ("March 23, 2025 14:05 GMT+1", "2025-03-23T14:05+01:00"),
        ("March 23, 2025 14:05 +0300", "2025-03-23T14:05+03:00"),
        ("March 23, 2025 at 8 p.m. MSK", "2025-03-23T20:00+03:00"),
        ("March 23, 2025 at 9:30 a.m. IST", "2025-03-23T09:30+05:30"),
        ("March 23, 2025 at 9 a.m. JST", "2025-03-23T09:00+09:00"),
        ("March 23, 2025 at 9 a.m. AEDT", "2025-03-23T09:00+11:00"),
        ("March 23, 2025 at 9 a.m. BST", "2025-03-23T09:00+01:00"),
        ("March 23, 2025 at 9 a.m. CEST", "2025-03-23T09:00+02:00"),
        ("March 23, 2025 at 9 a.m. EET", "2025-03-23T09:00+02:00"),
        ("23.03.2025", "2025-03-23"),
        ("2025/03/23", "2025-03-23"),
        ("2025.03.23", "2025-03-23"),
        ("3/23/2025", "2025-03-23"),
        ("23/3/2025", "2025-03-23"),
        ("12/25/24", "2024-12-25"),
        ("March 23, 2025", "2025-03-23"),
        ("March 23 2025", "2025-03-23"),
        ("March 23rd, 2025", "2025-03-23"),
        ("23 March 2025", "2025-03-23"),
        ("23rd March 2025", "2025-03-23"),
        ("the 23rd of March, 2025", "2025-03-23"),
        ("Mar. 23, 2025", "2025-03-23"),
        ("Sept. 11, 2001", "2001-09-11"),
        ("Sunday, March 23, 2025", "2025-03-23"),
        ("Sunday, March 23", "2025-03-23"),
        ("Saturday, March 23", "2024-03-23"),
        ("March 2025", "2025-03"),
        ("March of 2025", "2025-03"),
        ("Feb 2024", "2024-02"),
        ("2025", "2025"),
        ("1066", "1066"),
        ("'70", "1970"),
        ("'25", "2025"),
        ("the 1990s", "199X"),
        ("1990s", "199X"),
        ("the '90s", "199X"),
        ("the 1960's", "196X"),
        ("mid-2024", "2024-38"),
        ("early 2024", "2024-37"),
        ("late 2024", "2024-39"),
        ("early March 2025", "2025-03-01/2025-03-10"),
        ("mid-March 2025", "2025-03-11/2025-03-20"),
        ("late February 2024", "2024-02-21/2024-02-29"),
        ("late February 2025", "2025-02-21/2025-02-28"),
        ("the early 1990s", "1990/1993"),
        ("the mid-1990s", "1994/1996"),
        ("the late 1990s", "1997/1999"),
        ("Q1 2025", "2025-33"),
        ("Q4 2024", "2024-36"),
        ("H2 2024", "2024-41"),
        ("the first quarter of 2025", "2025-33"),
        ("the third quarter of 2024", "2024-35"),
        ("the fourth quarter of 2024", "2024-36"),
        ("the first half of 2025", "2025-40"),
        ("the second half of 2024", "2024-41"),
        ("spring 2024", "2024-21"),
        ("summer 2024", "2024-22"),
        ("autumn 2024", "2024-23"),
        ("fall 2024", "2024-23"),
        ("winter 2024", "2024-24"),
        ("the summer of 2024", "2024-22"),
        ("noon", "2025-03-23T12:00"),
        ("midnight", "2025-03-23T00:00"),
        ("10:15 p.m.", "2025-03-23T22:15"),
        ("10:15 pm", "2025-03-23T22:15"),
        ("10am", "2025-03-23T10:00"),
        ("14:05", "2025-03-23T14:05"),
        ("14:05:30", "2025-03-23T14:05:30"),
        ("12 a.m.", "2025-03-23T00:00"),
        ("12 p.m.", "2025-03-23T12:00"),
        ("10 a.m. ET", "2025-03-23T10:00-04:00"),
        ("14:05 GMT", "2025-03-23T14:05Z"),
        ("yesterday at 10 a.m.", "2025-03-22T10:00"),
        ("tomorrow at noon", "2025-03-24T12:00"),
        ("Christmas 2024", "2024-12-25"),
        ("Easter 2025", "2025-04-20"),
        ("Easter 2024", "2024-03-31"),
        ("Easter 2019", "2019-04-21"),
        ("Thanksgiving 2024", "2024-11-28"),
        ("Thanksgiving 2025", "2025-11-27"),
        ("Memorial Day 2025", "2025-05-26"),
        ("Labor Day 2025", "2025-09-01"),
        ("Election Day 2024", "2024-11-05"),
        ("Election Day 2020", "2020-11-03"),
        ("Independence Day 2026", "2026-07-04"),
        ("New Year's Day 2026", "2026-01-01"),
        ("New Year’s Eve 2024", "2024-12-31"),
        ("from March 1 to March 5, 2025", "2025-03-01/2025-03-05"),
        ("from March 1 to March 5", "2025-03-01/2025-03-05"),
        ("March 1-5", "2025-03-01/2025-03-05"),
        ("March 1–5, 2024", "2024-03-01/2024-03-05"),
        ("March 1 to April 5, 2024", "2024-03-01/2024-04-05"),
        ("between 2014 and 2022", "2014/2022"),
        ("from 2014 to 2022", "2014/2022"),
        ("1990–1995", "1990/1995"),
        ("1990-95", "1990/1995"),
        ("2014-2022", "2014/2022"),
        ("between March and May 2024", "2024-03/2024-05"),
        ("since 2014", "2014/.."),
        ("since March 2024", "2024-03/.."),
        ("since the 1990s", "199X/.."),
        ("until 2030", "../2030"),
        ("until May", "../2025-05"),
        ("until May 2024", "../2024-05"),
        ("before 2020", "../2019"),
        ("before March 2025", "../2025-02"),
        ("after 2020", "2021/.."),
        ("after March 3, 2025", "2025-03-04/.."),
        ("by 2030", "../2030"),
        ("by the end of 2026", "../2026"),
        ("by March 2026", "../2026-03"),
        ("two days before Christmas 2024", "2024-12-23"),
        ("three days after March 23, 2025", "2025-03-26"),
        ("twenty-one days ago", "2025-03-02"),
        ("a hundred years ago", "1925"),
        ("two hundred years ago", "1825"),
        ("this past weekend", "2025-03-15/2025-03-16"),
        ("this past Monday", "2025-03-17"),
        ("Friday's", "2025-03-21"),
        ("last month's", "2025-02"),
        ("3:30 p.m. (ET)", "2025-03-23T15:30-04:00"),
        ("at 3:30 p.m. Eastern time", "2025-03-23T15:30-04:00"),
        ("2 p.m. EST Tuesday", "2025-03-18T14:00-05:00"),
        ("Dec. 31, 2024, at 11:59 p.m.", "2024-12-31T23:59"),
        ("Jan. 6, 2021", "2021-01-06"),
        ("the past 24 hours", "2025-03-22T00Z/2025-03-23T00Z"),
        ("the 19th century", "18XX"),
        ("the 80s", "198X"),
        ("the 2010s", "201X"),
        ("the week of March 17", "2025-W12"),
        ("the night of July 13", "2024-07-13"),
        ("earlier in the week", "2025-03-17/2025-03-23"),
        ("mid-March", "2025-03-11/2025-03-20"),
        ("in late March", "2025-03-21/2025-03-31"),
        ("late last year", "2024-39"),
        ("early next month", "2025-04-01/2025-04-10"),
        ("March 15-16", "2025-03-15/2025-03-16"),
        ("the first half of the year", "2025-40"),
        ("Saturday, July 13, 2024", "2024-07-13"),
        ("Sunday, March 24, 2025", "2025-03-24?"),
        # A weekday that contradicts the date makes it uncertain, with or
        # without a time of day.
        ("Mon, 23 Mar 2025 14:05:00 +0000", "2025-03-23T14:05:00Z?"),
        ("Mon, 23 Mar 2025 14:05:00 EDT", "2025-03-23T14:05:00-04:00?"),
        ("Monday, March 23, 2025 at 2 p.m.", "2025-03-23T14:00?"),
        ("Monday 2025-03-23T14:05", "2025-03-23T14:05?"),
        ("two years earlier", "2023"),
        ("eight months earlier", "2024-07"),
        ("through 2026", "../2026"),
        ("the third quarter", "2024-35"),
        ("a fortnight ago", "2025-W10"),
        ("in a fortnight", "2025-W14"),
        ("for a fortnight", "P2W"),
        ("the nineties", "199X"),
        ("the early eighties", "1980/1983"),
        ("the mid-nineties", "1994/1996"),
        ("the summer", "2024-22"),
        # A range across the new year; "from March 5 to March 1" is no range.
        ("from December 20 to January 5", "2024-12-20/2025-01-05"),
    ]
    out = [row(e, a, w) for e, w in cases]
    out.append(row("3/4/2025", a, "2025-03-04"))
    out.append(row("3/4/2025", a, "2025-04-03", "dayfirst"))
    out.append(row("03-04-2025", a, "2025-03-04"))
    out.append(row("03-04-2025", a, "2025-04-03", "dayfirst"))
    out.append(row("12/25/2024", a, "2024-12-25", "dayfirst"))
    out.append(row("March 23, 2025 at 10:15 a.m.", a, "2025-03-23T10:15"))
    out.append(row("March 23, 2025 at 10:15 a.m.", a, "2025-03-23T10:15-04:00", "tz=America/New_York"))
    out.append(row("March 23, 2025 at 10:15 a.m.", a, "2025-03-23T10:15Z", "tz=UTC"))
    out.append(row("July 1, 2025 at 10:15 a.m.", a, "2025-07-01T10:15+02:00", "tz=Europe/Berlin"))
    for expr, w in (("30-day", "P30D"), ("for 30 days", "P30D"), ("three-year", "P3Y"),
                    ("two weeks", "P2W"), ("for a year", "P1Y"), ("six months", "P6M"),
                    ("90-minute", "PT90M"), ("for two hours", "PT2H"), ("a decade", "P10Y"),
                    ("10-year", "P10Y"), ("for three quarters", "P9M"), ("48 hours", "PT48H"),
                    ("twenty-one days", "P21D"), ("a 30-day", "")):
        if w:
            out.append(row(expr, a, w))
    return out


def main():
    rows = absolute()
    for a in ANCHORS:
        rows.extend(relative(a))
    seen = set()
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "normalize_cases.tsv")
    with open(path, "w") as f:
        f.write("# expression\tanchor\tEDTF\tTIMEX3\tprecision\toptions\n")
        f.write("# Written by normalize_cases.py; expected values computed independently in Python.\n")
        for r in rows:
            key = (r[0], r[1], r[5])
            if key in seen:
                continue
            seen.add(key)
            f.write("\t".join(r).rstrip("\t") + "\n")
    print(len(seen), "cases")


main()
