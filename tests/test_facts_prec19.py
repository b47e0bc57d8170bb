"""Session 21, prec19: a superlative rank of a happening among the period's others ("It is the
largest mine accident in the country this year") is not the happening (issue 15 precision, dev13),
so that the rule dating "Tuesday evening" by its day (`events.NAMED_DAY_TIME`) can be on. Written
on another story; each example fails with its rule switched off, each must-not is a test."""

from __future__ import annotations

from datetime import date

import pytest

from timeline_cli import facts
from timeline_cli.lang.en import facts as en
from timeline_cli.model import Event
from tests.test_facts import clear_pack_caches as _clear_caches, filler, rev


MONDAY, TUESDAY, WEDNESDAY = date(2007, 3, 5), date(2007, 3, 6), date(2007, 3, 7)


# --- 1. A superlative ranks one happening among the others of a period (lang.en.facts.SUPERLATIVE_RANK)

@pytest.mark.parametrize("text, kind", [
    ("It is the deadliest ferry accident in Bangladesh this year, raising the number of people drowned this year to 140.", "rank"),
    ("The sinking was the worst disaster on the river this year, officials said.", "rank"),
    ("The ferry accident is the country's deadliest so far this year, bringing the number of people drowned in 2007 to 152.", "rank"),
    ("The capsizing was Bangladesh's most serious accident in a decade.", "rank"),
    ("The crash remains the region's bloodiest in 2007.", "rank"),
    # must not: a superlative of another kind, one in no copula, no superlative, the act itself
    ("The company is the largest producer of jute in the country.", ""),
    ("The bank was the biggest shareholder of the ferry line this year.", ""),
    ("Rescuers reached the site of the deadliest ferry accident in years.", ""),
    ("The ferry was the largest on the route.", ""),
    ("At least 30 people drowned when an overcrowded ferry capsized on the Meghna river on Monday evening.", ""),
])
def test_superlative_rank(fresh: None, text: str, kind: str) -> None:
    assert en.tally(text) == kind


def test_superlative_rank_switch(fresh: None, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(en, "SUPERLATIVE_RANK", False)
    assert en.tally("The sinking was the worst disaster on the river this year, officials said.") == ""


# --- 2. A rank dated only by its period (this year) is not the day's act (facts.TALLY_PERIOD)

ACT = "At least 30 people drowned when an overcrowded ferry capsized on the Meghna river in central Bangladesh on Monday evening."
ACT_UNDATED = "The overcrowded ferry capsized on the Meghna river in central Bangladesh and at least 30 people drowned."
RANK = ("According to reports, the ferry accident on the Meghna river is the deadliest in Bangladesh this year, "
        "adding the number of people drowned this year to 140.")
RANK_LATER = ("The ferry accident on the Meghna river was the largest accident in Bangladesh this year, increasing "
              "the number of people drowned in 2007 to 140, according to reports.")


def _facts(events: list[Event]) -> list[set[str]]:
    fact_of = facts.group(events + filler(2007, 3))
    out: dict[str, set[str]] = {}
    for e in events:
        out.setdefault(fact_of[e.id], set()).add(e.text[:12])
    return sorted(out.values(), key=min)


def test_period_to_report() -> None:
    def item(text: str, when: str) -> facts._Item:
        return facts._item(rev(text, when, "afp/1", MONDAY), None, {}, {})

    assert facts._period_to_report(item(RANK, "2007"))
    assert facts._period_to_report(item(RANK, "2007-03"))
    assert not facts._period_to_report(item(ACT, str(MONDAY)))  # one day
    assert not facts._period_to_report(item(RANK, "2006"))  # a period before its report
    assert not facts._period_to_report(item(ACT_UNDATED, f"../{MONDAY}"))  # no date of its own (`_no_date`)


def test_rank_of_the_year_is_not_the_act(fresh: None, monkeypatch: pytest.MonkeyPatch) -> None:
    events = [rev(ACT, str(MONDAY), "xin/1", TUESDAY), rev(RANK, "2007", "xin/1", TUESDAY),
              rev(RANK_LATER, "2007", "afp/2", WEDNESDAY), rev(ACT_UNDATED, f"../{TUESDAY}", "afp/3", TUESDAY)]
    apart = _facts(events)
    assert {RANK[:12], RANK_LATER[:12]} in apart  # the rank restated stays one fact
    assert not any(RANK[:12] in g and ACT[:12] in g for g in apart)
    monkeypatch.setattr(facts, "TALLY_PERIOD", False)
    assert len(_facts(events)) < len(apart)


def test_rank_switch_off_links_again(fresh: None, monkeypatch: pytest.MonkeyPatch) -> None:
    events = [rev(ACT, str(MONDAY), "xin/1", TUESDAY), rev(RANK, "2007", "xin/1", TUESDAY),
              rev(RANK_LATER, "2007", "afp/2", WEDNESDAY), rev(ACT_UNDATED, f"../{TUESDAY}", "afp/3", TUESDAY)]
    apart = _facts(events)
    monkeypatch.setattr(en, "SUPERLATIVE_RANK", False)
    _clear_caches()
    assert len(_facts(events)) < len(apart)


@pytest.mark.parametrize("rank, when", [
    # must not: a rank dated by the act's own day ("on Monday evening") is the act told, not a tally of the year
    ("The capsizing on the Meghna river on Monday evening was the deadliest accident in Bangladesh this year, "
     "killing at least 30 people.", str(MONDAY)),
])
def test_rank_dated_by_its_day_still_links(fresh: None, rank: str, when: str) -> None:
    events = [rev(ACT, str(MONDAY), "xin/1", TUESDAY), rev(rank, when, "afp/2", WEDNESDAY)]
    assert len(_facts(events)) == 1
