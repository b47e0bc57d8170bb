"""What a store remembers besides its events: the events a user removed, and the conflict
findings a user reviewed. Pure: values, their TOML form, their merge. The store (store.py)
reads and writes them; the snapshot cache (cache.py) carries them as rows.

All live in the store file itself, after `schema = 4` and before the events:

    [[removed]]                  # one per removed event: its fields as they were, plus
    id = "052bf80417a1"          # the day it was removed. `ingest` skips these ids, so a
    when = "2024-10-24"          # statement removed by hand does not come back when its
    text = "..."                 # source is ingested again.
    removed = 2024-11-07

    [[review]]                   # one per reviewed `timeline conflicts` finding
    finding = "c3f0a9e21b7d"     # finding_id(kind, ids): stable while those events stay
    kind = "dates"
    ids = ["052bf80417a1", "9f1c00000000"]
    verdict = "not-a-conflict"   # or "reviewed"
    reviewed = 2024-11-07

    [[source]]                   # one per source document (sources.py): its title, URL,
    source = "pages/a.html"      # byline, publication date and PDF page starts, keyed by
    title = "..."                # the events' `source` (schema 3)

    [[alias]]                    # a claimant name and the canonical name it means
    name = "the Pentagon"        # (claimant_names.py: used by --by and fact claimants;
    claimant = "U.S. Department of Defense"   # `timeline alias`), schema 4

    [[link]]                     # the user's overrides of same-fact grouping (`timeline
    ids = ["052bf80417a1", "9f1c00000000"]    # link`/`unlink`), by event id, so they
    [[unlink]]                   # survive re-ingest and regroup: linked ids are one fact;
    ids = ["052bf80417a1"]       # one unlinked id is kept alone, two are kept apart

    [grouping]                   # the stored grouping (grouping.py): the digest of the
    events = "3c1f0e..."         # events it was made from (other: stale, recomputed), then
    [[fact]]                     # one table per fact of two or more statements; its id
    id = "F052bf80417a1"         # stays once given, so an id quoted in a note keeps working
    ids = ["052bf80417a1", "9f1c00000000"]
    sources = 2                  # independent sources (a re-published wire story once)

So the memory is written in the same atomic, locked write as the change it records (a
removal and its memory can never be separated by a crash), and it travels through git, diff
and merge with the store. Each array is sorted by its key (event id, finding id) and written
by one function, so the same memory always gives the same bytes.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import date
from typing import Any, Iterable

from timeline_cli.model import Event
from timeline_cli.sources import Source

__all__ = ["Removed", "Review", "Memory", "StoredFact", "VERDICTS", "override_key", "finding_id", "memory_text", "memory_from_doc",
           "merge_memory", "to_rows", "from_rows"]

VERDICTS = ("reviewed", "not-a-conflict")


@dataclass(frozen=True, slots=True)
class Removed:
    """An event removed on purpose (`timeline rm`), as it was, and the day it went."""

    event: Event
    removed: date

    @property
    def id(self) -> str:
        return self.event.id


@dataclass(frozen=True, slots=True)
class Review:
    """A user's verdict on a conflict finding."""

    finding: str
    kind: str                # the finding's kinds, comma-joined ("dates", "dates,numbers")
    ids: tuple[str, ...]     # its events' ids, sorted
    verdict: str             # one of VERDICTS
    reviewed: date


@dataclass(frozen=True, slots=True)
class StoredFact:
    """A fact of the stored grouping: its members (sorted) and independent sources."""

    id: str
    ids: tuple[str, ...]
    sources: int


def override_key(ids: Iterable[str]) -> str:
    """The key of a link or unlink: its sorted ids (the same override is kept once)."""
    return " ".join(sorted(set(ids)))


@dataclass(frozen=True)
class Memory:
    removed: dict[str, Removed] = field(default_factory=dict)   # by event id
    reviews: dict[str, Review] = field(default_factory=dict)    # by finding id
    sources: dict[str, Source] = field(default_factory=dict)    # by source (sources.py)
    aliases: dict[str, str] = field(default_factory=dict)       # claimant name -> canonical name
    links: dict[str, tuple[str, ...]] = field(default_factory=dict)    # override_key -> ids
    unlinks: dict[str, tuple[str, ...]] = field(default_factory=dict)  # override_key -> 1 or 2 ids
    facts: dict[str, StoredFact] = field(default_factory=dict)  # by fact id: the stored grouping
    grouped: str = ""   # grouping.digest of the events `facts` was made from ("": never grouped)

    def __bool__(self) -> bool:
        return bool(self.removed or self.reviews or self.sources or self.aliases or self.links
                    or self.unlinks or self.facts or self.grouped)

    def copy(self, **changes: Any) -> "Memory":
        """A copy whose tables can be changed in place (each dict copied), with `changes`."""
        values: dict[str, Any] = {name: dict(getattr(self, name)) for name in _TABLES}
        values["grouped"] = self.grouped
        values.update(changes)
        return Memory(**values)

    def renamed(self, ids: "dict[str, str]") -> "dict[str, Any]":
        """The tables that name events by id (links, unlinks, the stored grouping's facts)
        with each old id of `ids` ({old: new}) replaced by its new one, as Memory.copy's
        changes; {} when none names any. One pass over the tables, whatever the number of ids
        (ingest --reread: a statement read otherwise keeps its links under its new id)."""
        out: dict[str, Any] = {}
        for table in ("links", "unlinks"):
            overrides: dict[str, tuple[str, ...]] = getattr(self, table)
            if any(i in ids for group in overrides.values() for i in group):
                kept: dict[str, tuple[str, ...]] = {}
                for group in overrides.values():
                    new = tuple(sorted({ids.get(i, i) for i in group}))
                    kept[override_key(new)] = new
                out[table] = kept
        if any(i in ids for f in self.facts.values() for i in f.ids):
            out["facts"] = {fid: StoredFact(fid, tuple(sorted(ids.get(i, i) for i in f.ids)), f.sources)
                            for fid, f in self.facts.items()}
        return out

    def for_subset(self, events: "Iterable[Event]") -> "Memory":
        """The memory a store of some of this store's `events` keeps (`timeline filter`): what
        reads them as this store does, so --by, `facts` and `show ID` agree downstream: every
        alias (a name, not an event), the sources of the events, the links among them (a link
        of three whose one statement is left out still joins the other two) and the unlinks
        wholly among them. Not the history of other events: removals, reviews, the stored
        grouping (made afresh from the events kept)."""
        kept = {e.id: e.source for e in events}
        links = {}
        for group in self.links.values():
            ids = tuple(i for i in group if i in kept)
            if len(ids) >= 2:
                links[override_key(ids)] = ids
        unlinks = {k: ids for k, ids in self.unlinks.items() if all(i in kept for i in ids)}
        used = set(kept.values())
        return Memory(sources={k: v for k, v in self.sources.items() if k in used},
                      aliases=dict(self.aliases), links=links, unlinks=unlinks)

    def without_live(self, live_ids: Iterable[str]) -> "Memory":
        """Drop the removal memory of ids that are events again (an event wins over its memory)."""
        live = set(live_ids)
        if not any(i in live for i in self.removed):
            return self
        return self.copy(removed={k: v for k, v in self.removed.items() if k not in live})


_TABLES = ("removed", "reviews", "sources", "aliases", "links", "unlinks", "facts")


def finding_id(kind: str, ids: Iterable[str]) -> str:
    """Stable id of a conflict finding: a hash of its kind(s) and its sorted event ids, so an
    unrelated edit elsewhere in the store does not change it (a new event joining the group
    does: that is new evidence, shown again)."""
    key = "\x1f".join([kind, *sorted(ids)])
    return hashlib.blake2b(key.encode("utf-8", "surrogatepass"), digest_size=6).hexdigest()


# ---------------------------------------------------------------- TOML


def memory_text(memory: Memory | None) -> str:
    """The memory's canonical TOML (`\\n[[removed]]...` blocks by id, then `\\n[[review]]...`
    by finding); "" when empty, so a store without memory looks as it always did."""
    if not memory:
        return ""
    from timeline_cli.tomlwrite import event_block, literal

    pieces: list[str] = []
    for key in sorted(memory.removed):
        item = memory.removed[key]
        block = event_block(item.event).replace("[[event]]", "[[removed]]", 1)
        pieces.append("\n" + block.rstrip("\n") + f"\nremoved = {item.removed.isoformat()}\n")
    for key in sorted(memory.reviews):
        r = memory.reviews[key]
        pieces.append(f"\n[[review]]\nfinding = {literal(r.finding)}\nkind = {literal(r.kind)}\n"
                      f"ids = {literal(list(r.ids))}\nverdict = {literal(r.verdict)}\n"
                      f"reviewed = {r.reviewed.isoformat()}\n")
    if memory.sources:
        from timeline_cli.sources import source_text

        pieces.extend(source_text(memory.sources[key]) for key in sorted(memory.sources))
    for name in sorted(memory.aliases):
        pieces.append(f"\n[[alias]]\nname = {literal(name)}\nclaimant = {literal(memory.aliases[name])}\n")
    for table, overrides in (("link", memory.links), ("unlink", memory.unlinks)):
        for key in sorted(overrides):
            pieces.append(f"\n[[{table}]]\nids = {literal(list(overrides[key]))}\n")
    if memory.grouped or memory.facts:
        pieces.append(f"\n[grouping]\nevents = {literal(memory.grouped)}\n")
        for fid in sorted(memory.facts):
            f = memory.facts[fid]
            pieces.append(f"\n[[fact]]\nid = {literal(fid)}\nids = {literal(list(f.ids))}\nsources = {f.sources}\n")
    return "".join(pieces)


def memory_from_doc(doc: dict[str, Any], origin: str) -> Memory:
    """The memory of a parsed store (tomllib's dict). Raises ValueError(where, problem)."""
    from timeline_cli.store import event_from_dict

    removed: dict[str, Removed] = {}
    raws = doc.get("removed", [])
    if not isinstance(raws, list):
        raise ValueError("removed", "must be an array of tables ([[removed]])")
    for n, raw in enumerate(raws, start=1):
        if not isinstance(raw, dict):
            raise ValueError(f"removed #{n}", "is not a table")
        raw = dict(raw)
        day = raw.pop("removed", None)
        if not isinstance(day, date) or hasattr(day, "hour"):
            raise ValueError(f"removed #{n}", "needs `removed = YYYY-MM-DD`, the day it was removed")
        try:
            event = event_from_dict(raw)
        except ValueError as exc:
            name, problem = exc.args
            raise ValueError(f"removed #{n}", f"field '{name}' {problem}") from None
        if event.id in removed:
            raise ValueError(f"removed #{n}", f"id {event.id} is remembered twice")
        removed[event.id] = Removed(event, day)
    reviews: dict[str, Review] = {}
    raws = doc.get("review", [])
    if not isinstance(raws, list):
        raise ValueError("review", "must be an array of tables ([[review]])")
    for n, raw in enumerate(raws, start=1):
        review = _review(raw, n)
        if review.finding in reviews:
            raise ValueError(f"review #{n}", f"finding {review.finding} is reviewed twice")
        reviews[review.finding] = review
    sources: dict[str, Source] = {}
    raws = doc.get("source", [])
    if not isinstance(raws, list):
        raise ValueError("source", "must be an array of tables ([[source]])")
    from timeline_cli.sources import source_from_raw

    for n, raw in enumerate(raws, start=1):
        item = source_from_raw(raw, n)
        if item.source in sources:
            raise ValueError(f"source #{n}", f"source {item.source} is described twice")
        sources[item.source] = item
    return Memory(removed, reviews, sources, *_grouping_from_doc(doc))


def _table_list(doc: dict[str, Any], name: str) -> list[dict[str, Any]]:
    raws = doc.get(name, [])
    if not isinstance(raws, list):
        raise ValueError(name, f"must be an array of tables ([[{name}]])")
    for n, raw in enumerate(raws, start=1):
        if not isinstance(raw, dict):
            raise ValueError(f"{name} #{n}", "is not a table")
    return raws


def _only(raw: dict[str, Any], where: str, allowed: set[str]) -> None:
    unknown = set(raw) - allowed
    if unknown:
        raise ValueError(where, f"unknown field {sorted(unknown)[0]!r}")


def _ids(raw: dict[str, Any], where: str, least: int, most: int | None = None) -> tuple[str, ...]:
    from timeline_cli.fields import normalise

    ids = raw.get("ids")
    if not isinstance(ids, list) or not all(isinstance(i, str) and i.strip() for i in ids):
        raise ValueError(where, "needs `ids = [\"...\", ...]`, event ids")
    try:
        out = tuple(sorted({normalise("id", i) for i in ids}))
    except ValueError as exc:
        raise ValueError(where, str(exc)) from None
    if len(out) < least or (most is not None and len(out) > most):
        wanted = f"{least}" if most == least else (f"{least} or {most}" if most else f"at least {least}")
        raise ValueError(where, f"needs {wanted} different event ids")
    return out


def _refuse_contradictions(links: dict[str, tuple[str, ...]], unlinks: dict[str, tuple[str, ...]]) -> None:
    """A hand-edited store that links statements and also keeps them apart says two things:
    `link` and `unlink` each undo the other and a merge settles the two (_settled), so only a
    hand edit makes it, and only its author can say which was meant."""
    linked_in: dict[str, list[int]] = {}
    for m, group in enumerate(links.values(), start=1):
        for i in group:
            linked_in.setdefault(i, []).append(m)
    for n, unlink in enumerate(unlinks.values(), start=1):
        both = set.intersection(*(set(linked_in.get(i, ())) for i in unlink))
        if both:
            what = "keeps apart" if len(unlink) == 2 else "keeps alone"
            raise ValueError(f"unlink #{n}", f"{what} {', '.join(unlink)}, which link #{min(both)} puts in one fact: "
                             "delete the one you did not mean")


def _grouping_from_doc(doc: dict[str, Any]) -> tuple:
    """(aliases, links, unlinks, facts, grouped) of a parsed store (schema 4)."""
    from timeline_cli.fields import FieldError, single_line

    aliases: dict[str, str] = {}
    for n, raw in enumerate(_table_list(doc, "alias"), start=1):
        where = f"alias #{n}"
        _only(raw, where, {"name", "claimant"})
        try:
            name, claimant = single_line("name", raw.get("name", "")), single_line("claimant", raw.get("claimant", ""))
        except FieldError as exc:
            raise ValueError(where, f"field '{exc.field}' {exc.problem}") from None
        if not name.strip() or not claimant.strip():
            raise ValueError(where, "needs `name = \"...\"` and `claimant = \"...\"` (the name it means)")
        if name in aliases:
            raise ValueError(where, f"name {name!r} has two aliases")
        aliases[name] = claimant
    overrides: list[dict[str, tuple[str, ...]]] = []
    for table, most in (("link", None), ("unlink", 2)):
        found: dict[str, tuple[str, ...]] = {}
        for n, raw in enumerate(_table_list(doc, table), start=1):
            where = f"{table} #{n}"
            _only(raw, where, {"ids"})
            ids = _ids(raw, where, 2 if table == "link" else 1, most)
            found[override_key(ids)] = ids
        overrides.append(found)
    _refuse_contradictions(*overrides)
    grouping = doc.get("grouping", {})
    if not isinstance(grouping, dict) or set(grouping) - {"events"} or not isinstance(grouping.get("events", ""), str):
        raise ValueError("grouping", "must be a table holding only `events = \"...\"` (a digest)")
    facts: dict[str, StoredFact] = {}
    owner: dict[str, str] = {}
    for n, raw in enumerate(_table_list(doc, "fact"), start=1):
        where = f"fact #{n}"
        _only(raw, where, {"id", "ids", "sources"})
        fid, sources = raw.get("id"), raw.get("sources", 1)
        if not isinstance(fid, str) or not fid.strip() or any(c.isspace() for c in fid):
            raise ValueError(where, "needs `id = \"F...\"`, the fact's id")
        if type(sources) is not int or sources < 1:
            raise ValueError(where, "`sources` must be a whole number of at least 1")
        ids = _ids(raw, where, 2)
        if fid in facts:
            raise ValueError(where, f"fact {fid} is stored twice")
        for i in ids:
            if i in owner:
                raise ValueError(where, f"event {i} is in two facts ({owner[i]} and {fid})")
            owner[i] = fid
        facts[fid] = StoredFact(fid, ids, sources)
    return aliases, overrides[0], overrides[1], facts, grouping.get("events", "")


def _review(raw: Any, n: int) -> Review:
    where = f"review #{n}"
    if not isinstance(raw, dict):
        raise ValueError(where, "is not a table")
    unknown = set(raw) - {"finding", "kind", "ids", "verdict", "reviewed"}
    if unknown:
        raise ValueError(where, f"unknown field {sorted(unknown)[0]!r}")
    finding, kind, ids = raw.get("finding"), raw.get("kind", ""), raw.get("ids", [])
    verdict, day = raw.get("verdict"), raw.get("reviewed")
    if not isinstance(finding, str) or not finding.strip() or any(c in finding for c in "\n\r\t"):
        raise ValueError(where, "needs `finding = \"...\"`, the finding's id")
    if not isinstance(kind, str) or not isinstance(ids, list) or not all(isinstance(i, str) for i in ids):
        raise ValueError(where, "needs `kind = \"...\"` and `ids = [\"...\", ...]`")
    if verdict not in VERDICTS:
        raise ValueError(where, f"verdict must be one of {', '.join(VERDICTS)}")
    if not isinstance(day, date) or hasattr(day, "hour"):
        raise ValueError(where, "needs `reviewed = YYYY-MM-DD`")
    from timeline_cli.fields import normalise

    try:  # the same one-line rules as an event's fields: nothing that could hurt a terminal
        kind = normalise("by", kind)
        ids = [normalise("id", i) for i in ids]
    except ValueError as exc:
        raise ValueError(where, str(exc)) from None
    return Review(finding.strip(), kind, tuple(sorted(ids)), verdict, day)


# ---------------------------------------------------------------- cache rows


def to_rows(memory: Memory | None) -> tuple[list, list, list, list]:
    """Marshal-friendly rows: ([(event row, day ordinal)], [(finding, kind, ids, verdict, ordinal)],
    [source rows (sources.to_row)], [aliases, links, unlinks, facts, grouped] (schema 4))."""
    from timeline_cli.model import event_to_row
    from timeline_cli.sources import to_row

    if not memory:
        return [], [], [], []
    grouping = [list(memory.aliases.items()), [list(v) for v in memory.links.values()],
                [list(v) for v in memory.unlinks.values()],
                [(f.id, list(f.ids), f.sources) for f in memory.facts.values()], memory.grouped]
    return ([(event_to_row(r.event), r.removed.toordinal()) for r in memory.removed.values()],
            [(v.finding, v.kind, list(v.ids), v.verdict, v.reviewed.toordinal()) for v in memory.reviews.values()],
            [to_row(s) for s in memory.sources.values()], grouping)


def from_rows(removed: list, reviews: list, sources: list | None = None, grouping: list | None = None) -> Memory:
    from timeline_cli.model import event_from_row

    out_removed = {}
    for row, day in removed:
        event = event_from_row(tuple(row))
        out_removed[event.id] = Removed(event, date.fromordinal(day))
    out_reviews = {f: Review(f, k, tuple(i), v, date.fromordinal(d)) for f, k, i, v, d in reviews}
    from timeline_cli.sources import from_row

    out_sources = {row[0]: from_row(row) for row in sources or ()}
    if not grouping:
        return Memory(out_removed, out_reviews, out_sources)
    aliases, links, unlinks, facts, grouped = grouping
    return Memory(out_removed, out_reviews, out_sources, dict(aliases),
                  {override_key(ids): tuple(ids) for ids in links}, {override_key(ids): tuple(ids) for ids in unlinks},
                  {fid: StoredFact(fid, tuple(ids), n) for fid, ids, n in facts}, grouped)


# ---------------------------------------------------------------- merge


def _three_way(base: dict, ours: dict, theirs: dict) -> dict:
    """Set-wise three-way on keyed entries: kept when on both sides, or added on one side
    (not in base); an entry dropped on one side (an undone removal or review) is dropped,
    unless the other side changed it (a change wins over a removal, as an event changed on
    one side and deleted on the other is kept).
    When both sides hold a key with different content, the side that changed it from the
    base wins (an alias re-pointed on one side only); ours when both changed it."""
    out = {}
    for key in dict.fromkeys([*ours, *theirs]):
        if key in ours and key in theirs:
            changed_theirs = key in base and ours[key] == base[key] and theirs[key] != base[key]
            out[key] = theirs[key] if changed_theirs else ours[key]
        elif key not in base:
            out[key] = ours.get(key) or theirs[key]
        else:  # in base, dropped on one side: kept only when the other side changed it
            kept = ours.get(key, theirs.get(key))
            if kept != base[key]:  # (an alias re-pointed on one side, removed on the other)
                out[key] = kept
    return out


def _contradicts(group: tuple[str, ...], unlink: tuple[str, ...]) -> bool:
    """Whether a link of `group` and an unlink (one id kept alone, two kept apart) cannot both hold."""
    return set(unlink) <= set(group) if len(unlink) == 2 else unlink[0] in group


def _settled(links: dict, unlinks: dict, first: Memory) -> tuple[dict, dict]:
    """(links, unlinks) with no link and unlink that contradict: one side of a merge linked
    statements the other kept apart. The override `first` (ours) holds wins, as `link` and
    `unlink` each undo the other's contradicting overrides; without it, the unlink (apart)."""
    links, unlinks = dict(links), dict(unlinks)
    for ukey, unlink in list(unlinks.items()):
        for lkey, group in list(links.items()):
            if not _contradicts(group, unlink):
                continue
            if lkey in first.links and ukey not in first.unlinks:
                del unlinks[ukey]
                break
            del links[lkey]  # cut as `unlink` cuts it: the one id, or the pair's second, leaves
            rest = tuple(i for i in group if i != unlink[-1])
            if len(rest) >= 2:
                links[override_key(rest)] = rest
    return links, unlinks


def merge_memory(base: Memory | None, ours: Memory | None, theirs: Memory | None,
                 live_ids: Iterable[str]) -> Memory:
    """The memory of a three-way merge (base None: a union of any two). Removal memory of an
    event that the merge keeps (it was changed on the other side: a conflict, or restored)
    is dropped: the event wins."""
    b, o, t = base or Memory(), ours or Memory(), theirs or Memory()
    if base is None:  # no common base: everything either side remembers
        b = Memory()
    same = o.facts == t.facts and o.grouped == t.grouped
    # The grouping is derived: when the sides differ it is kept (ours first, then theirs for
    # facts ours lacks, so its ids live on) but marked stale, and regrouped on the next write.
    links, unlinks = _settled(_three_way(b.links, o.links, t.links), _three_way(b.unlinks, o.unlinks, t.unlinks), o)
    merged = Memory(_three_way(b.removed, o.removed, t.removed), _three_way(b.reviews, o.reviews, t.reviews),
                    _three_way(b.sources, o.sources, t.sources), _three_way(b.aliases, o.aliases, t.aliases),
                    links, unlinks, dict(o.facts) if same else _facts_union([o, t]), o.grouped if same else "")
    return merged.without_live(live_ids)


def _facts_union(memories: Iterable[Memory]) -> dict[str, StoredFact]:
    """The stored facts of several memories, the first one's first; a fact whose id or any
    statement an earlier one holds is left out (the merged grouping is stale anyway)."""
    out: dict[str, StoredFact] = {}
    taken: set[str] = set()
    for m in memories:
        for fid, f in m.facts.items():
            if fid not in out and not taken & set(f.ids):
                out[fid] = f
                taken.update(f.ids)
    return out


def union_memory(memories: Iterable[Memory | None], live_ids: Iterable[str]) -> Memory:
    """Everything any of the stores remembers (the first wins on a shared key), minus live ids."""
    removed: dict[str, Removed] = {}
    reviews: dict[str, Review] = {}
    sources: dict[str, Source] = {}
    aliases: dict[str, str] = {}
    links: dict[str, tuple[str, ...]] = {}
    unlinks: dict[str, tuple[str, ...]] = {}
    present: list[Memory] = [m for m in memories if m]
    for m in present:
        for key, item in m.removed.items():
            removed.setdefault(key, item)
        for key, review in m.reviews.items():
            reviews.setdefault(key, review)
        for key, described in m.sources.items():
            sources.setdefault(key, described)
        for name, claimant in m.aliases.items():
            aliases.setdefault(name, claimant)
        links.update(m.links)
        unlinks.update(m.unlinks)
    links, unlinks = _settled(links, unlinks, present[0] if present else Memory())
    return Memory(removed, reviews, sources, aliases, links, unlinks, _facts_union(present)).without_live(live_ids)
