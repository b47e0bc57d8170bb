"""Days before year 1: `datetime.date` for years BC, so every date comparison keeps working.

The store's dates are EDTF, whose years are astronomical: year 0 is 1 BC, -0489 is 490 BC
(ISO 8601 and EDTF count this way; historians' "490 BC" has no year 0). `datetime.date`
stops at year 1, and the store, its filters and its exports compare, sort and count days
with dates and their ordinals. `BCDay` is a `date` for an astronomical year <= 0 on the
proleptic Gregorian calendar: the calendar repeats exactly every 400 years (146,097 days, a
whole number of weeks), so the day is held as the same day some 400-year cycles later and
its year, ordinal, comparisons and differences are moved back by those cycles. Its ordinals
are <= 0, so a BC day sorts before every ordinary date (date.min's ordinal is 1).
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

_CYCLE_YEARS = 400
_CYCLE_DAYS = 146097


class BCDay(date):
    """A day of astronomical year <= 0 (1 BC is 0, 490 BC is -489)."""

    __slots__ = ("_cycles",)
    _cycles: int

    def __new__(cls, year: int, month: int = 1, day: int = 1) -> BCDay:
        if year > 0:
            raise ValueError(f"BCDay is for years <= 0, not {year}")
        cycles = -year // _CYCLE_YEARS + 1  # year + 400 * cycles falls in 1..400
        self = super().__new__(cls, year + _CYCLE_YEARS * cycles, month, day)
        self._cycles = cycles
        return self

    @property
    def year(self) -> int:
        return date.year.__get__(self) - _CYCLE_YEARS * self._cycles  # type: ignore[attr-defined,unused-ignore]

    def toordinal(self) -> int:
        return date.toordinal(self) - _CYCLE_DAYS * self._cycles

    def isoformat(self) -> str:
        """ISO 8601 expanded form in astronomical years: -0489-03-15."""
        y = self.year
        return f"{'-' if y < 0 else ''}{abs(y):04d}-{self.month:02d}-{self.day:02d}"

    __str__ = isoformat

    def __repr__(self) -> str:
        return f"BCDay({self.year}, {self.month}, {self.day})"

    def __reduce__(self) -> tuple[Any, ...]:
        return (BCDay, (self.year, self.month, self.day))

    def replace(self, year: int | None = None, month: int | None = None, day: int | None = None) -> date:  # type: ignore[override]
        return make_day(self.year if year is None else year, month or self.month, day or self.day)

    # comparisons and arithmetic by ordinal (a plain date on the left defers to these: a
    # subclass's reflected operator is tried first)
    def __eq__(self, other: object) -> bool:
        return isinstance(other, date) and self.toordinal() == other.toordinal()

    def __ne__(self, other: object) -> bool:
        return not self == other

    def __lt__(self, other: date) -> bool:
        return self.toordinal() < other.toordinal()

    def __le__(self, other: date) -> bool:
        return self.toordinal() <= other.toordinal()

    def __gt__(self, other: date) -> bool:
        return self.toordinal() > other.toordinal()

    def __ge__(self, other: date) -> bool:
        return self.toordinal() >= other.toordinal()

    def __hash__(self) -> int:
        return hash(("BCDay", self.toordinal()))

    def __add__(self, other: timedelta) -> Any:
        if not isinstance(other, timedelta):
            return NotImplemented
        return day_from_ordinal(self.toordinal() + other.days)

    def __radd__(self, other: timedelta) -> Any:
        return self.__add__(other)

    def __sub__(self, other: Any) -> Any:
        if isinstance(other, timedelta):
            return day_from_ordinal(self.toordinal() - other.days)
        if isinstance(other, date):
            return timedelta(days=self.toordinal() - other.toordinal())
        return NotImplemented

    def __rsub__(self, other: Any) -> Any:
        if isinstance(other, date):
            return timedelta(days=other.toordinal() - self.toordinal())
        return NotImplemented


def make_day(year: int, month: int, day: int) -> date:
    """A date for any astronomical year from -9999 to 9999 (a BCDay up to year 0)."""
    return date(year, month, day) if year >= 1 else BCDay(year, month, day)


def day_from_ordinal(n: int) -> date:
    """`date.fromordinal` that also reaches before year 1 (ordinals <= 0)."""
    if n >= 1:
        return date.fromordinal(n)
    cycles = -n // _CYCLE_DAYS + 1
    base = date.fromordinal(n + _CYCLE_DAYS * cycles)
    return BCDay(base.year - _CYCLE_YEARS * cycles, base.month, base.day)


def edtf_year(year: int) -> str:
    """EDTF for an astronomical year: -0489 (490 BC), 0000 (1 BC), 0009."""
    return f"-{-year:04d}" if year < 0 else f"{year:04d}"


def year_label(year: int, *, ad: bool = False) -> str:
    """How a year is shown: 2024, 490 BC (astronomical -489), 1 BC (0); "AD 9" with `ad`."""
    if year <= 0:
        return f"{1 - year} BC"
    return f"AD {year}" if ad else str(year)
