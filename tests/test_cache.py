"""The snapshot cache is invisible: never stale, safe to delete or corrupt, and the fast `add`
splice writes exactly the bytes a full rewrite would."""

from __future__ import annotations

import os
from datetime import date

import pytest

from timeline_cli import cache, store
from timeline_cli.model import Event, make_id
from timeline_cli.query import Query, select


def ev(i: int, when: str) -> Event:
    text = f"statement number {i}"
    return Event(id=make_id(text, when), when=when, text=text, by="x" if i % 2 else "")


def many(n: int) -> list[Event]:
    whens = ["2024-10-24", "2024-10", "2024", "../2024-11-06", "2024-10-08/2024-10-13", "2023-21"]
    return [ev(i, whens[i % len(whens)]) for i in range(n)]


def show_plain(tl) -> list[str]:
    result = tl("show", "--format", "plain")
    assert result.exit_code == 0, result.stderr
    return result.stdout.splitlines()


def test_snapshot_is_written_outside_the_store_folder(tl, tmp_path):
    tl("add", "2024-11-04: first clash")
    path = cache.snapshot_path(tl.store)
    assert path is not None and path.exists()
    assert tmp_path not in path.parents
    assert sorted(p.name for p in tmp_path.iterdir() if not p.name.endswith(".lock")) == ["timeline.toml"]


def test_hand_edit_keeping_size_and_mtime_is_seen(tl):
    tl("add", "2024-11-04: first clash")
    show_plain(tl)  # warm the snapshot
    text = tl.store.read_text(encoding="utf-8")
    stat = tl.store.stat()
    edited = text.replace("first clash", "FIRST CLASH")
    assert len(edited) == len(text)
    tl.store.write_text(edited, encoding="utf-8")
    os.utime(tl.store, ns=(stat.st_atime_ns, stat.st_mtime_ns))  # same size, same mtime
    assert show_plain(tl)[0].split("\t")[1] == "FIRST CLASH"


def test_touch_then_edit_is_seen(tl):
    tl("add", "2024-11-04: first clash")
    show_plain(tl)
    tl.store.write_text(tl.store.read_text().replace("2024-11-04", "2024-11-05"))
    tl.store.touch()
    assert show_plain(tl)[0].startswith("2024-11-05\t")


def test_deleted_snapshot_is_rebuilt(tl):
    tl("add", "2024-11-04: first clash")
    cache.snapshot_path(tl.store).unlink()
    assert len(show_plain(tl)) == 1
    assert cache.snapshot_path(tl.store).exists()


@pytest.mark.parametrize("garbage", [b"", b"\x00\x01garbage", b"{not marshal", b"\xff" * 100])
def test_corrupt_snapshot_is_a_miss_not_an_error(tl, garbage):
    tl("add", "2024-11-04: first clash")
    cache.snapshot_path(tl.store).write_bytes(garbage)
    assert show_plain(tl)[0].startswith("2024-11-04\t")


@pytest.mark.parametrize("damage", ["huge length", "cut short", "other version"])
def test_damaged_snapshot_frames_are_a_miss(tl, damage):
    tl("add", "2024-11-04: first clash")
    path = cache.snapshot_path(tl.store)
    data = path.read_bytes()
    first, rest = data.split(b"\n", 1)
    if damage == "huge length":
        rest = (1 << 60).to_bytes(8, "little") + rest[8:]
    elif damage == "cut short":
        rest = rest[:len(rest) // 2]
    else:
        first = first.replace(f" {cache.VERSION} ".encode(), f" {cache.VERSION - 1} ".encode())
    path.write_bytes(first + b"\n" + rest)
    store_bytes = tl.store.read_bytes()
    tl.store.write_bytes(store_bytes + b"\n")  # an outside edit: the damaged snapshot is looked at for reuse
    assert show_plain(tl)[0].startswith("2024-11-04\t")


def test_snapshot_of_another_version_of_the_file_is_ignored(tl, tmp_path):
    tl("add", "2024-11-04: first clash")
    snap_path = cache.snapshot_path(tl.store)
    old_snapshot = snap_path.read_bytes()
    tl("add", "2024-11-05: second clash")
    snap_path.write_bytes(old_snapshot)  # a stale snapshot from before the second add
    assert len(show_plain(tl)) == 2


def test_unwritable_cache_folder_only_costs_speed(tl, tmp_path, monkeypatch):
    blocker = tmp_path / "blocker"
    blocker.write_text("a file where the cache folder should be")
    monkeypatch.setenv("TIMELINE_CACHE_DIR", str(blocker / "cache"))
    assert tl("add", "2024-11-04: first clash").exit_code == 0
    assert len(show_plain(tl)) == 1


def test_cache_can_be_switched_off(tl, monkeypatch):
    monkeypatch.setenv("TIMELINE_CACHE_DIR", "off")
    assert cache.snapshot_path(tl.store) is None
    assert tl("add", "2024-11-04: first clash").exit_code == 0
    assert len(show_plain(tl)) == 1


def test_spliced_add_writes_the_same_bytes_as_a_full_rewrite(tmp_path):
    path = tmp_path / "big.toml"
    events = many(store.SPLICE_MIN + 50)
    store.save(path, events)
    new = [ev(10_000, "2024-10-24"), ev(10_001, "../2024-11-06"), ev(10_002, "2099"), ev(10_003, "2024-10")]
    with store.transaction(path) as txn:
        for e in new:
            assert txn.add(e)
    assert path.read_text(encoding="utf-8") == store.dumps(events + new)
    # and the refreshed snapshot agrees with a cold parse
    snap, _ = store.load_snapshot(path)
    assert snap.events() == store.loads(path.read_text(encoding="utf-8"))


def test_splice_falls_back_to_a_rewrite_when_the_file_is_not_canonical(tmp_path):
    path = tmp_path / "big.toml"
    events = many(store.SPLICE_MIN + 10)
    store.save(path, events)
    # A hand edit that reformats every block: still valid, no longer our layout.
    path.write_text(path.read_text(encoding="utf-8").replace('text = "', 'text   =   "'), encoding="utf-8")
    with store.transaction(path) as txn:
        txn.add(ev(10_000, "2024-10-24"))
    assert path.read_text(encoding="utf-8") == store.dumps(events + [ev(10_000, "2024-10-24")])


def test_select_on_snapshot_matches_plain_filtering(tmp_path):
    path = tmp_path / "t.toml"
    events = many(60)
    store.save(path, events)
    snap, _ = store.load_snapshot(path)
    from timeline_cli.query import apply

    for q in (Query(since=date(2024, 10, 20)), Query(until=date(2024, 10, 9)),
              Query(on=(date(2024, 10, 1), date(2024, 10, 31)), by="x", limit=3, reverse=True)):
        assert select(snap, q) == apply(store.load(path), q)
