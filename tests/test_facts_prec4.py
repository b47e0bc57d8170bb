"""Precision rules made on the grouping of text no rule was tuned on (session 11, "prec4": TE3
silver months no dev set uses, ingested as a user would, `timeline facts --min-sources 2` read
at random). Each rule with its examples and the cases it must not match; each example fails
with its rule switched off."""

from __future__ import annotations

import pytest

from timeline_cli import facts
from timeline_cli.lang.en import facts as en
from timeline_cli.model import Event
from tests.test_facts_bridge import FILLER, ev


def _linked(a: Event, b: Event) -> bool:
    fact_of = facts.build([a, b] + FILLER).fact_of
    return fact_of[a.id] == fact_of[b.id]


# ---------------------------------------------------------------- one happening has one actor
# Two statements with one main verb and shared names link as one happening below the threshold
# (`_same_happening`); when both name who acts (names before the verb) and no shared name is
# among both actors, the names shared are what is acted on: two acts of one verb.

MACEDONIA = [
    ev("Macedonia's president on Wednesday sent a letter to his French counterpart pleading for Paris to reverse "
       "its stance against the former Yugoslav republic gaining official EU candidacy.",
       "2005-12-14", "afp/1214", "2005-12-14"),
    ev('"Granting candidate status like that would send a strong political signal to the former Yugoslav republic '
       'of Macedonia, which is positive, but it would also send a signal to the public that we are heading for '
       'more enlargement."', "../2005-12-14", "afp/1213", "2005-12-14"),
]
FTAA = [
    ev("However, Brazil and Argentina, both major food exporters in Latin America, said they were reluctant to join "
       "the FTAA as long as the United States does not eliminate agricultural subsidies.",
       "../2005-11-02", "xin/1102", "2005-11-02"),
    ev("They complain that Washington's agricultural subsidies would eliminate the competitiveness of farm products "
       "from other American countries and increase poverty in Latin America.",
       "../2005-11-05", "xin/1105", "2005-11-05"),
]


@pytest.mark.parametrize("pair", [MACEDONIA, FTAA], ids=["macedonia", "ftaa"])
def test_one_verb_of_two_named_actors_is_two_happenings(pair):
    assert not _linked(*pair)


@pytest.mark.parametrize("pair", [MACEDONIA, FTAA], ids=["macedonia", "ftaa"])
def test_the_pairs_linked_without_the_rule(pair, monkeypatch):
    monkeypatch.setattr(facts, "_same_actor", lambda a, b, named: True)
    assert _linked(*pair)


def test_actor_names_are_the_names_before_the_main_verb():
    assert en.actor_names(MACEDONIA[0].text) == {"macedonia"}
    assert "macedonia" not in en.actor_names(MACEDONIA[1].text)
    assert en.actor_names("The former spy, Alexander Litvinenko, died last month in London.") >= {"litvinenko"}
    assert en.actor_names("His mother died trying to get Elian and herself to the United States.") == frozenset()
    assert en.actor_names("Prices are high.") == frozenset()  # no main verb read: no actor


# must not: one named actor in both; an actor described in one (a pronoun, "the boy's mother")
LITVINENKO = [
    ev("Alexander Litvinenko, who became a British citizen after fleeing Russia, died in a central London "
       "hospital on November 23.", "2006-11-23", "afp/1201", "2006-12-01"),
    ev("The former spy, Alexander Litvinenko, died last month in London after being poisoned with polonium.",
       "2006-11", "afp/1215", "2006-12-15"),
]
MOTHER = [
    ev("Elian's relatives and other Miami supporters say his mother died to give him freedom in the United "
       "States, while the Cuban government maintains Elian is being kept from his father.",
       "../2000-02-10", "apw/0210", "2000-02-10"),
    ev("The boy's mother and 10 other people died when their boat sank on the way from Cuba to the United States.",
       "../2000-02-16", "apw/0216", "2000-02-16"),
]


@pytest.mark.parametrize("pair", [LITVINENKO], ids=["litvinenko"])
def test_one_named_actor_still_links(pair):
    assert _linked(*pair)


def test_a_described_actor_is_not_another_actor():
    a, b = (facts._item(e, None, {}, {}) for e in MOTHER)
    named = frozenset({"unit", "stat"})
    assert en.actor_names(b.text) == frozenset()
    assert facts._same_actor(a, b, named)
