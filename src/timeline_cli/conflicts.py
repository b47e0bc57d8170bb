"""Claims in one timeline that contradict each other. Pure: events in, groups out.

Two events are about the same happening when their *topic words* are alike: the word set
of `timeline_cli.diff` (same Jaccard measure, same prefix-filtered blocking, so the search
stays near-linear on large stores) minus numbers, number words, month names and the words
of the event's own claimant ("Ukrainian intelligence reported ..." is about who says, not
what happened). Such a pair conflicts when

* `dates`: their dates cannot both be right (the earliest..latest days no longer overlap),
  with topic similarity >= DATE_SIMILARITY, and the claims come from different claimants
  or sources (one source repeating a statement on two dates is usually two happenings)
  unless the texts are near-identical (>= SAME_TEXT); not when they also count the same
  thing differently ("10,000 troops in Kursk" in October, "50,000" in March: the situation
  changed, nobody contradicts anybody); or
* `numbers`: their dates overlap, topic similarity >= NUMBER_SIMILARITY, and they give
  different numbers for the same thing ("12,000 troops" vs "10 000 soldiers"): numbers are
  read in any common writing (12 000, 12,000, 12.000, 12k, 1.5 million, twelve thousand,
  a thousand) and tied to the noun after them, with synonyms folded (soldiers, troops,
  military personnel -> troops);

and, third kind, `merge`: an event marked by `timeline merge` (its `conflict` field is set),
grouped with the other version named in that mark.

Pairs are joined into groups (connected components), so three sources giving three
different dates are one group.

A flood of reposts hides nothing and costs linear time: events with the same topic words are
one *wording*, counted once by the similarity search (whose index leaves out words found in
over a tenth of the records, diff.POSTING_SHARE, so 60 copies of a post once made the words
that tell two claims apart unindexable), and inside a wording, or between two similar ones,
events with the same days and counts are one *claim*, compared once (_Claim, _claim_pairs).
Every event of a group gets one reason at least, not one per pair: a claim repeated by 1,000
accounts against one denial is 1,000 reasons, not a million. What is left of the index's
limit: two *different* wordings that share only words found in over a tenth of all wordings
are not compared.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterable, Sequence

from timeline_cli.diff import STOP_WORDS, similar_pairs, words
from timeline_cli.model import Event

__all__ = ["Reason", "ConflictGroup", "find_conflicts", "numbers", "topic_words", "to_json",
           "GROUP_KEYS", "REASON_KEYS"]

DATE_SIMILARITY = 0.5
NUMBER_SIMILARITY = 0.3
SAME_TEXT = 0.9
GROUP_KEYS = ("kinds", "reasons", "events", "finding", "verdict")
REASON_KEYS = ("kind", "ids", "words")

# Vocabulary as tables, lower-cased once (habit 5): English, from the language pack.
from timeline_cli.lang.en.words import (  # noqa: E402
    MONTH_WORDS, MULTIPLIERS, SMALL_NUMBERS, UNIT_SYNONYMS, NOT_UNITS as _NOT_UNITS,
)
_ORDINAL_RE = re.compile(r"\b\d+(?:st|nd|rd|th)\b", re.IGNORECASE)
_NUMBER_TOKEN_RE = re.compile(r"\d+(?:\.\d+)?\Z")
_ID_TOKEN_RE = re.compile(r"[0-9A-Za-z_.:-]{1,64}")


@dataclass(frozen=True, slots=True)
class Reason:
    kind: str  # "dates" | "numbers" | "merge"
    ids: tuple[str, ...]
    words: str


@dataclass(frozen=True, slots=True)
class ConflictGroup:
    events: tuple[Event, ...]  # timeline order
    reasons: tuple[Reason, ...]

    @property
    def kinds(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(r.kind for r in self.reasons))

    @property
    def kind(self) -> str:
        """The kinds as one key, sorted: "dates", "dates,numbers"."""
        return ",".join(sorted(set(self.kinds)))

    @property
    def finding(self) -> str:
        """The finding's stable id (memory.finding_id of its kinds and event ids): what
        `timeline conflicts --dismiss ID` records, unchanged by edits to other events."""
        from timeline_cli.memory import finding_id

        return finding_id(self.kind, (e.id for e in self.events))


# ---------------------------------------------------------------- reading numbers


def _is_number(token: str) -> bool:
    return bool(_NUMBER_TOKEN_RE.match(token))


def numbers(text: str) -> list[tuple[int, str]]:
    """(value, unit) for each count in TEXT: "12 000 military personnel" -> (12000, "troops").

    Day numbers next to a month name, bare years (1000-2999) and ordinals are not counts."""
    tokens = words(_ORDINAL_RE.sub(" ", text))
    out: list[tuple[int, str]] = []
    i = 0
    prev_date = False
    while i < len(tokens):
        tok = tokens[i]
        value: float | None = None
        start = i
        if _is_number(tok):
            value = float(tok)
            i += 1
        elif tok in SMALL_NUMBERS or (tok in ("a", "an") and i + 1 < len(tokens) and tokens[i + 1] in MULTIPLIERS):
            value = 0.0
            part = 0.0
            while i < len(tokens) and (tokens[i] in SMALL_NUMBERS or tokens[i] in ("a", "an", "and")
                                       or tokens[i] in MULTIPLIERS):
                t = tokens[i]
                if t in ("a", "an"):
                    part += 1
                elif t in SMALL_NUMBERS:
                    part += SMALL_NUMBERS[t]
                elif t in MULTIPLIERS and t not in ("k", "m"):
                    mult = MULTIPLIERS[t]
                    if mult == 100:
                        part = (part or 1) * 100
                    else:
                        value += (part or 1) * mult
                        part = 0.0
                i += 1
            value += part
            if tokens[i - 1] == "and":
                i -= 1
        else:
            prev_date = False
            i += 1
            continue
        # a multiplier after digits: "1.5 million", "12 thousand", "12k"
        if i < len(tokens) and _is_number(tokens[start]) and tokens[i] in MULTIPLIERS:
            value *= MULTIPLIERS[tokens[i]]
            i += 1
        before = tokens[start - 1] if start > 0 else ""
        after = tokens[i] if i < len(tokens) else ""
        is_year = _is_number(tokens[start]) and "." not in tokens[start] and 1000 <= value <= 2999 and i == start + 1
        is_day = before in MONTH_WORDS or after in MONTH_WORDS or prev_date
        prev_date = is_day or is_year
        if is_day or is_year or value == 0:
            continue
        unit = _unit(tokens, i)
        if unit:
            out.append((int(round(value)), unit))
    return out


def _unit(tokens: Sequence[str], i: int) -> str:
    """The noun a count belongs to: the first known unit among the next three words, else the
    first word that is not a function word."""
    window: list[str] = []
    while i < len(tokens) and len(window) < 3:
        t = tokens[i]
        if _is_number(t) or t in SMALL_NUMBERS:
            break
        if t not in STOP_WORDS and t not in _NOT_UNITS:
            window.append(t)
        i += 1
    for t in window:
        if t in UNIT_SYNONYMS:
            return UNIT_SYNONYMS[t]
    return window[0] if window else ""


# ---------------------------------------------------------------- same happening


_NOT_TOPIC = STOP_WORDS | MONTH_WORDS | frozenset(SMALL_NUMBERS) | frozenset(MULTIPLIERS)


@lru_cache(maxsize=4096)
def _claimant_words(by: str) -> frozenset[str]:
    return frozenset(words(by))


def topic_words(event: Event) -> frozenset[str]:
    """What the statement is about: content words without numbers, dates or its claimant."""
    found = frozenset(words(event.text)).difference(_NOT_TOPIC, _claimant_words(event.by))
    # a token of diff.words starts with a digit exactly when it is a number
    return frozenset(t for t in found if not t[0].isdecimal())


def _who(event: Event) -> str:
    return event.by or event.source or "unattributed"


def _number_conflict(a: list[tuple[int, str]], b: list[tuple[int, str]]) -> list[tuple[str, int, int]]:
    """(unit, value in a, value in b) for each unit both count, with no value in common."""
    out = []
    units_a: dict[str, set[int]] = {}
    units_b: dict[str, set[int]] = {}
    for v, u in a:
        units_a.setdefault(u, set()).add(v)
    for v, u in b:
        units_b.setdefault(u, set()).add(v)
    for unit in sorted(set(units_a) & set(units_b)):
        if not units_a[unit] & units_b[unit]:
            out.append((unit, min(units_a[unit]), min(units_b[unit])))
    return out


def _fmt(n: int) -> str:
    return f"{n:,}"


# Comparisons between the claims of two wordings (or within one) are all made while there
# are at most this many pairs of distinct claims; beyond it each claim is compared with
# PARTNERS of the other side chosen by date (see _claim_pairs), so the work stays linear.
EXACT_CLAIM_PAIRS = 4096
PARTNERS = 4


class _Claim:
    """Events of one wording that say the same thing: same topic words, same days, same
    counts. Two events of one claim never contradict each other, and each contradicts
    exactly what the other does (up to who says it), so a flood of copies is compared once."""

    __slots__ = ("bounds", "counts", "members", "reps", "pending")

    def __init__(self, bounds: tuple, counts: list[tuple[int, str]]) -> None:
        self.bounds = bounds
        self.counts = counts
        self.members: list[int] = []
        self.reps: list[int] = []  # up to two members with different claimants (_who_key)
        self.pending: list[int] = []  # members not yet in any reason


def _who_key(event: Event) -> tuple[str, str]:
    return (event.by.casefold(), event.source)


def _claim_pairs(left: list[_Claim], right: list[_Claim] | None):
    """The pairs of claims to compare: all of them while there are few; else each claim
    with the PARTNERS of the other side that end first, that start last (a date conflict
    needs days that do not overlap, and these are the ones most apart) and that start
    nearest to it (a count conflict needs days that overlap)."""
    import bisect

    same = right is None
    other: list[_Claim] = left if right is None else right
    count = len(left) * (len(left) - 1) // 2 if same else len(left) * len(other)
    if count <= EXACT_CLAIM_PAIRS:
        if same:
            for x in range(len(left)):
                for y in range(x + 1, len(left)):
                    yield left[x], left[y]
        else:
            for a in left:
                for b in other:
                    yield a, b
        return
    seen: set[tuple[int, int]] = set()

    def partners(claims: list[_Claim]):
        by_end = sorted(claims, key=lambda c: c.bounds[1])[:PARTNERS]
        by_start = sorted(claims, key=lambda c: c.bounds[0])
        starts = [c.bounds[0] for c in by_start]
        last = by_start[-PARTNERS:]

        def near(claim: _Claim) -> list[_Claim]:
            k = bisect.bisect_left(starts, claim.bounds[0])
            return by_start[max(0, k - PARTNERS // 2): k + PARTNERS // 2]
        return lambda claim: (*by_end, *last, *near(claim))

    sides = [(left, partners(other))] if same else [(left, partners(other)), (other, partners(left))]
    for side, against in sides:
        for a in side:
            for b in against(a):
                if a is b:
                    continue
                key = (id(a), id(b)) if id(a) < id(b) else (id(b), id(a))
                if key not in seen:
                    seen.add(key)
                    yield a, b


def find_conflicts(events: Iterable[Event]) -> list[ConflictGroup]:
    """Groups of events that contradict each other, in timeline order.

    Events with the same topic words are one *wording*; the similarity search runs over
    distinct wordings, so copies of one statement (a flood of reposts) count once and cannot
    make the words that tell two claims apart too common to index (diff.POSTING_SHARE). Inside
    a wording, and between two similar ones, events are compared as claims (_Claim): the work
    grows with the number of events, not with the square of a flood.
    """
    from timeline_cli.store import sort_key
    from timeline_cli.when import format_when, parse_when

    events = list(events)
    wordings: dict[frozenset[str], int] = {}  # topic words -> wording number
    first: list[int] = []  # each wording's first event
    more: dict[int, list[int]] = {}  # a repeated wording's other events
    bounds: list[tuple] = []
    for k, e in enumerate(events):
        w = parse_when(e.when)
        bounds.append((w.earliest, w.latest))
        topics = topic_words(e)
        if not topics:  # about nothing in particular: like nothing else
            continue
        g = wordings.setdefault(topics, len(first))
        if g == len(first):
            first.append(k)
        else:
            more.setdefault(g, []).append(k)
    topic_sets = list(wordings)

    def members_of(g: int) -> list[int]:
        return [first[g], *more.get(g, ())]
    counts_cache: dict[str, list[tuple[int, str]]] = {}
    claims_cache: dict[int, list[_Claim]] = {}

    def counted(k: int) -> list[tuple[int, str]]:
        text = events[k].text
        if text not in counts_cache:
            counts_cache[text] = numbers(text)
        return counts_cache[text]

    def claims(g: int) -> list[_Claim]:
        if g not in claims_cache:
            by_key: dict[tuple, _Claim] = {}
            for k in members_of(g):
                found = counted(k)
                key = (bounds[k], frozenset(found))
                claim = by_key.get(key)
                if claim is None:
                    claim = by_key[key] = _Claim(bounds[k], found)
                claim.members.append(k)
                claim.pending.append(k)
                if len(claim.reps) < 2 and (not claim.reps or
                                            _who_key(events[claim.reps[0]]) != _who_key(events[k])):
                    claim.reps.append(k)
            claims_cache[g] = list(by_key.values())
        return claims_cache[g]

    reasons: list[tuple[int, int, Reason]] = []

    def partner(claim: _Claim, k: int, must_differ: bool) -> int | None:
        """An event of `claim` that contradicts event k (said by someone else if must_differ)."""
        if not must_differ:
            return claim.members[0]
        mine = _who_key(events[k])
        return next((r for r in claim.reps if _who_key(events[r]) != mine), None)

    def pairs_of(x: _Claim, y: _Claim, must_differ: bool) -> list[tuple[int, int]]:
        """One pair for the two claims, and one for each of their events not yet given a
        reason: every event of a group is shown with why it is there, and a claim repeated by
        1,000 accounts against one denial is 1,000 reasons, not a million."""
        first = next(((i, j) for i in x.reps for j in y.reps
                      if not must_differ or _who_key(events[i]) != _who_key(events[j])), None)
        if first is None:
            return []
        out = {(min(first), max(first))}
        for one, two in ((x, y), (y, x)):
            waiting = []
            for k in one.pending:
                o = partner(two, k, must_differ)
                if o is None:
                    waiting.append(k)
                else:
                    out.add((min(k, o), max(k, o)))
            one.pending = waiting
        return sorted(out)

    def judge(x: _Claim, y: _Claim, sim: float) -> None:
        (xe, xl), (ye, yl) = x.bounds, y.bounds
        clash = _number_conflict(x.counts, y.counts)
        if not (xe <= yl and ye <= xl):
            if clash or sim < DATE_SIMILARITY:
                return  # different counts at different times: the situation changed
            for i, j in pairs_of(x, y, sim < SAME_TEXT):
                a, b = events[i], events[j]
                reasons.append((i, j, Reason(
                    "dates", (a.id, b.id),
                    f"dates cannot both be right: {format_when(a.when)} ({_who(a)}) vs "
                    f"{format_when(b.when)} ({_who(b)})")))
        elif clash:
            for i, j in pairs_of(x, y, False):
                a, b = events[i], events[j]
                for unit, p, q in _number_conflict(counted(i), counted(j)):
                    reasons.append((i, j, Reason(
                        "numbers", (a.id, b.id),
                        f"numbers differ for {unit}: {_fmt(p)} ({_who(a)}) vs {_fmt(q)} ({_who(b)})")))

    for g in more:
        for x, y in _claim_pairs(claims(g), None):
            judge(x, y, 1.0)
    for g, h, sim in similar_pairs(topic_sets, None, NUMBER_SIMILARITY):
        for x, y in _claim_pairs(claims(g), claims(h)):
            judge(x, y, sim)
    reasons.sort(key=lambda r: (r[0], r[1]))

    index = {e.id: k for k, e in enumerate(events)}
    for k, e in enumerate(events):
        if not e.conflict:
            continue
        others = [index[t] for t in _ID_TOKEN_RE.findall(e.conflict) if t in index and index[t] != k]
        if others:
            for o in others:
                if o > k or not events[o].conflict:
                    reasons.append((k, o, Reason("merge", (e.id, events[o].id), f"merge conflict: {e.conflict}")))
        else:
            reasons.append((k, k, Reason("merge", (e.id,), f"merge conflict: {e.conflict}")))

    parent = list(range(len(events)))

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for i, j, _ in reasons:
        ri, rj = find(i), find(j)
        if ri != rj:
            parent[max(ri, rj)] = min(ri, rj)
    members: dict[int, set[int]] = {}
    grouped_reasons: dict[int, list[Reason]] = {}
    for i, j, reason in reasons:
        root = find(i)
        members.setdefault(root, set()).update((i, j))
        grouped_reasons.setdefault(root, []).append(reason)
    groups = []
    for root, ks in members.items():
        evs = tuple(sorted((events[k] for k in ks), key=sort_key))
        groups.append(ConflictGroup(evs, tuple(dict.fromkeys(grouped_reasons[root]))))
    groups.sort(key=lambda g: sort_key(g.events[0]))
    return groups


def to_json(groups: Sequence[ConflictGroup], verdicts: "dict[str, str] | None" = None) -> list[dict]:
    """`timeline conflicts --format json`: a list of groups, keys always present in this order:

        [{"kinds": ["dates"],                       "dates" | "numbers" | "merge", in order found
          "reasons": [{"kind": "dates", "ids": ["a1..", "b2.."], "words": "dates cannot ..."}],
          "events": [{...}, ...],                   as `timeline export --format json`, by date
          "finding": "c3f0a9e21b7d",                the finding's stable id (--dismiss takes it)
          "verdict": ""}]                           "reviewed" | "not-a-conflict" | "" (none yet)
    """
    verdicts = verdicts or {}
    from timeline_cli.formats._common import export_record

    return [
        {
            "kinds": list(g.kinds),
            "reasons": [{"kind": r.kind, "ids": list(r.ids), "words": r.words} for r in g.reasons],
            "events": [export_record(e) for e in g.events],
            "finding": g.finding,
            "verdict": verdicts.get(g.finding, ""),
        }
        for g in groups
    ]
