"""Session 22, parser23: the tense a bare weekday is read in, from news's own ways of saying a
coming day (extract.ARRANGED_AHEAD, lang/en ARRANGED_PROGRESSIVE; "last" no past marker).

* A present progressive of the weekday's own clause is an arrangement: "A top UN envoy is
  traveling to Somalia on Tuesday" is the coming Tuesday, though "officials said" closes the
  sentence. Not across a comma or a word opening another clause ("is heading to Russia after
  winning the NHK Trophy Friday": the winning is done), nor a weekday naming a happening of its
  own ("are investigating Sunday's attack").
* "last" is no past verb: "is to compete with its last rival Hong Kong on Thursday" reads the
  "is to", not the adjective nearer the date.
"""

from __future__ import annotations

from datetime import date

import pytest

from timeline_cli.temporal import extract as ex

from _rule_cases import mention_value

NOV6 = date(2024, 11, 6)  # a Wednesday

# each fails with the rule off (a past verb further off wins)
MOVES = [
    ("A top UN envoy is traveling to Somalia on Tuesday for a ministerial meeting, officials said.",
     "Tuesday", "2024-11-12"),
    ("The United States is pushing for a Security Council vote on Thursday despite remaining differences, "
     "diplomats said.", "Thursday", "2024-11-07"),
    ("The airline is gearing up to use its jets for mountain flights from Sunday, a statement released by "
     "the airline stated.", "Sunday", "2024-11-10"),
    ("The storm is threatening to reach Metro Manila by Friday, the weather bureau said.", "Friday", "2024-11-08"),
]

# must not move (the same with the rule on and off)
KEPT = [
    # a possessive weekday names a happening of its own, which may be done
    ("Police are investigating Sunday's attack, officials said.", "Sunday", "2024-11-03"),
    # another clause between: the progressive is not the weekday's verb
    ("Asada is heading to Russia to defend her title after winning the NHK Trophy Monday.", "Monday", "2024-11-04"),
    ("The index is slowing down, breaking the previous record set on Monday.", "Monday", "2024-11-04"),
    ("The troops are preparing, the minister said on Monday.", "Monday", "2024-11-04"),
    # no progressive: a noun in -ing
    ("The result is something announced on Monday.", "Monday", "2024-11-04"),
]


@pytest.mark.parametrize("sentence, mention, value", MOVES + KEPT)
def test_a_progressive_of_the_clause_reads_its_weekday_ahead(sentence, mention, value):
    assert mention_value(sentence, NOV6, mention) == value


@pytest.mark.parametrize("sentence, mention, value", MOVES)
def test_the_moves_fail_with_the_rule_off(monkeypatch, sentence, mention, value):
    monkeypatch.setattr(ex, "ARRANGED_AHEAD", False)
    # (session 23: "is threatening to reach ... by Friday" is also a threatened act, FORWARD_ACTS)
    monkeypatch.setattr(ex, "FORWARD_ACTS", False)
    assert mention_value(sentence, NOV6, mention) != value


@pytest.mark.parametrize("sentence, mention, value", KEPT)
def test_the_kept_are_the_same_with_the_rule_off(monkeypatch, sentence, mention, value):
    monkeypatch.setattr(ex, "ARRANGED_AHEAD", False)
    assert mention_value(sentence, NOV6, mention) == value


@pytest.mark.parametrize("sentence, mention, value", [
    ("China is to compete with its last rival Hong Kong on Thursday.", "Thursday", "2024-11-07"),
    ("Treviso, promoted from Serie B last season, could drop to the bottom of the table on Sunday.",
     "Sunday", "2024-11-10"),
    # a past verb is still one
    ("He last spoke to reporters on Monday.", "Monday", "2024-11-04"),
])
def test_last_is_no_past_verb(sentence, mention, value):
    assert mention_value(sentence, NOV6, mention) == value
