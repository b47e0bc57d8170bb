"""Rules added for recall on dev2/dev3/dev4 (session 9). Each rule with its examples and the
cases it must not match; each example fails with its rule switched off."""

from __future__ import annotations

import pytest

from timeline_cli import facts
from tests.test_facts import ev, groups
from tests.test_facts_happening import OTHERS

# ---------------------------------------------------------------- one main verb, heads apart

LOST = ev("In 1988 Pinochet lost a plebiscite on another eight years in office.", "1988", "afp/20")
LOST_AGAIN = ev("After Pinochet lost a 1988 referendum on his continued rule, he handed over power in 1990 "
                "to a transitional government.", "1988", "afp/21")


def test_most_words_and_one_main_verb_link_when_the_heads_are_apart(monkeypatch):
    # the second's head terms are read after its fronted clause (handed, power): they are not
    # in the first, yet both say Pinochet lost the 1988 vote
    index = facts.build([LOST, LOST_AGAIN] + OTHERS)
    assert groups(index.fact_of) == [{LOST.id, LOST_AGAIN.id}]
    assert [e.kind for e in index.explain(index.fact_of[LOST.id])] == ["same verb"]
    monkeypatch.setattr(facts, "_same_verb", lambda a, b: False)
    assert groups(facts.group([LOST, LOST_AGAIN] + OTHERS)) == []


@pytest.mark.parametrize("other", [
    # another verb with most words shared: the heads still have to meet
    ev("After Pinochet won a 1988 referendum on another term in office, he handed over power.", "1988", "afp/22"),
    # no date of its own (only its report's): the dates confirm nothing, a mention in passing
    # is not the vote
    ev("After Pinochet lost a 1988 referendum on his continued rule, he handed over power in 1990 "
       "to a transitional government.", "../2006-12-11", "afp/23"),
])
def test_one_main_verb_must_not_link_another_verb_or_an_undated_mention(other):
    assert groups(facts.group([LOST, other] + OTHERS)) == []
