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


# --- one act on one named person, main in one and aside in the other (`ACT_PATIENT`, `_patient_aside`)

FILLER_SEPT = filler(2006, 9) + filler(2006, 11) + filler(2006, 12)


def _facts_sept(*events: Event) -> list[str]:
    fact_of = facts.group([*events, *FILLER_SEPT])
    return [fact_of[e.id] for e in events]


@pytest.mark.parametrize("text, key, names", [
    ("The biggest political corruption scandal in more than a decade brought down Shanghai's top Communist Party "
     "official Chen Liangyu in late September.", "fall", {"shanghai", "communist", "part", "chen", "liangyu"}),
    ("The scandal, which brought down Chen Liangyu, secretary of the local committee, was highlighted.", "fall",
     {"chen", "liangyu"}),
    ("Police arrested opposition leader Morgan Tsvangirai at a rally.", "arrest", {"morgan", "tsvangirai"}),
])
def test_act_patients(text, key, names):
    assert en.act_patients(text, key) == names
    with pack_flags_off("ACT_PATIENT"):
        assert not en.act_patients(text, key)


@pytest.mark.parametrize("text, key", [
    ("The scandal brought down the city government in September.", "fall"),  # no name after the act
    ("The storm brought down trees in Shanghai on Monday.", "fall"),  # a place after a preposition
    ("Police arrested three men, said Morgan Tsvangirai.", "arrest"),  # a name after the comma
])
def test_no_act_patients(text, key):
    assert not en.act_patients(text, key)


# dev19: Xinhua 22 Nov / AFP 3 Dec 2006, the scandal that felled Chen Liangyu, told aside by one
HIGHLIGHTED = rev("The misappropriation of social security funds was highlighted in September by the Shanghai "
                  "scandal, involving 3.2 billion yuan of city funds, which brought down Chen Liangyu, secretary of "
                  "local committee of Communist Party of China.", "2006-09", "xin/1122", date(2006, 11, 22))
BROUGHT_DOWN = rev("The biggest political corruption scandal in more than a decade brought down Shanghai's top "
                   "Communist Party official Chen Liangyu in late September and scores of officials and businessmen "
                   "have been implicated since.", "2006-09", "afp/1203", date(2006, 12, 3))


def test_one_act_on_one_person_told_aside():
    one, two = _facts_sept(HIGHLIGHTED, BROUGHT_DOWN)
    assert one == two


def test_one_act_on_one_person_needs_the_rule():
    with pack_flags_off("ACT_PATIENT"):
        one, two = _facts_sept(HIGHLIGHTED, BROUGHT_DOWN)
    assert one != two


def test_other_person_apart():
    other = rev("The misappropriation of social security funds was highlighted in September by the Shanghai "
                "scandal, involving 3.2 billion yuan of city funds, which brought down Zhang Rongkun, a tycoon "
                "close to the Communist Party of China.", "2006-09", "xin/1123", date(2006, 11, 23))
    one, two = _facts_sept(other, BROUGHT_DOWN)
    assert one != two


def test_other_act_on_the_person_apart():
    other = rev("The misappropriation of social security funds was highlighted in September by the Shanghai "
                "scandal, involving 3.2 billion yuan of city funds, which embarrassed Chen Liangyu, secretary of "
                "local committee of Communist Party of China.", "2006-09", "xin/1123", date(2006, 11, 23))
    one, two = _facts_sept(other, BROUGHT_DOWN)
    assert one != two


def test_other_actor_on_the_person_apart():
    other = rev("President Hu Jintao brought down Shanghai's top Communist Party official Chen Liangyu in late "
                "September, and scores of officials have been implicated since.", "2006-09", "afp/1204",
                date(2006, 12, 4))
    one, two = _facts_sept(HIGHLIGHTED, other)
    assert one != two


def test_dates_apart_person():
    earlier = rev("The misappropriation of social security funds was highlighted in March by the Shanghai "
                  "scandal, involving 3.2 billion yuan of city funds, which brought down Chen Liangyu, secretary of "
                  "local committee of Communist Party of China.", "2006-03", "xin/0322", date(2006, 3, 22))
    one, two = _facts_sept(earlier, BROUGHT_DOWN)
    assert one != two


def test_undated_not_read():
    undated = [rev(e.text.replace(" in September", "").replace(" in late September", ""), f"../{e.reported}",
                   e.source + "u", e.reported) for e in (HIGHLIGHTED, BROUGHT_DOWN)]
    one, two = _facts_sept(*undated)  # (no month read: the rule asks both dated within a month)
    assert one != two
