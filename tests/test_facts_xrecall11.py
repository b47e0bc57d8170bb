"""Session 25 (xrecall11), recall across tellers: nationality adjectives coordinated before one
word of the states' arms are each its state acting (`lang.en.facts.COORDINATED_DEMONYMS`); an
undated future and a statement dated its report's day, told that same day, share that day
(`facts.SAME_DAY_FUTURE`). Each example fails with its switch off; each must-not is a test of its own."""

from __future__ import annotations

from datetime import date
from functools import partial

import pytest

from timeline_cli import facts
from timeline_cli.lang.en import facts as en
from tests.test_facts import filler, pack_flags_off, rev, together

# --- coordinated nationality adjectives (`COORDINATED_DEMONYMS`)


@pytest.mark.parametrize("text, states", [
    ("Egyptian and Moroccan troops are already there.", ("egypt", "morocco")),      # dev6, AP 15 Aug 1990
    ("British, French and Italian forces withdrew.", ("britain", "france", "italy")),  # a list: its commas no tokens
    ("Syrian or Lebanese troops will be sent.", ("syria", "lebanon")),
    ("Egyptian and Syrian forces attacked on Saturday.", ("egypt", "syria")),
])
def test_coordinated_nationality_adjectives_before_the_arms_are_their_states(text, states):
    terms = en.terms(text)
    for state in states:
        assert en.stem(state) in terms
    assert en.stem("egyptian") not in terms and en.stem("british") not in terms


@pytest.mark.parametrize("text, adjective", [
    ("Egyptian and Moroccan workers are already there.", "egyptian"),   # the countries' people, not their arms
    ("Egyptian officials and Moroccan troops met.", "egyptian"),         # its own noun between: officials
    ("Egyptian and Moroccan officials met.", "egyptian"),
    ("The Egyptian and Moroccan teams drew.", "egyptian"),
])
def test_other_coordinated_adjectives_stay_adjectives(text, adjective):
    assert en.stem(adjective) in en.terms(text)


def test_the_last_adjective_before_the_arms_is_its_state_as_before():
    # (DEMONYMS alone: "Egyptian officials and Moroccan troops" gives Morocco, not Egypt)
    terms = en.terms("Egyptian officials and Moroccan troops met.")
    assert en.stem("morocco") in terms and en.stem("egypt") not in terms


def test_the_switch_keeps_the_first_adjective():
    with pack_flags_off("COORDINATED_DEMONYMS"):
        terms = en.terms("Egyptian and Moroccan troops are already there.")
    assert en.stem("egyptian") in terms and en.stem("morocco") in terms


# one attack told by two tellers, one naming the states, one their forces
FORCES = "Egyptian and Syrian forces attacked on Saturday."
STATES = "Egypt and Syria attacked Israel on Saturday."

_together = partial(together, when="../1990-08-16", outlets=("ap/one", "nyt/two"),
                    reported=(date(1990, 8, 15), date(1990, 8, 16)), others=filler(1990, 8))


def test_two_states_forces_attacking_and_the_states_attacking_is_one_fact():
    assert _together(FORCES, STATES)


def test_the_switch_keeps_them_apart():
    with pack_flags_off("COORDINATED_DEMONYMS"):
        assert not _together(FORCES, STATES)


def test_two_peoples_workers_protesting_are_not_their_states_attacking():
    workers = "Egyptian and Syrian workers protested on Saturday."
    assert not _together(workers, STATES)


# --- an undated future and a statement of its report's day, told that day (`facts.SAME_DAY_FUTURE`)

# one meeting told by two Xinhua reports of one day (dev19, 29 Nov 2006): a future with no date
# of its own ("REPORTED/..") and the talks dated that very day
FUTURE = "The Bush-Abdullah II meeting will proceed as scheduled."
HELD = ("Jordanian King Abdullah II on Wednesday held talks with visiting U.S. President George W. Bush at Raghadan "
        "Palace Wednesday night to discuss regional conflicts and the situation in Iraq.")
NOV_29 = date(2006, 11, 29)


def _one_fact(a: str, b: str, *, when_a: str = "2006-11-29/..", when_b: str = "2006-11-29",
              reported_a: date = NOV_29, reported_b: date = NOV_29) -> bool:
    ea = rev(a, when_a, "xin/one", reported_a)
    eb = rev(b, when_b, "xin/two", reported_b)
    fact_of = facts.group([ea, eb, *filler(2006, 11)])
    return fact_of[ea.id] == fact_of[eb.id]


def test_a_future_and_the_happening_on_its_report_day_told_that_day_are_one_fact():
    assert _one_fact(FUTURE, HELD)


def test_the_switch_keeps_the_future_apart(monkeypatch):
    monkeypatch.setattr(facts, "SAME_DAY_FUTURE", False)
    assert not _one_fact(FUTURE, HELD)


def test_the_happening_reported_a_day_later_is_not_the_futures_day():
    assert not _one_fact(FUTURE, HELD, reported_b=date(2006, 11, 30))


def test_a_happening_dated_the_next_day_is_not_the_futures_report_day():
    thursday = HELD.replace("on Wednesday", "on Thursday").replace("Wednesday night", "Thursday night")
    assert not _one_fact(FUTURE, thursday, when_b="2006-11-30")


def test_the_future_of_another_meeting_or_act_stays_apart():
    assert not _one_fact("The Bush-Maliki meeting will proceed as scheduled.", HELD)
    assert not _one_fact("Bush will leave Jordan as scheduled.", HELD)


def test_an_undated_past_is_no_day_of_its_own():
    # (told "by the report": the rule reads a future's open start only)
    assert not _one_fact(FUTURE.replace("will proceed", "proceeded"), HELD, when_a="../2006-11-29")



# --- a capital is also its state, only as an actor (`CAPITAL_ACTOR`)

@pytest.mark.parametrize("text, state", [
    ("The IAEA in late September urged Tehran to re-suspend all enrichment-related activities.", "iran"),  # dev17
    ("Talks started after Tehran suspended all enrichment.", "iran"),        # the subject of a past form
    ("The offer was rejected by Tehran as politically motivated.", "iran"),  # a passive's agent
    ("Georgia on Sunday accused Moscow of involvement.", "russia"),         # the object of a pressing verb
    ("The Western powers called on Tehran to halt enrichment.", "iran"),
    ("Moscow has denied any role.", "russia"),                               # an auxiliary after it
    ("London said it would act.", "britain"),                                # a reporting verb
    ("Tehran was urged to stop.", "iran"),                                   # "be" before a past form
])
def test_a_capital_acting_or_acted_on_is_also_its_state(text, state):
    terms = en.terms(text)
    assert en.stem(state) in terms
    assert set(en._CAPITAL_OF) & set(terms)  # (and still the city: "Beijing unveiled" / "the Beijing mascots")


@pytest.mark.parametrize("text, state", [
    ("He said in Baghdad that turnout was high.", "iraq"),         # a place
    ("The meeting in Moscow ended.", "russia"),                    # a place before the verb
    ("He flew from Moscow to London for the talks.", "russia"),
    ("Bush visited Beijing last week.", "china"),                  # visited: a place, no pressing verb
    ("Beijing is a big city.", "china"),                           # the city described
    ("Pro-government rallies in Tehran were held.", "iran"),
    ("The Tehran Times said the talks failed.", "iran"),           # a name's word
    ("The study by Tehran University was published.", "iran"),
    ("Berri, who hosts the talks in central Beirut, said the session was positive.", "lebanon"),  # a comma is no token
])
def test_a_capital_as_a_place_stays_the_city(text, state):
    assert en.stem(state) not in en.terms(text)


def test_washington_is_not_made_a_state():
    # (the United States has no one term: xrecall9)
    assert en.stem("washington") in en.terms("The ally had accused Washington of seeking discord.")


def test_the_switch_keeps_the_capital():
    with pack_flags_off("CAPITAL_ACTOR"):
        assert en.stem("iran") not in en.terms("The IAEA urged Tehran to re-suspend its activities.")


_together_undated = partial(together, when="../2006-11-27", outlets=("afp/one", "xin/two"),
                            reported=(date(2006, 11, 26), date(2006, 11, 27)), others=filler(2006, 11))


@pytest.mark.parametrize("capital, state", [
    ("Tehran has rejected the European offer.", "Iran has rejected the European proposal."),
    ("The agency urged Tehran to suspend enrichment.", "The agency has called on Iran to suspend enrichment."),
])
def test_a_state_named_by_its_capital_and_by_its_name_is_one_fact(capital, state):
    assert _together_undated(capital, state)
    with pack_flags_off("CAPITAL_ACTOR"):
        assert not _together_undated(capital, state)


def test_a_rally_in_the_capital_is_not_the_states_rejection():
    assert not _together_undated("Protesters rallied in Tehran against the European offer.",
                                 "Iran has rejected the European offer.")
