"""Session 23, prec22: wrong links left in the dev sets (issue 15 precision), written on other
stories; each example fails with its rule switched off."""

from __future__ import annotations

from datetime import date

import pytest

from timeline_cli import facts
from timeline_cli.lang.en import facts as en
from tests.test_facts import clear_pack_caches as _clear_caches, filler, rev


# --- 1. A past participle's phrase after the subject is told in passing (lang.en.facts.PARTICIPLE_ASIDE)

SWORN = "Chancellor Angela Merkel, sworn into office earlier in the day, told parliament in Berlin that taxes would rise."
SWEARING = "Angela Merkel was sworn in as Germany's first woman chancellor in Berlin on Tuesday."


@pytest.mark.parametrize("text, verb", [
    (SWORN, "rise"),  # (the reported clause after "told", not the aside)
    ("The man, arrested on Monday, was charged with theft.", "charg"),
    ("The minister, widely criticised for the delay, resigned.", "resign"),
    # must not: a series of verbs keeps its first; a subject's own verb is read before any comma
    ("Police arrived, stormed the building, and freed the hostages.", "arriv"),
    ("Police arrived, stormed the building, freed the hostages.", "arriv"),
    (SWEARING, "swear"),
    # must not: a present tense after the phrase is not read, so the phrase stays (else a verb inside
    # a noun's clause further on would be read as the main one: "wipe")
    ("Israel, widely considered the region's sole nuclear power, considers Iran its arch-foe because of "
     "statements by its president that the Jewish state should be wiped off the map.", "consider"),
])
def test_main_verb_after_a_participle_aside(fresh: None, text: str, verb: str) -> None:
    assert en.main_verb(text) == verb


def test_the_participle_aside_is_not_in_the_main_clause(fresh: None) -> None:
    assert "swear" not in en.main_terms(SWORN)
    assert "charg" in en.main_terms("The man, arrested on Monday, was charged with theft.")
    assert "arrest" not in en.main_terms("The man, arrested on Monday, was charged with theft.")


def test_a_participle_aside_alone_shared_is_another_fact(fresh: None, monkeypatch: pytest.MonkeyPatch) -> None:
    day = date(2005, 11, 22)
    events = [rev(SWEARING, "2005-11-22", "afp/1", day), rev(SWORN, "2005-11-22", "afp/2", day)]
    fact_of = facts.group(events + filler(2005, 11))
    assert fact_of[events[0].id] != fact_of[events[1].id]
    monkeypatch.setattr(en, "PARTICIPLE_ASIDE", False)
    _clear_caches()
    fact_of = facts.group(events + filler(2005, 11))
    assert fact_of[events[0].id] == fact_of[events[1].id]  # (the aside's "sworn" read as the happening)


# --- 2. A count of medals is a tally, not one player's result (lang.en.facts.RESULT_MEDAL_COUNT)

SILVER = "Ivanova won silver earlier in the day, losing to Spain's Maria Lopez in the women's singles final."
SIX_SILVER = "Spain also won six silver at the Mediterranean Games."


@pytest.mark.parametrize("text, tally", [
    ("Spain also won six silver.", {"6"}),
    ("Japan took 14 gold and 9 bronzes on the last day.", {"14", "9"}),
    ("Korea won two medals in fencing on Monday.", {"2"}),
    ("Thailand added three more gold in boxing.", {"3"}),
])
def test_a_count_of_medals_is_a_tally(fresh: None, text: str, tally: set[str]) -> None:
    read = en.result_read(text)
    assert read is not None and dict(read)["tally"] == tally


@pytest.mark.parametrize("text", [
    # must not: one medal, an event's distance or name after a determiner, one player's result
    "He won one gold in the pool.",
    "Liu won the 200 freestyle gold on Monday.",
    "Kim won the men's 4 gold in rowing.",
    SILVER,
])
def test_no_count_of_medals(fresh: None, text: str) -> None:
    read = en.result_read(text)
    assert read is None or "tally" not in dict(read)


def test_a_player_s_medal_and_a_country_s_count_are_two_facts(fresh: None, monkeypatch: pytest.MonkeyPatch) -> None:
    assert en.results_apart(SILVER, SIX_SILVER)
    # must not: one count told twice
    assert not en.results_apart(SIX_SILVER, "Spain won six silver medals at the Mediterranean Games.")
    monkeypatch.setattr(en, "RESULT_MEDAL_COUNT", False)
    _clear_caches()
    assert not en.results_apart(SILVER, SIX_SILVER)


def test_a_player_s_medal_does_not_join_a_country_s_count(fresh: None, monkeypatch: pytest.MonkeyPatch) -> None:
    day = date(2006, 7, 5)
    events = [rev(SILVER.replace("final.", "final at the Mediterranean Games."), "2006-07-05", "afp/1", day),
              rev("Spain also won six silver at the Mediterranean Games on Wednesday.", "2006-07-05", "xin/2", day)]
    fact_of = facts.group(events + filler(2006, 7))
    assert fact_of[events[0].id] != fact_of[events[1].id]
    monkeypatch.setattr(en, "RESULT_MEDAL_COUNT", False)
    _clear_caches()
    fact_of = facts.group(events + filler(2006, 7))
    assert fact_of[events[0].id] == fact_of[events[1].id]  # (one colour and the games' words shared)
