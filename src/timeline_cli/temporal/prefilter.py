"""The scanner's prefilter, derived from the rule patterns (nothing to keep in step by hand).

The scanner (`extract._Compiled`) tries the combined rule regex only near a *trigger* (a digit,
or a word every match of some rule contains) and only at *starts* (digits, a few punctuation
marks, the trigger itself, or a word some match can begin with). Both word sets come from the
patterns, read as regex syntax trees (`re._parser`):

- `starts(pattern)`: the words a match can begin with (and the non-letter characters);
- `needs(pattern)`: a set of words such that every match contains one of them (at a word
  start), or a digit; per rule the most selective such set is kept (long words over short
  function words).

`derive(patterns)` returns `Prefilter(words, stems, prefixes)`: trigger words (matched whole),
trigger stems (matched at a word start, any ending) and prefix words. A pattern whose matches
can start with an arbitrary word (`\\w+ times`) cannot be prefiltered; `derive` raises.
"""

from __future__ import annotations

import importlib
import sys
import textwrap
import zlib
from functools import lru_cache
from typing import Any, Callable, Iterable, NamedTuple

# CPython's regex parser (re.compile's own front end); typeshed has no stubs for it
P: Any = importlib.import_module("re._parser")
C: Any = importlib.import_module("re._constants")

# What the scanner may start a match at besides words (see extract._Compiled.word_start).
START_CHARS = frozenset("0123456789'’(+")
_LETTERS = frozenset("abcdefghijklmnopqrstuvwxyz")
_DIGITS = frozenset("0123456789")
# a letter class this large is "any letters": no word can be read from it
_OPEN_CLASS = 12

Items = Any  # a re._parser.SubPattern or a list of (op, av) items


class Prefilter(NamedTuple):
    words: frozenset[str]  # triggers, matched as whole words
    stems: frozenset[str]  # triggers, matched at a word start
    prefixes: frozenset[str]  # starts, whole words
    prefix_stems: frozenset[str]  # starts, at a word start
    key: str = ""  # of what it was derived from (see `current`)


class Unfilterable(ValueError):
    """A pattern whose matches can start with, or contain only, words no list can name."""


# ---------------------------------------------------------------- character classes
def _chars(op: Any, av: Any) -> frozenset[str] | None:
    """The characters one item can consume (lower-case scan); None: too many to list."""
    if op is C.LITERAL:
        return frozenset(chr(av))
    if op is C.NOT_LITERAL or op is C.ANY:
        return None
    if op is C.IN:
        out: set[str] = set()
        for cop, cav in av:
            if cop is C.NEGATE:
                return None
            if cop is C.LITERAL:
                out.add(chr(cav))
            elif cop is C.RANGE:
                out.update(chr(c) for c in range(cav[0], cav[1] + 1))
            elif cop is C.CATEGORY:
                if cav is C.CATEGORY_DIGIT:
                    out.update(_DIGITS)
                elif cav is C.CATEGORY_SPACE:
                    out.add(" ")
                else:
                    return None
            else:
                return None
        return frozenset(out)
    return None


def _letters(chars: frozenset[str] | None) -> bool | None:
    """True: only letters; False: no letter; None: some of each, or unknown."""
    if chars is None:
        return None
    has = chars & _LETTERS
    if not has:
        return False
    return True if len(has) == len(chars) else None


# ---------------------------------------------------------------- first words
Start = tuple[str, str]  # ("word", w) | ("open", prefix) | ("char", c)


def starts(pattern: str) -> frozenset[Start]:
    """How the matches of `pattern` (over lower-cased text) can begin."""
    return frozenset(_seq(_parse(pattern), 0, "", lambda p: {("word", p)} if p else set(), 0))


@lru_cache(maxsize=512)
def _parse(pattern: str) -> list:
    return P.parse(pattern).data


def _seq(items: list, i: int, prefix: str, k: Callable[[str], set], depth: int) -> set[Start]:
    if len(prefix) > 40 or depth > 200:
        return {("open", prefix)}
    if i == len(items):
        return k(prefix)
    op, av = items[i]

    def nxt(p: str) -> set[Start]:
        return _seq(items, i + 1, p, k, depth + 1)

    if op is C.ASSERT and av[0] == -1 and prefix and len(av[1]) == 1:
        chars = _chars(*list(av[1])[0])
        if chars is not None and not chars & _LETTERS:
            return set()  # (?<=\d) right after a letter: no match goes this way
    if op in (C.AT, C.ASSERT, C.ASSERT_NOT):
        return nxt(prefix)  # zero-width
    if op is C.SUBPATTERN:
        return _seq(list(av[3]), 0, prefix, nxt, depth + 1)
    if op is C.BRANCH:
        out: set[Start] = set()
        for alt in av[1]:
            out |= _seq(list(alt), 0, prefix, nxt, depth + 1)
        return out
    if op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
        lo, hi, body = av
        out = nxt(prefix) if lo == 0 else set()
        if lo == 0 and prefix and _separator(body):
            # an optional separator ("two\\s*to"): where letters follow, the word runs on, glued
            # to the next one; a stem stands for all of those instead of spelling out each pair
            out = {("open", prefix) if len(w) > len(prefix) else (kind, w) for kind, w in out}
        # one pass, then (for "+" / "*") the rest as optional further passes, twice at most
        again = (lo, hi) != (0, 1) and (lo, hi) != (1, 1)

        def after(p: str, left: int = 2) -> set[Start]:
            res = nxt(p)
            if again and left:
                res |= _seq(list(body), 0, p, lambda q: after(q, left - 1), depth + 1)
            return res
        return out | _seq(list(body), 0, prefix, after, depth + 1)
    chars = _chars(op, av)
    if chars is None or len(chars & _LETTERS) > _OPEN_CLASS:
        return {("open", prefix)} | ({("word", prefix)} if prefix and chars is None else set())
    out = set()
    for ch in chars:
        if ch in _LETTERS:
            out |= nxt(prefix + ch)
        elif prefix:
            out.add(("word", prefix))
        else:
            out.add(("char", ch))
    return out


def _separator(body: Any) -> bool:
    """Does every item of `body` consume only non-letters?"""
    items = list(body)
    return bool(items) and all(_letters(_chars(op, av)) is False for op, av in items)


# ---------------------------------------------------------------- words every match contains
Token = tuple[str, bool]  # (word, is_stem): a stem may go on with more letters


class _Costs(NamedTuple):
    common: frozenset[str]  # the language's most frequent words
    shared: frozenset[Token]  # triggers other rules need anyway: free
    # what does not depend on the costs, by (question, id(items), index, flag); the parse
    # trees the ids name stay alive as long as the memo (see _derive)
    memo: dict


def needs(pattern: str, common: Iterable[str] = (), shared: Iterable[Token] = (),
          memo: dict | None = None) -> frozenset[Token] | None:
    """Words (at a word start) one of which every match contains, besides digits; None: no such set.

    Among the sets that would do, the one least likely to fire on ordinary text: words other
    rules need anyway (`shared`), then no word of `common` ("the", "of"), few short words."""
    tree = _parse(pattern)
    costs = _Costs(frozenset(common), frozenset(shared), {} if memo is None else memo)
    # the scanner's guards: no word character before a match, none after it
    return _need(tree, False, False, costs)


def _cost(tokens: frozenset[Token], costs: _Costs) -> float:
    def one(token: Token) -> float:
        w, stem = token
        if token in costs.shared:
            return 0.0
        # common words fire everywhere, one- and two-letter ones nearly so; then longer is rarer
        return (1000 if w in costs.common else 30 if len(w) <= 2 else 1 + 4 / len(w)) * (3 if stem else 1)
    return sum(map(one, tokens))


def _need(items: list, prev_letter: bool, next_letter: bool, common: _Costs) -> frozenset[Token] | None:
    """`prev_letter` / `next_letter`: may a letter come just before / after these items?"""
    best: frozenset[Token] | None = None

    def consider(tokens: frozenset[Token] | None) -> None:
        nonlocal best
        if tokens is not None and (best is None or _cost(tokens, common) < _cost(best, common)):
            best = tokens

    memo = common.memo
    for i, (op, av) in enumerate(items):
        key = (id(items), i, prev_letter, next_letter)
        if key not in memo:
            prev = _may_end_with_letter(items, i, prev_letter)
            # a word starts here: the words the rest of the items spell from it
            word = not prev and op is C.LITERAL and chr(av) in _LETTERS
            memo[key] = (prev, _may_start_with_letter(items, i + 1, next_letter),
                         _spelled(items, i, next_letter) if word else None)
        prev, nxt, spelled = memo[key]
        if op is C.LITERAL and chr(av) in _LETTERS:
            if spelled is not None:
                consider(spelled)
        elif op is C.SUBPATTERN:
            consider(_need(av[3].data, prev, nxt, common))
        elif op is C.BRANCH:
            alts = [_need(alt.data, prev, nxt, common) for alt in av[1]]
            if all(a is not None for a in alts):
                consider(frozenset().union(*alts))  # type: ignore[arg-type]
        elif op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT) and av[0] >= 1:
            again = av[1] > 1  # a second pass stands beside the first
            consider(_need(av[2].data, prev or again, nxt or again, common))
        elif op in (C.LITERAL, C.IN) and (chars := _chars(op, av)) is not None and chars <= _DIGITS:
            consider(frozenset())  # a digit: always a trigger
    return best


def _spelled(items: list, i: int, next_letter: bool) -> frozenset[Token] | None:
    """The words items[i:] spell from a literal letter at i (None: not words throughout)."""
    op, av = items[i]
    if op is not C.LITERAL or chr(av) not in _LETTERS:
        return None
    spelled = _seq(items, i, "", lambda p: {("open" if next_letter else "word", p)}, 0)
    if not all(kind in ("word", "open") and w for kind, w in spelled):
        return None
    stems = {w for kind, w in spelled if kind == "open"}
    return frozenset((w, w in stems) for _, w in spelled)


def _may_start_with_letter(items: list, i: int, outer: bool) -> bool:
    """May items[i:] (then whatever follows, `outer`) begin with a letter?"""
    while i < len(items):
        op, av = items[i]
        if op is C.AT or op is C.ASSERT:
            i += 1
            continue
        if op is C.ASSERT_NOT:
            body = list(av[1])
            if av[0] == 1 and len(body) == 1:
                chars = _chars(*body[0])
                if chars is not None and _LETTERS <= chars:
                    return False  # (?![a-z])
            i += 1
            continue
        if op is C.SUBPATTERN:
            return _may_start_with_letter(list(av[3]) + list(items[i + 1:]), 0, outer)
        if op is C.BRANCH:
            return any(_may_start_with_letter(list(alt) + list(items[i + 1:]), 0, outer) for alt in av[1])
        if op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
            if _may_start_with_letter(list(av[2]), 0, True):
                return True
            if av[0] == 0:
                i += 1
                continue
            return False
        return _letters(_chars(op, av)) is not False
    return outer


def _may_end_with_letter(items: list, i: int, outer: bool) -> bool:
    """May items[:i] (after whatever precedes them, `outer`) end with a letter?"""
    while i > 0:
        op, av = items[i - 1]
        if op is C.ASSERT and av[0] == -1 and len(av[1]) == 1 and _letters(_chars(*list(av[1])[0])) is False:
            return False  # (?<=\d)
        if op in (C.AT, C.ASSERT, C.ASSERT_NOT):
            i -= 1
            continue
        if op is C.SUBPATTERN:
            body = list(av[3])
            return _may_end_with_letter(list(items[:i - 1]) + body, i - 1 + len(body), outer)
        if op is C.BRANCH:
            return any(_may_end_with_letter(list(items[:i - 1]) + list(alt), i - 1 + len(alt), outer)
                       for alt in av[1])
        if op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
            body = list(av[2])
            if _may_end_with_letter(body, len(body), True):
                return True
            if av[0] == 0:
                i -= 1
                continue
            return False
        return _letters(_chars(op, av)) is not False
    return outer


# ---------------------------------------------------------------- the prefilter of a rule table
@lru_cache(maxsize=16)
def _derive(patterns: tuple[str, ...], common: frozenset[str], gaps: frozenset[str]) -> Prefilter:
    start_words: set[str] = set()
    start_stems: set[str] = set()
    for pattern in patterns:
        for kind, w in starts(pattern):
            if kind == "open" and not w:
                raise Unfilterable(f"a match can start with any word: {pattern[:80]!r}")
            if kind == "char" and w not in START_CHARS:
                raise Unfilterable(f"a match can start with {w!r}: {pattern[:80]!r}")
            if kind == "word":
                start_words.add(w)
            elif kind == "open":
                start_stems.add(w)
    # each rule's cheapest trigger set, then again preferring what the other rules chose
    # (triggers they need anyway cost nothing), until the choice settles
    chosen: list[frozenset[Token]] = [frozenset()] * len(patterns)
    trees = [_parse(p) for p in patterns]  # alive while the memo names them by id
    memo: dict = {}
    for _ in range(4):
        before = list(chosen)
        for i, pattern in enumerate(patterns):
            others = frozenset().union(*(c for j, c in enumerate(before) if j != i))
            need = needs(pattern, common, others, memo)
            if need is None:
                raise Unfilterable(f"no word every match contains: {pattern[:80]!r}")
            chosen[i] = need
        if chosen == before:
            break
    del trees, memo
    shared = frozenset().union(*chosen)
    stems = {w for w, stem in shared if stem} - gaps
    words = {w for w, stem in shared if not stem} - stems - gaps
    # a start at a trigger is tried anyway; a stem covers the words it begins
    start_stems = {w for w in start_stems - gaps if not any(w.startswith(t) for t in stems)}
    start_stems = {w for w in start_stems if not any(w != t and w.startswith(t) for t in start_stems)}
    prefixes = {w for w in start_words - words - gaps
                if not any(w.startswith(t) for t in stems) and not any(w.startswith(t) for t in start_stems)}
    return Prefilter(frozenset(words), frozenset(stems), frozenset(prefixes), frozenset(start_stems),
                     key(patterns, common, gaps))


def derive(patterns: Iterable[str], common: Iterable[str] = (), gaps: Iterable[str] = ()) -> Prefilter:
    """The prefilter for rule patterns (macros expanded, over lower-cased text).

    `common`: the language's most frequent words ("the", "of"), never chosen as triggers
    where rarer words would do (a speed hint only: any choice finds the same matches).
    `gaps`: words never to trigger on nor start at, though rules match them (the matches
    they alone would find are missed; see the pack's SCAN_GAPS)."""
    return _derive(tuple(patterns), frozenset(common), frozenset(gaps))


# ---------------------------------------------------------------- a pack's saved copy
# Deriving takes about 0.2 s, once per process; a pack may ship the result (generated by the
# command below, checked current by tests/test_prefilter.py) and the scanner takes it when its
# key matches what it would be derived from, and derives otherwise.
def key(patterns: Iterable[str], common: Iterable[str], gaps: Iterable[str]) -> str:
    """A checksum of the inputs (zlib, not hashlib: its OpenSSL costs 3 MiB for a staleness check)."""
    data = "\n".join((*patterns, "\0", *sorted(common), "\0", *sorted(gaps))).encode("utf-8")
    return f"{zlib.crc32(data):08x}{zlib.adler32(data):08x}{len(data):x}"


def current(patterns: list[str], common: Iterable[str] = (), gaps: Iterable[str] = (),
            saved: Prefilter | None = None) -> Prefilter:
    """`saved` when it was derived from these patterns and words, else the derivation."""
    common, gaps = frozenset(common), frozenset(gaps)
    if isinstance(saved, Prefilter) and saved.key == key(patterns, common, gaps):
        return saved
    return derive(patterns, common, gaps)


def module_text(pf: Prefilter, command: str) -> str:
    """Python source of a module holding `pf` as PREFILTER."""
    def words(name: str, values: frozenset[str]) -> str:
        body = textwrap.fill(", ".join(repr(w) for w in sorted(values)), 96,
                             initial_indent="        ", subsequent_indent="        ", break_long_words=False)
        return f"    {name}=frozenset({{\n{body},\n    }})," if values else f"    {name}=frozenset(),"
    return "\n".join([
        '"""The scanner prefilter, derived from the rules; tests/test_prefilter.py fails when it is',
        "stale. Do not edit; regenerate with",
        "",
        f"    {command}",
        '"""',
        "",
        "from timeline_cli.temporal.prefilter import Prefilter",
        "",
        "PREFILTER = Prefilter(",
        words("words", pf.words), words("stems", pf.stems), words("prefixes", pf.prefixes),
        words("prefix_stems", pf.prefix_stems),
        f"    key={pf.key!r},",
        ")",
        "",
    ])


def main(argv: list[str]) -> int:
    """python -m timeline_cli.temporal.prefilter CODE PATH: write a pack's saved prefilter."""
    if len(argv) != 2:
        print("usage: python -m timeline_cli.temporal.prefilter CODE PATH", file=sys.stderr)
        return 2
    from timeline_cli import lang
    from timeline_cli.temporal.extract import rule_patterns

    pack = lang.get(argv[0])
    pf = derive(rule_patterns(pack), getattr(pack, "STOP_WORDS", ()), getattr(pack, "SCAN_GAPS", ()))
    text = module_text(pf, f"python -m timeline_cli.temporal.prefilter {argv[0]} {argv[1]}")
    with open(argv[1], "w", encoding="utf-8") as fh:
        fh.write(text)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
