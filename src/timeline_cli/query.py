"""Filters and ordering over events; pure, no I/O.

Date filters compare the days an event's date can mean with the days of D: `since` keeps
events that can still fall on or after the first day of D; `until` keeps events that can
fall on or before the last day of D; `on` keeps events that can overlap D at all. So
`--since 2024-10` keeps `2024` (it may be October).

An open-ended date (`../2013-03-22` "on or before", `2024-11-06/..` "from") is read by its
known bound only (when.known_bounds): `../2013-03-22` is matched as 22 March 2013, so
`--on 2010` does not return a statement reported in 2013 as undated. `open_ended="inclusive"`
reads it as every day it can mean (date.min or date.max on the open side), so `--on 2010`
keeps it. Ordering is the store's either way.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cached_property
from datetime import date
from typing import Callable, Iterable, Mapping

from timeline_cli.claimant_names import by_matches, visible
from timeline_cli.errors import UsageError
from timeline_cli.model import FIELD_ORDER, STATUSES, Event

# --status values: the statuses of model.STATUSES, and `none` for events with no status.
STATUS_CHOICES = ("confirmed", "disputed", "reported", "none")
assert set(STATUS_CHOICES) == {*STATUSES, "none"}
# How a date filter reads an open-ended date: by its known bound, or as every day it can mean.
OPEN_ENDED = ("known", "inclusive")
_WHEN = FIELD_ORDER.index("when")


@dataclass(frozen=True)
class Query:
    since: date | None = None      # first day of --since D
    until: date | None = None      # last day of --until D
    on: tuple[date, date] | None = None
    tags: tuple[str, ...] = ()     # any of these tags, case-insensitive (as --by, --source, --grep)
    source: str = ""               # substring of source, case-insensitive
    by: str = ""                   # claimant: case-insensitive substring, or the same claimant spelt otherwise
    grep: str = ""                 # regex on text, case-insensitive
    limit: int | None = None
    reverse: bool = False
    dated: bool = False            # only statements with a date of their own
    status: tuple[str, ...] = ()   # any of these statuses (STATUS_CHOICES; "none": no status)
    untagged: bool = False         # only events with no tag
    open_ended: str = "known"      # OPEN_ENDED: how date filters read `../D` and `D/..`

    def __post_init__(self) -> None:
        bad = [s for s in self.status if s not in STATUS_CHOICES]
        if bad:
            raise UsageError(f"unknown status {bad[0]!r}",
                             hint=f"use one or more of {', '.join(STATUS_CHOICES)} (e.g. --status confirmed,none)")
        if self.open_ended not in OPEN_ENDED:
            raise UsageError(f"unknown open-ended reading {self.open_ended!r}",
                             hint=f"use one of {', '.join(OPEN_ENDED)}")
        if self.by and not visible(self.by):  # it would match every claimant (by_matches)
            raise UsageError("--by holds only invisible characters (a zero-width space or joiner)",
                             hint="type the claimant's name, e.g. --by Reuters")
        if self.untagged and self.tags:
            raise UsageError("--untagged and --tag exclude each other: an event with a tag is not untagged",
                             hint="drop one of them")

    @cached_property
    def folded_tags(self) -> frozenset[str]:
        """The --tag values casefolded: `--tag KURSK` finds events tagged "kursk"."""
        return frozenset(t.casefold() for t in self.tags)

    @property
    def is_empty(self) -> bool:
        return self == Query()


def compile_grep(pattern: str) -> re.Pattern:
    try:
        return re.compile(pattern, re.IGNORECASE)
    except re.error as exc:
        raise UsageError(f"--grep {pattern!r} is not a valid regular expression: {exc}",
                         hint="escape special characters, e.g. --grep 'U\\.S\\.'") from None


def days(when: str, open_ended: str = "known") -> tuple[date, date]:
    """The (earliest, latest) day a date filter compares for an event dated `when`."""
    if open_ended == "inclusive":
        from timeline_cli.when import parse_when

        w = parse_when(when)
        return w.earliest, w.latest
    from timeline_cli.when import known_bounds

    return known_bounds(when)


def dates_match(when: str, q: Query) -> bool:
    """Whether a date `when` passes the date filters of `q` (--since, --until, --on)."""
    if not (q.since or q.until or q.on):
        return True
    earliest, latest = days(when, q.open_ended)
    if q.since and latest < q.since:
        return False
    if q.until and earliest > q.until:
        return False
    return not (q.on and (latest < q.on[0] or earliest > q.on[1]))


def matches(event: Event, q: Query, grep: re.Pattern | None = None,
            by: "Callable[[str], bool] | None" = None) -> bool:
    """Whether `event` passes `q` (`grep` and `by`: its compiled --grep and --by tests, made
    once per query; `by` is made here when not given)."""
    if by is None and q.by:
        by = by_matches(q.by)
    if not dates_match(event.when, q):
        return False
    if q.tags and not q.folded_tags.intersection(t.casefold() for t in event.tags):
        return False
    if q.untagged and event.tags:
        return False
    if q.status and (event.status or "none") not in q.status:
        return False
    if q.source and q.source.casefold() not in event.source.casefold():
        return False
    if by is not None and not by(event.by):
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
        return apply(snap.events(), q, aliases=snap.memory.aliases)
    bounds = snap.bounds if q.open_ended == "inclusive" else _known(snap)
    picked = [
        snap.event(i) for i, (earliest, latest) in enumerate(bounds)
        if (lo is None or latest >= lo) and (hi is None or earliest <= hi)
        and (on is None or (latest >= on[0] and earliest <= on[1]))
    ]
    return apply(picked, replace(q, since=None, until=None, on=None), aliases=snap.memory.aliases)


_OPEN = (date.min.toordinal(), date.max.toordinal())


def _known(snap) -> list[tuple[int, int]]:
    """The snapshot's day ordinals with open-ended dates read by their known bound: only
    those are parsed again (cached), every other event keeps its precomputed bounds."""
    from timeline_cli.when import known_bounds

    lo_open, hi_open = _OPEN
    out = snap.bounds
    for i, (earliest, latest) in enumerate(snap.bounds):
        if earliest == lo_open or latest == hi_open:
            if out is snap.bounds:
                out = list(snap.bounds)
            first, last = known_bounds(snap.rows[i][_WHEN])
            out[i] = (first.toordinal(), last.toordinal())
    return out


def apply(events: Iterable[Event], q: Query, *, aliases: "Mapping[str, str] | None" = None) -> list[Event]:
    """Events matching q, in timeline order (reversed with q.reverse), at most q.limit of them.
    `aliases`: the store's claimant aliases, which `--by` also matches (claimant_names)."""
    grep = compile_grep(q.grep) if q.grep else None
    by = by_matches(q.by, aliases=aliases) if q.by else None
    if q.is_empty:
        selected = list(events)
    else:
        selected = [e for e in events if matches(e, q, grep, by)]
    if q.reverse:
        selected.reverse()
    if q.limit is not None:
        selected = selected[: q.limit]
    return selected
