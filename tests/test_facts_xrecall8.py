"""Session 22 (xrecall8), cross-outlet recall: an act done again is the act (`lang.en.facts.AGAIN`:
a closed list, "reopen" / "re-open" / "open"), and two names joined by a hyphen are the two names
(`lang.en.facts.NAMES_HYPHENED`: "the Bush-Abdullah II meeting"). Each example fails with its
switch off; each must-not is a test of its own."""

from __future__ import annotations

from datetime import date
from functools import partial

import pytest

from timeline_cli.lang.en import facts as en
from tests.test_facts import filler, pack_flags_off, together


FILLER = filler(2005, 11)


@pytest.mark.parametrize("again, once", [
    ("The crossing will be re-opened on Friday.", "The crossing will open on Friday."),
    ("The two sides will reopen the crossing.", "The two sides will open the crossing."),
    ("The IAEA urged Tehran to re-suspend its work.", "The IAEA urged Tehran to re- suspend its work."),
    ("Chavez was re-elected on Sunday.", "Chavez was elected on Sunday."),
    ("Chavez was reelected on Sunday.", "Chavez was elected on Sunday."),
    ("Chavez is running for re-election.", "Chavez is running for election."),
    ("Chavez is running for reelection.", "Chavez is running for election."),
    ("Re-opened on Friday, the crossing was busy.", "Opened on Friday, the crossing was busy."),
])
def test_an_act_done_again_is_the_act(again, once):
    assert en.terms(again) == en.terms(once)


@pytest.mark.parametrize("word, other", [
    ("resign", "sign"),      # "re" words are other words
    ("report", "port"),
    ("return", "turn"),
    ("release", "lease"),
    ("record", "cord"),
    ("recovered", "covered"),
    ("reformed", "formed"),
])
def test_a_solid_re_word_stays_its_own(word, other):
    assert en.terms(f"He {word} the deal.") != en.terms(f"He {other} the deal.")


@pytest.mark.parametrize("again, once", [
    ("The index was re-based in 2004.", "The index was based in 2004."),  # not in the list: kept
    ("The team re-formed in May.", "The team formed in May."),
])
def test_a_re_word_outside_the_list_stays_its_own(again, once):
    assert en.terms(again) != en.terms(once)


def test_the_switch_keeps_the_prefix():
    with pack_flags_off("AGAIN"):
        assert en.terms("The crossing will be re-opened.") != en.terms("The crossing will be opened.")
        assert en.terms("The two sides will reopen it.") != en.terms("The two sides will open it.")


# one opening told beforehand by three reports, in three words for it (dev20, Xinhua 16 and 18 Nov 2005)
REOPENED = ("Under the deal, the key Rafah crossing on the Gaza-Egypt border will be re-opened as of Nov. 25 "
            "under the presence of European Union security monitors.")
SLATED = ("The Rafah border crossing is slated to open on Nov. 25, when European inspectors are set to arrive "
          "to monitor compliance with the border agreements.")


_together = partial(together, when="2005-11-25", outlets=("xin/one", "xin/two"),
                    reported=(date(2005, 11, 16), date(2005, 11, 18)), others=FILLER)


def test_the_crossing_re_opened_and_slated_to_open_is_one_fact():
    assert _together(REOPENED, SLATED)


def test_the_switch_keeps_them_apart():
    with pack_flags_off("AGAIN"):
        assert not _together(REOPENED, SLATED)


def test_a_crossing_reopened_is_not_another_crossing_closed():
    # the same place and day, the other act: no shared verb is made by the rule
    closed = "The Rafah border crossing was closed on Nov. 25, when European inspectors failed to arrive."
    assert not _together(REOPENED, closed)


# --- two names joined by a hyphen are the two names (`NAMES_HYPHENED`)

@pytest.mark.parametrize("joined, apart", [
    ("The Bush-Abdullah II meeting will proceed.", "The Bush Abdullah II meeting will proceed."),
    ("The crossing on the Gaza-Egypt border opened.", "The crossing on the Gaza Egypt border opened."),
    ("The Israeli-Palestinian talks resumed.", "The Israeli Palestinian talks resumed."),
    ("The Bosnia-Herzegovina-Croatia talks resumed.", "The Bosnia Herzegovina Croatia talks resumed."),
])
def test_two_hyphened_names_are_the_two_names(joined, apart):
    assert en.terms(joined) == en.terms(apart)


def test_the_subject_of_a_joined_meeting_names_both():
    assert set(en.read("The Bush-Abdullah II meeting will proceed as scheduled.")[2]) == {"bush", "abdullah"}


@pytest.mark.parametrize("text, kept", [
    ("Al-Qaida claimed the attack.", "al-qaida"),       # one name, "al-Qaida" too: a two-letter part
    ("The EU-Turkey Customs Union stalled.", "eu-turke"),  # one treaty's name
    ("Nuri al-Maliki spoke.", "al-maliki"),              # a lower-case part
    ("U.S.-led forces withdrew.", "u.s.-l"),             # a lower-case word after it
    ("A cease-fire held.", "ceasefir"),                  # two lower-case words: `SOLID_HYPHEN`
])
def test_a_hyphen_kept(text, kept):
    assert kept in en.terms(text)


def test_the_switch_keeps_the_compound():
    with pack_flags_off("NAMES_HYPHENED"):
        assert "bush" not in en.terms("The Bush-Abdullah II meeting will proceed.")
