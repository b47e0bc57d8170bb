"""Session 24, speed21: `facts._score` asks the actor refusal (`_other_actor`, which reads each
statement's head terms, subject and pronoun: `lang.en.facts.read_heads`) after the refusals that
read no heads. Each refusal only returns 0, so the order changes no score; a pair one of them
refuses no longer pays the two statements' first reading of their heads."""

from __future__ import annotations

from datetime import date

import pytest

from timeline_cli import facts
from tests.test_facts import rev
from tests.test_facts_speed17 import _counting_heads

# another day's figures (`_other_figures`): the pair shares every word but its numbers
MONDAY = "The TecDAX index of technology stocks lost 0.65 percent to 706.71 points in Frankfurt on Monday."
THURSDAY = "The TecDAX index of technology stocks lost 0.29 percent to 706.31 points in Frankfurt on Thursday."


def _pair() -> tuple[facts._Item, facts._Item, dict[str, float]]:
    a = facts._item(rev(MONDAY, "2005-03-07", "a/1", date(2005, 3, 7)), None, {}, {})
    b = facts._item(rev(THURSDAY, "2005-03-10", "b/1", date(2005, 3, 10)), None, {}, {})
    weight = dict.fromkeys(a.terms | b.terms, 1.0)
    a.weight = b.weight = weight  # (as `_candidates` gives its batch's weights)
    return a, b, weight


@pytest.mark.parametrize("read_late", [False, True])
def test_a_pair_refused_on_its_figures_reads_no_heads(monkeypatch: pytest.MonkeyPatch, read_late: bool) -> None:
    read = _counting_heads(monkeypatch)
    a, b, weight = _pair()
    assert facts._other_figures(a, b)  # (the refusal this pair meets)
    assert facts._score(a, b, weight, read_late=read_late)[0] == 0.0
    assert read == []


def test_the_pair_without_its_figures_refusal_reads_the_heads(monkeypatch: pytest.MonkeyPatch) -> None:
    # (the test reaches the actor refusal: without the figures' refusal, the heads are read there)
    read = _counting_heads(monkeypatch)
    monkeypatch.setattr(facts, "_other_figures", lambda a, b: False)
    a, b, weight = _pair()
    facts._score(a, b, weight)
    assert sorted(read) == sorted([MONDAY, THURSDAY])
