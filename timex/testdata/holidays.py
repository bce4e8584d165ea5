#!/usr/bin/env python3
"""Writes holidays.tsv: expressions naming holidays of other calendars, the
anchor, the expected day and the published calendar that gives it.

The days below are copied by hand from published calendars, not computed:
  orthodox   Eastern Orthodox Easter as the Orthodox churches publish it
  chinese    Hong Kong Observatory, Gregorian-lunar calendar conversion tables
  hebrew     hebcal.com (the day of 1 Tishri, 10 Tishri, 15 Nisan, 25 Kislev;
             each holiday begins at sunset the evening before)
  islamic    Saudi Arabia's Umm al-Qura calendar as announced (2026:
             the published Umm al-Qura table)
  indian     Government of India gazetted holiday lists (Diwali = Deepavali,
             Holi, Buddha Purnima)
  iranian    the Iranian calendar (1 Farvardin)

Run from the repository root:  python3 timex/testdata/holidays.py
"""
import datetime as dt
import os

YEARS = list(range(2019, 2027))

# name, aliases, source, then the month-day of each year in YEARS.
DAYS = [
    ("Orthodox Easter", ["Eastern Orthodox Easter"], "orthodox",
     "04-28 04-19 05-02 04-24 04-16 05-05 04-20 04-12"),
    ("Chinese New Year", ["Lunar New Year", "Spring Festival"], "chinese",
     "02-05 01-25 02-12 02-01 01-22 02-10 01-29 02-17"),
    ("Diwali", ["Deepavali"], "indian",
     "10-27 11-14 11-04 10-24 11-12 10-31 10-20 11-08"),
    ("Holi", [], "indian",
     "03-21 03-10 03-29 03-18 03-08 03-25 03-14 03-04"),
    ("Vesak", ["Buddha Purnima"], "indian",
     "05-18 05-07 05-26 05-16 05-05 05-23 05-12 05-01"),
    ("Eid al-Fitr", ["Eid ul-Fitr"], "islamic",
     "06-04 05-24 05-13 05-02 04-21 04-10 03-30 03-20"),
    ("Eid al-Adha", ["Eid ul-Adha"], "islamic",
     "08-11 07-31 07-20 07-09 06-28 06-16 06-06 05-27"),
    ("the first day of Ramadan", ["the start of Ramadan"], "islamic",
     "05-06 04-24 04-13 04-02 03-23 03-11 03-01 02-18"),
    ("Islamic New Year", ["Hijri New Year"], "islamic",
     "08-31 08-20 08-09 07-30 07-19 07-07 06-26 06-16"),
    ("Rosh Hashanah", ["Rosh Hashana"], "hebrew",
     "09-30 09-19 09-07 09-26 09-16 10-03 09-23 09-12"),
    ("Yom Kippur", [], "hebrew",
     "10-09 09-28 09-16 10-05 09-25 10-12 10-02 09-21"),
    ("Passover", ["Pesach"], "hebrew",
     "04-20 04-09 03-28 04-16 04-06 04-23 04-13 04-02"),
    ("Hanukkah", ["Chanukah"], "hebrew",
     "12-23 12-11 11-29 12-19 12-08 12-26 12-15 12-05"),
    ("Nowruz", ["Persian New Year"], "iranian",
     "03-21 03-20 03-21 03-21 03-21 03-20 03-21 03-21"),
]


def main():
    rows = []
    for name, aliases, source, days in DAYS:
        for year, md in zip(YEARS, days.split()):
            want = f"{year}-{md}"
            rows.append((f"{name} {year}", "2025-03-23", want, source))
            rows.append((f"{name} of {year}", "2025-03-23", want, source))
            for a in aliases:
                rows.append((f"{a} {year}", "2025-03-23", want, source))
            # "next" from New Year's Day and "last" from New Year's Eve name
            # the holiday of that year.
            if not name.startswith("the "):
                rows.append((f"next {name}", f"{year}-01-01", want, source))
                rows.append((f"last {name}", f"{year}-12-31", want, source))
                rows.append((f"this {name}", f"{year}-01-01", want, source))
    out = os.path.join(os.path.dirname(__file__), "holidays.tsv")
    with open(out, "w") as f:
        f.write("# expression\tanchor\tday\tsource\n")
        f.write("# Written by holidays.py from published calendars (see there).\n")
        for r in rows:
            f.write("\t".join(r) + "\n")


main()
