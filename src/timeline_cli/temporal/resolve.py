"""Stage 2: anchor underspecified specs (from the rules) to the document date.

Pure: every function takes the document date (and the tense of the clause, and the last
resolved date of the document for "a year earlier"); nothing here reads a clock.

`resolve(spec, dct, tense, ref)` -> `Resolved(type, value, edtf, mod)` or None; one function
per spec kind (`specs.py`), found in `_WHOLE` (kinds whose type or EDTF is their own: values,
ranges, durations, clock times) or `_POINT` (kinds that name a point: its TimeML value).
Values follow TimeML (`2024-10-24`, `2024-W44`, `2024-Q3`, `2024-SU`, `199`, `P3D`,
`PRESENT_REF`); `edtf` is the EDTF string for the store (None for durations, sets and
PRESENT_REF).

Choosing among readings of a year-less date or a bare weekday: candidates one period apart
(months 12, weekdays 7, seasons 4, quarters 4 ...) are ranked against the document date:
past tense -> latest not after it; future tense -> earliest not before it; no tense -> the
nearest (ties go to the past). "last X" is strictly before, "next X" strictly after.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date, timedelta
from typing import Any, Callable, Iterable, NamedTuple, TypeVar

from .specs import (
    BlockSpec, DateSpec, DayOfMonthSpec, HolidaySpec, InSpec, MonthSpec, NumericDateSpec,
    OffsetSpec, PodRefSpec, QuarterSpec, RangeSpec, RelSpec, SeasonSpec, Spec, ThatSpec, TimeSpec,
    ValueSpec, WeekdaySpec, WeekendSpec, WeekOfSpec, YearAgoQuarterSpec, YearPeriodSpec,
)



class Resolved(NamedTuple):
    type: str
    value: str
    edtf: str | None
    mod: str = ""


_SEASON_ORDER = ("SP", "SU", "FA", "WI")
# EDTF level-1 season codes (21 spring .. 24 winter)
SEASON_EDTF: dict[str, str] = {"SP": "21", "SU": "22", "FA": "23", "WI": "24"}


# ---------------------------------------------------------------- calendar helpers
def add_months(y: int, m: int, n: int) -> tuple[int, int]:
    k = y * 12 + (m - 1) + n
    return k // 12, k % 12 + 1


def iso_week(d: date) -> str:
    y, w, _ = d.isocalendar()
    return f"{y:04d}-W{w:02d}"


def last_day(y: int, m: int) -> int:
    if m == 12:
        return 31
    return (date(y, m + 1, 1) - timedelta(days=1)).day


def valid_date(y: int, m: int, d: int) -> date | None:
    if 1 <= m <= 12 and 1 <= d <= last_day(y, m):
        return date(y, m, d)
    return None


def easter(y: int) -> date:
    a, b, c = y % 19, y // 100, y % 100
    d, e = b // 4, b % 4
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    l = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l) // 451
    month = (h + l - 7 * m + 114) // 31
    day = (h + l - 7 * m + 114) % 31 + 1
    return date(y, month, day)


def nth_weekday(y: int, m: int, wd: int, n: int) -> date:
    """n-th ISO weekday wd of month m (n = -1: the last)."""
    if n > 0:
        first = date(y, m, 1)
        return first + timedelta(days=(wd - first.isoweekday()) % 7 + 7 * (n - 1))
    last = date(y, m, last_day(y, m))
    return last - timedelta(days=(last.isoweekday() - wd) % 7)


MOVABLE_HOLIDAYS = {
    "thanksgiving": lambda y: nth_weekday(y, 11, 4, 4),
    "easter": easter,
    "good_friday": lambda y: easter(y) - timedelta(days=2),
    "memorial_day": lambda y: nth_weekday(y, 5, 1, -1),
    "labor_day": lambda y: nth_weekday(y, 9, 1, 1),
    "mothers_day": lambda y: nth_weekday(y, 5, 7, 2),
    "fathers_day": lambda y: nth_weekday(y, 6, 7, 3),
    # the Tuesday after the first Monday in November
    "us_election_day": lambda y: nth_weekday(y, 11, 1, 1) + timedelta(days=1),
}


# a reading: a date, or a month, quarter or season counted from year 0
C = TypeVar("C", date, int)


def pick(cands: Iterable[C], cur: C, tense: str | None, shift: int | None) -> C | None:
    """Choose among ordered candidates (comparable with cur) by shift, else by tense."""
    cands = sorted(cands)
    if not cands:
        return None
    if shift == -1:
        before = [c for c in cands if c < cur]
        return before[-1] if before else cands[0]
    if shift == 1:
        after = [c for c in cands if c > cur]
        return after[0] if after else cands[-1]
    if tense == "past":
        before = [c for c in cands if c <= cur]
        return before[-1] if before else cands[0]
    if tense == "future":
        after = [c for c in cands if c >= cur]
        return after[0] if after else cands[-1]
    # no tense: nearest, ties to the past (news reports mostly look back)
    return min(cands, key=lambda c: (abs(_dist(c, cur)), _dist(c, cur) > 0))


# How much further a reading against the tense may be and still win: "payable Jan. 2" in a
# November article with a past-tense verb nearby is still the coming January, while "in June"
# in a past-tense sentence in November is the June just gone.
AGAINST_TENSE = 3.0
# With no tense in sight, a future reading counts this much further (news mostly looks back).
UNMARKED_FUTURE = 3.0


def pick_soft(cands: list[C], cur: C, tense: str | None, scale: float = 1.0,
              ties_to_tense: bool = False) -> C | None:
    """Nearest candidate where distance against the tense is stretched (not forbidden)."""
    def cost(c: C) -> tuple[float, bool]:
        d = _dist(c, cur) * scale
        if d > 0:
            w = AGAINST_TENSE if tense == "past" else 1.0 if tense == "future" else UNMARKED_FUTURE
        elif d < 0:
            w = AGAINST_TENSE if tense == "future" else 1.0
        else:
            w = 1.0
        # a tie goes to the past (news mostly looks back), unless `ties_to_tense`
        return (abs(d) * w, d < 0 if ties_to_tense and tense == "future" else d > 0)
    return min(cands, key=cost) if cands else None


def _dist(a: C, b: C) -> int:
    if isinstance(a, date):
        return (a - b).days
    return a - b


# ---------------------------------------------------------------- EDTF from TimeML values
_WEEK = re.compile(r"^(?P<y>\d{4})-W(?P<w>\d\d)(?P<we>-WE)?$")
_QUARTER = re.compile(r"^(?P<y>\d{4})-(?P<kind>[QH])(?P<n>[1-4X])$")
_SEASON = re.compile(r"^(?P<y>\d{4})-(?P<s>SP|SU|FA|WI)$")
_DATEISH = re.compile(r"^(?P<d>(?:\d{4}|XXXX)(?:-(?:\d\d|XX)(?:-(?:\d\d|XX))?)?)(?:T.*)?$")


def edtf_of(value: str, dct: date, mod: str = "") -> str | None:
    """EDTF (ISO 8601-2) string for a TimeML value; None where no calendar span fits."""
    if value == "PAST_REF":
        return f"../{dct.isoformat()}"
    if value == "FUTURE_REF":
        return f"{dct.isoformat()}/.."
    if value.startswith("P") or value == "PRESENT_REF":
        return None
    out: str | None = None
    m = _WEEK.match(value)
    if m:
        y, w = int(m.group("y")), int(m.group("w"))
        try:
            if m.group("we"):
                a, b = date.fromisocalendar(y, w, 6), date.fromisocalendar(y, w, 7)
            else:
                a, b = date.fromisocalendar(y, w, 1), date.fromisocalendar(y, w, 7)
        except ValueError:
            return None
        return f"{a.isoformat()}/{b.isoformat()}"
    m = _QUARTER.match(value)
    if m:
        y, n = int(m.group("y")), m.group("n")
        if n == "X":
            return m.group("y")
        size = 3 if m.group("kind") == "Q" else 6
        first = (int(n) - 1) * size + 1
        return f"{y:04d}-{first:02d}/{y:04d}-{first + size - 1:02d}"
    m = _SEASON.match(value)
    if m:
        out = f"{m.group('y')}-{SEASON_EDTF[m.group('s')]}"
    elif re.fullmatch(r"\d{3}", value):
        out = value + "X"
    elif re.fullmatch(r"\d\d", value):
        out = value + "XX"
    else:
        m = _DATEISH.match(value)
        if not m:
            return None
        out = m.group("d")
        if out.startswith("XXXX") and out.count("X") == len(out.replace("-", "")):
            return None
    if mod == "APPROX" and out:
        out += "~"
    return out


# ---------------------------------------------------------------- granules
def fmt(gran: str, y: int, sub: int | None = None, d: date | None = None) -> str:
    if gran == "year":
        return f"{y:04d}"
    if gran == "month":
        return f"{y:04d}-{sub:02d}"
    if gran == "quarter":
        return f"{y:04d}-Q{sub}"
    if gran == "half":
        return f"{y:04d}-H{sub}"
    raise ValueError(gran)


def shift_granule(value: str, unit: str, n: int) -> str | None:
    """Shift a resolved value (2024-Q3, 2024-10, 2024-10-24, 2024) by n units, keeping its granularity."""
    m = re.fullmatch(r"(?P<y>\d{4})(?:-(?:(?P<q>Q[1-4])|(?P<m>\d\d)(?:-(?P<d>\d\d))?))?", value)
    if not m:
        return None
    y = int(m.group("y"))
    if m.group("q"):
        q = int(m.group("q")[1])
        k = y * 4 + q - 1 + (n * 4 if unit == "year" else n if unit == "quarter" else 0)
        if unit not in ("year", "quarter"):
            return None
        return f"{k // 4:04d}-Q{k % 4 + 1}"
    if m.group("d"):
        d = date(y, int(m.group("m")), int(m.group("d")))
        if unit == "day":
            return (d + timedelta(days=n)).isoformat()
        if unit == "week":
            return (d + timedelta(weeks=n)).isoformat()
        if unit in ("month", "year"):
            yy, mm = add_months(d.year, d.month, n * (12 if unit == "year" else 1))
            return f"{yy:04d}-{mm:02d}-{min(d.day, last_day(yy, mm)):02d}"
        return None
    if m.group("m"):
        if unit in ("month", "year"):
            yy, mm = add_months(y, int(m.group("m")), n * (12 if unit == "year" else 1))
            return f"{yy:04d}-{mm:02d}"
        return None
    if unit == "year":
        return f"{y + n:04d}"
    return None


def rel_value(unit: str, n: int | None, dct: date) -> tuple[str, str] | None:
    """Value (and TIMEX type) of dct shifted by n units at that unit's granularity."""
    if n is None:
        return None
    if unit in ("day", "night"):
        return (dct + timedelta(days=n)).isoformat(), "DATE"
    if unit in ("week", "fortnight"):
        return iso_week(dct + timedelta(weeks=n * (2 if unit == "fortnight" else 1))), "DATE"
    if unit == "weekend":
        return iso_week(dct + timedelta(weeks=n)) + "-WE", "DATE"
    if unit == "month":
        y, m = add_months(dct.year, dct.month, n)
        return f"{y:04d}-{m:02d}", "DATE"
    if unit == "quarter":
        k = dct.year * 4 + (dct.month - 1) // 3 + n
        return f"{k // 4:04d}-Q{k % 4 + 1}", "DATE"
    if unit == "year":
        return f"{dct.year + n:04d}", "DATE"
    if unit == "decade":
        return f"{dct.year // 10 + n:03d}", "DATE"
    if unit == "century":
        return f"{dct.year // 100 + n:02d}", "DATE"
    if unit in ("hour", "minute", "second"):
        return dct.isoformat(), "TIME"
    return None


_REF_PARTS = re.compile(r"(?P<y>\d{4})(?:-(?:(?P<q>Q[1-4])|(?P<s>SP|SU|FA|WI)|(?P<m>\d\d)(?:-(?P<d>\d\d))?))?")


def from_ref(ref: str, unit: str, n: int, fill: bool = True) -> str | None:
    """The time under discussion (`ref`: 1943, 1943-SU, 1945-03, 1945-03-03, 1988-Q3) moved by n
    units, at the unit's granularity ("the following month" after 3 May 1926 -> 1926-06). Where
    the reference is coarser than the unit, what it does not say stays unspecified, as TimeML
    annotators write it: "the next day" after "in March 1945" -> 1945-03-XX, after 1943 -> 1943-XX-XX
    (only with `fill`; else None)."""
    p = _REF_PARTS.fullmatch(ref)
    if p is None:
        return None
    y, m, d = int(p.group("y")), p.group("m"), p.group("d")
    if unit == "year":
        return f"{y + n:04d}"
    if unit == "decade":  # "the following decade" after 1941 -> 195 (after 490 BC: eras.py)
        return f"{y // 10 + n:03d}"
    if unit == "century":
        return f"{y // 100 + n:02d}"
    if unit == "quarter":
        q = int(p.group("q")[1]) if p.group("q") else (int(m) - 1) // 3 + 1 if m else None
        if q is None:
            return None
        k = y * 4 + q - 1 + n
        return f"{k // 4:04d}-Q{k % 4 + 1}"
    if unit == "month":
        if m is None:
            return f"{y:04d}-XX" if fill else None
        yy, mm = add_months(y, int(m), n)
        return f"{yy:04d}-{mm:02d}"
    if unit in ("week", "fortnight"):
        if d is None:
            return f"{y:04d}-WXX" if fill else None
        return iso_week(date(y, int(m), int(d)) + timedelta(weeks=n * (2 if unit == "fortnight" else 1)))
    if unit in ("day", "night"):
        if d is None:
            return f"{y:04d}-{m or 'XX'}-XX" if fill else None
        return (date(y, int(m), int(d)) + timedelta(days=n)).isoformat()
    return None


def _season_index(month: int, y: int) -> int:
    """4 * year + season (SP 0, SU 1, FA 2, WI 3); December-February are the winter of December's year."""
    if month <= 2:
        return 4 * (y - 1) + 3
    return 4 * y + (month - 3) // 3


def season_after(ref: str, s: str, direction: int) -> str | None:
    """The first season `s` after (direction 1) or before (-1) the reference."""
    p = _REF_PARTS.fullmatch(ref)
    if p is None:
        return None
    y = int(p.group("y"))
    if p.group("s"):
        cur = 4 * y + _SEASON_ORDER.index(p.group("s"))
    elif p.group("m"):
        cur = _season_index(int(p.group("m")), y)
    elif p.group("q"):
        cur = _season_index(3 * int(p.group("q")[1]) - 1, y)
    else:
        cur = 4 * y - 1 if direction > 0 else 4 * y + 4  # a bare year: that year's season
    idx = _SEASON_ORDER.index(s)
    c = 4 * (cur // 4 - 1) + idx
    while (c <= cur) if direction > 0 else (c < cur):
        c += 4
    if direction < 0:
        c -= 4
    return f"{c // 4:04d}-{s}"


def ref_period(ref: str, unit: str) -> str | None:
    """The unit-sized period holding the reference ("the end of the month" after 3 March 1945 -> 1945-03)."""
    p = _REF_PARTS.fullmatch(ref)
    if p is None:
        return None
    if unit == "year":
        return p.group("y")
    if unit == "month" and p.group("m"):
        return ref[:7]
    if unit == "week" and p.group("d"):
        return iso_week(date.fromisoformat(ref))
    if unit == "quarter" and p.group("q"):
        return ref
    if unit == "decade":
        return ref[:3]
    if unit == "century":
        return ref[:2]
    return None


# ---------------------------------------------------------------- the resolver
@dataclass(frozen=True, slots=True)
class Context:
    """What a spec is resolved against."""

    dct: date
    tense: str | None = None
    ref: str | None = None  # the time under discussion (a TimeML value)
    dayfirst: bool | None = None
    # narrating the past around `ref`: "by the end of the month" and "the next year" then mean
    # the reference's, and a "next day" after a coarse reference keeps its unknown part
    story: bool = False
    pack: Any = None
    # the tense comes from a sure marker ("will", a past verb), not a modal ("could"): a
    # yearless month as far on either side of the report then takes the tense's side
    sure: bool = False
    # the tense is a bound, not a lean: "since March" is never after the report, however near
    # the coming March is (a yearless month or day then takes the last one at or before it)
    bound: bool = False

    @property
    def inner(self) -> Context:
        """For a spec inside another (a range's ends, a time's day): not read as a story."""
        return replace(self, story=False) if self.story else self

    @property
    def lang(self) -> Any:
        """The language pack whose vocabulary a spec names (holidays, duration units)."""
        if self.pack is None:
            from timeline_cli import lang
            return lang.get(lang.DEFAULT)
        return self.pack


def resolve(spec: Spec, dct: date, tense: str | None = None, ref: str | None = None,
            dayfirst: bool | None = None, story: bool = False, pack: Any = None,
            sure: bool = False, bound: bool = False) -> Resolved | None:
    """The TIMEX3 type, value, EDTF and mod of a spec (None: nothing to report). `sure`: the
    tense comes from a sure marker (Context.sure); `bound`: it is a bound (Context.bound)."""
    ctx = Context(dct, tense, ref, dayfirst, story, pack, sure, bound)
    whole = _WHOLE.get(type(spec))
    if whole is not None:
        return whole(spec, ctx)
    return _as_point(spec, resolve_point(spec, ctx), ctx)


def resolve_point(spec: Spec, ctx: Context) -> str | None:
    """TimeML value (no time of day) of a point-like spec."""
    point = _POINT.get(type(spec))
    return point(spec, ctx) if point is not None else None


_DAY_VALUE = re.compile(r"\d{4}-(?:\d\d|XX)-(?:\d\d|XX)")
_FULL_DAY = re.compile(r"\d{4}-\d\d-\d\d")
_QUARTER_REF = re.compile(r"(?P<y>\d{4})-Q(?P<q>[1-4])")


def _as_point(spec: Spec, v: str | None, ctx: Context) -> Resolved | None:
    """A point's value with its type, its part of the day (on a day) and its EDTF."""
    if v is None:
        return None
    typ = "DATE" if v in ("PAST_REF", "FUTURE_REF", "PRESENT_REF") else spec.type
    pod = getattr(spec, "pod", None)
    if pod and _DAY_VALUE.fullmatch(v):
        v, typ = f"{v}T{pod}", spec.type
    return Resolved(typ, v, edtf_of(v, ctx.dct, spec.mod), spec.mod)


# ---- specs resolved whole (their type or EDTF is not a point's)
def _value(spec: ValueSpec, ctx: Context) -> Resolved:
    edtf = spec.edtf if spec.edtf is not None else edtf_of(spec.value, ctx.dct, spec.mod)
    return Resolved(spec.type, spec.value, edtf, spec.mod)


def _range(spec: RangeSpec, ctx: Context) -> Resolved | None:
    inner = ctx.inner
    a = resolve_point(spec.a, inner)
    if a is None:
        return None
    if isinstance(spec.b, WeekdaySpec):
        # "Mon-Fri", "Saturday-Sunday": from the first weekday to the next of the second
        if not isinstance(spec.a, WeekdaySpec) or not _FULL_DAY.fullmatch(a):
            return None
        first = date.fromisoformat(a)
        last = first + timedelta(days=(spec.b.wd - first.isoweekday()) % 7)
        return Resolved(spec.type, a, f"{a}/{last.isoformat()}", spec.mod)
    span = _month_span_year(spec, ctx) if MONTH_RANGE_SPAN else None
    if span is not None and a[:4].isdigit() and int(a[:4]) != span:
        a = f"{span:04d}{a[4:]}"  # ("the January-September period", in November: this year's nine months)
    b = resolve_point(_range_end(spec, int(a[:4])), inner)
    if b is None:
        return None
    ea, eb = edtf_of(a, ctx.dct), edtf_of(b, ctx.dct)
    return Resolved(spec.type, a, f"{ea}/{eb}" if ea and eb else None, spec.mod)


# Session 20, parser21 (a switch for the tests): a yearless span of whole months in one year
# ("the January-September period", "July-September") takes its year as one stretch, the nearer
# end deciding, not by its first month alone: in November, "January-September" is this year's
# first nine months (its end two months back), not the coming January's.
MONTH_RANGE_SPAN = True


def _month_span_year(spec: RangeSpec, ctx: Context) -> int | None:
    """The year of a yearless span of whole months within one year, as `pick_soft` weighs a
    month: the span's distance is from its nearer end (none when it holds the report's month)."""
    a, b = spec.a, spec.b
    if not (isinstance(a, DateSpec) and isinstance(b, DateSpec)) or ctx.bound or ctx.story:
        return None
    if (a.y is not None or a.yshift is not None or a.yref or a.d is not None or a.m is None
            or b.y is not None or b.yshift is not None or b.yref or b.d is not None or b.m is None
            or b.m <= a.m):
        return None
    am, bm = a.m, b.m
    cur = ctx.dct.year * 12 + ctx.dct.month - 1
    ahead = AGAINST_TENSE if ctx.tense == "past" else 1.0 if ctx.tense == "future" else UNMARKED_FUTURE
    behind = AGAINST_TENSE if ctx.tense == "future" else 1.0

    def cost(y: int) -> tuple[float, bool]:
        lo, hi = y * 12 + am - 1, y * 12 + bm - 1
        if hi < cur:
            return (cur - hi) * behind, False
        if lo > cur:
            return (lo - cur) * ahead, True  # (a tie goes to the past)
        return 0.0, False
    return min((ctx.dct.year - 1, ctx.dct.year, ctx.dct.year + 1), key=cost)


def _range_end(spec: RangeSpec, a_year: int) -> DateSpec:
    """The end, in the start's year when it names none (the next one for "Dec. 30 - Jan. 2")."""
    a, b = spec.a, spec.b
    assert isinstance(a, DateSpec) and isinstance(b, DateSpec)  # (weekday ranges end in _range)
    if b.y is not None:
        return b
    if b.m and a.m and (b.m, b.d or 0) < (a.m, a.d or 0):
        a_year += 1
    return replace(b, y=a_year)


def _in_n(spec: InSpec, ctx: Context) -> Resolved:
    n = spec.n
    if spec.inprep == "in" and ctx.tense == "future" and n is not None and float(n).is_integer():
        rv = rel_value(spec.unit, int(n), ctx.dct)
        if rv:
            return Resolved(rv[1], rv[0], edtf_of(rv[0], ctx.dct), spec.mod)
    return Resolved("DURATION", ctx.lang.duration_value(n, spec.unit), None, spec.mod)


def _time(spec: TimeSpec, ctx: Context) -> Resolved | None:
    dv = resolve_point(spec.day, ctx.inner) if spec.day else ctx.dct.isoformat()
    if dv is None:
        return None
    return Resolved("TIME", f"{dv}T{spec.time}", edtf_of(dv, ctx.dct), spec.mod)


def _rel(spec: RelSpec, ctx: Context) -> Resolved | None:
    if spec.narr:
        return _narrative_offset(spec, ctx)
    if (spec.unit in ("decade", "century") and spec.n is not None and not spec.ago
            and (spec.anchor == "ref" or spec.next_the)):
        # ("a decade earlier" counts ten years back: _rel_point)
        # "the following decade": from the time under discussion; with none ("over the next
        # decade the company received $19bn"), the span, never the decade after the report's
        sv = from_ref(ctx.ref, spec.unit, spec.n) if ctx.ref and (spec.anchor == "ref" or ctx.story) else None
        if sv is None and (spec.anchor == "ref" or ctx.tense == "past"):
            return Resolved("DURATION", ctx.lang.duration_value(1, spec.unit), None, spec.mod)
        if sv is not None:
            return _as_point(spec, sv, ctx)
    return _as_point(spec, _rel_point(spec, ctx), ctx)


def _narrative_offset(spec: RelSpec, ctx: Context) -> Resolved:
    """"two years later": from the time under discussion; with none, or for hours and vague
    counts ("a few days later"), TimeML keeps the duration."""
    unit, n = spec.unit, spec.n
    if unit in ("decade", "century") and n is not None:
        unit, n = "year", n * (10 if unit == "decade" else 100)  # "a decade later": ten years on
    v = None
    if ctx.ref and n is not None and unit not in ("hour", "minute", "second") and not spec.span:
        v = shift_granule(_granule_base(ctx.ref, unit), unit, n) or from_ref(ctx.ref, unit, n, ctx.story)
    if v is None:
        return Resolved("DURATION", ctx.lang.duration_value(None if n is None else abs(n), unit), None, spec.mod)
    return Resolved("DATE", v, edtf_of(v, ctx.dct, spec.mod), spec.mod)


def _granule_base(ref: str, unit: str) -> str:
    """The reference to count years from: its year (a quarter keeps its quarter); months from
    its month ("Fifteen months later" after 23 May 1915 is August 1916, as TIMEX2 writes it)."""
    if unit == "year" and "Q" not in ref:
        return ref[:4]
    if unit == "month" and re.fullmatch(r"\d{4}-\d\d-\d\d", ref):
        return ref[:7]
    return ref


# ---- point specs: their TimeML value
def _rel_point(spec: RelSpec, ctx: Context) -> str | None:
    unit, n, ref = spec.unit, spec.n, ctx.ref
    if n is None:
        return "PAST_REF" if spec.ago else None
    if ref and ctx.story and ctx.tense == "past":
        # "by the end of the month the front had moved west": the month under discussion;
        # "it reopened the next year" in a story about 1939
        sv = ref_period(ref, unit) if spec.ofthe else None
        if sv is None and spec.next_the:
            sv = from_ref(ref, unit, n)
        if sv:
            return sv
    if spec.whole_year and ref and "Q" in ref:
        ref = ref[:4]  # "For the nine months, ... a year earlier": the year, not the quarter
    if spec.anchor == "ref" and ref:
        if spec.ago and unit in ("decade", "century"):
            unit, n = "year", n * (10 if unit == "decade" else 100)  # "a decade earlier": ten years back
        # "a year earlier": by the unit; "the following month", "the next day": at its granularity
        sv = shift_granule(_granule_base(ref, unit), unit, n) if spec.ago else from_ref(ref, unit, n, ctx.story)
        if sv:
            return sv
    if spec.only_ref:
        return None
    if ((spec.ago or spec.figures) and not spec.whole_year and unit == "year" and ref and re.fullmatch(r"\d{4}-Q\d", ref)
            and int(ref[:4]) == ctx.dct.year):
        sv = shift_granule(ref, unit, n)  # "a year ago" in a quarterly report: that quarter
        if sv:
            return sv
    rv = rel_value(unit, n, ctx.dct)
    return rv[0] if rv else None


def _numeric_date(spec: NumericDateSpec, ctx: Context) -> str | None:
    a, b = spec.a, spec.b
    if a > 12 and b <= 12:
        d, m = a, b
    elif b > 12 and a <= 12:
        m, d = a, b
    elif ctx.dayfirst is None and spec.sep != "." and a != b:
        # nothing in the document tells its habit: the reading nearer its own date ("quoting
        # log 3697 2/11/23" in a page of 3 November 2023 is 2 November, not 11 February)
        readings = [x for x in (valid_date(spec.y, a, b), valid_date(spec.y, b, a)) if x is not None]
        if not readings:
            return None
        return min(readings, key=lambda x: (abs((x - ctx.dct).days), readings.index(x))).isoformat()
    else:
        first = ctx.dayfirst if ctx.dayfirst is not None else spec.sep == "."
        d, m = (a, b) if first else (b, a)
    dd = valid_date(spec.y, m, d)
    return dd.isoformat() if dd else None


def _date(spec: DateSpec, ctx: Context) -> str | None:
    y, m, d = spec.y, spec.m, spec.d
    if y is None and spec.yshift is not None:
        y = ctx.dct.year + spec.yshift
    if y is None and spec.yref:
        if not ctx.ref:
            return None
        y = int(ctx.ref[:4])
    if m is None:
        return None if y is None else f"{y:04d}"
    if y is None:
        return _yearless_date(m, d, spec.wd, ctx)
    if d is None:
        return f"{y:04d}-{m:02d}"
    dd = valid_date(y, m, d)
    return dd.isoformat() if dd else None


def _yearless_date(m: int, d: int | None, wd: int | None, ctx: Context) -> str | None:
    """"in June", "March 10": the reading nearest the document date, stretched by the tense
    (and agreeing with a weekday named beside it)."""
    dct = ctx.dct
    years = (dct.year - 1, dct.year, dct.year + 1)
    if d is None:
        months = [yy * 12 + m - 1 for yy in years]
        c = (pick(months, _month_index(dct), ctx.tense, None) if ctx.bound
             else pick_soft(months, _month_index(dct), ctx.tense, ties_to_tense=ctx.sure))
        assert c is not None  # three candidates
        return f"{c // 12:04d}-{c % 12 + 1:02d}"
    days = [dd for yy in years if (dd := valid_date(yy, m, d))]
    if wd:
        agree = [c for c in days if c.isoweekday() == wd]
        if agree:
            days = agree
    day = pick(days, dct, ctx.tense, None) if ctx.bound else pick_soft(days, dct, ctx.tense)
    return day.isoformat() if day else None


def _month_index(d: date) -> int:
    return d.year * 12 + d.month - 1


def _month(spec: MonthSpec, ctx: Context) -> str:
    m, shift, dct = spec.m, spec.shift, ctx.dct
    if spec.anchor == "ref" and ctx.ref:
        v = _month_from_ref(m, shift, ctx.ref)
        if v:
            return v
    if shift == 0:
        return f"{dct.year:04d}-{m:02d}"
    cands = [yy * 12 + m - 1 for yy in (dct.year - 1, dct.year, dct.year + 1)]
    cur = _month_index(dct)
    c = (pick(cands, cur, ctx.tense, shift) if shift or ctx.bound
         else pick_soft(cands, cur, ctx.tense, ties_to_tense=ctx.sure))
    assert c is not None  # three candidates
    return f"{c // 12:04d}-{c % 12 + 1:02d}"


# the month a season reference counts as, for "the following March"
_SEASON_MONTH = {"SP": 4, "SU": 7, "FA": 10, "WI": 12}


def _month_from_ref(m: int, shift: int | None, ref: str) -> str | None:
    """"the following March" after the time under discussion ("the previous March": before)."""
    p = _REF_PARTS.fullmatch(ref)
    if p is None:
        return None
    y = int(p.group("y"))
    rm = int(p.group("m")) if p.group("m") else _SEASON_MONTH.get(p.group("s") or "", 0)
    if p.group("q"):
        rm = 3 * int(p.group("q")[1])
    if shift == -1:
        return f"{y if (m < rm or not rm) else y - 1:04d}-{m:02d}"
    return f"{y if (rm and m > rm) else y + 1:04d}-{m:02d}"


def _weekday(spec: WeekdaySpec, ctx: Context) -> str:
    wd, shift, ref, dct = spec.wd, spec.shift, ctx.ref, ctx.dct
    if spec.story and ref and shift is None and _FULL_DAY.fullmatch(ref):
        # "On 3 March 1945 the city fell. On Monday, the army crossed": the first such
        # weekday after the day under discussion (before it in the pluperfect is rarer)
        r = date.fromisoformat(ref)
        return (r + timedelta(days=(wd - r.isoweekday() - 1) % 7 + 1)).isoformat()
    base = dct + timedelta(days=(wd - dct.isoweekday()))
    cands = [base + timedelta(days=7 * i) for i in (-2, -1, 0, 1, 2)]
    if shift == 0:
        c = pick(cands, dct, ctx.tense or "future", None)  # "this Friday": the coming one unless past
    else:
        c = pick(cands, dct, ctx.tense, shift)
    assert c is not None  # five candidates
    return c.isoformat()


def _quarter(spec: QuarterSpec, ctx: Context) -> str:
    q, dct = spec.q, ctx.dct
    per = 2 if spec.half else 4
    cur = dct.year * per + (dct.month - 1) // (12 // per)
    if q is None:
        k = _reported_quarter(cur, spec.shift, ctx.tense)
    elif spec.y is not None:
        k = spec.y * per + q - 1
    elif spec.yshift is not None:
        k = (dct.year + spec.yshift) * per + q - 1
    elif spec.fiscal:
        # "the fiscal first quarter": fiscal years rarely match the calendar; TimeML names
        # the quarter by the report's year
        k = dct.year * per + q - 1
    else:
        # the nearest such quarter that agrees with the verb, as for months: "fighting was
        # heavy in the first quarter" in November is this year's, not the coming one
        cands = [yy * per + q - 1 for yy in (dct.year - 1, dct.year, dct.year + 1)]
        c = pick(cands, cur, None, spec.shift) if spec.shift is not None else pick_soft(cands, cur, ctx.tense)
        assert c is not None  # three candidates
        k = c
    return f"{k // per:04d}-{'H' if spec.half else 'Q'}{k % per + 1}"


def _reported_quarter(cur: int, shift: int | None, tense: str | None) -> int:
    """"the quarter" / "the latest quarter": the one being reported on (the last, in the past)."""
    if shift == 1:
        return cur + 1
    if shift == 0:
        return cur
    if shift == -1 or tense != "future":
        return cur - 1
    return cur


def _season(spec: SeasonSpec, ctx: Context) -> str | None:
    s, shift, dct = spec.s, spec.shift, ctx.dct
    if spec.y is not None:
        return f"{spec.y:04d}-{s}"
    if ctx.ref and (spec.anchor == "ref" or (spec.next_the and ctx.story)):
        # "the following spring" after the winter of 1932 -> 1933-SP
        after = season_after(ctx.ref, s, -1 if shift == -1 else 1)
        if after:
            return after
    cur = _season_index(dct.month, dct.year)
    idx = _SEASON_ORDER.index(s)
    if shift == 0:
        c: int | None = _this_season(cur, idx, dct.year, ctx.tense)
    else:
        cands = [4 * yy + idx for yy in (dct.year - 2, dct.year - 1, dct.year, dct.year + 1)]
        # a season a future clause names, as far ahead as the last one is behind, is the
        # coming one ("will open in the autumn", said in February); a quarter is not (reports
        # "expect to report third-quarter results" for the quarter just ended)
        c = (pick(cands, cur, ctx.tense, shift) if shift or ctx.bound
             else pick_soft(cands, cur, ctx.tense, ties_to_tense=True))
    assert c is not None  # four candidates
    return f"{c // 4:04d}-{s}"


def _this_season(cur: int, idx: int, year: int, tense: str | None) -> int:
    """"this summer": the current one, else this year's, moved a year to agree with the tense."""
    c = cur if cur % 4 == idx else 4 * year + idx
    if tense == "future" and c < cur:
        c += 4
    elif tense == "past" and c > cur:
        c -= 4
    return c


def _year_ago_quarter(spec: YearAgoQuarterSpec, ctx: Context) -> str:
    """"the year-ago quarter": the quarter under discussion (else the last one), a year back."""
    rq = _QUARTER_REF.fullmatch(ctx.ref or "")
    q = spec.q or (int(rq.group("q")) if rq else None)
    if q is not None:
        y = int(rq.group("y")) if rq else ctx.dct.year
        return f"{y - 1:04d}-Q{q}"
    if spec.period and ctx.ref and re.fullmatch(r"\d{4}", ctx.ref):
        return f"{int(ctx.ref) - 1:04d}"
    k = ctx.dct.year * 4 + (ctx.dct.month - 1) // 3 - 1
    return f"{k // 4 - 1:04d}-Q{k % 4 + 1}"


def _year_period(spec: YearPeriodSpec, ctx: Context) -> str:
    """"the 1988 period": that year's quarter when a quarter is under discussion."""
    rq = _QUARTER_REF.fullmatch(ctx.ref or "")
    q = spec.q or (int(rq.group("q")) if rq else None)
    if q and (spec.quarter or rq) and not (spec.whole_year and not spec.quarter and spec.q is None):
        return f"{spec.y:04d}-Q{q}"
    return f"{spec.y:04d}"


# A report's day under discussion is its own or one of the few before it (Saturday's game in
# Monday's paper): "earlier in the day" after "the war ended on April 30, 1975" or "the vote
# is due on January 25" is the report's day, not the one just named.
_RECENT_DAYS = 3


def _names_unit(ref: str | None, unit: str, ctx: Context) -> bool:
    """Does the time under discussion name a whole `unit` ("later in the day" wants a day:
    after "in 1917" or "in July" it is the report's day, not a guess inside them)? In a
    report (no story), only a day of the last few counts."""
    p = _REF_PARTS.fullmatch(ref or "")
    if p is None or ref is None:
        return False
    if unit in ("day", "week"):
        if p.group("d") is None:
            return False
        return ctx.story or 0 <= (ctx.dct - date.fromisoformat(ref)).days <= _RECENT_DAYS
    if unit == "month":
        return p.group("m") is not None
    return True


def _that(spec: ThatSpec, ctx: Context) -> str | None:
    """"that year", "the same day", "that summer", "by then": the time under discussion."""
    ref = ctx.ref
    if spec.report_if_unnamed and not _names_unit(ref, spec.unit, ctx):
        ref = ctx.dct.isoformat()
    p = _REF_PARTS.fullmatch(ref or "")
    if p is None or ref is None:
        return None
    unit, y, m = spec.unit, p.group("y"), p.group("m")
    if unit == "ref":
        return ref
    if unit == "year":
        return y
    if unit == "season":
        return f"{y}-{spec.s}"
    if unit == "monthname":
        return f"{y}-{spec.m:02d}"
    if unit == "month":
        return ref[:7] if m else f"{y}-XX"
    if unit == "week":
        return iso_week(date.fromisoformat(ref)) if p.group("d") else f"{y}-WXX"
    if unit == "day":
        if p.group("d"):
            return ref
        return None if spec.weak else f"{y}-{m or 'XX'}-XX"
    return None


def _weekend(spec: WeekendSpec, ctx: Context) -> str:
    """Past tense or a weekday article: the weekend just gone; future: the coming one."""
    shift, dct = spec.shift, ctx.dct
    if shift == -1:
        n = -1
    elif shift == 1:
        n = 1
    elif dct.isoweekday() >= 6:
        n = 0
    else:
        n = 0 if (ctx.tense == "future" or shift == 0) else -1
    return iso_week(dct + timedelta(weeks=n)) + "-WE"


def _holiday(spec: HolidaySpec, ctx: Context) -> str:
    h = ctx.lang.HOLIDAYS[spec.name]  # (month, day) or a movable feast's key

    def on(yy: int) -> date:
        return date(yy, h[0], h[1]) if isinstance(h, tuple) else MOVABLE_HOLIDAYS[h](yy)

    if spec.y:
        return on(spec.y).isoformat()
    dct = ctx.dct
    cands = [on(yy) for yy in (dct.year - 1, dct.year, dct.year + 1)]
    c = pick(cands, dct, ctx.tense, spec.shift) if spec.shift else pick_soft(cands, dct, ctx.tense)
    assert c is not None  # three candidates
    return c.isoformat()


def _week_of(spec: WeekOfSpec, ctx: Context) -> str | None:
    v = resolve_point(spec.day, ctx.inner)
    return iso_week(date.fromisoformat(v)) if v else None


def _offset(spec: OffsetSpec, ctx: Context) -> str | None:
    v = resolve_point(spec.base, ctx.inner)
    if not v or not _FULL_DAY.fullmatch(v):
        return None
    return shift_granule(v, spec.unit, spec.n)


def _pod_ref(spec: PodRefSpec, ctx: Context) -> str:
    """The day under discussion (the last day talked about), else the report's day."""
    if ctx.ref and _FULL_DAY.fullmatch(ctx.ref):
        return ctx.ref
    return ctx.dct.isoformat()


def _day_of_month(spec: DayOfMonthSpec, ctx: Context) -> str | None:
    if spec.story_only:
        return None  # "on the 20th was": a day of a story's month (extract.py), or nothing
    dct = ctx.dct
    cands = []
    for n in (-1, 0, 1):
        yy, mm = add_months(dct.year, dct.month, n)
        if (dd := valid_date(yy, mm, spec.d)):
            cands.append(dd)
    c = pick(cands, dct, ctx.tense, None)
    return c.isoformat() if c else None


# spec kind -> its resolver (each function takes its own kind)
_WHOLE: dict[type[Spec], Callable[[Any, Context], Resolved | None]] = {
    BlockSpec: lambda spec, ctx: None,
    ValueSpec: _value,
    RangeSpec: _range,
    InSpec: _in_n,
    TimeSpec: _time,
    RelSpec: _rel,
}
_POINT: dict[type[Spec], Callable[[Any, Context], str | None]] = {
    NumericDateSpec: _numeric_date,
    DateSpec: _date,
    MonthSpec: _month,
    WeekdaySpec: _weekday,
    RelSpec: _rel_point,
    QuarterSpec: _quarter,
    SeasonSpec: _season,
    YearAgoQuarterSpec: _year_ago_quarter,
    YearPeriodSpec: _year_period,
    ThatSpec: _that,
    WeekendSpec: _weekend,
    HolidaySpec: _holiday,
    WeekOfSpec: _week_of,
    OffsetSpec: _offset,
    PodRefSpec: _pod_ref,
    DayOfMonthSpec: _day_of_month,
    ValueSpec: lambda spec, ctx: spec.value,
}
