"""One spelling per claimant in a store.

Documents spell one claimant several ways ("Mr Obama", "Mr. Obama", "President Obama"; "The
FAA", "the FAA"). Counting sources by claimant, `--by` and the claimant colours all need one
spelling, so ingest respells a new event's claimant to the spelling the store already uses for
the same claimant, or, for a claimant new to the store, to the spelling the batch uses most.
The sentence keeps the words it was written with: only the `by` field is respelt.

Names that are the same claimant without sharing a spelling ("the Pentagon", "the U.S.
Department of Defense") are only the store's user-editable alias table (`[[alias]]`, written
by `timeline alias`): `aliased` folds a name to its alias's key, and `--by` and the fact
claimant lists use it; ingest never respells across an alias (the text keeps its words).

Which spellings are the same claimant is the language pack's knowledge (`claimant_key`:
English in `lang/en/names.py`); this module only counts and chooses. Stored events are never
rewritten: the store's spelling wins, so a re-ingest changes nothing it already holds.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache
from typing import Callable, Iterable, Mapping

from timeline_cli import lang as _lang

__all__ = ["claimant_key", "aliased", "respellings", "by_matches"]


# Characters that draw nothing between letters (zero-width space and joiners, word joiner,
# invisible operators, BOM, tag characters): "Ali\u200bce" is Alice to the reader, so it is to
# --by, the aliases and the claimant lists too (the terminal shows them: sanitize.py).
_INVISIBLE = re.compile("[\u200b-\u200d\u2060-\u2064\ufeff\U000e0000-\U000e007f]")


def visible(name: str) -> str:
    """`name` without the characters that draw nothing."""
    return _INVISIBLE.sub("", name) if _INVISIBLE.search(name) else name


def _key_function(lang) -> Callable[[str], str]:
    key = getattr(_lang.get(lang), "claimant_key", None)
    return key if key is not None else _casefolded


def _casefolded(name: str) -> str:
    return " ".join(name.split()).casefold()


def claimant_key(name: str, lang=_lang.DEFAULT) -> str:
    """The spelling-free key of a claimant in `lang` (case-folded when the pack has none)."""
    return _keyed(_key_function(lang), name)


@lru_cache(maxsize=1 << 16)
def _keyed(key: Callable[[str], str], name: str) -> str:
    """key(name), remembered: a batch names few claimants many times (ingest asks twice an
    event, to respell and to group)."""
    return key(visible(name))  # as seen: "Ali\u200bce" is Alice


def _visible_key(lang) -> Callable[[str], str]:
    key = _key_function(lang)
    return lambda name: _keyed(key, name)


def aliased(aliases: Mapping[str, str], lang=_lang.DEFAULT) -> Callable[[str], str]:
    """claimant_key, with each alias's name folded to the key of the claimant it means
    ({"the Pentagon": "U.S. Department of Defense"}: "Pentagon" and "the U.S. Department of
    Defense" get one key). Aliases chain: a name meaning a name meaning a third is the third.
    A cycle (A means B, B means A: a store edited by hand or merged; `timeline alias` refuses
    to make one) says its names are one claimant: each of them, and each name that leads into
    it, gets one key, the smallest of the cycle's (following the chain alone would stop at a
    different name from each starting point, and count one claimant as two or three)."""
    fold = _visible_key(lang)
    if not aliases:
        return fold
    means = {fold(name): fold(claimant) for name, claimant in aliases.items()}
    # Each name's end, found once: walking the chain from every name of a long one (a table
    # of 20,000 aliases in a row) was quadratic, minutes for `facts` and `--by`.
    resolved: dict[str, str] = {}

    def end(k: str) -> str:
        path = [k]
        seen = {k}
        while k in means and k not in resolved:
            k = means[k]
            if k in seen:
                result = min(path[path.index(k):])
                break
            path.append(k)
            seen.add(k)
        else:
            result = resolved.get(k, k)
        for step in path:
            resolved[step] = result
        return result

    def key(name: str) -> str:
        k = fold(name)
        return resolved.get(k) or end(k)
    return key


def _choose(counts: Counter[str], first_seen: Mapping[str, int]) -> str:
    # Most used; then one with nothing invisible in it; then the fuller spelling ("Mr. Obama"
    # over "Mr Obama"); then first seen.
    return min(counts, key=lambda s: (-counts[s], visible(s) != s, -len(visible(s)), first_seen.get(s, 0), s))


def respellings(stored: Mapping[str, int], new: Iterable[str],
                key: Callable[[str], str] | None = None) -> dict[str, str]:
    """{spelling: the store's spelling} for each new claimant spelling that must change.

    `stored`: how many events of the store carry each spelling; `new`: the claimants of the
    events about to be added, in order (repeats count)."""
    fold = key or claimant_key
    keyed: dict[str, Counter[str]] = {}
    for name, n in stored.items():
        if name:
            keyed.setdefault(fold(name), Counter())[name] += n
    store_choice = {k: _choose(c, {}) for k, c in keyed.items()}
    batch: dict[str, Counter[str]] = {}
    first: dict[str, int] = {}
    for i, name in enumerate(new):
        if name:
            batch.setdefault(fold(name), Counter())[name] += 1
            first.setdefault(name, i)
    out: dict[str, str] = {}
    for k, spellings in batch.items():
        chosen = store_choice.get(k) or _choose(spellings, first)
        for name in spellings:
            if name != chosen:
                out[name] = chosen
    return out


def by_matches(query: str, lang=_lang.DEFAULT, aliases: Mapping[str, str] | None = None) -> Callable[[str], bool]:
    """The `--by` test: a case-insensitive substring of the claimant, or the same claimant
    spelt otherwise ("Mr Obama" finds "Mr. Obama" and "President Obama", not "Barack Obama"),
    or named through the store's `aliases` ("the Pentagon" finds "Department of Defense")."""
    plain = visible(query).casefold()
    fold = aliased(aliases or {}, lang)
    folded = fold(query)
    keys: dict[str, str] = {}  # a store repeats its claimants: fold each spelling once
    # The names an alias gives each claimant: "Pentagon" finds what "the Pentagon" means.
    named: dict[str, list[str]] = {}
    for name, claimant in (aliases or {}).items():
        for n in (name, claimant):
            named.setdefault(fold(n), []).append(visible(n).casefold())

    def matches(by: str) -> bool:
        if not by:
            return False
        if plain in visible(by).casefold():
            return True
        if not folded:
            return False
        key = keys.get(by)
        if key is None:
            key = keys[by] = fold(by)
        return folded == key or any(plain in n for n in named.get(key, ()))
    return matches
