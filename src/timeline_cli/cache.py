"""A derived snapshot of a store's events, so big stores load in a blink.

The TOML file stays the one source of truth. The snapshot is keyed by the SHA-256 of the
store's exact bytes (hashing 40 MB costs ~20 ms, far less than parsing it), so any edit, by
hand or by another program, even one that keeps the size and the mtime, makes it miss and
be rebuilt. It lives in the user's cache folder ($TIMELINE_CACHE_DIR, else
$XDG_CACHE_HOME/timeline, else ~/.cache/timeline), never beside the store, and is safe to
delete at any time. TIMELINE_CACHE_DIR=off disables it.

Format: a fixed first line (a magic word, the version and the digest, so a snapshot of other
bytes is recognised without reading the rest), then frames of marshal (fast, and unlike
pickle it cannot run code when read), each after its length: a dict holding the cache
version, the digest, each event's (earliest, latest) day ordinals, the store's memory as rows
(memory.to_rows) and a digest of each event's block of bytes (incremental.py); then the
rows (model.event_to_row: a tuple in FIELD_ORDER, dates as day ordinals), 50,000 a frame, so
a million events are never held twice (as bytes and as rows). A snapshot that cannot be read
for any reason is a miss.

A snapshot of other bytes (the store was edited since) is not thrown away: its rows are
reused for the blocks of the edited file that are byte for byte the same (`read_any`,
incremental.py), so only what changed is parsed again.
"""

from __future__ import annotations

import hashlib
import itertools
import marshal
import os
import tempfile
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator, Sequence

from timeline_cli.memory import Memory, from_rows, to_rows
from timeline_cli.model import FIELD_ORDER, Event, event_from_row, event_to_row

VERSION = 11  # 11: tags lose the invisible characters that only hide (fields.tags, cli9); 10: read again after the store check refusing a link and an unlink that contradict (redteam8); 9: frames and block digests (incremental.py) with the stored grouping; 8: the first line, frames and block digests; 7: aliases, links, the stored grouping (schema 4); 6: the source table (sources.py); 5: the store's memory (removed events, reviews); 4: values normalised by fields.py


def digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


BLOCK_DIGEST = 16  # bytes of BLAKE2b per event block: collisions out of reach, 80 ms per 100k blocks


def block_digest(block: "bytes | memoryview") -> bytes:
    return hashlib.blake2b(block, digest_size=BLOCK_DIGEST).digest()


def block_digests(data: bytes, offsets: list[int]) -> bytes:
    """The digests of the blocks data[offsets[i]:offsets[i + 1]], concatenated."""
    view = memoryview(data)
    return b"".join(block_digest(view[a:b]) for a, b in zip(offsets, offsets[1:]))


def cache_dir() -> Path | None:
    configured = os.environ.get("TIMELINE_CACHE_DIR")
    if configured is not None:
        return None if configured.strip().lower() in ("", "off", "0", "no") else Path(configured)
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "timeline"


def snapshot_path(store_path: str | Path) -> Path | None:
    folder = cache_dir()
    if folder is None:
        return None
    key = hashlib.sha256(os.path.realpath(store_path).encode("utf-8", "surrogateescape")).hexdigest()[:24]
    return folder / f"{key}.snapshot"


# Public names for the row form (an Event as a plain tuple, marshal- and pickle-friendly):
# ingest workers send events to the parent as rows. The converters are model's, generated
# from the schema table; _row/_event are the old private names.
to_row = _row = event_to_row
from_row = _event = event_from_row


# Fields whose values repeat across events (a handful of claimants, a date shared by many):
# each distinct value is kept as one object, which marshal then writes once and reads back
# shared. At a million events that is a quarter of the snapshot's memory.
_SHARED = tuple(i for i, name in enumerate(FIELD_ORDER) if name not in ("id", "text", "span", "note"))


class Sharing:
    """Rows with their repeated values made one object each (per field: 1 and True stay apart)."""

    def __init__(self) -> None:
        self._pools: list[dict] = [{} for _ in _SHARED]
        self._bounds: dict[tuple[int, int], tuple[int, int]] = {}

    def bounds(self, pair: tuple[int, int]) -> tuple[int, int]:
        return self._bounds.setdefault(pair, pair)

    def __call__(self, row: tuple) -> tuple:
        values = list(row)
        for pool, i in zip(self._pools, _SHARED):
            value = values[i]
            values[i] = pool.setdefault(value, value)
        return tuple(values)


class Snapshot:
    """Events as compact rows plus each one's (earliest, latest) day ordinals, in store order.

    Filters run on the rows and bounds; Event objects are built only for what is selected.
    """

    __slots__ = ("rows", "bounds", "offsets", "memory", "hashes", "_events")

    def __init__(self, rows: list[tuple], bounds: list[tuple[int, int]],
                 offsets: list[int] | None = None, memory: "Memory | None" = None,
                 hashes: bytes | None = None) -> None:
        self.rows = rows
        self.bounds = bounds
        # Byte offset of each event's block in the store file, plus its end: set only when
        # this program wrote those very bytes in canonical layout (store.save / store.splice),
        # which is what lets `add` splice a new block in without parsing the file.
        self.offsets = offsets
        # What the store remembers besides its events (memory.py): removed events, reviews.
        self.memory = memory if memory is not None else Memory()
        # incremental.block_digest of each event's block of the store's bytes, concatenated
        # (BLOCK_DIGEST bytes each, in store order); None when the blocks were not proven.
        self.hashes = hashes
        self._events: list[Event] | None = None

    @classmethod
    def of(cls, events: list[Event], memory: "Memory | None" = None) -> "Snapshot":
        from timeline_cli.when import parse_when

        share = Sharing()
        bounds = []
        for e in events:
            w = parse_when(e.when)
            bounds.append(share.bounds((w.earliest.toordinal(), w.latest.toordinal())))
        snap = cls([share(_row(e)) for e in events], bounds, memory=memory)
        snap._events = list(events)
        return snap

    def __len__(self) -> int:
        return len(self.rows)

    def event(self, index: int) -> Event:
        if self._events is not None:
            return self._events[index]
        return _event(self.rows[index])

    def events(self) -> list[Event]:
        if self._events is None:
            self._events = [_event(row) for row in self.rows]
        return self._events


def _schema() -> int:
    """The store schema the snapshot's events are in: a store of an older schema is migrated
    on load, so its snapshot is only good for the schema it was migrated to."""
    from timeline_cli.store import SCHEMA

    return SCHEMA


_MAGIC = b"timeline-snapshot "
_CHUNK = 50_000  # rows per frame: the file is read a frame at a time, never held whole
_LENGTH = 8


def _first_line(content_digest: str) -> bytes:
    return _MAGIC + f"{VERSION} {content_digest}\n".encode("ascii")


def read(store_path: str | Path, content_digest: str) -> Snapshot | None:
    """The snapshot of exactly the bytes whose SHA-256 is `content_digest`, or None."""
    path = snapshot_path(store_path)
    if path is None:
        return None
    first = _first_line(content_digest)
    try:
        with open(path, "rb") as fh:
            if fh.read(len(first)) != first:
                return None  # another version of the file (or of this program): not read further
            found = _read_frames(fh)
    except OSError:
        return None
    return found[1] if found is not None and found[0] == content_digest else None


def read_any(store_path: str | Path) -> tuple[str, Snapshot] | None:
    """(the digest of the bytes it was made from, the snapshot) of this store, whatever
    version of its file it describes: what incremental.py reuses the unchanged blocks of."""
    path = snapshot_path(store_path)
    if path is None:
        return None
    try:
        with open(path, "rb") as fh:
            if not fh.readline(200).startswith(_MAGIC + f"{VERSION} ".encode("ascii")):
                return None
            return _read_frames(fh)
    except OSError:
        return None


def _frame(fh) -> object:
    """One marshal frame (its length, then its bytes): loads(bytes), not load(file), is 2.5x
    faster, and a frame at a time keeps only one chunk's bytes beside the rows."""
    size = int.from_bytes(fh.read(_LENGTH), "little")
    if size > os.fstat(fh.fileno()).st_size:
        raise ValueError("damaged frame length")  # never allocate what the file cannot hold
    blob = fh.read(size)
    if len(blob) != size:
        raise EOFError
    return marshal.loads(blob)


def _read_frames(fh) -> tuple[str, Snapshot] | None:
    try:
        doc = _frame(fh)
        if not (isinstance(doc, dict) and doc.get("v") == VERSION and isinstance(doc.get("digest"), str)
                and doc.get("schema", 1) == _schema()):
            return None
        rows: list[tuple] = []
        for _ in range(doc["chunks"]):
            chunk = _frame(fh)
            if not isinstance(chunk, list):
                return None
            rows.extend(chunk)
        bounds, offsets, hashes = doc["bounds"], doc.get("offsets"), doc.get("hashes")
        if not (isinstance(bounds, list) and len(rows) == len(bounds)):
            return None
        if not (offsets is None or (isinstance(offsets, list) and len(offsets) == len(rows) + 1)):
            offsets = None
        if not (isinstance(hashes, bytes) and len(hashes) == BLOCK_DIGEST * len(rows)):
            hashes = None
        memory = from_rows(doc["removed"], doc["reviews"], doc["sources"], doc["grouping"])
        return doc["digest"], Snapshot(rows, bounds, offsets, memory, hashes)
    except (OSError, EOFError, ValueError, TypeError, KeyError):
        return None  # truncated or corrupt: a miss, rebuilt by the caller


def write(store_path: str | Path, content_digest: str, snapshot: Snapshot) -> None:
    """Best effort: a cache that cannot be written only costs speed, never correctness."""
    rows = snapshot.rows
    chunks = range(0, len(rows), _CHUNK)
    _write(store_path, content_digest, snapshot.memory, snapshot.bounds, snapshot.offsets, snapshot.hashes,
           len(chunks), (rows[i:i + _CHUNK] for i in chunks))


# Rows a frame when written from events (write_events): each frame's rows are made, written
# and let go, so the snapshot of a new 100,000-event store is never held whole.
WRITE_CHUNK = 5_000


def write_events(store_path: str | Path, content_digest: str, events: Sequence[Any], memory: Memory | None,
                 offsets: Sequence[int], hashes: bytes | bytearray, bounds: list[tuple[int, int]],
                 row: Callable[[Any], tuple] = _row) -> None:
    """write() of Snapshot.of(events, memory) with these offsets, block digests and day
    bounds (the same snapshot read back), its rows made a frame at a time. `row`: what
    makes an item of `events` its row (given rows: store._save_parked)."""
    chunks = range(0, len(events), WRITE_CHUNK)

    def frames() -> Iterator[list[tuple]]:
        for i in chunks:
            share = Sharing()  # per frame: marshal shares repeats within one frame only
            yield [share(row(e)) for e in events[i:i + WRITE_CHUNK]]

    _write(store_path, content_digest, memory if memory is not None else Memory(), bounds, list(offsets),
           hashes, len(chunks), frames())


def _write(store_path: str | Path, content_digest: str, memory: Memory, bounds: list, offsets: list[int] | None,
           hashes: bytes | bytearray | None, count: int, chunks: Iterable[list[tuple]]) -> None:
    path = snapshot_path(store_path)
    if path is None:
        return
    removed, reviews, sources, grouping = to_rows(memory)
    meta = {"v": VERSION, "schema": _schema(), "digest": content_digest, "chunks": count,
            "bounds": bounds, "offsets": offsets, "hashes": hashes,
            "removed": removed, "reviews": reviews, "sources": sources,
            "grouping": grouping}
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".snap.", dir=path.parent)
        try:
            with os.fdopen(fd, "wb") as fh:
                fh.write(_first_line(content_digest))
                parts: Iterable[Any] = itertools.chain([meta], chunks)
                for part in parts:
                    blob = marshal.dumps(part)
                    fh.write(len(blob).to_bytes(_LENGTH, "little"))
                    fh.write(blob)
                    del blob, part  # this frame's rows go before the next frame's are made
            os.replace(tmp, path)
        except OSError:
            os.unlink(tmp)
            raise
    except OSError:
        return
