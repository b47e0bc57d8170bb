"""Session 21, prec18: wrong facts the lead found in the reserved sample (issue 15 precision),
written on other stories; each example fails with its rule switched off, each must-not is a
test of its own."""

from __future__ import annotations

from datetime import date

import pytest

from timeline_cli import facts
from timeline_cli.lang.en import facts as en
from timeline_cli.model import Event
from tests.test_facts import filler, rev


def _facts(events: list[Event]) -> int:
    fact_of = facts.group(events + filler(2006, 3))
    return len({fact_of[e.id] for e in events})


SUNDAY, TUESDAY = date(2006, 3, 5), date(2006, 3, 7)


# --- 1. One more act of a kind, other exact tolls, other named places: two (facts.ANOTHER_INSTANCE)

MARKET = "Five people were killed and 19 wounded when a car bomb exploded in a marketplace in the Zuhur neighbourhood of Mosul on Sunday."
OFFICE = ("Shortly afterwards another car bomb killed four people and wounded seven when it exploded outside a "
          "government office in the Hadba neighbourhood, police said.")


@pytest.mark.parametrize("text, another", [
    (OFFICE, True),
    ("Police said a second blast went off near the bus station.", True),
    ("Minutes later another roadside bomb also wounded three soldiers.", True),
    # must not: a fear or a prevention (no act's verb after it), one more day of an act, the first act
    ("Officials fear another attack on the capital before the vote.", False),
    ("Troops were deployed to prevent another bombing in the city.", False),
    ("The second day of fighting killed ten people.", False),
    (MARKET, False),
])
def test_another_instance(fresh: None, text: str, another: bool) -> None:
    assert en.another_instance(text) is another


@pytest.mark.parametrize("text, names", [
    (MARKET, {"zuhur", "mosul"}),
    (OFFICE, {"hadba"}),
    ("A bomb went off in the al-Amil district of western Baghdad.", {"al-amil", "baghdad"}),
    ("Four insurgents were killed in a clash with Afghan police in the province late Sunday.", set()),
    ("The blast went off in central Baghdad on Monday.", {"baghdad"}),
])
def test_place_names(fresh: None, text: str, names: set[str]) -> None:
    assert en.place_names(text) == names


def test_another_act_of_a_kind_elsewhere_with_another_toll_is_two_facts(
        fresh: None, monkeypatch: pytest.MonkeyPatch) -> None:
    events = [rev(MARKET, str(SUNDAY), "xin/1", SUNDAY), rev(OFFICE, f"../{TUESDAY}", "afp/2", TUESDAY)]
    assert _facts(events) == 2
    monkeypatch.setattr(facts, "ANOTHER_INSTANCE", False)
    assert _facts(events) == 1


@pytest.mark.parametrize("later", [
    # must not: a later report names the place more precisely (one name both give)
    "Shortly afterwards another car bomb killed four people and wounded seven when it exploded outside a "
    "government office in the Zuhur neighbourhood, police said.",
    # must not: the toll risen in a later report (one count shared)
    "Shortly afterwards another car bomb killed seven people and wounded 19 when it exploded outside a "
    "government office in the Hadba neighbourhood, police said.",
])
def test_must_not_set_apart_one_act_told_again(fresh: None, later: str) -> None:
    events = [rev(MARKET, str(SUNDAY), "xin/1", SUNDAY), rev(later, f"../{TUESDAY}", "afp/2", TUESDAY)]
    assert _facts(events) == 1


def test_must_not_set_apart_without_a_place_named_by_each(fresh: None) -> None:
    a = facts._item(rev(OFFICE, f"../{TUESDAY}", "afp/2", TUESDAY), None, {}, {})
    b = facts._item(rev("Five people were killed and 19 wounded when a car bomb exploded on Sunday.",
                        str(SUNDAY), "xin/1", SUNDAY), None, {}, {})
    assert not facts._another_instance(a, b) and not facts._another_instance(b, a)


# --- 2. A statement dated days after the act it tells, other exact tolls: two (facts.SAYING_AFTER_ACT)

RAID = ("Governor Asadullah Khalid told a news conference on Sunday, four days after the raid on the village, "
        "that \"we have killed 30 militants\" in the operation.")
CLASH = "Four insurgents were killed in a clash with Afghan police in the province late Sunday, Governor Asadullah Khalid said."


@pytest.mark.parametrize("text, lag", [
    (RAID, True),
    ("A day after the attack, the army said it had killed 12 rebels.", True),
    ("Retaliating 13 days after the deadly embassy bombings, U.S. forces launched cruise missile strikes.", True),
    # must not: a toll's new value, no lag, a lag of a meeting (no act of harm)
    ("A day after the bombing, the death toll rose to 35.", False),
    (CLASH, False),
    ("Two days after the summit, the ministers met again in Kabul.", False),
])
def test_after_act(fresh: None, text: str, lag: bool) -> None:
    assert bool(en.after_act(text)) is lag


def test_a_saying_days_after_its_act_and_another_toll_are_two_facts(
        fresh: None, monkeypatch: pytest.MonkeyPatch) -> None:
    monday = date(2006, 3, 6)
    events = [rev(RAID, str(SUNDAY), "afp/1", monday), rev(CLASH, str(SUNDAY), "xin/2", monday)]
    assert _facts(events) == 2
    monkeypatch.setattr(facts, "SAYING_AFTER_ACT", False)
    assert _facts(events) == 1


@pytest.mark.parametrize("other", [
    # must not: the same toll told again
    "Thirty militants were killed in the raid on the village, Governor Asadullah Khalid said on Sunday.",
    # must not: the other tells its lag too
    "Governor Asadullah Khalid said on Sunday, four days after the raid, that troops had killed four insurgents.",
])
def test_must_not_set_apart_the_saying_from_its_own_toll(fresh: None, other: str) -> None:
    monday = date(2006, 3, 6)
    a = facts._item(rev(RAID, str(SUNDAY), "afp/1", monday), None, {}, {})
    b = facts._item(rev(other, str(SUNDAY), "xin/2", monday), None, {}, {})
    assert not facts._saying_after_act(a, b) and not facts._saying_after_act(b, a)


MARKET2 = ("A car bomb exploded in a crowded marketplace in the Zuhur neighbourhood of Mosul on Sunday, killing five "
           "people and wounding 19, police said.")


def test_another_act_of_a_kind_joins_no_fact_of_the_first(fresh: None, monkeypatch: pytest.MonkeyPatch) -> None:
    """The first bombing told by two outlets is one fact; the other bombing joins it neither as a
    lone statement nor as a fact (`_join_lone`, `_join_story`, `_incidents_apart`)."""
    events = [rev(MARKET, str(SUNDAY), "xin/1", SUNDAY), rev(MARKET2, str(SUNDAY), "apw/3", SUNDAY),
              rev(OFFICE, f"../{TUESDAY}", "afp/2", TUESDAY)]
    fact_of = facts.group(events + filler(2006, 3))
    assert fact_of[events[0].id] == fact_of[events[1].id] != fact_of[events[2].id]
    monkeypatch.setattr(facts, "ANOTHER_INSTANCE", False)
    assert _facts(events) == 1


# --- 3. A verbless listing line tells no happening: it links to nothing (facts.LISTING_APART)

FIXTURES = "Getafe v Racing Santander, Osasuna v Mallorca, Real Betis v Espanyol"


@pytest.mark.parametrize("text, listing", [
    (FIXTURES, True),
    ("Italy vs United States;", True),
    ("Arsenal 2 Chelsea 1", True),
    # must not: a sentence with a verb, a headline in capitals, one name, a figure in prose
    ("Getafe beat Racing Santander 2-1 on Saturday.", False),
    ("Bush Signs Tax Bill", False),
    ("Getafe", False),
    ("The Getafe v Racing Santander match was postponed.", False),
])
def test_is_listing(fresh: None, text: str, listing: bool) -> None:
    assert en.is_listing(text) is listing


def test_two_reports_listing_one_fixture_are_not_one_fact(fresh: None, monkeypatch: pytest.MonkeyPatch) -> None:
    friday, sunday = date(2006, 3, 3), SUNDAY
    events = [rev(FIXTURES, f"../{friday}", "afp/1", friday), rev(FIXTURES + ".", f"../{sunday}", "afp/2", sunday)]
    assert _facts(events) == 2
    monkeypatch.setattr(facts, "LISTING_APART", False)
    assert _facts(events) == 1


def test_must_not_keep_apart_two_reports_of_the_match(fresh: None) -> None:
    events = [rev("Getafe beat Racing Santander 2-1 on Saturday to climb to fifth in the league.", "2006-03-04",
                  "afp/1", SUNDAY),
              rev("Getafe beat Racing Santander 2-1 on Saturday, moving up to fifth place.", "2006-03-04",
                  "xin/2", SUNDAY)]
    assert _facts(events) == 1
