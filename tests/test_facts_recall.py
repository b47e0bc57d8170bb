"""Rules added for recall on dev2/dev3 (session 8): a reporting frame's subject is the claimant,
not the actor; an -ed word after a possessive is no verb; one statement's main verb said in a
coordinated clause of the other on one same precise day; a shared amount names a happening as
a name does; amounts block candidates as rare terms do. Each rule with its examples and the
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


ARRESTS = ev("Police arrested 133 protesters in Miami after they blocked the port and cut off roads to the city.",
             "2000-01-06", "apw/6")


def _arrests_again(count: str):
    return ev(f"On Thursday {count} people were arrested in Miami when crowds of Cuban exiles tried to march on "
              "the federal building.", "2000-01-05/2000-01-07", "nyt/7")


def test_a_shared_amount_names_the_happening_as_a_name_does():
    # one same verb, one name (Miami) and the same count: one happening below the threshold
    again = _arrests_again("133")
    assert groups(facts.group([ARRESTS, again] + OTHERS)) == [{ARRESTS.id, again.id}]


def test_another_count_or_a_day_is_no_shared_amount():
    from timeline_cli.facts import _amount

    assert _amount("#5000000") and _amount("#133")
    assert not _amount("#23") and not _amount("#1998") and not _amount("reward")  # a day, a year, a word
    assert groups(facts.group([ARRESTS, _arrests_again("135")] + OTHERS)) == []


def test_amounts_block_as_terms_and_days_do_not():
    index = facts.build(OTHERS)
    routes = facts._routes(index, ["#5000000", "#23", "#1998"], common=100)
    assert set(routes) == {"#5000000"}


def test_a_statement_claimed_by_another_source_does_not_join_a_story_all_claimed_by_others():
    # "The Islamists claimed hundreds of government troops had died" is not Meles's claim of
    # 1,000 dead: another source's claim is another act
    from dataclasses import replace

    from tests.test_facts_cores import BOMBING, OTHER
    from tests.test_facts_story import BLEW, report

    claimed = [replace(e, by="Kenyan police") for e in BOMBING]
    story = report(BLEW)
    other = [replace(story[0], by="a rebel radio")] + story[1:]
    fact_of = facts.group(claimed + other + OTHER)
    assert fact_of[other[0].id] != fact_of[claimed[0].id]
    # the same claimant, or an unattributed statement, still joins
    same = [replace(story[0], by="Kenyan police")] + story[1:]
    fact_of = facts.group(claimed + same + OTHER)
    assert fact_of[same[0].id] == fact_of[claimed[0].id]
    fact_of = facts.group(claimed + story + OTHER)
    assert fact_of[story[0].id] == fact_of[claimed[0].id]
