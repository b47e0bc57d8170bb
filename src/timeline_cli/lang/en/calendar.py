"""English calendar words: the one month table (documents, dates people type, dates written
out), weekday spellings, season and "about" words for dates people type (`when.py`).

No imports: `when.py` reads these on every start-up that parses a date.
"""

from __future__ import annotations

# month word (lower case, dots stripped) -> month number; full names first
MONTHS: dict[str, int] = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
    "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}
# full month names, January first
MONTH_NAMES: tuple[str, ...] = tuple(next(k for k in MONTHS if MONTHS[k] == i) for i in range(1, 13))
# how dates are written out: "4 Nov 2024"
MONTH_ABBR: tuple[str, ...] = tuple(name[:3].title() for name in MONTH_NAMES)
# every weekday spelling a written date may start with ("Mon, 4 Nov 2024", "Wed, 6 Nov 2024")
WEEKDAY_WORDS: tuple[str, ...] = (
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
)
# season word -> EDTF season code
SEASON_WORDS: dict[str, int] = {"spring": 21, "summer": 22, "autumn": 23, "fall": 23, "winter": 24}
# "about" before a typed date
CIRCA_WORDS: tuple[str, ...] = ("circa", "ca.", "ca", "c.", "about", "around", "approximately", "approx.", "approx")
# words a person may put before a typed date that add nothing to it ("in June 2024", "on 4 Nov
# 2024", "during the spring of 2024"); "by", "since" and "until" change it (UP_TO_WORDS,
# FROM_WORDS), so they are not here
LEAD_WORDS: tuple[str, ...] = ("in", "on", "during")
# before a typed date, a deadline: "by June 2024" is any time up to June 2024 (EDTF ../2024-06)
UP_TO_WORDS: tuple[str, ...] = ("by", "until", "till")
# before a typed date, a start: "since June 2024" is June 2024 or later (EDTF 2024-06/..)
FROM_WORDS: tuple[str, ...] = ("since",)
# before a typed month, season, year or decade, the part of it meant ("late June 2024"): the
# forms the parser's month-year rule takes (rules.py), normalised as it normalises them (mod_of)
PART_WORDS: tuple[str, ...] = ("early", "mid", "late", "the beginning of", "the start of",
                               "the middle of", "the end of")
# a time of day typed with a date ("at 10:30 on 3 June 2024", "3 June 2024 at 10:30")
CLOCK_LEAD_WORDS: tuple[str, ...] = ("at",)
AM_PM_WORDS: tuple[str, ...] = ("a.m.", "p.m.", "am", "pm")
ARTICLE_WORDS: tuple[str, ...] = ("the",)
