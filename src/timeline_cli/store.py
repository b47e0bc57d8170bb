"""The TOML event store: load, validate, migrate, save.

On disk: `schema = 1`, then one `[[event]]` table per event sorted by (earliest, latest, id),
each written by the same code so the same events always give the same bytes.

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
from datetime import date
from pathlib import Path
from typing import Iterator

from timeline_cli.errors import DateError, StoreError, StoreMissing, StoreTooNew
from timeline_cli.model import FIELD_ORDER, MODS, STATUSES, Event
from timeline_cli.tomlwrite import event_block

SCHEMA = 1
HEADER = (
    "# timeline event store: one [[event]] per dated statement, sorted by date.\n"
    "# Safe to edit by hand; `timeline show` checks it on every read.\n"
    f"schema = {SCHEMA}\n"
)
STDIN = "-"
CREATE_HINT = "create one with `timeline add \"2024-11-04: first clash\"` or `timeline ingest FILE`, or point to another with --store PATH"

_STR_FIELDS = ("id", "when", "text", "source", "by", "status", "note", "mod", "conflict")
_LIST_FIELDS = ("tags", "actors", "places")
_ID_RE = re.compile(r"[0-9A-Za-z_.:-]{1,64}\Z")
_SURROGATE = re.compile("[\ud800-\udfff]")


# ---------------------------------------------------------------- ordering

_OPEN = 1  # date.min.toordinal(): the earliest bound of an open or unknown start ("../2024-11-06")


def ordinal_key(earliest: int, latest: int, event_id: str) -> tuple[int, int, str]:
    """The store's order, on day ordinals: by the earliest day, then the latest, then id;
    except that a date with an open start ("on or before 6 Nov 2024") sits at its known end.
    Sorting those before everything else would put every undated statement of an article
    at the top of the timeline, ahead of the dated facts a reader came for."""
    return (latest if earliest == _OPEN else earliest, latest, event_id)


def sort_key(event: Event) -> tuple[int, int, str]:
    from timeline_cli.when import parse_when

    w = parse_when(event.when)
    return ordinal_key(w.earliest.toordinal(), w.latest.toordinal(), event.id)


def sort_events(events) -> list[Event]:
    return sorted(events, key=sort_key)


# ---------------------------------------------------------------- writing



def iter_dump(events, *, presorted: bool = False):
    """The store's TOML text in pieces (header, then one block per event), for streaming."""
    yield HEADER
    for event in events if presorted else sort_events(events):
        yield "\n" + event_block(event)


def dumps(events, *, presorted: bool = False) -> str:
    """The whole store as TOML text: deterministic for the same set of events."""
    return "".join(iter_dump(events, presorted=presorted))


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
    return f"check that the folder {folder} exists and is writable, then run the command again"


def write_atomic(path: Path, text: str, what: str = "the store") -> None:
    """Replace `path` with `text` so that a crash at any moment leaves the old or the new file."""
    import stat as stat_

    target = Path(os.path.realpath(path))
    folder = target.parent
    try:
        st = target.stat()
    except FileNotFoundError:
        st = None
    if st is not None and not stat_.S_ISREG(st.st_mode):
        if stat_.S_ISDIR(st.st_mode):
            raise StoreError(f"cannot write {what} {path}: it is a folder",
                             hint="name a file inside it, e.g. " + os.path.join(str(path), "out"))
        # A device or FIFO (-o /dev/null, a named pipe): write into it; replacing it would
        # swap the device node for a regular file.
        try:
            with open(target, "w", encoding="utf-8", newline="") as fh:
                fh.write(text)
        except OSError as exc:
            raise StoreError(f"cannot write {what} {path}: {exc.strerror or exc}",
                             hint="check the path") from None
        return
    mode = st.st_mode & 0o777 if st is not None else 0o644
    try:
        data = text.encode("utf-8")
    except UnicodeEncodeError as exc:  # a lone surrogate: no file can hold it as UTF-8
        raise StoreError(f"cannot write {what} {path}: it would hold a character that is not valid "
                         f"Unicode ({text[exc.start]!r}); nothing was written",
                         hint="remove that character from the input (often a lone \\ud800-style JSON escape)") from None
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)
    except OSError as exc:
        raise StoreError(
            f"cannot write {what} {path}: {exc.strerror or exc}"
            + ("; the old file is unchanged" if os.path.exists(target) else ""),
            hint=_write_hint(exc, folder),
        ) from exc
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, mode)
        os.replace(tmp, target)
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


def save(path: str | Path, events, *, validate: bool = True) -> None:
    """Atomically replace the store with `events` (sorted, canonical).

    With validate (the default) every event is checked first, so a bad value can never
    replace a good store; transactions check events as they come in and pass False.
    """
    from timeline_cli import cache

    path = Path(path)
    events = list(events)
    if validate:
        seen: set[str] = set()
        for event in events:
            check_event(event)
            if event.id in seen:
                raise StoreError(f"two events share the id {event.id}", hint="nothing was written")
            seen.add(event.id)
    events = sort_events(events)
    text = dumps(events, presorted=True)
    write_atomic(path, text)
    cache.write(path, cache.digest(text.encode("utf-8")), cache.Snapshot.of(events))


def splice(text: str, snap, new: list[Event]):
    """Insert `new` events into a store's text without rewriting the rest: the fast path for
    `add` on a big store. Returns (new text, new event list) or None when the text is not in
    the canonical sorted layout near an insertion point (then the caller rewrites the file).

    Each new block goes just before the canonical block of the event that will follow it,
    found by its exact text (which holds its unique id), so the result parses to exactly the
    old events plus the new ones, in sorted order.
    """
    import bisect

    from timeline_cli.cache import Snapshot, _event, _row

    keys = [ordinal_key(b[0], b[1], row[0]) for b, row in zip(snap.bounds, snap.rows)]
    if any(keys[i] > keys[i + 1] for i in range(len(keys) - 1)):
        return None
    rows, bounds = list(snap.rows), list(snap.bounds)
    inserts: list[tuple[int, str]] = []
    for event in sorted(new, key=sort_key):
        block = event_block(event)
        # Validate the new block on its own (the rest of the file is unchanged).
        parsed = loads(HEADER + "\n" + block, origin="<new event>")
        if parsed != [event]:
            return None
        key = sort_key(event)
        i = bisect.bisect_left(keys, key)
        if i == len(rows):
            if not text.endswith("\n"):
                return None
            pos = len(text)
        else:
            anchor = "\n" + event_block(_event(rows[i]))
            pos = text.find(anchor)
            if pos < 0 or text.find(anchor, pos + 1) >= 0:
                return None
        inserts.append((pos, "\n" + block))
        keys.insert(i, key)
        rows.insert(i, _row(event))
        bounds.insert(i, _bounds(event))
    pieces: list[str] = []
    last = 0
    for pos, block in sorted(inserts, key=lambda item: item[0]):
        pieces.append(text[last:pos])
        pieces.append(block)
        last = pos
    pieces.append(text[last:])
    return "".join(pieces), Snapshot(rows, bounds)


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
    what = f"event #{index + 1}" + (f" (id {ident})" if isinstance(ident, str) else "")
    return StoreError(f"{where}: {what}: {problem}", hint=hint)


def event_from_dict(raw: dict) -> Event:
    """Build an Event from a validated dict (TOML table or import row). Raises ValueError(field, problem)."""
    from timeline_cli.when import parse_when

    if not isinstance(raw, dict):
        raise ValueError("event", "is not a table")
    unknown = set(raw) - set(FIELD_ORDER)
    if unknown:
        raise ValueError(sorted(unknown)[0], f"unknown field (known fields: {', '.join(FIELD_ORDER)})")
    for name in ("id", "when", "text"):
        if name not in raw:
            raise ValueError(name, "is missing")
    values: dict = {}
    for name in _STR_FIELDS:
        if name in raw:
            if not isinstance(raw[name], str):
                raise ValueError(name, f"must be a string, not {type(raw[name]).__name__}")
            if _SURROGATE.search(raw[name]):
                raise ValueError(name, "holds a lone surrogate, which UTF-8 cannot store")
            values[name] = raw[name]
    if not _ID_RE.match(values["id"]):
        raise ValueError("id", "must be 1-64 letters, digits or . _ : -")
    if not values["text"].strip():
        raise ValueError("text", "is empty")
    try:
        parse_when(values["when"])
    except DateError as exc:
        raise ValueError("when", exc.message) from None
    if "reported" in raw:
        if not isinstance(raw["reported"], date) or hasattr(raw["reported"], "hour"):
            raise ValueError("reported", "must be a TOML date like 2024-11-06")
        values["reported"] = raw["reported"]
    if "reported_assumed" in raw:
        if not isinstance(raw["reported_assumed"], bool):
            raise ValueError("reported_assumed", "must be true or false")
        values["reported_assumed"] = raw["reported_assumed"]
    for name in _LIST_FIELDS:
        if name in raw:
            items = raw[name]
            if not isinstance(items, (list, tuple)) or not all(isinstance(i, str) for i in items):
                raise ValueError(name, "must be a list of strings")
            if any(_SURROGATE.search(i) for i in items):
                raise ValueError(name, "holds a lone surrogate, which UTF-8 cannot store")
            values[name] = tuple(items)
    if "span" in raw:
        span = raw["span"]
        if (not isinstance(span, list) or len(span) != 2
                or not all(isinstance(i, int) and not isinstance(i, bool) and i >= 0 for i in span)
                or span[0] > span[1]):
            raise ValueError("span", "must be [start, end] character offsets with start <= end")
        values["span"] = (span[0], span[1])
    if values.get("status", "") not in ("",) + STATUSES:
        raise ValueError("status", f"must be one of {', '.join(STATUSES)}")
    if values.get("mod", "") not in ("",) + MODS:
        raise ValueError("mod", f"must be one of {', '.join(MODS)}")
    return Event(**values)


def loads(text: str, origin: str = "<store>") -> list[Event]:
    """Parse and validate store text. Every problem names the file, line, event and the fix."""
    try:
        doc = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise StoreError(
            f"{origin} is not valid TOML: {exc}",
            hint="fix that line by hand (or restore it with `git checkout`); `timeline` never writes broken TOML",
        ) from None
    except RecursionError:
        raise StoreError(f"{origin} is nested too deeply to be a timeline store",
                         hint="a store holds only `schema = 1` and [[event]] tables") from None
    except ValueError:  # tomllib lets int() refuse a number of more than 4300 digits
        raise StoreError(f"{origin} holds a number too long to read (over 4300 digits)",
                         hint="fix that value by hand; a store holds only short numbers (span offsets)") from None
    schema = doc.get("schema")
    if schema is None:
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
    extra = set(doc) - {"schema", "event"}
    if extra:
        raise StoreError(f"{origin}: unknown top-level key {sorted(extra)[0]!r}",
                         hint="a store holds only `schema` and [[event]] tables; move other data elsewhere")
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
    return events


def read_bytes(path: str | Path) -> tuple[bytes, str]:
    """(the store's bytes, its name for messages); `-` reads stdin."""
    if str(path) == STDIN:
        return sys.stdin.buffer.read(), "<stdin>"
    with _store_errors(path):
        return Path(path).read_bytes(), str(path)


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


def decode(data: bytes, origin: str) -> str:
    if b"\x00" in data:
        raise StoreError(f"{origin} contains NUL bytes: it is not a TOML store",
                         hint="point --store at a timeline .toml file")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise StoreError(f"{origin} is not UTF-8 (bad byte at offset {exc.start})",
                         hint="a store is UTF-8 TOML; re-save it as UTF-8") from None


def read_text(path: str | Path) -> str:
    data, origin = read_bytes(path)
    return decode(data, origin)


def load_snapshot(path: str | Path, *, keep_bytes: bool = False):
    """(cache.Snapshot of the events, the exact bytes they came from, or None).

    A warm snapshot (keyed by the bytes' SHA-256) skips parsing and validation; a cold one is
    built from the validated TOML and saved for next time. See cache.py. Without keep_bytes
    a warm load only streams the file through the hash (readers need no 40 MB copy of it).
    """
    from timeline_cli import cache

    if not keep_bytes and str(path) != STDIN:
        snap = cache.read(path, file_digest(path))
        if snap is not None:
            return snap, None
    data, origin = read_bytes(path)
    if origin == "<stdin>":
        return cache.Snapshot.of(loads(decode(data, origin), origin=origin)), data
    key = cache.digest(data)
    snap = cache.read(path, key)
    if snap is None:
        snap = cache.Snapshot.of(loads(decode(data, origin), origin=origin))
        cache.write(path, key, snap)
    return snap, data


def load(path: str | Path) -> list[Event]:
    return load_snapshot(path)[0].events()


# ---------------------------------------------------------------- locking and transactions

@contextlib.contextmanager
def locked(path: str | Path, timeout: float = 30.0) -> Iterator[None]:
    """Exclusive writer lock on `<store>.lock`, released by the OS if the holder dies."""
    import time

    try:
        import fcntl
    except ImportError:  # pragma: no cover - non-POSIX: single writer assumed
        yield
        return
    target = Path(os.path.realpath(path))
    lock_path = target.with_name(target.name + ".lock")
    try:
        fd = os.open(lock_path, os.O_RDWR | os.O_CREAT, 0o644)
    except OSError as exc:
        raise StoreError(f"cannot create the lock file {lock_path}: {exc.strerror or exc}",
                         hint=f"make the folder {lock_path.parent} writable") from None
    try:
        deadline = time.monotonic() + timeout
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
            yield
        finally:
            fcntl.flock(fd, fcntl.LOCK_UN)
    finally:
        os.close(fd)


class Transaction:
    """The events of a store opened to add to. Saved on clean exit only if something was added.

    Event objects are built only when a caller asks for `events`, so `add` into a 100k-event
    store costs a snapshot read, not 100k objects.
    """

    def __init__(self, path: Path, snap=None, created: bool = False) -> None:
        self.path = path
        self.created = created
        self._snap = snap
        self._events: list[Event] | None = None if snap is not None else []
        self._ids: set[str] = {row[0] for row in snap.rows} if snap is not None else set()
        self.added: list[Event] = []   # a transaction only adds, so the store can be spliced
        self.changed = False

    @property
    def events(self) -> list[Event]:
        if self._events is None:
            self._events = list(self._snap.events()) + self.added
        return self._events

    def __contains__(self, event_id: str) -> bool:
        return event_id in self._ids

    def __len__(self) -> int:
        return len(self._ids)

    def add(self, event: Event, *, checked: bool = False) -> bool:
        """Add unless an event with that id is already there; True when added.

        checked=True: the caller already ran check_event (e.g. in a worker process).
        """
        if event.id in self._ids:
            return False
        if not checked:
            check_event(event)
        self._ids.add(event.id)
        self.added.append(event)
        if self._events is not None:
            self._events.append(event)
        self.changed = True
        return True


def _remove_stale_temp_files(path: Path) -> None:
    """Temp files a killed writer left beside the store (`.timeline.toml.*.tmp`). Called with
    the lock held: every writer of the store holds it, so none of them is mid-write."""
    import glob

    target = Path(os.path.realpath(path))
    with contextlib.suppress(OSError):
        for stale in target.parent.glob(f".{glob.escape(target.name)}.*.tmp"):
            with contextlib.suppress(OSError):
                stale.unlink()


@contextlib.contextmanager
def transaction(path: str | Path, *, create: bool = True) -> Iterator[Transaction]:
    """Lock, load, let the caller change events, validate and save atomically.

    An exception inside the block (including Ctrl-C) leaves the store untouched.
    """
    from timeline_cli import cache

    if str(path) == STDIN:
        raise StoreError("cannot write to a store read from stdin (--store -)",
                         hint="name a store file with --store PATH for commands that change it")
    path = Path(path)
    with locked(path):
        _remove_stale_temp_files(path)
        try:
            snap, data = load_snapshot(path, keep_bytes=True)
            created = False
        except StoreMissing:
            if not create:
                raise
            snap, data, created = None, b"", True
        txn = Transaction(path, snap, created)
        yield txn
        if not (txn.changed or txn.created):
            return
        if snap is not None and len(snap) > SPLICE_MIN:
            spliced = splice(data.decode("utf-8"), snap, txn.added)
            if spliced is not None:
                text, new_snap = spliced
                write_atomic(path, text)
                cache.write(path, cache.digest(text.encode("utf-8")), new_snap)
                return
        save(path, txn.events, validate=False)  # every event was checked on its way in


# Below this many events a full rewrite is cheap, and it also re-canonicalises hand edits.
SPLICE_MIN = 1000
