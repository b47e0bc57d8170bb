"""English TIMEX rules as data.

Each `Rule` (`temporal/specs.py`) has a regex (named groups only; macros like `<MONTH>` or
`<MONTH:month2>` expand to a named group built from the vocabulary tables), a builder that turns
the named groups into an *underspecified* typed spec (stage 1: no document date involved), a
list of examples and a list of must-not-match sentences. `tests/test_rules.py` runs every
example and negative.

Rules are tried in list order at each position (the first that matches wins), so compound rules
come before the parts they contain. A builder may return None to reject a match in context
("2024 troops"); scanning then resumes one character later.

The scanner's prefilter (where to try the rules) is derived from the patterns
(`temporal/prefilter.py`): a new word in a pattern or in the vocabulary needs nothing else.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import replace

from timeline_cli.temporal.specs import (
    Anchor, BlockSpec, DateSpec, DayOfMonthSpec, Groups, HolidaySpec, InSpec, MonthSpec,
    NumericDateSpec, OffsetSpec, PodRefSpec, QuarterSpec, RangeSpec, RelSpec, Rule, SeasonSpec, Spec,
    ThatSpec, TimeSpec, ValueSpec, WeekdaySpec, WeekendSpec, WeekOfSpec, YearAgoQuarterSpec,
    YearPeriodSpec,
)

from .eras import ERA_RULES
from .narration import HAPPENING_PATTERN
from .vocab import (
    AMBIGUOUS_MONTHS, CHAT_DAYWORDS, DAYWORDS, DECADE_WORDS, HOLIDAYS, LOWERCASE_OK_MONTHS,
    MODIFIERS, MONTHS, NIGHT_DAYWORDS, NUMBER_WORDS, ORDINALS, PARTS_OF_DAY, SEASONS, SHIFT_WORDS,
    UNIT_ABBREVIATIONS, UNIT_PLURALS, UNITS, VAGUE_QUANTITIES, WEEKDAYS, YEAR_WORD_CENTURIES, SHORT_WEEKDAYS,
)

# Document date every example is resolved against (a Wednesday).
EXAMPLE_DCT = "2024-11-06"


def _alt(words) -> str:
    """Regex alternation of words, longest first, spaces as \\s+ and dots escaped."""
    out = []
    for w in sorted(set(words), key=lambda s: (-len(s), s)):
        out.append(re.escape(w).replace(r"\ ", r"\s+").replace(" ", r"\s+"))
    return "|".join(out)


_MONTH_FULL = [k for k in MONTHS if len(k) > 4 or k in ("may", "june", "july")]
_MONTH_ABBR = [k for k in MONTHS if k not in _MONTH_FULL]
_NUMBER_WORDS = [k for k in NUMBER_WORDS]
# the whole ones: years and counts spelled out ("nineteen ninety-one") never take a fraction
_WHOLE_NUMBERS: dict[str, int] = {k: int(v) for k, v in NUMBER_WORDS.items() if float(v).is_integer()}
_VAGUE = [k for k in VAGUE_QUANTITIES if k not in ("the", "recent", "coming")]
_UNIT_WORDS = list(UNITS) + list(UNIT_PLURALS)
# a one-word count ("three times a week", "several times a year")
_COUNT_WORD = "(?:" + _alt([w for w in [*NUMBER_WORDS, *_VAGUE] if " " not in w and "-" not in w]) + ")"
_TEENS = "ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen"
_ONES = "one|two|three|four|five|six|seven|eight|nine"
_TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"

# a weekday written out or short (dot optional), for "Mon-Fri" (`weekday-range`)
_WEEKDAY_WORD = r"(?:" + _alt([k for k in WEEKDAYS if k.endswith("day")]) + r"|(?:" + "|".join(
    sorted(SHORT_WEEKDAYS, key=len, reverse=True)) + r")\.?)"

MACROS: dict[str, str] = {
    # "Sept." "Sept" "September"; abbreviations take an optional dot
    "MONTH": r"(?:" + _alt(_MONTH_FULL) + r"|(?:" + _alt(_MONTH_ABBR) + r")\.?)",
    "DAY": r"(?:3[01]|[12]\d|0?[1-9])(?=st\b|nd\b|rd\b|th\b|\b)",
    "YEAR": r"(?:1[6-9]\d\d|20\d\d)",
    "WEEKDAY": r"(?:" + _alt([k for k in WEEKDAYS if k.endswith("day")]) + r"|(?:"
    + "|".join(k for k in sorted(WEEKDAYS, key=len, reverse=True) if not k.endswith("day"))
    + r")\.)",
    # "2 1/2", "two and a half", "two-and-a-half"
    "NUM": r"(?:(?:\d+(?:\.\d+)?(?:\s+1/2)?|" + _alt(_NUMBER_WORDS) + r")(?:[-\s]+and[-\s]+a[-\s]+half\b)?)",
    "VAGUE": r"(?:" + _alt(_VAGUE) + r")",
    "UNIT": r"(?:" + _alt(_UNIT_WORDS) + r")",
    "ORD": r"(?:" + _alt(ORDINALS) + r")",
    "SEASON": r"(?:" + _alt(SEASONS) + r")",
    "POD": r"(?:" + _alt(PARTS_OF_DAY) + r")",
    "SHIFT": r"(?:" + _alt(SHIFT_WORDS) + r")",
    "HOLIDAY": r"(?:" + _alt(HOLIDAYS) + r")",
    "DECWORD": r"(?:" + _alt(DECADE_WORDS) + r")",
    "MOD": r"(?:early|mid|late)",
    "DAYWORD": r"(?:" + _alt(DAYWORDS) + r")",
    # written compactly (tens, then units) so the scanner fails fast where no count starts
    "COUNT": r"(?:\d{1,3}|(?:" + _TENS + r")(?:[-\s](?:" + _ONES + r"))?|" + _TEENS + "|" + _ONES + r")",
    # a year spelled out: "nineteen ninety-seven", "nineteen oh five", "two thousand and three"
    "YEARW": r"(?:(?:" + _alt(YEAR_WORD_CENTURIES) + r")\s+(?:(?:" + _TENS + r")(?:[-\s](?:" + _ONES + r"))?|"
    + _TEENS + r"|oh[-\s](?:" + _ONES + r"))|two\s+thousand(?:\s+(?:and\s+)?(?:" + _TEENS + r"|twenty(?:[-\s](?:"
    + _ONES + r"))?|" + _ONES + r"))?)",
}
# "-th" suffix after a DAY group
TH = r"(?:st|nd|rd|th)?"


# ---------------------------------------------------------------- helpers used by builders
def month_of(s: str) -> int:
    return MONTHS[s.lower().rstrip(".")]


def month_ok(s: str, strict: bool) -> bool:
    """Is this month word usable? Lower case only for unambiguous full names; ambiguous words
    ("May", "March", "August") only when `strict` is False (the rule gave date context)."""
    key = s.lower().rstrip(".")
    if not s[0].isupper() and key not in LOWERCASE_OK_MONTHS:
        return False
    if strict and key in AMBIGUOUS_MONTHS:
        return False
    return True


def num_of(s: str | None) -> float | None:
    """Number from digits or words; None for vague quantities ("several")."""
    if s is None:
        return 1
    t = " ".join(s.lower().split())
    half = re.fullmatch(r"(?P<n>.+?)[-\s]+and[-\s]+a[-\s]+half", t)
    if half:  # "two and a half"
        n = num_of(half.group("n"))
        return None if n is None else n + 0.5
    if t in NUMBER_WORDS:
        return NUMBER_WORDS[t]
    if t in VAGUE_QUANTITIES:
        return None
    m = re.fullmatch(r"(?P<n>\d+(?:\.\d+)?)(?:\s+1/2)?", t)
    if m:
        return float(m.group("n")) + (0.5 if "1/2" in t else 0)
    return None


def unit_of(s: str) -> str:
    t = s.lower()
    return UNIT_PLURALS.get(t, t)


def duration_value(n: float | None, unit: str) -> str:
    """TimeML duration value: P3D, PT2H, P2W, PXY, P10Y for a decade, P1.5Y."""
    letter, is_time, _ = UNITS[unit]
    if letter == "DE":
        letter, n = "Y", None if n is None else n * 10
        if n is None:
            return "PXDE"
    elif letter == "CE":
        letter, n = "Y", None if n is None else n * 100
        if n is None:
            return "PXCE"
    elif letter == "WE":
        letter, n = "D", None if n is None else n * 2
    elif letter == "W2":
        letter, n = "W", None if n is None else n * 2
    elif letter == "Q":
        letter, n = "M", None if n is None else n * 3
    if n is None:
        num = "X"
    elif float(n).is_integer():
        num = str(int(n))
    elif letter == "M" and is_time and (n * 2).is_integer():  # "a minute and a half": PT1M30S
        return f"PT{int(n)}M{int(round((n - int(n)) * 60))}S" if n >= 1 else f"PT{int(n * 60)}S"
    elif letter == "H" and (n * 60).is_integer():
        return f"PT{int(n)}H{int(round((n - int(n)) * 60))}M" if n >= 1 else f"PT{int(n * 60)}M"
    elif letter == "D" and (n * 24).is_integer():
        return f"P{int(n)}DT{int(round((n - int(n)) * 24))}H" if n >= 1 else f"PT{int(n * 24)}H"
    elif letter == "Y" and (n * 12).is_integer():
        return f"P{int(n)}Y{int(round((n - int(n)) * 12))}M" if n >= 1 else f"P{int(n * 12)}M"
    else:
        num = f"{n:g}"
    return f"P{'T' if is_time else ''}{num}{letter}"


def mod_of(s: str | None) -> str:
    if not s:
        return ""
    key = " ".join(s.lower().rstrip("-").split())
    key = re.sub(r"^the\s+|\s+of$", "", key)
    return MODIFIERS.get(key, "")


_PLURAL_NOUN_AFTER = re.compile(r"[ \t]+(?P<w>[a-z]+)")
_SENTENCE_OPENING_YEAR = re.compile(
    r"(?:^|[.!?]['\"’”]?[ \t]+|\n[ \t]*)(?:In|By|During|Since|Until|From)[ \t]+(?:(?:early|mid|late)[-\s]+)?\Z")
# words that may follow a bare year and keep it a date
YEAR_FOLLOWERS_OK = frozenset({
    "and", "as", "was", "were", "is", "has", "had", "its", "his", "their", "levels", "level",
    "period", "periods", "figures", "results", "elections", "election", "budget", "season",
    "when", "after", "before", "but", "or", "to", "in", "on", "at", "by", "from", "for", "with",
    "the", "that", "which", "while", "because", "since", "until", "of", "saw", "will", "would",
    "compared", "versus", "vs", "earnings", "sales", "profit", "deadline", "contract", "model",
    "census", "law", "act", "war", "crash", "fiscal", "quarter", "through", "to", "where",
})
# words after which a 4-digit number always counts something
YEAR_NEVER_AFTER = frozenset({
    "people", "men", "women", "children", "personnel", "troops", "times", "feet", "foot",
    "meters", "metres", "tons", "tonnes", "km", "kilometers", "kilometres", "miles", "pounds",
    "dollars", "euros", "yen", "shares", "votes", "seats", "deaths", "cases", "percent", "per",
    "acres", "hectares", "barrels", "units", "soldiers", "officers", "points", "students",
})
# words before a bare number that make it an identifier, a count or a quantity, not a year
YEAR_PRECEDERS_BAD = re.compile(
    r"\b(?:article|section|chapter|paragraph|resolution|rule|route|highway|flight|room|no\.|number|"
    r"page|pages|p\.|vol\.|volume|item|unit|lot|code|model|version|box|suite|apt\.|apartment|"
    r"nearly|almost|some|only|just|least|total|totaling|totalling|km|miles|rose|fell|"
    r"#|\$|us\$|€|£)[ \t]*$",
    re.I,
)
# context that makes a bare number a year: "in 1990", "since 1990", "1990's"
YEAR_PRECEDERS_GOOD = re.compile(
    r"(?:in|since|by|until|till|from|of|during|before|after|through|for|early|mid|late|fiscal|"
    r"year|the|and|or|between|to|summer|winter|spring|fall|autumn|end|beginning|start|"
    r"middle|as|at|on|than|[,(])[ \t]*$",
    re.I,
)


# A product line whose model numbers look like years ("an RTX 2080 Ti", "the GTX 1650",
# "Windows 2000"), and what follows a model number or a quantity, never a year ("2080 Ti",
# "2000 hp", "1080 GB"). Case-sensitive: the names are written so.
MODEL_LINE_BEFORE = re.compile(
    r"\b(?:GTX|RTX|RX|Radeon|GeForce|Quadro|Ryzen|Xeon|Pentium|Celeron|Athlon|Snapdragon|Exynos|"
    r"Windows(?: Server)?)[ \t]*$")
MODEL_OR_UNIT_AFTER = re.compile(r"[ \t]*(?:Ti|Super|XT|GB|MB|TB|GHz|MHz|mAh|hp|cc|rpm|kW|W)\b")
# a 24-hour clock in a time zone, not a year: "at 3 p.m. (2000 GMT)"
CLOCK_ZONE_AFTER = re.compile(r"[ \t]*(?:GMT|UTC|BST|CET|CEST|EET|MSK|EST|EDT|CST|CDT|PST|PDT|Zulu)\b")


def year_in_context(text: str, start: int, end: int) -> bool:
    """A bare 4-digit number is a year unless its neighbours say it counts or names something."""
    before = text[max(0, start - 16):start]
    if MODEL_LINE_BEFORE.search(before) or MODEL_OR_UNIT_AFTER.match(text, end) or CLOCK_ZONE_AFTER.match(text, end):
        return False
    if YEAR_PRECEDERS_BAD.search(before):
        # "to 1990" / "of 1990" are still years when a month or clear date word precedes
        if not re.search(r"(?:from|between|in|since)\s+\S+\s+to[ \t]*$|\b(?:end|start|beginning|spring|summer|fall|autumn|winter)\s+of[ \t]*$", before, re.I):
            return False
    m = _PLURAL_NOUN_AFTER.match(text, end)
    if m and YEAR_PRECEDERS_GOOD.search(before) and m.group("w") not in YEAR_NEVER_AFTER:
        m = None
    if m and _SENTENCE_OPENING_YEAR.search(text, max(0, start - 24), start):
        m = None  # "In 1918 troops arrived": a sentence that opens on "In YEAR" sets its time
    if m:
        w = m.group("w")
        if w.endswith("s") and not w.endswith(("ss", "is", "us")) and w not in YEAR_FOLLOWERS_OK:
            return False  # "2024 troops", "1990 cars" (but "a 2009 analysis", "the 2008 crisis")
        if w in YEAR_NEVER_AFTER:
            return False
    if end < len(text) and text[end:end + 1] in "%°":
        return False
    if start > 0 and text[start - 1] in "$£€¥#":
        return False
    return True


# ---------------------------------------------------------------- builders
# Each takes the match's groups, the text and the match's offsets, and returns a spec (or None:
# not a time here). `g[name]` is for a group the matched branch guarantees, `g.get` otherwise.
def b_block(g: Groups, text: str, s: int, e: int) -> Spec:
    """Consumes text that must not become a date (phone numbers, "Article 5")."""
    return BlockSpec()


def b_iso(g: Groups, text: str, s: int, e: int) -> Spec | None:
    y, m, d = int(g["year"]), int(g["mm"]), int(g["dd"])
    if not (1 <= m <= 12 and 1 <= d <= 31):
        return None
    # with a clock time the type is TIME, but the value stays the day (as it always was)
    return DateSpec(type="TIME" if g.get("hh") else "DATE", y=y, m=m, d=d)


def b_numeric(g: Groups, text: str, s: int, e: int) -> Spec:
    """12/10/2024, 12.10.2024, 12-10-24: order decided in extract from dayfirst/context."""
    y = int(g["y"])
    if len(g["y"]) == 2:
        y += 1900 if y >= 50 else 2000
    return NumericDateSpec(a=int(g["a"]), b=int(g["b"]), y=y, sep=g["sep"])


YMD = tuple[int | None, int, int | None]


def _ymd(month: str | None, day: str | None = None, year: str | None = None, strict: bool = False) -> YMD | None:
    """(year, month, day) from the words, None when the month word is not usable or the day not in it."""
    if month is None or not month_ok(month, strict):
        return None
    m = month_of(month)
    d = int(day) if day else None
    if d is not None and not (1 <= d <= (29 if m == 2 else 30 if m in (4, 6, 9, 11) else 31)):
        return None
    return (int(year) if year else None), m, d


def _date(month: str | None, day: str | None = None, year: str | None = None) -> DateSpec | None:
    ymd = _ymd(month, day, year)
    return None if ymd is None else DateSpec(y=ymd[0], m=ymd[1], d=ymd[2])


def _full_date(month: str | None, day: str | None, year: str | None, *, yrel: str | None = None,
               mod: str | None = None, weekday: str | None = None) -> DateSpec | None:
    """A date with what may stand beside it: "early March 2020", "June last year", "Friday, April 25"."""
    ymd = _ymd(month, day, year)
    if ymd is None:
        return None
    y, m, d = ymd
    rel = (yrel or "").lower()
    return DateSpec(
        y=y, m=m, d=d, mod=mod_of(mod),
        yref=rel == "that",  # "November of that year": the year under discussion
        yshift=SHIFT_WORDS[rel] if rel and rel != "that" else None,
        wd=WEEKDAYS[weekday.lower().rstrip(".")] if weekday and y is None else None)


def b_month_of_that_year(g: Groups, text: str, s: int, e: int) -> Spec | None:
    """'July 25 of that year', 'November of the same year': the year under discussion."""
    return _full_date(g["month"], g.get("day"), None, yrel="that")


def b_date(g: Groups, text: str, s: int, e: int) -> Spec | None:
    return _full_date(g.get("month"), g.get("day"), g.get("year"), yrel=g.get("yrel"), mod=g.get("mod"),
                      weekday=g.get("weekday"))


def b_weekday_date(g: Groups, text: str, s: int, e: int) -> Spec | None:
    """'Friday, April 25', 'Friday the 25th of April' (two branches, two sets of names)."""
    return _full_date(g.get("month") or g.get("month2"), g.get("day") or g.get("day2"),
                      g.get("year") or g.get("year2"), weekday=g.get("weekday") or g.get("wd2"))


def b_month_day_year(g: Groups, text: str, s: int, e: int) -> Spec | None:
    """'Aug. 7, 1998', 'May 1980, 26'."""
    return _full_date(g.get("month") or g.get("m2"), g.get("day") or g.get("d2"), g.get("year") or g.get("y2"))


def b_month_day_range(g: Groups, text: str, s: int, e: int) -> Spec | None:
    a = _ymd(g.get("month"), g.get("day"), g.get("year"))
    b = _ymd(g.get("month2") or g.get("month"), g.get("day2"), g.get("year"))
    if a is None or b is None or (b[1], b[2] or 0) <= (a[1], a[2] or 0) and b[0] is None:
        return None
    ay = int(g["year1"]) if g.get("year1") else a[0]
    return RangeSpec(a=DateSpec(y=ay, m=a[1], d=a[2]), b=DateSpec(y=b[0], m=b[1], d=b[2]))


def b_month_range(g: Groups, text: str, s: int, e: int) -> Spec | None:
    a = _date(g["month"], None, g.get("year1") or g.get("year"))
    b = _date(g["month2"], None, g.get("year"))
    if a is None or b is None:
        return None
    return RangeSpec(a=a, b=b)


def b_year_range(g: Groups, text: str, s: int, e: int) -> Spec | None:
    y1 = int(g["year"])
    y2s = g["year2"]
    y2 = int(y2s) if len(y2s) == 4 else (y1 // 100) * 100 + int(y2s)
    if not (y1 < y2 <= y1 + 200):
        return None
    if g.get("fiscal"):
        return ValueSpec(value=str(y1), edtf=f"{y1}/{y2}")
    return RangeSpec(a=DateSpec(y=y1), b=DateSpec(y=y2))


MONTH_PREPOSITIONS = frozenset({
    "in", "since", "by", "until", "till", "from", "of", "during", "before", "after", "through",
    "for", "early", "late", "mid", "around", "to", "between", "and", "or", "until", "last", "next",
    "this", "throughout", "that", "each", "every", "late-", "mid-", "early-", "the",
})


def prev_word(text: str, s: int) -> str:
    """The word just before offset s, lower-cased ("" at the start)."""
    m = _PREV_WORD.search(text, max(0, s - 24), s)
    return m.group("w").lower() if m else ""


_PREV_WORD = re.compile(r"(?P<w>[A-Za-z]+-?)\s*$")


def _bare_month(word: str, strict: bool) -> int | None:
    """The month of a month word standing without day or year (not "Jan", "Dec" alone)."""
    if not month_ok(word, strict):
        return None
    if "." not in word and len(word) <= 3 and word.lower() != "may":
        return None
    return month_of(word)


# what follows "the March" used as a noun: a clause's end or the way it went ("there were no
# major battles along the March.", "the March to the Sea", "the March on Rome")
_NOUN_MONTH_AFTER = re.compile(r"\s*[.;:!?]|\s+(?:to|on|through|across|into|against)\b")


_LONG_WEEKEND_DET = re.compile(r"\b(?P<det>[A-Za-z]+)\s+long\s+$")


def b_long_weekend(g: Groups, text: str, s: int, e: int) -> Spec | None:
    """"this long weekend", "a long weekend": the weekend at hand; "last"/"next long weekend"
    the one before or after it."""
    m = _LONG_WEEKEND_DET.search(text, max(0, s - 24), s)
    shift = SHIFT_WORDS.get(m.group("det").lower()) if m is not None else None
    return WeekendSpec(shift=shift if shift is not None else 0)


def b_month(g: Groups, text: str, s: int, e: int) -> Spec | None:
    """Bare month: ambiguous words ("May", "March") need a preposition or modifier before."""
    before = prev_word(text, s)
    if (before == "the" and not (g.get("mod") or g.get("shift")) and g["month"].lower() in AMBIGUOUS_MONTHS
            and _NOUN_MONTH_AFTER.match(text, e)):
        return None  # "along the March.": a march, not a month
    strict = not (g.get("mod") or g.get("shift") or before in MONTH_PREPOSITIONS)
    m = _bare_month(g["month"], strict)
    if m is None:
        return None
    sh = (g.get("shift") or "").lower()
    # "the following March": after the time under discussion
    anchored = sh in ("following", "previous") and re.match(r"the\s", text[s:e], re.I) is not None
    return MonthSpec(m=m, shift=SHIFT_WORDS[sh] if sh else None, anchor="ref" if anchored else "dct",
                     mod=mod_of(g.get("mod")))


def b_year(g: Groups, text: str, s: int, e: int) -> Spec | None:
    if not (g.get("lead") or g.get("fiscal")) and not year_in_context(text, s, e):
        return None
    return DateSpec(y=int(g["year"]), mod=mod_of(g.get("mod") or g.get("approx")))


def b_fiscal_year(g: Groups, text: str, s: int, e: int) -> Spec | None:
    """'fiscal 1989', 'FY24'."""
    return b_year(g, text, s, e) if g.get("year") else _apostrophe_year(g["yy"])


# words that may follow an early year ("in 1066 William landed", "by 1415 the town")
EARLY_YEAR_FOLLOWERS = frozenset({
    "the", "a", "an", "he", "she", "it", "they", "we", "his", "her", "its", "their", "and", "but",
    "when", "after", "before", "as", "while", "there", "this", "to", "at", "in", "on", "by", "from",
    "with", "during", "until", "was", "were", "had", "ad", "ce",
})
_TIMEZONES = frozenset({"gmt", "utc", "bst", "est", "edt", "cet", "cest", "msk", "pst", "hrs", "hours", "h"})


def b_year_early(g: Groups, text: str, s: int, e: int) -> Spec | None:
    m = re.match(r"[ \t]+(?P<w>[A-Za-z]+)", text[e:e + 16])
    if m:
        w = m.group("w")
        if w.lower() in _TIMEZONES or not (w[0].isupper() or w.lower() in EARLY_YEAR_FOLLOWERS):
            return None
    elif not re.match(r"\s*(?:[,.;:!?)]|$)", text[e:e + 2]):
        return None
    return DateSpec(y=int(g["year"]))


def _apostrophe_year(yy: str) -> DateSpec:
    y = int(yy)
    return DateSpec(y=y + (1900 if y >= 30 else 2000), century=True)


def b_year_apos(g: Groups, text: str, s: int, e: int) -> Spec | None:
    """"in '98": only after a word that makes it a year."""
    if not re.search(r"\b(?:in|since|of|class|by|until|from)\s+$", text[max(0, s - 8):s], re.I):
        return None
    return _apostrophe_year(g["yy"])


def b_year_words(g: Groups, text: str, s: int, e: int) -> Spec | None:
    """'nineteen ninety-one', 'two thousand and three', 'the year two thousand'."""
    cent = g.get("cent")
    if not (cent or re.match(r"the\s+year", text[s:e], re.I)
            or re.search(r"\b(?:in|since|by|until|of|year)\s+$", text[max(0, s - 8):s], re.I)):
        return None  # "two thousand" alone is a number
    if cent:
        rest = g.get("rest")
        if rest and rest.lower() == "hundred":
            rest = None  # "nineteen hundred"
        r = _WHOLE_NUMBERS.get(" ".join(rest.lower().split()).replace(" ", "-"), None) if rest else 0
        if r is None:
            return None
        y = _WHOLE_NUMBERS[cent.lower()] * 100 + r
    else:
        rest = g.get("rest2")
        y = 2000 + (_WHOLE_NUMBERS.get(" ".join(rest.lower().split()).replace(" ", "-"), 0) if rest else 0)
    return DateSpec(y=y)


def b_decade(g: Groups, text: str, s: int, e: int) -> Spec | None:
    decword = g.get("decword")
    if decword and not g.get("mod") and not re.match(r"the\s", text[s:e], re.I):
        return None  # "in his sixties": an age
    if decword:
        dec = 190 + DECADE_WORDS[decword.lower()]  # "the nineties": the 1990s
    elif g.get("yy"):
        y = int(g["yy"])
        dec = (1900 + y if y >= 20 else 2000 + y) // 10
    else:
        dec = int(g["dyear"]) // 10
    return ValueSpec(value=str(dec), edtf=f"{dec}X", mod=mod_of(g.get("mod")))


# a possessive pronoun right before an ordinal century: a count of hundreds ("scoring his fifth
# century in eight Tests", cricket) or an age ("the college, in its third century"), not an era
_POSSESSIVE_BEFORE_CENTURY = re.compile(r"\b(?:his|her|their|its)\s+$", re.IGNORECASE)


def b_century(g: Groups, text: str, s: int, e: int) -> Spec | None:
    if _POSSESSIVE_BEFORE_CENTURY.search(text[max(0, s - 8):s]):
        return None
    n = int(g["cnum"]) if g.get("cnum") else ORDINALS.get(g["cword"].lower(), 0)
    if not (1 <= n <= 22):
        return None
    c = n - 1
    return ValueSpec(value=f"{c:02d}", edtf=f"{c:02d}XX", mod=mod_of(g.get("mod")))


def b_quarter(g: Groups, text: str, s: int, e: int) -> Spec | None:
    """'the third quarter of 1989', 'the first half', 'Q2 2024', 'H1 2023', 'last year's fourth quarter'."""
    qn = g.get("qn") or g.get("hn")
    if qn and text[s] not in "QH":
        return None  # "q2" / "h1" in lower case are not quarters
    half = bool(g.get("hn")) or (g.get("unit") or "").lower() == "half"
    q = int(qn) if qn else ORDINALS.get(g["qword"].lower().replace(" ", "-"), 0)
    if q == -1:
        q = 2 if half else 4  # "the final quarter"
    if q < 1 or q > (2 if half else 4):
        return None
    year = g.get("year") or g.get("yearpre") or g.get("year3") or g.get("year4")
    yshift = g.get("yshift") or g.get("yshift2")
    if not (year or yshift) and _in_a_game(text, s, e):
        return None  # "eight points in the first half", "a touchdown in the third quarter"
    return QuarterSpec(
        q=q, half=half, y=int(year) if year else None,
        yshift=SHIFT_WORDS[yshift.lower()] if yshift and not year else None,
        fiscal=re.search(r"\bfiscal\b", text[s:e], re.I) is not None)  # named by the report's year


# a game's halves and quarters, not a year's: what is scored and played in the same sentence
_GAME_WORDS = re.compile(
    r"\b(?:rebounds|(?:offensive|defensive)\s+rebound|assists|touchdowns?|halftime|half-time|innings?|quarterback|"
    r"free[- ]throws?|three-pointers?|field[- ]goals?|scored|interceptions?|fumbles?|kick-?off|"
    r"the\s+(?:match|game)|\d+-\d+\s+(?:run|win|lead|victory|defeat))\b", re.I)
_SENTENCE_EDGE = re.compile(r"[.!?](?:\s|$)")


def _in_a_game(text: str, s: int, e: int) -> bool:
    lo = max(0, s - 200)
    cuts = [m.end() for m in _SENTENCE_EDGE.finditer(text, lo, s)]
    lo = cuts[-1] if cuts else lo
    end = _SENTENCE_EDGE.search(text, e, e + 200)
    return _GAME_WORDS.search(text, lo, end.start() if end else min(len(text), e + 200)) is not None


def b_the_quarter(g: Groups, text: str, s: int, e: int) -> Spec:
    """'the quarter', 'the latest quarter', 'this quarter': the quarter being reported."""
    words = text[s:e].lower().split()
    sh = (g.get("shift") or (words[0] if words[0] in ("this", "last", "next") else "")).lower()
    if sh == "latest" or "latest" in words or "just-ended" in words or "recent" in words:
        return QuarterSpec(shift=-1)
    if "current" in words:
        sh = "current"
    unit = g.get("unit") or g.get("unit2") or "quarter"
    return QuarterSpec(half=unit.lower() == "half", shift=SHIFT_WORDS.get(sh) if sh else None)


# (text, text.lower()) for the text last read, when lower-casing moves its offsets.
_LOWERED: tuple[str, str | None] = ("", None)


def _shift_at(text: str, sh: str, s: int, e: int) -> int:
    """text.lower().index(sh, s), where sh is a lower-cased word of the match text[s:e].

    Lower-casing the whole text at every such match made "last winter " * N quadratic. Only
    "İ" lower-cases to two characters; without one, the word is found inside the match itself;
    with one (the lower-cased offsets shift), the text is lower-cased once and searched as before.
    """
    global _LOWERED
    if _LOWERED[0] is not text:
        _LOWERED = (text, text.lower() if "\u0130" in text else None)
    low = _LOWERED[1]
    return low.index(sh, s) if low is not None else s + text[s:e].lower().index(sh)


# a bare season is a time after these ("in summer", "by the autumn"); "fall" needs more
_SEASON_BEFORE = re.compile(r"(?:\b(?:in|this|the|by|until|since|during|last|next|early|late|over)\s+(?:the\s+)?)$", re.I)
_FALL_BEFORE = re.compile(r"\b(?:the|this|last|next|in)\s+$", re.I)
_THE_BEFORE = re.compile(r"\bthe\s+$", re.I)
# a season naming the time of a campaign: "the Chinese Winter Offensive", "Meade's fall campaign"
_SEASON_CAMPAIGN_AFTER = re.compile(r"[ \t]+(?:counter-?)?(?:offensives?|campaigns?|fighting)\b", re.I)
# ... and its year, written right after it: "the German Spring Offensive of 1918", "the Chinese
# Winter Offensive (early 1951)", "their main summer offensive against southern Russia in June 1942"
_CAMPAIGN_YEAR_AFTER = re.compile(
    r"(?:\s+(?:of|in)\s+|\s*\((?:(?:early|mid|late)[-\s]+)?|[^.;:()\[\]]{1,60}?\s+in\s+(?:(?:early|mid|late)[-\s]+)?"
    r"(?:" + MACROS["MONTH"] + r"\s+)?)(?P<year>1[0-9]\d\d|20\d\d)(?![\d'’])", re.I)
_FALL_OF_AFTER = re.compile(r"\s+of\s+(?!\d|(?:that|the\s+same|this|the\s+following|the\s+next)\s+year\b)", re.I)
# Session 21, parser22: "the fall in prices", "led the fall in banking stocks": a noun of decline
# (a fall in what), not the autumn. "the fall" then "in" and a bare lower-case noun; not a time
# preposition's "the fall" ("in the fall in Washington", "by the fall in which"), not "the fall in
# Washington" (a place), "the fall in 1994", "the fall in the north" (a determiner after "in")
_FALL_DECLINE_AFTER = re.compile(r"\s+in\s+(?!(?:the|a|an|this|that|these|those|his|her|its|their|our|my|your|which|"
                                 r"whom|whose|early|late|mid)\b)[a-z]")
_FALL_DECLINE_BEFORE = re.compile(r"(?:^|[^\w\s]\s*|\b(?!(?:in|during|by|until|till|since|through|throughout|over|"
                                  r"into|for|from|of)\b)[A-Za-z]+\s+)the\s+$", re.I)
FALL_DECLINE = True  # a switch for the tests


def b_season(g: Groups, text: str, s: int, e: int) -> Spec | None:
    """'this summer', 'the winter of 1994', 'the following spring' ("prices fall": no)."""
    campaign_at = _SEASON_CAMPAIGN_AFTER.match(text, e)  # "their main summer offensive"
    campaign = campaign_at is not None
    campaign_year = _CAMPAIGN_YEAR_AFTER.match(text, campaign_at.end()) if campaign_at and not g.get("shift") else None
    year = g.get("year") or (campaign_year.group("year") if campaign_year else None)
    named = g.get("shift") or year
    if not (named or campaign or g.get("mod") or _SEASON_BEFORE.search(text[max(0, s - 16):s])):
        return None
    if g["season"].lower() == "fall" and not (named or campaign or _FALL_BEFORE.search(text[max(0, s - 6):s])):
        return None
    if g["season"].lower() == "fall" and not named and _FALL_OF_AFTER.match(text, e):
        return None  # "the fall of Budapest", "after the fall of communism": a capture, a collapse
    if (FALL_DECLINE and g["season"].lower() == "fall" and not named and not g.get("mod")
            and _FALL_DECLINE_AFTER.match(text, e) and _FALL_DECLINE_BEFORE.search(text[max(0, s - 30):s])):
        return None  # "the fall in prices": a decline
    sh = (g.get("shift") or "").lower()
    the = bool(sh) and _THE_BEFORE.search(text[max(0, s - 4):_shift_at(text, sh, s, e)]) is not None
    return SeasonSpec(
        s=SEASONS[g["season"].lower()], y=int(year) if year else None,
        shift=SHIFT_WORDS[sh] if sh else None, mod=mod_of(g.get("mod")),
        anchor="ref" if the and sh in ("following", "previous") else "dct",  # after the time under discussion
        next_the=the and sh == "next")


def _weekday(word: str, text: str, s: int, *, shift: str | None = None, pod: str | None = None,
             mod: str | None = None) -> WeekdaySpec | None:
    if not word.lower().endswith("day") and not word[0].isupper():
        return None  # "wed." / "sat." in lower case are words, not weekdays
    return WeekdaySpec(
        type="TIME" if pod else "DATE", wd=WEEKDAYS[word.lower().rstrip(".")],
        shift=SHIFT_WORDS[shift.lower()] if shift else None, mod=mod_of(mod),
        pod=PARTS_OF_DAY[" ".join(pod.lower().split())] if pod else None,
        indef=prev_word(text, s) in ("a", "an"))  # "on a Friday in October 1974": no document date


def b_weekday(g: Groups, text: str, s: int, e: int) -> Spec | None:
    """'Friday', 'last Friday', 'early Tuesday', 'Friday evening'."""
    return _weekday(g["weekday"], text, s, shift=g.get("shift"), pod=g.get("pod") or g.get("pod2"),
                    mod=g.get("mod"))


def b_weekday_range(g: Groups, text: str, s: int, e: int) -> Spec | None:
    """'Mon-Fri', 'Monday-Friday', 'Fri.-Sat.': two weekdays joined by a dash, one range (an
    abbreviation must be capitalised: "sat-nav" is no weekday)."""
    words = [g["weekday"], g["wd2"]]
    if any(not w.lower().endswith("day") and not w[0].isupper() for w in
           (text[s:s + len(words[0])], text[e - len(words[1]):e])):
        return None
    a, b = (SHORT_WEEKDAYS.get(w.lower().rstrip("."), WEEKDAYS.get(w.lower().rstrip("."))) for w in words)
    if a is None or b is None or a == b:
        return None
    return RangeSpec(a=WeekdaySpec(wd=a), b=WeekdaySpec(wd=b))


def b_short_weekday(g: Groups, text: str, s: int, e: int) -> Spec | None:
    """'this Sat', 'next wed', 'this Fri night': a short weekday after its shift word."""
    pod = g.get("pod2")
    return WeekdaySpec(type="TIME" if pod else "DATE", wd=SHORT_WEEKDAYS[g["short"].lower()],
                       shift=SHIFT_WORDS[g["shift"].lower()], pod=PARTS_OF_DAY[pod.lower()] if pod else None)


# Session 24, parser25: a short weekday with no dot and no shift word is read where only a day
# can stand: after "on" ("My paper on Mon", "Rehearsal on Thurs at 7"), after "every" (a set),
# or next in a list of weekdays ("friday night or sat?", "every mon, wed, thur"). "sat" and "sun"
# after "on" are words unless capitalised ("sat on sun loungers").
_SHORT_WEEKDAY_ALT = "|".join(sorted(SHORT_WEEKDAYS, key=len, reverse=True))
_ANY_WEEKDAY = (r"(?:" + _alt([k for k in WEEKDAYS if k.endswith("day")]) + r"|(?:" + _SHORT_WEEKDAY_ALT
                + r")\.?)(?:\s+(?:morning|afternoon|evening|night))?")
_WEEKDAY_LIST_BEFORE = re.compile(
    r"(?<![\w'’-])(?P<every>every\s+)?" + _ANY_WEEKDAY + r"(?:\s*,\s*" + _ANY_WEEKDAY + r")*"
    r"\s*(?:,|,?\s+(?:and|or|&))\s*$", re.I)
_WORD_SHORT_WEEKDAYS = frozenset({"sat", "sun"})
_LISTED_WORDS = _WORD_SHORT_WEEKDAYS | {"wed"}  # verbs too, in a list: a day only where the list ends
# ("or sat?", "Mon, wed and Fri", "Tue, Sat at 5pm"): not "Friday, sat in the shade"
_LIST_END_AFTER = re.compile(r"\s*(?:[,!?;:)]|$)|\s+(?:(?:and|or)\b|&|(?:at\s+)?\d)", re.I)
# what may follow a short weekday after "on" or "every" ("on Sat from 9am", "on Mon and tues",
# "on Thurs, ..."): not a noun it would qualify ("on sat nav", "on Mon languages")
_DAY_PLACE_AFTER = re.compile(
    r"\s*(?:[,!?;:)]|$)|\s+(?:(?:at|from|and|or|with|in|to|for|only|till|until)\b|&|\d)", re.I)


def b_bare_short_weekday(g: Groups, text: str, s: int, e: int) -> Spec | None:
    """'on Mon', 'every wed' (a set), 'friday night or sat': a short weekday a day's place names."""
    pod, every = g.get("pod2"), g.get("every")
    word = text[s:e].split()[1 if every else 0]  # as written: "Sat" or "sat"
    wd = SHORT_WEEKDAYS[word.lower()]
    lead = prev_word(text, s)
    listed = _WEEKDAY_LIST_BEFORE.search(text, max(0, s - 60), s)
    placed = _DAY_PLACE_AFTER.match(text, e) is not None
    if listed is not None:
        if word.lower() in _LISTED_WORDS and not _LIST_END_AFTER.match(text, e):
            return None  # "They wed, and sat down to eat", "Friday and sat up late"
    elif not (placed and (every or lead == "on")):
        return None
    elif not every and word.islower() and word in _WORD_SHORT_WEEKDAYS:
        return None  # "on sun and sand"
    if every or (listed is not None and listed.group("every")):
        suffix = f"T{PARTS_OF_DAY[pod.lower()]}" if pod else ""
        return ValueSpec(type="SET", value=f"XXXX-WXX-{wd}{suffix}")
    return WeekdaySpec(type="TIME" if pod else "DATE", wd=wd, pod=PARTS_OF_DAY[pod.lower()] if pod else None)


def b_plural_weekday(g: Groups, text: str, s: int, e: int) -> Spec | None:
    """'on Sundays', 'every Monday morning': a set."""
    if prev_word(text, s) not in ("on", "every", "most", "all", "some"):
        return None
    pod = g.get("pod")
    suffix = f"T{PARTS_OF_DAY[pod.lower()]}" if pod else ""
    return ValueSpec(type="SET", value=f"XXXX-WXX-{WEEKDAYS[g['weekday'].lower()]}{suffix}")


def b_weekday_pods(g: Groups, text: str, s: int, e: int) -> Spec | None:
    """'Tuesday nights', 'Friday evenings': every such part of that weekday, a set."""
    wd = WEEKDAYS[g["weekday"].lower().rstrip(".")]
    return ValueSpec(type="SET", value=f"XXXX-WXX-{wd}T{PARTS_OF_DAY[g['pod'].lower()]}")


def b_dayword(g: Groups, text: str, s: int, e: int) -> Spec | None:
    w = g["dayword"].lower()
    if w in CHAT_DAYWORDS and g["dayword"].isupper():
        return None  # "TMR", "TDY": acronyms
    pod = g.get("pod")
    code = PARTS_OF_DAY[" ".join(pod.lower().split())] if pod else "NI" if w in NIGHT_DAYWORDS else None
    return RelSpec(type="TIME" if code else "DATE", unit="day", n=DAYWORDS[w], pod=code, mod=mod_of(g.get("mod")))


def b_this_pod(g: Groups, text: str, s: int, e: int) -> Spec:
    """'this morning', 'last night', 'later this evening'."""
    pod = g.get("pod") or g["pod2"]
    n = -1 if (g.get("shift") or "").lower() == "last" else 0
    return RelSpec(type="TIME", unit="day", n=n, pod=PARTS_OF_DAY[" ".join(pod.lower().split())])


def b_shift_unit(g: Groups, text: str, s: int, e: int) -> Spec | None:
    """last week / next month / this year / the past year / the coming weekend."""
    if g["unit"][0].isupper() and not g["unit"].isupper():
        return None  # ABC's "This Week"
    unit = unit_of(g["unit"])
    unit = UNIT_ABBREVIATIONS.get(unit, unit)
    sh = g["shift"].lower()
    n = SHIFT_WORDS[sh]
    if unit in ("decade", "century") and sh in ("past", "last") and text[s:s + 4].lower() == "the ":
        return ValueSpec(type="DURATION", value=duration_value(1, unit))
    the = re.search(r"\bthe\s+" + sh, text[s:e], re.I) is not None
    if the and sh in ("last", "past") and _OF_A_THING.match(text, e):
        # "the last month of the war", "the last year of his reign": the final one of that
        # thing, not counted from the report date; a week, month or year, as TIMEX2 has it
        return ValueSpec(type="DURATION", value=duration_value(1, unit))
    anchored = the and sh in ("following", "previous", "preceding", "prior")
    return RelSpec(
        unit=unit, n=n, mod=mod_of(g.get("mod")), anchor="ref" if anchored else "dct",
        advance=anchored and sh == "following",
        next_the=the and sh == "next",  # "it reopened the next year": from the year under discussion
        # "a loss of $3 million last year": maybe the same quarter a year ago
        figures=unit == "year" and n == -1 and bool(
            _FIGURE_BEFORE.search(text, max(0, s - 48), s) or _FIGURE_AFTER.match(text, e)))


_OF_A_THING = re.compile(r"\s+of\s+(?:the|his|her|its|their|a|an|this|that|[A-Z][a-z])")


# A reported figure just before "last year" ("$3 million last year", "40% last year") or just
# after it ("last year's $1.55 billion", "last year's results"): in a quarterly report the
# comparison is with the same quarter a year earlier (resolve.py checks the quarter).
_FIGURE_BEFORE = re.compile(
    r"(?:\d(?:[\d.,]*\d)?(?:\s*%|\s+(?:million|billion|cents?|pence|percent|a\s+share))?|compared\s+with|from)"
    r"(?:,\s+or\s+[$#]?\d[\d.,]*(?:\s+(?:cents?|pence|a\s+share))*)?,?[ \t]+$", re.I)
_FIGURE_AFTER = re.compile(
    r"['’]s\s+(?:[$#£€]|[A-Z]{1,2}\$|\d|results?\b|quarter\b|period\b|figures?\b|earnings\b|profits?\b|"
    r"net\b|loss(?:es)?\b|sales\b|revenues?\b|level\b)")


def b_earlier_this(g: Groups, text: str, s: int, e: int) -> Spec:
    """earlier this year, later this month, early next year, late last week."""
    shift = g["shift"].split()[-1].lower()  # "the past" -> "past"
    return RelSpec(unit=unit_of(g["unit"]), n=SHIFT_WORDS[shift],
                   mod="START" if g["mod"].lower().startswith("earl") else "END")


# "two years later", "a week afterwards", "two days before." (no event after it): counted from
# the time under discussion, not from the document date
NARRATIVE_OFFSET_WORDS = frozenset({"later", "afterwards", "afterward", "after", "before"})
_ONES_ALT = "one|two|three|four|five|six|seven|eight|nine|ten|a\\s+few"
_SPAN_BEFORE = re.compile(r"\b(?:\d+|" + _ONES_ALT + r")\s+(?:or|to)\s+$", re.I)
_LAST_WORD = re.compile(r"\s+\w+$")


# a unit and the next smaller one it counts in, for a count with a half ("a year and a half ago")
_SMALLER_UNIT = {"year": ("month", 12)}


def b_ago(g: Groups, text: str, s: int, e: int) -> Spec | None:
    """two days ago, a year earlier, three weeks later, two days before."""
    n = num_of(g.get("num") or g.get("vague"))
    unit = unit_of(g["unit"])
    if n is not None and g.get("half"):
        n += 0.5  # "a year and a half ago"
    if n is not None and not float(n).is_integer():
        # "two and a half years ago": counted in the next smaller unit (30 months)
        smaller = _SMALLER_UNIT.get(unit)
        if smaller is None or not float(n * smaller[1]).is_integer():
            return None
        unit, n = smaller[0], n * smaller[1]
    word = g["dir"].lower()
    sign = -1 if word in ("ago", "earlier", "before", "back", "previously") else 1
    narr = word in NARRATIVE_OFFSET_WORDS
    core = None
    if narr:
        # "two years later": the time under discussion moved on; without one (or for hours,
        # or "a few days") TimeML keeps the duration, written without the adverb
        last = _LAST_WORD.search(text[s:e])
        assert last is not None  # the pattern ends with the adverb
        core = s + last.start()
    return RelSpec(
        type="TIME" if unit in ("hour", "minute", "second") else "DATE",
        unit=unit, n=None if n is None else sign * int(n), mod=mod_of(g.get("mod")),
        anchor="dct" if word in ("ago", "back", "from now", "hence") else "ref", ago=True,
        narr=narr, advance=narr and word != "before", core=core,
        # "two or three days later": TimeML keeps the duration (the upper end)
        span=narr and _SPAN_BEFORE.search(text[max(0, s - 16):s]) is not None,
        whole_year=unit == "year" and not narr and longer_period_before(text, s))


# what may follow "after" / "before" and still be no happening: a date, a weekday, a holiday,
# a part of a period ("the end of"), the time under discussion itself ("that", "then")
_NO_HAPPENING_ALT = r"(?:the\s+)?(?:" + _alt([*MONTHS, *WEEKDAYS, *HOLIDAYS, "new year", "end", "start", "beginning",
                                               "middle", "turn", "war", "that", "this", "then", "it"]) + r")\b"


def b_after_event(g: Groups, text: str, s: int, e: int) -> Spec | None:
    """"Five days after the fall of Girona", "A year after Marathon": so long after (before) a
    happening. The match ends at "after": the extractor takes the happening into the extent, as
    TIMEX2 does, where it dates it (a history, the happening just told); elsewhere the duration
    ("after the war" is left out: a war is a span, not a point)."""
    n = num_of(g.get("num"))
    if n is None or not float(n).is_integer():
        return None
    word = g["dir"].lower()
    at = re.search(r"\s" + word + r"$", text[s:e], re.I)
    assert at is not None  # the pattern ends with the word
    unit = unit_of(g["unit"])
    if unit in ("hour", "minute", "second"):
        return None
    sign = -1 if word == "before" else 1
    return RelSpec(unit=unit, n=sign * int(n), anchor="ref", ago=True,
                   narr=True, advance=word == "after", core=s + at.start(), event=True)


def b_year_ago(g: Groups, text: str, s: int, e: int) -> Spec:
    """'year-earlier levels': a year (month, quarter, week) before the document date."""
    unit = unit_of(g.get("unit") or g["unit2"])
    return RelSpec(unit=unit, n=-1, ago=True, whole_year=unit == "year" and longer_period_before(text, s))


# Session 20: a period longer than a quarter named earlier in the sentence ("For the nine
# months, ... a year earlier", "In the first nine months, ... in the 1988 period", "in the
# latest nine months, compared with 40% a year earlier"): the comparison is with the same
# stretch of the year before, which TimeML writes as that year, not the quarter under
# discussion
_LONGER_PERIOD = re.compile(r"\b(?:nine|six|9|6)[- ]months?\b|\bfirst\s+half\b|\b(?:three|3)\s+quarters\b", re.I)
_SENTENCE_STOP = re.compile(r"[.!?]['\"’”]?\s+(?=[A-Z\"“'`])")


def longer_period_before(text: str, s: int) -> bool:
    """A period longer than a quarter is named in the sentence before offset `s`."""
    lo = max(0, s - 300)
    for m in _SENTENCE_STOP.finditer(text, lo, s):
        lo = m.end()
    return _LONGER_PERIOD.search(text, lo, s) is not None


def b_year_ago_quarter(g: Groups, text: str, s: int, e: int) -> Spec:
    unit = g.get("unit") or g.get("unit2") or g["unit3"]
    return YearAgoQuarterSpec(q=ORDINALS.get((g.get("qword") or "").lower()), period=unit.lower() == "period")


def b_year_period(g: Groups, text: str, s: int, e: int) -> Spec:
    return YearPeriodSpec(y=int(g["year"]), q=ORDINALS.get((g.get("qword") or "").lower()),
                          quarter=g["unit"].lower() == "quarter", whole_year=longer_period_before(text, s))


def b_in_n(g: Groups, text: str, s: int, e: int) -> Spec:
    """'in three weeks': a date in future text, else the duration ('the first time in two years');
    after a superlative always the duration ("sales will be the weakest in a decade")."""
    prep = prev_word(text, s)
    if prep == "in" and _SUPERLATIVE_BEFORE.search(text, max(0, s - 60), s):
        prep = ""  # the span a record is counted over, never a time ahead
    return InSpec(type="DURATION", n=num_of(g.get("num") or g.get("vague")), unit=unit_of(g["unit"]),
                  inprep=prep, mod=mod_of(g.get("mod")))


# "the worst drought in", "its highest level in", "the first time in": what follows is a span
_SUPERLATIVE_BEFORE = re.compile(
    r"\b(?:worst|best|highest|lowest|biggest|largest|smallest|greatest|fastest|slowest|strongest|"
    r"weakest|deadliest|warmest|coldest|hottest|wettest|driest|busiest|longest|shortest|heaviest|"
    r"sharpest|steepest|deepest|most|least|fewest|first)(?:\s+[\w'’-]+){0,3}\s+in\s+$", re.I)


def b_duration(g: Groups, text: str, s: int, e: int) -> Spec | None:
    u = g["unit"]
    num = g.get("num")
    if num and re.fullmatch(r"\d{4}", num) and u.lower() in ("year", "years"):
        return None  # "2024 years": a year read as a count
    if u[0].isupper() and not u.isupper():
        return None  # "60 Minutes"
    if u.lower() == "second" and re.match(r"\s+[a-z]", text[e:e + 3]) and not re.match(r"\s+(?:later|ago|or|and|to|of|after|before|earlier)\b", text[e:e + 10]):
        return None  # "a second group"
    if u.lower().startswith("quarter") and re.match(r"\s+of\b", text[e:e + 4]):
        return None  # "three-quarters of its food"
    if (num or g.get("vague") or "").lower() in ("a", "an", "one") and _PER_BEFORE.search(text, max(0, s - 24), s):
        return None  # "$1.76 a year", "four flights a week": a rate, not a span
    if u.lower() == "weekend" and (num or g.get("vague") or "").lower() == "a" and re.search(r"\blong\s+weekend$", text[s:e], re.I):
        return None  # "a long weekend": the one at hand (rule "long-weekend"), not two days
    n = num_of(num or g.get("vague"))
    if g.get("vague") and n == 1:
        n = None
    if n is not None and g.get("half"):
        n += 0.5  # "an hour and a half"
    return ValueSpec(type="DURATION", value=duration_value(n, unit_of(u)), mod=mod_of(g.get("mod")))


_PER_BEFORE = re.compile(r"(?:\d|\b(?:million|billion|thousand|hundred|percent|times|cents|dollars|[a-z]{3,}[^s'’\W]s))[ \t]*$", re.I)


# after "the years": the stretch since a happening ("in the years that followed")
_SINCE_AFTER = re.compile(r"\s+(?:that\s+followed|since|following|after)\b", re.I)


def b_over_the_years(g: Groups, text: str, s: int, e: int) -> Spec | None:
    """'over the years', 'through the decades', 'in the years that followed': a duration of
    unknown length."""
    w = prev_word(text, s)
    if not (w in ("over", "through", "across") or (w in ("in", "during") and _SINCE_AFTER.match(text, e))):
        return None
    return ValueSpec(type="DURATION", value=duration_value(None, unit_of(g["unit"])))


def b_bare_plural_duration(g: Groups, text: str, s: int, e: int) -> Spec | None:
    """'for years', 'for decades', 'within weeks', 'the first time in years': a duration of
    unknown length."""
    if prev_word(text, s) not in ("for", "within", "in"):
        return None
    return ValueSpec(type="DURATION", value=duration_value(None, unit_of(g["unit"])))


def b_ref(g: Groups, text: str, s: int, e: int) -> Spec | None:
    if not _ref_ok(g["ref"], text, s, e):
        return None
    key = " ".join(g["ref"].lower().split())
    if key in RECENT_DURATIONS:
        return ValueSpec(type="DURATION", value=RECENT_DURATIONS[key])
    return ValueSpec(value=REF_PHRASES[key])


def b_set(g: Groups, text: str, s: int, e: int) -> Spec | None:
    """'daily', 'every Monday', 'every other week', 'twice a month'."""
    adverb = g.get("adverb")
    if adverb and re.match(r"\s+[A-Z]", text[e:e + 2]):
        return None  # "the Communist Party daily Granma": a newspaper
    if adverb:
        return ValueSpec(type="SET", value=SET_ADVERBS[adverb.lower()])
    if g.get("weekday"):
        key = g["weekday"].lower().rstrip(".")
        wd = WEEKDAYS[key.rstrip("s")] if key.rstrip("s") in WEEKDAYS else WEEKDAYS[key]
        return ValueSpec(type="SET", value=f"XXXX-WXX-{wd}")
    if g.get("month"):
        return ValueSpec(type="SET", value=f"XXXX-{month_of(g['month']):02d}")
    num = g.get("num")
    n = num_of(num) if num and num.lower() != "other" else 1
    return ValueSpec(type="SET", value=duration_value(1 if n is None else n, unit_of(g.get("unit") or g["unit2"])))


def _clock(hh: str, mi: str | None, ampm: str | None) -> str | None:
    """'hh:mm' of a clock reading; None when it is not one."""
    h = int(hh)
    m = int(mi) if mi else 0
    ap = (ampm or "").lower().replace(".", "").replace(" ", "")
    if ap.startswith("p") and h < 12:
        h += 12
    elif ap.startswith("a") and h == 12:
        h = 0
    if not (0 <= h <= 23 and 0 <= m <= 59):
        return None
    return f"{h:02d}:{m:02d}"


def b_time(g: Groups, text: str, s: int, e: int) -> Spec | None:
    """10 a.m., 5:30 p.m. EST Friday, noon Saturday, midnight."""
    noon = g.get("noon")
    if noon:
        if prev_word(text, s) == "high":
            return None  # "High Noon"
        clock: str | None = "00:00" if noon.lower() == "midnight" else "12:00"
    else:
        clock = _clock(g["hh"], g.get("mi"), g.get("ampm"))
    if clock is None:
        return None
    day: Spec | None = None
    if g.get("weekday"):
        day = WeekdaySpec(wd=WEEKDAYS[g["weekday"].lower().rstrip(".")])
    elif g.get("dayword"):
        if g["dayword"].lower() in CHAT_DAYWORDS and g["dayword"].isupper():
            return None
        day = RelSpec(unit="day", n=DAYWORDS[g["dayword"].lower()])
    elif g.get("month"):
        day = _date(g["month"], g.get("day"), g.get("year"))
        if day is None:
            return None
    return TimeSpec(type="TIME", time=clock, day=day)


def b_time_in_the(g: Groups, text: str, s: int, e: int) -> Spec | None:
    """'4 in the morning', '8 o'clock in the evening'."""
    clock = _clock(g["hh"], g.get("mi"), "am" if g["podw"].lower() == "morning" else "pm")
    return None if clock is None else TimeSpec(type="TIME", time=clock)


def b_time_hhmm(g: Groups, text: str, s: int, e: int) -> Spec | None:
    """'at 14:30': a clock only after a word that makes it one (else a score, a ratio)."""
    if prev_word(text, s) not in ("at", "by", "until", "from", "before", "after", "around", "about", "since"):
        return None
    return b_time(g, text, s, e)


def year_of_words(s: str) -> int | None:
    """1997 from "nineteen ninety-seven", 1905 from "nineteen oh five", 2003 from "two thousand and three"."""
    words = re.sub(r"[-\s]+", " ", s.lower()).replace(" and ", " ").split()
    if words[:2] == ["two", "thousand"]:
        rest = " ".join(words[2:])
        return 2000 + (_WHOLE_NUMBERS.get(rest, 0) if rest else 0)
    c = YEAR_WORD_CENTURIES.get(words[0])
    if c is None:
        return None
    rest_words = [w for w in words[1:] if w != "oh"]
    r = _WHOLE_NUMBERS.get(" ".join(rest_words))
    return None if r is None else c * 100 + r


def b_month_year_words(g: Groups, text: str, s: int, e: int) -> Spec | None:
    """'January nineteen ninety-seven', 'the winter of nineteen ninety-four'."""
    y = year_of_words(g.get("yearw") or g.get("yearw2") or "")
    if y is None:
        return None
    if g.get("season"):
        return SeasonSpec(s=SEASONS[g["season"].lower()], y=y)
    ymd = _ymd(g["month"], g.get("day"))
    return None if ymd is None else DateSpec(y=y, m=ymd[1], d=ymd[2])


def b_duration_range(g: Groups, text: str, s: int, e: int) -> Spec | None:
    """'two to three weeks', '10-12 hours', 'the next 12 to 18 months': one duration, the upper end."""
    lo, hi = num_of(g["lo"]), num_of(g["hi"])
    if lo is None or hi is None or not lo < hi:
        return None
    if g["unit"][0].isupper() and not g["unit"].isupper():
        return None
    return ValueSpec(type="DURATION", value=duration_value(hi, unit_of(g["unit"])), mod=mod_of(g.get("mod")))


def b_week_of(g: Groups, text: str, s: int, e: int) -> Spec | None:
    """'the week of March 6': the ISO week holding that day."""
    day = _date(g["month"], g["day"], g.get("year"))
    return None if day is None else WeekOfSpec(day=day)


# "the first / last week of August": the ISO week holding the middle of that seven days
_WEEK_OF_MONTH_DAY = {"first": 4, "second": 11, "third": 18, "fourth": 25}


def b_week_of_month(g: Groups, text: str, s: int, e: int) -> Spec | None:
    """'the last week of August', 'the first week of March 1944': the ISO week holding the
    middle of those seven days (the last week of a month: its last seven days)."""
    start = _date(g["month"], None, g.get("year"))
    if start is None or start.m is None:
        return None
    which = g["ord"].lower()
    # (a leap year's month lengths: 26 February is in both years' last seven days)
    day = _WEEK_OF_MONTH_DAY.get(which, calendar.monthrange(2024, start.m)[1] - 3)
    return WeekOfSpec(day=replace(start, d=day))


def b_offset(g: Groups, text: str, s: int, e: int) -> Spec | None:
    """'the day before last Tuesday', 'two days after Christmas', 'the day after tomorrow'."""
    base: Spec | None
    if g.get("weekday"):
        base = _weekday(g["weekday"], text, s, shift=g.get("shift"))
    elif g.get("month"):
        base = _date(g["month"], g["day"], g.get("year"))
    elif g.get("holiday"):
        base = _holiday(g["holiday"], text, s)
    else:
        w = g["dayword"].lower()
        base = RelSpec(unit="day", n=DAYWORDS[w]) if w in ("today", "yesterday", "tomorrow") else None
    if base is None:
        return None
    n = num_of(g.get("num")) if g.get("num") else 1
    if n is None or not float(n).is_integer():
        return None
    sign = -1 if g["dir"].lower() == "before" else 1
    return OffsetSpec(base=base, unit=unit_of(g["unit"]), n=sign * int(n))


# nouns after "the morning" / "the night" that make it a thing, not a time ("the morning paper")
POD_NOUN_AFTER = frozenset({
    "of", "news", "paper", "papers", "show", "shows", "edition", "editions", "session", "sessions",
    "shift", "shifts", "prayer", "prayers", "star", "sky", "club", "clubs", "rush", "commute", "before",
    "after", "flight", "flights", "train", "trains", "program", "programme", "sun", "air", "light",
    "lights", "life", "market", "markets", "class", "classes", "meeting", "meetings", "service",
})
_POD_PREPOSITIONS = frozenset({"in", "during", "by", "until", "till", "through", "throughout", "since",
                               "into", "overnight", "at", "on", "from", "before", "after", "around",
                               "about", "that", "late", "early", "all"})


def b_pod_ref(g: Groups, text: str, s: int, e: int) -> Spec | None:
    """'in the morning', 'that night', 'by mid-afternoon': that part of the day under discussion."""
    pod = (g.get("pod") or g["pod2"]).lower()
    if g.get("dayword"):
        return RelSpec(type="TIME", unit="day", n=DAYWORDS[g["dayword"].lower()], pod=PARTS_OF_DAY[pod])
    if g.get("weekday"):
        return _weekday(g["weekday"], text, s, pod=pod)
    m = re.match(r"\s+(?P<w>[a-z]+)|['’]s\b", text[e:e + 16])
    if m and (m.group("w") is None or m.group("w") in POD_NOUN_AFTER):
        return None
    first = text[s:e].split()[0].lower()
    if first != "that" and prev_word(text, s) not in _POD_PREPOSITIONS:
        return None
    return PodRefSpec(type="TIME", pod=PARTS_OF_DAY[pod])


def b_that(g: Groups, text: str, s: int, e: int) -> Spec | None:
    """'that year', 'the same day', 'that summer', 'later that month': the time under discussion."""
    if g.get("season"):
        return ThatSpec(unit="season", s=SEASONS[g["season"].lower()])
    if g.get("month"):
        if not month_ok(g["month"], strict=True):
            return None  # "that May ..." is more often the name
        return ThatSpec(unit="monthname", m=month_of(g["month"]))
    # "trades made that day": only a day already named, never a guessed one
    if g.get("unit2"):
        return ThatSpec(unit=g["unit2"].lower(), report_if_unnamed=True)
    weak = not (g.get("rel") or "same" in g["that"].lower() or prev_word(text, s) in _THAT_PREPOSITIONS
                or re.search(r"(?:^|[.;:!?]['\"’”]?)\s*$", text[max(0, s - 4):s]))
    return ThatSpec(unit=g["unit"].lower(), weak=weak)


def b_this_day(g: Groups, text: str, s: int, e: int) -> Spec | None:
    """'referred to this day as the Black Day', 'from this day forward' in a story: the day it
    is at (a story's only: in news "this day" is the report's, left alone). "To this day",
    "until this very day" are the present."""
    if prev_word(text, s) in _TO_THIS_DAY and not _REFER_TO.search(text, max(0, s - 24), s):
        return None
    return ThatSpec(unit="day", weak=True, story_only=True)


_TO_THIS_DAY = frozenset({"to", "until", "till", "unto"})
# "referred to this day as": the day itself, not "to this day" (the present)
_REFER_TO = re.compile(r"\b(?:refer(?:s|red)?|looked\s+back)\s+to\s+$", re.I)


_THAT_PREPOSITIONS = frozenset({"on", "by", "until", "till", "from", "since", "during", "in", "for", "after", "before", "of"})


def b_then(g: Groups, text: str, s: int, e: int) -> Spec | None:
    """'by then', 'until then': the time under discussion (not 'by then Colonel Mobutu')."""
    return None if re.match(r"\s+[A-Z]", text[e:e + 2]) else ThatSpec(unit="ref")


def b_next_day(g: Groups, text: str, s: int, e: int) -> Spec:
    """'the next day', 'the following morning', 'the previous night': a day from the day under discussion."""
    n = 1 if g["shift"].lower() in ("next", "following") else -1
    unit = g["unit"].lower()
    pod = PARTS_OF_DAY[unit] if unit != "day" else None
    return RelSpec(type="TIME" if pod else "DATE", unit="day", n=n, anchor="ref", advance=n == 1, pod=pod)


def b_day_before_after(g: Groups, text: str, s: int, e: int) -> Spec:
    """'the day before,' standing alone: from the day under discussion, or nothing."""
    after = g["dir"].lower() == "after"
    return RelSpec(unit=g["unit"].lower(), n=1 if after else -1, anchor="ref", only_ref=True, advance=after)


def b_day_after_it(g: Groups, text: str, s: int, e: int) -> Spec:
    """'the day after the battle', 'the day following saw the surrender', in a story: the day
    after the day it is at (in news, nothing: the happening may be no day just named)."""
    return RelSpec(unit="day", n=1, anchor="ref", only_ref=True, advance=True, story_only=True)


# the happening a story's "the day after ..." refers back to
_TOLD_HAPPENINGS = ("battle", "attack", "assault", "landing", "landings", "invasion", "raid", "armistice",
                    "surrender", "coup", "massacre", "bombing", "uprising")


# "April 24 and 25", "May 3 to 7": the second day takes the first one's month.
_CONJ_DAY_BEFORE = re.compile(r"(?P<month>" + MACROS["MONTH"] + r")\s+(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?,?\s+(?:and|or|&|to|through)\s+$", re.I)


def b_conj_day(g: Groups, text: str, s: int, e: int) -> Spec | None:
    m = _CONJ_DAY_BEFORE.search(text, max(0, s - 24), s)
    if m is None:
        return None
    return _date(m.group("month"), g["day"], g.get("year"))


def b_day_then_day(g: Groups, text: str, s: int, e: int) -> Spec | None:
    """'from the 13th to the 19th of October 1950', 'on the 28 and 29 August': the first day takes
    the month (and year) written after the second."""
    before = prev_word(text, s)
    if not (g.get("th") or text[s:s + 3].lower() == "the" or before in ("on", "from", "between")
            or (before == "and" and g["sep"].lower() != "and")):  # "..., and 22 to 24 February"
        return None
    if not month_ok(g["month"], strict=False):
        return None
    return _date(g["month"], g["day"], g.get("year"))


def b_dom(g: Groups, text: str, s: int, e: int) -> Spec | None:
    """'on the 11th': a day of the month, after a preposition. Before a word ("on the 20th was
    successful", "from the 13th to the 19th") or as "the 20th of the month", only a story's:
    the day of the month it is at (an ordinal before a noun is no day: "the 20th Division")."""
    if prev_word(text, s) not in ("on", "by", "until", "since", "from", "before", "after"):
        return None
    d = int(g["day"])
    if not 1 <= d <= 31:
        return None
    if g.get("otm"):
        return DayOfMonthSpec(d=d, story_only=True)
    nxt = _NEXT_WORD.match(text, e)
    if nxt is None:
        return DayOfMonthSpec(d=d)
    if nxt.group("w").lower() in _STORY_DAY_FOLLOWERS:
        return DayOfMonthSpec(d=d, story_only=True)
    return None


_NEXT_WORD = re.compile(r"\s+(?:of\s+)?(?P<w>[a-z]+)", re.I)
# words after "on the 20th" that show it is a day, not an ordinal before its noun
_STORY_DAY_FOLLOWERS = frozenset({
    "was", "were", "had", "saw", "and", "but", "to", "when", "as", "the", "a", "an", "he", "she",
    "it", "they", "we", "his", "her", "its", "their", "this", "these",
})


def _holiday(word: str, text: str, s: int, year: str | None = None, shift: str | None = None) -> HolidaySpec | None:
    name = " ".join(word.lower().split()).replace("’", "'")
    if name not in HOLIDAYS:
        return None
    if name == "easter" and text[s:s + 1].islower():
        return None
    return HolidaySpec(name=name, y=int(year) if year else None, shift=SHIFT_WORDS[shift.lower()] if shift else None)


def b_holiday(g: Groups, text: str, s: int, e: int) -> Spec | None:
    return _holiday(g["holiday"], text, s, g.get("year"), g.get("shift"))


def b_boundary(g: Groups, text: str, s: int, e: int) -> Spec | None:
    """the end of the year / the beginning of next month / the end of 1990 / year-end."""
    mod = mod_of(g["bound"]) or "END"
    if g.get("year"):
        return DateSpec(y=int(g["year"]), mod=mod)
    if g.get("month"):
        m = _bare_month(g["month"], strict=False)
        return None if m is None else MonthSpec(m=m, mod=mod)
    return RelSpec(
        unit=unit_of(g["unit"]), n=SHIFT_WORDS[g["shift"].lower()] if g.get("shift") else 0, mod=mod,
        # "the end of the month": in past narration, the month under discussion
        ofthe=re.search(r"\bof\s+the\s", text[s:e], re.I) is not None)


def b_year_end(g: Groups, text: str, s: int, e: int) -> Spec:
    return RelSpec(unit="year", n=0, mod="END")


def b_last_n(g: Groups, text: str, s: int, e: int) -> Spec:
    """the past three months, the next two weeks, the first nine months -> duration."""
    num = g.get("num") or g.get("num2")
    n = num_of(num) if num and not g.get("vague") else None
    return ValueSpec(type="DURATION", value=duration_value(n, unit_of(g.get("unit") or g["unit2"])))


def b_the_year(g: Groups, text: str, s: int, e: int) -> Spec | None:
    """'the year' in reports: the current year, or a one-year period when 'ended/ending' follows."""
    if prev_word(text, s) not in ("for", "of", "in", "during", "through", "throughout", "over", "into", "since"):
        return None
    if re.match(r"\s+(?:ended|ending|ends|to|through)\b", text[e:e + 12], re.I):
        return ValueSpec(type="DURATION", value="P1Y")
    return RelSpec(unit="year", n=0)


REF_PHRASES: dict[str, str] = {
    "now": "PRESENT_REF", "right now": "PRESENT_REF", "currently": "PRESENT_REF",
    "at present": "PRESENT_REF", "at the moment": "PRESENT_REF", "presently": "PRESENT_REF",
    "nowadays": "PRESENT_REF", "these days": "PRESENT_REF", "the present": "PRESENT_REF",
    "current": "PRESENT_REF", "the moment": "PRESENT_REF", "at this time": "PRESENT_REF",
    "recently": "PAST_REF", "lately": "PAST_REF", "the past": "PAST_REF",
    "recent": "PAST_REF", "more recently": "PAST_REF",
    "recent years": "PAST_REF", "recent days": "PAST_REF", "recent decades": "PAST_REF",
    "the future": "FUTURE_REF", "the near future": "FUTURE_REF",
    "the coming days": "FUTURE_REF", "the coming weeks": "FUTURE_REF",
    "the coming months": "FUTURE_REF", "the coming years": "FUTURE_REF",
    "coming days": "FUTURE_REF", "coming weeks": "FUTURE_REF", "coming months": "FUTURE_REF",
    "coming years": "FUTURE_REF", "the days ahead": "FUTURE_REF", "the weeks ahead": "FUTURE_REF",
    "the months ahead": "FUTURE_REF", "the years ahead": "FUTURE_REF", "future": "FUTURE_REF",
    "the foreseeable future": "FUTURE_REF", "one day": "FUTURE_REF",
}

# "in recent weeks": TimeML annotates a duration of unknown length
RECENT_DURATIONS: dict[str, str] = {
    "recent weeks": "PXW", "recent months": "PXM", "recent quarters": "PXM",
}

SET_ADVERBS: dict[str, str] = {
    "daily": "P1D", "weekly": "P1W", "monthly": "P1M", "yearly": "P1Y", "annually": "P1Y",
    "hourly": "PT1H", "nightly": "P1D", "biweekly": "P2W", "bimonthly": "P2M",
    "semiannually": "P6M", "fortnightly": "P2W",
}


# ---------------------------------------------------------------- the rules, tried in order
_NUMSEP = r"[-–—]"

RULES: tuple[Rule, ...] = (
    # ---- things that look like dates but are not: consume them so no part matches
    Rule("block-article", r"(?:article|art\.|section|sec\.|chapter|resolution|rule|paragraph|flight|route|no\.|nos\.|number|page|vol\.|room|highway)\s+\d[\d.,/-]*",
         b_block, negatives=("Article 5 of the treaty applies.", "Resolution 1990 was adopted.", "Flight 2024 landed.")),
    Rule("block-version", r"(?:version|ver\.|kernel|firmware)\s*\d+(?:\.\d+)+(?:\s*[-–]\s*\d+(?:\.\d+)+)?",
         b_block, negatives=("It needs Linux Kernel version 2.6.29–5.1 to run.", "Update to version 10.12.4 first.",
                             "Firmware 1.10.22 shipped.")),
    Rule("block-phone", r"\(?\d{3}\)?[ .-]\d{3}[ .-]\d{4}|\+\d{1,3}(?:[ .-]\d{2,4}){2,5}",
         b_block, negatives=("Call 555-123-4567 for details.", "Call +44 20 7946 0958 now.".replace(" now", "."))),
    Rule("block-thousands", r"\d{1,3}(?:(?:,|[ \u00a0\u202f](?=\d{3}\b))\d{3})+(?:\.\d+)?",
         b_block, negatives=("There are approximately 12 000 military personnel.", "It cost 1,990,000 dollars.")),
    Rule("block-unit-count", r"\d+(?:\.\d+)?[ \t]*(?:%|percent|per cent)|\d+(?:st|nd|rd|th)[ \t]+[a-z]+[ \t]+(?:[a-z]+[ \t]+)?(?:brigade|division|regiment|battalion|army|corps|fleet|squadron|company|district|street|avenue|floor|anniversary|amendment|place|round|time|annual|edition)s?",
         b_block, negatives=("the 11th separate airborne assault brigade", "the 3rd armored division", "up 2024 percent")),

    Rule("block-age", r"(?:<NUM>|<VAGUE>)[\s-]+(?:years?|months?|weeks?|days?)[\s-]+old\b",
         b_block, negatives=("A 6-year-old boy was rescued.", "He is 52 years old.")),

    # ---- eras: "490 BC", "the 4th century BC", "AD 9" (eras.py), before the rules they contain
    *ERA_RULES,

    # ---- ranges ("October 8-13", "8-13 October 2024", "Oct. 30 - Nov. 2", "May-July 2024", "1980-1988")
    Rule("range-month-days", r"<MONTH>\s+<DAY>" + TH + r"\s*(?:" + _NUMSEP + r"|through)\s*(?:<MONTH:month2>\s+)?<DAY:day2>" + TH + r"(?:,?\s+<YEAR>)?",
         b_month_day_range,
         examples=(("They were shipped to Vladivostok on October 8-13.", "October 8-13", "DATE", "2024-10-08"),
                   ("The fair runs Oct. 30 - Nov. 2, 2025.", "Oct. 30 - Nov. 2, 2025", "DATE", "2025-10-30"))),
    Rule("range-days-month", r"<DAY>" + TH + r"\s*" + _NUMSEP + r"\s*<DAY:day2>" + TH + r"\s+(?:of\s+)?<MONTH>(?:,?\s+<YEAR>)?",
         b_month_day_range,
         examples=(("Talks were held 8-13 October 2024 in Geneva.", "8-13 October 2024", "DATE", "2024-10-08"),)),
    Rule("range-months", r"<MONTH>(?:\s+<YEAR:year1>)?\s*" + _NUMSEP + r"\s*<MONTH:month2>(?:,?\s+<YEAR>)?",
         b_month_range,
         examples=(("Sales rose in May-July 2024, officials said.", "May-July 2024", "DATE", "2024-05"),
                   ("Sales rose from May to July, officials said.", "May", "DATE", "2024-05"),
                   ("Sales rose from May to July, officials said.", "July", "DATE", "2024-07"))),
    Rule("range-years", r"(?:(?P<fiscal>fiscal)\s+)?<YEAR>\s*(?:" + _NUMSEP + r"|/)\s*(?P<year2>(?:1[6-9]|20)?\d\d)(?![\d/-])"
         "",
         b_year_range,
         examples=(("During the 1980-1988 war thousands died.", "1980-1988", "DATE", "1980"),
                   ("Output grew between 2019 and 2021 as planned.", "2019", "DATE", "2019"),
                   ("Output grew between 2019 and 2021 as planned.", "2021", "DATE", "2021")),
         negatives=("The score was 12-10 after the break.",)),

    # ---- full dates
    Rule("iso", r"<YEAR>-(?P<mm>[01]\d)-(?P<dd>[0-3]\d)(?:[T ](?P<hh>[0-2]\d):(?P<mi>[0-5]\d)(?::\d\d(?:\.\d+)?)?(?:Z|[+-]\d\d:?\d\d)?)?",
         b_iso, examples=(("Filed on 2024-10-24 in court.", "2024-10-24", "DATE", "2024-10-24"),)),
    Rule("numeric", r"(?P<a>[0-3]?\d)(?P<sep>[/.-])(?P<b>[0-3]?\d)(?P=sep)(?P<y>(?:1[6-9]|20)\d\d|\d\d)(?![\d/.-]\d)",
         b_numeric, examples=(("The decree of 24/10/2024 applies.", "24/10/2024", "DATE", "2024-10-24"),
                              ("Posted 10/24/2024 by staff.", "10/24/2024", "DATE", "2024-10-24")),
         negatives=("The ratio was 3/4 of the total.",)),
    Rule("weekday-month-day", r"<WEEKDAY>,?\s+(?:the\s+)?<MONTH>\s+<DAY>" + TH + r"(?:,?\s+<YEAR>)?(?!\s*(?:" + _NUMSEP + r")\s*\d)"
         r"|<WEEKDAY:wd2>,?\s+(?:the\s+)?<DAY:day2>" + TH + r"\s+(?:of\s+)?<MONTH:month2>(?:,?\s+<YEAR:year2>)?",
         b_weekday_date,
         examples=(("It opens on Friday, April 25.", "Friday, April 25", "DATE", "2025-04-25"),)),
    Rule("month-day-year", r"<MONTH>\s+<DAY>" + TH + r",?\s+<YEAR>(?!\d)|<MONTH:m2>\s+<YEAR:y2>,\s*<DAY:d2>(?!\d|\s+(?:of\b|[a-z]+s\b))",
         # "Oct 2013, 11" is a day; "in November 2005, 10 of them women" / "10 people" is a count
         b_month_day_year,
         examples=(("The embassies were bombed Aug. 7, 1998, in Africa.", "Aug. 7, 1998", "DATE", "1998-08-07"),
                   ("He was born May 26, 1980 in Ohio.", "May 26, 1980", "DATE", "1980-05-26"),
                   ("Posted Oct 2013, 11 at noon.", "Oct 2013, 11", "DATE", "2013-10-11"),
                   ("24 civilians were killed in November 2005, 10 of them women.", "November 2005", "DATE", "2005-11"),
                   ("The raid came in May 2004, 12 soldiers said.", "May 2004", "DATE", "2004-05"))),
    Rule("day-month-year", r"(?:the\s+)?<DAY>" + TH + r"\s+(?:of\s+|day\s+of\s+)?<MONTH>,?\s+<YEAR>(?!\d)",
         b_date, examples=(("Pi San visits on 11 Oct 2013 the school.", "11 Oct 2013", "DATE", "2013-10-11"),
                           ("Signed on the 3rd of March 2020.", "the 3rd of March 2020", "DATE", "2020-03-03"))),
    Rule("month-year-words", r"<MONTH>(?:\s+<DAY>" + TH + r")?,?\s+(?:of\s+)?<YEARW>|(?:the\s+)?<SEASON>\s+of\s+<YEARW:yearw2>",
         b_month_year_words,
         examples=(("January nineteen ninety-seven. Atlanta again.", "January nineteen ninety-seven", "DATE", "1997-01"),
                   ("The level we saw in the winter of nineteen ninety-four.", "the winter of nineteen ninety-four", "DATE", "1994-WI"),
                   ("It was founded in March two thousand and three.", "March two thousand and three", "DATE", "2003-03"))),
    Rule("month-of-that-year", r"<MONTH>(?:\s+<DAY>" + TH + r")?,?\s+of\s+(?:that|the\s+same)\s+year",
         b_month_of_that_year,
         examples=(("The war began in 1861. Congress passed the resolution on July 25 of that year.",
                    "July 25 of that year", "DATE", "1861-07-25"),
                   ("It began in 1958 and ended in November of the same year.", "November of the same year", "DATE", "1958-11")),
         negatives=("He wrote of that year.",)),
    Rule("month-year", r"(?:(?P<mod>early|mid|late|around|about|circa|approximately|the\s+middle\s+of|the\s+end\s+of|the\s+beginning\s+of|the\s+start\s+of)[-\s]+(?:of\s+)?)?<MONTH>,?\s+(?:of\s+)?(?:<YEAR>(?![\d-])|(?P<yrel>this|last|next|that)\s+year)",
         b_date, examples=(("Prices peaked in July 1997 before falling.", "July 1997", "DATE", "1997-07"),
                           ("It happened in June last year.", "June last year", "DATE", "2023-06"),
                           ("The plan dates from early March 2020.", "early March 2020", "DATE", "2020-03"),
                           ("Prices soared in 1923. In November of that year, the mark was replaced.", "November of that year", "DATE", "1923-11"))),
    Rule("month-day", r"<MONTH>\s+(?:the\s+)?<DAY>" + TH + r"(?![\d,.:]\d|\s*(?:%|percent|(?:years?|months?|weeks?|days?|hours?|minutes?|seconds?|people|men|women|troops|soldiers|per\b)))",
         b_date, examples=(("On October 24, intelligence reported arrivals.", "October 24", "DATE", "2024-10-24"),
                           ("The clash happened on November 4.", "November 4", "DATE", "2024-11-04"),
                           ("The summit will be held April 7.", "April 7", "DATE", "2025-04-07"),
                           ("Oil closed at a high on Sept. 30.", "Sept. 30", "DATE", "2024-09-30")),
         negatives=("May 5 people come along?",)),
    # after "on" a month and a number are a date whatever noun follows: "On October 24 troops
    # arrived" (month-day alone leaves "In October 24 troops arrived" to the count)
    Rule("on-month-day", r"(?:(?<=\bon )|(?<=\bOn ))<MONTH>\s+(?:the\s+)?<DAY>" + TH + r"(?![\d,.:]\d|\s*(?:%|percent|per\b))",
         b_date, examples=(("On October 24 troops arrived.", "October 24", "DATE", "2024-10-24"),
                           ("On May 5 people marched in the capital.", "May 5", "DATE", "2024-05-05"),
                           ("On Oct. 24 soldiers crossed the river.", "Oct. 24", "DATE", "2024-10-24")),
         negatives=("Sales rose 5 percent on 24 troops.",)),
    Rule("day-month", r"(?:the\s+)?<DAY>" + TH + r"\s+(?:of\s+)?<MONTH>(?![a-z])",
         b_date,
         examples=(("Elections are due on 7 April.", "7 April", "DATE", "2025-04-07"),
                   ("It was signed on the 3rd of March.", "the 3rd of March", "DATE", "2024-03-03"))),
    Rule("conj-day", r"(?:(?<=\band )|(?<=\bor )|(?<=\bto )|(?<=& )|(?<=\bthrough ))<DAY>" + TH + r"(?:,?\s+<YEAR>)?(?!\s*(?:%|percent|[-–]|[a-z]+s\b))",
         b_conj_day, examples=(("The summit will be held on April 24 and 25 in Washington.", "25", "DATE", "2025-04-25"),),
         negatives=("Sales were 3 and 4 percent higher.",)),
    Rule("day-then-day-month", r"(?:the\s+)?<DAY>(?P<th>st|nd|rd|th)?(?=\s+(?P<sep>and|or|to|through|until)\s+(?:the\s+)?(?:3[01]|[12]\d|0?[1-9])"
         r"(?:st|nd|rd|th)?\s+(?:of\s+)?<MONTH>(?:,?\s+<YEAR>)?(?![a-z]))",
         b_day_then_day,
         examples=(("Mao moved the launch from the 13th to the 19th of October 1950.", "the 13th", "DATE", "1950-10-13"),
                   ("They breached the line on the 28 and 29 August 1918.", "the 28", "DATE", "1918-08-28"))),
    Rule("on-the-nth", r"the\s+<DAY>(?P<th>st|nd|rd|th)(?P<otm>\s+of\s+the\s+month)?",
         b_dom, examples=(("The vote was held on the 11th, officials said.", "the 11th", "DATE", "2024-10-11"),),
         negatives=("on the basis of the 11th separate airborne assault brigade a battalion formed",
                    "The attack on the 20th was repulsed.", "Rent is due on the 15th of the month.")),

    # ---- times of day
    Rule("time-in-the", r"(?P<hh>1[0-2]|0?[1-9])(?:[:.](?P<mi>[0-5]\d))?(?:\s+o['’]clock)?\s+in\s+the\s+(?P<podw>morning|afternoon|evening)",
         b_time_in_the,
         examples=(("He will leave at 4 in the morning.", "4 in the morning", "TIME", "2024-11-06T04:00"),
                   ("Polls close at 8 o'clock in the evening.", "8 o'clock in the evening", "TIME", "2024-11-06T20:00"))),
    Rule("time", r"(?:(?P<mod>about|around|approximately|shortly\s+(?:after|before))\s+)?(?:(?P<hh>[01]?\d|2[0-3])(?:[:.](?P<mi>[0-5]\d))?\s*(?P<ampm>[ap]\.?\s?m\b\.?|[ap]\.m\.|o'clock)|(?P<noon>noon|midnight|midday))"
         r"(?:\s+(?:est|edt|cst|cdt|mst|mdt|pst|pdt|gmt|utc|bst|cet|cest|msk|eet|eest))?(?:,?\s+(?:(?:on|this|last)\s+)?(?:<WEEKDAY>|<DAYWORD:dayword>|<MONTH>\s+<DAY>(?:,?\s+<YEAR>)?))?",
         b_time, examples=(("The meeting starts at 10 a.m. in Kyiv.", "10 a.m.", "TIME", "2024-11-06T10:00"),
                           ("Trading closed at 5 p.m. EST Nov. 9 for the week.", "5 p.m. EST Nov. 9", "TIME", "2024-11-09T17:00"),
                           ("They met at noon Saturday to talk.", "noon Saturday", "TIME", "2024-11-02T12:00")),
         negatives=("The score was 10 to 8.",)),
    Rule("time-hhmm", r"(?P<hh>[01]?\d|2[0-3])[:h](?P<mi>[0-5]\d)(?![\d.,:])",
         b_time_hhmm, examples=(("The train left at 14:30 sharp.", "14:30", "TIME", "2024-11-06T14:30"),)),

    Rule("time-compact", r"(?P<hh>1[0-2]|0?[1-9])(?P<mi>[0-5]\d)(?P<ampm>[ap]\.?m\b\.?)",
         b_time, examples=(("Event starts at 430pm at Vivo.", "430pm", "TIME", "2024-11-06T16:30"),),
         negatives=("The 2015PM model sold out.",)),

    # ---- holidays
    Rule("holiday", r"(?:(?P<shift>last|next|this)\s+)?<HOLIDAY>(?:\s+(?:of\s+)?<YEAR>)?",
         b_holiday, examples=(("See you on Christmas Day.", "Christmas Day", "DATE", "2024-12-25"),
                              ("Stores opened after Thanksgiving 2023.", "Thanksgiving 2023", "DATE", "2023-11-23"),
                              ("Voters went to the polls on Election Day.", "Election Day", "DATE", "2024-11-05"))),

    # ---- weekdays with parts of day and modifiers
    # "Mon-Fri", "Saturday-Sunday", "Fri.-Sat." (opening-hours style; no space around the dash:
    # "Monday - Friday" is two mentions that events.join_ranges joins)
    Rule("weekday-range", r"(?P<weekday>" + _WEEKDAY_WORD + r")[-–](?P<wd2>" + _WEEKDAY_WORD + r")(?![\w'’-])",
         b_weekday_range,
         examples=(("The office is open Mon-Fri from 9am.", "Mon-Fri", "DATE", "2024-11-04"),
                   ("The show runs Saturday-Sunday at the hall.", "Saturday-Sunday", "DATE", "2024-11-09"),
                   ("Opening hours: Fri.-Sat. 10-18.", "Fri.-Sat.", "DATE", "2024-11-08")),
         negatives=("Read the Chicago Sun-Times.", "The car has a sat-nav.", "The Mon-Khmer languages.")),
    Rule("weekday-pods", r"<WEEKDAY>\s+(?P<pod>morning|afternoon|evening|night)s\b",
         b_weekday_pods, examples=(("New flights will leave Bombay on Tuesday nights from March 30.", "Tuesday nights", "SET", "XXXX-WXX-2TNI"),
                                   ("Friday evenings are quiet here.", "Friday evenings", "SET", "XXXX-WXX-5TEV"))),
    Rule("weekday-pod", r"(?:(?P<mod>early|late|earlier|later)\s+(?:on\s+)?)?(?:(?:the\s+)?(?P<shift>last|next|this|coming|past|previous|following)\s+)?<WEEKDAY>(?:\s+<POD>|(?:\s+(?P<pod2>morning|afternoon|evening|night)))?(?!-?\w|['’](?!s\b)\w)",
         b_weekday,
         examples=(("Zelensky spoke Friday evening to the nation.", "Friday evening", "TIME", "2024-11-01TEV"),
                   ("He said Wednesday that talks failed.", "Wednesday", "DATE", "2024-11-06"),
                   ("The ministers will meet on Monday.", "Monday", "DATE", "2024-11-11"),
                   ("The rebels attacked on Monday.", "Monday", "DATE", "2024-11-04"),
                   ("They met last Friday.", "last Friday", "DATE", "2024-11-01"),
                   ("Officials said early Tuesday the count was done.", "early Tuesday", "DATE", "2024-11-05"))),
    Rule("short-weekday", r"(?P<shift>last|next|this|coming)\s+(?P<short>" + "|".join(sorted(SHORT_WEEKDAYS, key=len, reverse=True))
         + r")(?:\s+(?P<pod2>morning|afternoon|evening|night))?(?![\w'’-])"
         r"(?=\s*(?:[,!?;:)]|\.(?!\w)|$)|\s+(?:at|from|and|or|with|in|to|for|\d))",  # not "this sun cream"
         b_short_weekday,
         examples=(("The finals are this Sat, 7pm at Kallang.", "this Sat", "DATE", "2024-11-09"),
                   ("Good luck to all runners this sun!", "this sun", "DATE", "2024-11-10"),
                   ("The vote closes this Fri night.", "this Fri night", "TIME", "2024-11-08TNI"),
                   ("We met last Tue with the team.", "last Tue", "DATE", "2024-11-05")),
         negatives=("He sat in the sun all day.", "He sat this one out.", "Leave this sun cream here.")),
    Rule("bare-short-weekday", r"(?:(?P<every>every)\s+)?(?P<short>" + _SHORT_WEEKDAY_ALT
         + r")(?:\s+(?P<pod2>morning|afternoon|evening|night))?(?![\w'’.-])",
         b_bare_short_weekday,
         examples=(("My exams will be on Mon and tues only!", "Mon", "DATE", "2024-11-11"),
                   ("My exams will be on Mon and tues only!", "tues", "DATE", "2024-11-12"),
                   ("Rehearsal on Thurs at 7, see you there", "Thurs", "DATE", "2024-11-07"),
                   ("how about friday night or sat?", "sat", "DATE", "2024-11-09"),
                   ("The market opens on Sat from 9am.", "Sat", "DATE", "2024-11-09"),
                   ("a bit stupid every mon, wed, thur got parade", "every mon", "SET", "XXXX-WXX-1"),
                   ("a bit stupid every mon, wed, thur got parade", "thur", "SET", "XXXX-WXX-4")),
         negatives=("He sat on sun loungers all afternoon.", "They lay on sun and sand at the beach.",
                    "They wed, and sat down to eat.", "Turn on sat nav for the trip.",
                    "The talk on Mon languages was long.", "Shares of Sun fell.")),
    Rule("plural-weekday", r"(?P<weekday>monday|tuesday|wednesday|thursday|friday|saturday|sunday)s(?:\s+(?P<pod>morning|afternoon|evening|night)s?)?",
         b_plural_weekday, examples=(("The market is closed on Sundays now.", "Sundays", "SET", "XXXX-WXX-7"),)),

    # ---- today / yesterday / tomorrow / tonight (+ part of day)
    Rule("dayword", r"(?:(?P<mod>early|late|earlier|later)\s+)?<DAYWORD:dayword>(?:\s+<POD>)?",
         b_dayword, examples=(("The talks ended yesterday.", "yesterday", "DATE", "2024-11-05"),
                              ("He flies home tomorrow morning.", "tomorrow morning", "TIME", "2024-11-07TMO"),
                              ("They speak tonight.", "tonight", "TIME", "2024-11-06TNI"),
                              ("The vote ended late yesterday.", "late yesterday", "DATE", "2024-11-05"),
                              ("Feels like taking MC tmr... at least once", "tmr", "DATE", "2024-11-07"),
                              ("Training at Macritchie tdy.", "tdy", "DATE", "2024-11-06"),
                              ("Party tonite at the beach!", "tonite", "TIME", "2024-11-06TNI"),
                              ("BBQ tmr night, who is in?", "tmr night", "TIME", "2024-11-07TNI"),
                              ("trmw must wake up early to report", "trmw", "DATE", "2024-11-07"),
                              ("See you tmw at the gym", "tmw", "DATE", "2024-11-07")),
         negatives=("The TMR ratio was reported.", "The TMW truck fleet grew.")),
    Rule("this-pod", r"(?:(?P<shift>this|last)\s+)(?P<pod>morning|afternoon|evening|night|nite)|(?P<shift2>later|earlier)\s+this\s+(?P<pod2>morning|afternoon|evening)",
         b_this_pod,
         examples=(("Troops left this morning.", "this morning", "TIME", "2024-11-06TMO"),
                   ("Shelling went on last night.", "last night", "TIME", "2024-11-05TNI"),
                   ("Preview show last nite with family.", "last nite", "TIME", "2024-11-05TNI"))),

    # ---- chained: the day before last Tuesday, two days after Christmas, the day after tomorrow
    Rule("offset", r"(?:the|a|(?P<num>one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2}))\s+(?P<unit>days?|weeks?)\s+(?P<dir>before|after)\s+"
         r"(?:(?:(?P<shift>last|next|this)\s+)?<WEEKDAY>|<MONTH>\s+<DAY>" + TH + r"(?:,?\s+<YEAR>)?|<HOLIDAY>|(?P<dayword>today|yesterday|tomorrow))(?![\w-])",
         b_offset, examples=(("The hearing was the day before last Tuesday.", "the day before last Tuesday", "DATE", "2024-11-04"),
                             ("They left two days after Christmas.", "two days after Christmas", "DATE", "2024-12-27"),
                             ("We fly the day after tomorrow.", "the day after tomorrow", "DATE", "2024-11-08"),
                             ("It opened a week after March 3.", "a week after March 3", "DATE", "2024-03-10"),
                             ("The day before last Tuesday's hearing, he left.", "The day before last Tuesday", "DATE", "2024-11-04"))),
    Rule("next-day", r"the\s+(?P<shift>next|following|previous|preceding)\s+(?P<unit>day|morning|afternoon|evening|night)(?!['’]s\s)",
         b_next_day, examples=(("On Oct. 22 he was in court. He left the next morning.", "the next morning", "TIME", "2024-10-23TMO"),
                               ("On Oct. 22 he was in court. The following day he fled.", "The following day", "DATE", "2024-10-23"))),
    Rule("week-of", r"the\s+week\s+of\s+<MONTH>\s+<DAY>" + TH + r"(?:,?\s+<YEAR>)?",
         b_week_of, examples=(("The hearing will be held the week of March 6.", "the week of March 6", "DATE", "2025-W10"),
                              ("Talks were held the week of Oct. 21.", "the week of Oct. 21", "DATE", "2024-W43"))),
    Rule("week-of-month", r"the\s+(?P<ord>first|second|third|fourth|last|final)\s+week\s+of\s+<MONTH>(?:,?\s+<YEAR>)?(?![\w-])",
         b_week_of_month, examples=(("Talks were held in the first week of March.", "the first week of March", "DATE", "2024-W10"),
                                    ("In the last week of August the army advanced.", "the last week of August", "DATE", "2024-W35"),
                                    ("They landed in the second week of June 1944.", "the second week of June 1944", "DATE", "1944-W23"))),
    Rule("duration-range", r"(?:(?P<mod>about|around|approximately|some|roughly)\s+)?(?:(?:the|these)\s+(?:(?:past|last|next|coming|following|first|previous)\s+)+)?"
         r"<COUNT:lo>\s*(?:to|or|-|–)\s*<COUNT:hi>(?:[\s-]+|(?<=\d))<UNIT>(?!\s+(?:ago|earlier|later|before|after|from\s+now|old)\b|-old)",
         b_duration_range,
         examples=(("Shipments resume within two to three weeks.", "two to three weeks", "DURATION", "P3W"),
                   ("Acquisitions come during the next 12 to 18 months.", "the next 12 to 18 months", "DURATION", "P18M"),
                   ("I spend 10-12 hours in my room.", "10-12 hours", "DURATION", "PT12H")),
         negatives=("The children were 2 to 3 years old.",)),

    # ---- that part of the day under discussion: in the morning, that night, by mid-afternoon
    Rule("pod-ref", r"(?:that|the)\s+(?:(?:early|late)\s+)?(?P<pod>morning|afternoon|evening|night)|(?:mid|late|early)[-\s](?P<pod2>morning|afternoon|evening)(?:\s+(?P<dayword>today|yesterday|tomorrow)|\s+(?:on\s+)?<WEEKDAY>)?(?!-?\w)",
         b_pod_ref, examples=(("Dealers placed heavy buy orders in the morning.", "the morning", "TIME", "2024-11-06TMO"),
                              ("By mid afternoon, officials said the operation was over.", "mid afternoon", "TIME", "2024-11-06TAF"),
                              ("On October 24, troops came. That night they shelled the town.", "That night", "TIME", "2024-10-24TNI"),
                              ("In London at mid-afternoon yesterday, shares rose.", "mid-afternoon yesterday", "TIME", "2024-11-05TAF")),
         negatives=("He read the morning paper.", "The night of the long knives was grim.", "Such is the evening's mood.")),

    # ---- the day before / the day after, standing alone: from the day under discussion
    Rule("day-before-after", r"the\s+(?P<unit>day|week|month|year)\s+(?P<dir>before|after)(?=\s*(?:[,.;:!?)]|$|\s+(?:and|but)\b))",
         b_day_before_after,
         examples=(("The dam burst on 7 May 1921. The day before, it had rained.", "The day before", "DATE", "1921-05-06"),
                   ("The polls closed on 4 July 1950 and results came the day after.", "the day after", "DATE", "1950-07-05")),
         negatives=("They met the day after the funeral.", "The day before, it had rained.")),
    Rule("day-after-it", r"the\s+day\s+(?:after|following)\s+(?:the\s+(?:" + _alt(_TOLD_HAPPENINGS) + r")|it|that)(?![\w'’-]|\s+of\b)"
         r"|the\s+day\s+following(?=\s+(?:saw|brought)\b)",
         b_day_after_it,
         examples=(("The war ran through 1914, 1915, 1916 and 1917. Amiens fell on 8 August 1918. The day after the battle Ludendorff gave up.",
                    "The day after the battle", "DATE", "1918-08-09"),
                   ("The war ran through 1914, 1915, 1916 and 1917. Kiel rose on 3 November 1918, and the day following saw more mutinies.",
                    "the day following", "DATE", "1918-11-04")),
         negatives=("They met the day after the battle.", "The day after the battle he left.",
                    "The day following saw the surrender.")),
    # ---- "by then", "until then": the time under discussion (TimeBank marks the "then")
    Rule("then", r"(?:(?<=\bby )|(?<=\buntil )|(?<=\btill )|(?<=\bbefore ))then(?!\s*-?\s*(?:current|president|leader|chairman|minister|head|chief|[a-z]+-?(?:elect|former)))",
         b_then,
         examples=(("Conversion rights end on Nov. 30. Until then, the stock converts.", "then", "DATE", "2024-11-30"),
                   ("The war ended in 1945. By then, the regime had collapsed.", "then", "DATE", "1945")),
         negatives=("By then, he said, it was too late.", "Then he left.", "He was arrested by then Colonel Mobutu.")),
    # ---- "at the time," (a past time under discussion; TimeBank: PAST_REF on "the time")
    # ---- a story's "At the same time," opening a sentence, "X at the time was": the time it is at
    Rule("at-the-same-time", r"(?:(?<=^at )|(?<=[.;!?] at )|(?<=[.;!?][\"'”’] at )|(?<=\nat ))the\s+same\s+time(?=,)"
         r"|(?<=\bat )the\s+time(?=\s+(?:was|were|had)\b)",
         lambda g, t, s, e: ThatSpec(unit="ref", story_only=True),
         examples=(("The war ran through 1914, 1915, 1916 and 1917. Minh took power on 28 April 1918. At the same time, tanks reached the city.",
                    "the same time", "DATE", "1918-04-28"),
                   ("The war ran through 1914, 1915, 1916 and 1917. The Tsar fell in March 1918. Russia at the time was in chaos.", "the time", "DATE", "1918-03")),
         negatives=("At the same time, tanks moved.",
                    "They fought two wars at the same time, and lost.")),
    Rule("the-time", r"(?<=\bat )the\s+time(?=\s*(?:[,;:!?)]|\.(?!\w)|$))",
         lambda g, t, s, e: ValueSpec(value="PAST_REF"),
         examples=(("He moved to Berlin in 1933. At the time, few foreigners lived there.", "the time", "DATE", "PAST_REF"),),
         negatives=("At the time of its founding the club had twelve members.", "We were all busy at the same time.")),

    # ---- relative offsets: two days ago, a year earlier, year-ago, in three weeks
    Rule("ago", r"(?:(?P<mod>about|around|nearly|almost|some|more\s+than|less\s+than|roughly|only|just)\s+)?(?:<NUM>|<VAGUE:vague>)[\s-]+<UNIT>(?P<half>\s+and\s+a\s+half)?(?:\s+or\s+(?:so|more))?\s+(?P<dir>ago|earlier|back|from\s+now|hence|later|afterwards?|(?:after|before)(?=\s*(?:[,.;:!?)]|$)))(?!\s+(?:than|that))",
         b_ago, examples=(("Two days ago the town fell.", "Two days ago", "DATE", "2024-11-04"),
                          ("A year ago prices were lower.", "A year ago", "DATE", "2023"),
                          ("Six weeks ago it began.", "Six weeks ago", "DATE", "2024-W39"),
                          ("Several years ago it began.", "Several years ago", "DATE", "PAST_REF"),
                          # a half-year count, in months
                          ("He was hurt a year and a half ago.", "a year and a half ago", "DATE", "2023-05"),
                          ("It began two and a half years ago.", "two and a half years ago", "DATE", "2022-05"))),
    Rule("after-event", r"<NUM>[\s-]+<UNIT>\s+(?P<dir>after|before)(?=\s+(?!" + _NO_HAPPENING_ALT + r")" + HAPPENING_PATTERN + ")",
         b_after_event,
         examples=(("Five days after the fall of Girona, the last resistance in Catalonia broke.",
                    "Five days", "DURATION", "P5D"),
                   ("Liberty Arsenal was seized eight days after Fort Sumter.", "eight days", "DURATION", "P8D"))),
    Rule("year-ago-quarter", r"(?:the\s+)?(?:(?:comparable|corresponding|same)\s+)?year[- ](?:earlier|ago)\s+(?:(?P<qword>first|second|third|fourth)[- ])?(?P<unit>quarter|period)|(?:the\s+)?(?:(?:comparable|corresponding|same)\s+)?(?P<unit2>quarter|period)\s+(?:a\s+year\s+(?:ago|earlier)|(?:of\s+)?last\s+year)|last\s+year['’]s\s+(?P<unit3>quarter|period)",
         b_year_ago_quarter,
         examples=(("Profit rose. In the year-earlier quarter it fell.", "the year-earlier quarter", "DATE", "2023-Q3"),
                   ("Net rose in the third quarter from $2 million in the corresponding period last year.",
                    "the corresponding period last year", "DATE", "2023-Q3"),
                   ("In the year-ago third quarter it fell.", "the year-ago third quarter", "DATE", "2023-Q3"))),
    Rule("year-ago", r"(?P<unit>year|month|quarter|week)[- ](?P<dir>earlier|ago)(?=\s+(?:period|quarter|level|figure|month|week|year|result|sales|profit|net|loss|earnings))|the\s+(?P<unit2>year|month)[- ](?P<dir2>earlier|ago)\s+(?:period|quarter|month|level)",
         b_year_ago,
         examples=(("Profit fell from year-earlier levels.", "year-earlier", "DATE", "2023"),)),
    Rule("in-n", r"(?:(?<=\bin )|(?<=\bwithin ))(?:(?P<mod>about|around|nearly|less\s+than|more\s+than)\s+)?(?:<NUM>|<VAGUE:vague>)\s+<UNIT>(?:'s|’s)?(?:\s+time)?(?!\s+(?:ago|earlier|later|before))",
         b_in_n,
         examples=(("The troops will leave in three weeks.", "three weeks", "DATE", "2024-W48"),
                   ("Prices hit the highest level in two years.", "two years", "DURATION", "P2Y"))),

    # ---- quarters and halves
    Rule("quarter", r"(?:the\s+)?(?:(?P<yshift>this|last|next)\s+year['’]s\s+|<YEAR:yearpre>['’]?s?\s+|(?:fiscal|calendar)[\s-]+)?(?:(?P<fiscal>fiscal|calendar)[\s-]+)?(?P<qword>first|second|third|fourth|final|last|latter(?=[- ]half)|1st|2nd|3rd|4th)[- ](?P<unit>quarter|half)(?![-‐]finals?\b)(?:\s+(?:of\s+)?(?:(?:fiscal|calendar)\s+)?<YEAR>(?!\d)|\s+(?:of\s+)?(?P<yshift2>this|last|next)\s+year)?"
         r"|q(?P<qn>[1-4])(?:\s+<YEAR:year3>)?|h(?P<hn>[12])\s+<YEAR:year4>",
         b_quarter,
         examples=(("Sales fell in the third quarter.", "the third quarter", "DATE", "2024-Q3"),
                   ("Attacks fell in the latter half of 2008.", "the latter half of 2008", "DATE", "2008-H2"),
                   ("Earnings for the fourth quarter of 1989 will rise.", "the fourth quarter of 1989", "DATE", "1989-Q4"),
                   ("Growth slowed in the first half of 2023.", "the first half of 2023", "DATE", "2023-H1"),
                   ("Profit rose in Q2 2024.", "Q2 2024", "DATE", "2024-Q2"),
                   ("Profit rose in the fiscal first quarter.", "the fiscal first quarter", "DATE", "2024-Q1"),
                   ("Loss narrowed in the fiscal-first quarter ended Sept. 30.", "the fiscal-first quarter", "DATE", "2024-Q1"),
                   # a year's quarter, though "rebound" and "assist" are game words too
                   ("The economy will grow, thanks to a rebound in the fourth quarter.", "the fourth quarter", "DATE", "2024-Q4"),
                   ("It hired a bank to assist and reported a loss for the third quarter.", "the third quarter", "DATE", "2024-Q3")),
         # a game's halves and quarters, and the rounds of a cup, are no time of a year
         negatives=("He scored eight points in the first half.", "Toronto went on a 19-9 run in the first quarter.",
                    "Owens caught a touchdown late in the first quarter.", "Australia lost in the quarter-finals.",
                    "Liverpool will play Arsenal in the last quarter-final.")),
    Rule("the-quarter", r"the\s+latest\s+(?P<unit3>period)|(?:the|this|last|next|latest|(?<=the\s)latest)\s+(?:(?:latest|most\s+recent|current|fiscal|just-ended|recent)\s+)*(?P<unit>quarter|half)(?!\s+(?:of|point|million|billion|percent|mile)|[-‐]finals?\b)|(?:the\s+)?(?P<shift>latest|this|last|next|current|previous|past)\s+(?P<unit2>quarter)(?!\s+(?:of|point|million|billion|percent|mile)|[-‐]finals?\b)",
         b_the_quarter,
         examples=(("Profit rose in the quarter.", "the quarter", "DATE", "2024-Q3"),)),

    # ---- seasons
    Rule("season", r"(?:(?P<mod>early|mid|late)[-\s]+)?(?:the\s+)?(?:(?P<shift>last|next|this|coming|past|following|previous)\s+)?<SEASON>(?:\s+(?:of\s+)?<YEAR>(?!\d)|(?!\s+(?:of\s+(?:discontent|love|life)|\w+s\b)))",
         b_season,
         examples=(("The plant opens this summer.", "this summer", "DATE", "2025-SU"),
                   ("Prices rose last fall.", "last fall", "DATE", "2023-FA"),
                   ("In the winter of 1994 it snowed.", "the winter of 1994", "DATE", "1994-WI"),
                   ("Famine struck in the winter of 1932. The following spring, aid came.", "The following spring", "DATE", "1933-SP"),
                   # (a year after the season is its year, whatever word follows: "was", "troops")
                   ("By summer 1918 the army was sending troops.", "summer 1918", "DATE", "1918-SU"),
                   # a campaign's season takes the year written right after the campaign
                   ("The war dragged on into 1917. The German Spring Offensive of 1918 broke the line.", "Spring", "DATE", "1918-SP"),
                   ("Seoul fell in 1950. The Chinese Winter Offensive (early 1951) took it again.", "Winter", "DATE", "1951-WI"),
                   ("In 1943 the Germans launched their summer offensive against Russia in June 1942.", "summer", "DATE", "1942-SU"),
                   ("In the summer of 1918 troops arrived.", "the summer of 1918", "DATE", "1918-SU")),
         negatives=("Prices fall as supply rises.", "Summer Olympics are great.")),

    # ---- the end of / beginning of
    Rule("boundary", r"the\s+(?P<bound>end|beginning|start|middle|close)\s+of\s+(?:(?:the|this|(?P<shift>last|next|this))\s+(?P<unit>week|month|year|decade|century|quarter)|<YEAR>(?!\d)|<MONTH>(?!\s+\d))",
         b_boundary, examples=(("By the end of the year, all will leave.", "the end of the year", "DATE", "2024"),
                               ("Debt will rise by the end of 1990.", "the end of 1990", "DATE", "1990"))),
    # "At month's end, UN forces held ...": "the end of the month" (in a story, the story's)
    Rule("months-end", r"(?:(?<=\bat )|(?<=\bby ))month['’]s\s+end(?![\w-])",
         lambda g, t, s, e: RelSpec(unit="month", n=0, mod="END", ofthe=True),
         examples=(("Pyongyang fell on 19 October 1950. At month's end, UN forces held 135,000 prisoners.",
                    "month's end", "DATE", "1950-10"),)),
    Rule("year-end", r"(?P<w>year[- ]end)(?!\s+(?:bonus|party))",
         b_year_end, examples=(("The deal closes by year-end.", "year-end", "DATE", "2024"),)),

    # ---- earlier this year / later this month / early next year / late last week
    Rule("earlier-this", r"(?P<mod>earlier|later|early|late|mid)[-\s]+(?:in\s+)?(?P<shift>this|last|next|the\s+past|the\s+previous|the\s+following)\s+<UNIT>",
         b_earlier_this,
         examples=(("Earlier this year, they said so.", "Earlier this year", "DATE", "2024"),
                   ("The law passes early next year.", "early next year", "DATE", "2025"),
                   ("Talks ended late last week.", "late last week", "DATE", "2024-W44"))),

    # ---- durations led by "the past / the next / the first" + number
    Rule("last-n", r"(?:the|these|those)\s+(?:(?:past|last|next|previous|preceding|coming|first|final|following|remaining|initial|same)\s+)+(?:(?:<NUM>|<VAGUE:vague>)\s+)(?P<unit>seconds|minutes|hours|days|weeks|months|quarters|years|decades|centuries)"
         r"|(?:the|these)\s+(?:<NUM:num2>)\s+(?P<unit2>months|weeks|years|days)(?=\s+(?:ended|ending|through|to|since|before|after|of))",
         b_last_n,
         examples=(("It grew over the past three months.", "the past three months", "DURATION", "P3M"),
                   ("In the first nine months sales rose.", "the first nine months", "DURATION", "P9M"),
                   ("Talks go on in the next few days.", "the next few days", "DURATION", "PXD"))),

    # ---- the past decade / last week / next month / this year
    Rule("shift-unit", r"(?:(?P<mod>early|mid|late)[-\s]+)?(?:the\s+)?(?P<shift>last|next|nxt|this|past|previous|coming|following|current|present|preceding)\s+(?:(?:fiscal|calendar)\s+)?(?P<unit>week|weekend|month|year|decade|century|yr|wk|mth)(?!['’]s\s+\w+\s+quarter)",
         b_shift_unit,
         examples=(("Prices rose last week.", "last week", "DATE", "2024-W44"),
                   ("Elections come next month.", "next month", "DATE", "2024-12"),
                   ("This year has been hard.", "This year", "DATE", "2024"),
                   ("Sales fell over the past decade.", "the past decade", "DURATION", "P10Y"),
                   ("In the last month of the war, troops left.", "the last month", "DURATION", "P1M"),
                   ("In 1995 he won; the following year he lost.", "the following year", "DATE", "1996"),
                   ("They came here this weekend.", "this weekend", "DATE", "2024-W45-WE"),
                   ("One more member to be added nxt yr.", "nxt yr", "DATE", "2025"),
                   ("Profit fell in the third quarter to $2 million from $3 million last year.", "last year", "DATE", "2023-Q3"),
                   ("Profit fell in 2024. Sales rose from last year's level.", "last year", "DATE", "2023"),
                   ("Exams start next wk, help.", "next wk", "DATE", "2024-W46"))),

    # ---- "for the year", "the year ended June 30" (reports)
    Rule("the-year", r"the\s+(?:(?:full|fiscal|entire|whole|calendar)\s+)?year(?![-'’]|\s+(?:before|after|earlier|ago|of|in|when|that|which|he|she|they|it|was|is|has|had|the|a|\d|(?:two\s+thousand|nineteen|eighteen)\b))",
         b_the_year,
         examples=(("Sales for the full year rose.", "the full year", "DATE", "2024"),
                   ("Revenue for the year ended June 30 rose.", "the year", "DURATION", "P1Y"),
                   # (a spelled-out year after it is the year-words rule's: one mention, 2000)
                   ("The approach of the year two thousand has groups in a frenzy.", "the year two thousand", "DATE", "2000"))),

    # ---- anaphoric: the time last talked about
    Rule("that-unit", r"(?:(?P<rel>earlier|later)\s+)?(?P<that>that(?:\s+same)?|the\s+same)\s+(?:(?P<unit>year|month|day|week)|<SEASON>|<MONTH>(?!\s+\d))(?!['’]s|\s+(?:of|that|when|which)\b)"
         # "later in the day", "earlier in the year": the same time under discussion as "later that day"
         r"|(?P<rel2>earlier|later)\s+in\s+the\s+(?P<unit2>year|month|day|week)(?![\w'’-]|\s+(?:of|before|after|when|that)\b)",
         b_that,
         examples=(("In 1988 prices fell. That year the firm lost money.", "That year", "DATE", "1988"),
                   ("The war began in 1914. That summer the crops failed.", "That summer", "DATE", "1914-SU"),
                   ("He was shot on 23 October 1998. Earlier that day, he had gone to church.", "Earlier that day", "DATE", "1998-10-23"),
                   ("She fled in June 1998 and came back later that year.", "later that year", "DATE", "1998"),
                   ("The flood came in 1927. That day the levee broke.", "That day", "DATE", "1927-XX-XX"),
                   ("Ships sailed on 4 May 1921; the same week, the port closed.", "the same week", "DATE", "1921-W18"),
                   ("He resigned in June 1999. That December, he spoke once more.", "That December", "DATE", "1999-12"),
                   ("He was shot on 23 October 1998. Later in the day, he died.", "Later in the day", "DATE", "1998-10-23"),
                   ("In 1946 troops surrendered. Later in the year, Chiang moved.", "Later in the year", "DATE", "1946"),
                   # nothing named yet: the report's own day, as in news
                   ("He arrived in Philadelphia later in the day.", "later in the day", "DATE", "2024-11-06"),
                   ("Use was delayed earlier in the year by heavy rains.", "earlier in the year", "DATE", "2024")),
         negatives=("That day will come.", "Nobody saw that summer coming, she wrote.",
                    "The vote came later in the day of the funeral.", "Later in the year-long war he left.")),
    Rule("this-day", r"this\s+(?:very\s+)?day(?!['’]s|\s+and\s+age\b)",
         b_this_day,
         # (a story's only: the example is a history, years on end)
         examples=(("The war ran through 1914, 1915, 1916 and 1917. Amiens fell on 8 August 1918; Ludendorff referred to this day as the Black Day.",
                    "this day", "DATE", "1918-08-08"),),
         negatives=("The custom survives to this day.", "It is remembered to this very day.",
                    "From this day forward we fight.", "The wall stands until this day.")),
    # a long weekend is one weekend (a holiday's), not two days' length; unless "last" or "next",
    # the one at hand: the weekend of the report's week, told of before, during or after it
    # ("I got long weekend yay!" on a Thursday, "Aft a long weekend full of wedding!" on its
    # Sunday). The mention is "weekend", as the TIMEX3 gold marks it ("this long [weekend]").
    Rule("long-weekend", r"(?:(?<=\blong )|(?<=\bLong ))(?P<unit>weekend)(?!['’]s|s\b|\s+(?:ago|earlier|later)\b)",
         b_long_weekend,
         examples=(("Take some time off this long weekend with us.", "weekend", "DATE", "2024-W45-WE"),
                   ("Markets slowed ahead of the long weekend.", "weekend", "DATE", "2024-W45-WE"),
                   ("I got long weekend yay!", "weekend", "DATE", "2024-W45-WE"),
                   ("We rested last long weekend.", "weekend", "DATE", "2024-W44-WE")),
         negatives=("She likes long weekends off.",)),
    Rule("the-weekend", r"(?:the|this|last|next)\s+(?P<unit>weekend)(?!['’]s)",
         lambda g, t, s, e: WeekendSpec(shift=SHIFT_WORDS.get(t[s:e].split()[0].lower())),
         examples=(("Fighting went on over the weekend.", "the weekend", "DATE", "2024-W44-WE"),
                   ("They will rest this weekend.", "this weekend", "DATE", "2024-W45-WE"))),

    # ---- durations
    Rule("duration", r"(?:(?P<mod>about|around|approximately|nearly|almost|some|roughly|more\s+than|less\s+than|at\s+least|up\s+to|no\s+more\s+than|over|under|well\s+over)\s+)?"
         r"(?:<NUM>|<VAGUE:vague>)(?:\s+(?:more|additional|full|straight|consecutive|long|short))?(?:[\s-]+|(?<=\d))<UNIT>(?P<half>\s+and\s+a\s+half\b)?(?:[-\s]long)?(?!['’]s?\s+(?:time|notice)|-(?:earlier|ago|end|old)\b)",
         b_duration,
         examples=(("The war lasted three weeks.", "three weeks", "DURATION", "P3W"),
                   ("He served 18 months in jail.", "18 months", "DURATION", "P18M"),
                   ("A two-hour meeting followed.", "two-hour", "DURATION", "PT2H"),
                   ("They waited for several years.", "several years", "DURATION", "PXY"),
                   ("A 10-year note rose.", "10-year", "DURATION", "P10Y"),
                   ("Talks lasted more than four hours.", "more than four hours", "DURATION", "PT4H"),
                   ("He has been in office for a decade.", "a decade", "DURATION", "P10Y"),
                   # a half: of the count or of the unit
                   ("After two and a half years of talks they agreed.", "two and a half years", "DURATION", "P2Y6M"),
                   ("Flights were delayed by up to an hour and a half.", "up to an hour and a half", "DURATION", "PT1H30M"),
                   ("A minute and a half later the pilot called.", "A minute and a half", "DURATION", "PT1M30S")),
         negatives=("Prices were two and a half times higher.", "A six-and-a-half-year-old boy was found.")),
    Rule("over-the-years", r"the\s+(?P<unit>years|decades|months|weeks|centuries)(?!\s+(?:\d|(?:ahead|to\s+come|of|and|or)\b))",
         b_over_the_years, examples=(("Over the years many more patients died.", "the years", "DURATION", "PXY"),
                                     ("In the years that followed, the fighters waged war.", "the years", "DURATION", "PXY")),
         negatives=("He remembered the years with joy.", "In the years of plenty they saved.")),
    Rule("bare-plural-duration", r"(?P<unit>years|decades|months|weeks|days|hours|centuries)(?!\s+(?:to|of|and|or|ahead|after|before|ago|earlier|later))",
         b_bare_plural_duration, examples=(("They have fought for years.", "years", "DURATION", "PXY"),
                                           ("Troops are expected to arrive within weeks.", "weeks", "DURATION", "PXW"),
                                           ("Sales grew for the first time in years.", "years", "DURATION", "PXY")),
         negatives=("In years to come they will know.", "Sales grew in days of plenty.")),

    # ---- sets
    Rule("set", r"(?P<adverb>daily|weekly|monthly|yearly|annually|hourly|nightly|biweekly|bimonthly|semiannually|fortnightly)"
         r"|(?:every|each)\s+(?:(?:<NUM>|other)\s+)?(?:<WEEKDAY>|<MONTH>|<UNIT>)"
         r"|(?:once|twice|(?:\d+|" + _COUNT_WORD + r")\s+times)\s+(?:a|per|every)\s+<UNIT:unit2>",
         b_set,
         examples=(("Shelling hits the town every Monday.", "every Monday", "SET", "XXXX-WXX-1"),
                   ("The paper appears weekly.", "weekly", "SET", "P1W"),
                   ("We meet every day.", "every day", "SET", "P1D")),
         negatives=()),

    # ---- decades and centuries
    Rule("decade", r"(?:the\s+)?(?:(?P<mod>early|mid|late)[-\s]+)?(?:(?P<dyear>1[6-9]\d0|20[0-9]0)['’]?s|['’](?P<yy>\d0)s|(?:the\s+)?(?P<decword>twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties))",
         b_decade,
         examples=(("Prices were high in the 1990s.", "the 1990s", "DATE", "199"),
                   ("Back in the '80s it was cheap.", "the '80s", "DATE", "198"),
                   ("In the late 1970s output rose.", "the late 1970s", "DATE", "197"),
                   ("The nineties were calm.", "The nineties", "DATE", "199")),
         negatives=("He is in his sixties.",)),
    Rule("century", r"(?:the\s+)?(?:(?P<mod>early|mid|late)[-\s]+)?(?:(?P<cnum>1?\d|2[0-2])(?:st|nd|rd|th)|(?P<cword>first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|twenty-first|twenty\s+first))[-\s]+century",
         b_century, examples=(("In the 20th century wars raged.", "the 20th century", "DATE", "19"),
                              ("It dates from the 11th century.", "the 11th century", "DATE", "10"),
                              ("Churches were built in the fifth century.", "the fifth century", "DATE", "04")),
         negatives=("Smith went on scoring his fifth century in eight Tests.",
                    "She reached her 12th century of the season.",
                    "The players celebrated their third century stand.",
                    "The college, in its third century, admits women.")),

    # ---- year spelled out: nineteen ninety-one, the year two thousand
    Rule("year-words", r"(?:the\s+year\s+)?(?:(?P<cent>nineteen|eighteen)\s+(?P<rest>(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[-\s](?:one|two|three|four|five|six|seven|eight|nine))?|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|hundred)"
         r"|two\s+thousand(?:\s+(?:and\s+)?(?P<rest2>one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty(?:[-\s](?:one|two|three|four|five))?))?(?!\s+(?:people|dollars|troops|soldiers|men|more|[a-z]{3,}s\b)))",
         b_year_words,
         examples=(("It began in nineteen ninety-one.", "nineteen ninety-one", "DATE", "1991"),
                   ("Ready by the year two thousand.", "the year two thousand", "DATE", "2000"))),

    # ---- "a year", "the year" compounds already handled; bare months and years
    Rule("month", r"(?:(?P<mod>early|mid|late|around|about|circa|approximately|the\s+middle\s+of|the\s+end\s+of|the\s+beginning\s+of|the\s+start\s+of)[-\s]+(?:of\s+)?|(?:the\s+(?=following|previous))?(?P<shift>last|next|this|past|coming|following|previous)\s+)?<MONTH>(?![-'’]?\w|\s+\d)",
         b_month, examples=(("The agreement was signed in June.", "June", "DATE", "2024-06"),
                            ("He came last April.", "last April", "DATE", "2024-04"),
                            ("The vote comes in early December.", "early December", "DATE", "2024-12"),
                            ("Prices rose in May.", "May", "DATE", "2024-05"),
                            ("The deal was signed around June.", "around June", "DATE", "2024-06"),
                            ("She arrived in the fall of 1961; the album came out the following March.", "the following March", "DATE", "1962-03")),
         negatives=("May I come in?", "March on, soldiers!", "Theresa May spoke.", "The protesters march to the square.",
                    "There were no major battles along the March.", "He led the March to the Sea.")),
    Rule("fiscal-year", r"(?P<fiscal>fiscal|fy)\s*(?:year\s+)?<YEAR>(?!\d)|(?P<fy2>fy)(?P<yy>\d\d)(?!\d)",
         b_fiscal_year,
         examples=(("Sales in fiscal 1989 rose.", "fiscal 1989", "DATE", "1989"),)),
    Rule("year-period", r"the\s+<YEAR>\s+(?:(?P<qword>first|second|third|fourth)[- ])?(?P<unit>period|quarter)",
         b_year_period,
         examples=(("Sales rose 5% in the third quarter. In the 1988 period, they fell.", "the 1988 period", "DATE", "1988-Q3"),)),
    Rule("year", r"(?:(?P<mod>early|mid|late)[-\s]+(?P<lead>)|(?P<approx>around|about|circa|approximately)\s+|(?P<the>the\s+))?<YEAR>(?![\d,.]\d|[-/]\d|['’]?s\b)(?:\s+(?P<period>period|season|levels?))?",
         b_year, examples=(("The deal was signed in 1998.", "1998", "DATE", "1998"),
                           ("Output peaked in mid-1996.", "mid-1996", "DATE", "1996"),
                           ("The mill was built around 1890.", "around 1890", "DATE", "1890"),
                           # a sentence opening on "In YEAR" sets its time, whatever noun follows
                           ("In 1918 troops arrived at the front.", "1918", "DATE", "1918")),
         negatives=("Russia sent 2024 troops.", "Officials said in 2000 troops came.", "The Russian 810 separate brigade of marines fought.",
                    "It costs $1990.", "He scored 1995 points.", "Call 555 1234.",
                    "Polls closed (2000 GMT) as planned.", "Polls closed at 1900 UTC as planned.")),
    # years 1000-1599 only where a history names them: "in 1066,", "by 1415 the town", "until 1453."
    Rule("year-early", r"(?:(?<=\bin )|(?<=\bby )|(?<=\buntil )|(?<=\bsince )|(?<=\bduring )|(?<=\bfrom )|(?<=\bbefore )|(?<=\bafter )|(?<=\byear ))(?P<year>1[0-5]\d\d)(?![\d,.]\d|['’]?s\b)",
         b_year_early,
         examples=(("In 1066 William landed at Pevensey.", "1066", "DATE", "1066"),
                   ("The city held out until 1453, when it fell.", "1453", "DATE", "1453")),
         negatives=("600 words around 1115 GMT", "Just before 1300 GMT, he spoke.", "Sales rose in 1500 stores.",
                    "A total of 1200 people came from 1400 miles away.")),
    Rule("year-apos", r"(?<![\w'’])['’](?P<yy>\d\d)(?!['’\d]|s\b)",
         b_year_apos,
         examples=(("He graduated in '98 from Yale.", "'98", "DATE", "1998"),)),

    # ---- present / past / future references
    Rule("ref", r"(?P<ref>" + _alt(list(REF_PHRASES) + list(RECENT_DURATIONS)) + r")",
         b_ref,
         examples=(("The troops are now in Kursk.", "now", "DATE", "PRESENT_REF"),
                   ("They recently arrived.", "recently", "DATE", "PAST_REF"),
                   ("They may fight in the coming days.", "the coming days", "DATE", "FUTURE_REF"),
                   ("Prices fell. Now, with a deal signed, they rise.", "Now", "DATE", "PRESENT_REF")),
         negatives=("The current flows north.", "Now, he says, the West wants more.", "For the moment, he waits.",
                    "Troops will stay for the foreseeable future.")),
)


# nouns after which "current"/"recent"/"future" are not about time ("current account")
ADJECTIVE_REF_BLOCK = frozenset({
    "account", "accounts", "affairs", "events", "flows", "flow", "flowing", "source", "sources",
    "and", "or", "to", "of", "in", "is", "was", "tense", "contract", "contracts", "generations",
    "the", "a", "an", "that", "which", "with", "for", "by", "at", "on", "as",
})


# Stock phrases that name no time of their own (TimeBank and AQUAINT leave them out):
# "for the moment", "at present", "for the foreseeable future".
REF_NOT_TIMES = frozenset({"the moment", "at the moment", "at present", "presently", "the foreseeable future", "at this time"})
# "Now," opening a sentence is a discourse marker ("Now, he says, ..."), not a time.
_SENTENCE_START = re.compile(r"(?:^|[.!?]['\"’”]?\s+|\n\s*|^\s*[\"“`']+|[.!?]\s+[\"“`']+)$")


def _ref_ok(ref: str, text: str, s: int, e: int) -> bool:
    r = ref.lower()
    after = text[e:e + 24]
    before = text[max(0, s - 20):s].lower()
    if r in REF_NOT_TIMES:
        return False
    if r == "now":
        if after.startswith(",") and not re.match(r",\s+with\b", after) and _SENTENCE_START.search(text, max(0, s - 4), s):
            return False
        # "now that" is fine; "know" is excluded by word boundary
        return not re.match(r"\s*-?\s*(?:defunct|famous|former|retired|closed)\b", after)
    if r in ("recent", "future"):
        return False  # "a recent filing", "future losses": no time of their own
    if r == "current":
        # the adjective before a noun: "the current crisis", "a recent filing", "future losses"
        m = re.match(r" (?P<w>[a-z]+)", after)
        return m is not None and m.group("w") not in ADJECTIVE_REF_BLOCK
    if r in ("the moment", "the present"):
        return bool(re.search(r"\b(?:at|for|until)\s+$", before))
    if r == "the past":
        return not re.match(r"\s+(?:\w+\s+)?(?:days?|weeks?|months?|years?|decades?|centuries|century)\b", after) and not re.match(r"\s+(?:few|several|two|three|four|five|six|seven|eight|nine|ten|\d+)\b", after)
    if r in ("shortly",):
        return not re.match(r"\s+(?:after|before)\b", after)
    return True


# ---------------------------------------------------------------- tense of the clause around a mention
# Nearest marker wins; future markers are listed first so "scheduled"/"expected" are not read as
# past participles. `futinf`: a bare infinitive ("to meet"), future only where no verb before it
# gives the tense ("He flew to Paris on Tuesday to meet X" is a purpose, in the past).
# `clause`: a word that opens another clause; markers after it, past the mention, are that
# clause's ("The court ruled on Tuesday that the law would stand": the ruling is past), and so
# is a reporting participle after a comma ("toned down his remarks Tuesday, saying Washington
# would stick to its policy").
_IRREGULAR_PAST = (
    "said", "told", "was", "were", "had", "did", "went", "came", "took", "made", "began", "fell",
    "rose", "met", "sent", "left", "held", "won", "lost", "saw", "gave", "got", "became", "struck",
    "found", "brought", "bought", "sold", "paid", "led", "fought", "thought", "knew", "wrote",
    "spoke", "broke", "ran", "hit", "shot", "flew", "drove", "chose", "stood", "felt", "kept",
    "put", "set", "cut", "quit", "ago", "yesterday", "earlier", "previously", "already",
    "says", "tells", "confirmed", "tore", "threw", "blew", "grew", "drew", "caught", "taught",
    "sought", "fled", "hid", "rode", "woke", "froze", "stole", "sank", "sang", "rang", "swam",
    "spun", "hung", "stuck", "swept", "slept", "wept", "meant", "lent", "spent", "built", "dealt",
    "heard", "laid", "arose", "withdrew", "undertook", "oversaw", "withheld", "upheld", "shook",
    "understood", "sat", "ate", "lay", "bore", "wore", "swore", "overthrew", "forgave",
    # session 18: "died" is too short for the -ed pattern ([a-z]{3,}ed) and the commonest past in news
    "died",
    # (session 22: not "last", an adjective far more often than a verb: "is to compete with its
    # last rival Hong Kong on Thursday", "could drop to the bottom on Sunday" after "last season")
)
# Every marker starts with a lower-case letter or an apostrophe ("'ll"): the lookahead after
# "\b" turns away a word's end and a capitalised word at once, before the long alternation is
# tried branch by branch there (an exact prefilter: about 40% of the scan's CPU).
TENSE_MARKERS = re.compile(
    r"\b(?=[a-z'])(?:(?P<past3>had\s+(?:not\s+)?been\s+(?:[a-z]+ly\s+)?(?:due|scheduled|expected|set|planned|supposed))|(?P<past2>(?:was|were)\s+(?:not\s+)?about\s+to|(?:has|have|had)\s+(?:not\s+)?(?:already\s+)?(?:been\s+)?(?!scheduled|planned|set|arranged|called|promised|vowed|pledged|agreed|decided|proposed|announced\s+plans)[a-z]+(?:ed|en|wn|ne|ught|ung|ept|ent|ade|id|ot|ost|ound|old|eft|et|ut|un))|(?P<fut>(?:is|are|am|be|been|was|were)\s+(?:not\s+)?(?:going\s+to|planning|scheduled|expected|due|set|about|to|(?:un)?likely\s+to)|on\s+(?:course|track)\s+(?:to|for)|poised\s+to|as\s+soon\s+as|(?:will|would|shall|to|'ll)\s+(?:not\s+)?(?:be|have\s+been|have)\s+[a-z]+|will|won't|wo|'ll|shall|going\s+to|plans?\s+to|planned|planning|scheduled|slated|"
    # ("due to" after a past or a particle, or before a noun phrase, is a cause, no future:
    # "pulled out due to injuries on Monday", "were grounded due to fog", "was cancelled due
    # to rain"; before a verb it is: "a vote due to take place")
    r"expects?|expected|(?<!ed\s)(?<!\bout\s)(?<!\boff\s)(?<!\bdown\s)due\s+to(?!\s+(?:the|a|an|his|her|its|their|our|my|your|this|that|these|those|some|"
    r"bad|poor|heavy|high|low|lack|injury|illness|rain|snow|weather|health|[a-z]+(?:ness|ity|ion|ment|ure|ance|ence)"
    r"|[a-z]+[^su\s]s)\b)|intends?|aims?\s+to|would|upcoming|forecasts?|forecast|"
    r"hopes?\s+to|set\s+to|is\s+to|are\s+to|until|tomorrow|coming|begins|starts|opens|ends|expires|await|awaits|awaiting|"
    # a present of a scheduled move is news's future ("Iraq goes to the polls on Thursday")
    r"goes\s+to\s+the\s+polls|travels|arrives|convenes|reconvenes|resumes|returns\s+to|"
    # session 20: a participle of a scheduled start right before its date ("a committal hearing
    # beginning August 19", "with production starting in December"; not the noun: "the
    # beginning", "a slow beginning in December")
    r"(?<!\bthe\s)(?:beginning(?=\s+(?:(?:on|from)\s+)?[A-Z])"
    r"|starting(?=\s+(?:(?:on|in|from)\s+)?(?:early\s+|mid-?\s*|late\s+)?[A-Z])))|"
    r"(?P<futinf>to\s+(?:be|meet|hold|visit|vote|start|begin))|"
    r"(?P<clause>whether|that|(?<!, )if|(?<=, )(?:saying|adding|noting|stressing|insisting|warning|arguing|explaining|claiming|telling))|"
    r"(?P<past>"
    # (an irregular past after "be" is a participle: "are not going to be left", "will be held")
    # (session 20: "held" after a present "is" / "are" is a present passive, a schedule: "when
    # elections are held on July 20"; not "is said to be", a report of the past)
    r"(?<!\bbe\s)(?<!\bbeen\s)(?<!\bbeing\s)(?:(?<!\bis\s)(?<!\bare\s)held|"
    + "|".join(w for w in _IRREGULAR_PAST if w != "held") + r"))|(?P<weakfut>could|might|may|should|must)|(?P<weakpast>[a-z]{3,}ed))\b",
)
# Session 23, parser24: an act a verb of promising, threatening or urging looks forward to
# ("vowed to retaliate on Friday", "urging him to resign by Monday", "pledged Friday to return
# to power by Monday"): a date after its infinitive is the act's, a future, whatever the
# governing verb's tense (`extract.FORWARD_ACTS`). Not a noun after "to" ("vowed to the end"),
# nor "agreed" / "decided" (as often the act itself: "agreed to a truce on Friday"); "promising"
# and "threatening" only right before "to" (else adjectives: "the most promising molecule to
# treat anemia to come ... in 30 years").
FORWARD_INFINITIVE = re.compile(
    r"\b(?:(?:promising|threatening)\s+|(?:vow(?:s|ed|ing)?|pledg(?:e[sd]?|ing)|promise[sd]?|swor?e|swears|swearing|"
    r"threat(?:en|ens|ened)|urg(?:e[sd]?|ing)|call(?:s|ed|ing)?\s+(?:on|upon))"
    r"\s+(?:[\w'’-]+\s+){0,3}?)to\s+(?!(?:the|a|an|his|her|its|their|our|my|your|this|that|these|those|"
    r"[A-Z][\w'’-]*|\d[\w,.]*)\b)[a-z]+\b")
# Session 22, parser23: the future markers that are a clause's own verb (an auxiliary, "is to"),
# which a verb after a comma does not outrank (extract.OWN_VERB_FIRST); not "coming", "until",
# "expected", "upcoming" (no verb, or one of another clause)
FUTURE_AUXILIARY = re.compile(r"(?:will|would|shall|'ll|(?:is|are|am|was|were)\s+(?:not\s+)?(?:going\s+)?to)\b", re.I)
# a hyphen after these makes a verb, not a compound ("re-elected", "co-signed"); after any other
# word a past form is a compound's tail ("centre-left", "third-placed"), no tense marker
VERB_PREFIXES = frozenset({"re", "co", "pre", "de", "mis", "un", "out", "over", "under", "up", "counter", "cross"})
# extra distance (in characters) for weak markers: modals and -ed words (often adjectives)
WEAK_MARKER_PENALTY = 30
