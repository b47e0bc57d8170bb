"""Rules added for recall on dev2/dev3/dev4 (session 9). Each rule with its examples and the
cases it must not match; each example fails with its rule switched off."""

from __future__ import annotations

import pytest

from timeline_cli import facts
from tests.test_facts import ev, groups
from tests.test_facts_happening import OTHERS

# ---------------------------------------------------------------- one main verb, heads apart

LOST = ev("In 1988 Pinochet lost a plebiscite on another eight years in office.", "1988", "afp/20")
LOST_AGAIN = ev("After Pinochet lost a 1988 referendum on his continued rule, he handed over power in 1990 "
                "to a transitional government.", "1988", "afp/21")


def test_most_words_and_one_main_verb_link_when_the_heads_are_apart(monkeypatch):
    # the second's head terms are read after its fronted clause (handed, power): they are not
    # in the first, yet both say Pinochet lost the 1988 vote
    index = facts.build([LOST, LOST_AGAIN] + OTHERS)
    assert groups(index.fact_of) == [{LOST.id, LOST_AGAIN.id}]
    assert [e.kind for e in index.explain(index.fact_of[LOST.id])] == ["same verb"]
    monkeypatch.setattr(facts, "_same_verb", lambda a, b: False)
    assert groups(facts.group([LOST, LOST_AGAIN] + OTHERS)) == []


@pytest.mark.parametrize("other", [
    # another verb with most words shared: the heads still have to meet
    ev("After Pinochet won a 1988 referendum on another term in office, he handed over power.", "1988", "afp/22"),
    # no date of its own (only its report's): the dates confirm nothing, a mention in passing
    # is not the vote
    ev("After Pinochet lost a 1988 referendum on his continued rule, he handed over power in 1990 "
       "to a transitional government.", "../2006-12-11", "afp/23"),
])
def test_one_main_verb_must_not_link_another_verb_or_an_undated_mention(other):
    assert groups(facts.group([LOST, other] + OTHERS)) == []


# ---------------------------------------------------------------- an opening participle is a head term

FOUND = ev("Found clinging to an inner tube off the coast of Florida in late November, Elian has been the "
           "subject of an international custody battle.", "1999-11", "apw/1")
RESCUED = ev("Rescued on Nov. 25 by fishermen off the Florida coast, Elian has become the subject of an "
             "international custody battle.", "1999-11-25", "apw/2")


def test_an_opening_participle_is_a_head_term(monkeypatch):
    from timeline_cli.lang.en import facts as en

    # "rescued" and "found" are one key (someone missing found alive): what both say happened
    assert groups(facts.group([FOUND, RESCUED] + OTHERS)) == [{FOUND.id, RESCUED.id}]
    monkeypatch.setattr(en, "_opening_participle", lambda tokens: False)
    en.head.cache_clear()
    assert groups(facts.group([FOUND, RESCUED] + OTHERS)) == []
    monkeypatch.undo()
    en.head.cache_clear()  # (no head read without the rule is left for other tests)


@pytest.mark.parametrize("text, heads", [
    # one head term more: the lower-case head terms stay ("arrested" is still read)
    ("Nicknamed the Atomic Dog in anti-abortion circles, Kopp had been arrested in several states.",
     ("nicknam", "antiabortion", "circl", "arrest")),
    # a capitalised -ed word before an auxiliary, a reporting verb or a capitalised word is a name
    ("Ahmed said the bombs went off at noon.", ("bomb", "noon")),
    ("Alfred was arrested in Nairobi.", ("arrest",)),
    ("United States officials condemned the bombing.", ("condemn", "bomb")),
])
def test_an_opening_participle_adds_a_head_term_and_a_name_does_not(text, heads):
    from timeline_cli.lang.en.facts import head

    assert head(text, 3) == heads


# ---------------------------------------------------------------- a story's statement with the happening and an argument

OCCURRED = ("The suspected car bombings occurred nearly simultaneously on Friday, turning busy streets into bloody "
            "piles of concrete and knots of steel.")


def test_the_happening_and_a_term_of_the_facts_statements_join_a_story(monkeypatch):
    # its one core term is the happening (bomb); "simultaneously" is in one of the fact's
    # statements ("Nearly simultaneous bombings ..."), not in the core of two sources
    from tests.test_facts_cores import BOMBING, OTHER
    from tests.test_facts_story import report

    story = report(OCCURRED, when="1998-08-07")
    index = facts.build(BOMBING + story + OTHER)
    bombing = index.fact_of[BOMBING[0].id]
    assert index.fact_of[story[0].id] == bombing
    assert next(e for e in index.explain(bombing) if e.a == story[0].id).shared == ("bomb",)
    monkeypatch.setattr(facts, "_argued", lambda *args: False)
    fact_of = facts.group(BOMBING + story + OTHER)
    assert fact_of[story[0].id] != fact_of[BOMBING[0].id]


@pytest.mark.parametrize("lead, dated", [
    # the happening alone: no term of the fact's statements besides it
    ("The suspected car bombings occurred on Friday, turning busy streets into bloody piles of concrete.", True),
    # the same words, but the fact is undated (its statements dated by their reports only)
    (OCCURRED, False),
])
def test_the_happening_alone_or_an_undated_fact_does_not_join(lead, dated):
    from tests.test_facts_cores import BOMBING, OTHER
    from tests.test_facts_story import report

    fact = BOMBING if dated else [ev(e.text, "../1998-08-09", e.source) for e in BOMBING]
    story = report(lead, when="1998-08-07" if dated else "../1998-08-09")
    fact_of = facts.group(fact + story + OTHER)
    assert len({fact_of[e.id] for e in fact}) == 1  # (the fact is made either way)
    assert fact_of[story[0].id] != fact_of[fact[0].id]


# ---------------------------------------------------------------- two shared terms bring a document to a fact

def test_a_statement_sharing_two_terms_brings_its_document_to_the_fact(monkeypatch):
    # "Ten of those on board died, including his mother and stepfather" / "His mother died
    # trying to get Elian ... to the United States": two terms, the happening and its victim;
    # its document tells the fact's story, so the statement joins it (`_join_story`)
    from tests.test_facts_cores import BOMBING, OTHER
    from tests.test_facts_story import report

    story = report("Bombs killed clerks and guards there.", when="1998-08-07", rest=REST)
    fact_of = facts.group(BOMBING + story + OTHER)
    assert fact_of[story[0].id] == fact_of[BOMBING[0].id]
    monkeypatch.setattr(facts, "NEAR_SHARED", 3)
    monkeypatch.setattr(facts, "DAY_DICE", 2.0)  # (one precise day links it pairwise too: `_one_day_link`)
    fact_of = facts.group(BOMBING + story + OTHER)
    assert fact_of[story[0].id] != fact_of[BOMBING[0].id]


def test_two_shared_terms_do_not_join_another_happening():
    # the same two terms (bomb, kenya), another act: questioned, not killed
    from tests.test_facts_cores import BOMBING, OTHER
    from tests.test_facts_story import report

    story = report("Bomb experts questioned guards from Kenya.", when="1998-08-07", rest=REST)
    fact_of = facts.group(BOMBING + story + OTHER)
    assert fact_of[story[0].id] != fact_of[BOMBING[0].id]


# (no statement of this report shares three terms with the fact's)
REST = ["Kenya declared a day of mourning for the Americans.", "Rescuers searched the rubble in Dar es Salaam.",
        "Crowds gathered outside the embassy in Nairobi.", "Tanzania closed its borders."]


# ---------------------------------------------------------------- a relative clause ending on a clause of its own

@pytest.mark.parametrize("text, verb", [
    ("Kovtun, one of three Russians who met Litvinenko in London on November 1, shortly before the former "
     "intelligence agent fell ill, was reported Friday to be suffering from radiation sickness.", "suffer"),
    ("The minister, who resigned on Monday, hours after the vote was held, was arrested on Friday.", "arrest"),
])
def test_the_verb_of_a_clause_inside_a_relative_clause_is_not_the_main_verb(text, verb):
    from timeline_cli.lang.en.facts import happening, main_verb

    assert main_verb(text) == verb
    assert happening(text) == (verb,)


@pytest.mark.parametrize("text, verb", [
    # no comma of its own: the relative clause is skipped as before, its "after" is a preposition
    ("Slepian, who was wounded after the bombing, died on Friday.", "kill"),
    # the main verb right after the relative clause, the subordinate clause after it
    ("Kovtun, who met Litvinenko, fell ill, before the agent died.", "fall"),
])
def test_a_relative_clause_without_a_clause_of_its_own_is_read_as_before(text, verb):
    from timeline_cli.lang.en.facts import main_verb

    assert main_verb(text) == verb


def test_a_verb_before_the_subordinate_word_is_the_main_verb():
    from timeline_cli.lang.en.facts import main_verb

    # "fell ill before ...": the main clause, not a clause of the relative clause
    assert main_verb("Kovtun, who met Litvinenko, fell ill before the agent died, and was taken to hospital.") == "fall"
