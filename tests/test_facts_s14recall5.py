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


def test_without_the_rule_the_relative_clause_is_read(monkeypatch):
    monkeypatch.setattr(en, "SUBJECT_WHO", False)
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
