"""Precision rules made on the grouping of text no rule was tuned on (session 10, "prec3": the
TE3 silver and tweets corpora grouped as a store would). Each rule with its examples and the
cases it must not match; each example fails with its rule switched off."""

from __future__ import annotations

import pytest

from timeline_cli import facts
from timeline_cli.model import Event
from tests.test_facts_bridge import FILLER, ev


def _linked(a: Event, b: Event) -> bool:
    fact_of = facts.build([a, b] + FILLER).fact_of
    return fact_of[a.id] == fact_of[b.id]


# ---------------------------------------------------------------- figures of a span, other report days
# Both dated by one month or year that is what the figures are about ("crude for delivery in
# January", "a day after closing at its highest since February 2001"), each read on its own
# report's day: the dates are equal, so the other-days test of `_other_figures` never saw them.

CRUDE = [
    ev("New York's main contract, light sweet crude for delivery in January, rose 47 cents to 59.86 dollars per "
       "barrel in electronic trading.", "2006-01", "afp/1212", "2005-12-12"),
    ev("New York's main contract, light sweet crude for delivery in January, slipped 29 cents to 59.70 dollars per "
       "barrel in electronic trading.", "2006-01", "afp/1216", "2005-12-16"),
]
NASDAQ = [
    ev("The tech-heavy Nasdaq composite index advanced 3.35 points (0.14 percent) to 2,457.20, its highest level "
       "since February 2001.", "2001-02", "afp/1215", "2006-12-15"),
    ev("The tech-heavy Nasdaq composite index climbed 21.44 points (0.88 percent) to 2,453.85, its highest level "
       "since February 2001.", "2001-02", "afp/1214", "2006-12-14"),
]


@pytest.mark.parametrize("pair", [CRUDE, NASDAQ], ids=["crude", "nasdaq"])
def test_figures_of_one_span_read_on_other_days_are_two_days(pair):
    assert not _linked(*pair)


@pytest.mark.parametrize("pair", [CRUDE, NASDAQ], ids=["crude", "nasdaq"])
def test_the_pairs_linked_without_the_rule(pair, monkeypatch):
    monkeypatch.setattr(facts, "_reports_of_other_days", lambda a, b: False)
    assert _linked(*pair)


def test_figures_of_one_span_read_on_one_day_still_link():
    # two outlets' reports of one day's trading: the rule is about other days
    same_day = CRUDE[1].with_(reported=CRUDE[0].reported)
    assert _linked(CRUDE[0], same_day)


def test_a_precise_day_reported_again_with_revised_figures_still_links():
    # a happening of one day whose decimal figures are revised in a later report
    first = ev("A strong earthquake of magnitude 6.8 struck the island on Monday, killing 12 people.",
               "2006-12-11", "afp/1211", "2006-12-11")
    revised = ev("The strong earthquake of magnitude 7.1 that struck the island on Monday killed 12 people.",
                 "2006-12-11", "afp/1213", "2006-12-13")
    assert _linked(first, revised)


def test_figures_of_one_span_shared_still_link():
    # the same figure told again on another day: a background, one fact
    again = CRUDE[0].with_(id="again", source="xin/1213", reported=CRUDE[1].reported)
    assert _linked(CRUDE[0], again)
