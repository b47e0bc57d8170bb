"""ids.py: unique id prefixes, like git's short hashes (no CLI)."""

from __future__ import annotations

import pytest

from timeline_cli.ids import MIN_PREFIX, AmbiguousId, describe, resolve, resolve_all
from timeline_cli.model import Event
from timeline_cli.store import EventNotFound

EVENTS = [
    Event("052bf80417a1", "2024-10-24", "Troops crossed the border near Kursk at dawn today"),
    Event("052bf9000000", "2024-11", "Talks began"),
    Event("9f1c00000000", "2024-11-06", "Ceasefire announced"),
    Event("e1", "2024", "A hand-made id"),
]


def test_a_unique_prefix_of_four_or_more_resolves():
    assert resolve("9f1c", EVENTS).id == "9f1c00000000"
    assert resolve("052bf8", EVENTS).id == "052bf80417a1"
    assert resolve(" 052bf80417a1 ", EVENTS).id == "052bf80417a1"


def test_a_full_id_works_even_when_short():
    assert resolve("e1", EVENTS).id == "e1"


def test_a_too_short_prefix_is_not_guessed():
    with pytest.raises(EventNotFound) as info:
        resolve("9f1", EVENTS)
    assert info.value.exit_code == 2 and str(MIN_PREFIX) in info.value.hint


def test_unknown_id_exits_2():
    with pytest.raises(EventNotFound, match="no event with id 'abcdef'") as info:
        resolve("abcdef", EVENTS)
    assert info.value.exit_code == 2


def test_an_ambiguous_prefix_lists_the_candidates_with_dates_and_words():
    with pytest.raises(AmbiguousId) as info:
        resolve("052b", EVENTS)
    err = info.value
    assert err.exit_code == 2 and len(err.candidates) == 2
    assert "052bf80417a1  2024-10-24  Troops crossed the border near …" in err.message
    assert "052bf9000000  2024-11  Talks began" in err.message
    assert "more characters" in err.hint


def test_resolve_all_keeps_order_and_names_each_event_once():
    got = resolve_all(["9f1c", "052bf8", "9f1c0000"], EVENTS)
    assert [e.id for e in got] == ["9f1c00000000", "052bf80417a1"]


def test_describe_is_one_line():
    assert describe(EVENTS[2]) == "9f1c00000000  2024-11-06  Ceasefire announced"


def test_store_resolve(tmp_path):
    from timeline_cli.store import Store, save

    path = tmp_path / "t.toml"
    save(path, EVENTS)
    assert Store(path).resolve("9f1c").text == "Ceasefire announced"


def test_a_removed_event_is_named_as_such():
    with pytest.raises(EventNotFound, match="event 77aa00000000 was removed") as info:
        resolve("77aa", EVENTS, removed=["77aa00000000"])
    assert "rm --undo 77aa00000000" in info.value.hint and info.value.exit_code == 2
