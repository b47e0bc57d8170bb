"""A yearless date fronted before its clause's own past verb is that past's
(Session 20, the lead; extract.FRONTED_PAST, lang/en FRONTED_OPENER / FRONTED_SUBJECT / FRONTED_GAP).

"In February, Iran stopped ..." in a December report is the February gone: the verb's past binds
the date as a past verb before it does ("stopped in February"), however much nearer the coming
February is. Only where the date opens the sentence or sits between a subject and its verb; a date
inside a noun phrase ("crude for delivery in January, rose 47 cents") is the delivery's, the coming
month, and a future or modal clause is not moved.
"""

from __future__ import annotations

from datetime import date

import pytest

from timeline_cli.temporal import extract as ex

from _rule_cases import mention_value

DEC23 = date(2006, 12, 23)

# each fails with the rule off (the nearer coming month wins against a weak past)
MOVES = [
    ("In February, Iran stopped applying the additional protocol.", "February", "2006-02"),
    ("In January, the company announced a new plan.", "January", "2006-01"),
    ("Iran in February stopped allowing extensive UN access to its atomic sites.", "February", "2006-02"),
    ("The company in January announced a new chief executive.", "January", "2006-01"),
    ("On Jan. 9, a small jet crashed in the northwest, killing all on board.", "Jan. 9", "2006-01-09"),
    ('In February, scientists said they had found a "lost world" in the mountains.', "February", "2006-02"),
    ("In early February, the ministry quietly dropped the plan.", "early February", "2006-02"),
]

# must not move (the same with the rule on and off)
KEPT = [
    ("Crude for delivery in January, rose 47 cents to 59.86 dollars.", "January", "2007-01"),
    ("Light sweet crude for delivery in January rose 30 cents.", "January", "2007-01"),
    ("In January, Iran will announce its plan.", "January", "2007-01"),
    ("In February, Iran is expected to announce its plan.", "February", "2007-02"),
    ("The meetings with investors are likely before a board meeting in February.", "February", "2007-02"),
    ("In June, the company announced a new plan.", "June", "2006-06"),
]


@pytest.mark.parametrize("sentence, mention, value", MOVES + KEPT)
def test_a_fronted_date_takes_its_verbs_past(sentence, mention, value):
    assert mention_value(sentence, DEC23, mention) == value


@pytest.mark.parametrize("sentence, mention, value", MOVES)
def test_the_moves_fail_with_the_rule_off(monkeypatch, sentence, mention, value):
    monkeypatch.setattr(ex, "FRONTED_PAST", False)
    assert mention_value(sentence, DEC23, mention) != value


@pytest.mark.parametrize("sentence, mention, value", KEPT)
def test_the_kept_are_the_same_with_the_rule_off(monkeypatch, sentence, mention, value):
    monkeypatch.setattr(ex, "FRONTED_PAST", False)
    assert mention_value(sentence, DEC23, mention) == value
