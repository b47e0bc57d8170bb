"""Session 18, parser18: the tense a weekday or yearless date is read in.

* after the mention only its clause's first verb counts: "Japan on Saturday also indicated it
  would not sponsor" (the "would" is the indicating's complement, a future in the past), "Denmark
  sparked criticism on Monday after it announced plans to sponsor";
* an -ed verb with only a preposition before the mention is as strong as one right before it
  ("announced on Monday it would outlay"), but not a participle after "be" ("will be elected on
  Sunday", "was likely to be announced on Monday");
* "died" is a past ("died Saturday from wounds sustained due to enemy action").
The first five fail with extract.AFTER_FIRST_VERB off ("died" alone moved the same two corpus
mentions before that switch; now it is kept, not a move of its own).
"""

from __future__ import annotations

from datetime import date

import pytest

from tests._rule_cases import mention_value
from timeline_cli.temporal import extract

WED = date(1997, 4, 30)  # a Wednesday

MOVES = [
    ("Japan on Saturday also indicated it would not sponsor such a measure.", "Saturday", "1997-04-26"),
    ("Denmark sparked sharp criticism from China on Monday after it announced plans to sponsor a motion.",
     "Monday", "1997-04-28"),
    ("The chemicals maker announced on Monday it would outlay 40 billion yen.", "Monday", "1997-04-28"),
    ("Denmark stepped in Saturday and announced it would put forward the motion.", "Saturday", "1997-04-26"),
    ("On Tuesday, China announced plans to vaccinate its farm birds.", "Tuesday", "1997-04-29"),
]
KEPT = [
    ("A marine died Saturday from wounds sustained due to enemy action.", "Saturday", "1997-04-26"),
    # must not: a future of the mention's own clause; a participle after "be"
    ("The talks on Monday will decide it.", "Monday", "1997-05-05"),
    ("On Monday the minister will announce the plan.", "Monday", "1997-05-05"),
    ("The decision was likely to be announced on Monday.", "Monday", "1997-05-05"),
    ("The new Congress will also be elected on Sunday.", "Sunday", "1997-05-04"),
    ("The company said Monday it would raise prices.", "Monday", "1997-04-28"),
]


@pytest.mark.parametrize(("sentence", "mention", "value"), MOVES + KEPT)
def test_the_tense_of_the_mention(sentence, mention, value):
    assert mention_value(sentence, WED, mention) == value


def test_after_first_verb_switched_off(monkeypatch):
    monkeypatch.setattr(extract, "AFTER_FIRST_VERB", False)
    for sentence, mention, value in MOVES:
        assert mention_value(sentence, WED, mention) != value, sentence
