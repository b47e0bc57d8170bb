"""Session 23, prec22: wrong links left in the dev sets (issue 15 precision), written on other
stories; each example fails with its rule switched off."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest

from timeline_cli import facts
from timeline_cli.lang.en import facts as en
from tests.test_facts import clear_pack_caches as _clear_caches, filler, rev


@pytest.fixture
def fresh() -> Iterator[None]:
    _clear_caches()
    yield
    _clear_caches()


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
