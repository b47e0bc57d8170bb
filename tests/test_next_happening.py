"""The yearless month or season of a happening named as the next or a coming one reads ahead
(Session 20, parser21; extract.NEXT_HAPPENING_AHEAD, lang/en NEXT_HAPPENING_BEFORE).

"postponed until the next National Assembly session in the fall", in an April report, is the
coming fall: the past verb and the soft pick took the one gone. Only with the happening's noun
right before the date's preposition and "next", "upcoming", "forthcoming" or "coming" at most
four words before it; not in a history (the story's next session), not "the next day", "next to".
"""

from __future__ import annotations

from datetime import date

import pytest

from timeline_cli.temporal import extract as ex

from _rule_cases import mention_value

APR2 = date(1997, 4, 2)
NOV20 = date(2006, 11, 20)

# each fails with the rule off
MOVES = [
    ("Although two key pieces of banking legislation have been postponed until the next National Assembly session in "
     "the fall, observers said the central bank would come under heavy criticism.", APR2, "the fall", "1997-FA"),
    ("The party adopted the plan before the upcoming party congress in October.", NOV20, "October", "2007-10"),
    ("The ministers agreed the text for the next round of talks in September.", NOV20, "September", "2007-09"),
]

# must not move (the same with the rule on and off)
KEPT = [
    ("The talks in September ended without a deal.", NOV20, "September", "2006-09"),
    ("He sat next to the minister at the meeting in September.", NOV20, "September", "2006-09"),
    ("The session in the fall passed two laws.", APR2, "the fall", "1996-FA"),
]


@pytest.mark.parametrize("sentence, dct, mention, value", MOVES + KEPT)
def test_a_next_happenings_date_reads_ahead(sentence, dct, mention, value):
    assert mention_value(sentence, dct, mention) == value


@pytest.mark.parametrize("sentence, dct, mention, value", MOVES)
def test_the_moves_fail_with_the_rule_off(monkeypatch, sentence, dct, mention, value):
    monkeypatch.setattr(ex, "NEXT_HAPPENING_AHEAD", False)
    assert mention_value(sentence, dct, mention) != value


@pytest.mark.parametrize("sentence, dct, mention, value", KEPT)
def test_the_kept_are_the_same_with_the_rule_off(monkeypatch, sentence, dct, mention, value):
    monkeypatch.setattr(ex, "NEXT_HAPPENING_AHEAD", False)
    assert mention_value(sentence, dct, mention) == value
