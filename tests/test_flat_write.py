"""The store written in pieces (store.save, store.Layout) and its cache snapshot a frame at a
time (cache.write_events): memory that does not grow with the store beyond a few fixed-size
values an event, the very same bytes, and still never a half-written store."""

from __future__ import annotations

import errno
import os
import tracemalloc
from pathlib import Path

from _small_docs import council_event

from timeline_cli import cache, store


def _many(folder: Path, count: int, start: int = 0) -> Path:
    folder.mkdir()
    for i in range(start, start + count):
        day = 1 + i % 28
        (folder / f"{i:05d}.txt").write_text(
            f"Date: 2024-11-{day:02d}\n\nThe council met delegation {i} on October {day}, officials said.\n",
            encoding="utf-8")
    return folder


def _save_peak(tmp_path: Path, n: int) -> int:
    """Bytes store.save (cache on) allocates at its peak beyond the events it is given."""
    events = [council_event(i) for i in range(n)]
    tracemalloc.start()
    try:
        before = tracemalloc.get_traced_memory()[0]
        store.save(tmp_path / f"s{n}.toml", events, validate=False)
        return tracemalloc.get_traced_memory()[1] - before
    finally:
        tracemalloc.stop()


def test_writing_a_store_holds_a_few_bytes_an_event(tmp_path, monkeypatch):
    # The whole store's bytes (twice: the pieces and their join) and every event's snapshot
    # row were held as it was written: ~970 bytes a further event. Now the pieces go to the
    # file as they are formatted and the rows a frame at a time; what grows is the sorted
    # list, the offsets, the block digests and the day bounds (~45 bytes).
    monkeypatch.setattr(cache, "WRITE_CHUNK", 500)
    _save_peak(tmp_path, 10)  # the modules a write imports, imported before measuring
    n = 2000
    per_event = (_save_peak(tmp_path, 3 * n) - _save_peak(tmp_path, n)) / (2 * n)
    assert per_event < 150, f"{per_event:.0f} bytes a further event at the write's peak"
    assert (tmp_path / f"s{3 * n}.toml").read_bytes().count(b"\n[[event]]\n") == 3 * n


def test_the_streamed_store_is_the_whole_text_writers_bytes(tl, tmp_path):
    result = tl("ingest", "--jobs", "1", str(_many(tmp_path / "docs", 40)))
    assert result.exit_code == 0, result.output
    data = tl.store.read_bytes()
    events, memory = store.loads_store(data.decode("utf-8"))
    assert data == store.dumps(events, memory=memory).encode("utf-8")


def test_the_snapshot_written_in_frames_reads_back_as_the_store(tl, tmp_path, monkeypatch):
    monkeypatch.setattr(cache, "WRITE_CHUNK", 7)  # 40 events: six frames, the last one short
    result = tl("ingest", str(_many(tmp_path / "docs", 40)))
    assert result.exit_code == 0, result.output
    data = tl.store.read_bytes()
    snap = cache.read(tl.store, cache.digest(data))
    assert snap is not None and len(snap) == 40
    events, memory = store.loads_store(data.decode("utf-8"))
    whole = cache.Snapshot.of(events, memory)
    assert snap.rows == whole.rows and snap.bounds == whole.bounds and snap.memory == memory
    offsets = snap.offsets
    assert offsets is not None and offsets[-1] == len(data) and len(offsets) == 41
    assert all(data[at:at + 10] == b"\n[[event]]" for at in offsets[:-1])
    assert snap.hashes == cache.block_digests(data, offsets)
    # and `add` can splice into it (the offsets are proven): the same bytes a rewrite gives
    monkeypatch.setattr(store, "SPLICE_MIN", 10)
    assert tl("add", "2024-10-09: The bridge reopened").exit_code == 0
    events = store.loads(tl.store.read_text(encoding="utf-8"))
    assert tl.store.read_bytes() == store.dumps(events, memory=memory).encode("utf-8")


def test_jobs_and_batches_write_the_same_bytes(tl, tmp_path):
    # ingest of two folders with one process or two, or one folder after the other, writes
    # one store byte for byte (the grouping of so few statements is a full regroup)
    first, second = _many(tmp_path / "a", 30), _many(tmp_path / "b", 20, start=30)
    stores = []
    for args in (["--jobs", "1", str(first), str(second)], ["--jobs", "2", str(first), str(second)]):
        tl.store.unlink(missing_ok=True)
        assert tl("ingest", *args).exit_code == 0
        stores.append(tl.store.read_bytes())
    tl.store.unlink()
    assert tl("ingest", str(first)).exit_code == 0 and tl("ingest", str(second)).exit_code == 0
    assert stores[0] == stores[1] == tl.store.read_bytes()
    assert stores[0].count(b"\n[[event]]\n") == 50


def test_a_full_disk_midway_through_the_store_leaves_the_old_one(tl, tmp_path, monkeypatch):
    assert tl("ingest", str(_many(tmp_path / "a", 5))).exit_code == 0
    old = tl.store.read_bytes()
    real_fdopen = os.fdopen

    class Filling:
        """The temp file of the store: the header goes in, then the disk is full."""

        def __init__(self, fh):
            self._fh, self._writes = fh, 0

        def write(self, data):
            self._writes += 1
            if self._writes > 2:
                raise OSError(errno.ENOSPC, "No space left on device")
            return self._fh.write(data)

        def __getattr__(self, name):
            return getattr(self._fh, name)

        def __enter__(self):
            return self

        def __exit__(self, *exc):
            self._fh.close()

    def fdopen(fd, mode="r", *args, **kwargs):
        fh = real_fdopen(fd, mode, *args, **kwargs)
        return Filling(fh) if "w" in mode else fh

    monkeypatch.setattr(os, "fdopen", fdopen)
    result = tl("ingest", str(_many(tmp_path / "b", 5, start=5)))
    monkeypatch.undo()
    assert result.exit_code != 0
    assert "No space left on device" in result.output and "free some space" in result.output
    assert "Traceback" not in result.output and len(result.output.strip().splitlines()) <= 2
    assert tl.store.read_bytes() == old
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]


def test_the_store_order_is_sort_events_order_whatever_the_ids():
    from timeline_cli.when import parse_when

    events = [council_event(i) for i in range(60)]
    events += [e.with_(id=e.id[:11] + "0", when=w) for e, w in zip(events, ["../2024-10-03", "2024-10", "2024"])]
    for ids in ("hex", "bc", "any"):
        if ids == "bc":  # years BC (eras.py): day ordinals below 1
            events += [events[7].with_(id=events[7].id[:11] + "1", when="-0490"), events[8].with_(when="-0026/0014")]
        if ids == "any":  # a hand-written id: the key falls back to (day, day, id)
            events.append(events[5].with_(id="Zed-1", when="2024-10-06"))
        ordered, bounds = store._store_order(list(reversed(events)))
        assert ordered == store.sort_events(events)
        assert bounds == [(parse_when(e.when).earliest.toordinal(), parse_when(e.when).latest.toordinal())
                          for e in ordered]
