"""One happening said twice (timeline_cli.facts `_same_happening`, lang.en.facts `main_clause`,
`main_verb`'s "to" clauses and `names`): two statements with the same main verb and the same
names link though their other words differ; what must not link."""

from __future__ import annotations

import pytest

from timeline_cli import facts
from timeline_cli.lang.en.facts import head, main_clause, main_verb, names
from tests.test_facts import ev, groups


@pytest.mark.parametrize("text, clause", [
    ("Within hours of Saddam's dawn hanging in Baghdad, a car bomb exploded in a fish market.",
     "a car bomb exploded in a fish market."),
    ("Later in the day, in the calmer surroundings of the ranch, the president was to assemble his aides.",
     "the president was to assemble his aides."),
    ("Since the INS decision was announced Wednesday, they have said they will appeal.", "they have said they will appeal."),
    ("Alexander Litvinenko, who according to his wife became a British citizen, died in a London hospital.",
     "Alexander Litvinenko died in a London hospital."),
    ("The former spy, Alexander Litvinenko, died last month in London.", "The former spy died last month in London."),
])
def test_the_main_clause_leaves_fronted_phrases_and_asides_out(text, clause):
    assert main_clause(text) == clause


@pytest.mark.parametrize("text", [
    "At least seven were reported dead in the Tanzanian capital, and 72 others were hurt.",  # "at least": no phrase
    "In ``a cowardly act,'' the bomb went off.",          # the comma is inside a quotation
    "South Africa deplored Friday the bomb blasts.",      # nothing fronted
    "Slepian, 52, an obstetrician, was shot through the window.",  # no name or relative clause in the aside
    # a fronted participle often says the dated happening: it stays
    "Rescued on Nov. 25 by fishermen off the Florida coast, Elian has become the subject of a custody battle.",
])
def test_nothing_is_left_out_of_a_main_clause(text):
    assert main_clause(text) == text


def test_the_head_is_read_from_the_main_clause():
    assert head("Within hours of Saddam's dawn hanging in Baghdad, a car bomb exploded.", 2) == ("car", "bomb")


@pytest.mark.parametrize("text, verb", [
    ("Elian's relatives in Miami have indicated they plan to appeal, as is their right.", "appeal"),
    ("They said they would appeal the decision.", "appeal"),
    ("Bush is expected to deliver a speech on Iraq.", "deliver"),
    ("Bush was due to announce a new strategy, the spokesman reminded reporters.", "announc"),
    ("The president was to assemble his top aides.", "assembl"),
    ("The relatives vowed to fight the ruling.", "fight"),
])
def test_the_happening_of_an_intention_is_the_verb_of_its_to_clause(text, verb):
    assert main_verb(text) == verb


@pytest.mark.parametrize("text, verb", [
    ("The decision to return him was made Wednesday.", ""),   # a noun before "to": no intention verb
    ("The plan was approved.", "approv"),
    ("He was ready.", ""),                                      # no "to" clause
])
def test_no_to_clause_is_read_where_there_is_none(text, verb):
    assert main_verb(text) == verb


def test_names_are_the_capitalised_words_of_the_first_clause():
    assert names("The former spy, Alexander Litvinenko, died last month in London after being poisoned.") == \
        {"alexander", "litvinenko", "london"}
    assert names("Three times, doctors whose names were on the list were killed, most recently when "
                 "Dr. Barnett Slepian was shot.") == frozenset()
    assert names("Suspected bombs exploded in Nairobi.") == {"nairobi"}   # a lone first word is no name


# Statements of four outlets' reports, so that word weights are those of a store, not of a pair.
OTHERS = [ev("Markets fell in Tokyo on Monday as the yen rose.", "2006-11-20", "other/1"),
          ev("The council approved a new budget for the city schools.", "2006-11-21", "other/2"),
          ev("Rain flooded roads in the north of the country.", "2006-11-22", "other/3")]
DIED = ev("Alexander Litvinenko, who according to his wife became a British citizen on October 13, "
          "died in a central London hospital on November 23.", "2006-11-23", "afp/10")
DIED_AGAIN = ev("The former spy, Alexander Litvinenko, died last month in London after being contaminated "
                "with the radioactive substance polonium-210.", "2006-11", "afp/11")


def test_one_happening_with_the_same_names_links_below_the_threshold(monkeypatch):
    assert groups(facts.group([DIED, DIED_AGAIN] + OTHERS)) == [{DIED.id, DIED_AGAIN.id}]
    monkeypatch.setattr(facts, "HAPPENING_DICE", 1.0)
    assert groups(facts.group([DIED, DIED_AGAIN] + OTHERS)) == []


@pytest.mark.parametrize("other", [
    # the same verb, another actor
    ev("The former spy, Anna Petrova, died last month in Moscow after being contaminated with the "
       "radioactive substance polonium-210.", "2006-11", "afp/12"),
    # the name only in a subordinate clause: another happening mentions it
    ev("Three doctors whose patients knew Alexander Litvinenko died last month, when London was "
       "contaminated with polonium-210.", "2006-11", "afp/13"),
    # the same names, another happening
    ev("The former spy, Alexander Litvinenko, fell ill in London after being contaminated with the "
       "radioactive substance polonium-210.", "2006-11", "afp/14"),
])
def test_one_happening_must_not_link_other_actors_or_other_happenings(other):
    assert groups(facts.group([DIED, other] + OTHERS)) == []


def test_a_first_word_is_a_name_only_when_the_other_statement_writes_it_as_one():
    from timeline_cli.lang.en.facts import first_name

    assert first_name("Russia has strongly denied any role in the murder.") == {"russia"}
    assert names("Russia has strongly denied any role in the murder.") == frozenset()
    assert first_name("the bomb went off.") == frozenset()


@pytest.mark.parametrize("a, b", [("rescued", "found"), ("rescue", "finds"), ("decision", "decided"),
                                  ("execution", "executed"), ("prosecution", "prosecuted"), ("hung", "hanged")])
def test_nominalisations_and_rescues_meet_their_verb(a, b):
    from timeline_cli.lang.en.facts import stem

    assert stem(a) == stem(b)


@pytest.mark.parametrize("a, b", [("rescuers", "found"), ("execution", "hanged"), ("decision", "ruling")])
def test_nearby_words_stay_apart(a, b):
    # rescuers are people, not the rescue; a hanging is one kind of execution; a ruling is a
    # decision of a court: each its own key
    from timeline_cli.lang.en.facts import stem

    assert stem(a) != stem(b)
