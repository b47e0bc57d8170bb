"""timeline_cli.importing called directly, without the CLI: checking rows, de-duplicating."""

from __future__ import annotations

import pytest

from timeline_cli import store
from timeline_cli.errors import InputError
from timeline_cli.importing import add_new, check_rows, statement_key

ROWS = [
    {"when": "2024-10-24", "text": "Troops left.", "source": "a"},
    {"when": "2024-10-24", "text": "Troops left.", "source": "a"},       # the same row again
    {"when": "not a date", "text": "Broken.", "source": "a"},
    {"when": "2024-11-04", "text": "First clash.", "source": "b"},
]


def test_valid_rows_once_each_in_file_order_and_progress_per_row():
    ticks = []
    checked = check_rows(ROWS, origin="f.csv", skip_invalid=True, progress=lambda: ticks.append(1))
    assert [e.text for e in checked.events] == ["Troops left.", "First clash."]
    assert len(checked.skipped) == 1 and checked.skipped[0].startswith("f.csv: row 3")
    assert len(ticks) == len(ROWS)


def test_first_invalid_row_raises_without_skip_invalid():
    with pytest.raises(InputError, match="row 3"):
        check_rows(ROWS, origin="f.csv")


def test_same_id_with_other_values_is_an_error():
    first = check_rows(ROWS[:1], origin="f.csv").events[0]
    rows = [dict(ROWS[0], id=first.id), dict(ROWS[3], id=first.id)]
    with pytest.raises(InputError, match="is also row 1"):
        check_rows(rows, origin="f.csv")


def test_add_new_skips_ids_and_statements_already_held(tmp_path):
    path = tmp_path / "timeline.toml"
    events = check_rows(ROWS, origin="f.csv", skip_invalid=True).events
    with store.transaction(path) as txn:
        assert add_new(txn, events[:1]) == 1
    # The same statement under another id (re-spaced text) is not added again.
    respaced = events[0].with_(id="e-different", text="Troops  left.")
    assert statement_key(respaced) == statement_key(events[0])
    with store.transaction(path) as txn:
        assert add_new(txn, [respaced, *events]) == 1
    assert len(store.load(path)) == 2
