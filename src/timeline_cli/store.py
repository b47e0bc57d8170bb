"""The TOML event store: load, validate, migrate, save; and `Store`, its public face.

    >>> import os, tempfile
    >>> from timeline_cli.model import Event
    >>> from timeline_cli.store import Store
    >>> store = Store(os.path.join(tempfile.mkdtemp(), "timeline.toml"))   # no cache file unless cache=True
    >>> with store.transaction() as txn:                      # locked, atomic, all or nothing
    ...     txn.add(Event("3f2a9c0d1e4b", "2024-10-24", "Troops arrived", tags=("troops",)))
    ...     txn.add(Event("7c1d5e6f7a8b", "2024-06", "Talks began"))
    True
    True
    >>> with store.transaction() as txn:
    ...     txn.replace(Event("3f2a9c0d1e4b", "2024-10-24", "Troops arrived at the front", tags=("troops",)))
    ...     txn.remove("7c1d5e6f7a8b").text
    'Talks began'
    >>> [e.text for e in store.select(since="2024-10", tag="troops")]   # the CLI's filters
    ['Troops arrived at the front']

On disk: `schema = 4`, then the store's memory (`[[removed]]` events, `[[review]]`ed
conflict findings, the `[[source]]` table, claimant `[[alias]]`es, the user's `[[link]]`s
and `[[unlink]]`s and the stored same-fact `[grouping]` with its `[[fact]]`s, see memory.py,
sources.py and grouping.py; absent when empty), then one `[[event]]` table per event sorted
by (earliest, latest, id), each written by the same code so the same store always gives the
same bytes. Older schemas (1: no memory, 2: no source table, 3: no aliases nor grouping) are
read as they are and written as schema 4.

Writes never leave a half-written store: a temp file in the same folder, fsync, os.replace,
fsync of the folder. Writers hold an exclusive flock on `<store>.lock`; the OS releases it
when a process dies, so a killed writer can never wedge later commands. Readers need no
lock: os.replace swaps the whole file at once, so they see the old or the new store.
A store that is a symlink is written through to its target (the link stays).
"""

from __future__ import annotations

import contextlib
import os
import re
import sys
import tempfile
import tomllib
from collections import Counter
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, Iterable, Iterator, Mapping, MutableMapping, Protocol, Sequence, TypeVar

from timeline_cli.errors import StoreError, StoreMissing, StoreTooNew
from timeline_cli.memory import Memory, Removed, Review, memory_from_doc, memory_text
from timeline_cli.model import FIELD_ORDER, REQUIRED, Event, event_to_row
from timeline_cli.tomlwrite import Blocks, event_block, string

if TYPE_CHECKING:
    from datetime import date

    from timeline_cli.sources import Source

    from timeline_cli.cache import Snapshot
    from timeline_cli.query import Query

SCHEMA = 4  # the store format this version writes; older ones are migrated on load
_HEADER = (
    "# timeline event store: one [[event]] per dated statement, sorted by date.\n"
    "# Safe to edit by hand; `timeline show` checks it on every read.\n"
    "schema = {schema}\n"
)
HEADER = _HEADER.format(schema=SCHEMA)


def header(memory: Memory | None = None) -> str:
    """The first lines of a store written now (they name the current SCHEMA), then its memory:
    everything before the first event, so `splice` can keep it byte for byte."""
    return _HEADER.format(schema=SCHEMA) + memory_text(memory)


# ---------------------------------------------------------------- migrations

# MIGRATIONS[n] turns a parsed store of schema n (the dict tomllib made: {"schema": n,
# "event": [tables]}) into one of schema n + 1. loads() applies them in turn, so a store of
# any older schema is read as the current one, and the next write saves it as such.
Migration = Callable[[dict[str, Any]], dict[str, Any]]
MIGRATIONS: dict[int, Migration] = {}


def migration(from_schema: int) -> Callable[[Migration], Migration]:
    """Register a function as the migration of schema `from_schema` to `from_schema + 1`.

        @migration(1)
        def _rename_by(doc):          # schema 1 -> 2: `by` became `claimant`
            for table in doc.get("event", []):
                if "by" in table:
                    table["claimant"] = table.pop("by")
            return doc
    """
    def register(fn: Migration) -> Migration:
        MIGRATIONS[from_schema] = fn
        return fn
    return register


def migrate(doc: dict[str, Any], schema: int, origin: str = "<store>") -> dict[str, Any]:
    """`doc` (a parsed store of `schema`) brought up to SCHEMA by the registered migrations."""
    while schema < SCHEMA:
        step = MIGRATIONS.get(schema)
        if step is None:
            raise StoreError(f"{origin} has schema {schema}, and this timeline cannot upgrade it to {schema + 1}",
                             hint="report this: every older schema should be readable; the file was not changed")
        doc = step(doc)
        schema += 1
        doc["schema"] = schema
    return doc


@migration(1)
def _schema_2(doc: dict[str, Any]) -> dict[str, Any]:
    """Schema 2 adds the store's memory ([[removed]], [[review]]); a schema 1 store has none."""
    return doc


@migration(2)
def _schema_3(doc: dict[str, Any]) -> dict[str, Any]:
    """Schema 3 adds the source table ([[source]], sources.py); a schema 2 store has none
    (`show` then re-reads a source file for its title, as before)."""
    return doc


@migration(3)
def _schema_4(doc: dict[str, Any]) -> dict[str, Any]:
    """Schema 4 adds claimant aliases, the user's links and unlinks and the stored same-fact
    grouping (memory.py); a schema 3 store has none: its grouping is computed when first
    needed and stored by the next ingest (grouping.py)."""
    return doc


STDIN = "-"
CREATE_HINT = "create one with `timeline add \"2024-11-04: first clash\"` or `timeline ingest FILE`, or point to another with --store PATH"



# ---------------------------------------------------------------- ordering

_BY = FIELD_ORDER.index("by")  # the claimant's place in a snapshot row
_SOURCE, _SPAN = FIELD_ORDER.index("source"), FIELD_ORDER.index("span")
_OPEN = 1  # date.min.toordinal(): the earliest bound of an open or unknown start ("../2024-11-06")


def ordinal_key(earliest: int, latest: int, event_id: str, source: str = "",
                start: int = -1) -> tuple[int, int, str, int, str]:
    """The store's order, on day ordinals: by the earliest day, then the latest, then the
    source and the statement's place in it (its span's start; -1 with no span), then id;
    except that a date with an open start ("on or before 6 Nov 2024") sits at its known end.
    Sorting those before everything else would put every undated statement of an article
    at the top of the timeline, ahead of the dated facts a reader came for. (Session 16: the
    statements of one document on one date read in text order, as it tells them: a history's
    "1941" sentences, its undated ones, were in the order of their ids, hashes.)"""
    return (latest if earliest == _OPEN else earliest, latest, source, start, event_id)


def _start(span: tuple[int, int] | None) -> int:
    return span[0] if span else -1


def sort_key(event: Event) -> tuple[int, int, str, int, str]:
    from timeline_cli.when import parse_when

    w = parse_when(event.when)
    return ordinal_key(w.earliest.toordinal(), w.latest.toordinal(), event.id, event.source, _start(event.span))


def sort_events(events) -> list[Event]:
    return sorted(events, key=sort_key)


# ---------------------------------------------------------------- writing



def iter_dump(events: Iterable[Event], *, presorted: bool = False, blocks: Blocks | None = None,
              memory: Memory | None = None) -> Iterator[str]:
    """The store's TOML text in pieces (header and memory, then one block per event), for
    streaming. `blocks`: events already formatted elsewhere (see tomlwrite.event_block)."""
    yield header(memory)
    for event in events if presorted else sort_events(events):
        yield "\n" + event_block(event, blocks)


def dumps(events: Iterable[Event], *, presorted: bool = False, memory: Memory | None = None) -> str:
    """The whole store as TOML text: deterministic for the same events and memory (whose
    removal memory of an id that is an event is dropped: the event wins)."""
    events = list(events)
    if memory:
        memory = memory.without_live(e.id for e in events)
    return "".join(iter_dump(events, presorted=presorted, memory=memory))


def _fsync_dir(folder: Path) -> None:
    with contextlib.suppress(OSError):  # not every filesystem lets a folder be fsynced
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _write_hint(exc: OSError, folder: Path) -> str:
    """The fix for a failed write, by what the OS said."""
    import errno

    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return f"free some space on the disk holding {folder} (or raise your quota), then run the command again"
    if exc.errno == errno.EIO:
        return "the disk reported an input/output error: check it (e.g. dmesg) before writing again"
    if exc.errno == errno.EROFS:
        return f"{folder} is on a read-only file system; write somewhere else with --store or -o"
    if exc.errno in (errno.EACCES, errno.EPERM):
        return f"make {folder} and the file writable for you (chmod u+w), or write somewhere else"
    if exc.errno == errno.EISDIR:
        return "that path is a folder: name a file inside it"
    if exc.errno in (errno.ENOENT, errno.ENOTDIR):
        # "mkdir -p" is the fix only when the folder is missing: not for /proc (it exists but
        # takes no new files), nor when a file stands where a folder of the path should be
        if folder.is_dir():
            return f"{folder} exists but takes no new files (as /proc and /sys do): write somewhere else"
        blocker = next((p for p in (folder, *folder.parents) if p.exists() and not p.is_dir()), None)
        if blocker is not None:
            return f"{blocker} is a file, not a folder: write somewhere else"
        return f"the folder {folder} does not exist: create it first (mkdir -p {folder}) or write somewhere else"
    return f"check that the folder {folder} exists and is writable, then run the command again"


# Temp files are `.<name>.tl-XXXXXXXX.tmp` (mkstemp's 8 random characters), a shape no other
# program uses, so cleaning up after a killed writer never touches anybody else's files.
_TEMP_TAG = ".tl-"
_TEMP_RANDOM = r"[a-z0-9_]{8}"

# Paths whose new content a command has committed (os.replace done): an interrupted command
# reports these truthfully instead of claiming nothing changed.
WRITTEN: list[str] = []


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def _is_writable(target: Path, st) -> bool:
    """May we change this existing file? Its own permission bits decide, even for root (who
    could replace it, but a 0444 store says "do not change me"), and os.access for others
    (the folder being writable would let os.replace swap a file we may not write)."""
    if not st.st_mode & 0o222:
        return False
    return os.access(target, os.W_OK)


def _encoded(text: str, path: Path, what: str) -> bytes:
    try:
        return text.encode("utf-8")
    except UnicodeEncodeError as exc:  # a lone surrogate: no file can hold it as UTF-8
        raise StoreError(f"cannot write {what} {path}: it would hold a character that is not valid "
                         f"Unicode ({text[exc.start]!r}); nothing was written",
                         hint="remove that character from the input (often a lone \\ud800-style JSON escape)") from None


def write_atomic(path: Path, text: str | bytes | Iterable[str | bytes | memoryview], what: str = "the store") -> None:
    """Replace `path` with `text` so that a crash at any moment leaves the old or the new file.

    `text` may come in pieces (an iterable of str or bytes), written as they come: a store
    of 100,000 events is then never held whole in memory, and a failure at any piece (a full
    disk, an invalid character) leaves the old file as it was.

    A new file gets the mode the umask allows (like any file the user creates); an existing
    one keeps its mode, and one that is read-only is refused, never silently replaced.
    """
    import signal
    import stat as stat_

    target = Path(os.path.realpath(path))
    folder = target.parent
    try:
        st = target.stat()
    except FileNotFoundError:
        st = None
        # `-o /dev/stdout` (or /dev/fd/N) on a pipe: the link's target is "pipe:[N]", a name
        # that is nowhere, but the path itself opens the pipe (written into, below)
        with contextlib.suppress(OSError):
            linked = os.stat(path)
            if not stat_.S_ISREG(linked.st_mode) and not stat_.S_ISDIR(linked.st_mode):
                target, st = Path(path), linked
    except OSError as exc:
        raise StoreError(f"cannot write {what} {path}: {exc.strerror or exc}", hint=_write_hint(exc, folder)) from None
    pieces: Iterable[str | bytes | memoryview]
    if isinstance(text, (str, bytes)):
        pieces = [text if isinstance(text, bytes) else _encoded(text, path, what)]
    else:
        pieces = text

    def write_pieces(fh) -> None:
        for piece in pieces:
            fh.write(_encoded(piece, path, what) if isinstance(piece, str) else piece)

    if st is not None and not stat_.S_ISREG(st.st_mode):
        if stat_.S_ISDIR(st.st_mode):
            raise StoreError(f"cannot write {what} {path}: it is a folder",
                             hint="name a file inside it, e.g. " + os.path.join(str(path), "out"))
        # A device or FIFO (-o /dev/null, a named pipe): write into it; replacing it would
        # swap the device node for a regular file.
        try:
            with open(target, "wb") as device:
                write_pieces(device)
        except BrokenPipeError:
            raise  # (a reader that leaves: `-o /dev/stdout | head` ends quietly, as stdout does)
        except OSError as exc:
            raise StoreError(f"cannot write {what} {path}: {exc.strerror or exc}",
                             hint="check the path") from None
        return
    if st is not None and not _is_writable(target, st):
        raise StoreError(f"{what} {path} is read-only (mode {stat_.S_IMODE(st.st_mode):04o}); it was not changed",
                         hint=f"make it writable (chmod u+w {path}) if it may change, or write somewhere else")
    mode = stat_.S_IMODE(st.st_mode) if st is not None else 0o666 & ~_umask()
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}{_TEMP_TAG}", suffix=".tmp", dir=folder)
    except OSError as exc:
        raise StoreError(
            f"cannot write {what} {path}: {exc.strerror or exc}"
            + ("; the old file is unchanged" if st is not None else ""),
            hint=_write_hint(exc, folder),
        ) from exc
    try:
        with os.fdopen(fd, "wb", buffering=1 << 20) as fh:
            write_pieces(fh)
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, mode)
        # Ctrl-C is held back from the swap until it is recorded, so an interrupted command
        # knows whether this file changed (the signal is delivered right after).
        blocked = hasattr(signal, "pthread_sigmask")
        if blocked:
            signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
        try:
            os.replace(tmp, target)
            WRITTEN.append(str(path))
        finally:
            if blocked:
                signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT})
    except BaseException as exc:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        if isinstance(exc, OSError):
            raise StoreError(
                f"cannot write {what} {path}: {exc.strerror or exc}; the old file is unchanged",
                hint=_write_hint(exc, folder),
            ) from exc
        raise
    _fsync_dir(folder)


def check_event(event: Event) -> None:
    """Raise StoreError unless `event` would be read back from the store exactly as it is."""
    try:
        back = event_from_dict(event.to_dict())
    except ValueError as exc:
        name, problem = exc.args
        raise StoreError(f"event {event.id or '(no id)'}: field '{name}' {problem}",
                         hint="fix that value; nothing was written") from None
    if back != event:
        raise StoreError(f"event {event.id}: cannot be stored faithfully",
                         hint="report this with the event's fields; nothing was written")


def save(path: str | Path, events: Iterable[Event], *, validate: bool = True, cache: bool = True,
         blocks: Blocks | None = None, memory: Memory | None = None) -> None:
    """Atomically replace the store with `events` (sorted, canonical).

    With validate (the default) every event is checked first, so a bad value can never
    replace a good store; transactions check events as they come in and pass False.
    With cache, the new snapshot is saved in the cache folder for the next read.
    """
    path = Path(path)
    events = list(events)
    if validate:
        seen: set[str] = set()
        for event in events:
            check_event(event)
            if event.id in seen:
                raise StoreError(f"two events share the id {event.id}", hint="nothing was written")
            seen.add(event.id)
    events, bounds = _store_order(events)
    if memory:
        memory = memory.without_live(e.id for e in events)
    # Written piece by piece as formatted: the store's bytes are never held whole.
    pieces = iter_dump(events, presorted=True, blocks=blocks, memory=memory)
    if not cache:
        write_atomic(path, pieces)
        return
    from timeline_cli import cache as cache_

    layout = Layout()
    write_atomic(path, layout.watch(pieces, path))
    if layout.digest() == _digest_on_disk(path):  # the cache vouches only for what is on disk
        cache_.write_events(path, layout.digest(), events, memory, layout.offsets, layout.hashes, bounds)


_ID = re.compile("[0-9a-f]{12}")


def _store_order(events: list[Event]) -> tuple[list[Event], list[tuple[int, int]]]:
    """sort_events(events), and each one's (earliest, latest) day ordinals (one tuple per
    distinct date: the snapshot's bounds)."""
    key, pairs = _store_key((e.id, e.when, e.source, e.span) for e in events)
    events = sorted(events, key=lambda e: key(e.id, e.when, e.source, e.span))
    return events, [pairs[e.when] for e in events]


def _store_key(fields: Iterable[tuple[str, str, str, Any]]) -> tuple[Callable[[str, str, str, Any], Any],
                                                                     dict[str, tuple[int, int]]]:
    """The key of sort_events' order, made of an event's (id, when, source, span), for the
    events whose `fields` are given (read once, in turn), and each date's (earliest, latest)
    day ordinals. When every id is model.make_id's 12 hex digits (as ingest's are), the key
    is one int (the ids' hex order is their string order, the sources' their rank among the
    sources): 48 bytes an event while sorting where a tuple of five takes more than 136."""
    from timeline_cli.when import parse_when

    whens: set[str] = set()
    sources: set[str] = set()
    simple = True
    for event_id, when, source, span in fields:
        whens.add(when)
        sources.add(source)
        if simple and not (_ID.fullmatch(event_id) and _start(span) < (1 << 32) - 1):
            simple = False
    pairs: dict[str, tuple[int, int]] = {}
    for when in whens:
        w = parse_when(when)
        pairs[when] = (w.earliest.toordinal(), w.latest.toordinal())
    # (day ordinals below 1 are years BC, eras.py: those keep the tuple)
    rank = {source: i for i, source in enumerate(sorted(sources))}
    rb = max(1, len(rank).bit_length())  # bits of a source's rank
    if simple and all(0 < b < 1 << 22 for pair in pairs.values() for b in pair):
        def key(event_id: str, when: str, source: str, span: Any) -> Any:
            lo, hi = pairs[when]
            return (((((((hi if lo == _OPEN else lo) << 22) | hi) << rb | rank[source]) << 32
                     | (_start(span) + 1)) << 48) | int(event_id, 16))
    else:
        def key(event_id: str, when: str, source: str, span: Any) -> Any:
            return ordinal_key(*pairs[when], event_id, source, _start(span))
    return key, pairs


_FIELDS = tuple(FIELD_ORDER.index(name) for name in ("id", "when", "source", "span"))


def _save_parked(path: Path, txn: "Transaction", cache: bool) -> None:
    """save() of a transaction whose added events wait on disk (Transaction.park: ingest's),
    the same bytes, without holding them as objects: each event's row is read from disk
    when its sort key is made (two passes: the sources' ranks first), when its block is
    written (the Event made only when no worker's block serves it) and when the cache's
    snapshot takes it; what is held an event is its place in the order (8 bytes), its
    bounds' entry and the layout's offset and digest (issue 17 item 4: the write held
    every event as an object, ~680 bytes a small document at its peak)."""
    from array import array

    parked: _Parked = txn.events  # type: ignore[assignment]  # (parked: Transaction.events)
    row = parked.row
    n = len(parked)
    at_id, at_when, at_source, at_span = _FIELDS

    def fields() -> Iterator[tuple[str, str, str, Any]]:
        for r in map(row, range(n)):
            yield r[at_id], r[at_when], r[at_source], r[at_span]

    key, pairs = _store_key(fields())
    # (one int an event while sorting: its key and its place, the keys being distinct ids)
    if n and isinstance(key(*next(fields())), int):
        keyed = [key(*f) * n + i for i, f in enumerate(fields())]
        keyed.sort()
        order = array("q", (k % n for k in keyed))
    else:
        keys = list(fields())
        keyed = sorted(range(n), key=lambda i: key(*keys[i]))
        del keys
        order = array("q", keyed)
    del keyed
    memory = txn.memory
    if memory:
        memory = memory.without_live(parked.ids())
    blocks = txn.blocks
    kept = getattr(blocks, "parked", None)  # (spill.SpilledBlocks: a parked event's block by its number)
    bounds: list[tuple[int, int]] = []

    def pieces() -> Iterator[str]:
        yield header(memory)
        for i in order:
            number = parked.number(i)
            if number is None:  # held as an object: as store.save writes it
                event = parked[i]
                bounds.append(pairs[event.when])
                yield "\n" + event_block(event, blocks)
                continue
            r = row(i)
            bounds.append(pairs[r[at_when]])
            block = kept(r[at_id], number) if kept is not None else None
            # (a parked event read anew is no object a block was given for: blocks by id serve
            # only the objects held, as in event_block)
            yield "\n" + (block if block is not None else event_block(parked[i]))

    if not cache:
        write_atomic(path, pieces())
        return
    from timeline_cli import cache as cache_

    layout = Layout()
    write_atomic(path, layout.watch(pieces(), path))
    if layout.digest() == _digest_on_disk(path):  # the cache vouches only for what is on disk
        cache_.write_events(path, layout.digest(), _InOrder(row, order), memory, layout.offsets, layout.hashes, bounds,
                            row=_same)


def _same(row: tuple) -> tuple:
    return row


class _InOrder(Sequence[tuple]):
    """`get(i)` for each place i of `order`, in turn, each read when asked for."""

    def __init__(self, get: Callable[[int], tuple], order: Sequence[int]) -> None:
        self._get, self._order = get, order

    def __len__(self) -> int:
        return len(self._order)

    def __getitem__(self, index):
        if isinstance(index, slice):
            return [self._get(i) for i in self._order[index]]
        return self._get(self._order[index])


class Layout:
    """What a store written in pieces (header, then one per event) held: the SHA-256 of its
    bytes, the offset where each event's piece starts plus the end (the canonical layout
    `splice` relies on) and each piece's block digest (incremental.py), taken as the pieces
    pass to the file, so none is kept."""

    def __init__(self) -> None:
        import hashlib
        from array import array

        self._sha = hashlib.sha256()
        self.offsets = array("q")
        self.hashes = bytearray()

    def watch(self, pieces: Iterable[str], path: Path) -> Iterator[bytes]:
        from timeline_cli.cache import block_digest

        at = 0
        for piece in pieces:
            data = _encoded(piece, path, "the store")
            self._sha.update(data)
            if self.offsets:
                self.hashes += block_digest(data)
            at += len(data)
            self.offsets.append(at)
            yield data

    def digest(self) -> str:
        return self._sha.hexdigest()


def _digest_on_disk(path: Path) -> str | None:
    try:
        return file_digest(path)
    except StoreError:
        return None


def _write_and_remember(path: Path, pieces: "list[bytes | memoryview]", snap) -> None:
    """Write the store (its bytes in pieces, written as they are), then cache its snapshot
    only if the file now holds exactly those bytes: the cache vouches for what is on disk,
    never for what was meant to be written."""
    import hashlib

    from timeline_cli import cache

    if snap.offsets is not None and snap.hashes is None:
        data = b"".join(pieces)  # the blocks' digests span pieces: read from the bytes whole
        snap.hashes = cache.block_digests(data, snap.offsets)
        pieces = [data]
    sha = hashlib.sha256()

    def watched() -> Iterator[bytes | memoryview]:
        for piece in pieces:
            sha.update(piece)
            yield piece

    write_atomic(path, watched())
    key = sha.hexdigest()
    if _digest_on_disk(path) == key:
        cache.write(path, key, snap)


def splice(data: bytes, snap: "Snapshot", new: list[Event], blocks: Blocks | None = None,
           memory: Memory | None = None):
    """Insert `new` events into a store's bytes without rewriting the rest: the fast path for
    `add` on a big store. Returns (the new bytes in pieces, views of `data` between the new
    blocks: the store is not copied whole; the new snapshot), or None when the file's layout
    is not proven canonical (then the caller rewrites the whole file).

    Proven means: `snap.offsets` is set, which only happens for bytes this program wrote in
    canonical form (save, or an earlier splice), found again under the same SHA-256. In that
    layout every string is a one-line basic string, so each block starts exactly at its
    offset and nothing else can look like a block start; a new block goes at the offset of
    the event that will follow it. Cheap checks guard the offsets against a damaged cache.
    `memory`: the store's memory after the change when only its source table changed (the
    head before the first event is then written anew, the events' offsets shifted).
    """
    import bisect

    from timeline_cli.cache import BLOCK_DIGEST as D, Snapshot, _row, block_digest

    offsets = getattr(snap, "offsets", None)
    head = header(snap.memory).encode("utf-8")  # the memory sits before the events, unchanged
    if (offsets is None or len(offsets) != len(snap.rows) + 1 or offsets[0] != len(head)
            or offsets[-1] != len(data) or not data.startswith(head)):
        return None
    keys = [ordinal_key(b[0], b[1], row[0], row[_SOURCE], _start(row[_SPAN])) for b, row in zip(snap.bounds, snap.rows)]
    if any(keys[i] > keys[i + 1] for i in range(len(keys) - 1)):
        return None
    new = sorted(new, key=sort_key)
    # For each new event, the index of the old event it goes before (len(keys) = the end).
    positions: list[int] = []
    for event in new:
        # The new block on its own must read back as exactly this event.
        if loads(header() + "\n" + event_block(event, blocks), origin="<new event>") != [event]:
            return None
        positions.append(bisect.bisect_left(keys, sort_key(event)))
    for index in set(positions):
        if index < len(keys):
            expected = f'\n[[event]]\nid = {string(snap.rows[index][0])}\n'.encode("utf-8")
            if data[offsets[index]:offsets[index] + len(expected)] != expected:
                return None  # the offsets do not describe these bytes: never guess
    view = memoryview(data)
    pieces: list[bytes | memoryview] = []
    rows: list[tuple] = []
    bounds: list[tuple[int, int]] = []
    new_offsets: list[int] = []
    old_hashes = snap.hashes   # each block's digest (incremental.py): kept for the old blocks
    hashes: list[bytes] = []
    last = 0          # old index copied up to
    written = offsets[0]
    if memory is not None and memory is not snap.memory:
        new_head = header(memory).encode("utf-8")
        pieces.append(new_head)
        written = len(new_head)
    else:
        memory = snap.memory
        pieces.append(view[:offsets[0]])
    for event, index in zip(new, positions):
        if index > last:
            chunk = view[offsets[last]:offsets[index]]
            pieces.append(chunk)
            shift = written - offsets[last]
            new_offsets.extend(offsets[j] + shift for j in range(last, index))
            rows.extend(snap.rows[last:index])
            bounds.extend(snap.bounds[last:index])
            if old_hashes is not None:
                hashes.append(old_hashes[D * last:D * index])
            written += len(chunk)
            last = index
        piece = ("\n" + event_block(event, blocks)).encode("utf-8")
        pieces.append(piece)
        hashes.append(block_digest(piece))
        new_offsets.append(written)
        rows.append(_row(event))
        bounds.append(_bounds(event))
        written += len(piece)
    n = len(snap.rows)
    if last < n:
        chunk = view[offsets[last]:]
        pieces.append(chunk)
        shift = written - offsets[last]
        new_offsets.extend(offsets[j] + shift for j in range(last, n))
        rows.extend(snap.rows[last:])
        bounds.extend(snap.bounds[last:])
        if old_hashes is not None:
            hashes.append(old_hashes[D * last:])
        written += len(chunk)
    new_offsets.append(written)
    result = Snapshot(rows, bounds, memory=memory, hashes=b"".join(hashes) if old_hashes is not None else None)
    result.offsets = new_offsets
    return pieces, result


def _bounds(event: Event) -> tuple[int, int]:
    from timeline_cli.when import parse_when

    w = parse_when(event.when)
    return (w.earliest.toordinal(), w.latest.toordinal())


# ---------------------------------------------------------------- reading

def _line_of_event(text: str, index: int) -> int:
    """1-based line number of the index-th `[[event]]` header (0-based index)."""
    for n, match in enumerate(re.finditer(r"^[ \t]*\[\[[ \t]*event[ \t]*\]\]", text, re.M)):
        if n == index:
            return text.count("\n", 0, match.start()) + 1
    return 0


def _event_error(origin: str, text: str, index: int, raw: dict, problem: str, hint: str) -> StoreError:
    line = _line_of_event(text, index)
    ident = raw.get("id") if isinstance(raw, dict) else None
    where = f"{origin}:{line}" if line else origin
    from timeline_cli.sanitize import safe_line

    # The id is what the file holds, unchecked: shown on one line whatever it contains.
    what = f"event #{index + 1}" + (f" (id {safe_line(ident)})" if isinstance(ident, str) else "")
    return StoreError(f"{where}: {what}: {problem}", hint=hint)


def event_from_dict(raw: dict) -> Event:
    """Build an Event from a dict (TOML table or import row). Raises ValueError(field, problem).

    Every value goes through `fields.normalise`, the one place that says what a field may
    hold: white space around values removed, control characters refused in one-line fields
    and made harmless in prose (see timeline_cli.fields)."""
    from timeline_cli import fields

    if not isinstance(raw, dict):
        raise ValueError("event", "is not a table")
    unknown = set(raw) - set(FIELD_ORDER)
    if unknown:
        raise ValueError(sorted(unknown)[0], f"unknown field (known fields: {', '.join(FIELD_ORDER)})")
    for name in REQUIRED:
        if name not in raw:
            raise ValueError(name, "is missing")
    return Event(**{name: fields.normalise(name, raw[name]) for name in FIELD_ORDER if name in raw})


# A key of many dotted parts (`a.a.a...`) makes Python's TOML reader take quadratic time
# (40 KB: 5 s). A store's keys are plain field names, so a key or table name of more than
# this many parts, at the start of a line or of an inline-table entry, is refused at once.
MAX_KEY_PARTS = 16
_KEY_PART = r"(?:[A-Za-z0-9_-]+|\"[^\"\n]*\"|'[^'\n]*')"
_LONG_DOTTED_KEY = re.compile(
    r"(?:^[ \t]*\[{0,2}|[{,])[ \t]*" + _KEY_PART
    + r"(?:[ \t]*\.[ \t]*" + _KEY_PART + r"){" + str(MAX_KEY_PARTS) + r"}", re.M)


# The memory's top-level tables (memory.py), and how errors name them.
MEMORY_TABLES = ("removed", "review", "source", "alias", "link", "unlink", "grouping", "fact")
_TABLES_NAMED = "[[event]], " + ", ".join(f"[[{t}]]" if t != "grouping" else f"[{t}]" for t in MEMORY_TABLES)


def _refuse_long_dotted_keys(text: str, origin: str) -> None:
    match = _LONG_DOTTED_KEY.search(text)
    if match:
        line = text.count("\n", 0, match.start()) + 1
        raise StoreError(f"{origin}:{line}: a key with more than {MAX_KEY_PARTS} dotted parts; "
                         "this is not a timeline store",
                         hint=f"a store holds only `schema`, {_TABLES_NAMED} tables with plain field names")


def loads(text: str, origin: str = "<store>") -> list[Event]:
    """Parse and validate store text. Every problem names the file, line, event and the fix."""
    return loads_store(text, origin)[0]


def loads_store(text: str, origin: str = "<store>") -> tuple[list[Event], Memory]:
    """loads(), with the store's memory (removed events, reviewed findings: see memory.py)."""
    text = text.removeprefix(BOM)
    _refuse_long_dotted_keys(text, origin)
    try:
        doc = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise StoreError(
            f"{origin} is not valid TOML: {exc}",
            hint="fix that line by hand (or restore it with `git checkout`); `timeline` never writes broken TOML",
        ) from None
    except RecursionError:
        raise StoreError(f"{origin} is nested too deeply to be a timeline store",
                         hint="a store holds only `schema` and [[event]] tables (and its memory)") from None
    except ValueError:  # tomllib lets int() refuse a number of more than 4300 digits
        raise StoreError(f"{origin} holds a number too long to read (over 4300 digits)",
                         hint="fix that value by hand; a store holds only short numbers (span offsets)") from None
    return store_doc(doc, text, origin)


def _schema_under_a_table(text: str, origin: str) -> None:
    """A `schema = ...` line below a table header (an [[alias]] pasted at the top of the file)
    is a key of that table to TOML: say so, rather than that the line is missing."""
    found = re.search(r"(?m)^[ \t]*schema[ \t]*=.*$", text)
    header = found and re.compile(r"(?m)^[ \t]*(\[[^\]\n]*\]\]?)").search(text, 0, found.start())
    if not found or not header:
        return
    number = text.count("\n", 0, found.start()) + 1
    at = text.count("\n", 0, header.start()) + 1
    raise StoreError(f"{origin}:{number}: `{found.group().strip()}` comes after the table header "
                     f"`{header.group(1)}` (line {at}), so TOML reads it as a key of that table",
                     hint=f"move `schema = {SCHEMA}` to the top of the file, above every [table]")


def store_doc(doc: dict[str, Any], text: str, origin: str = "<store>") -> tuple[list[Event], Memory]:
    """The events and memory of a parsed store (tomllib's dict of `text`), checked: schema,
    migrations, top-level keys, memory, then every event (errors name its line in `text`)."""
    schema = doc.get("schema")
    if schema is None:
        _schema_under_a_table(text, origin)
        raise StoreError(f"{origin} has no `schema = {SCHEMA}` line",
                         hint=f"add `schema = {SCHEMA}` at the top if this is a timeline store")
    if not isinstance(schema, int) or isinstance(schema, bool) or schema < 1:
        raise StoreError(f"{origin}: schema must be a positive whole number, not {schema!r}",
                         hint=f"set `schema = {SCHEMA}`")
    if schema > SCHEMA:
        raise StoreTooNew(
            f"{origin} was written by a newer timeline (schema {schema}; this one reads up to {SCHEMA}); it was not changed",
            hint="upgrade timeline (pip install -U timeline-cli) to read it",
        )
    if schema < SCHEMA:
        doc = migrate(doc, schema, origin)
    extra = set(doc) - {"schema", "event", *MEMORY_TABLES}
    if extra:
        raise StoreError(f"{origin}: unknown top-level key {sorted(extra)[0]!r}",
                         hint=f"a store holds only `schema`, {_TABLES_NAMED} tables; move other data elsewhere")
    try:
        memory = memory_from_doc(doc, origin)
    except ValueError as exc:
        where, problem = exc.args
        raise StoreError(f"{origin}: {where}: {problem}",
                         hint="fix or remove that table by hand, then run the command again") from None
    raws = doc.get("event", [])
    if not isinstance(raws, list):
        raise StoreError(f"{origin}: `event` must be an array of tables ([[event]])",
                         hint="write each event as an [[event]] table")
    events: list[Event] = []
    seen: dict[str, int] = {}
    for index, raw in enumerate(raws):
        try:
            event = event_from_dict(raw)
        except ValueError as exc:
            name, problem = exc.args
            raise _event_error(origin, text, index, raw, f"field '{name}' {problem}",
                               hint="fix or remove that event by hand, then run the command again") from None
        if event.id in seen:
            raise _event_error(origin, text, index, raw,
                               f"duplicate id {event.id} (also event #{seen[event.id] + 1})",
                               hint="give one of them another id or remove the copy")
        seen[event.id] = index
        events.append(event)
    # An id both live and remembered as removed (a hand edit, a merge): the event wins.
    return events, memory.without_live(seen)


# A store bigger than this is refused while it is read (a million events is about 400 MB);
# it also stops `--store /dev/zero` or an endless pipe from eating the machine's memory.
MAX_STORE_BYTES = 1024 * 1024 * 1024
_CHUNK = 1 << 20


def read_stream(fh, origin: str) -> bytes:
    """All of an open binary stream, read once, refused as soon as it holds a NUL byte (no
    store does) or passes MAX_STORE_BYTES: so /dev/zero, /dev/urandom and endless pipes fail
    at once instead of hanging."""
    chunks: list[bytes] = []
    size = 0
    while True:
        chunk = fh.read(_CHUNK)
        if not chunk:
            break
        if b"\x00" in chunk:
            raise StoreError(f"{origin} contains NUL bytes: it is not a TOML store",
                             hint="point --store at a timeline .toml file")
        size += len(chunk)
        if size > MAX_STORE_BYTES:
            raise StoreError(f"{origin} is over {MAX_STORE_BYTES // (1024 * 1024)} MB, too big to be a timeline store",
                             hint="point --store at a timeline .toml file, or split the store with `timeline filter`")
        chunks.append(chunk)
    return b"".join(chunks)


def read_bytes(path: str | Path) -> tuple[bytes, str]:
    """(the store's bytes, its name for messages); `-` reads stdin. Read once, so a pipe
    (`--store <(cat timeline.toml)`) or /dev/stdin works, with the size cap enforced."""
    if str(path) == STDIN:
        return read_stream(sys.stdin.buffer, "<stdin>"), "<stdin>"
    with _store_errors(path), open(path, "rb") as fh:
        return read_stream(fh, str(path)), str(path)


def is_regular(path: str | Path) -> bool:
    """A regular file (or a link to one): only those can be hashed, then read, then replaced."""
    import stat as stat_

    if str(path) == STDIN:
        return False
    try:
        return stat_.S_ISREG(os.stat(path).st_mode)
    except OSError:
        return True  # missing or unreadable: let the reader report it with its fix


def file_digest(path: str | Path) -> str:
    """SHA-256 of the store file, read in chunks so a 40 MB store is never held whole."""
    import hashlib

    with _store_errors(path), open(path, "rb") as fh:
        return hashlib.file_digest(fh, "sha256").hexdigest()


@contextlib.contextmanager
def _store_errors(path: str | Path) -> Iterator[None]:
    """Reading errors of a store file as StoreError with the fix."""
    p = Path(path)
    try:
        yield
    except FileNotFoundError:
        raise StoreMissing(f"no store at {p}", hint=CREATE_HINT) from None
    except IsADirectoryError:
        raise StoreError(f"the store {p} is a folder, not a file",
                         hint="point --store at a .toml file, e.g. --store timeline.toml") from None
    except PermissionError:
        raise StoreError(f"cannot read the store {p}: permission denied",
                         hint="fix its permissions (chmod u+r) or run as its owner") from None
    except OSError as exc:
        raise StoreError(f"cannot read the store {p}: {exc.strerror or exc}",
                         hint="check the path and the disk") from None


BOM = "\ufeff"


def decode(data: bytes, origin: str) -> str:
    """The store's text. A UTF-8 byte-order mark (some Windows editors add one) is accepted
    and dropped; the next write leaves it out."""
    if b"\x00" in data:
        raise StoreError(f"{origin} contains NUL bytes: it is not a TOML store",
                         hint="point --store at a timeline .toml file")
    try:
        return data.decode("utf-8").removeprefix(BOM)
    except UnicodeDecodeError as exc:
        raise StoreError(f"{origin} is not UTF-8 (bad byte at offset {exc.start})",
                         hint="a store is UTF-8 TOML; re-save it as UTF-8") from None


def read_text(path: str | Path) -> str:
    data, origin = read_bytes(path)
    return decode(data, origin)


def load_snapshot(path: str | Path, *, keep_bytes: bool = False, cache: bool = True):
    """(cache.Snapshot of the events, the exact bytes they came from, or None).

    A warm snapshot (keyed by the bytes' SHA-256) skips parsing and validation; otherwise one
    is built, reusing the snapshot of the file's previous version for the event blocks that
    did not change (incremental.py), and saved for next time. See cache.py. Without keep_bytes
    a warm load only streams the file through the hash (readers need no 40 MB copy of it).
    Stdin, pipes and devices are read exactly once and never cached. Without cache the
    cache folder is neither read nor written.
    """
    from timeline_cli import cache as cache_

    if not cache or not is_regular(path):
        data, origin = read_bytes(path)
        return parse_snapshot(data, origin), data
    if not keep_bytes:
        snap = cache_.read(path, file_digest(path))
        if snap is not None:
            return snap, None
    data, origin = read_bytes(path)
    key = cache_.digest(data)
    found = cache_.read_any(path)
    if found is not None and found[0] == key:
        return found[1], data
    snap = parse_snapshot(data, origin, previous=found[1] if found is not None else None)
    del found
    cache_.write(path, key, snap)
    return snap, data


def parse_snapshot(data: bytes, origin: str, previous: "Snapshot | None" = None) -> "Snapshot":
    """The snapshot of a store's bytes: block by block, reusing `previous` (the snapshot of an
    earlier version of the file) for unchanged blocks (incremental.py); the whole file at
    once when that cannot be proven to read the same, which also gives every error."""
    from timeline_cli import cache as cache_, incremental

    snap = incremental.load(data, origin, previous)
    if snap is None:
        snap = cache_.Snapshot.of(*loads_store(decode(data, origin), origin=origin))
    return snap


def load(path: str | Path, *, cache: bool = True) -> list[Event]:
    return load_snapshot(path, cache=cache)[0].events()


# ---------------------------------------------------------------- locking and transactions

_STORE_SIGNS = re.compile(rb"^[ \t]*(?:schema[ \t]*=|\[\[[ \t]*event[ \t]*\]\]|event[ \t]*=[ \t]*\[)", re.M)


def looks_like_store(path: str | Path) -> bool:
    """Is `path` an existing file that holds a timeline store (judged by its first 64 KB)?
    Such a file is written only under its lock, and only as a store."""
    if str(path) in (STDIN, ""):
        return False
    try:
        if not is_regular(path) or not os.path.exists(path):
            return False
        with open(path, "rb") as fh:
            head = fh.read(1 << 16)
    except OSError:
        return False
    return b"\x00" not in head and _STORE_SIGNS.search(head) is not None


def lock_path(path: str | Path) -> Path:
    target = Path(os.path.realpath(path))
    return target.with_name(target.name + ".lock")


@contextlib.contextmanager
def locked(path: str | Path, timeout: float = 30.0) -> Iterator[None]:
    """Exclusive writer lock on `<store>.lock`, released by the OS if the holder dies.

    The lock file is removed on release, so no `.lock` is left beside any file that was
    written (a git merge driver's temp file, an export): after taking the flock, the holder
    checks that the path still names the file it locked, and starts over if a releasing
    holder removed it meanwhile. Two writers can therefore never hold locks on two
    different files of the same name.
    """
    import time

    try:
        import fcntl
    except ImportError:  # pragma: no cover - non-POSIX: single writer assumed
        yield
        return
    lock = lock_path(path)
    deadline = time.monotonic() + timeout
    while True:
        try:
            fd = os.open(lock, os.O_RDWR | os.O_CREAT, 0o666)
        except OSError as exc:
            raise StoreError(f"cannot create the lock file {lock}: {exc.strerror or exc}",
                             hint=_write_hint(exc, lock.parent)) from None
        try:
            while True:
                try:
                    fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                    break
                except BlockingIOError:
                    if time.monotonic() > deadline:
                        raise StoreError(f"the store {path} is locked by another timeline command",
                                         hint="wait for it to finish, then run this again") from None
                    time.sleep(0.01)
            try:
                same = os.fstat(fd).st_ino == os.stat(lock).st_ino
            except FileNotFoundError:
                same = False
            if not same:  # the previous holder removed it while we waited: lock the new one
                continue
            try:
                yield
            finally:
                with contextlib.suppress(OSError):
                    os.unlink(lock)  # still holding the flock, so no one else uses this file
                fcntl.flock(fd, fcntl.LOCK_UN)
            return
        finally:
            os.close(fd)


class EventNotFound(StoreError, KeyError):
    """replace() or remove() named an id the store does not hold."""

    def __str__(self) -> str:
        return self.message


B = TypeVar("B", bound="MutableMapping[str, tuple[Event, str]]")


class Parking(Protocol):
    """Where a transaction's parked events wait (Transaction.park)."""

    def read(self, n: int) -> Event:
        """Event number n, read anew (an equal object each time)."""

    def unpark(self) -> Sequence[Event]:
        """Every event by number, as the objects to keep from now on."""


class _Parked(Sequence[Event]):
    """A parked transaction's events: `base` (objects), then its added ones, each read from
    disk when asked for (a number in the transaction's table `new`, read as it stands) and not
    kept. `by_id()`: them in order of id, each read in turn (facts._add: a sort by id would
    read them all at once). Nothing is held per event until one is asked for by position."""

    def __init__(self, base: list[Event], new: Mapping[str, Event | int], parking: Parking) -> None:
        self._base, self._new, self._parking = base, new, parking
        self._added: list[Event | int] | None = None  # (made on the first read by position)

    def __len__(self) -> int:
        return len(self._base) + len(self._new)

    def _read(self, event: Event | int) -> Event:
        return self._parking.read(event) if type(event) is int else event  # type: ignore[return-value]

    def _at(self, index: int) -> Event:
        if index < len(self._base):
            return self._base[index]
        if self._added is None:
            self._added = list(self._new.values())
        return self._read(self._added[index - len(self._base)])

    def __getitem__(self, index):
        if isinstance(index, slice):
            return [self._at(i) for i in range(*index.indices(len(self)))]
        if index < 0:
            index += len(self)
        if not 0 <= index < len(self):
            raise IndexError("event index out of range")
        return self._at(index)

    def __iter__(self) -> Iterator[Event]:
        yield from self._base
        read = self._read
        for event in self._new.values():
            yield read(event)

    def ids(self) -> Iterator[str]:
        """Every event's id, in order, none read."""
        yield from (e.id for e in self._base)
        yield from self._new

    def row(self, index: int) -> tuple:
        """Event `index` as its row (model.event_to_row), a parked one read from disk without
        making the Event where the parking can (spill.SpilledEvents.row)."""
        if index < len(self._base):
            return event_to_row(self._base[index])
        if self._added is None:
            self._added = list(self._new.values())
        held = self._added[index - len(self._base)]
        if type(held) is not int:
            return event_to_row(held)  # type: ignore[arg-type]
        rowed = getattr(self._parking, "row", None)
        return rowed(held) if rowed is not None else event_to_row(self._parking.read(held))

    def number(self, index: int) -> int | None:
        """The number `parking.read` reads event `index` by, or None when it is held as an object."""
        if index < len(self._base):
            return None
        if self._added is None:
            self._added = list(self._new.values())
        held = self._added[index - len(self._base)]
        return held if type(held) is int else None

    def by_id(self) -> Iterator[Event]:
        new, read = self._new, self._read
        base = {e.id: e for e in self._base}
        for event_id in sorted([*base, *new]):  # (the ids as held: 8 bytes each while sorted)
            yield base[event_id] if event_id in base else read(new[event_id])


class Transaction:
    """The events of a store opened to change: `add`, `replace`, `remove`, then saved on clean
    exit if anything changed (see `transaction`).

    Event objects are built only when a caller asks for `events` or `get`s one, so `add` into a
    100k-event store costs a snapshot read, not 100k objects. A transaction that only adds is
    spliced into the file; one that replaces or removes rewrites it whole, canonically.
    """

    def __init__(self, path: Path, snap: "Snapshot | None" = None, created: bool = False) -> None:
        self.path = path
        self.created = created
        self._snap = snap
        self._base: set[str] = {row[0] for row in snap.rows} if snap is not None else set()
        self._index: dict[str, int] | None = None
        self._new: dict[str, Event] = {}            # ids the store did not hold, in order of adding
        # While parked (`park`), some of `_new`'s values are numbers: the event read from disk
        # by `_parking` (ingest's events wait there while they are grouped, until written).
        self._parking: Parking | None = None
        self._edits: dict[str, Event | None] = {}   # ids it held: the new version, None if removed
        self._count = len(self._base)
        self._view: list[Event] | None = None
        self.blocks: MutableMapping[str, tuple[Event, str]] = {}  # events already formatted (add(block=...))
        self.changed = False
        # What the store remembers (memory.py); copied on the first change to it.
        self._memory: Memory = snap.memory if snap is not None else Memory()
        self.memory_changed = False
        self.sources_changed = False   # only the source table changed: the file can be spliced

    # ------------------------------------------------------------ reading

    @property
    def events(self) -> list[Event]:
        """Every event as the transaction stands: the store's (as replaced), then the added.
        While parked, a sequence whose added events are read from disk as they are asked for
        (each time a new, equal object)."""
        if self._view is None and self._parking is not None:
            base = self._snap.events() if self._snap is not None else []
            if self._edits:
                view = [e if e.id not in self._edits else self._edits[e.id] for e in base]
                base = [e for e in view if e is not None]
            return _Parked(base, self._new, self._parking)  # type: ignore[return-value]
        if self._view is None:
            base = self._snap.events() if self._snap is not None else []
            if self._edits:
                view = [e if e.id not in self._edits else self._edits[e.id] for e in base]
                self._view = [e for e in view if e is not None]
            else:
                self._view = list(base)
            self._view.extend(self._new.values())
        return self._view

    @property
    def added(self) -> list[Event]:
        """The events whose ids the store did not hold (while parked: read from disk as asked for)."""
        if self._parking is not None:
            return _Parked([], self._new, self._parking)  # type: ignore[return-value]
        return list(self._new.values())

    def __contains__(self, event_id: object) -> bool:
        if event_id in self._new:
            return True
        if event_id in self._edits:
            return self._edits[event_id] is not None
        return event_id in self._base

    def __len__(self) -> int:
        return self._count

    def __iter__(self) -> Iterator[Event]:
        return iter(self.events)

    def get(self, event_id: str) -> Event | None:
        """The event with this id as the transaction stands, or None."""
        if event_id in self._new:
            return self._own(self._new[event_id])
        if event_id in self._edits:
            return self._edits[event_id]
        if event_id not in self._base or self._snap is None:
            return None
        if self._index is None:
            self._index = {row[0]: i for i, row in enumerate(self._snap.rows)}
        return self._snap.event(self._index[event_id])

    def claimant_counts(self) -> "Counter[str]":
        """How many events carry each claimant spelling, as the transaction stands (read from
        the snapshot's rows: no Event objects are built unless the store was edited)."""
        if self._edits or self._snap is None:
            return Counter(e.by for e in self.events)
        counts = Counter(row[_BY] for row in self._snap.rows)
        counts.update(self._own(e).by for e in self._new.values())
        return counts

    def _own(self, event: Event | int) -> Event:
        """An added event: as held, or read from disk while parked."""
        if type(event) is int:
            assert self._parking is not None
            return self._parking.read(event)
        return event  # type: ignore[return-value]

    # ------------------------------------------------------------ parking

    def park(self, numbers: Iterable[tuple[str, int]], parking: "Parking") -> None:
        """Let go of added events until the store is written: each (id, n) of `numbers` names
        an added event that `parking.read(n)` reads back (from disk) as an equal Event. Until
        then `events`, `added` and `get` read them from there as asked for; before the store
        is written (or by `unpark`) they are the objects of `parking.unpark()` again (ingest
        groups 100,000 documents' statements without their 100,000 Events: ~270 bytes each)."""
        if self._parking is not None and self._parking is not parking:
            raise ValueError("the transaction's events are parked elsewhere already")
        new = self._new
        self._parking = parking  # (first: `numbers` may be read with `get` as it goes)
        self._view = None
        for event_id, n in numbers:
            if event_id in new:
                new[event_id] = n  # type: ignore[assignment]

    @property
    def parked(self) -> bool:
        """Some added events wait on disk (`park`)."""
        return self._parking is not None

    def unpark(self) -> None:
        """The parked events held as objects again (those of `parking.unpark()`)."""
        parking = self._parking
        if parking is None:
            return
        events = parking.unpark()
        new = self._new
        for event_id, event in new.items():
            if type(event) is int:
                new[event_id] = events[event]
        self._parking = None
        self._view = None

    @property
    def memory(self) -> Memory:
        """The store's memory as the transaction stands (removed events, reviewed findings)."""
        return self._memory

    @property
    def snapshot(self) -> "Snapshot | None":
        """The store as the transaction found it (read only; None for a new store): what an
        incremental regroup (grouping.py) compares the added events with."""
        return self._snap

    @property
    def only_added(self) -> bool:
        """No event the store held was replaced or removed (events were only added)."""
        return not self._edits

    @property
    def removed(self) -> "dict[str, Removed]":
        """The events remembered as removed, by id (read only)."""
        return self._memory.removed

    # ------------------------------------------------------------ changing

    def _memory_copy(self) -> Memory:
        if not self.memory_changed:
            self._memory = self._memory.copy()
            self.memory_changed = True
            self.changed = True
        return self._memory

    def _changed(self) -> None:
        self.changed = True
        self._view = None

    def add(self, event: Event, *, checked: bool = False, block: str | None = None) -> bool:
        """Add unless an event with that id is already there; True when added.

        checked=True: the caller already ran check_event (e.g. in a worker process).
        block: event_block(event), formatted elsewhere, written as it is.
        """
        if event.id in self:
            return False
        if not checked:
            check_event(event)
        if event.id in self._memory.removed:  # added on purpose: no longer a removed event
            del self._memory_copy().removed[event.id]
        if event.id in self._base:   # removed earlier in this transaction, now back
            self._edits[event.id] = event
        else:
            self._new[event.id] = event
        if block is not None:
            self.blocks[event.id] = (event, block)
        self._count += 1
        if self._view is not None:
            self._view.append(event)
            self.changed = True
        else:
            self._changed()
        return True

    def formatted_by(self, blocks: B) -> B:
        """Take `blocks` (tomlwrite.Blocks: event id -> (event, block); ingest's read from a
        spill file, spill.SpilledBlocks) as the transaction's blocks, with those added so
        far; returned, for the caller to fill."""
        for event_id, item in self.blocks.items():
            blocks[event_id] = item
        self.blocks = blocks
        return blocks

    def replace(self, event: Event, *, checked: bool = False) -> None:
        """Put `event` in place of the stored event with the same id (EventNotFound if none)."""
        if event.id not in self:
            raise EventNotFound(f"no event with id {event.id} in {self.path}",
                                hint="add it instead, or check the id (`timeline show --format jsonl`)")
        if not checked:
            check_event(event)
        if event.id in self._new:
            self._new[event.id] = event
        else:
            self._edits[event.id] = event
        self._changed()

    def remove(self, event_id: str, *, remember: bool = False, on: "date | None" = None) -> Event:
        """Remove the event with this id and return it (EventNotFound if there is none).

        remember=True: keep it in the store's memory as removed `on` that day (default today),
        so `ingest` of its source does not bring it back (see memory.py)."""
        old = self.get(event_id)
        if old is None:
            raise EventNotFound(f"no event with id {event_id} in {self.path}",
                                hint="check the id (`timeline show --format jsonl` lists them)")
        if remember:
            from datetime import date as date_

            self._memory_copy().removed[event_id] = Removed(old, on or date_.today())
        if event_id in self._new:
            del self._new[event_id]
        else:
            self._edits[event_id] = None
        self.blocks.pop(event_id, None)
        self._count -= 1
        self._changed()
        return old

    def restore(self, event_id: str) -> Event:
        """Bring back an event remembered as removed (`timeline rm --undo`): it is an event
        again, as it was, and no longer in the memory. EventNotFound when not remembered."""
        item = self._memory.removed.get(event_id)
        if item is None:
            raise EventNotFound(f"no removed event with id {event_id} in {self.path}",
                                hint="`timeline rm --undo` without ids lists the removed events")
        del self._memory_copy().removed[event_id]
        self.add(item.event)
        return item.event

    def supersede(self, events: "Mapping[str, Event]", *, checked: bool = False) -> None:
        """Put each event of `events` ({old id: event under another id}) in the place of the
        event `old id`: the same statement read otherwise (`ingest --reread`: a newer parser
        dates it otherwise, so its id, made from its date, is another). A stored event is
        replaced by it; one remembered as removed stays removed, remembered under the new id
        (on the day it was removed). The user's links and unlinks and the stored grouping
        name the new ids from then on (the fact keeps its id); verdicts on conflict findings
        are not carried (a new date is new evidence: the finding shows again). The caller
        decides which fields the new event keeps of the old one. EventNotFound for an old
        id that is neither stored nor removed; ValueError when a new id is taken already."""
        for old_id, event in events.items():
            if event.id != old_id and (event.id in self or event.id in self._memory.removed):
                raise ValueError(f"cannot put {event.id} in the place of {old_id}: the store holds {event.id} already")
            item = self._memory.removed.get(old_id)
            if item is not None and old_id not in self:
                if not checked:
                    check_event(event)
                removed = self._memory_copy().removed
                del removed[old_id]
                removed[event.id] = Removed(event, item.removed)
            else:
                self.remove(old_id)
                self.add(event, checked=checked)
        renamed = self._memory.renamed({old: e.id for old, e in events.items() if e.id != old})
        if renamed:
            memory = self._memory_copy()
            for table, value in renamed.items():
                held = getattr(memory, table)  # (a copy of the transaction's own: Memory is frozen)
                held.clear()
                held.update(value)

    def review(self, review: Review) -> None:
        """Record a verdict on a conflict finding (replacing an earlier one)."""
        if self._memory.reviews.get(review.finding) != review:
            self._memory_copy().reviews[review.finding] = review

    def unreview(self, finding: str) -> Review:
        """Forget the verdict on a finding (it is shown again); EventNotFound when there is none."""
        old = self._memory.reviews.get(finding)
        if old is None:
            raise EventNotFound(f"no reviewed finding {finding} in {self.path}",
                                hint="`timeline conflicts --all` lists findings and their verdicts")
        del self._memory_copy().reviews[finding]
        return old

    def describe(self, item: "Source") -> bool:
        """Record what ingest learnt about a source document (its row in the source table,
        sources.py), replacing what an earlier ingest recorded; True when that changed it."""
        if not item or self._memory.sources.get(item.source) == item:
            return False
        if not (self.memory_changed or self.sources_changed):
            self._memory = self._memory.copy()
        self._memory.sources[item.source] = item
        self.sources_changed = True
        self.changed = True
        return True

    def remember(self, **tables: Any) -> bool:
        """Replace parts of the memory that say nothing about removed events (aliases, links,
        unlinks, the stored grouping: Memory's fields by name); like `describe`, the file can
        still be spliced. True when that changed anything."""
        if all(getattr(self._memory, name) == value for name, value in tables.items()):
            return False
        self._memory = self._memory.copy(**tables)
        self.sources_changed = True
        self.changed = True
        return True

    @property
    def add_only(self) -> bool:
        """Nothing the store held was replaced or removed, nor its memory changed (so the file
        can be spliced)."""
        return not self._edits and not self.memory_changed


def _remove_stale_temp_files(path: Path) -> None:
    """Temp files a killed writer left beside the store (`.timeline.toml.tl-XXXXXXXX.tmp`).
    Called with the lock held: every writer of the store holds it, so none of them is
    mid-write. Only names of exactly that shape go: never another program's temp files."""
    target = Path(os.path.realpath(path))
    own = re.compile(re.escape(f".{target.name}{_TEMP_TAG}") + _TEMP_RANDOM + r"\.tmp\Z")
    with contextlib.suppress(OSError):
        for entry in os.scandir(target.parent):
            if own.match(entry.name):
                with contextlib.suppress(OSError):
                    os.unlink(entry.path)


@contextlib.contextmanager
def transaction(path: str | Path, *, create: bool = True, cache: bool = True) -> Iterator[Transaction]:
    """Lock, load, let the caller change events, validate and save atomically.

    An exception inside the block (including Ctrl-C) leaves the store untouched. Events are
    checked as they come in (add, replace), so a bad value fails inside the block. Without
    cache the cache folder is neither read nor written.
    """
    if str(path) == STDIN:
        raise StoreError("cannot write to a store read from stdin (--store -)",
                         hint="name a store file with --store PATH for commands that change it")
    if not is_regular(path):
        raise StoreError(f"cannot write to the store {path}: it is a pipe or device, not a file",
                         hint="name a store file with --store PATH for commands that change it")
    path = Path(path)
    with locked(path):
        _remove_stale_temp_files(path)
        try:
            snap, data = load_snapshot(path, keep_bytes=True, cache=cache)
            created = False
        except StoreMissing:
            if not create:
                raise
            snap, data, created = None, b"", True
        txn = Transaction(path, snap, created)
        yield txn
        if not (txn.changed or txn.created):
            return
        spliced_ = txn.add_only and snap is not None and data is not None and len(snap) > SPLICE_MIN
        if txn.parked and not spliced_:
            _save_parked(path, txn, cache)  # (read from disk as written: no object an event)
            return
        txn.unpark()  # (the events written are the objects the blocks were formatted for)
        if spliced_ and snap is not None and data is not None:
            spliced = splice(data, snap, txn.added, txn.blocks, memory=txn.memory)
            if spliced is not None:
                if cache:
                    _write_and_remember(path, *spliced)
                else:
                    write_atomic(path, spliced[0])
                return
        # every event was checked on its way in
        save(path, txn.events, validate=False, cache=cache, blocks=txn.blocks, memory=txn.memory)


# Below this many events a full rewrite is cheap, and it also re-canonicalises hand edits.
SPLICE_MIN = 1000


def own_memory(store_path: str | Path, output: str | Path) -> Memory | None:
    """The memory to write with a store's events into `output`: the store's own when `output`
    is the store's own file (`timeline filter --tag x -o timeline.toml` keeps a subset, and its
    removals must not come back on the next ingest); None for any other file or stdout, which
    get a selection of events, not the store's history. Call it holding the store's lock."""
    if str(store_path) == STDIN or str(output) in (STDIN, ""):
        return None
    if os.path.realpath(output) != os.path.realpath(store_path) or not os.path.exists(store_path):
        return None
    return load_snapshot(store_path)[0].memory


def dump_own(store_path: str | Path, output: str | Path, events: list[Event], out) -> bool:
    """Write `events` as a store with the store's own memory into `out` when `output` is the
    store's own file (own_memory); False, writing nothing, otherwise."""
    memory = own_memory(store_path, output)
    if not memory:
        return False
    for piece in iter_dump(events, memory=memory.without_live(e.id for e in events)):
        out.write(piece)
    return True


# ---------------------------------------------------------------- the public face


def _bounds_of(value: "str | date | tuple[date, date]") -> "tuple[date, date]":
    """(first day, last day) of a filter date: "2024-10", "6 Nov 2024", a date or a pair."""
    from datetime import date as date_

    if isinstance(value, tuple):
        return value
    if isinstance(value, date_):
        return (value, value)
    from timeline_cli.when import day_bounds

    return day_bounds(value)


def make_query(*, since: "str | date | None" = None, until: "str | date | None" = None,
               on: "str | date | None" = None, tag: "str | Iterable[str]" = (), source: str = "",
               by: str = "", grep: str = "", dated: bool = False, limit: int | None = None,
               reverse: bool = False, status: "str | Iterable[str]" = (), untagged: bool = False,
               open_ended: str = "known") -> "Query":
    """A query.Query from the CLI's filter options, dates as the user would type them:
    make_query(since="2024-10", tag="troops") is `--since 2024-10 --tag troops`, and
    make_query(status="none", untagged=True) is `--status none --untagged`."""
    from timeline_cli.query import Query, compile_grep

    if grep:
        compile_grep(grep)  # a bad pattern fails here, with the fix
    return Query(since=_bounds_of(since)[0] if since is not None else None,
                 until=_bounds_of(until)[1] if until is not None else None,
                 on=_bounds_of(on) if on is not None else None,
                 tags=(tag,) if isinstance(tag, str) else tuple(tag), source=source, by=by, grep=grep,
                 limit=limit, reverse=reverse, dated=dated,
                 status=(status,) if isinstance(status, str) else tuple(status), untagged=untagged,
                 open_ended=open_ended)


class Store:
    """A timeline store file: read it, select from it, change it in a transaction.

        >>> import os, tempfile
        >>> from timeline_cli.model import Event, make_id
        >>> from timeline_cli.store import Store
        >>> store = Store(os.path.join(tempfile.mkdtemp(), "timeline.toml"))
        >>> with store.transaction() as txn:          # locked; written atomically on exit
        ...     txn.add(Event(make_id("Troops crossed", "2024-10-24"), "2024-10-24", "Troops crossed"))
        True
        >>> [e.text for e in store.select(since="2024-10", grep="troops")]
        ['Troops crossed']
        >>> with store.transaction() as txn:
        ...     old = txn.remove(make_id("Troops crossed", "2024-10-24"))
        >>> len(store)
        0

    Events come in store order (by date). `select` takes a `query.Query` or the CLI's filters
    as keywords (since, until, on, tag, source, by, grep, dated, limit, reverse, status,
    untagged, open_ended).

    cache=False (the default) leaves the snapshot cache folder alone: nothing is written but
    the store itself (and, while a transaction runs, its `.lock`). cache=True reads and
    writes the snapshot cache (see cache.py), which makes big stores load fast; the CLI
    passes it. A missing store reads as empty; a transaction creates it.
    """

    def __init__(self, path: "str | os.PathLike[str]", *, cache: bool = False) -> None:
        self.path = Path(path)
        self._name = os.fspath(path)  # as given: "-" (stdin) must stay "-"
        self.cache = cache

    def __repr__(self) -> str:
        return f"Store({self._name!r}, cache={self.cache})"

    def exists(self) -> bool:
        return self._name == STDIN or self.path.exists()

    def snapshot(self) -> "Snapshot":
        """The events as a cache.Snapshot (rows and date bounds: what fast selection needs)."""
        return load_snapshot(self._name, cache=self.cache)[0]

    def events(self) -> list[Event]:
        """Every event, in store order; [] when there is no store yet."""
        try:
            return self.snapshot().events()
        except StoreMissing:
            return []

    def __iter__(self) -> Iterator[Event]:
        return iter(self.events())

    def __len__(self) -> int:
        try:
            return len(self.snapshot())
        except StoreMissing:
            return 0

    def get(self, event_id: str) -> Event | None:
        """The event with this id, or None."""
        return next((e for e in self.events() if e.id == event_id), None)

    def memory(self) -> Memory:
        """What the store remembers besides its events (removed events, reviewed findings)."""
        try:
            return self.snapshot().memory
        except StoreMissing:
            return Memory()

    def resolve(self, prefix: str) -> Event:
        """The event whose id is `prefix` or uniquely starts with it (4+ characters, like git);
        EventNotFound or ids.AmbiguousId (both exit 2) otherwise. See timeline_cli.ids."""
        from timeline_cli.ids import resolve

        return resolve(prefix, self.events())

    def select(self, query: "Query | None" = None, /, **filters: Any) -> list[Event]:
        """The events matching a query.Query, or the CLI's filters given as keywords:
        store.select(since="2024-10", until="2024-11-06", tag="troops", by="AP", limit=10).
        A missing store raises StoreMissing (as `timeline show` reports it)."""
        from timeline_cli.query import select

        if query is not None and filters:
            raise TypeError("select() takes a Query or filter keywords, not both")
        return select(self.snapshot(), query if query is not None else make_query(**filters))

    def transaction(self, *, create: bool = True) -> "contextlib.AbstractContextManager[Transaction]":
        """`with store.transaction() as txn:` add, replace and remove events; on a clean exit
        they are validated and saved atomically under the store's lock, on an exception
        nothing is written. create=False: a missing store raises StoreMissing."""
        return transaction(self._name, create=create, cache=self.cache)
