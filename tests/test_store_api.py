"""The public Store, transactions that add, replace and remove, schema migrations, and the
scoped block memory of tomlwrite."""

from __future__ import annotations

import threading
import time
from datetime import date
from pathlib import Path

import pytest

from timeline_cli import store, tomlwrite
from timeline_cli.errors import StoreError, StoreMissing, StoreTooNew
from timeline_cli.model import Event, make_id
from timeline_cli.query import Query, apply
from timeline_cli.store import EventNotFound, Store


def ev(text: str, when: str = "2024-11-04", **kw) -> Event:
    return Event(id=make_id(text, when), when=when, text=text, **kw)


A = ev("Troops crossed the border", "2024-10-24", tags=("troops",), by="AP")
B = ev("Talks began", "2024-11")
C = ev("Ceasefire announced", "2024-11-06", reported=date(2024, 11, 6))


def big(n: int) -> list[Event]:
    return [Event(id=f"e{i:05d}", when=f"20{i % 24:02d}-{1 + i % 12:02d}", text=f"statement {i}") for i in range(n)]


@pytest.fixture
def path(tmp_path: Path) -> Path:
    p = tmp_path / "timeline.toml"
    store.save(p, [A, B, C])
    return p


# ---------------------------------------------------------------- replace and remove


def test_replace_and_remove_rewrite_the_store_canonically(path):
    with store.transaction(path) as txn:
        txn.replace(B.with_(status="confirmed", note="two sources"))
        assert txn.remove(A.id) == A
        assert A.id not in txn and B.id in txn and len(txn) == 2
        assert txn.get(B.id).status == "confirmed"
    assert path.read_text(encoding="utf-8") == store.dumps([B.with_(status="confirmed", note="two sources"), C])


def test_unknown_ids_are_refused_with_a_lookup_error(path):
    before = path.read_bytes()
    with pytest.raises(EventNotFound, match="no event with id nope"):
        with store.transaction(path) as txn:
            txn.remove("nope")
    with pytest.raises(KeyError):  # EventNotFound is a StoreError and a KeyError
        with store.transaction(path) as txn:
            txn.replace(ev("never stored"))
    assert path.read_bytes() == before


def test_remove_then_add_back_and_add_then_remove(path):
    new = ev("Added then dropped")
    with store.transaction(path) as txn:
        txn.remove(A.id)
        assert txn.add(A.with_(note="back")) is True
        assert txn.add(new) is True
        txn.remove(new.id)
        txn.replace(A.with_(note="back again"))
    assert store.load(path) == store.loads(store.dumps([A.with_(note="back again"), B, C]))


def test_exception_inside_the_block_leaves_the_store_unchanged(path):
    before = path.read_bytes()
    with pytest.raises(KeyboardInterrupt):
        with store.transaction(path) as txn:
            txn.remove(A.id)
            txn.replace(B.with_(text="rewritten"))
            raise KeyboardInterrupt
    assert path.read_bytes() == before


def test_a_bad_replacement_fails_inside_the_block(path):
    before = path.read_bytes()
    with pytest.raises(StoreError, match="field 'status'"):
        with store.transaction(path) as txn:
            txn.remove(C.id)
            txn.replace(B.with_(status="rumoured"))
    assert path.read_bytes() == before


def test_failed_write_of_a_removal_keeps_the_old_store(path, monkeypatch):
    import os

    before = path.read_bytes()
    monkeypatch.setattr(os, "replace", lambda src, dst: (_ for _ in ()).throw(OSError(28, "No space left on device")))
    with pytest.raises(StoreError, match="the old file is unchanged"):
        with store.transaction(path) as txn:
            txn.remove(A.id)
    assert path.read_bytes() == before
    assert not [f for f in path.parent.iterdir() if f.name.endswith(".tmp")]


def test_big_store_adds_splice_but_removals_rewrite(tmp_path, monkeypatch):
    p = tmp_path / "big.toml"
    events = big(store.SPLICE_MIN + 50)
    store.save(p, events)
    calls = []
    real_save = store.save
    monkeypatch.setattr(store, "save", lambda *a, **k: (calls.append(1), real_save(*a, **k)))
    with store.transaction(p) as txn:  # add only: spliced, never saved whole
        txn.add(ev("one more", "2011-05"))
    assert calls == []
    assert p.read_text(encoding="utf-8") == store.dumps(events + [ev("one more", "2011-05")])
    with store.transaction(p) as txn:
        txn.add(ev("and another", "2012-05"))
        txn.remove(events[7].id)
        txn.replace(events[9].with_(tags=("edited",)))
    assert calls == [1]
    expected = [e for e in events if e.id != events[7].id]
    expected[expected.index(events[9])] = events[9].with_(tags=("edited",))
    assert p.read_text(encoding="utf-8") == store.dumps(expected + [ev("one more", "2011-05"), ev("and another", "2012-05")])


def test_transactions_that_remove_and_replace_are_serialised_by_the_lock(path):
    inside, release, order = threading.Event(), threading.Event(), []

    def first():
        with store.transaction(path) as txn:
            txn.remove(A.id)
            inside.set()
            release.wait(10)
            order.append("first saved")

    def second():
        inside.wait(10)
        with store.transaction(path) as txn:
            order.append("second in")
            assert A.id not in txn  # it sees the first one's removal: nothing is lost
            txn.replace(B.with_(status="disputed"))

    threads = [threading.Thread(target=first), threading.Thread(target=second)]
    for t in threads:
        t.start()
    inside.wait(10)
    time.sleep(0.3)
    assert order == []  # the second waits for the lock
    release.set()
    for t in threads:
        t.join(20)
    assert order == ["first saved", "second in"]
    assert store.load(path) == [B.with_(status="disputed"), C]


# ---------------------------------------------------------------- schema migrations


V1 = ("# timeline event store\nschema = 1\n"
      "\n[[event]]\nid = \"a1\"\nwhen = \"2024-11\"\ntext = \"Talks began\"\nby = \"AP\"\n")


def test_a_schema_1_store_is_read_as_it_is_and_written_as_the_current_schema(tmp_path):
    p = tmp_path / "t.toml"
    p.write_text(V1, encoding="utf-8")
    s = Store(p, cache=True)
    assert [e.id for e in s.events()] == ["a1"] and not s.snapshot().memory
    assert p.read_text(encoding="utf-8") == V1  # reading never rewrites
    with s.transaction() as txn:
        txn.add(ev("Ceasefire announced", "2024-11-06"))
    text = p.read_text(encoding="utf-8")
    assert f"\nschema = {store.SCHEMA}\n" in text and text.startswith(store.header())
    assert [e.id for e in store.loads(text)][0] == "a1"


@pytest.fixture
def schema_5(monkeypatch):
    """A future version 5 whose migration 4 -> 5 tags every event it upgrades."""
    monkeypatch.setattr(store, "SCHEMA", 5)
    monkeypatch.setattr(store, "MIGRATIONS", {n: store.MIGRATIONS[n] for n in (1, 2, 3)})

    @store.migration(4)
    def tag_upgraded(doc):
        for table in doc.get("event", []):
            table["tags"] = [*table.get("tags", []), "from-v4"]
        return doc


def test_a_v1_store_is_migrated_in_turn_and_written_as_the_newest(tmp_path, schema_5):
    p = tmp_path / "t.toml"
    p.write_text(V1, encoding="utf-8")
    s = Store(p, cache=True)
    assert [e.tags for e in s.events()] == [("from-v4",)]
    assert p.read_text(encoding="utf-8") == V1  # reading never rewrites
    with s.transaction() as txn:
        txn.add(ev("Ceasefire announced", "2024-11-06"))
    text = p.read_text(encoding="utf-8")
    assert "\nschema = 5\n" in text and text.startswith(store.header())
    assert [e.tags for e in store.loads(text)] == [("from-v4",), ()]  # no second migration of v5


def test_a_v6_store_is_still_too_new(tmp_path, schema_5):
    p = tmp_path / "t.toml"
    p.write_text(V1.replace("schema = 1", "schema = 6"), encoding="utf-8")
    with pytest.raises(StoreTooNew, match="schema 6; this one reads up to 5"):
        Store(p).events()


def test_an_old_schema_without_a_migration_is_refused(tmp_path, monkeypatch):
    monkeypatch.setattr(store, "SCHEMA", 3)
    monkeypatch.setattr(store, "MIGRATIONS", {})
    p = tmp_path / "t.toml"
    p.write_text(V1, encoding="utf-8")
    with pytest.raises(StoreError, match="cannot upgrade it to 2"):
        store.load(p)


# ---------------------------------------------------------------- the Store class


def test_store_reads_selects_and_changes(path):
    s = Store(path)
    assert list(s) == s.events() == store.loads(path.read_text(encoding="utf-8"))
    assert len(s) == 3 and s.get(C.id) == C and s.get("nope") is None
    assert s.select(since="2024-11", until="2024-11-06") == [B, C]
    assert s.select(tag="troops") == [A] and s.select(by="ap", grep="border") == [A]
    assert s.select(on="2024-11-06", reverse=True, limit=1) == [C]
    assert s.select(Query(tags=("troops",))) == apply(s.events(), Query(tags=("troops",)))
    with s.transaction() as txn:
        txn.remove(A.id)
    assert s.events() == [B, C]


def test_store_writes_no_cache_unless_asked(tmp_path, monkeypatch):
    cache_dir = tmp_path / "cache"
    monkeypatch.setenv("TIMELINE_CACHE_DIR", str(cache_dir))
    s = Store(tmp_path / "t.toml")
    assert s.events() == [] and len(s) == 0
    with pytest.raises(StoreMissing):
        s.select()
    with s.transaction() as txn:
        txn.add(A)
    with s.transaction() as txn:
        txn.replace(A.with_(note="n"))
    assert s.select(tag="troops") == [A.with_(note="n")]
    assert not cache_dir.exists()
    Store(tmp_path / "t.toml", cache=True).events()
    assert len(list(cache_dir.iterdir())) == 1


def test_select_with_a_query_and_keywords_is_refused(path):
    with pytest.raises(TypeError):
        Store(path).select(Query(), tag="x")


# ---------------------------------------------------------------- block memory


def test_blocks_handed_to_a_transaction_are_used_and_tomlwrite_keeps_no_state(tmp_path):
    p = tmp_path / "t.toml"
    block = tomlwrite.event_block(B)
    # A block formatted elsewhere is written as it is (here it carries a comment to show it).
    with store.transaction(p) as txn:
        txn.add(B, block=block.replace("[[event]]\n", "[[event]]\n# from a worker\n"))
    assert "# from a worker" in p.read_text(encoding="utf-8")
    with store.transaction(p) as txn:  # a later write formats every event itself again
        txn.add(A)
    assert p.read_text(encoding="utf-8") == store.dumps([A, B])
    # only for the very same object: an equal event built again is formatted afresh
    assert tomlwrite.event_block(B.with_(), {B.id: (B, "stale")}) == block
    assert not [name for name, value in vars(tomlwrite).items()
                if isinstance(value, (dict, list, set)) and not name.startswith("__") and name != "_ESCAPES"]


def test_select_takes_the_curation_filters_as_keywords(tmp_path):
    from timeline_cli import Store
    from timeline_cli.model import Event

    path = tmp_path / "t.toml"
    events = [Event("a00000000001", "2024-10-01", "confirmed one", status="confirmed", tags=("x",)),
              Event("a00000000002", "2024-10-02", "plain one"),
              Event("a00000000003", "../2024-11-06", "undated one", status="disputed")]
    with Store(path).transaction() as txn:
        for event in events:
            txn.add(event)
    store = Store(path)
    assert [e.text for e in store.select(status="confirmed")] == ["confirmed one"]
    assert [e.text for e in store.select(status=["none", "disputed"])] == ["plain one", "undated one"]
    assert [e.text for e in store.select(untagged=True)] == ["plain one", "undated one"]
    # an open-ended date counts by its known day unless asked to read it inclusively
    assert [e.text for e in store.select(on="2024-10-15")] == []
    assert [e.text for e in store.select(on="2024-10-15", open_ended="inclusive")] == ["undated one"]
