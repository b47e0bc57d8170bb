"""Session 14 ("recall5"), issue 15's recall: the subject's relative clause without commas
(`lang.en.facts.SUBJECT_WHO`). Each example fails with its rule switched off; each must-not
case fails without the guard it names."""

from __future__ import annotations

import pytest

from timeline_cli.lang.en import facts as en

def _head(text):
    return en._head(en._WORD_RE.findall(en.main_clause(text)), 3)  # (`en.head` is cached)


# (dev: AP, 6 May 1999; the relative clause "who is the subject of ..." was read as the main
# clause's head: abortion, foe, subject; the aside with commas was already left out)
FOE = ("An abortion foe who is the subject of an international manhunt was charged with murder Thursday "
       "in the slaying of a doctor.")


def test_a_relative_clause_inside_the_subject_is_no_head():
    assert en.main_clause(FOE).startswith("An abortion foe was charged")
    assert "charg" in _head(FOE)
    assert "subject" not in _head(FOE)


def test_without_the_rule_the_relative_clause_is_read():
    from tests.test_facts import pack_flags_off

    with pack_flags_off("SUBJECT_WHO"):  # (its caches cleared before and after: the main clause is kept, speed15)
        assert en.main_clause(FOE) == FOE
        assert "charg" not in _head(FOE)


def test_which_after_an_ing_noun_too():
    text = "The bombing which killed 12 people in the market was condemned by the government."
    assert en.main_clause(text) == "The bombing was condemned by the government."


@pytest.mark.parametrize("text", [
    # the verb read is the relative clause's own ("critically" is no auxiliary): no main verb after it
    "A nurse who was critically injured in the 1998 abortion clinic bombing in Birmingham was among those "
    "who attended the ceremony.",
    # a comma before the main verb: the appositive's clause ("since the crisis began") gives the verb read
    "Sanchez, a former hostage who has entered the compound periodically since the crisis began December 17, "
    "spoke to reporters.",
    # a verb before the "who": it is no relative clause of the subject
    "Police said the man who fled was armed.",
    # more than _WHO_AT words before it
    "The two dozen men and women of the small village near the river who fled were found alive.",
])
def test_not_a_subject_relative_clause(text, monkeypatch):
    assert en.main_clause(text) == text


# --- a title between an organisation and a person (`lang.en.facts.TITLE_NAME`)

from timeline_cli import facts  # noqa: E402
from tests.test_facts import ev  # noqa: E402

FILLER = [ev(f"Company {k} said its quarterly profit rose {k} percent on higher sales of trucks.",
             f"../2005-12-{1 + k % 25:02d}", f"wsj/filler{k}") for k in range(30)]

# (dev10: AFP, 15 Dec 2005, two stories; the committee was read as the actor of the second,
# and the first never names it)
SENATOR = ("On Tuesday, US Senator Richard Lugar warned however that an operational government might not "
           "be finalised until April.")
CHAIRMAN = ("On Tuesday, US Senate Foreign Relations Committee chairman Richard Lugar warned however that an "
            "operational government might not be finalised until April.")


def _grouped(*events):
    fact_of = facts.group(list(events) + FILLER)
    return fact_of[events[0].id] == fact_of[events[1].id]


def test_the_person_after_a_title_is_the_actor_too():
    assert {"richard", "lugar", "committe"} <= set(en.subject(CHAIRMAN))
    a = ev(SENATOR, "2005-12-13", "afp/1215.0190")
    b = ev(CHAIRMAN, "2005-12-13", "afp/1215.0334")
    assert _grouped(a, b)


def test_without_the_rule_the_committee_is_another_actor(monkeypatch):
    monkeypatch.setattr(en, "TITLE_NAME", False)
    en.subject.cache_clear()
    try:
        assert "lugar" not in en.subject(CHAIRMAN)
        a = ev(SENATOR, "2005-12-13", "afp/1215.0190")
        b = ev(CHAIRMAN, "2005-12-13", "afp/1215.0334")
        assert not _grouped(a, b)
    finally:
        en.subject.cache_clear()


@pytest.mark.parametrize("text, subject", [
    # no person's name after the title: the organisation alone
    ("The Senate Foreign Relations Committee chairman warned that the vote would fail.", ("senat", "foreign", "relation", "committe")),
    # a word that is no title (a closed list): the name after it is not read
    ("Senate Foreign Relations Committee staffer John Smith warned that the vote would fail.", ("senat", "foreign", "relation", "committe")),
    # one capitalised word after the title may be no name
    ("Senate Foreign Relations Committee chairman Lugar warned that the vote would fail.", ("senat", "foreign", "relation", "committe")),
])
def test_not_a_titled_name(text, subject):
    assert en.subject(text) == subject
