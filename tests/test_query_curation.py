"""Core tests (no CLI) for the curation filters of query.py and when.known_bounds: --status,
--untagged and the reading of open-ended dates by date filters (issue 12, item 8)."""

from __future__ import annotations

from datetime import date

import pytest

from timeline_cli.cache import Snapshot
from timeline_cli.errors import UsageError
from timeline_cli.model import Event
from timeline_cli.query import Query, apply, select
from timeline_cli.when import known_bounds, parse_when

D = date


def ev(id: str, when: str, **kw) -> Event:
    return Event(id=id, when=when, text=f"statement {id}", **kw)


EVENTS = [
    ev("a", "2010-05-01", status="confirmed", tags=("kursk",)),
    ev("b", "2013-03", status="disputed"),
    ev("u", "../2013-03-22", reported=D(2013, 3, 22)),           # undated: ingest's mark
    ev("r", "../2013-03", status="reported", tags=("x",)),       # "recently", a month known
    ev("f", "2024-11-06/..", status="confirmed"),                # "in the coming days"
    ev("g", "/2024"),                                            # unknown start, a year known
]


@pytest.mark.parametrize("value, bounds", [
    ("../2013-03-22", (D(2013, 3, 22), D(2013, 3, 22))),
    ("../2013-03", (D(2013, 3, 1), D(2013, 3, 31))),
    ("2024-11-06/..", (D(2024, 11, 6), D(2024, 11, 6))),
    ("2024/..", (D(2024, 1, 1), D(2024, 12, 31))),
    ("/2024", (D(2024, 1, 1), D(2024, 12, 31))),
    ("2024-10/", (D(2024, 10, 1), D(2024, 10, 31))),
    ("../2024-06~", (D(2024, 6, 1), D(2024, 6, 30))),
    # closed values: exactly parse_when's bounds
    ("2024-10-08/2024-10-13", (D(2024, 10, 8), D(2024, 10, 13))),
    ("2024", (D(2024, 1, 1), D(2024, 12, 31))),
    ("2024-24", (D(2024, 12, 1), D(2025, 2, 28))),
])
def test_known_bounds(value, bounds):
    assert known_bounds(value) == bounds


def test_known_bounds_of_closed_values_are_parse_whens():
    for value in ("2024-10-24", "2024-06~", "202X", "2024-10-XX", "2023-12/2024-02"):
        w = parse_when(value)
        assert known_bounds(value) == (w.earliest, w.latest)


def ids(events):
    return [e.id for e in events]


def both(q: Query) -> list[str]:
    """The ids apply() and the snapshot path select() give; they must agree."""
    via_apply = ids(apply(EVENTS, q))
    via_select = ids(select(Snapshot.of(EVENTS), q))
    assert via_apply == via_select, (via_apply, via_select)
    return via_apply


@pytest.mark.parametrize("kw, expected", [
    # by the known bound (default): an open-ended date is not news about 2010
    (dict(on=(D(2010, 1, 1), D(2010, 12, 31))), ["a"]),
    (dict(on=(D(2013, 3, 1), D(2013, 3, 31))), ["b", "u", "r"]),
    (dict(on=(D(2013, 3, 22), D(2013, 3, 22))), ["b", "u", "r"]),
    (dict(on=(D(2013, 3, 23), D(2013, 3, 23))), ["b", "r"]),
    (dict(until=D(2012, 12, 31)), ["a"]),
    (dict(since=D(2025, 1, 1)), []),
    (dict(since=D(2024, 11, 6)), ["f", "g"]),  # g is the year 2024
    (dict(on=(D(2024, 1, 1), D(2024, 12, 31))), ["f", "g"]),
    # inclusive: today's reading, every day an open end can mean
    (dict(on=(D(2010, 1, 1), D(2010, 12, 31)), open_ended="inclusive"), ["a", "u", "r", "g"]),
    (dict(until=D(2012, 12, 31), open_ended="inclusive"), ["a", "u", "r", "g"]),
    (dict(since=D(2025, 1, 1), open_ended="inclusive"), ["f"]),
])
def test_date_filters_read_open_ends_by_their_known_bound(kw, expected):
    assert both(Query(**kw)) == expected


@pytest.mark.parametrize("status, expected", [
    (("confirmed",), ["a", "f"]),
    (("disputed",), ["b"]),
    (("reported",), ["r"]),
    (("none",), ["u", "g"]),
    (("confirmed", "none"), ["a", "u", "f", "g"]),
])
def test_status_filter(status, expected):
    assert both(Query(status=status)) == expected


def test_status_combines_with_dates_and_untagged():
    assert both(Query(untagged=True)) == ["b", "u", "f", "g"]
    assert both(Query(untagged=True, status=("confirmed",))) == ["f"]
    assert both(Query(status=("confirmed",), since=D(2024, 1, 1))) == ["f"]


@pytest.mark.parametrize("kw, fragment", [
    (dict(status=("approved",)), "unknown status 'approved'"),
    (dict(open_ended="maybe"), "unknown open-ended reading"),
    (dict(untagged=True, tags=("kursk",)), "exclude each other"),
])
def test_bad_queries_are_usage_errors(kw, fragment):
    with pytest.raises(UsageError, match=fragment):
        Query(**kw)


def test_the_default_query_is_still_empty():
    assert Query().is_empty and not Query(status=("none",)).is_empty
    assert not Query(open_ended="inclusive").is_empty  # harmless: it filters nothing without dates
    assert ids(apply(EVENTS, Query(open_ended="inclusive"))) == ids(EVENTS)
