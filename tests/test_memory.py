"""The store's memory (memory.py, store.py): removed events and reviewed findings live in the
store file, canonical and atomic with the change they record; the cache carries them."""

from __future__ import annotations

import tomllib
from datetime import date

import pytest

from timeline_cli import cache, store
from timeline_cli.errors import StoreError
from timeline_cli.memory import Memory, Removed, Review, finding_id, merge_memory, union_memory
from timeline_cli.model import Event, make_id
from timeline_cli.store import EventNotFound, Store


def ev(text: str, when: str = "2024-11-04", **kw) -> Event:
    return Event(id=make_id(text, when), when=when, text=text, **kw)


A = ev("Troops crossed the border", "2024-10-24", tags=("troops",), by="AP")
B = ev("Talks began", "2024-11")
C = ev("Ceasefire announced", "2024-11-06", reported=date(2024, 11, 6))
DAY = date(2024, 11, 7)


@pytest.fixture
def path(tmp_path):
    p = tmp_path / "timeline.toml"
    store.save(p, [A, B, C])
    return p


def test_remove_with_remember_keeps_the_event_in_the_file(path):
    with Store(path).transaction() as txn:
        txn.remove(A.id, remember=True, on=DAY)
        txn.remove(B.id)  # not remembered
    text = path.read_text(encoding="utf-8")
    doc = tomllib.loads(text)
    assert doc["schema"] == store.SCHEMA and [e["id"] for e in doc["event"]] == [C.id]
    assert doc["removed"] == [{**A.to_dict(), "removed": DAY}]
    events, memory = store.loads_store(text)
    assert events == [C] and memory.removed == {A.id: Removed(A, DAY)}
    # canonical: the same store gives the same bytes
    assert store.dumps(events, memory=memory) == text
    assert text.index("[[removed]]") < text.index("\n[[event]]\n")


def test_restore_brings_the_event_back_and_forgets_it(path):
    with Store(path).transaction() as txn:
        txn.remove(A.id, remember=True, on=DAY)
    with Store(path).transaction() as txn:
        assert txn.restore(A.id) == A
        with pytest.raises(EventNotFound):
            txn.restore("nope")
    assert store.dumps([A, B, C]) == path.read_text(encoding="utf-8")


def test_adding_a_removed_event_on_purpose_forgets_the_removal(path):
    with Store(path).transaction() as txn:
        txn.remove(A.id, remember=True, on=DAY)
    with Store(path).transaction() as txn:
        assert txn.add(A)
    assert not Store(path).memory()


def test_memory_is_sorted_deterministically(tmp_path):
    memory = Memory({B.id: Removed(B, DAY), A.id: Removed(A, DAY)},
                    {"ff": Review("ff", "dates", ("b", "a"), "reviewed", DAY),
                     "00": Review("00", "numbers", ("c",), "not-a-conflict", DAY)})
    other = Memory(dict(reversed(memory.removed.items())), dict(reversed(memory.reviews.items())))
    assert store.dumps([C], memory=memory) == store.dumps([C], memory=other)
    back = store.loads_store(store.dumps([C], memory=memory))[1]
    assert back.reviews["ff"].ids == ("a", "b") and set(back.removed) == {A.id, B.id}


def test_the_cache_carries_the_memory(path, tmp_path, monkeypatch):
    monkeypatch.setenv("TIMELINE_CACHE_DIR", str(tmp_path / "cache"))
    s = Store(path, cache=True)
    with s.transaction() as txn:
        txn.remove(A.id, remember=True, on=DAY)
        txn.review(Review("f1", "dates", (B.id, C.id), "reviewed", DAY))
    warm = cache.read(path, store.file_digest(path))
    assert warm is not None and warm.memory == store.loads_store(path.read_text(encoding="utf-8"))[1]
    assert set(warm.memory.removed) == {A.id} and set(warm.memory.reviews) == {"f1"}
    assert cache.VERSION == 11


def test_adds_to_a_big_store_with_memory_are_spliced_and_keep_it(tmp_path):
    events = [Event(id=f"e{i:05d}", when=f"20{i % 24:02d}-{1 + i % 12:02d}", text=f"statement {i}") for i in range(1200)]
    p = tmp_path / "big.toml"
    s = Store(p, cache=True)
    with s.transaction() as txn:
        for e in events:
            txn.add(e)
    with s.transaction() as txn:
        txn.remove("e00007", remember=True, on=DAY)
    with s.transaction() as txn:
        txn.add(ev("new one", "2024-01-01"))
    text = p.read_text(encoding="utf-8")
    loaded, memory = store.loads_store(text)
    assert set(memory.removed) == {"e00007"} and len(loaded) == 1200
    assert text == store.dumps(loaded, memory=memory)


def test_a_live_id_wins_over_its_removal_memory():
    text = store.dumps([A], memory=Memory({A.id: Removed(A, DAY)}))
    assert "[[removed]]" not in text  # save/dumps never write both
    hand = store.header() + "\n[[removed]]\n" + "\n".join(store.event_block(A).splitlines()[1:]) \
        + f"\nremoved = {DAY}\n\n" + store.event_block(A)
    events, memory = store.loads_store(hand)
    assert events == [A] and not memory


@pytest.mark.parametrize("tail, problem", [
    ("[[removed]]\nid = 'x'\nwhen = '2024'\ntext = 'x'\n", "removed #1: needs `removed = YYYY-MM-DD`"),
    ("[[removed]]\nid = 'x'\nwhen = '2024-13'\ntext = 'x'\nremoved = 2024-01-01\n", "removed #1: field 'when'"),
    ("[[review]]\nfinding = 'f'\nkind = 'dates'\nids = ['a']\nverdict = 'maybe'\nreviewed = 2024-01-01\n",
     "review #1: verdict must be one of reviewed, not-a-conflict"),
    ("removed = 3\n", "array of tables"),
])
def test_a_bad_memory_table_is_refused_with_its_place(tail, problem):
    with pytest.raises(StoreError, match=problem.replace("(", r"\(")):
        store.loads("schema = 2\n" + tail)


def test_finding_ids_are_stable_and_order_free():
    assert finding_id("dates", ["b", "a"]) == finding_id("dates", ["a", "b"]) != finding_id("numbers", ["a", "b"])
    assert len(finding_id("dates", ["a"])) == 12


def test_merge_memory_is_three_way_and_drops_live_ids():
    ra, rb = Removed(A, DAY), Removed(B, DAY)
    rv = Review("f", "dates", ("a", "b"), "reviewed", DAY)
    base = Memory({A.id: ra}, {"f": rv})
    ours = Memory({A.id: ra, B.id: rb}, {})          # removed B, un-reviewed f
    theirs = Memory({A.id: ra}, {"f": rv})
    merged = merge_memory(base, ours, theirs, live_ids=[])
    assert set(merged.removed) == {A.id, B.id} and not merged.reviews
    assert set(merge_memory(base, ours, theirs, live_ids=[B.id]).removed) == {A.id}
    assert set(union_memory([ours, theirs], live_ids=[]).removed) == {A.id, B.id}
    assert set(union_memory([ours, theirs], live_ids=[]).reviews) == {"f"}


def test_filter_over_the_store_s_own_file_keeps_its_memory(tl):
    store.save(tl.store, [A, B, C])
    with Store(tl.store).transaction() as txn:
        txn.remove(A.id, remember=True, on=DAY)
    out = tl.store.parent / "subset.toml"
    assert tl("filter", "--grep", "talks", "-o", str(out)).exit_code == 0
    assert not store.loads_store(out.read_text(encoding="utf-8"))[1]  # another file: events only
    assert "[[removed]]" not in tl("filter", "--grep", "talks").stdout
    assert tl("filter", "--grep", "talks", "-o", str(tl.store)).exit_code == 0
    events, memory = store.loads_store(tl.store.read_text(encoding="utf-8"))
    assert events == [B] and set(memory.removed) == {A.id}
    assert tl("export", "--format", "toml", "-o", str(tl.store)).exit_code == 0
    assert set(Store(tl.store).memory().removed) == {A.id}
