"""The same-fact grouping's reading of each statement, done as ingest collects each document's
events (while workers still parse the next documents), so that the grouping after the last
document starts from it: facts._add takes a statement prepared here instead of preparing it
then, and grouping.digest takes the sum of the events' hashes made here.

    >>> from timeline_cli import facts
    >>> from timeline_cli.model import Event
    >>> kyiv = [Event("a1", "2024-10-24", "North Korean troops arrived in Kursk on October 24.", source="kyiv.txt")]
    >>> wire = [Event("b2", "2024-10-24", "North Korean troops arrived in Kursk, officials said.", source="wire.txt")]
    >>> feed = Feed()
    >>> feed.add(kyiv); feed.add(wire)         # each document's events, as they arrive
    >>> facts.build(kyiv + wire, fed=feed).fact_of == facts.build(kyiv + wire).fact_of   # the same grouping
    True

The grouping is the same with or without a feed, whatever was fed: a prepared statement is
taken only for an event that reads the same to the grouping as the one it was prepared from
(the same id, text, source, dates as the grouping reads them, report date and claimant key:
facts.reads_as, checked on the statement itself, so no table of the events by id), once;
anything else is read as before. Ingest's store may change an event before it is grouped (a
claimant respelt as the store spells it, an event kept under its old source's id, a removed
one left out) or add the store's own events to the grouping; those are read then.
"""

from __future__ import annotations

import sys
from array import array
from datetime import date
from typing import TYPE_CHECKING, Callable, Iterable, Sequence

from timeline_cli.model import FIELD_ORDER
from timeline_cli.termtuple import Terms

if TYPE_CHECKING:
    from timeline_cli.facts import TextRead, _Item
    from timeline_cli.model import Event

__all__ = ["Feed"]

# How many numbers' terms the feed keeps one object of (lang.en.facts._Terms.NUMBERS).
NUMBERS = 4096


class Feed:
    """Statements prepared for the grouping, by event id (the first event of an id fed: the
    one a store keeps)."""

    __slots__ = ("_items", "_made", "_fed", "_marks", "_where", "rows", "_ids", "_took", "_dated", "_claimants", "_total", "_count", "_sets",
                 "_numbers", "_kind")

    def __init__(self) -> None:
        self._items: dict[str, _Item] = {}     # prepared, not yet taken
        # how many `_items` held when its table was last made or grown: `take` makes it again,
        # half the size, when half of them are taken (a dict emptied by pops keeps its table:
        # beside the index's own table filled as it is emptied, the peak of facts._add)
        self._made = 0
        # the id of every event fed, in order: a list, not a table by id (~40 bytes an event at
        # the grouping's peak), nor the events (ingest keeps them on disk while it groups:
        # store.Transaction.park); `take` reads what an event was fed as from its prepared
        # statement, `sums` from its mark (`_mark`: what the digest hashes of it, hashed here)
        self._fed: list[str] = []
        self._marks: array[int] | None = array("q")
        # each one's row number, when `rows` reads them (ingest.collect: the rows on disk), so
        # `sums` can take out the hash of an event fed that is not grouped (respelt, skipped);
        # both let go once the digest is made (`summed`)
        self._where: array[int] | None = array("q")
        # (and each statement's text is read from its row: facts.rows_kind, `_kind` made once)
        self.rows: Callable[[int], tuple] | None = None
        self._kind: type[_Item] | None = None
        self._ids: set[str] | None = None  # the ids fed, made only for an add after a take
        self._took = False
        self._dated: dict[tuple[str, date | None], tuple[date, date, tuple[int, ...], date | None]] = {}
        self._claimants: dict[str, str] = {}
        self._sets: dict[frozenset[str], frozenset[str]] = {}  # head terms and subjects, one object each
        self._numbers: dict[str, str] = {}  # numbers' terms, one object each (`_number`)
        self._total = 0  # grouping._hashes of the events fed: their digest, when they are all grouped
        self._count = 0

    def __len__(self) -> int:
        return len(self._fed)

    def add(self, events: Iterable[Event], read: dict[str, TextRead] | None = None, first: int = -1) -> None:
        """Prepare `events` (one document's) for the grouping; `read`: their texts as read
        for the grouping (facts.read_text) by ingest's workers (others are read here);
        `first`: the row number (`rows`) of the first of them, the others following."""
        from timeline_cli.facts import _Item, _item, rows_kind
        from timeline_cli.grouping import _hashes

        fresh = []
        kind, on_disk = _Item, first >= 0 and self.rows is not None
        if on_disk:
            if self._kind is None:
                self._kind = rows_kind(self.rows)  # type: ignore[arg-type]  # (not None: on_disk)
            kind = self._kind
        if self._took and self._ids is None:  # (an id taken is no longer among `_items`)
            self._ids = set(self._fed)
        items, ids = self._items, self._ids
        for at, event in enumerate(events, first):
            if event.id in items or (ids is not None and event.id in ids):
                continue
            items[event.id] = _item(event, read, self._dated, self._claimants, kind, at if on_disk else -1)
            if len(items) > self._made:
                self._made = len(items)
            if ids is not None:
                ids.add(event.id)
            self._fed.append(event.id)
            if self._marks is not None and self._where is not None:
                self._marks.append(_mark(event))
                self._where.append(at if first >= 0 else -1)
            fresh.append(event)
        total, count = _hashes((e.id, e.when, e.source, e.by, e.text) for e in fresh)
        self._total += total
        self._count += count

    def share(self, read: TextRead) -> TextRead:
        """A worker's reading of a text (facts.read_text) holding one object per term and per
        head-term or subject set: each document comes from a worker on its own (unpickled
        alone), so without this 100,000 documents' "council" were 100,000 strings, held by
        the grouping to the end. The same values: the grouping is the same."""
        terms, lead, subject, pronoun, key = read
        # (the terms as the grouping keeps them, a tuple read as a set: termtuple.Terms)
        return (Terms.of([self._number(t) if t[:1] == "#" else sys.intern(t) for t in terms]),
                self._one(lead), self._one(subject), pronoun, key)

    def _number(self, term: str) -> str:
        """A number's term ("#12") as one object, for the first NUMBERS numbers met (years,
        days: what repeats), as lang.en.facts keeps them: most of an archive's numbers are met
        once, and each interned took an entry in Python's table of interned strings, which
        keeps the size it grew to (~50 bytes a further small document at the grouping's peak)."""
        have = self._numbers.get(term)
        if have is None:
            if len(self._numbers) >= NUMBERS:
                return term
            have = self._numbers[term] = term
        return have

    def _one(self, words: frozenset[str]) -> frozenset[str]:
        have = self._sets.get(words)
        if have is None:
            have = _compact(words)
            self._sets[have] = have
        return have

    def row(self, event_id: str, n: int) -> int:
        """`n`, as the int object that the statement prepared for `event_id` holds when it
        reads its text from row `n` (`add`'s `first`): ingest's transaction parks the event
        under that row (store.Transaction.park), and one object serves both (28 bytes a small
        document less at the grouping's peak)."""
        item = self._items.get(event_id)
        if item is not None:
            written = item.written
            if written.__class__ is int and written == n:
                return written
        return n

    def take(self, event: Event) -> _Item | None:
        """The statement prepared for `event` (once), or None: not fed, taken already, or fed
        as an event that reads differently."""
        from timeline_cli.facts import reads_as

        self._took = True
        items = self._items
        item = items.pop(event.id, None)
        if item is None:
            return None
        if not items:
            self._items, self._made = {}, 0  # (a dict emptied by pops keeps its table: 100,000 entries' worth)
        elif len(items) <= self._made >> 1:
            # half taken: the rest in a table of their size (14 bytes a small document less at
            # the peak of facts._add, where the index's `items` fills as this table empties)
            self._items, self._made = dict(items), len(items)
        if reads_as(item, event, self._dated, self._claimants):
            return item
        return None

    def sums(self, events: Sequence[Event]) -> tuple[int, int]:
        """grouping._hashes of `events`, from the sum of the events fed: only those that are
        not as fed (an event respelt by the store, one not fed) are hashed now. When some
        event fed is not among `events` (a re-ingest: it was in the store), all are hashed."""
        from timeline_cli.grouping import _hashes

        if self._marks is None or self._where is None:  # (let go: `summed`)
            return _hashes((e.id, e.when, e.source, e.by, e.text) for e in events)
        known = {event_id: n for n, event_id in enumerate(self._fed)}  # (for this call only: see _fed)
        marks = self._marks
        other = []
        seen = bytearray(len(self._fed))
        for e in events:  # (one at a time: `events` may be read from disk, store.Transaction.park)
            n = known.get(e.id)
            if n is None or marks[n] != _mark(e):
                other.append(e)
            else:
                seen[n] = 1
        total, count = self._total, self._count
        if len(events) - len(other) < count:  # some events fed are not among `events`: taken out
            where, rows = self._where, self.rows
            gone = [n for n in range(len(seen)) if not seen[n]]
            if rows is None or any(where[n] < 0 for n in gone):  # (their fields are not at hand)
                return _hashes((e.id, e.when, e.source, e.by, e.text) for e in events)
            i, w, s, b, t = _ROW
            minus = _hashes((r[i], r[w], r[s], r[b], r[t]) for r in (rows(where[n]) for n in gone))
            total, count = total - minus[0], count - minus[1]
        plus = _hashes((e.id, e.when, e.source, e.by, e.text) for e in other)
        return total + plus[0], count + plus[1]

    def summed(self) -> None:
        """Let go of what `sums` reads (each event's mark and row number, 16 bytes a small
        document), the digest made: the grouping's index, made next, is ingest's peak. A
        later `sums` hashes every event."""
        self._marks = self._where = None

    def clear(self) -> None:
        """Let go of what was fed (after the grouping)."""
        self._items.clear()
        self._made = 0
        self._fed = []
        self._marks = array("q")
        self._where = array("q")
        self.rows = None
        self._kind = None
        self._ids = None
        self._took = False
        self._dated.clear()
        self._claimants.clear()
        self._sets.clear()
        self._numbers.clear()
        self._total = self._count = 0


_ROW = tuple(FIELD_ORDER.index(name) for name in ("id", "when", "source", "by", "text"))


def _mark(event: Event) -> int:
    """What grouping._hashes hashes of `event`, hashed by Python (fast: no digest): an event
    whose mark is the one fed reads as fed (two that differ share a mark once in 2**64)."""
    return hash((event.id, event.when, event.source, event.by, event.text))


# Whether a frozenset of n items takes less memory copied from a set (its table sized once,
# for 2n) than made item by item (grown as it fills): 472 bytes instead of 728 for the 5 to 7
# terms of a short statement. Measured here, not assumed of the Python running.
_COPY_SMALLER = tuple(sys.getsizeof(frozenset(set(range(n)))) < sys.getsizeof(frozenset(range(n)))
                      for n in range(128))


def _compact(words: frozenset[str]) -> frozenset[str]:
    """`words` with one str object per term (sys.intern) in the smaller of the two tables."""
    interned = map(sys.intern, words)
    if len(words) < len(_COPY_SMALLER) and _COPY_SMALLER[len(words)]:
        return frozenset(set(interned))
    return frozenset(interned)
