"""Session 21, prec20: a statement that names its day only in a "since" clause of another
happening ("X has been the focus of a custody battle since he was found ... on Nov. 25") tells a
state dated by the happening it began with; a dated report of that happening ("was found ... Nov.
25") is another fact (issue 15 precision, dev8). Written on another story; each example fails
with its rule switched off, each must-not is a test."""

from __future__ import annotations

from datetime import date

import pytest

from timeline_cli import facts
from timeline_cli.lang.en import facts as en
from timeline_cli.model import Event
from tests.test_facts import clear_pack_caches as _clear_caches, filler, rev


ARREST, REPORT, LATER = date(2003, 5, 12), date(2003, 6, 10), date(2003, 7, 2)


# --- 1. Every day named is in a "since" clause with a verb of its own (lang.en.facts.day_since)

@pytest.mark.parametrize("text, since", [
    ("Okafor has been at the center of a diplomatic dispute since he was arrested at the border crossing on May 12.", True),
    ("The reporter has been held in a military prison since she was detained at the airport on Monday.", True),
    ("The miners have been trapped underground since the shaft collapsed on Tuesday.", True),
    ("The border has remained closed since the rebels attacked the post on Friday.", True),
    # must not: the day in the main clause, a time clause of another word, a noun phrase after "since",
    # a fronted participle, a relative clause, no day named
    ("Okafor was arrested at the border crossing on May 12.", False),
    ("Okafor was moved to a prison after he was arrested at the border crossing on May 12.", False),
    ("Okafor has been held in a military prison since May 12.", False),
    ("Arrested on May 12 at the border crossing, Okafor has become the center of a diplomatic dispute.", False),
    ("Okafor, who was arrested on May 12, has been at the center of a diplomatic dispute.", False),
    ("Okafor has been at the center of a diplomatic dispute since he was arrested at the border crossing.", False),
    # ... nor a saying since then (what was said, not a state): no "been" before the "since"
    ("Since the ruling was announced on Monday, his lawyers have said they will appeal it.", False),
    ("His lawyers have said they will appeal since the ruling was announced on Monday.", False),
])
def test_day_since(fresh: None, text: str, since: bool) -> None:
    assert en.day_since(text) is since


def test_day_since_switch(fresh: None, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(en, "SINCE_START", False)
    assert not en.day_since("The miners have been trapped underground since the shaft collapsed on Tuesday.")
    # (day_in_passing is unchanged: the day is still in passing)
    assert en.day_in_passing("The miners have been trapped underground since the shaft collapsed on Tuesday.")


# --- 2. Such a state and a dated statement of no such state are two facts (facts.SINCE_START_APART)

STATE = ("Okafor has been at the center of a diplomatic dispute between the two countries since he was "
         "arrested at the Idiroko border crossing on May 12.")
ACT = "Okafor was arrested at the Idiroko border crossing on May 12 by customs officers, sparking a diplomatic dispute."
FRONTED = ("Arrested on May 12 at the Idiroko border crossing, Okafor has become the center of a diplomatic "
           "dispute between the two countries.")
ACT_MONTH = "Okafor was arrested at the Idiroko border crossing by customs officers last month, sparking a diplomatic dispute."


def _facts(events: list[Event]) -> list[set[str]]:
    fact_of = facts.group(events + filler(2003, 6))
    out: dict[str, set[str]] = {}
    for e in events:
        out.setdefault(fact_of[e.id], set()).add(e.text[:12])
    return sorted(out.values(), key=min)


@pytest.mark.parametrize("other, when, reported", [
    (ACT, str(ARREST), date(2003, 5, 13)),
    (FRONTED, str(ARREST), date(2003, 5, 20)),
    (ACT_MONTH, "2003-05", REPORT),
])
def test_state_since_is_not_the_start(fresh: None, monkeypatch: pytest.MonkeyPatch, other: str, when: str,
                                      reported: date) -> None:
    events = [rev(STATE, str(ARREST), "apw/1", LATER), rev(other, when, "nyt/2", reported)]
    assert len(_facts(events)) == 2
    monkeypatch.setattr(facts, "SINCE_START_APART", False)
    assert len(_facts(events)) == 1


def test_state_since_pack_switch(fresh: None, monkeypatch: pytest.MonkeyPatch) -> None:
    events = [rev(STATE, str(ARREST), "apw/1", LATER), rev(ACT, str(ARREST), "nyt/2", date(2003, 5, 13))]
    assert len(_facts(events)) == 2
    monkeypatch.setattr(en, "SINCE_START", False)
    _clear_caches()
    assert len(_facts(events)) == 1


@pytest.mark.parametrize("other, when, reported", [
    # must not: the same state since the same start, restated; the state told undated (read on its words)
    ("Okafor has been at the center of a diplomatic dispute between the two countries since he was arrested "
     "at the Idiroko border crossing on May 12, officials said.", str(ARREST), REPORT),
    ("Okafor has been at the center of a diplomatic dispute between the two countries since his arrest "
     "at the Idiroko border crossing.", f"../{REPORT}", REPORT),
])
def test_state_since_still_links_the_state(fresh: None, other: str, when: str, reported: date) -> None:
    events = [rev(STATE, str(ARREST), "apw/1", LATER), rev(other, when, "nyt/2", reported)]
    assert len(_facts(events)) == 1
