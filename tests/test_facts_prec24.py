"""Session 25, prec24: wrong links left in the dev sets (issue 15 precision), written on other
stories; each example fails with its rule switched off."""

from __future__ import annotations

import pytest

from timeline_cli.lang.en import facts as en
from tests.test_facts import clear_pack_caches as _clear_caches


# --- An aside between two dashes is told in passing (lang.en.facts.DASH_ASIDE)

HANDGUN = ("Based on physical evidence _ including a handgun found in March buried near the nurse's home and "
           "fibres found in Hale's van _ detectives said they had decided to seek a warrant for his arrest.")
CONVOY = "The convoy -- ambushed twice on the road from Basra -- reached the camp on Sunday."


@pytest.mark.parametrize("text, verb", [
    (HANDGUN, "demand"),  # (seek = demand: the warrant, not the find)
    (CONVOY, "reach"),
    ("The ministers \u2014 who had met in Geneva the week before \u2014 signed the accord on Friday.", "sign"),
    # must not: a name in apposition between dashes (no verb in it), a single dash, a score's spaced
    # hyphens, a dash aside that ends the sentence
    ("A fourth carrier -- the USS Enterprise -- sailed for the Gulf on Monday.", "sail"),
    ("Police have arrested a suspect -- a man who was seen near the bank.", "arrest"),
    ("Leeds beat Hull 2 - 1 and Wigan drew 1 - 1 with Bolton on Saturday.", "beat"),
    ("The rebels freed the hostages -- who had been held for a month --.", "freed"),
])
def test_main_verb_outside_a_dash_aside(fresh: None, text: str, verb: str) -> None:
    assert en.main_verb(text) == verb


@pytest.mark.parametrize("text, left_out, kept", [
    (HANDGUN, {"handgun", "find", "buri", "fibr"}, {"evidenc", "warrant", "arrest"}),
    (CONVOY, {"ambush", "basra"}, {"convo", "reach", "camp"}),
    # must not: the name in apposition is the noun's referent, a main-clause term
    ("A fourth carrier -- the USS Enterprise -- sailed for the Gulf on Monday.", set(), {"enterpr", "carrier", "sail"}),
])
def test_a_dash_aside_is_no_main_clause_term(fresh: None, text: str, left_out: set[str], kept: set[str]) -> None:
    terms = en.main_terms(text)
    assert left_out.isdisjoint(terms) and kept <= terms


def test_without_the_rule_the_aside_is_read(fresh: None, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(en, "DASH_ASIDE", False)
    _clear_caches()
    assert en.main_verb(HANDGUN) == "find"
    assert en.main_verb(CONVOY) == "ambush"
    assert "handgun" in en.main_terms(HANDGUN) and "ambush" in en.main_terms(CONVOY)
