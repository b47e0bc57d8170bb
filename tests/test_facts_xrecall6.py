"""Cross-outlet recall, the refused pairs (session 21, xrecall6, issue 15): a happening told as the
cause of what the subject names ("The toxic spill resulted from a blast ...", "The disaster was
caused by a chemical plant explosion ...") is the statement's happening and head, as an incident's
"when" clause is (`lang.en.facts.CAUSED_BY`, `cause_happening`; `facts._heads_meet`), and "took
place" is a light verb as "occurred" is. Each example fails with its switch off; each must-not is a
test of its own."""

from __future__ import annotations

from datetime import date

import pytest

from timeline_cli import facts
from timeline_cli.lang.en import facts as en
from tests.test_facts import filler, pack_flags_off, rev

FILLER = filler(2005, 11)


def _one_fact(one, two) -> bool:
    fact_of = facts.group([one, two, *FILLER])
    return fact_of[one.id] == fact_of[two.id]


TOOK_PLACE = ("The blast took place at noon in a workshop of the No. 101 Chemical Plant of Jilin Petrochemical "
              "Company based in Jilin City, Jilin Province that borders Heilongjiang, leaving five dead, one missing "
              "and more than 60 others injured.")
RESULTED = ("The 80-km-long toxic spill resulted from a blast at an upstream Jilin Petrochemical Company chemical "
            "plant under the China National Petroleum Corp on Nov. 13 in Jilin, Jilin Province.")
CAUSED = ("The disaster was caused by a chemical plant explosion in Jilin province, northeast China, on Nov. 13, "
          "which heavily polluted a regional river called the Songhua River, Zhang said.")


@pytest.mark.parametrize("text, cause", [
    (RESULTED, {"bomb"}),
    (CAUSED, {"bomb"}),
    ("The fire was caused by an explosion in the boiler room.", {"bomb"}),
    ("The deaths stemmed from a fire at the stadium on Sunday.", {"shoot"}),  # (the term of "fire")
])
def test_cause_happening(text, cause):
    assert en.cause_happening(text) == cause
    assert set(en.happening(text)) == cause
    with pack_flags_off("CAUSED_BY"):
        assert not en.cause_happening(text)
        assert set(en.happening(text)) != cause


@pytest.mark.parametrize("text", [
    "Damage caused by the blast was estimated at 2 million dollars.",  # a reduced relative, not the main verb
    "The blast caused a fire in the plant.",  # the subject is the cause
    "The spill resulted in a water cut to the city of Harbin.",  # the effect follows
    "The talks resulted from a proposal by the mayor.",  # no happening noun in the phrase
    "The collapse, officials said, was caused by heavy rain.",  # no happening noun
    "The deaths stemmed from a stampede and a fire at the stadium.",  # (the phrase ends at "and")
])
def test_no_cause_happening(text):
    assert not en.cause_happening(text)


def test_took_place_is_a_light_verb():
    text = "The blast took place at noon in a workshop of the plant based in Jilin City."
    assert en.main_verb(text) == "" and en.happening(text) == ("bomb",)
    assert en.main_verb("The meeting took place in Beijing, which was chosen by the host.") == ""
    with pack_flags_off("CAUSED_BY"):
        assert en.main_verb(text) == "base"


def test_took_place_not_after_a_determiner():
    assert en.main_verb("The take place was then seized by the police.") == "captur"


A = rev(TOOK_PLACE, "2005-11-13", "xin/1122", date(2005, 11, 22))
B = rev(RESULTED, "2005-11-13", "xin/1129", date(2005, 11, 29))
C = rev(CAUSED, "2005-11-13", "xin/1126", date(2005, 11, 26))


@pytest.mark.parametrize("one, two", [(A, B), (C, B)])
def test_a_cause_told_and_the_happening_are_one_fact(one, two):
    assert _one_fact(one, two)


@pytest.mark.parametrize("one, two", [(A, B), (C, B)])
def test_a_cause_told_needs_the_rule(one, two):
    with pack_flags_off("CAUSED_BY"):
        assert not _one_fact(one, two)


def test_another_cause_is_another_happening():
    flood = rev("The toxic spill resulted from a flood at an upstream Jilin Petrochemical Company chemical plant "
                "under the China National Petroleum Corp on Nov. 13 in Jilin, Jilin Province.",
                "2005-11-13", "xin/1130", date(2005, 11, 30))
    assert not _one_fact(A, flood)


def test_the_effect_of_another_day_is_apart():
    later = rev("The toxic spill resulted from a blast at an upstream Jilin Petrochemical Company chemical plant "
                "under the China National Petroleum Corp on Nov. 20 in Jilin, Jilin Province.",
                "2005-11-20", "xin/1130", date(2005, 11, 30))
    assert not _one_fact(A, later)


# --- praising in other words (`PRAISE`)

FILLER_DEC = filler(2005, 12)


def _one_fact_dec(one, two) -> bool:
    fact_of = facts.group([one, two, *FILLER_DEC])
    return fact_of[one.id] == fact_of[two.id]


HAILED = rev("US President George W. Bush on Thursday hailed Iraq's historic parliamentary elections as \"a major step "
             "forward\" in building a democracy in the war-torn country and bringing US troops home.",
             "2005-12-15", "afp/1215", date(2005, 12, 15))
TRUMPETED = rev("Facing anemic poll numbers at home over his Iraq policy, US President George W. Bush has trumpeted the "
                "election as a victory for the Iraqi people and US policy in Iraq and is hoping a strong government "
                "will quickly coalesce.", "../2005-12-17", "afp/1217", date(2005, 12, 17))


@pytest.mark.parametrize("word", ["hailed", "lauded", "trumpeted", "touted", "praised"])
def test_praise_class(word):
    assert en.main_verb(f"Bush {word} the election.") == "prais"


def test_praise_class_needs_the_flag():
    with pack_flags_off("PRAISE"):
        assert en.main_verb("Bush hailed the election.") == "hail"


def test_praise_told_in_other_words_is_one_fact():
    assert _one_fact_dec(HAILED, TRUMPETED)
    with pack_flags_off("PRAISE"):
        assert not _one_fact_dec(HAILED, TRUMPETED)


def test_praise_by_another_actor_is_apart():
    other = rev("Facing anemic poll numbers at home over his Iraq policy, British Prime Minister Tony Blair has "
                "trumpeted the election as a victory for the Iraqi people and British policy in Iraq.",
                "../2005-12-17", "afp/1217b", date(2005, 12, 17))
    assert not _one_fact_dec(HAILED, other)


def test_welcome_stays_a_reaction_of_its_own():
    assert en.main_verb("Bush welcomed the election.") != "prais"


# --- an agreement told as a light verb and its noun (`AGREE_DEAL`)

@pytest.mark.parametrize("text", [
    "Israel and the Palestinians reached an agreement on the Rafah crossing on Tuesday.",
    "The two sides struck a deal on Tuesday.",
    "The ministers hammered out a compromise.",
    "The ministers reached a tentative peace agreement.",
    "Israel and the Palestinians agreed on Tuesday to reopen the Rafah crossing.",
])
def test_agree_deal(text):
    assert en.main_verb(text) == "agre" and en.happening(text) == ("agre",)


def test_agree_deal_needs_the_flag():
    with pack_flags_off("AGREE_DEAL"):
        assert en.main_verb("Israel and the Palestinians reached an agreement on Tuesday.") == "count-value"
        assert en.main_verb("The two sides struck a deal on Tuesday.") != "agre"


@pytest.mark.parametrize("text, verb", [
    ("The death toll reached 35 on Monday.", "count-value"),  # a count still
    ("They reached the city after the agreement.", "reach"),  # no word of a deal between
    ("They signed an agreement on Monday.", "sign"),  # the signing, an act of its own
    ("A strong quake struck the region on Monday.", "strik"),  # the light verb of a quake
])
def test_no_agree_deal(text, verb):
    assert en.main_verb(text) == verb


def test_the_agreement_named_keeps_its_term():
    assert "agreement" in en.terms("Under the agreement, the crossing will reopen on Nov. 25.")


def test_agreement_told_two_ways_is_one_fact():
    one = rev("Israel and the Palestinians reached a deal on Tuesday on the Rafah crossing after a night of talks "
              "with Rice.", "2005-11-15", "xin/1116", date(2005, 11, 16))
    two = rev("Israel agreed with the Palestinians on Tuesday to reopen the Rafah crossing, officials said.",
              "2005-11-15", "afp/1116", date(2005, 11, 16))
    assert _one_fact(one, two)
    with pack_flags_off("AGREE_DEAL"):
        assert not _one_fact(one, two)


def test_another_days_deal_is_apart():
    one = rev("Israel and the Palestinians reached a deal on Tuesday on the Rafah crossing after a night of talks "
              "with Rice.", "2005-11-15", "xin/1116", date(2005, 11, 16))
    two = rev("Israel agreed with the Palestinians on Friday to close the Rafah crossing, officials said.",
              "2005-11-25", "afp/1126", date(2005, 11, 26))
    assert not _one_fact(one, two)
