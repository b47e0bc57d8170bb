"""EDTF values: read them fast, bound them, show them.

`parse_when` is on the hot path (sorting and filtering 100k events), so it is plain
string and regex work with an LRU cache; the `edtf` package is only the test oracle.

Supported EDTF (Library of Congress EDTF / ISO 8601-2), years -9999..9999:

* day `2024-10-24`, month `2024-10`, year `2024`
* unspecified digits: `2024-10-XX`, `2024-XX-XX`, `2024-XX`, decade `202X`, century `19XX`
* seasons 21..24 (spring, summer, autumn, winter) and the level-2 codes 25..41
  (hemisphere seasons, quarters 33..36, quadrimesters 37..39, halves 40..41)
* qualifiers `~` (approximate), `?` (uncertain), `%` (both) at the end of a value or
  on either side of one component (`2024-06~`, `?2024-10-24`, `2024-?06`), at most
  one per component
* intervals `A/B` of any of the above, open ends `../B`, `A/..`, unknown ends `/B`, `A/`
* years before 1 as EDTF writes them, astronomically: `0000` is 1 BC, `-0489` is 490 BC
  (there is no year 0 in "490 BC" counting, so -N is N + 1 BC). Their days are `BCDay`s
  (eraday.py), dates that sort, compare and count like any other; they are shown as
  "490 BC", and `parse_user_date` also reads "490 BC", "490 BCE", "AD 9", "9 CE".

Deliberately refused with a DateError: 5+ digit years (`Y12345`), X digits in a year
before 1 (`-048X`: a BC decade is an interval of years) or reaching it (`00XX`, `000X`),
`1XXX`/`XXXX`, X digits mixed with known later parts (`202X-10`,
`2024-XX-15`, `2024-1X`), times (`T10:00`), sets (`[..]`, `{..}`), intervals with no
date at all (`../..`) and intervals that end before they start.

Semantics where the `edtf` package differs (see tests/test_when.py):

* winter (24, 28) and southern summer (30) run from December of the year to the end
  of February of the next year; the package ends them on 31 December.
* unknown ends (`/2024`, `2024/`) are unbounded here (date.min / date.max); the
  package guesses ten years.
* nonexistent days such as `2023-02-29`, and intervals that end before they start, are
  errors here; the package accepts them.
* a qualifier at the end of a season (`2024-21~`) is accepted here (ISO 8601-2 lets any
  date be qualified); the package refuses it, and seasons 25..41 inside intervals.
"""

from __future__ import annotations

import re
from calendar import monthrange
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from typing import NamedTuple

from timeline_cli.eraday import BCDay, edtf_year, make_day, year_label
from timeline_cli.errors import DateError

__all__ = [
    "When",
    "parse_when",
    "is_edtf",
    "parse_user_date",
    "read_user_date",
    "UserDate",
    "split_leading_date",
    "split_leading_user_date",
    "format_when",
    "era_label",
    "day_bounds",
    "known_bounds",
    "GRANULARITIES",
    "EDTF_HINT",
    "USER_DATE_HINT",
]

# The earliest day of "../-0489" (on or before 490 BC): EDTF's first year.
FIRST_BC_DAY = BCDay(-9999, 1, 1)

# Finest first: an interval takes the finest granularity of its ends.
GRANULARITIES = ("day", "month", "season", "year", "decade", "century")
_RANK = {g: i for i, g in enumerate(GRANULARITIES)}

EDTF_HINT = (
    "EDTF forms: 2024-10-24, 2024-10, 2024, 2024-10-08/2024-10-13, ../2024-11-06 (on or before), "
    "2024-11-07/.. (from), 2024-06~ (about), 2024-11? (uncertain), 2024-10-XX, 202X (decade), "
    "19XX (century), 2024-21..24 (spring..winter); years -9999 to 9999, astronomical "
    "(0000 is 1 BC, -0489 is 490 BC)"
)
USER_DATE_HINT = (
    "write 2024-11-04, 4 Nov 2024, Nov 4, 2024, Nov 2024, 2024-11 or 2024 "
    "(or any EDTF value: 2024-10-08/2024-10-13, 2024-06~, 202X); 490 BC, AD 9"
)

# The words of dates people type, and month names for writing dates out: English (the one
# month table of the English language pack).
from timeline_cli.lang.en.calendar import AM_PM_WORDS as _AM_PM  # noqa: E402
from timeline_cli.lang.en.calendar import ARTICLE_WORDS as _ARTICLES  # noqa: E402
from timeline_cli.lang.en.calendar import CIRCA_WORDS as _CIRCA_WORDS  # noqa: E402
from timeline_cli.lang.en.calendar import CLOCK_LEAD_WORDS as _CLOCK_LEAD  # noqa: E402
from timeline_cli.lang.en.calendar import FROM_WORDS as _FROM_WORDS  # noqa: E402
from timeline_cli.lang.en.calendar import LEAD_WORDS as _LEAD_WORDS  # noqa: E402
from timeline_cli.lang.en.calendar import MONTH_ABBR as _MONTH_ABBR  # noqa: E402
from timeline_cli.lang.en.calendar import MONTH_NAMES as _MONTH_FULL  # noqa: E402
from timeline_cli.lang.en.calendar import MONTHS as _MONTHS  # noqa: E402
from timeline_cli.lang.en.calendar import PART_WORDS as _PART_WORDS  # noqa: E402
from timeline_cli.lang.en.calendar import SEASON_WORDS as _SEASON_WORDS  # noqa: E402
from timeline_cli.lang.en.calendar import UP_TO_WORDS as _UP_TO_WORDS  # noqa: E402
from timeline_cli.lang.en.calendar import WEEKDAY_WORDS as _WEEKDAYS  # noqa: E402

# season code -> (first month, last month); a last month above 12 runs into the next year.
_SEASONS: dict[int, tuple[int, int]] = {
    21: (3, 5), 22: (6, 8), 23: (9, 11), 24: (12, 14),
    25: (3, 5), 26: (6, 8), 27: (9, 11), 28: (12, 14),
    29: (9, 11), 30: (12, 14), 31: (3, 5), 32: (6, 8),
    33: (1, 3), 34: (4, 6), 35: (7, 9), 36: (10, 12),
    37: (1, 4), 38: (5, 8), 39: (9, 12),
    40: (1, 6), 41: (7, 12),
}
# season code -> (label before the year, label after the year)
_SEASON_LABELS: dict[int, tuple[str, str]] = {
    21: ("Spring", ""), 22: ("Summer", ""), 23: ("Autumn", ""), 24: ("Winter", ""),
    25: ("Spring", " (N. hemisphere)"), 26: ("Summer", " (N. hemisphere)"),
    27: ("Autumn", " (N. hemisphere)"), 28: ("Winter", " (N. hemisphere)"),
    29: ("Spring", " (S. hemisphere)"), 30: ("Summer", " (S. hemisphere)"),
    31: ("Autumn", " (S. hemisphere)"), 32: ("Winter", " (S. hemisphere)"),
    33: ("Q1", ""), 34: ("Q2", ""), 35: ("Q3", ""), 36: ("Q4", ""),
    37: ("Jan–Apr", ""), 38: ("May–Aug", ""), 39: ("Sep–Dec", ""),
    40: ("H1", ""), 41: ("H2", ""),
}


@dataclass(frozen=True, slots=True)
class When:
    """An EDTF value with the days it can mean and how precisely it is known."""

    text: str  # the canonical EDTF string
    earliest: date  # date.min when the start is open ("..") or unknown ("")
    latest: date  # date.max when the end is open or unknown
    granularity: str  # one of GRANULARITIES (the finest end for intervals)
    is_interval: bool
    approximate: bool  # "~" or "%" anywhere
    uncertain: bool  # "?" or "%" anywhere
    open_start: bool  # "../X" or "/X"
    open_end: bool  # "X/.." or "X/"


# --------------------------------------------------------------------------- strict EDTF

_Q = r"[~?%]"
_SIDE_RE = re.compile(
    rf"""
    (?P<yq1>{_Q})?(?P<year>-?[0-9]{{4}}|[0-9]{{3}}X|[0-9]{{2}}XX)(?P<yq2>{_Q})?
    (?:-(?P<mq1>{_Q})?(?P<month>[0-9]{{2}}|XX)(?P<mq2>{_Q})?
       (?:-(?P<dq1>{_Q})?(?P<day>[0-9]{{2}}|XX)(?P<dq2>{_Q})?)?
    )?
    """,
    re.VERBOSE | re.ASCII,
)
_LONG_OR_NEGATIVE_YEAR_RE = re.compile(r"[~?%]?(?:Y|\+|-?[0-9]{5}|-[0-9]{0,3}X)", re.ASCII)
_VAGUE_YEAR_RE = re.compile(r"[~?%]?(?:[0-9]XXX|XXXX)", re.ASCII)


class _Side(NamedTuple):
    earliest: date
    latest: date
    granularity: str
    year: int  # first year it covers
    month: int  # 0 when not given or XX
    day: int  # 0 when not given or XX
    season: int  # 0 unless a season code
    approximate: bool
    uncertain: bool


def _shown(value: str) -> str:
    """The value as it appears in a message: quoted, control characters escaped, short."""
    if len(value) > 60:
        value = value[:57] + "..."
    return repr(value)


def _bad(value: str, reason: str) -> DateError:
    return DateError(f"{_shown(value)} is not a valid EDTF date: {reason}", EDTF_HINT)


def _month_end(year: int, month: int) -> date:
    """Last day of MONTH of YEAR, where month 13/14 mean Jan/Feb of the next year."""
    if month > 12:
        year, month = year + 1, month - 12
        if year > 9999:
            return date.max
    return make_day(year, month, monthrange(year, month)[1])


@lru_cache(maxsize=65536)
def _parse_side(side: str, whole: str) -> _Side:
    m = _SIDE_RE.fullmatch(side)
    if m is None:
        if _LONG_OR_NEGATIVE_YEAR_RE.match(side):
            raise _bad(whole, "only years -9999 to 9999 are supported (no Y-prefixed years, "
                       "no X digits before year 1: a BC decade is an interval, -0489/-0480)")
        if _VAGUE_YEAR_RE.match(side):
            raise _bad(whole, "a year with three or four unspecified digits is too vague to place")
        if "T" in side or ":" in side:
            raise _bad(whole, "times of day are not supported, give the day only")
        if "X" in side or "x" in side:
            raise _bad(
                whole,
                "X may replace the last one or two digits of a year (202X, 19XX) "
                "or a whole month or day (2024-XX, 2024-10-XX)",
            )
        raise _bad(whole, "expected YYYY, YYYY-MM or YYYY-MM-DD")
    g = m.group
    ytext, mtext, dtext = g("year"), g("month"), g("day")
    for a, b in (("yq1", "yq2"), ("mq1", "mq2"), ("dq1", "dq2")):
        if g(a) and g(b):
            raise _bad(whole, "at most one qualifier (~ ? %) per year, month or day")
    approximate = "~" in side or "%" in side
    uncertain = "?" in side or "%" in side

    if "X" in ytext:
        if mtext is not None:
            raise _bad(whole, "a year with unspecified digits (202X) cannot take a month or day")
        if ytext.endswith("XX"):
            y0 = int(ytext[:2]) * 100
            gran = "century"
            span = 99
        else:
            y0 = int(ytext[:3]) * 10
            gran = "decade"
            span = 9
        if y0 == 0:
            # 000X / 00XX would run from 1 BC (year 0) into AD: say which years are meant
            raise _bad(whole, f"{ytext} reaches year 0 (1 BC); write the years, e.g. 0001/00{'09' if span == 9 else '99'}")
        return _Side(date(y0, 1, 1), date(y0 + span, 12, 31), gran, y0, 0, 0, 0, approximate, uncertain)

    year = int(ytext)
    if mtext is None:
        return _Side(make_day(year, 1, 1), make_day(year, 12, 31), "year", year, 0, 0, 0, approximate, uncertain)

    if mtext == "XX":
        if dtext is not None and dtext != "XX":
            raise _bad(whole, "a known day needs a known month (2024-XX-15 is not supported)")
        return _Side(make_day(year, 1, 1), make_day(year, 12, 31), "year", year, 0, 0, 0, approximate, uncertain)

    month = int(mtext)
    if 21 <= month <= 41:
        if dtext is not None:
            raise _bad(whole, f"season {month} cannot take a day")
        if g("yq1") or g("yq2") or g("mq1"):
            raise _bad(whole, "a season takes a qualifier only at its end (2024-21~)")
        first, last = _SEASONS[month]
        return _Side(
            make_day(year, first, 1), _month_end(year, last), "season", year, 0, 0, month,
            approximate, uncertain,
        )
    if not 1 <= month <= 12:
        raise _bad(whole, f"month {mtext} does not exist (01-12, or a season 21-41)")

    ndays = monthrange(year, month)[1]
    if dtext is None or dtext == "XX":
        return _Side(
            make_day(year, month, 1), make_day(year, month, ndays), "month", year, month, 0, 0,
            approximate, uncertain,
        )
    day = int(dtext)
    if not 1 <= day <= ndays:
        raise _bad(whole, f"{_MONTH_FULL[month - 1].title()} {year_label(year)} has {ndays} days")
    d = make_day(year, month, day)
    return _Side(d, d, "day", year, month, day, 0, approximate, uncertain)


@lru_cache(maxsize=65536)
def parse_when(value: str) -> When:
    """Read a strict EDTF value (surrounding whitespace ignored); DateError when it is not one."""
    if not isinstance(value, str):
        raise DateError(f"{value!r} is not an EDTF date: expected text", EDTF_HINT)
    text = value.strip()
    if not text:
        raise DateError("empty date: an EDTF value is needed", EDTF_HINT)
    if "/" not in text:
        if text == "..":
            raise _bad(text, "'..' (open) is only allowed as one end of an interval")
        side = _parse_side(text, text)
        return When(
            text, side.earliest, side.latest, side.granularity, False,
            side.approximate, side.uncertain, False, False,
        )

    parts = text.split("/")
    if len(parts) != 2:
        raise _bad(text, "an interval has exactly one '/'")
    a, b = parts
    start = None if a in ("", "..") else _parse_side(a, text)
    end = None if b in ("", "..") else _parse_side(b, text)
    if start is None and end is None:
        raise _bad(text, "an interval needs a date on at least one side")
    if start is not None and end is not None:
        if start.earliest > end.latest:
            raise _bad(text, "the interval ends before it starts")
        gran = start.granularity if _RANK[start.granularity] <= _RANK[end.granularity] else end.granularity
    else:
        gran = (start or end).granularity  # type: ignore[union-attr]
    return When(
        text,
        start.earliest if start is not None else _open_start(end),
        end.latest if end is not None else date.max,
        gran,
        True,
        "~" in text or "%" in text,
        "?" in text or "%" in text,
        start is None,
        end is None,
    )


def _open_start(end: _Side | None) -> date:
    """The earliest day of an open or unknown start: date.min, or before a BC end."""
    if end is not None and end.earliest < date.min:
        return FIRST_BC_DAY
    return date.min


@lru_cache(maxsize=65536)
def known_bounds(value: str) -> tuple[date, date]:
    """The earliest and latest day of VALUE read by its known bound only: an open-ended date
    (`../2013-03-22` "on or before", `2024-11-06/..` "from", or an unknown end `/2024`)
    means the days of the end it gives (22 March 2013; 6 November 2024); any other value
    its earliest and latest day, as parse_when gives them. What date filters use by default
    (query.py): a statement made "on or before 22 March 2013" is not news about 2010."""
    w = parse_when(value)
    if not (w.open_start or w.open_end):
        return w.earliest, w.latest
    start, _, end = w.text.partition("/")
    side = _parse_side(end if w.open_start else start, w.text)
    return side.earliest, side.latest


def is_edtf(value: str) -> bool:
    """True when VALUE is EDTF that parse_when reads."""
    try:
        parse_when(value)
    except DateError:
        return False
    return True


# --------------------------------------------------------------------------- dates people type

def _alternation(words) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


_MON = rf"(?:{_alternation(_MONTHS)})\.?"
_DAY = r"(?:[0-9]{1,2})(?:st|nd|rd|th)?"
_DASH = r"\s*[-–]\s*"
_YEAR4 = r"[0-9]{4}"

# One grammar for parse_user_date (fullmatch) and split_leading_date (match at start).
# Named groups only (DESIGN habit 6).
_HUMAN_RE = re.compile(
    rf"""
    (?:(?:{_alternation(_WEEKDAYS)})\.?,?\s+)?
    (?:(?P<circa>{_alternation(_CIRCA_WORDS)})\s*)?
    (?:
        (?P<dmy_d>{_DAY})(?:{_DASH}(?P<dmy_d2>{_DAY}))?\s+(?:of\s+)?(?P<dmy_m>{_MON}),?\s+(?P<dmy_y>{_YEAR4})
      | (?P<mdy_m>{_MON})\s*(?P<mdy_d>{_DAY})(?:{_DASH}(?P<mdy_d2>{_DAY}))?(?:,\s*|\s+)(?P<mdy_y>{_YEAR4})
      | (?P<my_m>{_MON})(?:,\s*|\s+)(?P<my_y>{_YEAR4})
      | (?P<season>{_alternation(_SEASON_WORDS)})(?:\s+of)?,?\s+(?P<season_y>{_YEAR4})
      | (?P<quarter>q[1-4])\s+(?P<quarter_y>{_YEAR4})
      | (?:the\s+)?(?P<decade>[0-9]{{3}}0)'?s
      | (?P<ymd_y>{_YEAR4})(?P<sep>[-/.])(?P<ymd_m>[0-9]{{1,2}})(?P=sep)(?P<ymd_d>[0-9]{{1,2}})
      | (?P<year_only>{_YEAR4})
    )
    (?P<unsure>\?)?
    """,
    re.VERBOSE | re.IGNORECASE | re.ASCII,
)
# "in", "on", "during" and "the" before a typed date ("in the spring of 2024"), when a date follows
_LEAD_RE = re.compile(
    rf"(?:(?:{_alternation(_LEAD_WORDS)})\s+)?(?:(?:{_alternation(_ARTICLES)})\s+)?(?=\S)", re.IGNORECASE
)
# "by June 2024" (a deadline: ../2024-06), "since June 2024" (2024-06/..)
_BOUND_RE = re.compile(rf"(?P<word>{_alternation(_UP_TO_WORDS + _FROM_WORDS)})\s+(?=\S)", re.IGNORECASE)
# "late June 2024", "mid-2024", "the end of June 2024": the part of a period meant
_PART_ALTERNATION = "|".join(re.escape(w.removeprefix("the ")).replace(r"\ ", r"\s+")
                             for w in sorted(_PART_WORDS, key=len, reverse=True))
_PART_RE = re.compile(rf"(?P<part>(?:the\s+)?(?:{_PART_ALTERNATION}))(?:\s*-\s*|\s+)(?=\S)", re.IGNORECASE)
# a time of day: 10:30, 10:30 pm, 10 a.m., with "at" before it or not
_CLOCK = (rf"(?:(?:{_alternation(_CLOCK_LEAD)})\s+)?(?:(?:[01]?[0-9]|2[0-3]):[0-5][0-9](?:\s*(?:{_alternation(_AM_PM)}))?"
          rf"|(?:1[0-2]|0?[1-9])\s*(?:{_alternation(_AM_PM)}))")
_CLOCK_FIRST_RE = re.compile(rf"(?P<clock>{_CLOCK})(?:,\s*|\s+)(?P<day>\S.*)", re.IGNORECASE)
_CLOCK_LAST_RE = re.compile(rf"(?P<day>.*?\S)(?:,\s*|\s+)(?P<clock>{_CLOCK})", re.IGNORECASE)
# an ISO timestamp: a day, then a time of day and/or a zone ("2024-01-01T10:00:00+05:00")
_TIMESTAMP_RE = re.compile(r"(?P<day>-?[0-9]{4}-[0-9]{2}-[0-9]{2})(?=[T\s+Z-]|UTC|GMT)"
                           r"(?:[T\s]+(?:[01]?[0-9]|2[0-3]):[0-5][0-9](?::[0-5][0-9](?:[.,][0-9]+)?)?)?"
                           r"\s*(?:Z|UTC|GMT|[+-](?:[01][0-9]|2[0-3])(?::?[0-5][0-9])?)?", re.ASCII | re.IGNORECASE)
_NUMERIC_DMY_RE = re.compile(r"[0-9]{1,2}([-/.])[0-9]{1,2}\1[0-9]{2,4}", re.ASCII)
_RANGE_SPLIT_RE = re.compile(r"\s+(?:to|until|till|through|-|–|—)\s+|\s*[–—]\s*", re.IGNORECASE)
_LOOSE_EDTF_RE = re.compile(r"[0-9xX?~%./\-]+", re.ASCII)
_EDTF_START_RE = re.compile(r"[~?%]?[0-9X]{4}|\.\.|/", re.ASCII)
_TRAILING_YEAR_RE = re.compile(r"[0-9]{4}\??$", re.ASCII)


def _day_num(text: str) -> int:
    return int(text.rstrip("stndrhSTNDRH"))


def _human_to_edtf(m: re.Match[str]) -> str:
    """EDTF (not yet validated) for a _HUMAN_RE match, at the precision that was written."""
    g = m.group
    q = ""
    if g("circa"):
        q += "~"
    if g("unsure"):
        q += "?"
    q = {"": "", "~": "~", "?": "?", "~?": "%"}[q]

    def day(y: str, mon: int, d: str) -> str:
        return f"{y}-{mon:02d}-{_day_num(d):02d}{q}"

    if g("dmy_d"):
        mon = _MONTHS[g("dmy_m").rstrip(".").lower()]
        first = day(g("dmy_y"), mon, g("dmy_d"))
        return f"{first}/{day(g('dmy_y'), mon, g('dmy_d2'))}" if g("dmy_d2") else first
    if g("mdy_m"):
        mon = _MONTHS[g("mdy_m").rstrip(".").lower()]
        first = day(g("mdy_y"), mon, g("mdy_d"))
        return f"{first}/{day(g('mdy_y'), mon, g('mdy_d2'))}" if g("mdy_d2") else first
    if g("my_m"):
        return f"{g('my_y')}-{_MONTHS[g('my_m').rstrip('.').lower()]:02d}{q}"
    if g("season"):
        code = _SEASON_WORDS[g("season").lower()]
        # EDTF takes no qualifier on a season's year side; put it at the end.
        return f"{g('season_y')}-{code}{q}"
    if g("quarter"):
        return f"{g('quarter_y')}-{32 + int(g('quarter')[1])}{q}"
    if g("decade"):
        dec = g("decade")
        return f"{dec[:2]}XX{q}" if dec.endswith("00") else f"{dec[:3]}X{q}"
    if g("year_only"):
        return f"{g('year_only')}{q}"
    return f"{g('ymd_y')}-{int(g('ymd_m')):02d}-{int(g('ymd_d')):02d}{q}"


class _NotADate(DateError):
    """Typed text that is no date at all (no reason to give): prose, for leading_date_error."""


def _user_error(value: str, reason: str = "") -> DateError:
    if reason:
        return DateError(f"cannot read the date {_shown(value)}: {reason}", USER_DATE_HINT)
    return _NotADate(f"cannot read the date {_shown(value)}", USER_DATE_HINT)


# "490 BC", "15 Mar 490 BCE", "AD 9", "9 CE"; "the 5th century BC" (as the extractor reads
# it, TIMEX2's 0-based centuries: 499-400 BC, like 19XX for the 20th century)
_ERA = r"(?P<era>B\.?C\.?(?:E\.?)?|A\.?D\.?|C\.?E\.?)"
_ERA_DATE_RE = re.compile(rf"(?P<body>.*?)(?P<y>[0-9]{{1,4}})\s*{_ERA}(?P<unsure>\?)?", re.IGNORECASE | re.ASCII)
_AD_FIRST_RE = re.compile(r"(?P<body>.*?)A\.?D\.?\s*(?P<y>[0-9]{1,4})(?P<unsure>\?)?", re.IGNORECASE | re.ASCII)
_ERA_YEARS_RE = re.compile(rf"(?P<a>[0-9]{{1,4}})-(?P<b>[0-9]{{1,4}}\s*{_ERA})", re.IGNORECASE | re.ASCII)
_ERA_CENTURY_RE = re.compile(rf"(?:the\s+)?(?P<n>[0-9]{{1,2}})(?:st|nd|rd|th)\s+century\s+{_ERA}", re.IGNORECASE | re.ASCII)


def _era_user_date(value: str, whole: str) -> str | None:
    """EDTF (astronomical years) for a date written with an era, else None."""
    c = _ERA_CENTURY_RE.fullmatch(value)
    if c is not None:
        n = int(c.group("n"))
        if not 1 <= n <= 99:
            raise _user_error(whole, "centuries run from the 1st to the 99th")
        c0 = n - 1
        if c.group("era").upper().startswith("B"):
            return f"{edtf_year(1 - (100 * c0 + 99))}/{edtf_year(1 - max(1, 100 * c0))}"
        return f"{max(1, 100 * c0):04d}/{100 * c0 + 99:04d}"
    m = _ERA_DATE_RE.fullmatch(value) or _AD_FIRST_RE.fullmatch(value)
    if m is None:
        return None
    y = int(m.group("y"))
    if y < 1:
        raise _user_error(whole, "there is no year 0 in BC/AD counting (1 BC is followed by AD 1)")
    bc = "era" in m.re.groupindex and m.group("era").upper().startswith("B")
    astro = 1 - y if bc else y
    # the rest ("15 Mar ", "c. ") is read in a stand-in year with the same calendar (400-year
    # cycle), then the year is put back
    stand_in = 1600 + astro % 400
    body = m.group("body")
    edtf = _single_user_date(f"{body}{stand_in}{m.group('unsure') or ''}", whole)
    return edtf.replace(f"{stand_in:04d}", edtf_year(astro))


def _single_user_date(value: str, whole: str) -> str:
    era = _era_user_date(value, whole)
    if era is not None:
        return parse_when(era).text
    if _LOOSE_EDTF_RE.fullmatch(value):
        candidate = value.replace("x", "X")
        if is_edtf(candidate):
            return parse_when(candidate).text
    m = _HUMAN_RE.fullmatch(value)
    if m is not None:
        edtf = _human_to_edtf(m)
        try:
            return parse_when(edtf).text
        except DateError as exc:
            raise DateError(f"{_shown(whole)} is not a real date ({exc.message})", USER_DATE_HINT) from None
    stamp = _TIMESTAMP_RE.fullmatch(value)
    if stamp is not None and parse_when(stamp.group("day")):
        # a timestamp pasted from a log or an API: the day is what was meant, said, not guessed
        raise DateError(f"{_shown(whole)} is not a day: it has a time of day or a time zone, "
                        f"and dates here are days (give {stamp.group('day')})",
                        f"give the day alone: {stamp.group('day')}")
    if _NUMERIC_DMY_RE.fullmatch(value):
        raise DateError(
            f"{_shown(whole)} is ambiguous: day and month order differ between countries",
            "write it as ISO year-month-day, e.g. 2024-11-04",
        )
    if (_LOOSE_EDTF_RE.fullmatch(value) and _EDTF_START_RE.match(value)) or (
        " " not in value and _LONG_OR_NEGATIVE_YEAR_RE.match(value)
    ):
        # Looks like EDTF: let the strict reader say exactly what is wrong.
        try:
            parse_when(value)
        except DateError as exc:
            raise DateError(exc.message, USER_DATE_HINT) from None
    raise _user_error(whole)


def _without_lead(text: str) -> str:
    """TEXT without a leading "in", "on", "during" or "the" that a date follows."""
    lead = _LEAD_RE.match(text)
    return text[lead.end():] if lead is not None else text


def parse_user_date(value: str) -> str:
    """EDTF for EDTF or an ordinary date a person types, at the precision given.

    `Nov 2024` -> `2024-11`, `4 Nov 2024` -> `2024-11-04`, `8-13 Oct 2024` ->
    `2024-10-08/2024-10-13`, `Nov 2024 to Feb 2025` -> `2024-11/2025-02`,
    `spring 2024` -> `2024-21`, `1990s` -> `199X`, `c. 2024` -> `2024~`,
    `in the spring of 2024` -> `2024-21`.
    Numeric day/month orders (`04/11/2024`) are refused as ambiguous.
    """
    if not isinstance(value, str):
        raise _user_error(repr(value), "expected text")
    text = _without_lead(" ".join(value.split()))
    if not text:
        raise DateError("empty date", USER_DATE_HINT)
    if is_edtf(text):
        return parse_when(text).text
    bound = _BOUND_RE.match(text)
    if bound is not None:
        return _bounded(bound.group("word"), text[bound.end():], text)
    parts = [] if _HUMAN_RE.fullmatch(text) else _RANGE_SPLIT_RE.split(text)
    if len(parts) == 1 and (years := _ERA_YEARS_RE.fullmatch(text)):
        parts = [years.group("a"), years.group("b")]  # "500-490 BC"
    if len(parts) == 2 and all(parts):
        era = _ERA_DATE_RE.fullmatch(parts[1])
        if era is not None and parts[0].isdigit():
            parts[0] += " " + era.group("era")  # "500-490 BC": both ends BC
        b = _single_user_date(parts[1], text)
        year = _TRAILING_YEAR_RE.search(parts[1])
        if year is not None and not _TRAILING_YEAR_RE.search(parts[0]) and _HUMAN_RE.fullmatch(
            borrowed := f"{parts[0]} {year.group().rstrip('?')}"
        ):
            # "Sep 30 – Oct 2, 2024": the first date takes the year of the second.
            a = _single_user_date(borrowed, text)
        else:
            a = _single_user_date(parts[0], text)
        if "/" in a or "/" in b:
            raise _user_error(text, "each end of a range must be a single date")
        try:
            return parse_when(f"{a}/{b}").text
        except DateError as exc:
            raise DateError(f"{_shown(text)}: {exc.message}", USER_DATE_HINT) from None
    return _single_user_date(text, text)


def _as_whole(exc: DateError, whole: str) -> DateError:
    """EXC about a part of a typed date, as said of the WHOLE: the plain "cannot read" names the
    whole (leading_date_error tells prose from a bad date by it); a reason of its own is kept."""
    return _user_error(whole) if isinstance(exc, _NotADate) else exc


def _read_part(part: str, whole: str) -> When:
    try:
        return parse_when(parse_user_date(part))
    except DateError as exc:
        raise _as_whole(exc, whole) from None


def _bounded(word: str, rest: str, whole: str) -> str:
    """`../X` for "by X" (a deadline: any time up to X, X included), `X/..` for "since X"."""
    edtf = _read_part(rest, whole).text
    if "/" in edtf:
        raise _user_error(whole, f"{word.lower()!r} takes a single date, not a range")
    try:
        return parse_when(f"{edtf}/.." if word.lower() in _FROM_WORDS else f"../{edtf}").text
    except DateError as exc:
        raise DateError(f"{_shown(whole)}: {exc.message}", USER_DATE_HINT) from None


class UserDate(NamedTuple):
    """A date a person typed, as `read_user_date` reads it."""

    edtf: str
    mod: str = ""  # the part of it meant, as Event.mod: "early", "mid" or "late"
    clock: str = ""  # a time of day typed with it ("At 10:30"): the store keeps days, the text keeps this


def read_user_date(value: str) -> UserDate:
    """parse_user_date, and also what an event can keep beside its EDTF: the part of a month,
    season, year or decade ("late June 2024" -> 2024-06, late; "mid-2024"; "the end of June
    2024"), read as the parser reads it in documents (the pack's mod_of), and a time of day with
    one day ("At 10:30 on 3 June 2024", "3 June 2024 at 10:30" -> 2024-06-03 and the clock)."""
    if not isinstance(value, str):
        return UserDate(parse_user_date(value))
    text = _without_lead(" ".join(value.split()))
    clock = _CLOCK_FIRST_RE.fullmatch(text) or _CLOCK_LAST_RE.fullmatch(text)
    if clock is not None:
        day = _read_part(clock.group("day"), text)
        if day.is_interval or day.granularity != "day":
            raise _user_error(text, "a time of day goes with one day")
        return UserDate(day.text, "", clock.group("clock"))
    part = _PART_RE.match(text)
    if part is not None:
        period = _read_part(text[part.end():], text)
        if period.is_interval or period.granularity == "day":
            raise _user_error(text, f"{part.group('part').lower()!r} goes with a month, a season, a year or a decade")
        return UserDate(period.text, _event_mod(part.group("part")))
    return UserDate(parse_user_date(text))


def _event_mod(words: str) -> str:
    """Event.mod for "late", "mid", "the end of"...: the parser's own reading of them (TIMEX3
    mod, then the name ingest stores), imported only for a date typed with such words."""
    from timeline_cli.lang.en.rules import mod_of
    from timeline_cli.temporal.events import MOD_NAMES

    return MOD_NAMES[mod_of(words)]


def day_bounds(value: str) -> tuple[date, date]:
    """Earliest and latest day VALUE (EDTF or an ordinary date) can mean."""
    w = parse_when(parse_user_date(value))
    return w.earliest, w.latest


# --------------------------------------------------------------------------- leading dates

# (a year before 1 starts with a minus: "-0044-03-15: Caesar murdered", EDTF's 44 BC)
_TOKEN_RE = re.compile(r"(?:\.\.|-?[0-9?~%])[0-9X?~%./\-]*", re.ASCII)
_FULL_DAY_SHAPE_RE = re.compile(r"-?[0-9]{4}-[0-9]{2}-[0-9]{2}", re.ASCII)
_WEAK_TOKEN_RE = re.compile(r"-?[0-9]{4}|[0-9]{4}-(?:[2-4][0-9])", re.ASCII)
_SEP_RE = re.compile(r"\s*(?:[:;,.|]|[-–—]{1,2})?\s*")
_STRONG_SEP_RE = re.compile(r"\s*(?::|[-–—]{1,2}(?=\s)|[–—])")


def _rest(text: str, end: int) -> str:
    m = _SEP_RE.match(text, end)
    return text[m.end():].strip() if m else text[end:].strip()


def _ends_cleanly(text: str, end: int) -> bool:
    return end >= len(text) or not text[end].isalnum()


def split_leading_user_date(text: str) -> tuple[UserDate, str] | None:
    """split_leading_date with what read_user_date reads beside the EDTF: "Late June 2024: ..."
    is June 2024, late; "At 10:30 on 3 June 2024: ..." the day and its clock (`timeline add`)."""
    body = text.lstrip()
    found = _split_at_separator(body)
    if found is not None:
        return found
    plain = _split_leading(body)
    return None if plain is None else (UserDate(plain[0]), plain[1])


def split_leading_date(text: str) -> tuple[str, str] | None:
    """(edtf, rest) when TEXT starts with a date, else None.

    "2024-11-04: first clash" -> ("2024-11-04", "first clash"). A bare year or a
    season code (`2024`, `2023-24`) counts only before a colon or a dash, so
    "2024 troops arrived" and "2023-24 season" are not read as dates. A leading
    full day that does not exist ("2024-02-30: ...") raises DateError. A date with an era
    ("44 BC: Caesar murdered", "15 Mar 44 BC Caesar murdered", "AD 9 - Varus") is read as the
    parser reads it in documents (the era word in capitals; a year alone before a colon or a
    dash, as a bare year); "BC Hydro said" and "44 BC-registered cars" are not dates.
    """
    found = split_leading_user_date(text)
    return None if found is None else (found[0].edtf, found[1])


# a colon or a spaced dash: where a typed date may end and the text begin
_SEP_AT_RE = re.compile(r"\s*(?::|\s[-–—]{1,2}\s)")
_LONGEST_TYPED_DATE = 60
# an era word in lower case: at the start of a text it is chat ("44 bc: ...", "because"), as
# the parser reads it in documents; `--when "44 bc"` is still read
_LOWER_ERA_RE = re.compile(r"\b(?:b\.?c\.?(?:e\.?)?|a\.?d\.?|c\.?e\.?)(?![\w.])", re.ASCII)


def _split_at_separator(body: str) -> tuple[UserDate, str] | None:
    """(edtf, rest) when what comes before a colon or spaced dash near the start of BODY is a
    whole date as `read_user_date` reads it, the longest such start first: "In June 2024:
    ...", "the 5th century BC: ...", "Nov 2024 to Feb 2025 - ...", "2024 - 2025: ...".
    Without a separator such a start is prose ("In June 2024 the army ..."): cutting the date
    out of it would lose words."""
    for m in reversed(list(_SEP_AT_RE.finditer(body, 0, _LONGEST_TYPED_DATE + 4))):
        head = body[: m.start()]
        if not head or len(head) > _LONGEST_TYPED_DATE or _LOWER_ERA_RE.search(head):
            continue
        try:
            value = read_user_date(head)
        except DateError:
            continue
        return value, _rest(body, m.start())
    return None


def leading_date_error(text: str) -> DateError | None:
    """Why the date before TEXT's first colon or spaced dash cannot be read, when the date
    reader can say ("3/6/2024: ..." is ambiguous, "99999-01-01: ..." out of range, "31 June
    2024: ..." no such day), for a text split_leading_date found no date in; None when what
    is there is simply not a date ("Meeting: ..."). The separators are tried from the first
    on, as a date may hold a colon itself ("At 10:30 on June 2024: ..." names no day)."""
    body = text.lstrip()
    for m in _SEP_AT_RE.finditer(body, 0, _LONGEST_TYPED_DATE + 4):
        head = body[: m.start()]
        if not head.strip():
            return None
        try:
            read_user_date(head)
        except DateError as exc:
            if not isinstance(exc, _NotADate):
                return exc
    return None


def _is_bad_interval(token: str) -> bool:
    """Two EDTF dates joined by a slash that make no interval ("2024-10-08/2024-10-01")."""
    start, slash, end = token.partition("/")
    return bool(slash) and is_edtf(start) and is_edtf(end) and not is_edtf(token)


def _split_leading(body: str) -> tuple[str, str] | None:
    from timeline_cli.lang.en.eras import leading_era_date

    era = leading_era_date(body)
    if era is not None:
        end, year_only = era
        if not year_only or end == len(body) or _STRONG_SEP_RE.match(body, end):
            return parse_user_date(body[:end]), _rest(body, end)
    m = _TOKEN_RE.match(body)
    if m is not None:
        token = m.group()
        for cand in (token, token.rstrip(".-") if not token.endswith("..") else token):
            if cand and is_edtf(cand):
                end = len(cand)
                if not _ends_cleanly(body, end):
                    break
                if _WEAK_TOKEN_RE.fullmatch(cand) and not (
                    end == len(body) or _STRONG_SEP_RE.match(body, end)
                ):
                    break
                return parse_when(cand).text, _rest(body, end)
        else:
            bare = token.rstrip(".:-")
            if _FULL_DAY_SHAPE_RE.fullmatch(bare) and _ends_cleanly(body, len(bare)):
                parse_when(bare)  # raises: a day-shaped value that is not a real day
            if _is_bad_interval(bare) and _ends_cleanly(body, len(bare)):
                parse_when(bare)  # raises: it ends before it starts (else its start alone was read)
    h = _HUMAN_RE.match(body)
    if (
        h is not None
        and _ends_cleanly(body, h.end())
        and not (
            h.group("year_only")
            and not h.group("circa")
            and not (h.end() == len(body) or _STRONG_SEP_RE.match(body, h.end()))
        )
    ):
        edtf = _human_to_edtf(h)
        try:
            value = parse_when(edtf).text
        except DateError as exc:
            raise DateError(
                f"{_shown(h.group())} is not a real date ({exc.message})", USER_DATE_HINT
            ) from None
        return value, _rest(body, h.end())
    return None


# --------------------------------------------------------------------------- display

def _side_label(side: _Side, text: str, ad: bool = False) -> str:
    """One date at its precision; years before 1 as "490 BC" (`ad`: "AD 9", beside a BC date)."""
    g = side.granularity
    year = year_label(side.year, ad=ad)
    if g == "day":
        core = f"{side.day} {_MONTH_ABBR[side.month - 1]} {year}"
    elif g == "month":
        core = f"{_MONTH_ABBR[side.month - 1]} {year}"
    elif g == "season":
        label, after = _SEASON_LABELS[side.season]
        years = year
        if _SEASONS[side.season][1] > 12:
            if side.year < 0:
                years = f"{1 - side.year}–{year_label(side.year + 1)}"  # Winter 490–489 BC
            elif side.year == 0:
                years = f"{year}–AD 1"
            else:
                years += f"–{(side.year + 1) % 100:02d}"
        core = f"{label} {years}{after}"
    elif g == "year":
        core = year
    elif g == "decade":
        core = f"{side.year}s" if side.year % 100 else f"{side.year}–{side.year + 9}"
    else:
        core = f"{side.year}s"
    if side.approximate:
        core = "~" + core
    if side.uncertain:
        core += "?"
    return core


@lru_cache(maxsize=65536)
def _format_text(text: str) -> str:
    w = parse_when(text)
    if not w.is_interval:
        return _side_label(_parse_side(w.text, w.text), w.text)
    a, b = w.text.split("/")
    if a in ("", ".."):
        end = _side_label(_parse_side(b, w.text), w.text)
        return f"on or before {end}" if a == ".." else f"unknown – {end}"
    if b in ("", ".."):
        start = _side_label(_parse_side(a, w.text), w.text)
        return f"from {start}" if b == ".." else f"{start} – unknown"
    sa, sb = _parse_side(a, w.text), _parse_side(b, w.text)
    plain = not (sa.approximate or sa.uncertain or sb.approximate or sb.uncertain)
    if plain and sa.granularity == sb.granularity and sa.year == sb.year:
        year = year_label(sa.year)
        if sa.granularity == "day":
            if sa.month == sb.month:
                return f"{sa.day}–{sb.day} {_MONTH_ABBR[sa.month - 1]} {year}"
            return (
                f"{sa.day} {_MONTH_ABBR[sa.month - 1]} – {sb.day} {_MONTH_ABBR[sb.month - 1]} {year}"
            )
        if sa.granularity == "month":
            return f"{_MONTH_ABBR[sa.month - 1]}–{_MONTH_ABBR[sb.month - 1]} {year}"
    if plain and sa.granularity == sb.granularity == "year":
        if sb.year <= 0:
            return f"{1 - sa.year}–{year_label(sb.year)}"  # 499–400 BC
        if sa.year >= 1:
            return f"{sa.year}–{sb.year}"
    # across the era boundary the AD end says so: "10 BC – AD 9"
    return f"{_side_label(sa, w.text)} – {_side_label(sb, w.text, ad=sa.year <= 0 < sb.year)}"


@lru_cache(maxsize=65536)
def era_label(value: str) -> str:
    """" (490 BC)" for an EDTF value reaching before year 1 (-0489), else "": what to show
    beside the raw EDTF, whose astronomical years (0000 is 1 BC) are easy to misread."""
    if "-" not in value[:2] and not value.startswith("0000") and "/-" not in value and "/0000" not in value:
        return ""
    w = parse_when(value)
    if w.earliest.toordinal() >= 1 and not w.text.startswith("0000"):
        return ""
    return f" ({_format_text(w.text)})"


def format_when(w: When | str) -> str:
    """Human display at the value's precision: `24 Oct 2024`, `8–13 Oct 2024`, `~Jun 2024`,
    `on or before 6 Nov 2024`, `Spring 2024`, `2020s`. Raises DateError for a bad string."""
    return _format_text(w.text if isinstance(w, When) else w)
