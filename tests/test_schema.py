"""The one schema table (model.FIELDS) and the modules that read it instead of their own lists."""

from __future__ import annotations

import typing
from dataclasses import MISSING
from datetime import date

from timeline_cli import cache, diff, fields, merge, model, tomlwrite
from timeline_cli.formats import _common, rows
from timeline_cli.model import FIELDS, Event, event_from_row, event_to_row


def test_table_matches_the_event_class():
    hints = typing.get_type_hints(Event)
    assert tuple(hints) == model.FIELD_ORDER
    for f in FIELDS:
        assert f.kind in model.KINDS
        origin = typing.get_origin(hints[f.name])
        args = typing.get_args(hints[f.name])
        # `date | None` and `tuple[int, int] | None`: the set value's type is the non-None part
        base = next((a for a in args if a is not type(None)), hints[f.name]) if origin is typing.Union or \
            type(hints[f.name]).__name__ == "UnionType" else hints[f.name]
        assert (typing.get_origin(base) or base) is f.type, f.name
        assert f.required == (f.default is MISSING)
    assert model.REQUIRED == ("id", "when", "text")


def test_readers_derive_their_lists_from_the_table():
    assert set(fields._RULES) == set(model.FIELD_ORDER)
    assert fields.LISTS == merge.SET_FIELDS == _common.LIST_FIELDS == ("tags", "actors", "places")
    assert fields.SINGLE_LINE == ("id", "when", "source", "by", "status", "mod", "conflict")
    assert fields.MULTI_LINE == ("text", "note")
    assert set(diff._FIELD_KIND) == set(model.FIELD_ORDER) - set(model.REQUIRED)
    assert diff._FIELD_KIND["by"] == ("claimant-changed", "claimant")
    assert _common.EXPORT_FIELDS[:4] == ("id", "when", "start", "end")
    assert rows.HINTS["status"] == "use one of reported, confirmed, disputed, or leave it empty"
    assert tomlwrite._LAYOUT[0] == ("id", True)


def test_rows_round_trip():
    full = Event("a1", "2024-11", "text", source="s", reported=date(2024, 11, 6), reported_assumed=True,
                 by="AP", tags=("x", "y"), actors=("A",), places=("P",), status="confirmed", span=(1, 9),
                 note="n", mod="early", conflict="c")
    for event in (full, Event("b", "2024", "bare")):
        row = event_to_row(event)
        assert event_from_row(row) == event and cache._event(row) == event and cache.to_row(event) == row
    assert event_to_row(full)[4] == date(2024, 11, 6).toordinal()
