"""Filters and ordering over events; pure, no I/O.

Date filters use overlap semantics on the earliest and latest day an EDTF value can mean:
`since` keeps events that can still fall on or after the first day of D; `until` keeps events
that can fall on or before the last day of D; `on` keeps events that can overlap D at all.
So `--since 2024-10` keeps `2024` (it may be October) and `../2024-11-06`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import Iterable

from timeline_cli.errors import UsageError
from timeline_cli.model import Event


@dataclass(frozen=True)
class Query:
    since: date | None = None      # first day of --since D
    until: date | None = None      # last day of --until D
    on: tuple[date, date] | None = None
    tags: tuple[str, ...] = ()     # any of these tags
    source: str = ""               # substring of source, case-insensitive
    by: str = ""                   # substring of claimant, case-insensitive
    grep: str = ""                 # regex on text, case-insensitive
    limit: int | None = None
    reverse: bool = False
    dated: bool = False            # only statements with a date of their own

    @property
    def is_empty(self) -> bool:
        return self == Query()


def compile_grep(pattern: str) -> re.Pattern:
    try:
        return re.compile(pattern, re.IGNORECASE)
    except re.error as exc:
        raise UsageError(f"--grep {pattern!r} is not a valid regular expression: {exc}",
                         hint="escape special characters, e.g. --grep 'U\\.S\\.'") from None


def matches(event: Event, q: Query, grep: re.Pattern | None = None) -> bool:
    if q.since or q.until or q.on:
        from timeline_cli.when import parse_when

        w = parse_when(event.when)
        if q.since and w.latest < q.since:
            return False
        if q.until and w.earliest > q.until:
            return False
        if q.on and (w.latest < q.on[0] or w.earliest > q.on[1]):
            return False
    if q.tags and not set(q.tags).intersection(event.tags):
        return False
    if q.source and q.source.casefold() not in event.source.casefold():
        return False
    if q.by and q.by.casefold() not in event.by.casefold():
        return False
    if grep is not None and not grep.search(event.text):
        return False
    if q.dated and is_undated(event):
        return False
    return True


def is_undated(event: Event) -> bool:
    """A statement with no date of its own: ingest anchored it to its report date as
    `../REPORTED` (on or before the day it was reported)."""
    return event.reported is not None and event.when == f"../{event.reported.isoformat()}"


def select(snap, q: Query) -> list[Event]:
    """Like apply() on a cache.Snapshot: dates are tested on its precomputed day ordinals and
    Event objects are built only for the events that pass them."""
    lo = q.since.toordinal() if q.since else None
    hi = q.until.toordinal() if q.until else None
    on = (q.on[0].toordinal(), q.on[1].toordinal()) if q.on else None
    if lo is None and hi is None and on is None:
        return apply(snap.events(), q)
    picked = [
        snap.event(i) for i, (earliest, latest) in enumerate(snap.bounds)
        if (lo is None or latest >= lo) and (hi is None or earliest <= hi)
        and (on is None or (latest >= on[0] and earliest <= on[1]))
    ]
    rest = Query(tags=q.tags, source=q.source, by=q.by, grep=q.grep, limit=q.limit, reverse=q.reverse,
                 dated=q.dated)
    return apply(picked, rest)


def apply(events: Iterable[Event], q: Query) -> list[Event]:
    """Events matching q, in timeline order (reversed with q.reverse), at most q.limit of them."""
    grep = compile_grep(q.grep) if q.grep else None
    if q.is_empty:
        selected = list(events)
    else:
        selected = [e for e in events if matches(e, q, grep)]
    if q.reverse:
        selected.reverse()
    if q.limit is not None:
        selected = selected[: q.limit]
    return selected
