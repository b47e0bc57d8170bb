"""A report date known only to its year or month: `--reported 1945`, "Date: September 1945".

The extractor hangs relative expressions on the document's date. Many documents (histories,
memoirs, scanned reports) are dated only by a year or a month; making up a day for them
(1 January) would date "yesterday" to 31 December. A `PartialDate` is a `date` (its first
day, so code that only passes a report date along keeps working) that also says how much of
it is known (`granularity`: "year" or "month") and writes itself as EDTF at that precision
(`isoformat()`: "1945", "1945-09"), so "../1945" is what an undated statement gets.

How the extractor uses it (temporal/extract.py, `_resolve_within`): a date with no year
("On June 10") takes the anchor's year; any other expression keeps its value only when it
is the same on the anchor's first and last day ("last year", "in 1941", "three years
later"), else it becomes the anchor itself ("yesterday", "on Tuesday", "next week" in a
document of 1945 -> 1945). A full-day report date is a plain `date`: nothing changes.
"""

from __future__ import annotations

from calendar import monthrange
from datetime import date
from typing import Any


class PartialDate(date):
    """Year (month None) or month of a report date; the date itself is its first day."""

    __slots__ = ("granularity",)
    granularity: str

    def __new__(cls, year: int, month: int | None = None) -> PartialDate:
        self = super().__new__(cls, year, month or 1, 1)
        self.granularity = "month" if month else "year"
        return self

    @property
    def last_day(self) -> date:
        """The last day the report date can be."""
        if self.granularity == "year":
            return date(self.year, 12, 31)
        return date(self.year, self.month, monthrange(self.year, self.month)[1])

    def isoformat(self) -> str:
        """EDTF at the known precision: 1945, 1945-09."""
        if self.granularity == "year":
            return f"{self.year:04d}"
        return f"{self.year:04d}-{self.month:02d}"

    __str__ = isoformat

    def __repr__(self) -> str:
        return f"PartialDate({self.isoformat()!r})"

    def __reduce__(self) -> tuple[Any, ...]:
        return (PartialDate, (self.year, self.month if self.granularity == "month" else None))


def is_partial(day: date | None) -> bool:
    return isinstance(day, PartialDate)


def partial_or_day(value: str) -> date | None:
    """The report date an EDTF value names: a day, a PartialDate for a year or month, None
    for anything else (an interval, a season, a decade, an uncertain date)."""
    from timeline_cli.errors import DateError
    from timeline_cli.when import parse_when

    try:
        w = parse_when(value)
    except DateError:
        return None
    if w.is_interval or w.approximate or w.uncertain or w.earliest.toordinal() < 1:
        return None
    if w.granularity == "day":
        return w.earliest
    if w.granularity == "month":
        return PartialDate(w.earliest.year, w.earliest.month)
    if w.granularity == "year" and w.earliest == date(w.earliest.year, 1, 1) and w.latest == date(w.earliest.year, 12, 31):
        return PartialDate(w.earliest.year)
    return None
