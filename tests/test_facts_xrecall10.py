"""Session 24 (xrecall10), recall across tellers: living somewhere is staying there
(`lang.en.facts.DWELL`: "live in" / "lived at" = "stay"), and giving a thing up is surrendering
it (`lang.en.facts.GIVE_UP`). Each example fails with its switch off; each must-not is a test of
its own."""

from __future__ import annotations

from datetime import date
from functools import partial

import pytest

from timeline_cli.lang.en import facts as en
from tests.test_facts import filler, pack_flags_off, together

# --- living somewhere is staying there (`DWELL`)


@pytest.mark.parametrize("lives, stays", [
    ("They would live in the home of a Cuban diplomat.", "They would stay in the home of a Cuban diplomat."),
    ("He lived at the palace.", "He stayed at the palace."),
    ("Cubans living in Miami protested.", "Cubans staying in Miami protested."),
    ("Living in exile, he wrote books.", "Staying in exile, he wrote books."),
])
def test_living_somewhere_is_staying_there(lives, stays):
    assert en.terms(lives) == en.terms(stays)


def test_the_verb_of_living_somewhere_is_the_head_and_the_happening():
    text = "Castro has said they would live in the home of a Cuban diplomat in the Washington area."
    assert en.happening(text) == (en.stem("stay"),)
    assert en.head(text)[0] == en.stem("stay")


@pytest.mark.parametrize("text", [
    "Troops fired live ammunition in the air.",                     # the adjective
    "Another live television broadcast was aired.",
    "An explosion underneath the living room killed five rebels.",  # after a determiner: a noun
    "He earned a living in Miami.",
    "They lost their lives in the attack.",                          # the noun's plural
    "We can live with that decision.",                               # no place follows
    "He lived for ten more years.",
])
def test_other_lives_are_not_a_stay(text):
    assert en.stem("stay") not in en.terms(text)


def test_the_switch_keeps_the_verb():
    with pack_flags_off("DWELL"):
        assert en.stem("stay") not in en.terms("They would live in the home of a Cuban diplomat.")


# one plan of where the boy and his relatives would stay, told twice by one paper's reporters
# (dev7, NYT 30 March and 3 April 2000)
SUGGESTED = "Castro has suggested that Elian and his relatives stay at the residence of Cuba's chief diplomat in Washington."
SAID = ("Cuban President Fidel Castro has said they would live in the home of a Cuban diplomat in the Washington "
        "area until the court case surrounding Elian's fate is resolved.")

_together = partial(together, when="../2000-04-03", outlets=("nyt/one", "nyt/two"),
                    reported=(date(2000, 3, 30), date(2000, 4, 3)), others=filler(2000, 4))


def test_staying_at_a_diplomats_residence_and_living_in_his_home_is_one_fact():
    assert _together(SUGGESTED, SAID)


def test_the_switch_keeps_them_apart():
    with pack_flags_off("DWELL"):
        assert not _together(SUGGESTED, SAID)


def test_living_in_a_diplomats_home_is_not_leaving_it():
    # the same people and place, another act: the stay alone is no shared verb
    left = "Cuban President Fidel Castro has said they would leave the home of a Cuban diplomat in the Washington area."
    assert not _together(SUGGESTED, left)


# --- giving a thing up is surrendering it (`GIVE_UP`)

@pytest.mark.parametrize("gives_up, surrenders", [
    ("Britain refused to give up its annual budget rebate.", "Britain refused to surrender its annual budget rebate."),
    ("The rebels gave up their weapons.", "The rebels surrendered their weapons."),
    ("Britain is giving up its rebate.", "Britain is surrendering its rebate."),
])
def test_giving_a_thing_up_is_surrendering_it(gives_up, surrenders):
    assert en.stem("surrender") in en.terms(gives_up)
    assert set(en.terms(gives_up)) == set(en.terms(surrenders))


@pytest.mark.parametrize("text", [
    "He gave up on the plan.",          # abandoning
    "The team gave up two goals.",      # a count: conceded
    "The keeper gave up 3 goals.",
    "He gave up smoking.",              # quitting
    "The climbers were given up for dead.",
    "He gave a speech up north.",       # the particle not right after the verb
])
def test_other_givings_up_are_no_surrender(text):
    assert en.stem("surrender") not in en.terms(text)


def test_the_switch_keeps_give_up_apart():
    with pack_flags_off("GIVE_UP"):
        assert en.stem("surrender") not in en.terms("Britain refused to give up its rebate.")


# one deadlock's first obstacle told twice by one agency, nine days apart (dev20, AFP 5 and 14 Dec 2005)
SURRENDER = ("The main stumbling blocks have been Britain's refusal to surrender its long-cherished rebate, and "
             "French resistance to calls for reform of generous farm subsidies.")
GIVE = ("Two issues are still blocking accord: Britain's refusal to give up its annual budget rebate, dating from "
        "1984 and France's refusal to cut farm subsidies.")  # (trimmed: a test store's weights are not a month's)

_together_dec = partial(together, when="../2005-12-14", outlets=("afp/one", "afp/two"),
                        reported=(date(2005, 12, 5), date(2005, 12, 14)), others=filler(2005, 12))


def test_refusing_to_surrender_the_rebate_and_to_give_it_up_is_one_fact():
    assert _together_dec(SURRENDER, GIVE)


def test_the_switch_keeps_the_refusals_apart():
    with pack_flags_off("GIVE_UP"):
        assert not _together_dec(SURRENDER, GIVE)


def test_giving_up_the_rebate_is_not_cutting_it():
    # the same country and rebate, another act: the shared nouns alone join nothing
    cut = GIVE.replace("give up", "cut")
    assert not _together_dec(SURRENDER, cut)
