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
# January"), each read on its own
# report's day: the dates are equal, so the other-days test of `_other_figures` never saw them.

CRUDE = [
    ev("New York's main contract, light sweet crude for delivery in January, rose 47 cents to 59.86 dollars per "
       "barrel in electronic trading.", "2006-01", "afp/1212", "2005-12-12"),
    ev("New York's main contract, light sweet crude for delivery in January, slipped 29 cents to 59.70 dollars per "
       "barrel in electronic trading.", "2006-01", "afp/1216", "2005-12-16"),
]
BRENT = [
    ev("In London, the price of Brent North Sea crude for January delivery gained 48 cents to 57.79 dollars per "
       "barrel.", "2006-01", "afp/1212b", "2005-12-12"),
    ev("In London, the price of Brent North Sea crude for January delivery lost 20 cents to end at 56.21 dollars a "
       "barrel.", "2006-01", "xin/1123", "2005-11-23"),
]


@pytest.mark.parametrize("pair", [CRUDE, BRENT], ids=["crude", "brent"])
def test_figures_of_one_span_read_on_other_days_are_two_days(pair):
    assert not _linked(*pair)


@pytest.mark.parametrize("pair", [CRUDE, BRENT], ids=["crude", "brent"])
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


def test_history_told_again_with_another_figure_still_links():
    # a span ending more than a year before the reports: the past told again, its figure disputed
    first = ev("His party failed to win a single seat in parliament in Turkey's December 1995 general election, as "
               "it received only 8.5 percent of the vote.", "1995-12", "afp/0405", "1997-04-05")
    again = ev("Hadep failed to enter parliament in Turkey's general election in December 1995 as it received about "
               "4.5 percent of the vote.", "1995-12", "afp/0414", "1997-04-14")
    assert _linked(first, again)


# ---------------------------------------------------------------- decimals below ten are figures
# A decimal below ten is no term (a lone digit links nothing), so two days' prices and rates
# shared every term but their figures ("4.20 dollars" / "4.12 dollars").

TELSTRA = [
    ev("Telecommunication giant Telstra lost three cents to 4.20 dollars.", "../2005-11-02", "xin/1102", "2005-11-02"),
    ev("Telecommunications giant Telstra put on 11 cents to 4.12 dollars.", "../2005-11-18", "xin/1118", "2005-11-18"),
]
MORTGAGES = [
    ev("Rates on five-year hybrid adjustable rate mortgages nudged up to 5.81 percent from 5.76 percent.",
       "../2005-11-10", "xin/1110m", "2005-11-10"),
    ev("Rates on five-year hybrid adjustable rate mortgages went down to 5.75 percent from 5.86.", "../2005-11-23",
       "xin/1123m", "2005-11-23"),
]
YEAR_AGO = [  # both rules: a year's span, read on other days, in small decimals
    ev("A year ago, 30-year mortgages averaged 5.72 percent and 15-year mortgages were at 5.15 percent.", "2004",
       "xin/1123y", "2005-11-23"),
    ev("A year ago, 30-year mortgages averaged 5.76 percent and 15-year mortgages were at 5.16 percent.", "2004",
       "xin/1110y", "2005-11-10"),
]


@pytest.mark.parametrize("pair", [TELSTRA, MORTGAGES, YEAR_AGO], ids=["telstra", "mortgages", "year-ago"])
def test_small_decimals_of_other_days_are_two_days(pair):
    assert not _linked(*pair)


@pytest.mark.parametrize("pair", [TELSTRA, MORTGAGES, YEAR_AGO], ids=["telstra", "mortgages", "year-ago"])
def test_the_small_decimals_pairs_linked_without_the_rule(pair, monkeypatch):
    monkeypatch.setattr(facts.en, "small_figures", lambda text: frozenset())
    assert _linked(*pair)


def test_small_decimals_of_one_report_day_still_link():
    # two outlets' reports of one day's close
    other_outlet = TELSTRA[1].with_(when="../2005-11-02", reported=TELSTRA[0].reported)
    assert _linked(TELSTRA[0], other_outlet)


def test_small_decimals_shared_still_link():
    again = TELSTRA[0].with_(id="again", source="xin/1103", when="../2005-11-03",
                             reported=TELSTRA[0].reported.replace(day=3))
    assert _linked(TELSTRA[0], again)


@pytest.mark.parametrize("text, found", [
    ("Telstra lost three cents to 4.20 dollars.", {"#4.2"}),
    ("Shares rose 0.59 percent on 1.5 billion dollars of turnover.", {"#0.59"}),  # an amount is a term already
    ("The index closed at 1,059.51, up 15.35 points.", set()),                      # ten or more: terms already
    ("Version 1.2.3 of the software shipped.", set()),                              # no decimal
    ("Seven people died.", set()),
])
def test_small_figures(text, found):
    assert facts.en.small_figures(text) == frozenset(found)


# ---------------------------------------------------------------- a link is no words
# "http", "t.co" and the short link's code were terms: every two tweets with a link shared two
# terms, and a check-in suffix or a prize's name did the rest.

CHECK_IN = [
    ev("Despite being sick :: @ Nadia's Stitchy Home! http://t.co/cwHUVulQAR", "../2013-07-17", "tw/376", "2013-07-17"),
    ev("Just nw With family :: @ Nadia's Stitchy Home! http://t.co/JVWJtW9huA", "../2013-08-06", "tw/233", "2013-08-06"),
]
PRIZES = [
    ev("Six Logitech Products Recognized with a Red Dot 2015 Product Design Award http://t.co/yNjGJIotZq", "2015",
       "tw/505", "2015-04-01"),
    ev("ASUS Wins Nine Prestigious 2015 Red Dot Awards for Outstanding Product Design http://t.co/vcbKQvyqBN", "2015",
       "tw/288", "2015-04-01"),
]


def _without_the_rule(monkeypatch):
    import re

    monkeypatch.setattr(facts.en, "_URL_RE", re.compile(r"(?!x)x"))  # matches nothing
    facts.en.terms.cache_clear()


@pytest.mark.parametrize("pair", [CHECK_IN, PRIZES], ids=["check-in", "prizes"])
def test_posts_sharing_a_link_host_and_a_name_are_not_one_fact(pair):
    facts.en.terms.cache_clear()
    assert not _linked(*pair)


@pytest.mark.parametrize("pair", [CHECK_IN, PRIZES], ids=["check-in", "prizes"])
def test_the_posts_linked_without_the_rule(pair, monkeypatch):
    _without_the_rule(monkeypatch)
    assert _linked(*pair)
    facts.en.terms.cache_clear()


def test_one_text_posted_with_two_links_is_the_same_text():
    one = ev("( Reverse Ring Macro ) We are... http://t.co/MbQF1Tst8e", "../2014-06-13", "tw/375", "2014-06-13")
    two = ev("( Reverse Ring Macro ) We are... http://t.co/sL9YyTAZm6", "../2014-06-13", "tw/586", "2014-06-13")
    assert facts.text_key(one.text) == facts.text_key(two.text)
    assert _linked(one, two)


def test_a_date_caption_with_a_link_is_a_heading_not_a_fact():
    one = ev("April 2014. http://t.co/DWfL71tZti", "2014-04", "tw/336", "2014-04-20")
    two = ev("April 2014. http://t.co/lHhCgKUxkv", "2014-04", "tw/562", "2014-04-20")
    assert facts.en.is_heading(one.text)
    assert not _linked(one, two)


def test_links_are_no_terms_and_words_around_them_stay():
    words = facts.en.read("Start voting for your fav crews now! http://t.co/XzvhSzVELB #fnnsdd4 www.sdd.sg/vote")[0]
    assert "http" not in words and "t.co" not in words and "xzvhszvelb" not in words and "sdd.sg" not in words
    assert {"vote", "crew"} <= set(words)
    assert facts.en.without_links("Read more at http://t.co/y39q5rqagK now") == "Read more at now"
