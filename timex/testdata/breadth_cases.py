#!/usr/bin/env python3
"""Writes breadth_cases.tsv: date expressions of the forms that news copy,
feeds and logs print, grouped by class, with values computed here with
Python's datetime, independently of the Go code.

Columns: class, expression, anchor, EDTF (or ISO 8601 duration, or - for a
set), TIMEX3 (value;attributes), precision, options, source.

Sources: "go-time" = the layout constants of Go's time package (UnixDate,
RubyDate, ANSIC, RFC850, RFC1123, RFC1123Z, Time.String); "rfc5322" = RFC
5322 / RFC 822 / RFC 1123 date-time syntax; "ecma262" = the ECMAScript
specification of Date.prototype.toString; "clf" = the NCSA common log
format; "iso8601" = ISO 8601 and its common relaxations; "cjk" = the
Chinese, Japanese and Korean calendar date notation; "timeml" = the TimeML
1.2.1 TIMEX3 annotation guidelines (mods, sets, durations); "calendar" = the
Gregorian calendar (weekdays, month lengths), as Python's datetime computes
it.
"""
import datetime as dt
import random

R = random.Random(12)
MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
MONTH = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
WD = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
ZONES = [(0, "GMT", "Greenwich Mean Time"), (2 * 60, "CEST", "Central European Summer Time"), (60, "CET", "Central European Standard Time"),
         (-7 * 60, "PDT", "Pacific Daylight Time"), (-8 * 60, "PST", "Pacific Standard Time"), (-4 * 60, "EDT", "Eastern Daylight Time"),
         (-5 * 60, "EST", "Eastern Standard Time"), (9 * 60, "JST", "Japan Standard Time"), (330, "IST", "India Standard Time"), (3 * 60, "MSK", "Moscow Standard Time")]
rows = []


def add(cls, expr, anchor, edtf, timex, prec, opts="", src=""):
    rows.append((cls, expr, anchor, edtf, timex, prec, opts, src))


def off_s(m, colon=True):
    if m == 0:
        return "Z"
    s = "+" if m > 0 else "-"
    m = abs(m)
    return "%s%02d%s%02d" % (s, m // 60, ":" if colon else "", m % 60)


def off_num(m):
    s = "+" if m >= 0 else "-"
    m = abs(m)
    return "%s%02d%02d" % (s, m // 60, m % 60)


def instant():
    y = R.randint(1971, 2040)
    d = dt.date(y, 1, 1) + dt.timedelta(days=R.randint(0, 364))
    return dt.datetime(d.year, d.month, d.day, R.randint(0, 23), R.randint(0, 59), R.randint(0, 59))


def iso(t, zone_min=None, frac=""):
    s = t.strftime("%Y-%m-%dT%H:%M:%S") + frac
    if zone_min is not None:
        s += off_s(zone_min)
    return s


ANCHOR = "2025-03-23"

# Machine timestamps.
for _ in range(22):
    t = instant()
    zm, zn, zlong = R.choice(ZONES)
    wd3 = WD[t.weekday()][:3]
    mon = MON[t.month - 1]
    v = iso(t, zm)
    add("machine", "%s %s %2d %s %s %d" % (wd3, mon, t.day, t.strftime("%H:%M:%S"), zn, t.year), ANCHOR, v, v, "second", "", "go-time UnixDate")
    add("machine", "%s %s %02d %s %s %d" % (wd3, mon, t.day, t.strftime("%H:%M:%S"), off_num(zm), t.year), ANCHOR, v, v, "second", "", "go-time RubyDate")
    f = iso(t)
    add("machine", "%s %s %2d %s %d" % (wd3, mon, t.day, t.strftime("%H:%M:%S"), t.year), ANCHOR, f, f, "second", "", "go-time ANSIC")
    add("machine", "%s, %02d %s %d %s %s (%s)" % (wd3, t.day, mon, t.year, t.strftime("%H:%M:%S"), off_num(zm), zn), ANCHOR, v, v, "second", "", "rfc5322 comment")
    add("machine", "%s, %02d %s %d %s %s%s" % (wd3, t.day, mon, t.year, t.strftime("%H:%M:%S"), zn, off_num(zm)), ANCHOR, v, v, "second", "", "rfc5322 zone and offset")
    add("machine", "%s %s %02d %d %s GMT%s (%s)" % (wd3, mon, t.day, t.year, t.strftime("%H:%M:%S"), off_num(zm), zlong), ANCHOR, v, v, "second", "", "ecma262 Date.prototype.toString")
    add("machine", "%02d/%s/%d:%s %s" % (t.day, mon, t.year, t.strftime("%H:%M:%S"), off_num(zm)), ANCHOR, v, v, "second", "", "clf")
    ms = "%03d" % R.randint(0, 999)
    vf = iso(t, zm, "." + ms)
    add("machine", "%s.%s %s %s" % (t.strftime("%Y-%m-%d %H:%M:%S"), ms, off_num(zm), zn), ANCHOR, vf, vf, "second", "", "go-time Time.String")
    add("machine", t.strftime("%Y%m%d%H%M%S"), ANCHOR, f, f, "second", "", "iso8601 basic, compact")
    vu = iso(t, 0)
    add("machine", "%s, %02d %s %d %s UT" % (wd3, t.day, mon, t.year, t.strftime("%H:%M:%S")), ANCHOR, vu, vu, "second", "", "rfc5322 UT")
    if 1950 <= t.year <= 2049:
        add("machine", "%s, %02d %s %02d %s %s" % (wd3, t.day, mon, t.year % 100, t.strftime("%H:%M:%S"), zn), ANCHOR, v, v, "second", "", "rfc5322 two-digit year")
        add("machine", "%s, %02d-%s-%02d %s %s" % (WD[t.weekday()], t.day, mon, t.year % 100, t.strftime("%H:%M:%S"), zn), ANCHOR, v, v, "second", "", "go-time RFC850")
    add("machine", "%s, %02d %s %d %s %s" % (wd3, t.day, mon, t.year, t.strftime("%H:%M:%S"), off_num(zm)), ANCHOR, v, v, "second", "", "go-time RFC1123Z")
    # Military letters: uncertain (RFC 1123 section 5.2.14).
    letter, hours = R.choice([("A", 1), ("B", 2), ("N", -1), ("Q", -4), ("Z", 0)])
    vm = iso(t, hours * 60)
    if letter != "Z":
        vm += "?"
    add("machine", "%s, %02d %s %d %s %s" % (wd3, t.day, mon, t.year, t.strftime("%H:%M:%S"), letter), ANCHOR, vm, vm.rstrip("?"), "second", "", "rfc5322 military zone")
    e = int((t - dt.datetime(1970, 1, 1)).total_seconds())
    if e < 10**8:
        continue  # eight digits are an ISO 8601 basic date, not epoch seconds
    ve = iso(t, 0)
    add("machine", str(e), ANCHOR, ve, ve, "second", "epoch", "unix epoch seconds")
    vms = iso(t, 0, "." + ms)
    add("machine", str(e) + ms, ANCHOR, vms, vms, "second", "epoch", "unix epoch milliseconds")

# Numeric short forms.
for _ in range(24):
    t = instant().date()
    y, m, d = t.year, t.month, t.day
    v = t.isoformat()
    mv = "%04d-%02d" % (y, m)
    add("numeric", "%d-%d-%d" % (y, m, d), ANCHOR, v, v, "day", "", "iso8601 relaxed, unpadded")
    add("numeric", "%d/%d/%d" % (y, m, d), ANCHOR, v, v, "day", "", "iso8601 relaxed, slashes")
    add("numeric", "%d/%02d" % (y, m), ANCHOR, mv, mv, "month", "", "iso8601 relaxed, slashes")
    add("numeric", "%d.%02d" % (y, m), ANCHOR, mv, mv, "month", "", "iso8601 relaxed, dots")
    add("numeric", "%d/%d" % (m, y), ANCHOR, mv, mv, "month", "", "calendar month/year")
    add("numeric", "%d-%s-%02d" % (y, MON[m - 1], d), ANCHOR, v, v, "day", "", "iso8601 with a month name")
    add("numeric", "%02d-%s-%d" % (d, MON[m - 1], y), ANCHOR, v, v, "day", "", "calendar day-month-year")
    add("numeric", "%d年%d月%d日" % (y, m, d), ANCHOR, v, v, "day", "", "cjk")
    add("numeric", "%d년 %d월 %d일" % (y, m, d), ANCHOR, v, v, "day", "", "cjk Korean")
    h, mi = R.randint(0, 23), R.randint(0, 59)
    tv = "%sT%02d:%02d" % (v, h, mi)
    add("numeric", "%d年%d月%d日 %d時%d分" % (y, m, d, h, mi), ANCHOR, tv, tv, "minute", "", "cjk with a time")
    q = (m - 1) // 3 + 1
    qv, qt = "%04d-%d" % (y, 32 + q), "%04d-Q%d" % (y, q)
    add("numeric", "%dQ%d" % (y, q), ANCHOR, qv, qt, "quarter", "", "timeml quarter")
    add("numeric", "Q%d %d" % (q, y), ANCHOR, qv, qt, "quarter", "", "timeml quarter")
    if 2016 <= y <= 2035:
        add("numeric", "%dQ%02d" % (q, y % 100), ANCHOR, qv, qt, "quarter", "", "timeml quarter, financial shorthand")
    add("numeric", "the %s qtr of %d" % (["1st", "2nd", "3rd", "4th"][q - 1], y), ANCHOR, qv, qt, "quarter", "", "timeml quarter")
    if 1940 <= y <= 2035:
        add("numeric", "%d %s %02d" % (d, MON[m - 1].lower(), y % 100), ANCHOR, v, v, "day", "", "calendar two-digit year")

# Yearless numeric dates, resolved to the latest on or before the anchor.
for _ in range(40):
    a = dt.date(2025, 1, 1) + dt.timedelta(days=R.randint(0, 364))
    m, d = R.randint(1, 12), R.randint(1, 28)
    y = a.year if dt.date(a.year, m, d) <= a else a.year - 1
    v = dt.date(y, m, d).isoformat()
    if m == d:
        add("numeric-yearless", "%d/%d" % (m, d), a.isoformat(), v, v, "day", "", "calendar, US month/day")
        continue
    if d <= 12:
        continue  # two readings; the alternative is checked elsewhere
    add("numeric-yearless", "%d/%d" % (m, d), a.isoformat(), v, v, "day", "", "calendar, US month/day")
    add("numeric-yearless", "on %d/%d" % (m, d), a.isoformat(), v, v, "day", "", "calendar, US month/day")
    add("numeric-yearless", "%d/%d" % (d, m), a.isoformat(), v, v, "day", "dayfirst", "calendar, day/month")

# Composites, against anchors of every weekday.
for _ in range(30):
    a = dt.date(2024, 1, 1) + dt.timedelta(days=R.randint(0, 730))
    A = a.isoformat()
    for wi, w in enumerate(WD):
        nxt = a + dt.timedelta(days=(wi - a.weekday() + 6) % 7 + 1)
        lst = a - dt.timedelta(days=(a.weekday() - wi + 6) % 7 + 1)
        if R.random() < 0.35:
            v = (nxt + dt.timedelta(days=7)).isoformat()
            add("composite", "%s after next" % w, A, v, v, "day", "", "calendar")
        if R.random() < 0.35:
            v = (lst - dt.timedelta(days=7)).isoformat()
            add("composite", "%s before last" % w, A, v, v, "day", "", "calendar")
        mon = a - dt.timedelta(days=a.weekday())
        if R.random() < 0.35:
            v = (mon + dt.timedelta(days=7 + wi)).isoformat()
            add("composite", "%s of next week" % w, A, v, v, "day", "", "calendar")
        if R.random() < 0.35:
            v = (mon + dt.timedelta(days=wi)).isoformat()
            add("composite", "%s of this week" % w, A, v, v, "day", "", "calendar")
        if R.random() < 0.2:
            v = (mon - dt.timedelta(days=7 - wi)).isoformat()
            add("composite", "%s of last week" % w, A, v, v, "day", "", "calendar")
    m = R.randint(1, 12)
    v = "%04d-%02d" % (a.year - 1, m)
    add("composite", "%s last year" % MONTH[m - 1], A, v, v, "month", "", "calendar")
    v = "%04d-%02d" % (a.year, m)
    add("composite", "%s this year" % MONTH[m - 1], A, v, v, "month", "", "calendar")
    v = "%04d-%02d" % (a.year + 1, m)
    add("composite", "%s next year" % MONTH[m - 1], A, v, v, "month", "", "calendar")
    # A relative day with a time.
    n = R.randint(2, 9)
    h = R.randint(1, 11)
    day = a - dt.timedelta(days=n)
    # TimeML: "3 pm" and "noon" are the hour; minutes only when written.
    v = "%sT%02d" % (day.isoformat(), h + 12)
    add("composite", "%d days ago at %d pm" % (n, h), A, v, v, "hour", "", "timeml, a relative day with a time")
    day = a + dt.timedelta(days=n)
    v = "%sT12" % day.isoformat()
    add("composite", "in %d days at noon" % n, A, v, v, "hour", "", "timeml, a relative day with a time")
    day = a - dt.timedelta(days=1)
    mi = R.randint(0, 59)
    v = "%sT%02d:%02d" % (day.isoformat(), h, mi)
    add("composite", "yesterday at %d:%02d a.m." % (h, mi), A, v, v, "minute", "", "timeml, a relative day with a time")
    # Friday the 13th: the latest on or before the anchor.
    y, mm = a.year, a.month
    while dt.date(y, mm, 13).weekday() != 4 or dt.date(y, mm, 13) > a:
        mm -= 1
        if mm == 0:
            y, mm = y - 1, 12
    v = dt.date(y, mm, 13).isoformat()
    add("composite", "Friday the 13th", A, v, v, "day", "", "calendar")
    # The week after next, the week before last.
    for phrase, k in (("the week after next", 2), ("the week before last", -2)):
        iy, iw, _ = (a + dt.timedelta(weeks=k)).isocalendar()
        v = "%04d-W%02d" % (iy, iw)
        add("composite", phrase, A, v, v, "week", "", "calendar, ISO weeks")

# Ordinal weekdays and days of a month.
ORD = ["first", "second", "third", "fourth"]
for _ in range(60):
    y, m = R.randint(1990, 2035), R.randint(1, 12)
    wi = R.randint(0, 6)
    n = R.randint(1, 4)
    first = dt.date(y, m, 1)
    day = first + dt.timedelta(days=(wi - first.weekday()) % 7 + 7 * (n - 1))
    v = day.isoformat()
    add("ordinal-of-month", "the %s %s of %s %d" % (ORD[n - 1], WD[wi], MONTH[m - 1], y), ANCHOR, v, v, "day", "", "calendar")
    last = (dt.date(y + (m == 12), m % 12 + 1, 1) - dt.timedelta(days=1))
    lw = last - dt.timedelta(days=(last.weekday() - wi) % 7)
    add("ordinal-of-month", "the last %s of %s %d" % (WD[wi], MONTH[m - 1], y), ANCHOR, lw.isoformat(), lw.isoformat(), "day", "", "calendar")
    add("ordinal-of-month", "the last day of %s %d" % (MONTH[m - 1], y), ANCHOR, last.isoformat(), last.isoformat(), "day", "", "calendar")
for _ in range(15):
    a = dt.date(2024, 1, 1) + dt.timedelta(days=R.randint(0, 730))
    wi = R.randint(0, 6)
    pm_y, pm_m = (a.year, a.month - 1) if a.month > 1 else (a.year - 1, 12)
    first = dt.date(pm_y, pm_m, 1)
    day = first + dt.timedelta(days=(wi - first.weekday()) % 7)
    add("ordinal-of-month", "the first %s of last month" % WD[wi], a.isoformat(), day.isoformat(), day.isoformat(), "day", "", "calendar")
    last = (dt.date(a.year + (a.month == 12), a.month % 12 + 1, 1) - dt.timedelta(days=1))
    lw = last - dt.timedelta(days=(last.weekday() - wi) % 7)
    add("ordinal-of-month", "the last %s of the month" % WD[wi], a.isoformat(), lw.isoformat(), lw.isoformat(), "day", "", "calendar")

# TimeML modifiers.
for _ in range(25):
    y, m = R.randint(1950, 2030), R.randint(1, 12)
    mv = "%04d-%02d" % (y, m)
    for word, mod in (("early", "START"), ("mid-", "MID"), ("late", "END")):
        sep = "" if word.endswith("-") else " "
        add("mod", "%s%s%s %d" % (word, sep, MONTH[m - 1], y), ANCHOR, mv, mv + ";mod=" + mod, "month", "", "timeml mod")
        add("mod", "%s%s%d" % (word, sep, y), ANCHOR, str(y), "%d;mod=%s" % (y, mod), "year", "", "timeml mod")
    add("mod", "since %d" % y, ANCHOR, "%d/.." % y, "%d;mod=ON_OR_AFTER" % y, "year", "", "timeml mod")
    add("mod", "since %s %d" % (MONTH[m - 1], y), ANCHOR, mv + "/..", mv + ";mod=ON_OR_AFTER", "month", "", "timeml mod")
    add("mod", "before %d" % y, ANCHOR, "../%d" % (y - 1), "%d;mod=BEFORE" % y, "year", "", "timeml mod")
    add("mod", "after %d" % y, ANCHOR, "%d/.." % (y + 1), "%d;mod=AFTER" % y, "year", "", "timeml mod")
    add("mod", "until %s %d" % (MONTH[m - 1], y), ANCHOR, "../" + mv, mv + ";mod=ON_OR_BEFORE", "month", "", "timeml mod")
    add("mod", "by %d" % y, ANCHOR, "../%d" % y, "%d;mod=ON_OR_BEFORE" % y, "year", "", "timeml mod")
    d = R.randint(1, 28)
    dv = "%s-%02d" % (mv, d)
    add("mod", "around %s %d, %d" % (MON[m - 1] + ("." if m != 5 else ""), d, y), ANCHOR, dv + "~", dv + ";mod=APPROX", "day", "", "timeml mod")
    n = R.randint(2, 40)
    a = dt.date(2025, 3, 23)
    dv = (a - dt.timedelta(days=n)).isoformat()
    add("mod", "about %d days ago" % n, ANCHOR, dv + "~", dv + ";mod=APPROX", "day", "", "timeml mod")
    for word, mod in (("less than", "LESS_THAN"), ("more than", "MORE_THAN"), ("at least", "EQUAL_OR_MORE"), ("no more than", "EQUAL_OR_LESS"), ("about", "APPROX")):
        k = R.randint(2, 12)
        u, letter = R.choice([("days", "D"), ("weeks", "W"), ("months", "M"), ("years", "Y")])
        dur = "P%d%s" % (k, letter)
        add("mod", "%s %d %s" % (word, k, u), ANCHOR, dur, dur + ";mod=" + mod, "duration", "", "timeml mod on a duration")

# Sets.
for wi, w in enumerate(WD):
    v = "XXXX-WXX-%d" % (wi + 1)
    add("set", "every %s" % w, ANCHOR, "-", v + ";quant=EVERY", "set", "", "timeml set")
    add("set", "each %s" % w, ANCHOR, "-", v + ";quant=EVERY", "set", "", "timeml set")
for mi, mname in enumerate(MONTH):
    add("set", "every %s" % mname, ANCHOR, "-", "XXXX-%02d;quant=EVERY" % (mi + 1), "set", "", "timeml set")
for u, letter in (("day", "D"), ("week", "W"), ("month", "M"), ("year", "Y")):
    add("set", "every %s" % u, ANCHOR, "-", "P1%s;quant=EVERY" % letter, "set", "", "timeml set")
    for k in (2, 3, 6):
        add("set", "every %d %ss" % (k, u), ANCHOR, "-", "P%d%s;quant=EVERY" % (k, letter), "set", "", "timeml set")

# A date with a length (issue 11, point 11).
for _ in range(30):
    t = dt.date(R.randint(2000, 2030), R.randint(1, 12), R.randint(1, 28))
    k = R.randint(2, 9)
    u, letter, days = R.choice([("days", "D", 1), ("weeks", "W", 7)])
    end = t + dt.timedelta(days=k * days - 1)
    v = "%s/%s" % (t.isoformat(), end.isoformat())
    tx = "P%d%s;begin=%s;end=%s" % (k, letter, t.isoformat(), end.isoformat())
    md = "%s %d, %d" % (MONTH[t.month - 1], t.day, t.year)
    add("date-length", "%s for %d %s" % (md, k, u), ANCHOR, v, tx, "day", "", "timeml duration with begin and end")
    add("date-length", "for %d %s from %s" % (k, u, md), ANCHOR, v, tx, "day", "", "timeml duration with begin and end")
    add("date-length", "from %s" % md, ANCHOR, t.isoformat() + "/..", t.isoformat() + ";mod=ON_OR_AFTER", "day", "", "timeml mod")

# Unit phrases.
for _ in range(20):
    a = dt.date(2024, 1, 1) + dt.timedelta(days=R.randint(0, 730))
    for phrase in ("year end", "year-end", "year's end"):
        add("unit-phrase", phrase, a.isoformat(), str(a.year), "%d;mod=END" % a.year, "year", "", "timeml mod")
    m2 = a.month + 2
    y2 = a.year + (m2 - 1) // 12
    m2 = (m2 - 1) % 12 + 1
    v = "%04d-%02d" % (y2, m2)
    add("unit-phrase", "the month after next", a.isoformat(), v, v, "month", "", "calendar")
    add("unit-phrase", "the year after next", a.isoformat(), str(a.year + 2), str(a.year + 2), "year", "", "calendar")
    d2 = a + dt.timedelta(days=2)
    add("unit-phrase", "the day after tomorrow", a.isoformat(), d2.isoformat(), d2.isoformat(), "day", "", "calendar")
    d2 = a - dt.timedelta(days=2)
    add("unit-phrase", "the day before yesterday", a.isoformat(), d2.isoformat(), d2.isoformat(), "day", "", "calendar")
    d1 = a - dt.timedelta(days=1)
    add("unit-phrase", "later yesterday", a.isoformat(), d1.isoformat(), d1.isoformat(), "day", "", "calendar")
    wi = R.randint(0, 6)
    # "earlier Friday" in a story of a Friday is that day.
    lst = a - dt.timedelta(days=(a.weekday() - wi) % 7)
    add("unit-phrase", "earlier %s" % WD[wi], a.isoformat(), lst.isoformat(), lst.isoformat(), "day", "", "calendar")

# Number words and halves.
ONES = ["", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
        "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]


def words(n, dash="-"):
    if n < 20:
        return ONES[n]
    return TENS[n // 10] + (dash + ONES[n % 10] if n % 10 else "")


def add_months(y, m, k):
    t = y * 12 + (m - 1) + k
    return t // 12, t % 12 + 1


for _ in range(40):
    y = R.randint(1910, 2099)
    hi, lo = divmod(y, 100)
    if 10 <= lo:
        add("number-words", "%s %s" % (words(hi), words(lo)), ANCHOR, str(y), str(y), "year", "", "calendar, a year in words")
for y in (1900, 1800, 2000, 2001, 2005, 2010):
    if y % 1000 == 0:
        w = words(y // 1000) + " thousand"
    elif y // 1000 == 2:
        w = "two thousand and " + words(y % 1000)
    else:
        w = words(y // 100) + " hundred"
    add("number-words", w, ANCHOR, str(y), str(y), "year", "", "calendar, a year in words")
    add("number-words", "the year " + w, ANCHOR, str(y), str(y), "year", "", "calendar, a year in words")
a = dt.date(2025, 3, 23)
for n in range(21, 60):
    if n % 10 == 0:
        continue
    for dash in ("-", " "):
        v = (a - dt.timedelta(days=n)).isoformat()
        add("number-words", "%s days ago" % words(n, dash), ANCHOR, v, v, "day", "", "timeml, N days ago is the day")
    yy, mm = add_months(2025, 3, -n)
    v = "%04d-%02d" % (yy, mm)
    add("number-words", "%s months ago" % words(n), ANCHOR, v, v, "month", "", "timeml, N months ago is the month")
for n in range(1, 12):
    yy, mm = add_months(2025, 3, -(12 * n + 6))
    v = "%04d-%02d" % (yy, mm)
    add("number-words", "%s and a half years ago" % words(n), ANCHOR, v, v, "month", "", "timeml, a count in the next smaller unit")
for n in range(1, 12):
    t = dt.datetime(2025, 3, 23, 12, 0) - dt.timedelta(minutes=60 * n + 30)
    v = t.strftime("%Y-%m-%dT%H:%MZ")
    add("number-words", "%s and a half hours ago" % words(n), "2025-03-23T12:00:00Z", v, v, "minute", "", "timeml, a count in the next smaller unit")

# Approximate counts and possessive years.
for _ in range(20):
    a = dt.date(2024, 1, 1) + dt.timedelta(days=R.randint(0, 730))
    A = a.isoformat()
    n = R.randint(2, 9)
    yy, mm = add_months(a.year, a.month, -n)
    v = "%04d-%02d" % (yy, mm)
    add("approx-count", "%s months or so ago" % words(n), A, v + "~", v + ";mod=APPROX", "month", "", "timeml mod")
    yy, mm = add_months(a.year, a.month, -1)
    v = "%04d-%02d" % (yy, mm)
    add("approx-count", "a month or so ago", A, v + "~", v + ";mod=APPROX", "month", "", "timeml mod")
    yy, mm = add_months(a.year, a.month, 1)
    v = "%04d-%02d" % (yy, mm)
    add("approx-count", "the next month or so", A, v + "~", v + ";mod=APPROX", "month", "", "timeml mod")
    v = str(a.year - n)
    add("approx-count", "about %s years ago" % words(n), A, v + "~", v + ";mod=APPROX", "year", "", "timeml mod")
    add("approx-count", "almost %s years ago" % words(n), A, v + "~", v + ";mod=APPROX", "year", "", "timeml mod")
    for word, k in (("last", -1), ("this", 0), ("next", 1)):
        for q in range(1, 5):
            qv, qt = "%04d-%d" % (a.year + k, 32 + q), "%04d-Q%d" % (a.year + k, q)
            add("possessive", "%s year's %s quarter" % (word, ORD[q - 1]), A, qv, qt, "quarter", "", "timeml quarter")
        for h in (1, 2):
            # EDTF level 2: 40 and 41 are the halves.
            hv, ht = "%04d-%d" % (a.year + k, 39 + h), "%04d-H%d" % (a.year + k, h)
            add("possessive", "%s year's %s half" % (word, ORD[h - 1]), A, hv, ht, "half", "", "timeml half")
    q = (a.month - 1) // 3 + 1
    qv, qt = "%04d-%d" % (a.year - 1, 32 + q), "%04d-Q%d" % (a.year - 1, q)
    add("possessive", "the year-earlier quarter", A, qv, qt, "quarter", "", "timeml quarter")
    add("possessive", "the year-ago quarter", A, qv, qt, "quarter", "", "timeml quarter")
    v = "%04d-%02d" % (a.year - 1, a.month)
    add("possessive", "the year-ago month", A, v, v, "month", "", "calendar")
    add("possessive", "the same month a year earlier", A, v, v, "month", "", "calendar")
    add("possessive", "the same month last year", A, v, v, "month", "", "calendar")
    add("possessive", "the same quarter last year", A, qv, qt, "quarter", "", "timeml quarter")
    for q in range(1, 5):
        qv2, qt2 = "%04d-%d" % (a.year, 32 + q), "%04d-Q%d" % (a.year, q)
        add("possessive", "its %s quarter" % ORD[q - 1], A, qv2, qt2, "quarter", "", "timeml quarter, the anchor's year")

seen = set()
with open("breadth_cases.tsv", "w", encoding="utf-8") as f:
    f.write("# class\texpression\tanchor\tEDTF\tTIMEX3\tprecision\toptions\tsource\n")
    f.write("# Written by breadth_cases.py; expected values computed independently in Python.\n")
    for r in rows:
        key = (r[1], r[2], r[6])
        if key in seen:
            continue
        seen.add(key)
        f.write("\t".join(r) + "\n")
print(len(seen), "rows")
