"""One row per fact: what `timeline facts` shows and exports. Pure: events in, rows out.

A fact (facts.py) groups statements from different documents that report the same happening.
Its row gives:

- `when`: the most precise date all its statements allow: the days every member's date can
  mean, intersected (`1998-08-07` from "Friday" and "August 7"; `1998-08` when all say "in
  August"), written as EDTF; an open side stays open (`../1998-08-08`);
- `sources`: its independent sources (documents; a re-published wire story counts once);
- `claimants`: who claims it, one spelling each (claimant_names), most frequent first;
- `agreement`: "single" (one source), "agree", or "disagree" when `conflicts` finds the
  members contradicting each other on a date or a number (the kinds in `disagree_on`).
"""

from __future__ import annotations

import calendar
from collections import Counter
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Iterable, Sequence

from timeline_cli.claimant_names import claimant_key
from timeline_cli.model import Event
from timeline_cli.when import parse_when

if TYPE_CHECKING:
    from timeline_cli.facts import FactIndex

__all__ = ["FactRow", "fact_rows", "grouped", "common_when"]


@dataclass(frozen=True, slots=True)
class FactRow:
    fact: str                      # facts.fact_id: "F" + the smallest member id
    when: str                      # the date every member allows (common_when)
    sources: int
    claimants: tuple[str, ...]
    agreement: str                 # "single" | "agree" | "disagree"
    disagree_on: tuple[str, ...]   # conflict kinds among the members ("dates", "numbers")
    events: tuple[Event, ...]      # the members, in timeline order

    @property
    def text(self) -> str:
        """The statement that speaks for the fact: the first member's."""
        return self.events[0].text


def _edtf(lo: date, hi: date) -> str:
    if lo == date.min and hi == date.max:
        return "../.."
    if lo == date.min:
        return f"../{hi.isoformat()}"
    if hi == date.max:
        return f"{lo.isoformat()}/.."
    if lo == hi:
        return lo.isoformat()
    if lo.day == 1 and (lo.year, lo.month) == (hi.year, hi.month) and hi.day == calendar.monthrange(hi.year, hi.month)[1]:
        return f"{lo.year:04d}-{lo.month:02d}"
    if (lo.month, lo.day, hi.month, hi.day) == (1, 1, 12, 31) and lo.year == hi.year:
        return f"{lo.year:04d}"
    return f"{lo.isoformat()}/{hi.isoformat()}"


def common_when(events: Sequence[Event]) -> str:
    """The most precise EDTF date every event's date allows; the first event's own date when
    they share no day (a user link may join such statements)."""
    bounds = [parse_when(e.when) for e in events]
    lo = max(w.earliest for w in bounds)
    hi = min(w.latest for w in bounds)
    if lo > hi:
        return events[0].when
    if len(events) == 1:
        return events[0].when  # its own words: "2024-06~" keeps its "~"
    try:
        return _edtf(lo, hi)
    except ValueError:  # days BC (eras): their own EDTF, the narrowest member's
        return min(events, key=lambda e: (parse_when(e.when).latest.toordinal() - parse_when(e.when).earliest.toordinal())).when


def _claimants(events: Iterable[Event]) -> tuple[str, ...]:
    counts: Counter[str] = Counter()
    spelling: dict[str, str] = {}
    for e in events:
        if e.by:
            key = claimant_key(e.by)
            counts[key] += 1
            spelling.setdefault(key, e.by)
    return tuple(spelling[k] for k, _ in sorted(counts.items(), key=lambda kv: (-kv[1], spelling[kv[0]])))


def fact_rows(events: Sequence[Event], *, links: Iterable[Sequence[str]] = (),
              unlinks: Iterable[str | Sequence[str]] = ()) -> list[FactRow]:
    """The facts of `events`, one row each, in timeline order (by their common date)."""
    return grouped(events, links=links, unlinks=unlinks)[0]


def grouped(events: Sequence[Event], *, links: Iterable[Sequence[str]] = (),
            unlinks: Iterable[str | Sequence[str]] = ()) -> "tuple[list[FactRow], FactIndex]":
    """fact_rows, and the grouping they come from (for its evidence: FactIndex.explain)."""
    from timeline_cli import facts
    from timeline_cli.conflicts import find_conflicts
    from timeline_cli.store import sort_key

    index = facts.build(events, links=links, unlinks=unlinks)
    by_id = {e.id: e for e in events}
    rows = []
    for fid, ids in index.facts().items():
        members = tuple(sorted((by_id[i] for i in ids), key=sort_key))
        n = index.sources(fid)
        kinds: tuple[str, ...] = ()
        if len(members) > 1:
            found = find_conflicts(members)
            kinds = tuple(sorted({k for g in found for k in g.kinds if k != "merge"}))
        agreement = "single" if n < 2 else ("disagree" if kinds else "agree")
        rows.append(FactRow(fid, common_when(members), n, _claimants(members), agreement, kinds, members))
    rows.sort(key=lambda r: (sort_key(r.events[0].with_(when=r.when)), r.fact))
    return rows, index
