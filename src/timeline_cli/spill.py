"""TOML blocks kept on disk until the store is written, so ingest of 100,000 documents holds
8 bytes a block in memory instead of the block.

`BlockSpill` appends the blocks ingest's workers formatted, in the order they arrive, to an
unnamed temporary file beside the store (nothing to clean up after a crash: the file has no
name; and not in /tmp, often a RAM disk) and reads any one back by position. The store's
write asks for the blocks in date order through `SpilledBlocks`, which has the interface of
tomlwrite.Blocks (event id -> (event, block)), so the bytes written are the very same.
`PackedIds` holds the events' aliases (ids under an older source) in 7 bytes each.
`RowSpill` keeps each event's row (as the worker sent it) the same way, and `SpilledEvents`
reads them back as Events: ingest holds no Event objects from the parsing until the store is
written (store.Transaction.park: the transaction, the grouping and the feed read them from
disk one at a time), then reads them once more as objects for the write.
"""

from __future__ import annotations

import contextlib
import marshal
import os
import re
import tempfile
from array import array
from datetime import date
from pathlib import Path
from typing import Callable, Iterable, Iterator, MutableMapping, Sequence

from timeline_cli.model import Event, event_from_row_days

__all__ = ["BlockSpill", "RowSpill", "SpilledEvents", "SpilledBlocks", "PackedIds"]

_HEX = re.compile("[0-9a-f]{12}")
_PREAD = getattr(os, "pread", None)  # (not on Windows: a seek and a read there)


def _position(index: int, length: int, what: str) -> int:
    """A sequence's index made non-negative and checked (the spills index like lists)."""
    if index < 0:
        index += length
    if not 0 <= index < length:
        raise IndexError(f"{what} index out of range")
    return index


class BlockSpill(Sequence[str]):
    """Blocks appended to a temporary file; block i read back by position (`spill[i]`)."""

    def __init__(self, folder: str | None = None) -> None:
        self._folder = folder or tempfile.gettempdir()
        self._fh = tempfile.TemporaryFile(dir=folder)
        self._ends = array("q", [0])  # block i is bytes _ends[i]:_ends[i + 1]
        self._at_end = True           # the file's position is where the next block goes
        self._rows: RowSpill | None = None

    def rows(self) -> "RowSpill":
        """A RowSpill in the same folder, closed with this spill (ingest.collect: the events'
        rows beside their blocks)."""
        if self._rows is None:
            self._rows = RowSpill(self._folder)
        return self._rows

    def append(self, block: str) -> None:
        self._append(block.encode("utf-8", "surrogatepass"))  # a lone surrogate reaches the store's own error

    def _append(self, data: bytes) -> None:
        with self._errors():
            if not self._at_end:
                self._fh.seek(0, os.SEEK_END)
                self._at_end = True
            self._fh.write(data)
        self._ends.append(self._ends[-1] + len(data))

    def extend(self, blocks: Sequence[str]) -> None:
        for block in blocks:
            self.append(block)

    def __len__(self) -> int:
        return len(self._ends) - 1

    def __getitem__(self, index):
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self)))]
        return self._read(_position(index, len(self), "block")).decode("utf-8", "surrogatepass")

    def _read(self, index: int) -> bytes:
        start = self._ends[index]
        with self._errors():
            self._fh.seek(start)
            self._at_end = False
            return self._fh.read(self._ends[index + 1] - start)

    @contextlib.contextmanager
    def _errors(self) -> Iterator[None]:
        """A full disk (or any failure of the file) as the store's one-line error."""
        try:
            yield
        except OSError as exc:
            from timeline_cli.errors import StoreError
            from timeline_cli.store import _write_hint

            raise StoreError(f"cannot keep the parsed events in {self._folder} until the store is written: "
                             f"{exc.strerror or exc}; the store is unchanged",
                             hint=_write_hint(exc, Path(self._folder))) from None

    def __iter__(self) -> Iterator[str]:
        return (self[i] for i in range(len(self)))

    def close(self) -> None:
        self._fh.close()
        if self._rows is not None:
            self._rows.close()

    def __enter__(self) -> "BlockSpill":
        return self

    def __exit__(self, *exc) -> None:
        self.close()


class RowSpill(BlockSpill):
    """Events kept as their rows (model.event_to_row: what ingest's workers send) in a
    temporary file beside the store, read back as rows by position (`spill.row(i)`; SpilledEvents makes the Events): 8
    bytes an event in memory where the Event object and its span take ~210. Each read makes a
    new Event, equal to the one of the row (not the same object)."""

    _unflushed = False

    def append_row(self, row: tuple) -> None:
        self._append(marshal.dumps(row))
        self._unflushed = True

    def _read(self, index: int) -> bytes:
        """Row `index`'s bytes by one positioned read (the grouping reads them in order of id,
        all over the file: a buffered read took 8 KB for each, a second of system time for
        TE3 silver's 25,670 events)."""
        if _PREAD is None:
            return super()._read(index)
        start = self._ends[index]
        try:
            if self._unflushed:
                self._fh.flush()
                self._unflushed = False
            return _PREAD(self._fh.fileno(), self._ends[index + 1] - start, start)
        except OSError:
            with self._errors():
                raise

    def row(self, index: int) -> tuple:
        return marshal.loads(self._read(_position(index, len(self), "row")))


class SpilledEvents(Sequence[Event]):
    """Ingest's events, in order, as their rows in a RowSpill: event i read from disk when
    asked for (a new, equal object each time: nothing but its id is held per event), with
    its id the very string `ids[i]` (the one the grouping's statement and the store's
    transaction hold) and its dates made by `day`. `fill()` reads them all back as objects,
    kept from then on (the store's write: store.Transaction.unpark); it is also the
    store.Parking of a transaction whose events wait here (ingest.save)."""

    def __init__(self, rows: RowSpill, ids: list[str], day: Callable[[int], date]) -> None:
        self._rows, self._ids, self._day = rows, ids, day
        self._held: list[Event] | None = None

    def __len__(self) -> int:
        return len(self._ids)

    def id(self, index: int) -> str:
        return self._ids[index]

    def read(self, index: int) -> Event:
        """Event `index` read anew from disk."""
        row = self._rows.row(index)
        return event_from_row_days((self._ids[index], *row[1:]), self._day)

    def row(self, index: int) -> tuple:
        """Event `index`'s row (model.event_to_row of `read(index)`, its id the string held),
        read anew from disk without making the Event (the store's write: store._save_parked)."""
        return (self._ids[index], *self._rows.row(index)[1:])

    def __getitem__(self, index):
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self)))]
        index = _position(index, len(self), "event")
        if self._held is not None:
            return self._held[index]
        return self.read(index)

    def __iter__(self) -> Iterator[Event]:
        return (self[i] for i in range(len(self)))

    def column(self, name: str) -> Iterator:
        """Each event's value of field `name` (model.FIELD_ORDER), read from its row alone."""
        from timeline_cli.model import FIELD_ORDER

        at, rows = FIELD_ORDER.index(name), self._rows
        if self._held is not None:
            return (getattr(e, name) for e in self._held)
        return (rows.row(i)[at] for i in range(len(self)))

    def fill(self) -> list[Event]:
        """Every event as an object, read once and kept (repeated values one object each);
        the rows' file is closed."""
        if self._held is None:
            from timeline_cli.cache import Sharing

            share, rows, ids, day = Sharing(), self._rows, self._ids, self._day
            self._held = [event_from_row_days(share((ids[i], *rows.row(i)[1:])), day) for i in range(len(ids))]
            rows.close()
        return self._held

    unpark = fill


def spill_beside(store_path: str) -> BlockSpill | None:
    """A spill in the store's folder; None when none can be made there (the blocks then stay
    in memory, as before: a spill is only a saving)."""
    folder = os.path.dirname(os.path.abspath(store_path))
    try:
        return BlockSpill(folder)
    except OSError:
        return None


class SpilledBlocks(MutableMapping[str, tuple[Event, str]]):
    """tomlwrite.Blocks over a spill: the block of `events[i]` is `blocks[i]`, for the events
    `keep` names (a byte each: the index by id is made when the store is written, after the
    grouping's peak); blocks set by id are held as given."""

    def __init__(self, events: Sequence[Event], blocks: Sequence[str]) -> None:
        self._events, self._blocks = events, blocks
        self._kept = bytearray(len(events))
        self._at: dict[str, int] | None = None
        self._given: dict[str, tuple[Event, str]] = {}
        self._gone: set[str] = set()
        self._any_kept = False

    def keep(self, index: int) -> None:
        """events[index] is written as blocks[index]."""
        self._kept[index] = 1
        self._any_kept = True
        self._gone.discard(self._id(index))
        self._at = None

    def _id(self, index: int) -> str:
        """events[index].id (of SpilledEvents without reading the event)."""
        events = self._events
        return events.id(index) if isinstance(events, SpilledEvents) else events[index].id

    def _index(self) -> dict[str, int]:
        if self._at is None:
            self._at = {self._id(i): i for i, kept in enumerate(self._kept) if kept}
        return self._at

    def parked(self, event_id: str, index: int) -> str | None:
        """blocks[index] when it is the block of `event_id` read from events[index] (kept there,
        not set or deleted by id since): what `self[event_id]` gives for the object of
        events[index] once they are all held (SpilledEvents.fill), without the index by id
        (the store's write of parked events, store._save_parked). None: format it anew."""
        if (0 <= index < len(self._kept) and self._kept[index] and event_id not in self._given
                and event_id not in self._gone and self._id(index) == event_id):
            return self._blocks[index]
        return None

    def __getitem__(self, event_id: str) -> tuple[Event, str]:
        if event_id in self._given or event_id in self._gone:
            return self._given[event_id]
        index = self._index()[event_id]
        return self._events[index], self._blocks[index]

    def __setitem__(self, event_id: str, item: tuple[Event, str]) -> None:
        self._given[event_id] = item

    def __delitem__(self, event_id: str) -> None:
        present = event_id in self
        self._given.pop(event_id, None)
        self._gone.add(event_id)
        if not present:
            raise KeyError(event_id)

    def __iter__(self) -> Iterator[str]:
        yield from self._given
        yield from (i for i in self._index() if i not in self._given and i not in self._gone)

    def __len__(self) -> int:
        return sum(1 for _ in self)

    def __bool__(self) -> bool:  # asked once per event written (event_block): kept O(1)
        return bool(self._given) or self._any_kept


class PackedIds(Sequence[str]):
    """A list of event ids or "" (model.make_id: 12 hex digits), 6 bytes and a flag each where a
    str takes 61 bytes; anything else is kept as given."""

    def __init__(self, ids: Iterable[str] = ()) -> None:
        self._bytes = bytearray()
        self._set = bytearray()
        self._other: dict[int, str] = {}
        self.extend(ids)

    def append(self, value: str) -> None:
        if len(value) == 12 and _HEX.fullmatch(value):
            self._bytes += bytes.fromhex(value)
            self._set.append(1)
            return
        if value:
            self._other[len(self._set)] = value
        self._bytes += bytes(6)
        self._set.append(0)

    def extend(self, values: Iterable[str]) -> None:
        for value in values:
            self.append(value)

    def __len__(self) -> int:
        return len(self._set)

    def __getitem__(self, index):
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self)))]
        if index < 0:
            index += len(self)
        if not self._set[index]:
            return self._other.get(index, "")
        return self._bytes[6 * index:6 * index + 6].hex()
