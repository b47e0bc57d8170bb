"""Load a store parsing only the `[[event]]` blocks that changed since its last snapshot.

After a `git pull` or a hand edit the store's bytes are new, so the snapshot keyed by their
SHA-256 misses (cache.py). Most of the file is still what it was, though: this module cuts
the bytes into blocks, reuses the rows of the previous snapshot for every block that is
byte for byte one it holds (by each block's BLAKE2b digest), and parses only the others.
Without any previous snapshot it is the cold load: every block is read, by blockread.py when
it is in the canonical layout (much faster than tomllib), else by tomllib.

Why the pieces add up to the whole file. The bytes (after a UTF-8 BOM) are cut before the
newline of every line that starts with `[` (white space allowed): every TOML table header
is such a line, so each block is one header and what follows it, up to the next. A block
that starts with `[[event]]` is an event block, parsed (or known from the cache to parse)
on its own into exactly one event table. All other blocks (the head with `schema`, the
store's memory, tables this module knows nothing about) are parsed together in file order,
with a bare `[[event]]` line standing in for each run of event blocks, and checked by the
store's own rules (store.store_doc). Since each piece parses on its own and ends at a line
end, TOML reads the whole file as the same sequence of lines: the same tables. The stand-in
lines catch what could join across blocks: a header inside a multi-line array or string
breaks a piece (so does `[event.x]` after an event, which would fill a stand-in).

Anything unusual returns None and the caller parses the whole file as before (store.py), so
errors, with their line numbers, stay exactly what they were: a multi-line string (`\"\"\"`,
`'''`) anywhere, a block that does not parse alone, a duplicate id, a schema other than the
current one, a NUL byte, bytes that are not UTF-8.
"""

from __future__ import annotations

import hashlib
import re
import tomllib
from typing import TYPE_CHECKING, Any

from timeline_cli import blockread
from timeline_cli.cache import BLOCK_DIGEST, Sharing, Snapshot
from timeline_cli.model import event_to_row

if TYPE_CHECKING:
    from timeline_cli.memory import Memory

_BOM = "\ufeff".encode("utf-8")
# The newline (and its CR) before a line that starts with `[`: where a block begins.
_CUT = re.compile(rb"\n[ \t]*\[")
_EVENT_HEADER = re.compile(rb"(?:\r?\n)?[ \t]*\[\[[ \t]*event[ \t]*\]\]")
_CANONICAL_EVENT = b"\n[[event]]\n"
_STAND_IN = "\n[[event]]"


def cuts(data: bytes, start: int = 0) -> list[int]:
    """Where each block starts (the first is `start`), then len(data)."""
    found = [m.start() for m in _CUT.finditer(data, start)]
    if b"\r" in data:  # CRLF: the CR goes with the newline
        found = [at - 1 if at > start and data[at - 1] == 13 else at for at in found]
    if not found or found[0] != start:
        found.insert(0, start)
    found.append(len(data))
    return found


def _parse_event(block: bytes) -> dict[str, Any] | None:
    """The event table of one event block read on its own, or None (not exactly one table)."""
    from timeline_cli.store import _LONG_DOTTED_KEY

    try:
        text = block.decode("utf-8")
    except UnicodeDecodeError:
        return None
    raw = blockread.read(text)
    if raw is not None:
        return raw
    if _LONG_DOTTED_KEY.search(text):
        return None
    try:
        doc = tomllib.loads(text)
    except (tomllib.TOMLDecodeError, RecursionError, ValueError):
        return None
    tables = doc.get("event")
    if len(doc) != 1 or not isinstance(tables, list) or len(tables) != 1 or not isinstance(tables[0], dict):
        return None
    return tables[0]


def _others(pieces: list[bytes], stand_ins: int, origin: str) -> "Memory | None":
    """The store's memory from the blocks that are not events (with their stand-ins), checked
    as the full parse checks them; None if anything is off."""
    from timeline_cli.errors import StoreError
    from timeline_cli.store import SCHEMA, _refuse_long_dotted_keys, store_doc

    try:
        text = b"".join(pieces).decode("utf-8")
        _refuse_long_dotted_keys(text, origin)
        doc = tomllib.loads(text)
    except (UnicodeDecodeError, StoreError, tomllib.TOMLDecodeError, RecursionError, ValueError):
        return None
    if doc.pop("event", []) != [{}] * stand_ins:
        return None  # something filled a stand-in: a header that belongs to an event block
    schema = doc.get("schema")
    if type(schema) is not int or schema != SCHEMA:
        return None  # migrations work on whole documents: the full parse does them
    try:
        return store_doc(doc, text, origin)[1]
    except StoreError:
        return None


def load(data: bytes, origin: str, previous: Snapshot | None = None) -> Snapshot | None:
    """The snapshot of the store `data`, reusing `previous` for unchanged event blocks; None
    when the file cannot be proven to read the same block by block (see the module's doc)."""
    from timeline_cli.store import _bounds, event_from_dict, header
    from timeline_cli.tomlwrite import event_block

    if b"\x00" in data or b'"""' in data or b"'''" in data:
        return None
    start = len(_BOM) if data.startswith(_BOM) else 0
    known: dict[bytes, int] = {}
    old_hashes = previous.hashes if previous is not None else None
    if old_hashes is not None:
        known = {old_hashes[i:i + BLOCK_DIGEST]: n for n, i in enumerate(range(0, len(old_hashes), BLOCK_DIGEST))}
    # Canonical (what `add` may splice into) only if every block is the writer's own bytes.
    canonical = start == 0 and previous is not None and previous.offsets is not None
    rows: list[tuple] = []
    bounds: list[tuple[int, int]] = []
    hashes: list[bytes] = []
    offsets: list[int] = []
    others: list[bytes] = []
    stand_ins = 0
    in_events = False
    view = memoryview(data)
    share = Sharing()
    at = cuts(data, start)
    # The loop runs once per event (a million times at 1M): names bound locally.
    old_rows, old_bounds = (previous.rows, previous.bounds) if previous is not None else ([], [])
    find, blake2b, is_canonical_header = known.get, hashlib.blake2b, data.startswith
    add_row, add_bounds, add_hash, add_offset = rows.append, bounds.append, hashes.append, offsets.append
    for a, b in zip(at, at[1:]):
        if a == b:
            continue
        if not (is_canonical_header(_CANONICAL_EVENT, a) or _EVENT_HEADER.match(data, a)):
            if rows:
                canonical = False  # memory after the events: not the writer's layout
            others.append(data[a:b])
            in_events = False
            continue
        if not in_events:
            others.append(_STAND_IN.encode("ascii"))
            stand_ins += 1
            in_events = True
        block = view[a:b]
        digest = blake2b(block, digest_size=BLOCK_DIGEST).digest()  # cache.block_digest, inlined
        index = find(digest)
        if index is not None:
            add_row(old_rows[index])
            add_bounds(old_bounds[index])
        else:
            raw = _parse_event(data[a:b])
            if raw is None:
                return None
            try:
                event = event_from_dict(raw)
            except ValueError:
                return None
            add_row(share(event_to_row(event)))
            add_bounds(share.bounds(_bounds(event)))
            if canonical and block != ("\n" + event_block(event)).encode("utf-8"):
                canonical = False
        add_hash(digest)
        add_offset(a)
    ids = [row[0] for row in rows]
    if len(set(ids)) != len(ids):
        return None  # the full parse names both copies and their lines
    memory = _others(others, stand_ins, origin)
    if memory is None:
        return None
    memory = memory.without_live(ids)
    # The writer's layout: the head (schema and memory) exactly as header() writes it, then
    # the events (one run of event blocks: one stand-in, last).
    if canonical and not (stand_ins == 1 and b"".join(others[:-1]) == header(memory).encode("utf-8")):
        canonical = False
    offsets.append(len(data))
    return Snapshot(rows, bounds, offsets if canonical and rows else None, memory, b"".join(hashes))
