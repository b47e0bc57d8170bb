"""The stored grouping's pieces (issue 15 items 1, 3, 4): schema 4's memory tables in TOML, the
snapshot cache and merges; stable fact ids; the digest that says when it is stale."""

from __future__ import annotations

from datetime import date

import pytest

from timeline_cli import cache, grouping, store
from timeline_cli.errors import StoreError, UsageError
from timeline_cli.memory import Memory, StoredFact, from_rows, merge_memory, to_rows, union_memory
from timeline_cli.model import Event
from timeline_cli.store import Store

A = Event(id="a1", when="2024-10-24", text="Troops arrived at the Kursk front", source="a.txt")
B = Event(id="b2", when="2024-10-24", text="Troops arrived at the Kursk front", source="b.txt")
C = Event(id="c3", when="2024-11-04", text="First clash reported", source="a.txt")
D = Event(id="d4", when="../2024-11-06", text="Officials confirmed the clash", source="b.txt")

MEMORY = Memory(aliases={"the Pentagon": "U.S. Department of Defense"}, links={"c3 d4": ("c3", "d4")},
                unlinks={"a1": ("a1",), "b2 c3": ("b2", "c3")},
                facts={"Fa1": StoredFact("Fa1", ("a1", "b2"), 2)}, grouped="4-00ff")


def test_the_memory_round_trips_through_toml_and_the_cache():
    text = store.dumps([A, B, C, D], memory=MEMORY)
    assert "\nschema = 4\n" in text and '[[alias]]\nname = "the Pentagon"' in text
    assert '[grouping]\nevents = "4-00ff"\n\n[[fact]]\nid = "Fa1"\nids = ["a1", "b2"]\nsources = 2\n' in text
    events, memory = store.loads_store(text)
    assert memory == MEMORY and events == [A, B, C, D]
    assert from_rows(*to_rows(MEMORY)) == MEMORY
    assert store.dumps([A, B, C, D], memory=memory) == text  # the same memory, the same bytes


def test_the_snapshot_cache_carries_the_grouping(tmp_path):
    path = tmp_path / "t.toml"
    store.save(path, [A, B, C, D], memory=MEMORY)
    warm = cache.read(path, store.file_digest(path))
    assert warm is not None and warm.memory == MEMORY


@pytest.mark.parametrize("table, problem", [
    ('[[fact]]\nid = "F1"\nids = ["a1"]\n', "needs at least 2 different event ids"),
    ('[[fact]]\nid = "F1"\nids = ["a1", "b2"]\n[[fact]]\nid = "F2"\nids = ["b2", "c3"]\n', "event b2 is in two facts"),
    ('[[fact]]\nid = "F1"\nids = ["a1", "b2"]\nsources = 0\n', "`sources` must be a whole number"),
    ('[[unlink]]\nids = ["a1", "b2", "c3"]\n', "needs 1 or 2 different event ids"),
    ('[[link]]\nids = ["a1"]\n', "needs at least 2"),
    ('[[link]]\nids = ["a1", "b2"]\nwhy = "x"\n', "unknown field 'why'"),
    ('[[alias]]\nname = "the Pentagon"\n', "needs `name"),
    ('[grouping]\nevents = 3\n', "grouping"),
])
def test_a_bad_table_is_named_with_the_fix(table, problem):
    with pytest.raises(StoreError, match=problem):
        store.loads("schema = 4\n" + table)


def test_a_schema_3_store_is_migrated_without_a_grouping(tmp_path):
    path = tmp_path / "t.toml"
    old = store.dumps([A, B]).replace("schema = 4", "schema = 3")
    path.write_text(old, encoding="utf-8")
    s = Store(path)
    assert s.events() == [A, B] and not s.memory().facts and not grouping.is_fresh(s.memory(), s.events())
    assert grouping.current(s.events(), s.memory()) == {"Fa1": StoredFact("Fa1", ("a1", "b2"), 2)}
    assert path.read_text(encoding="utf-8") == old  # reading never rewrites
    with s.transaction() as txn:
        grouping.regroup(txn)
    text = path.read_text(encoding="utf-8")
    assert "\nschema = 4\n" in text and 'ids = ["a1", "b2"]' in text


def test_the_digest_depends_on_the_events_not_their_order():
    assert grouping.digest([A, B, C]) == grouping.digest([C, A, B])
    assert grouping.digest([A, B]) != grouping.digest([A, B, C])
    assert grouping.digest([A]) != grouping.digest([A.with_(when="2024-10-25")])
    assert grouping.digest([A]) != grouping.digest([A.with_(text="Troops left")])


def test_a_fact_takes_the_id_of_the_stored_fact_it_shares_most_with():
    old = {"Fb2": StoredFact("Fb2", ("b2", "c3"), 2), "Fx": StoredFact("Fx", ("x", "y", "z"), 3)}
    # a1 (smaller) joins Fb2: the id stays; Fx splits: the bigger part keeps it
    named = grouping.stable_ids([("a1", "b2", "c3"), ("x", "y"), ("z", "w")], old)
    assert named == {"Fb2": ("a1", "b2", "c3"), "Fx": ("x", "y"), "Fw": ("w", "z")}
    # a new fact whose smallest member names a stored fact still held takes its next member
    named = grouping.stable_ids([("b2", "q"), ("c3", "r")], {"Fb2": StoredFact("Fb2", ("c3", "r"), 2)})
    assert named == {"Fb2": ("c3", "r"), "Fq": ("b2", "q")}
    # a lone statement whose own id a fact holds is F + its id + ".0"
    assert grouping.fact_of(["b2", "c3"], {"Fb2": StoredFact("Fb2", ("c3", "r"), 2)}) == {"c3": "Fb2", "r": "Fb2",
                                                                                        "b2": "Fb2.0"}


def test_link_pins_and_unlink_keeps_apart_in_a_transaction(tmp_path):
    path = tmp_path / "t.toml"
    store.save(path, [A, B, C, D])
    s = Store(path)
    with s.transaction() as txn:
        assert grouping.link(txn, ["c3", "d4"]) == ("c3", "d4")
        grouping.unlink(txn, ["a1", "b2"])
    memory = s.memory()
    assert memory.links == {"c3 d4": ("c3", "d4")} and memory.unlinks == {"a1 b2": ("a1", "b2")}
    assert {f.ids for f in memory.facts.values()} == {("c3", "d4")}
    assert grouping.is_fresh(memory, s.events())
    with s.transaction() as txn, pytest.raises(UsageError, match="cannot be the same day"):
        grouping.link(txn, ["a1", "c3"])
    with s.transaction() as txn:  # unlinking one of a link undoes it
        grouping.unlink(txn, ["d4"])
    assert not s.memory().links and not s.memory().facts


def test_an_edit_that_moves_a_linked_date_away_breaks_the_link_in_the_grouping(tmp_path):
    path = tmp_path / "t.toml"
    store.save(path, [A, C, D])
    s = Store(path)
    with s.transaction() as txn:
        grouping.link(txn, ["c3", "d4"])
        txn.replace(D.with_(when="2024-12-01"))
    assert grouping.current(s.events(), s.memory()) == {}  # never joined: their dates cannot meet


def test_a_merge_keeps_the_overrides_and_marks_a_differing_grouping_stale():
    ours = MEMORY
    # theirs links a1 b2, which ours' unlink of a1 (keep it alone) contradicts: ours wins (the
    # merged store held both, and the link won whichever side made it); e5 f6 contradicts nothing
    theirs = Memory(links={"a1 b2": ("a1", "b2"), "e5 f6": ("e5", "f6")},
                    facts={"Fc3": StoredFact("Fc3", ("c3", "d4"), 2),
                           "Fb2": StoredFact("Fb2", ("b2", "z"), 2)}, grouped="9-1")
    merged = merge_memory(Memory(), ours, theirs, live_ids=[])
    assert set(merged.links) == {"c3 d4", "e5 f6"} and merged.aliases == MEMORY.aliases
    assert set(merged.unlinks) == set(MEMORY.unlinks)
    assert merged.grouped == "" and set(merged.facts) == {"Fa1", "Fc3"}  # Fb2 shares b2 with ours' Fa1
    same = merge_memory(Memory(), ours, ours, live_ids=[])
    assert same.facts == MEMORY.facts and same.grouped == MEMORY.grouped
    union = union_memory([ours, theirs], live_ids=[])
    assert union.grouped == "" and set(union.links) == {"c3 d4", "e5 f6"}
    assert set(union_memory([theirs, ours], live_ids=[]).links) == {"c3 d4", "a1 b2", "e5 f6"}


def test_date_of_a_removal_and_the_grouping_live_side_by_side(tmp_path):
    path = tmp_path / "t.toml"
    store.save(path, [A, B, C], memory=MEMORY)
    with Store(path).transaction() as txn:
        txn.remove("c3", remember=True, on=date(2024, 11, 7))
    memory = Store(path).memory()
    assert "c3" in memory.removed and memory.facts == MEMORY.facts and memory.links == MEMORY.links


def test_the_windows_an_added_document_meets_are_found_as_a_scan_would():
    import random

    rng = random.Random(7)
    for _ in range(200):
        windows = [(a, a + rng.randrange(0, 30)) for a in (rng.randrange(0, 400) for _ in range(rng.randrange(0, 6)))]
        meets = grouping._meeting(windows)
        for lo in range(-5, 440, 3):
            hi = lo + rng.randrange(0, 20)
            assert meets(lo, hi) == any(a <= hi and lo <= b for a, b in windows), (windows, lo, hi)
