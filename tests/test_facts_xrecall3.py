"""Cross-outlet paraphrase, cause and effect told the other way round (session 20, xrecall3, issue 15):
one outlet tells a happening and, aside, its consequence; the other tells the consequence and, aside,
the happening, each in its own words ("Iran resumed uranium conversion ..., a move scuttling nuclear
negotiations with the EU" / "EU-Iran talks collapsed in August when Tehran ended its suspension of
uranium conversion"). The pack's act families (`lang.en.facts.ACT_FAMILIES`, `CROSSED_ACTS`) and
`facts._acts_crossed`. Each example fails with the switch off; each must-not is a test of its own."""

from __future__ import annotations

from datetime import date

import pytest

from timeline_cli import facts
from timeline_cli.lang.en import facts as en
from timeline_cli.model import Event
from tests.test_facts import filler, pack_flags_off, rev


FILLER = filler(2005, 11) + filler(2005, 12)


def _facts(*events: Event) -> list[str]:
    fact_of = facts.group([*events, *FILLER])
    return [fact_of[e.id] for e in events]


# --- the families and the phrase (`ACT_FAMILIES`, `acts_named`)

@pytest.mark.parametrize("text, family", [
    ("Talks collapsed in August when Tehran ended its suspension of uranium conversion.", "resum"),
    ("Talks collapsed in August when Tehran ended its suspension of uranium conversion.", "collaps"),
    ("Iran resumed uranium conversion in August, a move scuttling negotiations with the EU.", "collaps"),
    ("Iran resumed uranium conversion in August, a move scuttling negotiations with the EU.", "resum"),
    ("The donors lifted the suspension of aid on Monday.", "resum"),
    ("The restart of the reactor derailed the talks.", "collaps"),
])
def test_acts_named(text, family):
    assert family in en.acts_named(text)
    with pack_flags_off("CROSSED_ACTS"):
        assert not en.acts_named(text)


def test_ending_a_suspension_is_resuming_only_as_an_act_named():
    # (not a phrase of the terms and heads: `_acts_crossed` alone reads it)
    text = "Tehran ended its suspension of uranium conversion on Monday."
    assert en.acts_named(text) == {"resum"}
    assert "resum" not in en.terms(text) and en.main_verb(text) != "resum"


@pytest.mark.parametrize("text", [
    "The referee ended the match on Monday.",  # an end, not a suspension's
    "The suspension ended on Monday.",  # the suspension the subject: not the phrase
    "The league extended his suspension on Monday.",
    "Iran has insisted that its nuclear programme is peaceful.",
])
def test_no_resumption(text):
    assert "resum" not in en.acts_named(text)


# --- dev17: Xinhua 18 Nov / AFP 12 Dec 2005, the resumption and the collapse of the talks

RESUMED = rev("Iran resumed uranium conversion activities, a preparatory step for uranium enrichment, in early "
              "August, a move scuttling nuclear negotiations with the EU which started after Tehran suspended all "
              "activities related to uranium enrichment in November 2004.", "2005-08", "xin/1118",
              date(2005, 11, 18))
COLLAPSED = rev("EU-Iran talks collapsed in August when Tehran ended its suspension of uranium conversion, a first "
                "step towards enrichment, and the planned talks are aimed at determining if negotiations can "
                "resume.", "2005-08", "afp/1212", date(2005, 12, 12))


def test_cause_and_effect_told_the_other_way_round():
    one, two = _facts(RESUMED, COLLAPSED)
    assert one == two


def test_cause_and_effect_needs_the_rule():
    with pack_flags_off("CROSSED_ACTS"):
        one, two = _facts(RESUMED, COLLAPSED)
    assert one != two


def test_other_actor_apart():
    # the same two acts, crosswise, by another state the other never names
    other = rev("Syria resumed uranium conversion activities, a preparatory step for uranium enrichment, in early "
                "August, a move scuttling nuclear negotiations with the EU.", "2005-08", "xin/1119",
                date(2005, 11, 19))
    one, two = _facts(other, COLLAPSED)
    assert one != two


def test_other_object_apart():
    # the same actor and acts, crosswise, about another thing: oil sales, not uranium conversion
    other = rev("Iran resumed oil sales to Japan in early August, a move scuttling trade negotiations with "
                "Tokyo.", "2005-08", "xin/1119", date(2005, 11, 19))
    one, two = _facts(other, COLLAPSED)
    assert one != two


def test_dates_apart():
    # the same sentence of another month: the dates cannot overlap
    later = rev("EU-Iran talks collapsed in March when Tehran ended its suspension of uranium conversion, a first "
                "step towards enrichment, and the planned talks are aimed at determining if negotiations can "
                "resume.", "2005-03", "afp/0312", date(2005, 3, 12))
    one, two = _facts(RESUMED, later)
    assert one != two


def test_one_side_only_is_no_crossing():
    # the collapse told beside the resumption, the resumption never told beside the collapse
    plain = rev("EU-Iran talks collapsed in August over the nuclear file, and the planned talks are aimed at "
                "determining if negotiations can go on.", "2005-08", "afp/1212b", date(2005, 12, 12))
    one, two = _facts(RESUMED, plain)
    assert one != two


def test_one_family_both_sides_is_no_crossing():
    # both main acts one family: the rule says nothing (two collapses of talks)
    first = rev("EU-Iran talks collapsed in August when Tehran resumed uranium conversion.", "2005-08",
                "xin/1120", date(2005, 11, 20))
    second = rev("Six-party talks collapsed in August, a move scuttling hopes of a deal, when Pyongyang "
                 "resumed work at its reactor.", "2005-08", "afp/1213", date(2005, 12, 13))
    one, two = _facts(first, second)
    assert one != two
