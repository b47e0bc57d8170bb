"""Rules added for recall on dev2/dev3 (session 8): a reporting frame's subject is the claimant,
not the actor; an -ed word after a possessive is no verb; one statement's main verb said in a
coordinated clause of the other on one same precise day; amounts (round counts from 1,000) block candidates as rare terms do. Each rule with its examples and the
cases it must not match."""

from __future__ import annotations

import pytest

from timeline_cli import facts
from timeline_cli.lang.en.facts import happenings_said, main_verb, subject
from tests.test_facts import ev, groups
from tests.test_facts_happening import OTHERS


@pytest.mark.parametrize("text", [
    "The FBI says Kopp is wanted as a material witness in the case.",
    "FBI Director Louis Freeh said the U.S. government is offering a reward of up to $5 million.",
])
def test_names_before_a_reporting_verb_are_the_claimant_not_the_actor(text):
    assert subject(text) == ()


@pytest.mark.parametrize("text, actor", [
    # the reported clause says no happening (a present tense): the speaker's own reaction
    ("Foreign Minister Don McKinnon said that terrorist bombings this month show that terrorism kills.",
     {"mckinnon"}),
    ("South Africa deplored Friday the bomb blasts.", {"south", "africa"}),  # no frame at all
])
def test_a_speaker_whose_clause_says_no_happening_stays_the_actor(text, actor):
    assert actor <= set(subject(text))


def test_an_ed_word_after_a_possessive_is_no_verb():
    text = "The boy's divorced father, Juan Miguel Gonzalez, was also interviewed and satisfied the agency."
    assert main_verb(text) == "interview"
    assert happenings_said(text)[0] == "interview"
    # must not: a possessive before a verb is not a thing ("Kopp's car was found" still finds)
    assert main_verb("Kopp's car was found abandoned at the Newark airport.") == "find"


DIED = ev("Alexander Litvinenko, who according to his wife became a British citizen on October 13 this year, "
          "died in a central London hospital on November 23.", "2006-11-23", "afp/10")
FELL_ILL_AND_DIED = ev("Litvinenko fell ill on November 1, and died on November 23.", "2006-11-23", "afp/17")


def test_a_main_verb_said_in_a_coordinated_clause_links_on_one_same_precise_day():
    assert groups(facts.group([DIED, FELL_ILL_AND_DIED] + OTHERS)) == [{DIED.id, FELL_ILL_AND_DIED.id}]


@pytest.mark.parametrize("other", [
    # the same texts, dates that are no one same precise day ("last month")
    ev("Litvinenko fell ill in November, and died in November.", "2006-11", "afp/18"),
    # the coordinated verb is another happening than the main verb of the other
    ev("Litvinenko fell ill on November 23, and was taken to a central London hospital.", "2006-11-23", "afp/19"),
])
def test_a_coordinated_verb_must_not_link_without_the_day_or_the_verb(other):
    assert groups(facts.group([DIED, other] + OTHERS)) == []


@pytest.mark.parametrize("term, amount", [
    ("#5000000", True), ("#37000", True), ("#1000", True),      # a sum, a toll, a count
    ("#23", False), ("#1998", False),                          # a day, a year: the dates are compared
    ("#419", False), ("#152.68", False),                       # a routine report's figures
    ("reward", False),
])
def test_an_amount_is_a_round_count_of_a_thousand_or_more(term, amount):
    assert facts._amount(term) is amount


def test_amounts_block_as_terms_and_days_do_not():
    index = facts.build(OTHERS)
    terms = ["#5000000", "#23", "#1998", "#419"]
    assert [t for t in terms if facts._route_of(index, t, common=100)] == ["#5000000"]


STATE = ev("More than 5.5 million South Africans, or 11 percent of the population, are infected with HIV.",
           "../2006-11-23", "xin/1")
STATE_AGAIN = ev("More than 5.5 million South Africans, or 12 percent of the population, are infected with HIV.",
                 "../2006-12-08", "xin/2")


# Other reports using the same words except "Africans" and the amount, so that those words are
# common (blocked by week) and only "Africans" and the amount are rare (blocked across dates).
FILLER = [ev(f"In the south, more than {k} percent of the population of district {k} are infected with HIV.",
             f"2006-{(k % 12) + 1:02d}-10", f"filler/{k}") for k in range(12, 52)]


def test_a_state_restated_two_weeks_later_meets_on_its_amount(monkeypatch):
    # undated, reported two weeks apart (no common week): the rare terms bring them together,
    # "Africans" and the amount; without the amount one rare term is not enough
    fact_of = facts.group([STATE, STATE_AGAIN] + FILLER)
    assert fact_of[STATE.id] == fact_of[STATE_AGAIN.id]
    monkeypatch.setattr(facts, "AMOUNT_MIN", 10**12)
    fact_of = facts.group([STATE, STATE_AGAIN] + FILLER)
    assert fact_of[STATE.id] != fact_of[STATE_AGAIN.id]


@pytest.mark.parametrize("a, b", [("erupted", "began"), ("outbreak", "begin"), ("plebiscite", "referendum")])
def test_paraphrase_classes_of_a_start_and_a_popular_vote(a, b):
    from timeline_cli.lang.en.facts import stem

    assert stem(a) == stem(b)


@pytest.mark.parametrize("a, b", [("erupted", "ended"), ("retreated", "withdrew"), ("referendum", "election")])
def test_nearby_words_stay_apart(a, b):
    # an end is not a start; a retreat is its own key (two undated "acknowledged retreating"
    # reports of two retreats met on it, AFP Dec 2006); an election is not a referendum
    from timeline_cli.lang.en.facts import stem

    assert stem(a) != stem(b)
