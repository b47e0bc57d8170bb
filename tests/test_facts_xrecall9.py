"""Session 23 (xrecall9), recall across tellers: one armed group named by each teller's own word for
it is one group (`lang.en.facts.ARMED_GROUP`: terrorist = guerrilla = insurgent = captor = rebel).
Each example fails with its switch off; each must-not is a test of its own."""

from __future__ import annotations

from datetime import date
from functools import partial

import pytest

from timeline_cli.lang.en import facts as en
from tests.test_facts import filler, pack_flags_off, together


FILLER = filler(1997, 4)


@pytest.mark.parametrize("word, other", [
    ("terrorists", "rebels"),
    ("Terrorists", "rebels"),
    ("guerrillas", "rebels"),
    ("guerrilla", "rebel"),
    ("insurgents", "rebels"),
    ("captors", "rebels"),
])
def test_an_armed_group_by_any_of_its_names_is_one_term(word, other):
    assert en.terms(f"Troops killed the {word} on Tuesday.") == en.terms(f"Troops killed the {other} on Tuesday.")


@pytest.mark.parametrize("word", [
    "militants",   # a story's own rare word for its group: kept (see GUIDELINES.md, session 23)
    "terrorism",   # the act, not the group
    "rebellion",
    "insurgency",
    "gunmen",      # any armed men
])
def test_other_words_of_armed_men_stay_their_own(word):
    assert en.terms(f"Troops fought the {word} on Tuesday.") != en.terms("Troops fought the rebels on Tuesday.")


def test_the_switch_keeps_each_word():
    with pack_flags_off("ARMED_GROUP"):
        assert en.terms("Troops killed the terrorists.") != en.terms("Troops killed the rebels.")


# one explosion told by a freed hostage and by the president, each in his word for the hostage
# takers (dev5, AFP 23 April 1997)
HOSTAGE = ('"An explosion underneath the reception hall, where a tunnel had been dug, killed most of the '
           'terrorists (and) I saw five or six of them collapse," Gumucio said.')
PRESIDENT = ("An explosion underneath the living room killed five or six of the rebels immediately, while "
             "another group ran to the second floor, Fujimori said.")


_together = partial(together, when="../1997-04-23", outlets=("afp/one", "afp/two"),
                    reported=(date(1997, 4, 23), date(1997, 4, 23)), others=FILLER)


def test_the_explosion_that_killed_the_terrorists_and_the_rebels_is_one_fact():
    assert _together(HOSTAGE, PRESIDENT)


def test_the_switch_keeps_them_apart():
    with pack_flags_off("ARMED_GROUP"):
        assert not _together(HOSTAGE, PRESIDENT)


def test_the_rebels_freed_are_not_the_rebels_killed():
    # the same group and the same day, another act: the shared name of the group alone joins nothing
    freed = "The rebels freed five or six of the hostages on the second floor, Fujimori said."
    assert not _together(HOSTAGE, freed)

