#!/usr/bin/env python3
"""Writes finddates_sentences.tsv: sentences of running news text, each with
its anchor and the date expressions FindDates should find in it, as
TEXT=VALUE items separated by " | " (VALUE an EDTF date or interval, or an
ISO 8601 duration).

The sentences are built from frames whose tense is known: a future frame
("will", "is expected to", "plans to", "is due to", "is set to", "would", an
infinitive, a headline infinitive, a scheduled present "reopens"), a past
frame (a past tense), or no cue at all (a headline without a verb). The
expected value of each yearless date is computed here with Python's
datetime from the rule FindDates documents: forward in a future frame, back
in a past one, the nearest otherwise; "until" and "by" look forward and
"since" back; "in six years" outside a future frame is a length of time.

Run from the repository root:  python3 timex/testdata/finddates_sentences.py
"""
import datetime as dt
import itertools
import os

D = dt.date
ANCHORS = [D(2025, 3, 23), D(2024, 11, 6), D(2026, 7, 15)]

WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July",
          "August", "September", "October", "November", "December"]
ABBR = {1: "Jan.", 2: "Feb.", 8: "Aug.", 9: "Sept.", 10: "Oct.", 11: "Nov.", 12: "Dec."}

SUBJECTS = ["The central bank", "The city council", "Parliament", "The company",
            "The union", "The ministry", "The court", "The airline", "Lawmakers",
            "The board", "The regulator", "The school district"]
# base, past, scheduled present (or None)
VERBS = [
    ("meet", "met", "meets"),
    ("vote on the budget", "voted on the budget", "votes on the budget"),
    ("decide the case", "decided the case", None),
    ("announce the results", "announced the results", None),
    ("release its report", "released its report", None),
    ("publish the figures", "published the figures", None),
    ("hold a hearing", "held a hearing", "holds a hearing"),
    ("resume talks", "resumed talks", "resumes talks"),
    ("open the new terminal", "opened the new terminal", "opens the new terminal"),
    ("sign the agreement", "signed the agreement", None),
]
FUTURE = ["{s} will {v} {e}.", "{s} is expected to {v} {e}.", "{s} plans to {v} {e}.",
          "{s} is due to {v} {e}.", "{s} is set to {v} {e}.",
          "Officials said {s_l} would {v} {e}.", "{s} to {v} {e}"]
SCHEDULED = ["{s} {p} {e}."]
PAST = ["{s} {v} {e}.", "Officials said {s_l} {v} {e}."]
NOCUE = ["Budget vote {e}", "Board meeting {e}: the agenda", "Strike {e} in focus",
         "Final round of talks {e}"]


def weekday_dates(a, wd):
    """The latest weekday wd strictly before a, and the first strictly after."""
    back = (a.weekday() - wd) % 7 or 7
    ahead = (wd - a.weekday()) % 7 or 7
    return a - dt.timedelta(days=back), a + dt.timedelta(days=ahead)


def monthday_dates(a, m, d):
    this = D(a.year, m, d)
    past = this if this <= a else D(a.year - 1, m, d)
    fut = this if this >= a else D(a.year + 1, m, d)
    return past, fut


def month_dates(a, m):
    past = D(a.year, m, 1) if m <= a.month else D(a.year - 1, m, 1)
    fut = D(a.year, m, 1) if m >= a.month else D(a.year + 1, m, 1)
    return past, fut


def nearest(a, past, fut):
    # The anchor's day counts from its noon; a date from its first instant.
    noon = dt.datetime(a.year, a.month, a.day, 12)
    ps = dt.datetime(past.year, past.month, past.day)
    fs = dt.datetime(fut.year, fut.month, fut.day)
    return past if noon - ps <= fs - noon else fut


def pick(direction, a, past, fut):
    return {"future": fut, "past": past}.get(direction) or nearest(a, past, fut)


def exprs(a, i):
    """Yearless date expressions that never fall on the anchor, with a
    function of the direction that gives (span text, value)."""
    out = []
    for wd in range(7):
        if wd == a.weekday():
            continue
        name = WEEKDAYS[wd]
        p, f = weekday_dates(a, wd)
        out.append(("on " + name, lambda dr, p=p, f=f, n=name: (n, pick(dr, a, p, f).isoformat())))
    for k in range(6):
        m = (a.month + 1 + 2 * k) % 12 + 1
        d = [2, 12, 3, 30, 1, 15][k]
        name = (ABBR.get(m) if k % 2 else None) or MONTHS[m - 1]
        p, f = monthday_dates(a, m, d)
        text = f"{name} {d}"
        out.append(("on " + text, lambda dr, p=p, f=f, t=text: (t, pick(dr, a, p, f).isoformat())))
    for k in range(3):
        m = (a.month + 2 + 3 * k) % 12 + 1
        name = MONTHS[m - 1]
        if name in ("May", "March", "August"):
            continue
        p, f = month_dates(a, m)
        out.append(("in " + name, lambda dr, p=p, f=f, t=name: (t, pick(dr, a, p, f).isoformat()[:7])))
    return out


def rows():
    out = []
    n = itertools.count()
    for a in ANCHORS:
        ex = exprs(a, 0)
        for fi, frame in enumerate(FUTURE):
            for k in range(5):
                i = next(n)
                s = SUBJECTS[i % len(SUBJECTS)]
                base, _, _ = VERBS[i % len(VERBS)]
                e, val = ex[(fi * 5 + k) % len(ex)]
                sent = frame.format(s=s, s_l=s[0].lower() + s[1:] if s.startswith("The ") else s, v=base, e=e)
                out.append((sent, a, [val("future")]))
        for fi, frame in enumerate(SCHEDULED):
            for k in range(6):
                i = next(n)
                s = SUBJECTS[i % len(SUBJECTS)]
                verbs = [v for v in VERBS if v[2]]
                _, _, pres = verbs[i % len(verbs)]
                e, val = ex[(fi * 6 + k + 3) % len(ex)]
                out.append((frame.format(s=s, p=pres, e=e), a, [val("future")]))
        for fi, frame in enumerate(PAST):
            for k in range(12):
                i = next(n)
                s = SUBJECTS[i % len(SUBJECTS)]
                _, past, _ = VERBS[i % len(VERBS)]
                e, val = ex[(fi * 12 + k + 1) % len(ex)]
                sent = frame.format(s=s, s_l=s[0].lower() + s[1:] if s.startswith("The ") else s, v=past, e=e)
                out.append((sent, a, [val("past")]))
        for fi, frame in enumerate(NOCUE):
            for k in range(4):
                e, val = ex[(fi * 4 + k + 2) % len(ex)]
                out.append((frame.format(e=e), a, [val("nearest")]))
        # Passives and copulas.
        for k, (frame, dr) in enumerate([
            ("The summit is to be held {e}.", "future"),
            ("The vote is to be held {e}.", "future"),
            ("The hearing was held {e}.", "past"),
            ("The talks were held {e}.", "past"),
            ("The plant was closed {e}.", "past"),
            ("Markets to remain closed until {w}", "future"),
            ("Schools will remain closed until {w}.", "future"),
            ("The border will stay closed until {w}.", "future"),
            ("The bridge remained closed until {w}.", "past"),
            ("Lawmakers must decide by {w}.", "future"),
            ("The company has to respond by {w}.", "future"),
            ("Prices have risen since {w}.", "past"),
        ]):
            wd = [(a.weekday() + 2 + k) % 7, (a.weekday() + 5 + k) % 7][k % 2]
            if wd == a.weekday():
                wd = (wd + 1) % 7
            p, f = weekday_dates(a, wd)
            name = WEEKDAYS[wd]
            if "{w}" in frame:
                word = frame.split("{w}")[0].split()[-1]
                day = pick(dr, a, p, f)
                if word == "since":
                    val = day.isoformat() + "/.."
                else:
                    val = "../" + day.isoformat()
                out.append((frame.format(w=name), a, [(word + " " + name, val)]))
            else:
                out.append((frame.format(e="on " + name), a, [(name, pick(dr, a, p, f).isoformat())]))
    # Lengths of time, not dates.
    lengths = [
        ("Shares fell to the lowest level in six years.", "six years", "P6Y"),
        ("The index lost 900 points in thirty minutes.", "thirty minutes", "PT30M"),
        ("Oil posted its biggest gain in two weeks.", "two weeks", "P2W"),
        ("Unemployment reached its highest rate in five years.", "five years", "P5Y"),
        ("The team scored three goals in ten minutes.", "ten minutes", "PT10M"),
        ("It was the worst drought in 50 years.", "50 years", "P50Y"),
        ("The currency had its best month in three years.", "three years", "P3Y"),
        ("He has led the party for two years.", "for two years", "P2Y"),
        ("The mine operated for 40 years.", "for 40 years", "P40Y"),
        ("The strike lasted for three weeks.", "for three weeks", "P3W"),
        ("Talks went on for six hours.", "for six hours", "PT6H"),
        ("The reactor was offline for 18 months.", "for 18 months", "P18M"),
    ]
    for a in ANCHORS:
        for s, t, v in lengths:
            out.append((s, a, [(t, v)]))
    # Explicit dates are read whatever the tense.
    explicit = [
        ("The treaty was signed on March 5, 2024.", [("March 5, 2024", "2024-03-05")]),
        ("The vote will take place on June 3, 2027.", [("June 3, 2027", "2027-06-03")]),
        ("The company was founded in 1998.", [("1998", "1998")]),
        ("The plan runs from 2025 to 2030.", [("from 2025 to 2030", "2025/2030")]),
        ("Elections are due in 2026.", [("2026", "2026")]),
        ("The law took effect on Jan. 1, 2020.", [("Jan. 1, 2020", "2020-01-01")]),
        ("The merger closed on 12 October 2023.", [("12 October 2023", "2023-10-12")]),
        ("Results are expected on 2025-09-30.", [("2025-09-30", "2025-09-30")]),
    ]
    for a in ANCHORS:
        for s, want in explicit:
            out.append((s, a, want))
    return out


# Sentences written one by one, with their expected values worked out by
# hand, at the anchor Sunday 2025-03-23.
HANDWRITTEN = [
    ("The window reopens on Jan. 2.", ["Jan. 2=2026-01-02"]),
    ("The summit is to be held on October 12.", ["October 12=2025-10-12"]),
    ("Markets to remain closed until Friday", ["until Friday=../2025-03-28"]),
    ("Stocks hit the lowest level in six years.", ["six years=P6Y"]),
    ("The Dow lost 900 points in thirty minutes.", ["thirty minutes=PT30M"]),
    ("He has lived there for two years.", ["for two years=P2Y"]),
    ("Prices rose over the past nine days.", ["the past nine days=2025-03-14/2025-03-23"]),
    ("The company said on Tuesday that it would cut 500 jobs.", ["Tuesday=2025-03-18"]),
    ("The minister will travel to Brussels on Wednesday.", ["Wednesday=2025-03-26"]),
    ("Voters go to the polls on May 4.", ["May 4=2025-05-04"]),
    ("The ceasefire took effect on Thursday.", ["Thursday=2025-03-20"]),
    ("The report, published on Friday, found wide gaps.", ["Friday=2025-03-21"]),
    ("The strike is due to end on April 2.", ["April 2=2025-04-02"]),
    ("Ministers met in Brussels on March 3 and will meet again on April 7.",
     ["March 3=2025-03-03", "April 7=2025-04-07"]),
    ("The airline plans to resume flights in June.", ["June=2025-06"]),
    ("The mine closed in November.", ["November=2024-11"]),
    ("Schools reopen on Monday.", ["Monday=2025-03-24"]),
    ("Shares have fallen since January.", ["since January=2025-01/.."]),
    ("The deadline is set for Friday.", ["Friday=2025-03-28"]),
    ("The talks, which began on Monday, are expected to end by Wednesday.",
     ["Monday=2025-03-17", "by Wednesday=../2025-03-26"]),
    ("A verdict is expected before June 30.", ["before June 30=../2025-06-29"]),
    ("Police arrested the suspect after Saturday's match.", ["after Saturday=2025-03-23/.."]),
    ("Inflation rose to 3.1% in February, the statistics office said on Thursday.",
     ["February=2025-02", "Thursday=2025-03-20"]),
    ("The festival runs from June 5 to June 9.", ["from June 5 to June 9=2025-06-05/2025-06-09"]),
    ("Trump will visit China next week.", ["next week=2025-W13"]),
    ("Last year, exports grew 4%.", ["Last year=2024"]),
    ("The rally drew thousands on Saturday.", ["Saturday=2025-03-22"]),
    ("The euro traded at $1.08 on Friday.", ["Friday=2025-03-21"]),
    ("Elections will be held on Nov. 4.", ["Nov. 4=2025-11-04"]),
    ("The bank is expected to raise rates in July.", ["July=2025-07"]),
    ("The court ruled in December that the law was void.", ["December=2024-12"]),
    ("Talks resume on Tuesday in Geneva.", ["Tuesday=2025-03-25"]),
    ("The museum would reopen on April 15, its director said.", ["April 15=2025-04-15"]),
    ("The bill passed the Senate on Thursday.", ["Thursday=2025-03-20"]),
    ("Production is scheduled to restart in September.", ["September=2025-09"]),
    ("Muslims celebrated Eid al-Fitr across the region.", ["Eid al-Fitr=2024-04-10"]),
    ("Markets will close for the first day of Ramadan.", ["the first day of Ramadan=2026-02-18"]),
    ("Chinese New Year celebrations ended last week.", ["Chinese New Year=2025-01-29", "last week=2025-W11"]),
    ("Families will gather for Diwali.", ["Diwali=2025-10-20"]),
    ("Hanukkah 2024 began on Dec. 25 at sundown.", ["Hanukkah 2024=2024-12-26", "Dec. 25=2024-12-25"]),
    ("Iranians celebrated Nowruz on Friday.", ["Nowruz=2025-03-21", "Friday=2025-03-21"]),
]


def main():
    path = os.path.join(os.path.dirname(__file__), "finddates_sentences.tsv")
    with open(path, "w") as f:
        f.write("# sentence\tanchor\texpected: TEXT=VALUE | TEXT=VALUE\n")
        f.write("# Written by finddates_sentences.py; values computed there from the documented rules.\n")
        for s, a, want in rows():
            f.write(f"{s}\t{a.isoformat()}\t" + " | ".join(f"{t}={v}" for t, v in want) + "\n")
        for s, want in HANDWRITTEN:
            f.write(f"{s}\t2025-03-23\t" + " | ".join(want) + "\n")


main()
