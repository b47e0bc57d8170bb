"""Session 22, prec21: four phenomena of wrong same-fact links (issue 15 precision: dev8, dev9,
dev10, dev20), each a named reading with its examples and must-not cases, written on other
stories than the dev sets'. Every grouping example fails with its switch off; every must-not is
a test.

- `lang.en.facts.VISITED_PLACE`: a visit is set in the place it visits ("will visit Thailand"),
  so `facts.LOCATED_APART` keeps it from a stay in another country on the same days;
- `lang.en.facts.STAND_WITHHELD` / `facts.STAND_APART`: an answer withheld ("refused to say
  whether ...") is not the happening its question names;
- `lang.en.facts.POLL_PHASES`: polls opening or closing and voters turning out are phases of one
  vote (`facts.PHASES_APART`);
- `lang.en.facts.EXPECTED_STATE` / `facts.EXPECTATIONS_APART`: two states expected to go on
  ("will remain ..."), written weeks apart, are two expectations."""

from __future__ import annotations

from datetime import date

import pytest

from timeline_cli import facts
from timeline_cli.lang.en import facts as en
from timeline_cli.model import Event
from tests.test_facts import clear_pack_caches as _clear_caches, filler, rev


def _facts(events: list[Event], year: int, month: int) -> list[set[str]]:
    fact_of = facts.group(events + filler(year, month))
    out: dict[str, set[str]] = {}
    for e in events:
        out.setdefault(fact_of[e.id], set()).add(e.text[:16])
    return sorted(out.values(), key=min)


# --- 1. A visit is set in the place it visits (lang.en.facts.VISITED_PLACE)

@pytest.mark.parametrize("text, places", [
    ("Abe will visit Thailand on May 5 and 6, after the ASEAN meeting.", {"thailand"}),
    ("The president visited Kenya and Tanzania last week.", {"kenya"}),
    ("Merkel visits Warsaw on Friday.", {"poland"}),
    # must not: a visitor from the place, a visit by someone, the noun with "to" (read by no rule here)
    ("Visiting Thailand Prime Minister Surayud met Hu on Monday.", set()),
    ("A visit by Thailand's king was cancelled.", set()),
    ("Abe's visit to Thailand was cancelled.", set()),
])
def test_visited_place(fresh: None, text: str, places: set[str]) -> None:
    assert set(en.located_places(text)) == places


LAOS_LEG = "As second leg of his tour, Abe will visit Thailand on May 5 and 6, after the ASEAN meeting."
STATE_VISIT = ("Prime Minister Abe is in Jakarta for a state visit, where he will also attend the May 4-5 "
               "ASEAN leaders' meeting.")


def test_visit_and_stay_in_other_countries_are_two(fresh: None, monkeypatch: pytest.MonkeyPatch) -> None:
    events = [rev(LAOS_LEG, "2007-05-05/2007-05-06", "xin/1", date(2007, 4, 28)),
              rev(STATE_VISIT, "2007-05-04/2007-05-05", "xin/2", date(2007, 5, 3))]
    assert len(_facts(events, 2007, 5)) == 2
    monkeypatch.setattr(en, "VISITED_PLACE", False)
    _clear_caches()
    assert len(_facts(events, 2007, 5)) == 1


def test_visit_restated_stays_one(fresh: None) -> None:
    # must not: the same visit told again, the place named by both
    events = [rev(LAOS_LEG, "2007-05-05/2007-05-06", "xin/1", date(2007, 4, 28)),
              rev("Abe will visit Thailand on May 5 and 6 after the ASEAN meeting, his office said.",
                  "2007-05-05/2007-05-06", "afp/2", date(2007, 5, 2))]
    assert len(_facts(events, 2007, 5)) == 1


# --- 2. An answer withheld is not the happening its question names (STAND_WITHHELD, STAND_APART)

@pytest.mark.parametrize("text, withheld", [
    ("The minister refused to say whether Kenya would lift its ban on maize imports.", True),
    ("Police declined to comment on the arrest.", True),
    ("Officials would not confirm the report.", True),
    ("Asked about the talks, the spokesman declined to be drawn.", True),
    ("She refused to take a stand on whether the ban should go.", True),
    # must not: the act itself refused, an act not done, a refusal in another clause
    ("Kenya refused to lift its ban on maize imports.", False),
    ("The minister declined to attend the summit.", False),
    ("The minister did not attend the summit.", False),
    ("Kenya kept its ban on maize imports, and the minister declined to comment.", False),
])
def test_withholds(fresh: None, text: str, withheld: bool) -> None:
    assert en.withholds(text) is withheld


WITHHELD = ("The trade minister refused to say whether Kenya should lift its annual ban on maize imports "
            "from Uganda, an issue blocking a regional trade accord.")
REFUSAL = ("Two issues are still blocking a regional trade accord: Kenya's refusal to lift its annual ban on "
           "maize imports from Uganda, and tariffs.")


def test_withheld_answer_is_not_the_act(fresh: None, monkeypatch: pytest.MonkeyPatch) -> None:
    events = [rev(WITHHELD, "../2009-03-02", "xin/1", date(2009, 3, 2)),
              rev(REFUSAL, "../2009-03-20", "afp/2", date(2009, 3, 20))]
    assert len(_facts(events, 2009, 3)) == 2
    monkeypatch.setattr(facts, "STAND_APART", False)
    assert len(_facts(events, 2009, 3)) == 1


def test_withheld_answer_switch(fresh: None, monkeypatch: pytest.MonkeyPatch) -> None:
    events = [rev(WITHHELD, "../2009-03-02", "xin/1", date(2009, 3, 2)),
              rev(REFUSAL, "../2009-03-20", "afp/2", date(2009, 3, 20))]
    monkeypatch.setattr(en, "STAND_WITHHELD", False)
    _clear_caches()
    assert len(_facts(events, 2009, 3)) == 1


def test_two_withheld_answers_read_on_their_words(fresh: None) -> None:
    # must not: the same answer withheld, told by two reports
    events = [rev(WITHHELD, "../2009-03-02", "xin/1", date(2009, 3, 2)),
              rev("The trade minister declined to say whether Kenya should lift its annual ban on maize "
                  "imports from Uganda.", "../2009-03-02", "afp/2", date(2009, 3, 2))]
    assert len(_facts(events, 2009, 3)) == 1


# --- 3. Polls opening or closing and voters turning out are phases of one vote (POLL_PHASES)

@pytest.mark.parametrize("text, phase", [
    ("Polls closed on Sunday in Chile's presidential run-off.", "end"),
    ("Polling stations opened at 7 a.m. across the country.", "start"),
    ("Chileans turned out in large numbers on Sunday to choose a president.", "on"),
    ("Millions of voters cast their ballots on Sunday.", "on"),
    ("Voters went to the polls on Sunday.", "on"),
    # must not: what something proved to be, a vote of an assembly, an election named only
    ("The run-off turned out to be close.", ""),
    ("The assembly voted on Sunday to suspend the talks.", ""),
    ("Chile held a presidential run-off on Sunday.", ""),
])
def test_poll_phase(fresh: None, text: str, phase: str) -> None:
    assert en.act_phase(text) == phase


CLOSED = ("Chile's polls closed Sunday following a landmark poll to choose a president many hope will restore "
          "stability to a nation wracked by violence and feuding.")
TURNOUT = ("Chileans turned out in droves Sunday in a landmark poll to choose a new president many hope will "
           "restore stability to a nation wracked by violence and feuding.")


def test_turnout_and_polls_closed_are_two(fresh: None, monkeypatch: pytest.MonkeyPatch) -> None:
    events = [rev(CLOSED, "2006-01-15", "afp/1", date(2006, 1, 15)),
              rev(TURNOUT, "2006-01-15", "afp/2", date(2006, 1, 15))]
    assert len(_facts(events, 2006, 1)) == 2
    monkeypatch.setattr(en, "POLL_PHASES", False)
    _clear_caches()
    assert len(_facts(events, 2006, 1)) == 1


def test_polls_closed_twice_stays_one(fresh: None) -> None:
    # must not: one phase told by two reports
    events = [rev(CLOSED, "2006-01-15", "afp/1", date(2006, 1, 15)),
              rev("Polling stations closed on Sunday in Chile's landmark poll to choose a president many hope "
                  "will restore stability to a nation wracked by violence.", "2006-01-15", "ap/2",
                  date(2006, 1, 15))]
    assert len(_facts(events, 2006, 1)) == 1


# --- 4. Two states expected to go on, written weeks apart, are two (EXPECTED_STATE, EXPECTATIONS_APART)

@pytest.mark.parametrize("text, expected", [
    ("The embassy will remain closed pending a review of security.", True),
    ("The troops are expected to stay in the town until the spring.", True),
    ("The ban would continue for at least two more months.", True),
    # must not: a state told as it was, a phase to come, a plan to act
    ("The embassy remained closed on Monday.", False),
    ("The embassy will reopen next week.", False),
    ("The ambassador will remain silent, his aides said, until the review ends.", True),
    ("His aides said, after a long meeting on the review, that the ambassador will remain.", False),
])
def test_expected_state(fresh: None, text: str, expected: bool) -> None:
    assert en.expected_state(text) is expected


FIRST = "The French embassy in Abidjan will remain closed pending a review of its security."
LATER = ("The French embassy in Abidjan will remain closed for at least two more weeks even after the security "
         "review ended Thursday.")


def test_expectations_weeks_apart_are_two(fresh: None, monkeypatch: pytest.MonkeyPatch) -> None:
    events = [rev(FIRST, "2004-11-10/..", "afp/1", date(2004, 11, 10)),
              rev(LATER, "2004-12-16", "afp/2", date(2004, 12, 17))]
    assert len(_facts(events, 2004, 12)) == 2
    monkeypatch.setattr(facts, "EXPECTATIONS_APART", False)
    assert len(_facts(events, 2004, 12)) == 1


def test_expectation_restated_within_days_stays_one(fresh: None) -> None:
    # must not: the expectation told again a few days on
    events = [rev(FIRST, "2004-11-10/..", "afp/1", date(2004, 11, 10)),
              rev("The French embassy in Abidjan will remain closed pending a review of its security, "
                  "officials said.", "2004-11-12/..", "ap/2", date(2004, 11, 12))]
    assert len(_facts(events, 2004, 11)) == 1


def test_withheld_answer_given_after_is_no_withholding(fresh: None) -> None:
    # must not: "did not say ..., but said that ...": an answer given too, the quote told again
    assert not en.withholds("Kong did not say how long the talks would last, but said that \"phases could help\".")


# --- 5. A warning of what may come is not a thing told as done (WARNING_APART)

@pytest.mark.parametrize("text, warning", [
    ("Health experts said the floods were a warning of a possible surge of cholera cases.", True),
    ("The agency warned that the river could burst its banks.", True),
    ("Doctors cautioned against travel to the region.", True),
    # must not: a warning in another clause, the word in a name or as a noun of its own
    ("The dam burst on Sunday, two days after engineers warned of cracks.", False),
    ("The dam burst two days after engineers warned of cracks in its wall.", False),
    ("The storm warning was lifted on Monday.", False),
])
def test_warns(fresh: None, text: str, warning: bool) -> None:
    assert en.warns(text) is warning


WARNING = ("Analysts said the outbreaks were a warning of a possible surge of cholera deaths as the demand for "
           "clean water rises in winter.")
DONE = "Surging demand for clean water in winter has strained supplies but also caused a string of deadly outbreaks."


def test_warning_and_done_are_two(fresh: None, monkeypatch: pytest.MonkeyPatch) -> None:
    events = [rev(WARNING, "../2010-11-14", "xin/1", date(2010, 11, 14)),
              rev(DONE, "../2010-11-15", "xin/2", date(2010, 11, 15))]
    assert len(_facts(events, 2010, 11)) == 2
    monkeypatch.setattr(en, "WARNING_APART", False)
    _clear_caches()
    assert len(_facts(events, 2010, 11)) == 1


def test_two_warnings_read_on_their_words(fresh: None) -> None:
    # must not: the same warning told by two reports
    events = [rev(WARNING, "../2010-11-14", "xin/1", date(2010, 11, 14)),
              rev("Analysts warned that the outbreaks signalled a possible surge of cholera deaths as the demand "
                  "for clean water rises in winter.", "../2010-11-14", "afp/2", date(2010, 11, 14))]
    assert len(_facts(events, 2010, 11)) == 1


@pytest.mark.parametrize("threat", [
    "The utility is threatening to cut off gas supplies to the region at 10:00 am on Monday unless it pays.",
    "The utility threatened to cut off gas supplies to the region on Monday unless it pays.",
    "The utility has issued an ultimatum to cut off gas supplies to the region on Monday.",
])
def test_a_threat_is_conjectural(fresh: None, threat: str) -> None:
    assert en.conjectural(threat)


def test_a_warning_told_again_as_a_threat_is_one(fresh: None) -> None:
    # must not: a warning and the same warning told as a threat a day later (every form of
    # "threaten" leaves the thing to come, as "warn" does)
    events = [rev("The utility chairman has warned that gas supplies to the region will be cut off at 10:00 am "
                  "on Monday if the region does not agree to a doubling of the price.", "2010-11-15", "afp/1",
                  date(2010, 11, 12)),
              rev("The state utility is threatening to cut off gas supplies to the region at 10:00 am Monday if "
                  "the region fails to agree to a doubling of the price.", "2010-11-15", "afp/2",
                  date(2010, 11, 13))]
    assert len(_facts(events, 2010, 11)) == 1


# --- 6. A happening named by its day's possessive, another day told (POSSESSIVE_DAY, POSSESSIVE_DAY_APART)

@pytest.mark.parametrize("text, days", [
    ("All 12 workers trapped in Monday's factory fire were confirmed dead on Thursday.", {0}),
    ("Ten people hurt in Sunday's blast were still in hospital on Tuesday.", {6}),
    # must not: no other day, a saying's day, the possessive as the subject, one day only
    ("Twelve workers were killed in Monday's factory fire.", set()),
    ("Police said on Tuesday that ten people were hurt in Sunday's blast.", set()),
    ("Monday's factory fire killed twelve workers, police said on Tuesday.", set()),
    ("A fire broke out in a garment factory on March 10, killing 12 workers.", set()),
])
def test_possessive_weekdays(fresh: None, text: str, days: set[int]) -> None:
    assert set(en.possessive_weekdays(text)) == days


CONFIRMED = ("All 12 workers trapped in Monday's garment factory fire in Dhaka were confirmed dead after "
             "firefighters recovered four more bodies on Thursday.")
FIRE = "A fatal fire occurred in a garment factory in Dhaka on March 10, claiming 12 lives."


def test_later_count_is_not_the_named_happening(fresh: None, monkeypatch: pytest.MonkeyPatch) -> None:
    events = [rev(CONFIRMED, "2008-03-10", "xin/1", date(2008, 3, 13)),
              rev(FIRE, "2008-03-10", "xin/2", date(2008, 3, 22))]
    assert len(_facts(events, 2008, 3)) == 2
    monkeypatch.setattr(facts, "POSSESSIVE_DAY_APART", False)
    assert len(_facts(events, 2008, 3)) == 1


def test_count_dated_its_own_day_is_read_on_its_words(fresh: None) -> None:
    # must not: dated its other day (Tuesday), the count is not refused against a count of that day
    events = [rev("As of 2:00 p.m. Tuesday, the death toll rose to 68 in Monday's garment factory fire in "
                  "Dhaka, officials said.", "2008-03-11", "xin/1", date(2008, 3, 11)),
              rev("The death toll of the Dhaka garment factory fire rose to 68 on Tuesday, officials said.",
                  "2008-03-11", "afp/2", date(2008, 3, 11))]
    assert not facts._possessive_day_apart(*(facts.build(events).items[e.id] for e in events))
    assert len(_facts(events, 2008, 3)) == 1


def test_toll_in_named_happening_stays_one(fresh: None) -> None:
    # must not: the toll told with the happening's possessive, no other day
    events = [rev("All 12 workers were killed in Monday's garment factory fire in Dhaka, claiming 12 lives.",
                  "2008-03-10", "xin/1", date(2008, 3, 11)),
              rev(FIRE, "2008-03-10", "xin/2", date(2008, 3, 22))]
    assert len(_facts(events, 2008, 3)) == 1
