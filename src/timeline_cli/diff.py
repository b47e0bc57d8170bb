"""Compare two timelines: which events were added, removed or changed, and how, in words.

Pure: events in, dataclasses out. `timeline diff` reads the two sides with gitread.py (a store,
stdin or `git:REV`), and render/diff.py draws a `DiffResult` as Rich (plain lines and JSON
come from here); `timeline conflicts` reuses the text measure below.

Matching
--------
1. By `id`: the same id on both sides is the same event.
2. The events left over are paired when they describe the same statement:
   a. same (non-empty) `source` and overlapping `span` (the same stretch of the same
      document, re-extracted with other words or another date), or
   b. similar text (see `similarity`), with a little extra weight when the dates still
      overlap, the source is the same or the claimant is the same.
   Candidate pairs are scored and taken greedily, best first, so each event is paired at
   most once. What stays unpaired is `removed` (old side) or `added` (new side).

The text measure is the Jaccard index of the two sets of normalised words (casefolded,
numbers written one way, stop words and a plural `s` dropped). Why a set measure and not
difflib's ratio: re-worded statements move clauses around ("X, Ukrainian intelligence
said" vs "Ukrainian intelligence reported that X"), which an order-sensitive ratio punishes
and a set does not; Jaccard is cheap, symmetric and bounded; and, unlike difflib, it admits
*prefix filtering*, an exact blocking scheme for set-similarity joins: order every word by
how rare it is, then two sets with Jaccard >= t must share a word among the first
|x| - ceil(t*|x|) + 1 rarest words of each. An inverted index of those prefixes finds every
candidate pair without comparing all pairs, so pairing stays near-linear on large stores.
We block on words rather than date buckets on purpose: a bucket would hide exactly the
pairs whose date was contradicted, which a diff must report.

Date changes (old -> new, by the earliest/latest day each EDTF value can mean)
------------------------------------------------------------------------------
* `date-refined`     new bounds inside old: `2024-10` -> `2024-10-24`
* `date-broadened`   old bounds inside new: `2024-10-24` -> `2024-10`
* `date-moved`       bounds still overlap, neither inside the other: shifted by `days`
* `date-contradicted` bounds no longer overlap: both cannot be right; `days` says how far
* `date-requalified` same days, different notation: `2024-06` -> `2024-06~` (now approximate)
`days` is how far the first possible day moved (the last one when a start is open), null
when it cannot be said or does not apply (refined / broadened / requalified).

Other field changes: `id-changed` (the pair was matched by span or text), `text-edited`,
`claimant-changed` (`by`), `source-changed`, `tags-changed`, `status-changed`,
`reported-changed`, `reported-assumed-changed`, `actors-changed`, `places-changed`,
`span-changed`, `note-changed`, `mod-changed`, `conflict-changed`.

JSON shape (`timeline diff --format json`; pinned by tests/test_diff.py)
------------------------------------------------------------------------
    {
      "old": "git:HEAD:timeline.toml",   label of the old side
      "new": "timeline.toml",            label of the new side
      "summary": {"added": 1, "removed": 0, "changed": 1, "unchanged": 16},
      "changes": [                       in timeline order (the new event's date, else the old)
        {
          "change": "changed",           "added" | "removed" | "changed"
          "id": "2227c778b057",          id on the new side (the old side for "removed")
          "old_id": "2227c778b057",      id on the old side; null for "added"
          "matched_by": "id",            "id" | "span" | "text"; null for added / removed
          "similarity": 1.0,             word-set Jaccard of the two texts (0..1, 3 decimals); null
                                         for added / removed
          "old": {...},                  the old event, keys as `timeline export --format json`;
                                         null for "added"
          "new": {...},                  the new event likewise; null for "removed"
          "fields": [                    one per changed field; [] for added / removed
            {
              "field": "when",           the Event field
              "kind": "date-refined",    one of the kinds above
              "old": "2024-10",          old value: string, list of strings, [start, end], bool
                                         or null
              "new": "2024-10-24",       new value, same types
              "days": null,              int for date-moved / date-contradicted, else null
              "words": "date refined: Oct 2024 -> 24 Oct 2024"   the change for a reader
            }
          ]
        }
      ]
    }
Every key is always present, in this order.
"""

from __future__ import annotations

import math
import re
import unicodedata
from bisect import bisect_left
from collections import Counter, defaultdict
from dataclasses import dataclass
from datetime import date
from typing import Iterable, Iterator, Sequence

from timeline_cli.model import FIELD_ORDER, FIELDS, Event

__all__ = [
    "FieldChange", "Change", "DiffResult", "diff", "words", "content_words", "similarity",
    "similar_pairs", "date_change", "field_changes", "to_json", "plain_lines", "CHANGE_KEYS",
    "FIELD_KEYS", "TOP_KEYS",
]

TOP_KEYS = ("old", "new", "summary", "changes")
SUMMARY_KEYS = ("added", "removed", "changed", "unchanged")
CHANGE_KEYS = ("change", "id", "old_id", "matched_by", "similarity", "old", "new", "fields")
FIELD_KEYS = ("field", "kind", "old", "new", "days", "words")

# Pairing thresholds (see the module docstring). A pair is taken when
# jaccard + bonuses >= ACCEPT. Candidates are generated down to MIN_JACCARD, so the
# bonuses can lift a re-worded statement with the same date and source over the line.
MIN_JACCARD = 0.3
ACCEPT = 0.55
BONUS_DATES_OVERLAP = 0.15
BONUS_SAME_SOURCE = 0.10
BONUS_SAME_BY = 0.05
# A word found in more than a tenth of the records ("troops", "ukrainian" in a war timeline;
# at least 50, at most 250 records) is left out of the prefix index: each such word would
# make a quadratic block of its own and says little about which statement is which. Pairs
# are then found through their rarer words (names, places, numbers); only a pair sharing
# nothing but very common words is missed.
POSTING_SHARE = 0.1
MIN_POSTING = 50
MAX_POSTING = 250


# ---------------------------------------------------------------- words

# Numbers written with group separators ("12 000", "12,000", "12.000", "12 000") are one
# token; plain digits, decimals, and words (letters, with inner apostrophes) are tokens.
_TOKEN_RE = re.compile(
    r"(?P<num>\d{1,3}(?:[ ,.\u00a0\u2009\u202f]\d{3})+(?!\d)|\d+(?:\.\d+)?)"
    r"|(?P<word>[^\W\d_]+(?:['’][^\W\d_]+)*)"
)
_GROUP_SEP_RE = re.compile(r"[ ,.\u00a0\u2009\u202f]")

# Lower-cased once (habit 5). Function words and the verbs of attribution, which say who
# claims a thing rather than what happened.
from timeline_cli.lang.en.words import STOP_WORDS  # noqa: E402  (English, from the language pack)


def _normal_number(text: str) -> str:
    if _GROUP_SEP_RE.search(text) and re.fullmatch(r"\d{1,3}(?:[ ,.\u00a0\u2009\u202f]\d{3})+", text):
        return _GROUP_SEP_RE.sub("", text)
    return text


def _stem(word: str) -> str:
    """A deliberately tiny stemmer: 'soldiers' -> 'soldier', 'troops' -> 'troop', 'passes' kept."""
    if len(word) > 4 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


def words(text: str) -> list[str]:
    """Normalised tokens of TEXT: NFKC, casefolded, numbers without group separators,
    possessive 's dropped, plural s stripped. Stop words kept (see content_words)."""
    text = unicodedata.normalize("NFKC", text)
    out: list[str] = []
    for m in _TOKEN_RE.finditer(text):
        num = m.group("num")
        if num is not None:
            out.append(_normal_number(num))
            continue
        word = m.group("word").casefold().replace("’", "'")
        if word.endswith("'s"):
            word = word[:-2]
        out.append(_stem(word))
    return out


def content_words(text: str) -> frozenset[str]:
    """The set of words that say what a statement is about (stop words dropped).

    A text of stop words only keeps them all, so that no statement has an empty set."""
    tokens = words(text)
    content = frozenset(t for t in tokens if t not in STOP_WORDS)
    return content or frozenset(tokens)


def similarity(a: frozenset[str], b: frozenset[str]) -> float:
    """Jaccard index of two word sets (0 when both are empty)."""
    if not a and not b:
        return 0.0
    inter = len(a & b)
    return inter / (len(a) + len(b) - inter)


def _prefix_length(size: int, threshold: float) -> int:
    return size - math.ceil(threshold * size - 1e-9) + 1


def similar_pairs(
    left: Sequence[frozenset[str]],
    right: Sequence[frozenset[str]] | None = None,
    threshold: float = MIN_JACCARD,
) -> Iterator[tuple[int, int, float]]:
    """(i, j, jaccard) for every pair with jaccard >= threshold, by prefix filtering.

    With `right` None, a self-join of `left` yielding i < j. Very common words (see
    POSTING_SHARE, both sides counted) are not indexed; apart from that the join is exact.
    """
    self_join = right is None
    right_sets = left if right is None else right
    df: Counter[str] = Counter()
    for s in left:
        df.update(s)
    if not self_join:
        for s in right_sets:
            df.update(s)

    def prefix(s: frozenset[str]) -> list[str]:
        ordered = sorted(s, key=lambda w: (df[w], w))
        return ordered[: _prefix_length(len(ordered), threshold)]

    records = len(left) + (0 if self_join else len(right_sets))
    cap = min(MAX_POSTING, max(MIN_POSTING, int(POSTING_SHARE * records)))
    index: dict[str, list[int]] = defaultdict(list)
    left_prefixes = [[w for w in prefix(s) if df[w] <= cap] for s in left]
    if not self_join:
        for i, p in enumerate(left_prefixes):
            for w in p:
                index[w].append(i)
    for j, s in enumerate(right_sets):
        if not s:
            continue
        p = left_prefixes[j] if self_join else [w for w in prefix(s) if df[w] <= cap]
        seen: set[int] = set()
        for w in p:
            posting = index.get(w)
            if posting is None:
                continue
            for i in posting:
                if i in seen:
                    continue
                seen.add(i)
                score = similarity(left[i], s)
                if score >= threshold:
                    yield (i, j, score)
        if self_join:
            for w in p:
                index[w].append(j)


# ---------------------------------------------------------------- results


@dataclass(frozen=True, slots=True)
class FieldChange:
    field: str
    kind: str
    old: object
    new: object
    words: str
    days: int | None = None


@dataclass(frozen=True, slots=True)
class Change:
    change: str  # "added" | "removed" | "changed"
    old: Event | None
    new: Event | None
    matched_by: str | None = None  # "id" | "span" | "text"
    similarity: float | None = None
    fields: tuple[FieldChange, ...] = ()

    @property
    def id(self) -> str:
        return (self.new or self.old).id  # type: ignore[union-attr]

    @property
    def event(self) -> Event:
        return self.new or self.old  # type: ignore[return-value]

    @property
    def prefix(self) -> str:
        return {"added": "+", "removed": "-", "changed": "~"}[self.change]


@dataclass(frozen=True)
class DiffResult:
    changes: tuple[Change, ...]
    unchanged: int
    old_label: str = "old"
    new_label: str = "new"

    @property
    def differs(self) -> bool:
        return bool(self.changes)

    def count(self, kind: str) -> int:
        return sum(1 for c in self.changes if c.change == kind)

    @property
    def summary(self) -> dict[str, int]:
        return {"added": self.count("added"), "removed": self.count("removed"),
                "changed": self.count("changed"), "unchanged": self.unchanged}


# ---------------------------------------------------------------- date changes


def _days_word(days: int) -> str:
    n = abs(days)
    unit = "day" if n == 1 else "days"
    return f"{n} {unit} {'later' if days > 0 else 'earlier'}"


def _shift(o, n) -> int | None:
    if not o.open_start and not n.open_start and o.earliest != date.min and n.earliest != date.min:
        return (n.earliest - o.earliest).days
    if not o.open_end and not n.open_end and o.latest != date.max and n.latest != date.max:
        return (n.latest - o.latest).days
    return None


def _qualifier_words(o, n) -> str:
    said = []
    if n.approximate != o.approximate:
        said.append("now approximate" if n.approximate else "no longer approximate")
    if n.uncertain != o.uncertain:
        said.append("now uncertain" if n.uncertain else "no longer uncertain")
    return ", ".join(said) or "written differently, same days"


def date_change(old: str, new: str) -> FieldChange | None:
    """How the date of a statement changed from OLD to NEW (EDTF), or None when it did not."""
    from timeline_cli.when import format_when, parse_when

    if old == new:
        return None
    o, n = parse_when(old), parse_when(new)
    shown = f"{format_when(o)} -> {format_when(n)}"
    if (o.earliest, o.latest) == (n.earliest, n.latest):
        if o.text == n.text:
            return None
        return FieldChange("when", "date-requalified", old, new,
                           f"date {_qualifier_words(o, n)}: {shown}")
    if o.earliest <= n.earliest and n.latest <= o.latest:
        return FieldChange("when", "date-refined", old, new, f"date refined: {shown}")
    if n.earliest <= o.earliest and o.latest <= n.latest:
        return FieldChange("when", "date-broadened", old, new, f"date broadened: {shown}")
    days = _shift(o, n)
    if n.latest < o.earliest or n.earliest > o.latest:
        how = f" ({_days_word(days)}; the two dates cannot both be right)" if days else (
            " (the two dates cannot both be right)")
        return FieldChange("when", "date-contradicted", old, new, f"date contradicted: {shown}{how}",
                           days)
    moved = f" {_days_word(days)}" if days else ""
    return FieldChange("when", "date-moved", old, new, f"date moved{moved}: {shown} (still overlapping)",
                       days)


# ---------------------------------------------------------------- other fields


def _short(value: object, limit: int = 80) -> str:
    if value is None or value == "" or value == ():
        return "(none)"
    if isinstance(value, tuple):
        value = ", ".join(str(v) for v in value)
    text = str(value)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _text_words(old: str, new: str) -> str:
    """'text edited: replaced "about 12 000" with "12,000"' for a small edit, else old -> new."""
    from difflib import SequenceMatcher

    a, b = old.split(), new.split()
    ops = [op for op in SequenceMatcher(None, a, b, autojunk=False).get_opcodes() if op[0] != "equal"]
    if not ops:
        return "text edited: whitespace only"
    if len(ops) <= 3:
        parts = []
        for tag, i1, i2, j1, j2 in ops:
            gone, came = _short(" ".join(a[i1:i2]), 60), _short(" ".join(b[j1:j2]), 60)
            if tag == "replace":
                parts.append(f"{gone!r} -> {came!r}")
            elif tag == "delete":
                parts.append(f"removed {gone!r}")
            else:
                parts.append(f"added {came!r}")
        return "text edited: " + "; ".join(parts)
    return f"text edited: {_short(old)!r} -> {_short(new)!r}"


def _set_words(label: str, old: tuple[str, ...], new: tuple[str, ...]) -> str:
    added = [t for t in new if t not in old]
    gone = [t for t in old if t not in new]
    parts = [f"+{t}" for t in added] + [f"-{t}" for t in gone]
    return f"{label} changed: {' '.join(parts)}" if parts else f"{label} reordered"


def _plain_words(label: str, old: object, new: object) -> str:
    if old in ("", None, ()):
        return f"{label} added: {_short(new)}"
    if new in ("", None, ()):
        return f"{label} removed (was {_short(old)})"
    return f"{label} changed: {_short(old)} -> {_short(new)}"


# (change kind, label) of every optional field, from the schema table (model.FIELDS).
_FIELD_KIND = {f.name: (f.change, f.label) for f in FIELDS if not f.required}


def _json_value(value: object) -> object:
    if isinstance(value, tuple):
        return list(value)
    if isinstance(value, date):
        return value.isoformat()
    return value


def field_changes(old: Event, new: Event) -> tuple[FieldChange, ...]:
    """Every field that differs between two versions of one event, in FIELD_ORDER."""
    out: list[FieldChange] = []
    for name in FIELD_ORDER:
        a, b = getattr(old, name), getattr(new, name)
        if a == b:
            continue
        if name == "id":
            out.append(FieldChange("id", "id-changed", a, b, f"id changed: {a} -> {b}"))
        elif name == "when":
            change = date_change(a, b)
            if change is not None:
                out.append(change)
        elif name == "text":
            if " ".join(a.split()) == " ".join(b.split()) and a != b:
                out.append(FieldChange("text", "text-edited", a, b, "text edited: whitespace only"))
            else:
                out.append(FieldChange("text", "text-edited", a, b, _text_words(a, b)))
        else:
            kind, label = _FIELD_KIND[name]
            if name in ("tags", "actors", "places"):
                wording = _set_words(label, a, b)
            elif name == "reported_assumed":
                wording = "report date now assumed" if b else "report date no longer assumed"
            elif name == "span":
                wording = _plain_words(label, "" if a is None else f"{a[0]}-{a[1]}",
                                       "" if b is None else f"{b[0]}-{b[1]}")
            else:
                wording = _plain_words(label, a, b)
            out.append(FieldChange(name, kind, _json_value(a), _json_value(b), wording))
    return tuple(out)


# ---------------------------------------------------------------- matching


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a == b or max(a[0], b[0]) < min(a[1], b[1])


def _span_candidates(lo: Sequence[Event], ln: Sequence[Event]) -> Iterator[tuple[int, int]]:
    """(i, j) where old lo[i] and new ln[j] share a source and their spans overlap.

    Per source, old spans sorted by start; a new span [s, e) can only meet old spans that
    start in [s - longest, e], found by bisection."""
    by_source: dict[str, list[tuple[int, int, int]]] = defaultdict(list)
    for i, e in enumerate(lo):
        if e.source and e.span is not None:
            by_source[e.source].append((e.span[0], e.span[1], i))
    starts: dict[str, list[int]] = {}
    longest: dict[str, int] = {}
    for src, spans in by_source.items():
        spans.sort()
        starts[src] = [s[0] for s in spans]
        longest[src] = max(s[1] - s[0] for s in spans)
    for j, e in enumerate(ln):
        if not e.source or e.span is None or e.source not in by_source:
            continue
        spans, keys = by_source[e.source], starts[e.source]
        k = bisect_left(keys, e.span[0] - longest[e.source])
        while k < len(spans) and spans[k][0] <= e.span[1]:
            s, t, i = spans[k]
            if _overlap((s, t), e.span):
                yield i, j
            k += 1


def _bounds(event: Event):
    from timeline_cli.when import parse_when

    w = parse_when(event.when)
    return w.earliest, w.latest


def _pair_leftovers(lo: Sequence[Event], ln: Sequence[Event]) -> list[tuple[int, int, str, float]]:
    """Greedy best-first pairing of unmatched events: [(i, j, how, jaccard)]."""
    if not lo or not ln:
        return []
    old_words = [content_words(e.text) for e in lo]
    new_words = [content_words(e.text) for e in ln]
    candidates: dict[tuple[int, int], tuple[float, str, float]] = {}
    for i, j in _span_candidates(lo, ln):
        jac = similarity(old_words[i], new_words[j])
        candidates[(i, j)] = (2.0 + jac, "span", jac)
    for i, j, jac in similar_pairs(old_words, new_words, MIN_JACCARD):
        if (i, j) in candidates:
            continue
        a, b = lo[i], ln[j]
        (ae, al), (be, bl) = _bounds(a), _bounds(b)
        score = jac
        if ae <= bl and be <= al:
            score += BONUS_DATES_OVERLAP
        if a.source and a.source == b.source:
            score += BONUS_SAME_SOURCE
        if a.by and a.by.casefold() == b.by.casefold():
            score += BONUS_SAME_BY
        if score >= ACCEPT - 1e-9:
            candidates[(i, j)] = (score, "text", jac)
    ranked = sorted(candidates.items(), key=lambda kv: (-kv[1][0], lo[kv[0][0]].id, ln[kv[0][1]].id))
    used_old: set[int] = set()
    used_new: set[int] = set()
    pairs = []
    for (i, j), (_, how, jac) in ranked:
        if i in used_old or j in used_new:
            continue
        used_old.add(i)
        used_new.add(j)
        pairs.append((i, j, how, jac))
    return pairs


def diff(old: Iterable[Event], new: Iterable[Event], *, old_label: str = "old",
         new_label: str = "new") -> DiffResult:
    """What changed from OLD to NEW, in timeline order."""
    from timeline_cli.store import sort_key

    old = list(old)
    new = list(new)
    new_by_id = {e.id: e for e in new}
    old_ids = {e.id for e in old}
    changes: list[Change] = []
    unchanged = 0
    leftover_old: list[Event] = []
    for o in old:
        n = new_by_id.get(o.id)
        if n is None:
            leftover_old.append(o)
        elif n == o:
            unchanged += 1
        else:
            sim = 1.0 if n.text == o.text else round(similarity(content_words(o.text),
                                                                content_words(n.text)), 3)
            changes.append(Change("changed", o, n, "id", sim, field_changes(o, n)))
    leftover_new = [e for e in new if e.id not in old_ids]
    paired_old: set[int] = set()
    paired_new: set[int] = set()
    for i, j, how, jac in _pair_leftovers(leftover_old, leftover_new):
        o, n = leftover_old[i], leftover_new[j]
        paired_old.add(i)
        paired_new.add(j)
        changes.append(Change("changed", o, n, how, round(jac, 3), field_changes(o, n)))
    for i, o in enumerate(leftover_old):
        if i not in paired_old:
            changes.append(Change("removed", o, None))
    for j, n in enumerate(leftover_new):
        if j not in paired_new:
            changes.append(Change("added", None, n))
    order = {"removed": 0, "changed": 1, "added": 2}
    changes.sort(key=lambda c: (sort_key(c.event), order[c.change]))
    return DiffResult(tuple(changes), unchanged, old_label, new_label)


# ---------------------------------------------------------------- output data


def _field_json(f: FieldChange) -> dict:
    return {"field": f.field, "kind": f.kind, "old": f.old, "new": f.new, "days": f.days,
            "words": f.words}


def to_json(result: DiffResult) -> dict:
    """The documented JSON shape (module docstring) as plain Python data."""
    from timeline_cli.formats._common import export_record

    return {
        "old": result.old_label,
        "new": result.new_label,
        "summary": result.summary,
        "changes": [
            {
                "change": c.change,
                "id": c.id,
                "old_id": c.old.id if c.old is not None else None,
                "matched_by": c.matched_by,
                "similarity": c.similarity,
                "old": export_record(c.old) if c.old is not None else None,
                "new": export_record(c.new) if c.new is not None else None,
                "fields": [_field_json(f) for f in c.fields],
            }
            for c in result.changes
        ],
    }


def _plain_value(value: object) -> str:
    from timeline_cli.sanitize import safe_line

    if value is None:
        return ""
    if isinstance(value, (list, tuple)):
        return safe_line(",".join(str(v) for v in value))
    if isinstance(value, bool):
        return "true" if value else "false"
    return safe_line(str(value))


def plain_lines(result: DiffResult) -> Iterator[str]:
    """One tab-separated line per change, for scripts (no header, no colour):

        +  ID  WHEN  TEXT                     an added event
        -  ID  WHEN  TEXT                     a removed event
        ~  ID  KIND  OLD  NEW  WORDS          one line per changed field of a changed event

    ID on `~` lines is the new id (an `id-changed` line links it to the old one). Lists are
    joined with commas; tabs, newlines and control characters are escaped.
    """
    from timeline_cli.sanitize import safe_line

    for c in result.changes:
        if c.change == "changed":
            for f in c.fields:
                yield "\t".join(("~", c.id, f.kind, _plain_value(f.old), _plain_value(f.new),
                                 safe_line(f.words)))
        else:
            e = c.event
            yield "\t".join((c.prefix, e.id, e.when, safe_line(e.text)))
