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
from pathlib import Path
from typing import Iterator

from timeline_cli.errors import StoreError, StoreMissing, StoreTooNew
from timeline_cli.model import FIELD_ORDER, REQUIRED, Event
from timeline_cli.tomlwrite import event_block, string

SCHEMA = 1
HEADER = (
    "# timeline event store: one [[event]] per dated statement, sorted by date.\n"
    "# Safe to edit by hand; `timeline show` checks it on every read.\n"
    f"schema = {SCHEMA}\n"
)
STDIN = "-"
CREATE_HINT = "create one with `timeline add \"2024-11-04: first clash\"` or `timeline ingest FILE`, or point to another with --store PATH"



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
    if exc.errno in (errno.ENOENT, errno.ENOTDIR):
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


def write_atomic(path: Path, text: str | bytes, what: str = "the store") -> None:
    """Replace `path` with `text` so that a crash at any moment leaves the old or the new file.

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
    except OSError as exc:
        raise StoreError(f"cannot write {what} {path}: {exc.strerror or exc}", hint=_write_hint(exc, folder)) from None
    try:
        data = text if isinstance(text, bytes) else text.encode("utf-8")
    except UnicodeEncodeError as exc:  # a lone surrogate: no file can hold it as UTF-8
        raise StoreError(f"cannot write {what} {path}: it would hold a character that is not valid "
                         f"Unicode ({text[exc.start]!r}); nothing was written",
                         hint="remove that character from the input (often a lone \\ud800-style JSON escape)") from None
    if st is not None and not stat_.S_ISREG(st.st_mode):
        if stat_.S_ISDIR(st.st_mode):
            raise StoreError(f"cannot write {what} {path}: it is a folder",
                             hint="name a file inside it, e.g. " + os.path.join(str(path), "out"))
        # A device or FIFO (-o /dev/null, a named pipe): write into it; replacing it would
        # swap the device node for a regular file.
        try:
            with open(target, "wb") as fh:
                fh.write(data)
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
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
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


def save(path: str | Path, events, *, validate: bool = True) -> None:
    """Atomically replace the store with `events` (sorted, canonical).

    With validate (the default) every event is checked first, so a bad value can never
    replace a good store; transactions check events as they come in and pass False.
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
    events = sort_events(events)
    data, offsets = canonical_bytes(events)
    from timeline_cli import cache

    snap = cache.Snapshot.of(events)
    snap.offsets = offsets
    _write_and_remember(path, data, snap)


def canonical_bytes(events) -> tuple[bytes, list[int]]:
    """The store's exact bytes for sorted `events`, and the byte offset where each event's
    piece ("\n[[event]]...") starts, plus the end: the layout `splice` relies on."""
    pieces = [piece.encode("utf-8") for piece in iter_dump(events, presorted=True)]
    offsets = [len(pieces[0])]
    for piece in pieces[1:]:
        offsets.append(offsets[-1] + len(piece))
    return b"".join(pieces), offsets


def _write_and_remember(path: Path, data: bytes, snap) -> None:
    """Write the store, then cache its snapshot only if the file now holds exactly those
    bytes: the cache vouches for what is on disk, never for what was meant to be written."""
    from timeline_cli import cache

    write_atomic(path, data)
    key = cache.digest(data)
    try:
        on_disk = file_digest(path)
    except StoreError:
        return
    if on_disk == key:
        cache.write(path, key, snap)


def splice(data: bytes, snap, new: list[Event]):
    """Insert `new` events into a store's bytes without rewriting the rest: the fast path for
    `add` on a big store. Returns (new bytes, new snapshot), or None when the file's layout is
    not proven canonical (then the caller rewrites the whole file).

    Proven means: `snap.offsets` is set, which only happens for bytes this program wrote in
    canonical form (save, or an earlier splice), found again under the same SHA-256. In that
    layout every string is a one-line basic string, so each block starts exactly at its
    offset and nothing else can look like a block start; a new block goes at the offset of
    the event that will follow it. Cheap checks guard the offsets against a damaged cache.
    """
    import bisect

    from timeline_cli.cache import Snapshot, _row

    offsets = getattr(snap, "offsets", None)
    header = HEADER.encode("utf-8")
    if (offsets is None or len(offsets) != len(snap.rows) + 1 or offsets[0] != len(header)
            or offsets[-1] != len(data) or not data.startswith(header)):
        return None
    keys = [ordinal_key(b[0], b[1], row[0]) for b, row in zip(snap.bounds, snap.rows)]
    if any(keys[i] > keys[i + 1] for i in range(len(keys) - 1)):
        return None
    new = sorted(new, key=sort_key)
    # For each new event, the index of the old event it goes before (len(keys) = the end).
    positions: list[int] = []
    for event in new:
        # The new block on its own must read back as exactly this event.
        if loads(HEADER + "\n" + event_block(event), origin="<new event>") != [event]:
            return None
        positions.append(bisect.bisect_left(keys, sort_key(event)))
    for index in set(positions):
        if index < len(keys):
            expected = f'\n[[event]]\nid = {string(snap.rows[index][0])}\n'.encode("utf-8")
            if data[offsets[index]:offsets[index] + len(expected)] != expected:
                return None  # the offsets do not describe these bytes: never guess
    pieces: list[bytes] = []
    rows: list[tuple] = []
    bounds: list[tuple[int, int]] = []
    new_offsets: list[int] = []
    last = 0          # old index copied up to
    written = offsets[0]
    pieces.append(data[:offsets[0]])
    for event, index in zip(new, positions):
        if index > last:
            chunk = data[offsets[last]:offsets[index]]
            pieces.append(chunk)
            shift = written - offsets[last]
            new_offsets.extend(offsets[j] + shift for j in range(last, index))
            rows.extend(snap.rows[last:index])
            bounds.extend(snap.bounds[last:index])
            written += len(chunk)
            last = index
        piece = ("\n" + event_block(event)).encode("utf-8")
        pieces.append(piece)
        new_offsets.append(written)
        rows.append(_row(event))
        bounds.append(_bounds(event))
        written += len(piece)
    n = len(snap.rows)
    if last < n:
        chunk = data[offsets[last]:]
        pieces.append(chunk)
        shift = written - offsets[last]
        new_offsets.extend(offsets[j] + shift for j in range(last, n))
        rows.extend(snap.rows[last:])
        bounds.extend(snap.bounds[last:])
        written += len(chunk)
    new_offsets.append(written)
    result = Snapshot(rows, bounds)
    result.offsets = new_offsets
    return b"".join(pieces), result


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


def _refuse_long_dotted_keys(text: str, origin: str) -> None:
    match = _LONG_DOTTED_KEY.search(text)
    if match:
        line = text.count("\n", 0, match.start()) + 1
        raise StoreError(f"{origin}:{line}: a key with more than {MAX_KEY_PARTS} dotted parts; "
                         "this is not a timeline store",
                         hint="a store holds only `schema = 1` and [[event]] tables with plain field names")


def loads(text: str, origin: str = "<store>") -> list[Event]:
    """Parse and validate store text. Every problem names the file, line, event and the fix."""
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


def load_snapshot(path: str | Path, *, keep_bytes: bool = False):
    """(cache.Snapshot of the events, the exact bytes they came from, or None).

    A warm snapshot (keyed by the bytes' SHA-256) skips parsing and validation; a cold one is
    built from the validated TOML and saved for next time. See cache.py. Without keep_bytes
    a warm load only streams the file through the hash (readers need no 40 MB copy of it).
    Stdin, pipes and devices are read exactly once and never cached.
    """
    from timeline_cli import cache

    if not is_regular(path):
        data, origin = read_bytes(path)
        return cache.Snapshot.of(loads(decode(data, origin), origin=origin)), data
    if not keep_bytes:
        snap = cache.read(path, file_digest(path))
        if snap is not None:
            return snap, None
    data, origin = read_bytes(path)
    key = cache.digest(data)
    snap = cache.read(path, key)
    if snap is None:
        snap = cache.Snapshot.of(loads(decode(data, origin), origin=origin))
        cache.write(path, key, snap)
    return snap, data


def load(path: str | Path) -> list[Event]:
    return load_snapshot(path)[0].events()


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
def transaction(path: str | Path, *, create: bool = True) -> Iterator[Transaction]:
    """Lock, load, let the caller change events, validate and save atomically.

    An exception inside the block (including Ctrl-C) leaves the store untouched.
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
            spliced = splice(data, snap, txn.added)
            if spliced is not None:
                _write_and_remember(path, *spliced)
                return
        save(path, txn.events, validate=False)  # every event was checked on its way in


# Below this many events a full rewrite is cheap, and it also re-canonicalises hand edits.
SPLICE_MIN = 1000
