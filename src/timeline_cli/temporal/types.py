"""Values passed between the parser's stages."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Timex:
    """One temporal expression found in a text.

    start/end are Python character offsets (end exclusive) so text[start:end] == self.text.
    type is the TIMEX3 type (DATE, TIME, DURATION, SET); value the TIMEX3 value (TimeML
    conventions); edtf the EDTF value for the store (None when the expression is not a
    point or span on the calendar, e.g. durations, sets, PRESENT_REF). mod is the TIMEX3
    mod (START/MID/END/APPROX/...) or "".
    """

    start: int
    end: int
    text: str
    type: str
    value: str
    edtf: str | None = None
    mod: str = ""
