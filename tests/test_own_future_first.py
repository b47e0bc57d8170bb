"""Session 22, parser23: a future auxiliary of the mention's own clause before it outranks a verb
after a comma (extract.OWN_VERB_FIRST, lang/en FUTURE_AUXILIARY).

"Others will head straight to Mount Arafat on Friday, Turki said": the saying after the comma is
the report's clause, the heading is the Friday's own and is still to come. Not a future word that
is no auxiliary ("coming in the vacuum of ... since his surgery in July"), nor an auxiliary with a
comma between it and the mention ("The talks will resume, officials said on Monday").
"""

from __future__ import annotations

from datetime import date

import pytest

from timeline_cli.temporal import extract as ex

from _rule_cases import mention_value

NOV6 = date(2024, 11, 6)  # a Wednesday

# each fails with the rule off (the verb after the comma wins)
MOVES = [
    ("Others will head straight to Mount Arafat on Friday, Turki said.", "Friday", "2024-11-08"),
    ("The minister will sign an agreement with officials on Thursday, the ministry said.", "Thursday", "2024-11-07"),
    ("Singh and Abe, with whom he will hold talks Monday, have been trying to repair relations.",
     "Monday", "2024-11-11"),
    ("The President, who will start a week-long visit to China on Sunday, said here that ties were good.",
     "Sunday", "2024-11-10"),
]

# must not move (the same with the rule on and off)
KEPT = [
    ("The speech, coming in the vacuum of his disappearance since his surgery in July, seemed to confirm it.",
     "July", "2024-07"),
    ("The talks will resume, officials said on Monday.", "Monday", "2024-11-04"),
    ("The court ruled on Monday, and the law will stand.", "Monday", "2024-11-04"),
]


@pytest.mark.parametrize("sentence, mention, value", MOVES + KEPT)
def test_the_own_clauses_future_outranks_a_verb_after_a_comma(sentence, mention, value):
    assert mention_value(sentence, NOV6, mention) == value


@pytest.mark.parametrize("sentence, mention, value", MOVES)
def test_the_moves_fail_with_the_rule_off(monkeypatch, sentence, mention, value):
    monkeypatch.setattr(ex, "OWN_VERB_FIRST", False)
    assert mention_value(sentence, NOV6, mention) != value


@pytest.mark.parametrize("sentence, mention, value", KEPT)
def test_the_kept_are_the_same_with_the_rule_off(monkeypatch, sentence, mention, value):
    monkeypatch.setattr(ex, "OWN_VERB_FIRST", False)
    assert mention_value(sentence, NOV6, mention) == value
