"""Session 17 ("recall7"), issue 15's recall: a short statement told inside a long sentence
whose head terms are its frame's (`facts.INSIDE_SAID`, `facts._inside_said`). Each example
fails with the rule switched off; each must-not case fails if the rule is made too wide."""

from __future__ import annotations

import dataclasses

import pytest

from timeline_cli import facts
from tests.test_facts_bridge import FILLER, ev

# The short statement is (nearly) all inside the long one, its main verb is one the long one
# says (main or coordinated verb), the two reach the bar, but the long one's head terms are its
# frame's ("investigators, wondering how ..."; "Luweitan colliery is designed to produce ...").
RIFLE = (ev("The rifle was discovered April 8 buried one foot below the ground, about 200 feet behind Slepian's "
            "house.", "1999-04-08", "nyt/0419", "1999-04-19"),
         ev("But on April 8, investigators, wondering how the assailant could have emerged from the woods without "
            "fearing he would be seen carrying a rifle, searched the site of the shooting once more and unearthed a "
            "rifle buried one foot below ground 200 feet behind the Slepian home.", "1999-04-08", "nyt/0505",
            "1999-05-05"))
PERMIT = (ev("Its production permit and safety license have both expired.", "../2006-11-27",
             "xin/1127", "2006-11-27"),
          ev("Luweitan colliery is designed to produce 150,000 tons a year, but its production permit and safety "
             "license have both expired.", "../2006-11-28", "xin/1128", "2006-11-28"))


def _grouped(a, b, *more):
    fact_of = facts.group([a, b, *more] + FILLER)
    return fact_of[a.id] == fact_of[b.id]


@pytest.mark.parametrize("pair", [RIFLE, PERMIT], ids=["frame-then-coordinated-verb", "coordinated-clause"])
def test_a_statement_told_inside_a_long_sentence_is_one_fact(pair):
    assert _grouped(*pair)


@pytest.mark.parametrize("pair", [RIFLE, PERMIT], ids=["frame-then-coordinated-verb", "coordinated-clause"])
def test_without_the_rule_the_heads_keep_them_apart(pair, monkeypatch):
    monkeypatch.setattr(facts, "INSIDE_SAID", False)
    assert not _grouped(*pair)


# must not: the short statement's verb not said by the long one (its happening is the long
# one's setting: "A long line formed to see Pinochet's body as he lied ..."), and one denying
# what the other says.
@pytest.mark.parametrize("short, long", [
    (ev("Pinochet's body lied in Santiago's Military School Monday.", "2006-12-11", "afp/0480", "2006-12-11"),
     ev("A long line formed to see Pinochet's body as he lied in a coffin wearing his grey general's uniform inside "
        "Santiago's Military School, a day after his death sparked wild celebrations.", "../2006-12-11", "afp/0546",
        "2006-12-11")),
    (ev("Its production permit and safety license have not expired.", "../2006-11-27",
        "xin/1127n", "2006-11-27"), PERMIT[1]),
])
def test_no_verb_said_or_one_denied_is_not_inside(short, long):
    assert not _grouped(short, long)


# must not: a stock sentence of two documents telling other incidents ("Ambulances rushed to
# the site ..." after a coach fell into a river in one, after a bombing in another), each
# speaking of its document's last names (`facts._referents_apart`, asked at any score here; a
# document's order is its statements' places, `Event.span`).
def _at(event, start):
    return dataclasses.replace(event, span=(start, start + len(event.text)))


COACH = [_at(ev("A passenger coach plunged into the Neelam river in Kashmir on Sunday, killing ten people.",
            "2005-11-13", "xin/1113", "2005-11-13"), 0),
         _at(ev("Ambulances of the aid groups, busy in the relief work in the region, rushed to the site of the "
                "accident and started shifting the injured to local hospitals.", "../2005-11-13", "xin/1113",
                "2005-11-13"), 200)]
KARACHI = [_at(ev("Two bombs exploded near a restaurant in Karachi on Tuesday, killing four people.",
                 "2005-11-15", "xin/1115", "2005-11-15"), 0),
           _at(ev("Ambulances rushed to the site to take the injured to hospitals.", "../2005-11-15", "xin/1115",
                  "2005-11-15"), 200)]


def test_a_stock_sentence_of_other_incidents_is_not_inside():
    assert not _grouped(COACH[1], KARACHI[1], COACH[0], KARACHI[0])


def test_the_stock_sentences_linked_without_the_referents_guard(monkeypatch):
    monkeypatch.setattr(facts, "_referents_apart", lambda a, b: False)
    assert _grouped(COACH[1], KARACHI[1], COACH[0], KARACHI[0])
