"""A sentence's capitalised first word is a tense marker as its lower case is (Session 17,
parser17; extract.CAPITAL_OPENER).

The tense markers are lower case, so a sentence opened by its verb ("Survived COS this Tue",
"Might bump into you in September?", "Had a fun day on Monday"), as notes and tweets are, had
no tense: "this Tue" went to the coming Tuesday, "September" (three months ahead, nine back) to
the one gone. A month or weekday opening the sentence ("May 5 ...", "Sat ...") is no marker,
nor a name: an opener followed by a capitalised word ("Will Smith"), an -ed opener not
followed by a determiner, pronoun or preposition ("Ahmed said", "United Nations").
"""

from __future__ import annotations

from datetime import date

import pytest

from timeline_cli.temporal import extract as ex

from _rule_cases import mention_value

# each fails with the rule off
MOVES = [
    ("Survived the exam this Tue with help of friends.", date(2015, 1, 17), "this Tue", "2015-01-13"),
    ("Might bump into you during my reservist in September?", date(2014, 6, 13), "September", "2014-09"),
    ("Great time. Went to the zoo this Sun with the kids.", date(2014, 6, 13), "this Sun", "2014-06-08"),
    ("Will see you in September!", date(2014, 6, 13), "September", "2014-09"),
]

# must not move (the same with the rule on and off)
KEPT = [
    ("May 5 is the day.", date(2014, 6, 13), "May 5", "2014-05-05"),
    ("Fri night: the party this Sun.", date(2014, 6, 13), "this Sun", "2014-06-15"),
    ("Ahmed Hassan, the coach, goes this Sat to the final.", date(2014, 6, 13), "this Sat", "2014-06-14"),
    ("The show this Sun at the park.", date(2014, 6, 13), "this Sun", "2014-06-15"),
    ("Ahmed goes to the final this Sat.", date(2014, 6, 13), "this Sat", "2014-06-14"),
    ("United Nations teams go this Sat to the camp.", date(2014, 6, 13), "this Sat", "2014-06-14"),
    ("Will Smith opens this Sat in the park.", date(2014, 6, 13), "this Sat", "2014-06-14"),
]


@pytest.mark.parametrize("sentence, reported, mention, value", MOVES + KEPT)
def test_a_capitalised_opener_gives_the_tense(sentence, reported, mention, value):
    assert mention_value(sentence, reported, mention) == value


@pytest.mark.parametrize("sentence, reported, mention, value", MOVES)
def test_the_moves_fail_with_the_rule_off(monkeypatch, sentence, reported, mention, value):
    monkeypatch.setattr(ex, "CAPITAL_OPENER", False)
    assert mention_value(sentence, reported, mention) != value


@pytest.mark.parametrize("sentence, reported, mention, value", KEPT)
def test_the_kept_are_the_same_with_the_rule_off(monkeypatch, sentence, reported, mention, value):
    monkeypatch.setattr(ex, "CAPITAL_OPENER", False)
    assert mention_value(sentence, reported, mention) == value
