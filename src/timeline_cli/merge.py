"""Merge stores: three-way by event id (a git merge driver), or a union without a base.

Pure: event lists in, a `MergeResult` out; `timeline merge` (commands/merge.py) reads the
stores, validates and writes the result.

Three-way (BASE, OURS, THEIRS), per event id:

* added on one side: kept; added on both sides: kept once when identical;
* deleted on one side and unchanged on the other: deleted (deletions are honoured);
  deleted on both: deleted;
* changed on one side only, or the same change on both: that version;
* changed on both sides: merged field by field. A field changed on one side only takes
  that change; `tags`, `actors` and `places` merge as sets (an item added on either side is
  kept, an item removed on either side is dropped). Only a field changed *differently* on
  both sides is a conflict;
* changed on one side, deleted on the other: a conflict; the changed version is kept.

A conflict never writes `<<<<<<<` into TOML. Both versions stay in the store as ordinary
events: ours keeps its id, theirs gets a fresh one (`make_id` of its fields + "theirs"), and
each carries `conflict = "<what>; this is ours, theirs is <id>"` (or the reverse), so
`timeline show` flags them with `!` and `timeline conflicts` lists them side by side. To
resolve: keep one, delete the other, and remove the `conflict` line.

The stores' memory (memory.py: events removed with `timeline rm`, verdicts on conflict
findings) merges with them: three-way, an entry added on either side is kept and one dropped
on either side (`rm --undo`, `conflicts --reopen`) is dropped; a union keeps everything any
store remembers. Either way an event that the merge keeps wins over a memory of its removal
(removed on one side, changed on the other: the conflict above, the event stays).

Union (`--union A B ...`): every event of every store, in the order given; the same id with
the same content, or the same statement (same date, source and text, whitespace folded)
under another id, is kept once (the first); the same id with different content is a
conflict marked as above (the later version gets the fresh id).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Iterable, Sequence

from timeline_cli.memory import Memory, merge_memory, union_memory
from timeline_cli.model import FIELD_ORDER, LIST, Event, make_id, names, normalise_text

__all__ = ["MergeConflict", "MergeResult", "three_way", "union"]

SET_FIELDS = names(LIST)  # merged as sets: an item added or removed on either side counts


@dataclass(frozen=True, slots=True)
class MergeConflict:
    id: str  # the id kept by our (or the first) version
    other_id: str  # the id given to their version; "" when only one version survives
    fields: tuple[str, ...]  # fields changed differently; () for change/delete and add/add
    description: str  # what a reader sees


@dataclass(frozen=True)
class MergeResult:
    events: tuple[Event, ...]
    conflicts: tuple[MergeConflict, ...]
    memory: Memory = Memory()  # removed events and verdicts the merged store remembers
    notes: tuple[str, ...] = ()  # what the merge chose for the user (an alias both sides set)

    @property
    def clean(self) -> bool:
        return not self.conflicts


def _merge_sets(base: tuple[str, ...], ours: tuple[str, ...], theirs: tuple[str, ...]) -> tuple[str, ...]:
    removed = (set(base) - set(ours)) | (set(base) - set(theirs))
    out = [x for x in ours if x not in removed]
    out += [x for x in theirs if x not in removed and x not in out]
    return tuple(dict.fromkeys(out))


def _merge_event(base: Event, ours: Event, theirs: Event) -> tuple[Event, tuple[str, ...]]:
    """Field-by-field three-way merge: (merged event taking ours on conflicts, conflicting fields)."""
    values = {}
    clashes = []
    for name in FIELD_ORDER:
        b, o, t = getattr(base, name), getattr(ours, name), getattr(theirs, name)
        if o == t or t == b:
            values[name] = o
        elif o == b:
            values[name] = t
        elif name in SET_FIELDS:
            values[name] = _merge_sets(b, o, t)
        else:
            values[name] = o
            clashes.append(name)
    return Event(**values), tuple(clashes)


class _Ids:
    """Fresh ids that collide with nothing in the merged store."""

    def __init__(self, taken: Iterable[str]) -> None:
        self.taken = set(taken)

    def fresh(self, event: Event, tag: str) -> str:
        n = 0
        while True:
            salt = tag if n == 0 else f"{tag}{n}"
            new = make_id(event.text, event.when, f"{event.source}\x1f{salt}")
            if new not in self.taken:
                self.taken.add(new)
                return new
            n += 1


def _both_versions(kept: Event, other: Event, what: str, ids: _Ids, *, ours: str = "ours",
                   theirs: str = "theirs") -> tuple[Event, Event, str]:
    other_id = ids.fresh(other, theirs)
    a = kept.with_(conflict=f"{what}; this is {ours}, {theirs} is {other_id}")
    b = other.with_(id=other_id, conflict=f"{what}; this is {theirs}, {ours} is {kept.id}")
    return a, b, other_id


def three_way(base: Sequence[Event], ours: Sequence[Event], theirs: Sequence[Event],
              memory: "tuple[Memory | None, Memory | None, Memory | None] | None" = None) -> MergeResult:
    """Three-way merge by id (see the module docstring); `memory`: the three stores' memories."""
    b = {e.id: e for e in base}
    o = {e.id: e for e in ours}
    t = {e.id: e for e in theirs}
    ids = _Ids(list(b) + list(o) + list(t))
    out: list[Event] = []
    conflicts: list[MergeConflict] = []
    order = list(dict.fromkeys([*o, *t, *b]))
    for key in order:
        eb, eo, et = b.get(key), o.get(key), t.get(key)
        if eo is not None and et is not None:
            if eo == et:
                out.append(eo)
                continue
            if eb is None:
                what = "both branches added this id with different content"
                x, y, other = _both_versions(eo, et, what, ids)
                out += [x, y]
                conflicts.append(MergeConflict(key, other, (), what))
                continue
            if et == eb:
                out.append(eo)
                continue
            if eo == eb:
                out.append(et)
                continue
            merged, clashes = _merge_event(eb, eo, et)
            if not clashes:
                out.append(merged)
                continue
            what = f"both branches changed {', '.join(clashes)}"
            theirs_version = replace(merged, **{f: getattr(et, f) for f in clashes})
            x, y, other = _both_versions(merged, theirs_version, what, ids)
            out += [x, y]
            conflicts.append(MergeConflict(key, other, clashes, what))
        elif eo is not None:  # missing on theirs
            if eb is None:
                out.append(eo)  # added on ours
            elif eo != eb:
                what = "changed on ours, deleted on theirs"
                out.append(eo.with_(conflict=what))
                conflicts.append(MergeConflict(key, "", (), what))
            # else: deleted on theirs, unchanged on ours: honour the deletion
        elif et is not None:  # missing on ours
            if eb is None:
                out.append(et)
            elif et != eb:
                what = "changed on theirs, deleted on ours"
                out.append(et.with_(conflict=what))
                conflicts.append(MergeConflict(key, "", (), what))
        # only in base: deleted on both sides
    remembered = merge_memory(*memory, live_ids=(e.id for e in out)) if memory else Memory()
    notes: tuple[str, ...] = ()
    if memory:
        mb, mo, mt = (m or Memory() for m in memory)
        remembered, notes = _aliases_settled(remembered, [mo, mt], base=mb.aliases, names=("ours", "theirs"))
    return MergeResult(tuple(out), tuple(conflicts), remembered, notes)


def _statement(e: Event) -> tuple[str, str, str]:
    return (e.when, e.source, normalise_text(e.text))


def union(stores: Sequence[Sequence[Event]], memories: "Sequence[Memory | None]" = ()) -> MergeResult:
    """Every event of every store once (see the module docstring); `memories`: theirs."""
    ids = _Ids(e.id for s in stores for e in s)
    versions: dict[str, list[Event]] = {}  # id -> the versions seen, as read
    position: dict[str, int] = {}  # id -> index in out of the first version
    statements: set[tuple[str, str, str]] = set()
    out: list[Event] = []
    conflicts: list[MergeConflict] = []
    for n, events in enumerate(stores, start=1):
        for e in events:
            seen = versions.get(e.id)
            if seen is not None:
                if e in seen:
                    continue
                seen.append(e)
                first = out[position[e.id]]
                what = "the same id with different content in another store"
                other_id = ids.fresh(e, f"store{n}")
                out[position[e.id]] = first.with_(
                    conflict=f"{what}; this is the first, store #{n} is {other_id}")
                out.append(e.with_(id=other_id, conflict=f"{what}; this is store #{n}, the first is {e.id}"))
                conflicts.append(MergeConflict(e.id, other_id, (), what))
                continue
            if _statement(e) in statements:
                continue
            versions[e.id] = [e]
            position[e.id] = len(out)
            statements.add(_statement(e))
            out.append(e)
    remembered = union_memory(memories, live_ids=(e.id for e in out))
    present = [m or Memory() for m in memories]
    remembered, notes = _aliases_settled(remembered, present, base={},
                                         names=tuple(f"store #{n}" for n in range(1, len(present) + 1)))
    return MergeResult(tuple(out), tuple(conflicts), remembered, notes)


# ---------------------------------------------------------------- aliases both sides set


def _aliases_settled(memory: Memory, sides: Sequence[Memory], *, base: dict[str, str],
                     names: Sequence[str]) -> tuple[Memory, tuple[str, ...]]:
    """The merged memory with a name two sides pointed at different claimants, and a cycle the
    merge made of their aliases (ours A -> B, theirs B -> A), settled for the first side, and
    one line for each: both went through in silence (theirs lost, or a cycle that read every
    name in it as one claimant). An alias the table kept from one side stays as merged."""
    if not sides or not memory.aliases:
        return memory, ()
    aliases = dict(memory.aliases)
    notes = [_clash_note(name, aliases[name], sides, base, names) for name in aliases]
    dropped = _cycle_breaks(aliases, sides[0].aliases)
    for name in dropped:
        claimant = aliases.pop(name)
        notes.append(f"alias {name!r} -> {claimant!r} was left out: with the other side's aliases it made "
                     f"a cycle (`timeline alias {_quoted(name)} {_quoted(claimant)}` chooses it instead)")
    kept = tuple(n for n in notes if n)
    return (memory.copy(aliases=aliases) if dropped else memory), kept


def _clash_note(name: str, chosen: str, sides: Sequence[Memory], base: dict[str, str],
                names: Sequence[str]) -> str:
    others = [(label, side.aliases[name]) for label, side in zip(names, sides)
              if name in side.aliases and side.aliases[name] != chosen and side.aliases[name] != base.get(name)]
    if not others:
        return ""
    label, lost = others[0]
    return (f"alias {name!r}: kept {chosen!r}; {label} said {lost!r} "
            f"(`timeline alias {_quoted(name)} {_quoted(lost)}` takes that)")


def _quoted(name: str) -> str:
    return f'"{name}"' if len(name) <= 60 else "NAME"


def _cycle_breaks(aliases: dict[str, str], first: dict[str, str]) -> list[str]:
    """Names whose alias closes a cycle in ALIASES that the FIRST side's table did not hold:
    of each cycle, its entries the first side lacks (one is enough to break it; all such are
    dropped so no cycle is left whichever way it is read)."""
    from timeline_cli.claimant_names import claimant_key

    by_key = {claimant_key(n): n for n in aliases}
    out: list[str] = []
    done: set[str] = set()
    for start in list(aliases):
        path: list[str] = []
        name: str | None = start
        while name is not None and name not in done and name not in path:
            path.append(name)
            name = by_key.get(claimant_key(aliases[name]))
        if name is not None and name in path:
            cycle = path[path.index(name):]
            out += [n for n in cycle if first.get(n) != aliases[n]]
        done.update(path)
    return list(dict.fromkeys(out))


# ---------------------------------------------------------------- resolving a marked conflict

_MARK = re.compile(r"; this is (ours|theirs|the first|store #\d+), (ours|theirs|the first|store #\d+) is (\S+)\Z")
_ONE_SIDED = re.compile(r"\Achanged on (ours|theirs), deleted on (ours|theirs)\Z")
_KEEPER = ("ours", "the first")  # the version that kept the original id


@dataclass(frozen=True)
class Marked:
    """A conflict left by a merge, as `timeline resolve` settles it.

    ours: the version that kept the original id (ours, or the first store's); theirs: the
    other version (under its fresh id), or None when the other side deleted the event;
    deleted_on: "ours"/"theirs" for a change/delete conflict, else ""."""

    ours: Event | None
    theirs: Event | None
    deleted_on: str = ""


def marked_pair(event: Event, events: Sequence[Event]) -> Marked:
    """The conflict `event` belongs to (ValueError when it carries no mark `merge` makes)."""
    if not event.conflict:
        raise ValueError(f"event {event.id} has no merge conflict mark")
    one = _ONE_SIDED.match(event.conflict)
    if one:
        changed, deleted = one.groups()
        return Marked(event if changed == "ours" else None, event if changed == "theirs" else None, deleted)
    mark = _MARK.search(event.conflict)
    if not mark:
        raise ValueError(f"event {event.id}: its conflict mark is not one `timeline merge` writes")
    this, _, other_id = mark.groups()
    other = next((e for e in events if e.id == other_id), None)
    if this in _KEEPER:
        return Marked(event, other)
    return Marked(other, event)


def resolved(marked: Marked, side: str) -> tuple[Event | None, tuple[str, ...]]:
    """(the event to keep, or None; the ids to remove) when `side` ("ours"/"theirs") wins.
    ValueError when that side's version is gone from the store (not a deletion: a version
    removed by hand), rather than keeping the other one as if it were asked for. The kept event has its mark cleared and the original id: an event's identity survives
    its conflict, so re-ingesting its source does not bring back the other version."""
    ours, theirs = marked.ours, marked.theirs
    present = ours or theirs
    assert present is not None, "a conflict has one version at least"
    if marked.deleted_on:
        kept = ours if side == "ours" else theirs
        if kept is None:  # the side that deleted it wins
            return None, (present.id,)
        return kept.with_(conflict=""), ()
    if ours is None or theirs is None:  # the other version is already gone (removed by hand)
        if (ours if side == "ours" else theirs) is None:  # keeping the one left is not this side
            raise ValueError(f"{'our' if side == 'ours' else 'their'} version of {present.id} is no longer "
                             f"in the store, only {'theirs' if side == 'ours' else 'ours'}")
        return present.with_(conflict=""), ()
    if side == "ours":
        return ours.with_(conflict=""), (theirs.id,)
    return theirs.with_(id=ours.id, conflict=""), (theirs.id,)
