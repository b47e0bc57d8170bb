"""The store's same-fact grouping: facts.py's grouping kept in the store's memory, with ids
that stay once given and the user's overrides. No printing, no clock.

    >>> import os, tempfile
    >>> from timeline_cli import grouping
    >>> from timeline_cli.model import Event
    >>> from timeline_cli.store import Store
    >>> store = Store(os.path.join(tempfile.mkdtemp(), "timeline.toml"))
    >>> with store.transaction() as txn:
    ...     for event in [
    ...             Event("a1", "2024-10-24", "North Korean troops arrived in Kursk on October 24.", source="kyiv.txt"),
    ...             Event("b2", "2024-10-24", "North Korean troops arrived in Kursk on Thursday, officials said.",
    ...                   source="wire.txt"),
    ...             Event("c3", "2024-11-04", "The first clash was reported.", source="daily.txt")]:
    ...         _ = txn.add(event)
    ...     grouping.regroup(txn)                 # group a transaction's events, store the result
    {'Fa1': StoredFact(id='Fa1', ids=('a1', 'b2'), sources=2)}
    >>> grouping.current(store.events(), store.memory())   # {fact id: StoredFact}: the stored one when fresh
    {'Fa1': StoredFact(id='Fa1', ids=('a1', 'b2'), sources=2)}
    >>> with store.transaction() as txn:      # the user's overrides (link, unlink), remembered by event id
    ...     grouping.link(txn, ["a1", "c3"])
    Traceback (most recent call last):
    ...
    timeline_cli.errors.UsageError: cannot link: their dates cannot be the same day (a1 2024-10-24, c3 2024-11-04)

What is stored (memory.py, schema 4): one `[[fact]]` per fact of two or more statements (a
lone statement is a fact of one, F + its id, and is not written), and `[grouping] events`,
the `digest` of the events it was made from, written whenever a grouping is stored, even one
with no fact of two statements: an empty grouping is a grouping, and the next `ingest` adds
to it incrementally instead of grouping the whole store again. A store without the table
(never grouped, or written before it was always kept) is grouped whole by its next `ingest`,
once. Any change to the events (add, rm, edit, import,
merge, or an edit by hand) changes the digest: the stored grouping is then stale, `current`
computes it again on the fly (nothing is written by a read), and the next `ingest` that adds
statements, `link`, `unlink` or `facts --regroup` stores it. So `add` on a big store stays a splice.

A full grouping is facts.build over every event of the store with the user's links and
unlinks: the result depends on the events and the overrides only, never on the order they
came in. `ingest` stores it while the store holds at most FULL_REGROUP statements; above, it
groups the added statements into the stored facts (`regroup_added`), which is fast but not
the same: facts.py weighs terms by store-wide document counts, so one more document can move
a link between statements it does not touch (bench/grouping_locality.py counts how often),
and only a full regroup (`facts --regroup`, link, unlink, an ingest after other changes)
follows that. Ids are then carried over (`stable_ids`): a fact takes the id of the stored fact it
shares most statements with, so a statement joining a fact, or one leaving it, keeps the id
quoted in a note; a new fact is F + its smallest statement id not already taken.

Overrides are checked here: `link` refuses statements whose dates cannot share a day (a
fact happened once), and a link undoes the unlinks it contradicts, and the other way round.
"""

from __future__ import annotations

import hashlib
from bisect import bisect_left
from collections import Counter
from typing import TYPE_CHECKING, Iterable, Mapping, Sequence

from timeline_cli.errors import UsageError
from timeline_cli.gcpause import no_cycle_collector
from timeline_cli.memory import Memory, StoredFact, override_key
from timeline_cli.model import FIELD_ORDER, Event

if TYPE_CHECKING:
    from timeline_cli.facts import FactIndex, TextRead
    from timeline_cli.grouping_feed import Feed

__all__ = ["digest", "is_fresh", "current", "compute", "regroup", "regroup_added", "stable_ids", "fact_of", "link", "unlink",
           "common_days", "links_set_aside", "FACT_PREFIX"]

FACT_PREFIX = "F"
# A store of at most this many statements is grouped whole on every ingest (0.3 s of
# CPU): the same grouping whatever order its documents came in. The grouping weighs terms
# by store-wide counts, so an incremental one drifts from it (bench/grouping_locality.py).
FULL_REGROUP = 3000


_ROW = tuple(FIELD_ORDER.index(name) for name in ("id", "when", "source", "by", "text"))
_REPORTED = FIELD_ORDER.index("reported")


def _hashes(parts: Iterable[tuple[str, ...]]) -> tuple[int, int]:
    total, n = 0, 0
    for p in parts:
        key = "\x1f".join(p).encode("utf-8", "surrogatepass")
        total += int.from_bytes(hashlib.blake2b(key, digest_size=16).digest(), "big")
        n += 1
    return total, n


def _digest(total: int, n: int) -> str:
    return f"{n}-{total % (1 << 128):032x}"


def digest(events: Sequence[Event], fed: Feed | None = None) -> str:
    """A digest of what grouping reads from the events (id, date, source, claimant, text),
    the same whatever their order: a sum of one hash per event, and their count. `fed`: a
    grouping_feed.Feed, whose sum is taken when it was fed exactly these events."""
    return _digest(*_sums(events, fed))


def _sums(events: Sequence[Event], fed: Feed | None = None) -> tuple[int, int]:
    if fed is not None and len(fed):
        return fed.sums(events)
    return _hashes((e.id, e.when, e.source, e.by, e.text) for e in events)


def _row_sums(rows: Iterable[tuple]) -> tuple[int, int]:
    """_hashes of a snapshot's rows (model.event_to_row), without building Events."""
    i, w, s, b, t = _ROW
    return _hashes((r[i], r[w], r[s], r[b], r[t]) for r in rows)


def is_fresh(memory: Memory, events: Sequence[Event]) -> bool:
    """The stored grouping was made from exactly these events."""
    return bool(memory.grouped) and memory.grouped == digest(events)


def _unlink_args(memory: Memory) -> list[str | tuple[str, ...]]:
    return [ids[0] if len(ids) == 1 else ids for ids in memory.unlinks.values()]


def _links(events: Sequence[Event], memory: Memory) -> list[tuple[str, ...]]:
    """The user's links whose statements' dates can still share a day (an edit may have moved
    one: a link never joins what cannot be the same happening). Links sharing a statement
    join one fact, so they are checked together, in id order: two branches' links (A B) and
    (B C), merged, joined A and C whose dates share no day, which `link A B C` refuses; the
    later one is set aside."""
    if not memory.links:
        return []
    by_id = {e.id: e for e in events}
    out = []
    joined: dict[str, set[str]] = {}  # statement id -> the statements the links kept join it to
    for ids in sorted(memory.links.values()):
        present = [i for i in ids if i in by_id]
        if len(present) < 2:
            continue
        together = set(present).union(*(joined.get(i, ()) for i in present))
        if common_days([by_id[i] for i in sorted(together)]) is None:
            continue
        out.append(ids)
        for i in together:
            joined[i] = together
    return out


def compute(events: Sequence[Event], memory: Memory, read: dict[str, TextRead] | None = None, *,
            fed: Feed | None = None, processes: int = 1) -> "tuple[dict[str, StoredFact], FactIndex]":
    """The grouping of `events` with the memory's overrides, ids carried over from the
    stored grouping; and the facts.FactIndex it comes from (for its evidence). `read`,
    `fed`, `processes`: statements' texts already read for grouping, statements already
    prepared for it, processes it may use (facts.build; none changes the grouping)."""
    with no_cycle_collector():
        return _compute(events, memory, read, fed, processes)


def _compute(events: Sequence[Event], memory: Memory, read: dict[str, TextRead] | None = None,
             fed: Feed | None = None, processes: int = 1) -> "tuple[dict[str, StoredFact], FactIndex]":
    from timeline_cli import facts

    index = facts.build(events, links=_links(events, memory), unlinks=_unlink_args(memory), read=read,
                        fed=fed, processes=processes)
    groups = {fid: tuple(ids) for fid, ids in index.groups().items()}
    named = stable_ids(list(groups.values()), memory.facts)
    wire = index.wire_groups()  # read once: per fact it made a full regroup quadratic
    out = {}
    for fid, ids in named.items():
        out[fid] = StoredFact(fid, ids, index.sources(facts.fact_id(ids), wire))
    return out, index


def current(events: Sequence[Event], memory: Memory) -> dict[str, StoredFact]:
    """{fact id: StoredFact} for the facts of two or more statements of `events` (all of a
    store's): the stored grouping when it is fresh, else computed now (and not written)."""
    if is_fresh(memory, events):
        return memory.facts
    return compute(events, memory)[0]


def stable_ids(groups: Sequence[Sequence[str]], old: Mapping[str, StoredFact],
               reserved: Iterable[str] = ()) -> dict[str, tuple[str, ...]]:
    """{fact id: sorted member ids} for `groups`, each taking the id of the stored fact it
    shares most members with (each stored id once; ties to the smaller id), else F + its
    smallest member id that no other fact holds (nor `reserved`: ids kept elsewhere)."""
    owner = {i: fid for fid, f in old.items() for i in f.ids}
    members = [tuple(sorted(g)) for g in groups]
    pairs = []
    for n, ids in enumerate(members):
        for fid, shared in Counter(owner[i] for i in ids if i in owner).items():
            pairs.append((-shared, fid, ids, n))
    pairs.sort()
    named: dict[int, str] = {}
    taken: set[str] = set(reserved)
    for _shared, fid, _ids, n in pairs:
        if n not in named and fid not in taken:
            named[n] = fid
            taken.add(fid)
    for n in sorted(set(range(len(members))) - set(named), key=lambda n: members[n]):
        fid = next((FACT_PREFIX + i for i in members[n] if FACT_PREFIX + i not in taken), "")
        k = 1
        while not fid or fid in taken:
            fid, k = f"{FACT_PREFIX}{members[n][0]}.{k}", k + 1
        named[n] = fid
        taken.add(fid)
    return {named[n]: members[n] for n in range(len(members))}


def fact_of(event_ids: Iterable[str], facts_: Mapping[str, StoredFact]) -> dict[str, str]:
    """{event id: its fact id} for every id: a statement in no stored fact is a fact of its
    own, F + its id (F + its id + ".0" in the rare case a stored fact holds that id)."""
    out = {i: fid for fid, f in facts_.items() for i in f.ids}
    for i in event_ids:
        if i not in out:
            own = FACT_PREFIX + i
            out[i] = own + ".0" if own in facts_ else own
    return out


def regroup_added(txn, read: dict[str, TextRead] | None = None, *, fed: Feed | None = None,
                  processes: int = 1) -> None:
    """After `ingest` added events: group the whole store (`regroup`) while it holds at most
    FULL_REGROUP statements (exactly the grouping a full regroup gives, whatever order the
    documents came in), or when its grouping was stale or events were not only added; else
    regroup incrementally (the added ones are compared with the stored statements whose dates
    they can meet, and join or make facts; the other facts stay as stored). Nothing when
    nothing was added: a re-ingest changes nothing. `read`: the added statements' texts
    already read for grouping (by ingest's workers); `fed`, `processes`: see compute."""
    snap, memory = txn.snapshot, txn.memory
    added = txn.added
    if not added:
        return  # a re-ingest that adds nothing changes nothing (a stale grouping stays stale)
    if snap is None or not txn.only_added or not memory.grouped or len(txn) <= FULL_REGROUP:
        if not is_fresh(memory, txn.events):
            regroup(txn, read, fed=fed, processes=processes)
        return
    before = _row_sums(snap.rows)
    if _digest(*before) != memory.grouped:
        regroup(txn, read, fed=fed, processes=processes)  # stale before: changed since it was grouped
        return
    plus = _sums(added, fed)
    if fed is not None:
        fed.summed()
    with no_cycle_collector():
        found = _incremental(snap, memory, added, read, fed, processes)
    txn.remember(facts=found, grouped=_digest(before[0] + plus[0], before[1] + plus[1]))


def _window(lo: int, hi: int, open_start: bool, reported: int | None) -> tuple[int, int] | None:
    """The days around which a statement's date is compared (facts.py blocks a wide date on
    the week before its known end or its report date); None: no day to compare around."""
    from timeline_cli import facts

    if hi - lo <= facts.WIDE_DAYS:
        return lo, hi
    anchor = hi if open_start and hi != _MAX else reported
    if not anchor or not lo <= anchor <= hi:
        return None
    return anchor - facts.WINDOW_DAYS - 7, anchor


_MIN = 1                      # date.min.toordinal()
_MAX = 3652059                # date.max.toordinal()


def _meeting(windows: Sequence[tuple[int, int]]):
    """A test whether a window (lo, hi) meets any of `windows`: they are merged into disjoint
    runs and the one run that can meet it is found by bisection (a store's rows are many,
    an added document's windows few)."""
    runs: list[list[int]] = []
    for lo, hi in sorted(windows):
        if runs and lo <= runs[-1][1]:
            runs[-1][1] = max(runs[-1][1], hi)
        else:
            runs.append([lo, hi])
    ends = [hi for _lo, hi in runs]

    def meets(lo: int, hi: int) -> bool:
        k = bisect_left(ends, lo)  # the first run that does not end before `lo`
        return k < len(runs) and runs[k][0] <= hi

    return meets


def _incremental(snap, memory: Memory, added: Sequence[Event], read: dict[str, TextRead] | None = None,
                 fed: Feed | None = None, processes: int = 1) -> dict[str, StoredFact]:
    """The stored facts with `added` grouped in: facts.build over the stored statements near
    the added ones (their stored facts kept as links: made facts stay made), then
    facts.regroup with the added ones."""
    from timeline_cli import facts
    from timeline_cli.when import parse_when

    windows = []
    for e in added:
        w = parse_when(e.when)
        lo, hi = w.earliest.toordinal(), w.latest.toordinal()
        win = _window(lo, hi, w.open_start, e.reported.toordinal() if e.reported else None)
        if win is not None:
            windows.append(win)
    meets = _meeting(windows)
    rows = snap.rows
    near: list[int] = []
    for i, (lo, hi) in enumerate(snap.bounds):
        win = _window(lo, hi, lo == _MIN, rows[i][_REPORTED] or None)
        if win is not None and meets(*win):
            near.append(i)
    ids = {rows[i][0] for i in near}
    owner = {i: fid for fid, f in memory.facts.items() for i in f.ids}
    touched = {owner[i] for i in ids if i in owner}
    for fid in touched:  # whole facts: a fact is kept or regrouped as one
        ids.update(memory.facts[fid].ids)
    index_of = {row[0]: n for n, row in enumerate(snap.rows)}
    stored = [snap.event(index_of[i]) for i in sorted(ids) if i in index_of]
    kept = [memory.facts[fid].ids for fid in sorted(touched)]
    index = facts.build(stored, links=kept + _links(stored + list(added), memory), unlinks=_unlink_args(memory))
    facts.regroup(index, added, read, fed=fed, processes=processes)
    groups = [tuple(g) for g in index.groups().values()]
    untouched = {fid: f for fid, f in memory.facts.items() if fid not in touched}
    named = stable_ids(groups, {fid: memory.facts[fid] for fid in touched}, reserved=set(untouched))
    out = dict(untouched)
    wire = index.wire_groups()
    for fid, members in named.items():
        out[fid] = StoredFact(fid, members, index.sources(facts.fact_id(members), wire))
    return out


def regroup(txn, read: dict[str, TextRead] | None = None, *, fed: Feed | None = None,
            processes: int = 1) -> dict[str, StoredFact]:
    """Group a store transaction's events and store the grouping in its memory (a change the
    file takes without a full rewrite: store.Transaction.remember). Returns the facts.
    `read`, `fed`, `processes`: see compute."""
    events = txn.events
    grouped = digest(events, fed)  # (before the grouping's index is made: its peak)
    if fed is not None:
        fed.summed()  # (what the digest read of the events fed: not needed at the peak)
    found, _index = compute(events, txn.memory, read, fed=fed, processes=processes)
    txn.remember(facts=found, grouped=grouped)  # an empty grouping is a grouping too
    return found


# ---------------------------------------------------------------- the user's overrides


def common_days(events: Sequence[Event]):
    """(first, last) day all the events' dates allow, or None when they share no day."""
    from timeline_cli.when import parse_when

    bounds = [parse_when(e.when) for e in events]
    lo, hi = max(w.earliest for w in bounds), min(w.latest for w in bounds)
    return (lo, hi) if lo <= hi else None


def links_set_aside(txn, moved: Iterable[str]) -> list[tuple[str, ...]]:
    """The user's links holding one of the `moved` ids whose statements' dates can no longer
    share a day: an edit moved one, and the grouping sets such a link aside (`_links`)."""
    moved = set(moved)
    out = []
    for group in txn.memory.links.values():
        if moved & set(group):
            present = [e for e in map(txn.get, group) if e is not None]
            if len(present) > 1 and common_days(present) is None:
                out.append(group)
    return out


def link(txn, ids: Sequence[str]) -> tuple[str, ...]:
    """Pin the events with these ids (full ids) into one fact: remembered, and the grouping
    stored again. UsageError when their dates cannot share a day. Returns the ids linked."""
    events = [txn.get(i) for i in ids]
    ids = tuple(sorted({e.id for e in events if e is not None}))
    if len(ids) < 2:
        raise UsageError("link needs two or more different statements", hint="give two or more event ids")
    memory = txn.memory
    # Statements already linked to these join them: the new link is checked with them.
    group = set(ids)
    for other in memory.links.values():
        if group & set(other):
            group |= set(other)
    members = [txn.get(i) for i in sorted(group)]
    present = [e for e in members if e is not None]
    if common_days(present) is None:
        dates = ", ".join(f"{e.id[:12]} {e.when}" for e in present)
        raise UsageError(f"cannot link: their dates cannot be the same day ({dates})",
                         hint="a fact happened once: fix a wrong date with `timeline edit ID --when ...` first")
    links = {k: v for k, v in memory.links.items() if not group & set(v)}
    links[override_key(group)] = tuple(sorted(group))
    unlinks = {k: v for k, v in memory.unlinks.items()
               if not (len(v) == 1 and v[0] in group) and not (len(v) == 2 and set(v) <= group)}
    txn.remember(links=links, unlinks=unlinks)
    regroup(txn)
    return tuple(sorted(group))


def unlink(txn, ids: Sequence[str]) -> None:
    """One id: keep that statement alone (a fact of its own); two: never in one fact. Undoes
    the links that contradict it; remembered, and the grouping stored again."""
    ids = tuple(sorted(set(ids)))
    if not 1 <= len(ids) <= 2:
        raise UsageError("unlink takes one statement (keep it alone) or two (keep them apart)",
                         hint="run it once per statement or pair")
    memory = txn.memory
    links = {}
    for key, group in memory.links.items():
        if len(ids) == 1 and ids[0] in group:
            group = tuple(i for i in group if i != ids[0])
        elif len(ids) == 2 and set(ids) <= set(group):
            group = tuple(i for i in group if i != ids[1])
        if len(group) >= 2:
            links[override_key(group)] = group
    unlinks = dict(memory.unlinks)
    unlinks[override_key(ids)] = ids
    txn.remember(links=links, unlinks=unlinks)
    regroup(txn)
