"""Session 21, prec18: wrong facts the lead found in the reserved sample (issue 15 precision),
written on other stories; each example fails with its rule switched off, each must-not is a
test of its own."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest

from timeline_cli import facts
from timeline_cli.lang.en import facts as en
from timeline_cli.model import Event
from tests.test_facts import clear_pack_caches as _clear_caches, filler, rev


@pytest.fixture
def fresh() -> Iterator[None]:
    _clear_caches()
    yield
    _clear_caches()


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
