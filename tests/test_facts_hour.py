"""A shared clock time and its "p.m." are one shared term, the hour (`facts.HOUR_ONCE`,
`lang.en.facts.hour_repeats`; session 17, found ingesting saved web pages)."""

from __future__ import annotations

from datetime import date

import pytest

from timeline_cli import facts
from timeline_cli.lang.en import facts as en

from test_facts import filler, groups, rev

DAY = date(2023, 11, 8)


def _pair(one: str, two: str) -> list:
    return [rev(one, "2023-11-08", "news.example/police", DAY),
            rev(two, "2023-11-08", "food.example/review", DAY)] + filler(2023, 11)


def _linked(events: list) -> bool:
    return any(len(g & {events[0].id, events[1].id}) == 2 for g in groups(facts.group(events)))


@pytest.mark.parametrize("one, two", [
    ("Police had not made any arrests as of around 9 p.m.", "4-9 p.m.; Fri.-Sat."),
    ("Brunch until 2 p.m. Sundays.", "Voting ended at 2 p.m."),
])
def test_statements_sharing_only_an_hour_do_not_link(one, two, monkeypatch):
    assert not _linked(_pair(one, two))
    monkeypatch.setattr(facts, "HOUR_ONCE", False)
    assert _linked(_pair(one, two))  # the rule is what keeps them apart


@pytest.mark.parametrize("one, two", [
    # the hour and two words of the happening: the same happening told twice
    ("Police arrested the gunman at 9 p.m. outside the station.",
     "The gunman was arrested outside the station at 9 p.m., police said."),
    # "a.m." with no shared clock term is a word as before (11 a.m. / 11:45 a.m.: one morning)
    ("The gas explosion occurred at 11 a.m. Sunday in the Jiaojiazhai colliery.",
     "A gas explosion occurred at 11:45 a.m. at the Jiaojiazhai colliery."),
])
def test_the_hour_with_words_of_the_happening_still_links(one, two):
    assert _linked(_pair(one, two))


def test_hour_repeats_counts_the_half_day_words_beside_a_shared_clock_time_only():
    assert en.hour_repeats({"@21:00", "p.m"}) == 1
    assert en.hour_repeats({"@6:00", "o'clock", "a.m"}) == 2
    assert en.hour_repeats({"a.m", "explos", "occur"}) == 0  # no shared time: "a.m" is a word
    assert en.hour_repeats({"@21:00", "polic"}) == 0
    assert en.hour_repeats(frozenset()) == 0
