"""Session 14 ("recall4"), issue 15's recall: one sentence told again with its head terms moved
by an aside (`facts.RESTATED`, `facts._restated`, `lang.en.facts.negated`). Each example fails
with the rule switched off; each must-not case fails without the guard it names."""

from __future__ import annotations

import pytest

from timeline_cli import facts
from timeline_cli.lang.en import facts as en
from tests.test_facts import ev

# Other reports, so that the words of the statements below are as rare as in a news store.
FILLER = [ev(f"Company {k} said its quarterly profit rose {k} percent on higher sales of trucks.",
             f"../1999-10-{1 + k % 25:02d}", f"wsj/filler{k}") for k in range(30)]

# (dev: AP, 8 Oct 1999, two stories of one day; their terms are the same, 1.00, but the relative
# clause of the second moves its head terms to "is on the list", which the first says second)
ACCUSED = "Bin Laden is accused of masterminding the attack, and is on the FBI's 10 Most Wanted List."
ACCUSED_ASIDE = "Bin Laden, who is accused of masterminding the attack, is on the FBI's 10 Most Wanted List."


def _grouped(*events):
    fact_of = facts.group(list(events) + FILLER)
    return fact_of[events[0].id] == fact_of[events[1].id]


def test_a_sentence_told_again_with_an_aside_is_one_fact():
    a = ev(ACCUSED, "../1999-10-08", "apw/1008.0151")
    b = ev(ACCUSED_ASIDE, "../1999-10-08", "apw/1008.0265")
    assert _grouped(a, b)


def test_without_the_rule_the_aside_keeps_them_apart(monkeypatch):
    monkeypatch.setattr(facts, "RESTATED", 2.0)
    a = ev(ACCUSED, "../1999-10-08", "apw/1008.0151")
    b = ev(ACCUSED_ASIDE, "../1999-10-08", "apw/1008.0265")
    assert not _grouped(a, b)


# must not: many words shared but said in passing ("White heads a team that is investigating ...
# the bombings which killed 224 people": a team, not the bombings; it joined the bombings when
# the heads gave way from a Dice of 0.5)
TEAM = ("White heads a team that is investigating and prosecuting the bombings which killed 224 people, "
        "including 12 Americans.")
BOMBINGS = "The bombings at the embassies killed 224 people, including 12 Americans."


def test_a_team_investigating_the_bombings_is_not_the_bombings():
    a = ev(TEAM, "../1999-10-08", "apw/1008.0151")
    b = ev(BOMBINGS, "../1999-10-08", "apw/1008.0300")
    assert not _grouped(a, b)


# must not: one denies what the other says, in the same words and with the same aside
DENIED = "Kopp is not accused of the shooting, and is on the FBI's Most Wanted List."
ACCUSED_KOPP = "Kopp, who is accused of the shooting, is on the FBI's Most Wanted List."


def test_negated_reads_the_main_clause():
    assert en.negated("Our troops have not entered any town.")
    assert en.negated("Police admit they don't know where he is.")
    assert en.negated("No one has claimed responsibility.")
    assert not en.negated("They have fully entered the town.")
    assert not en.negated(ACCUSED_KOPP)


@pytest.mark.parametrize("negation_read", [True, False])
def test_a_denial_is_not_a_restatement(monkeypatch, negation_read):
    # (with the negation not read, the two are one sentence told again)
    a = ev(DENIED, "../1999-10-08", "apw/1008.0151")
    b = ev(ACCUSED_KOPP, "../1999-10-08", "apw/1008.0265")
    if not negation_read:
        monkeypatch.setattr(en, "negated", lambda text: False)
    assert _grouped(a, b) is not negation_read
