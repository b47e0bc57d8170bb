"""Session 25, speed22: the search's loops do the same work in fewer steps. Each shortcut must
give what the longer way gave: `facts._hits` in one pass (against the two passes it replaced),
a term's route settled from its document count (`_route_of` agrees), and `lang.en.facts._phrases`
trying only the phrases a token can begin (against trying every phrase)."""

from __future__ import annotations

import random
from typing import Iterable

import pytest

from timeline_cli import facts
from timeline_cli.lang.en import facts as en


def _hits_two_passes(sized: list, long: bool) -> tuple[set[str], set[str]]:
    """`facts._hits` as it was before speed22: the terms counted first, then counted over."""
    sized = sorted(sized)
    once: set[str] = set()
    twice: set[str] = set()
    thrice: set[str] = set()
    visited = counted = 0
    for size, _term, _posting, _lists in sized:
        if visited + size > facts.MAX_VISIT and visited:
            break
        visited += size
        counted += 1
    for at, (size, _term, posting, lists) in enumerate(sized[:counted], 1):
        met: Iterable[str] = posting if lists is None else set().union(*lists)
        both = once.intersection(met)
        if long and both and twice:
            thrice |= twice & both
        twice |= both
        if at < counted:
            once.update(met)
    if long:
        return thrice, twice - thrice
    return twice, thrice


def _random_blocking(rng: random.Random) -> list:
    """Postings as `facts._blocking` gives them: some of one week, some of several."""
    ids = [f"s{i:03d}" for i in range(rng.choice((8, 40, 400)))]
    sized = []
    for k in range(rng.randint(0, 12)):
        if rng.random() < 0.3:
            lists = [rng.sample(ids, rng.randint(2, len(ids) // 2 + 2)) for _ in range(rng.randint(2, 3))]
            sized.append((sum(map(len, lists)), f"t{k}", lists[0], lists))
        else:
            posting = rng.sample(ids, rng.randint(2, len(ids) // 2 + 2))
            sized.append((len(posting), f"t{k}", posting, None))
    return sized


@pytest.mark.parametrize("long", [False, True])
def test_hits_in_one_pass_are_the_hits_of_two(long: bool) -> None:
    rng = random.Random(22)
    for _ in range(400):
        sized = _random_blocking(rng)
        assert facts._hits(list(sized), long) == _hits_two_passes(sized, long)


def test_hits_stop_at_max_visit_with_the_same_last_term(monkeypatch: pytest.MonkeyPatch) -> None:
    # (the last term counted keeps no ids met once: a later term, past the bound, adds nothing)
    monkeypatch.setattr(facts, "MAX_VISIT", 6)
    sized = [(3, "a", ["x", "y", "z"], None), (3, "b", ["x", "y", "w"], None), (3, "c", ["w", "z", "v"], None)]
    assert facts._hits(list(sized), False) == _hits_two_passes(sized, False) == ({"x", "y"}, set())


def test_a_term_settled_by_its_count_is_settled_so_by_route_of() -> None:
    # `_routes` skips a term of more than `common` documents, the postings loop one of more than
    # RARE_DF without a route: `_route_of` never routes such a term there (nor "rare")
    index = facts.FactIndex()
    common = 100.0
    for term, df in (("council", 101), ("talks", 31), ("talks2", 30), ("#2006", 500), ("#12", 40), ("blast", 5)):
        index.df[term] = df
        how = facts._route_of(index, term, common)
        if df > common:
            assert how == ""
        if df > facts.RARE_DF:
            assert how != "rare"


def test_each_word_tries_the_phrases_it_begins_in_their_order() -> None:
    # (what `_phrases` tried before: every phrase, in `_PHRASES`' order, skipping those the word
    # does not begin)
    by_first = en._phrases_by_first()
    for word in {w for phrase in en._PHRASES for w in phrase[0]} | {"said", "Held", "HELD"}:
        low = word.lower()
        assert by_first.get(low, ()) == tuple(p for p in en._PHRASES if low in p[0]), word


# (what `_phrases` found in these before speed22)
FOUND = [
    ("The council held talks with the rebels on Monday and took the town into custody.", [(2, 3, "meet")]),
    ("He stepped down after the Congress brought down the coalition and called for early elections.",
     [(1, 2, "resign"), (6, 7, "fall"), (11, 12, "demand")]),
    ("Castro has said they would live in the home of a Cuban diplomat, and Elian's father wants him back.",
     [(5, 6, "stay"), (16, 18, "return")]),
    ("The law took effect on Friday; she left the hospital and gave up her claim.",
     [(2, 3, "begin"), (7, 9, "discharg"), (11, 12, "surrender")]),
    ("Took into custody, HELD TALKS, Held talks: stepped down stepped down.",
     [(0, 2, "arrest"), (5, 6, "meet"), (7, 8, "resign"), (9, 10, "resign")]),
]


@pytest.mark.parametrize("text, found", FOUND)
def test_phrases_found_as_before(text: str, found: list[tuple[int, int, str]]) -> None:
    assert en._phrases(en._words(text)) == found


def test_phrases_follow_a_changed_phrase_table(monkeypatch: pytest.MonkeyPatch) -> None:
    tokens = en._words("The council held talks with the rebels on Monday.")
    assert any(key == "meet" for _i, _j, key in en._phrases(tokens))
    monkeypatch.setattr(en, "_PHRASES", tuple(p for p in en._PHRASES if p[4] != "meet"))
    assert not any(key == "meet" for _i, _j, key in en._phrases(tokens))
