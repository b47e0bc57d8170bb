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
from typing import TYPE_CHECKING, Callable, Iterable, Mapping, Sequence

from timeline_cli.claimant_names import aliased, claimant_key
from timeline_cli.eraday import edtf_year
from timeline_cli.model import Event
from timeline_cli.when import parse_when

if TYPE_CHECKING:
    from timeline_cli.facts import FactIndex
    from timeline_cli.memory import StoredFact

__all__ = ["FactRow", "fact_rows", "grouped", "stored_rows", "common_when"]


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
        return f"{edtf_year(lo.year)}-{lo.month:02d}"
    if (lo.month, lo.day, hi.month, hi.day) == (1, 1, 12, 31) and lo.year == hi.year:
        return edtf_year(lo.year)  # -0489, as EDTF writes a year BC (f"{-489:04d}" is "-489")
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


def _claimants(events: Iterable[Event], key_of: Callable[[str], str] = claimant_key,
               canonical: Mapping[str, str] | None = None) -> tuple[str, ...]:
    """One spelling per claimant (`key_of`: claimant_key, or claimant_names.aliased), the
    `canonical` name of an alias first, else the first spelling met; most frequent first."""
    counts: Counter[str] = Counter()
    spelling: dict[str, str] = dict(canonical or {})
    for e in events:
        if e.by:
            key = key_of(e.by)
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
    wire = index.wire_groups()  # read once, not once per fact
    for fid, ids in index.facts().items():
        members = tuple(sorted((by_id[i] for i in ids), key=sort_key))
        n = index.sources(fid, wire)
        kinds: tuple[str, ...] = ()
        if len(members) > 1:
            found = find_conflicts(members)
            kinds = tuple(sorted({k for g in found for k in g.kinds if k != "merge"}))
        agreement = "single" if n < 2 else ("disagree" if kinds else "agree")
        rows.append(FactRow(fid, common_when(members), n, _claimants(members), agreement, kinds, members))
    rows.sort(key=lambda r: (sort_key(r.events[0].with_(when=r.when)), r.fact))
    return rows, index


def _row(fid: str, members: Sequence[Event], sources: int, key_of: Callable[[str], str],
         canonical: Mapping[str, str]) -> FactRow:
    from timeline_cli.conflicts import find_conflicts
    from timeline_cli.store import sort_key

    members = tuple(sorted(members, key=sort_key))
    kinds: tuple[str, ...] = ()
    if len(members) > 1:
        kinds = tuple(sorted({k for g in find_conflicts(members) for k in g.kinds if k != "merge"}))
    agreement = "single" if sources < 2 else ("disagree" if kinds else "agree")
    claimants = _claimants(members, key_of, canonical)
    return FactRow(fid, common_when(members), sources, claimants, agreement, kinds, members)


def stored_rows(selection: Sequence[Event], events: Sequence[Event], facts_: "Mapping[str, StoredFact]", *,
                aliases: Mapping[str, str] | None = None) -> list[FactRow]:
    """One row per fact holding a selected statement, from a store's grouping (grouping.py:
    `facts_` of two or more statements; any other statement is a fact of its own). A row
    holds all the fact's statements in `events` (the store's), selected or not: a filter
    chooses facts, and each keeps its corroboration. In timeline order."""
    from timeline_cli.grouping import fact_of
    from timeline_cli.store import sort_key

    by_id = {e.id: e for e in events}
    key_of = aliased(aliases or {})
    canonical = {key_of(c): c for c in (aliases or {}).values()}
    owner = fact_of((e.id for e in selection), facts_)
    rows = []
    for fid in dict.fromkeys(owner[e.id] for e in selection):
        stored = facts_.get(fid)
        if stored is None:  # a lone statement: its own date and claimant (cheap: most rows)
            member = fid[1:].removesuffix(".0")
            e = by_id.get(member) or next(e for e in selection if e.id == member)
            by = canonical.get(key_of(e.by), e.by) if canonical and e.by else e.by
            rows.append(FactRow(fid, e.when, 1, (by,) if by else (), "single", (), (e,)))
            continue
        members = [by_id[i] for i in stored.ids if i in by_id]
        rows.append(_row(fid, members, stored.sources if len(members) > 1 else 1, key_of, canonical))
    first = lambda r: r.events[0] if r.events[0].when == r.when else r.events[0].with_(when=r.when)  # noqa: E731
    rows.sort(key=lambda r: (sort_key(first(r)), r.fact))
    return rows


def fact_columns(events: Sequence[Event], facts_: "Mapping[str, StoredFact]",
                 aliases: Mapping[str, str] | None = None) -> dict[str, tuple[str, int, str]]:
    """{event id: (fact id, independent sources, agreement)} for every event: what the
    exports carry in their `fact`, `sources` and `agreement` columns."""
    from timeline_cli.grouping import fact_of

    by_id = {e.id: e for e in events}
    key_of = aliased(aliases or {})
    out = {i: (fid, 1, "single") for i, fid in fact_of(by_id, facts_).items()}
    for fid, stored in facts_.items():
        members = [by_id[i] for i in stored.ids if i in by_id]
        if len(members) > 1:
            row = _row(fid, members, stored.sources, key_of, {})
            for e in members:
                out[e.id] = (fid, row.sources, row.agreement)
    return out
