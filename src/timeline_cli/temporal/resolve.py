"""Stage 2: anchor underspecified specs (from the rules) to the document date.

Pure: every function takes the document date (and the tense of the clause, and the last
resolved date of the document for "a year earlier"); nothing here reads a clock.

`resolve(spec, dct, tense, ref)` -> `Resolved(type, value, edtf, mod)` or None.
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
from datetime import date, timedelta
from typing import NamedTuple



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


def pick(cands, cur, tense: str | None, shift: int | None):
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


def pick_soft(cands, cur, tense: str | None, scale: float = 1.0):
    """Nearest candidate where distance against the tense is stretched (not forbidden)."""
    def cost(c):
        d = _dist(c, cur) * scale
        if d > 0:
            w = AGAINST_TENSE if tense == "past" else 1.0 if tense == "future" else UNMARKED_FUTURE
        elif d < 0:
            w = AGAINST_TENSE if tense == "future" else 1.0
        else:
            w = 1.0
        return (abs(d) * w, d > 0)
    return min(cands, key=cost) if cands else None


def _dist(a, b):
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
def _pack(pack):
    """The language pack whose vocabulary a spec names (holidays, duration units)."""
    if pack is None:
        from timeline_cli import lang
        return lang.get(lang.DEFAULT)
    return pack


def resolve(spec: dict, dct: date, tense: str | None = None, ref: str | None = None,
            dayfirst: bool | None = None, story: bool = False, pack=None) -> Resolved | None:
    """`story`: the text is narrating the past around `ref` (an explicit past date sets the scene
    and nothing so far counted from the document date): "by the end of the month" and "the
    next year" then mean the reference's, and a "next day" after a coarse reference keeps its
    unknown part unspecified instead of falling back on the document date."""
    k = spec["k"]
    mod = spec.get("mod", "") or ""
    typ = spec.get("type", "DATE")
    if k == "block":
        return None
    if k == "value":
        v = spec["value"]
        return Resolved(typ, v, spec["edtf"] if "edtf" in spec else edtf_of(v, dct, mod), mod)
    if k == "range":
        a = resolve_point(spec["a"], dct, tense, ref, dayfirst, pack=pack)
        if a is None:
            return None
        b_spec = dict(spec["b"])
        if b_spec.get("y") is None and "y" in b_spec:
            ay = int(a[:4])
            b_spec["y"] = ay
            if b_spec.get("m") and spec["a"].get("m") and (b_spec["m"], b_spec.get("d") or 0) < (spec["a"]["m"], spec["a"].get("d") or 0):
                b_spec["y"] = ay + 1
        b = resolve_point(b_spec, dct, tense, ref, dayfirst, pack=pack)
        if b is None:
            return None
        ea, eb = edtf_of(a, dct), edtf_of(b, dct)
        return Resolved(typ, a, f"{ea}/{eb}" if ea and eb else None, mod)
    if k == "rel" and spec.get("narr"):
        # "two years later": from the time under discussion; with none, or for hours and
        # vague counts ("a few days later"), TimeML keeps the duration
        unit, n = spec["unit"], spec.get("n")
        v = None
        if unit in ("decade", "century") and n is not None:
            unit, n = "year", n * (10 if unit == "decade" else 100)  # "a decade later": ten years on
        if ref and n is not None and unit not in ("hour", "minute", "second") and not spec.get("span"):
            v = shift_granule(ref[:4] if unit == "year" and "Q" not in ref else ref, unit, n) or from_ref(ref, unit, n, story)
        if v is None:
            return Resolved("DURATION", _pack(pack).duration_value(None if n is None else abs(n), unit), None, mod)
        return Resolved("DATE", v, edtf_of(v, dct, mod), mod)
    if k == "in_n":
        n, unit = spec["n"], spec["unit"]
        if spec.get("inprep") == "in" and tense == "future" and n is not None and float(n).is_integer():
            rv = rel_value(unit, int(n), dct)
            if rv:
                return Resolved(rv[1], rv[0], edtf_of(rv[0], dct), mod)
        return Resolved("DURATION", _pack(pack).duration_value(n, unit), None, mod)
    if k == "time":
        day = spec.get("day")
        dv = resolve_point(day, dct, tense, ref, dayfirst, pack=pack) if day else dct.isoformat()
        if dv is None:
            return None
        v = f"{dv}T{spec['time']}"
        return Resolved("TIME", v, edtf_of(dv, dct), mod)
    v = resolve_point(spec, dct, tense, ref, dayfirst, story, pack=pack)
    if v is None:
        return None
    if v in ("PAST_REF", "FUTURE_REF", "PRESENT_REF"):
        typ = "DATE"
    pod = spec.get("pod")
    if pod and re.fullmatch(r"\d{4}-(?:\d\d|XX)-(?:\d\d|XX)", v):
        v = f"{v}T{pod}"
        typ = spec.get("type", "TIME")
    return Resolved(typ, v, edtf_of(v, dct, mod), mod)


def resolve_point(spec: dict, dct: date, tense: str | None, ref: str | None,
                  dayfirst: bool | None = None, story: bool = False, pack=None) -> str | None:
    """TimeML value (no time of day) of a point-like spec."""
    k = spec["k"]
    shift = spec.get("shift")
    if k == "numdate":
        a, b, y = spec["a"], spec["b"], spec["y"]
        if a > 12 and b <= 12:
            d, m = a, b
        elif b > 12 and a <= 12:
            m, d = a, b
        else:
            first = dayfirst if dayfirst is not None else spec["sep"] == "."
            d, m = (a, b) if first else (b, a)
        dd = valid_date(y, m, d)
        return dd.isoformat() if dd else None
    if k == "date":
        y, m, d = spec.get("y"), spec.get("m"), spec.get("d")
        if y is None and spec.get("yshift") is not None:
            y = dct.year + spec["yshift"]
        if y is None and spec.get("yref"):
            if not ref:
                return None
            y = int(ref[:4])
        if m is None:
            return None if y is None else f"{y:04d}"
        if y is not None:
            if d is None:
                return f"{y:04d}-{m:02d}"
            dd = valid_date(y, m, d)
            return dd.isoformat() if dd else None
        if d is None:
            c = pick_soft([yy * 12 + m - 1 for yy in (dct.year - 1, dct.year, dct.year + 1)], dct.year * 12 + dct.month - 1, tense)
            return f"{c // 12:04d}-{c % 12 + 1:02d}"
        cands = [dd for yy in (dct.year - 1, dct.year, dct.year + 1) if (dd := valid_date(yy, m, d))]
        if spec.get("wd"):
            agree = [c for c in cands if c.isoweekday() == spec["wd"]]
            if agree:
                cands = agree
        c = pick_soft(cands, dct, tense)
        return c.isoformat() if c else None
    if k == "month":
        m = spec["m"]
        if spec.get("anchor") == "ref" and ref:
            p = _REF_PARTS.fullmatch(ref)
            if p:
                y = int(p.group("y"))
                rm = int(p.group("m")) if p.group("m") else {"SP": 4, "SU": 7, "FA": 10, "WI": 12}.get(p.group("s") or "", 0)
                if p.group("q"):
                    rm = 3 * int(p.group("q")[1])
                if shift == -1:
                    return f"{y if (m < rm or not rm) else y - 1:04d}-{m:02d}"
                return f"{y if (rm and m > rm) else y + 1:04d}-{m:02d}"
        cands = [yy * 12 + m - 1 for yy in (dct.year - 1, dct.year, dct.year + 1)]
        if shift == 0:
            return f"{dct.year:04d}-{m:02d}"
        c = pick(cands, dct.year * 12 + dct.month - 1, tense, shift) if shift else pick_soft(cands, dct.year * 12 + dct.month - 1, tense)
        return f"{c // 12:04d}-{c % 12 + 1:02d}"
    if k == "weekday":
        wd = spec["wd"]
        if spec.get("story") and ref and shift is None and re.fullmatch(r"\d{4}-\d\d-\d\d", ref):
            # "On 3 March 1945 the city fell. On Monday, the army crossed": the first such
            # weekday after the day under discussion (before it in the pluperfect is rarer)
            r = date.fromisoformat(ref)
            return (r + timedelta(days=(wd - r.isoweekday() - 1) % 7 + 1)).isoformat()
        base = dct + timedelta(days=(wd - dct.isoweekday()))
        cands = [base + timedelta(days=7 * i) for i in (-2, -1, 0, 1, 2)]
        if shift == 0:
            t = tense or "future"
            c = pick(cands, dct, t, None)
        else:
            c = pick(cands, dct, tense, shift)
        return c.isoformat()
    if k == "rel":
        unit, n = spec["unit"], spec.get("n")
        if n is None:
            return "PAST_REF" if spec.get("ago") else None
        if spec.get("ofthe") and story and tense == "past" and ref:
            # "by the end of the month the front had moved west": the month under discussion
            sv = ref_period(ref, unit)
            if sv:
                return sv
        if spec.get("next_the") and story and tense == "past" and ref:
            # "it reopened the next year" in a story about 1939
            sv = from_ref(ref, unit, n)
            if sv:
                return sv
        if spec.get("anchor") == "ref" and ref:
            if spec.get("ago"):
                sv = shift_granule(ref[:4] if unit == "year" and "Q" not in ref else ref, unit, n)
            else:
                # "the following month", "the next day": the unit's granularity
                sv = from_ref(ref, unit, n, story)
            if sv:
                return sv
        if spec.get("only_ref"):
            return None
        if (spec.get("ago") or spec.get("figures")) and unit == "year" and ref and re.fullmatch(r"\d{4}-Q\d", ref) and int(ref[:4]) == dct.year:
            sv = shift_granule(ref, unit, n)
            if sv:
                return sv
        rv = rel_value(unit, n, dct)
        return rv[0] if rv else None
    if k == "quarter":
        q, half = spec.get("q"), spec.get("half")
        per = 2 if half else 4
        cur = dct.year * per + (dct.month - 1) // (12 // per)
        if spec.get("y") is not None and q:
            k2 = spec["y"] * per + q - 1
        elif spec.get("yshift") is not None and q:
            k2 = (dct.year + spec["yshift"]) * per + q - 1
        elif q and spec.get("fiscal"):
            # "the fiscal first quarter": fiscal years rarely match the calendar; TimeML names
            # the quarter by the report's year
            k2 = dct.year * per + q - 1
        elif q:
            cands = [yy * per + q - 1 for yy in (dct.year - 1, dct.year, dct.year + 1)]
            # the nearest such quarter that agrees with the verb, as for months: "fighting was
            # heavy in the first quarter" in November is this year's, not the coming one
            k2 = pick(cands, cur, None, shift) if shift is not None else pick_soft(cands, cur, tense)
        else:
            # "the quarter" / "the latest quarter": the quarter being reported on
            if shift == 1:
                k2 = cur + 1
            elif shift == 0:
                k2 = cur
            elif shift == -1 or (tense != "future"):
                k2 = cur - 1
            else:
                k2 = cur
        return f"{k2 // per:04d}-{'H' if half else 'Q'}{k2 % per + 1}"
    if k == "season":
        s = spec["s"]
        if spec.get("y") is not None:
            return f"{spec['y']:04d}-{s}"
        if ref and (spec.get("anchor") == "ref" or (spec.get("next_the") and story)):
            # "the following spring" after the winter of 1932 -> 1933-SP
            c = season_after(ref, s, -1 if shift == -1 else 1)
            if c:
                return c
        mo = dct.month
        cur = 4 * dct.year + (0 if 3 <= mo <= 5 else 1 if 6 <= mo <= 8 else 2 if 9 <= mo <= 11 else 3)
        if mo <= 2:
            cur = 4 * (dct.year - 1) + 3
        idx = _SEASON_ORDER.index(s)
        cands = [4 * yy + idx for yy in (dct.year - 2, dct.year - 1, dct.year, dct.year + 1)]
        if shift == 0:
            c = cur if cur % 4 == idx else 4 * dct.year + idx
            if tense == "future" and c < cur:
                c += 4
            elif tense == "past" and c > cur:
                c -= 4
        elif shift:
            c = pick(cands, cur, tense, shift)
        else:
            c = pick_soft(cands, cur, tense)
        return f"{c // 4:04d}-{s}"
    if k in ("yago_quarter", "year_period"):
        # "the year-ago quarter": the quarter under discussion, one year back
        rq = re.fullmatch(r"(?P<y>\d{4})-Q(?P<q>[1-4])", ref or "")
        q = spec.get("q") or (int(rq.group("q")) if rq else None)
        if k == "year_period":
            if q and (spec.get("quarter") or rq):
                return f"{spec['y']:04d}-Q{q}"
            return f"{spec['y']:04d}"
        if q is None:
            if spec.get("period") and ref and re.fullmatch(r"\d{4}", ref):
                return f"{int(ref) - 1:04d}"
            k2 = dct.year * 4 + (dct.month - 1) // 3 - 1
            q = k2 % 4 + 1
            y = k2 // 4
        else:
            y = int(rq.group("y")) if rq else dct.year
        return f"{y - 1:04d}-Q{q}"
    if k == "that":
        # "that year", "the same day", "that summer", "by then": the time under discussion
        p = _REF_PARTS.fullmatch(ref or "")
        if p is None:
            return None
        unit, y, m = spec["unit"], p.group("y"), p.group("m")
        if unit == "ref":
            return ref
        if unit == "year":
            return y
        if unit == "season":
            return f"{y}-{spec['s']}"
        if unit == "monthname":
            return f"{y}-{spec['m']:02d}"
        if unit == "month":
            return ref[:7] if m else f"{y}-XX"
        if unit == "week":
            return iso_week(date.fromisoformat(ref)) if p.group("d") else f"{y}-WXX"
        if unit == "day":
            if p.group("d"):
                return ref
            return None if spec.get("weak") else f"{y}-{m or 'XX'}-XX"
        return None
    if k == "weekend":
        # past tense or a weekday article: the weekend just gone; future: the coming one
        wd = dct.isoweekday()
        if shift == -1:
            n = -1
        elif shift == 1:
            n = 1
        elif wd >= 6:
            n = 0
        else:
            n = 0 if (tense == "future" or shift == 0) else -1
        return iso_week(dct + timedelta(weeks=n)) + "-WE"
    if k == "holiday":
        h = _pack(pack).HOLIDAYS[spec["name"]]
        def on(yy):
            return date(yy, h[0], h[1]) if isinstance(h, tuple) else MOVABLE_HOLIDAYS[h](yy)
        if spec.get("y"):
            return on(spec["y"]).isoformat()
        cands = [on(yy) for yy in (dct.year - 1, dct.year, dct.year + 1)]
        c = pick(cands, dct, tense, shift) if shift else pick_soft(cands, dct, tense)
        return c.isoformat()
    if k == "weekof":
        v = resolve_point(spec["day"], dct, tense, ref, dayfirst, pack=pack)
        return iso_week(date.fromisoformat(v)) if v else None
    if k == "offset":
        v = resolve_point(spec["base"], dct, tense, ref, dayfirst, pack=pack)
        if not v or not re.fullmatch(r"\d{4}-\d\d-\d\d", v):
            return None
        return shift_granule(v, spec["unit"], spec["n"])
    if k == "podref":
        # the part of the day under discussion: the last day talked about, else the report's day
        if ref and re.fullmatch(r"\d{4}-\d\d-\d\d", ref):
            return ref
        return dct.isoformat()
    if k == "dom":
        d = spec["d"]
        cands = []
        for n in (-1, 0, 1):
            yy, mm = add_months(dct.year, dct.month, n)
            if (dd := valid_date(yy, mm, d)):
                cands.append(dd)
        c = pick(cands, dct, tense, None)
        return c.isoformat() if c else None
    if k == "value":
        return spec["value"]
    return None
