"""Precision rules made on a third sample of text no rule was tuned on (session 13, "prec6",
issue 15: the TE3 silver Xinhua documents of November 2006 no gold set uses, ingested as a user
would, `timeline facts --min-sources 2` read at random: market reports, casualty reports,
diplomatic meetings). Each rule with its examples and the cases it must not match; each example
fails with its rule switched off (the `..._without_the_rule` tests show the pairs linked then)."""

from __future__ import annotations

import pytest

from timeline_cli import facts
from timeline_cli.lang.en import facts as en
from timeline_cli.model import Event
from tests.test_facts_bridge import FILLER, ev


def _fact_of(events: list[Event]) -> dict[str, str]:
    return facts.build(events + FILLER).fact_of


def _linked(a: Event, b: Event) -> bool:
    fact_of = _fact_of([a, b])
    return fact_of[a.id] == fact_of[b.id]


# ------------------------------------------------------------- one report of other places
# Two statements whose actors are of other places (a country, its people's adjective, a city
# of it), neither naming the other's, and no rare name shared: one kind of report about two
# places (`facts._places_apart`, `lang.en.facts.places`).

OPENS = [
    ev("German stocks opened higher Wednesday on the Frankfurt market.", "2006-11-29", "xin/0110", "2006-11-29"),
    ev("Tokyo stocks opened sharply higher almost across the board Wednesday on optimism about the Japanese "
       "economy after the government reported surprisingly strong industrial production in October.",
       "2006-11-29", "xin/0457", "2006-11-29"),
]
CLOSES = [
    ev("German stocks ended higher on Tuesday on the Frankfurt market.", "2006-11-07", "xin/0269", "2006-11-07"),
    ev("Share prices on the Jakarta Stock Exchange ended higher Tuesday after the central bank announced further "
       "cut of the benchmark rate.", "2006-11-07", "xin/0113", "2006-11-07"),
]


@pytest.mark.parametrize("pair", [OPENS, CLOSES], ids=["frankfurt-tokyo", "frankfurt-jakarta"])
def test_one_report_of_other_places_does_not_link(pair):
    assert not _linked(*pair)


@pytest.mark.parametrize("pair", [OPENS, CLOSES], ids=["frankfurt-tokyo", "frankfurt-jakarta"])
def test_the_places_linked_without_the_rule(pair, monkeypatch):
    monkeypatch.setattr(facts, "PLACES_APART", False)
    assert _linked(*pair)


def test_a_city_and_its_people_are_one_place():
    assert en.places(en.terms("Tokyo stocks rose")) == en.places(en.terms("Japanese shares rose")) == {"japan"}
    assert en.places(en.terms("Share prices on the Jakarta Stock Exchange")) == {"indonesia"}
    assert not en.places(en.terms("Share prices ended higher"))
    # the place one names as its actor's, met in the other: one market told two ways
    assert _linked(OPENS[1], ev("Japanese stocks opened sharply higher across the board Wednesday on the Tokyo "
                                "market after strong industrial production data.", "2006-11-29", "xin/other",
                                "2006-11-29"))


def test_a_rare_name_shared_keeps_two_places_of_one_happening():
    arrived = ev("The exiled leader of the Palestinian Islamic Resistance Movement (Hamas) Khaled Meshaal arrived in "
                 "the Egyptian capital of Cairo on Wednesday night on a surprise visit.", "2006-11-22", "xin/0301",
                 "2006-11-22")
    confirmed = ev("A Hamas spokesman in Damascus confirmed the surprise visit on Wednesday, saying Meshaal has "
                   "arrived in Cairo.", "2006-11-22", "xin/0299", "2006-11-22")
    a, b = (facts._item(e, None, {}, {}) for e in (arrived, confirmed))
    weight = {t: 1.0 for t in a.terms | b.terms}
    shared = a.terms & b.terms
    assert not facts._places_apart(a, b, shared, weight, 1.0)
    assert facts._places_apart(a, b, shared, weight, 2.0)  # (no name rare enough: apart)


# ------------------------------------------------------------- contractions are grammar words
# "don't", "we're", "won't": a grammar word contracted is a grammar word (`lang.en.facts.CONTRACTIONS`).

QUOTES = [
    ev("When we're well, we don't think about it.", "../2006-11-10", "xin/0154", "2006-11-10"),
    ev("\"I don't think we're going to be receptive to the notion there's a fixed timetable at which we "
       "automatically pull out.", "../2006-11-13", "xin/0248", "2006-11-13"),
]


def test_contractions_are_no_terms():
    assert en.terms("When we're well, we don't think about it.") == ("think",)
    assert "o'brien" in en.terms("Conan O'Brien laughed")
    assert en._word_term("haven't") == en._word_term("I'm") == en._word_term("won't") == ""


def test_two_quotes_sharing_contractions_do_not_link():
    assert not _linked(*QUOTES)


def test_the_contractions_linked_without_the_rule(monkeypatch):
    monkeypatch.setattr(en, "CONTRACTIONS", False)
    en._TERMS.clear()
    en.head.cache_clear()
    facts.read_text.cache_clear() if hasattr(facts.read_text, "cache_clear") else None
    try:
        assert "don't" in en.terms("we don't think")
        assert _linked(*QUOTES)
    finally:
        monkeypatch.setattr(en, "CONTRACTIONS", True)
        en._TERMS.clear()
