"""The contract between a language pack's rules and the engine: rules, match groups, specs.

A rule (`Rule`) is data: a pattern, a builder, examples and must-not-match sentences. The
builder reads the match's named groups (`Groups`) and returns a *spec*: what the words say,
underspecified (no document date involved), or None to reject the match in context. The
resolver (`resolve.py`) anchors a spec to the document date, one function per spec kind.

Every spec carries `type` (the TIMEX3 type) and `mod` (the TIMEX3 mod, "" for none). Fields
are those the engine reads; `shift` is -1 (last), 0 (this), 1 (next) or None (from tense).
Specs are frozen: the extractor derives a changed one with `dataclasses.replace`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable, Literal

Anchor = Literal["dct", "ref"]


class Groups(dict[str, str | None]):
    """A match's named groups (None: the group did not take part).

    `g[name]` is for a group the matched branch of the pattern guarantees; it raises if the
    group did not take part, so builders need no None checks there. `g.get(name)` is for
    optional groups.
    """

    __slots__ = ()

    def __getitem__(self, name: str) -> str:
        value = dict.__getitem__(self, name)
        if value is None:
            raise KeyError(f"group {name!r} did not take part in the match")
        return value


@dataclass(frozen=True, slots=True)
class Rule:
    name: str
    # a regex over the lower-cased text; <MACRO> / <MACRO:name> expand to named groups
    pattern: str
    build: Callable[[Groups, str, int, int], "Spec | None"]
    # (sentence, the text found in it, TIMEX3 type, value), resolved against the pack's EXAMPLE_DCT
    examples: tuple[tuple[str, str, str, str], ...] = ()
    # sentences in which the whole extractor must find nothing
    negatives: tuple[str, ...] = ()
    # a regex over the text (as written) that every match of this rule needs somewhere in it
    # (an era word in capitals for the era rules): texts without it skip the rule entirely
    gate: str = ""


@dataclass(frozen=True, slots=True, kw_only=True)
class Spec:
    type: str = "DATE"
    mod: str = ""
    # a reading only a story told in the past gives ("this day", "on the 20th was"): with no
    # story day or month to take, nothing (never counted from the report date of news)
    story_only: bool = False


@dataclass(frozen=True, slots=True, kw_only=True)
class BlockSpec(Spec):
    """Text that must not become a date (phone numbers, "Article 5"): consumed, not reported."""


@dataclass(frozen=True, slots=True, kw_only=True)
class ValueSpec(Spec):
    """The value is known already (durations, sets, PRESENT_REF, decades ...)."""

    value: str
    edtf: str | None = None  # None: derived from the value


@dataclass(frozen=True, slots=True, kw_only=True)
class DateSpec(Spec):
    """A calendar date, month or year; a missing year comes from yshift, yref or the tense."""

    y: int | None = None
    m: int | None = None
    d: int | None = None
    yshift: int | None = None  # "June last year": the document's year moved
    yref: bool = False  # "November of that year": the year under discussion
    wd: int | None = None  # ISO weekday named beside a year-less date ("Friday, April 25")
    century: bool = False  # the century was guessed ("'89"): a history's own may replace it


@dataclass(frozen=True, slots=True, kw_only=True)
class NumericDateSpec(Spec):
    """12/10/2024: which of a, b is the day is decided against the document's habit."""

    a: int
    b: int
    y: int
    sep: str


@dataclass(frozen=True, slots=True, kw_only=True)
class RangeSpec(Spec):
    """"October 8-13", "1980-1988": the value is the start; b without a year takes a's.
    "Mon-Fri", "Saturday-Sunday": two weekdays, b the first of its weekday from a on."""

    a: DateSpec | WeekdaySpec
    b: DateSpec | WeekdaySpec


@dataclass(frozen=True, slots=True, kw_only=True)
class RelSpec(Spec):
    """A unit offset from the document date or from the time under discussion."""

    unit: str
    n: int | None  # None: unknown ("several years ago")
    anchor: Anchor = "dct"
    ago: bool = False  # an explicit count: "two years ago", "a year earlier"
    narr: bool = False  # "two years later": narrative, a duration when nothing to count from
    span: bool = False  # "two or three days later": TimeML keeps the duration
    advance: bool = False  # the story moves on ("the next day", "a year later")
    core: int | None = None  # end offset of the duration alone ("three days" of "three days later")
    ofthe: bool = False  # "the end of the month": in past narration, the month under discussion
    next_the: bool = False  # "the next year": in past narration, from the year under discussion
    only_ref: bool = False  # "the day before": nothing without a time under discussion
    figures: bool = False  # a reported figure beside "last year": maybe a year-ago quarter
    # "For the nine months, ... a year earlier": a longer period than the quarter under
    # discussion is compared, so the year back, not the quarter (session 20)
    whole_year: bool = False
    pod: str | None = None  # part of the day (TimeML MO, AF, EV, NI ...)
    # "five days after the fall of Girona": counted from a happening, which a history's time
    # under discussion is; news keeps the duration ("two days" of "two days after the attack")
    event: bool = False


@dataclass(frozen=True, slots=True, kw_only=True)
class InSpec(Spec):
    """"in three weeks": a date in future text, else a duration."""

    n: float | None
    unit: str
    inprep: str = ""  # the word before ("in", "within")


@dataclass(frozen=True, slots=True, kw_only=True)
class TimeSpec(Spec):
    """A clock time ("hh:mm") on a day (None: the document's)."""

    time: str
    day: Spec | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class MonthSpec(Spec):
    m: int
    shift: int | None = None
    anchor: Anchor = "dct"


@dataclass(frozen=True, slots=True, kw_only=True)
class WeekdaySpec(Spec):
    wd: int  # ISO weekday
    shift: int | None = None
    indef: bool = False  # "on a Friday": not counted from the document date
    story: bool = False  # set by the extractor: the day after the day under discussion
    pod: str | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class QuarterSpec(Spec):
    """A quarter (or a half, `half`); q None: the quarter being reported on."""

    q: int | None = None
    half: bool = False
    y: int | None = None
    yshift: int | None = None
    shift: int | None = None
    fiscal: bool = False  # named by the report's year


@dataclass(frozen=True, slots=True, kw_only=True)
class SeasonSpec(Spec):
    s: str  # TimeML season code: SP, SU, FA, WI
    y: int | None = None
    shift: int | None = None
    anchor: Anchor = "dct"
    next_the: bool = False


@dataclass(frozen=True, slots=True, kw_only=True)
class YearAgoQuarterSpec(Spec):
    """"the year-ago quarter": the quarter under discussion (or q), one year back."""

    q: int | None = None
    period: bool = False  # "the year-ago period": a year after a bare-year reference


@dataclass(frozen=True, slots=True, kw_only=True)
class YearPeriodSpec(Spec):
    """"the 1988 period", "the 1988 third quarter"."""

    y: int
    q: int | None = None
    quarter: bool = False
    whole_year: bool = False  # "In the first nine months, ... in the 1988 period": the year


@dataclass(frozen=True, slots=True, kw_only=True)
class ThatSpec(Spec):
    """"that year", "the same day", "that summer", "by then": the time under discussion."""

    unit: str  # ref, year, season, monthname, month, week, day
    s: str | None = None  # for unit "season"
    m: int | None = None  # for unit "monthname"
    weak: bool = False  # only a day already named, never a guessed one
    # nothing named yet: the report's own day (year, ...), as "later in the day" means in news
    report_if_unnamed: bool = False


@dataclass(frozen=True, slots=True, kw_only=True)
class WeekendSpec(Spec):
    shift: int | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class HolidaySpec(Spec):
    name: str  # a key of the pack's HOLIDAYS
    y: int | None = None
    shift: int | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class WeekOfSpec(Spec):
    """"the week of March 6": the ISO week holding the day."""

    day: DateSpec


@dataclass(frozen=True, slots=True, kw_only=True)
class OffsetSpec(Spec):
    """"two days after Christmas": n units from a day."""

    base: Spec
    unit: str
    n: int


@dataclass(frozen=True, slots=True, kw_only=True)
class PodRefSpec(Spec):
    """"in the morning": that part of the day under discussion."""

    pod: str


@dataclass(frozen=True, slots=True, kw_only=True)
class DayOfMonthSpec(Spec):
    """"on the 11th": the nearest such day of a month."""

    d: int
