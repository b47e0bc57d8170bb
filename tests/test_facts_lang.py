"""English knowledge for same-fact grouping (timeline_cli.lang.en.facts)."""

from __future__ import annotations

import pytest

from timeline_cli.lang.en.facts import head, starts_with_pronoun, stem, subject, terms


@pytest.mark.parametrize("word", ["apologised", "apologized", "apology", "apologises", "apologize", "sorry"])
def test_one_stem_for_the_apology_family(word):
    assert stem(word) == "apolog"


@pytest.mark.parametrize("a, b", [("defence", "defense"), ("killed", "slain"), ("blast", "explosion"),
                                  ("shot", "gunned"), ("bombings", "bomb"), ("simultaneously", "simultaneous")])
def test_words_outlets_swap_for_each_other_meet(a, b):
    assert stem(a) == stem(b)


@pytest.mark.parametrize("a, b", [("raid", "rain"), ("minister", "ministry"), ("charge", "change")])
def test_different_words_stay_apart(a, b):
    assert stem(a) != stem(b)


def test_terms_drop_stop_words_and_reporting_verbs_and_keep_numbers():
    assert terms("At least 1,700 were injured on Friday, officials said.") == ("#1700", "injur")
    assert terms("It was definitely a bomb.") == ("definite", "bomb")


def test_head_is_the_first_lower_case_terms():
    assert head("South Africa deplored Friday the bomb blasts which killed scores", 3) == ("condemn", "bomb", "kill")
    assert head("Albright helped hang a poster advertising a reward", 2) == ("help", "hang")


def test_subject_is_the_named_words_before_the_verb():
    assert subject("South Africa deplored Friday the bomb blasts") == ("south", "africa")
    assert subject("The Cuban government Friday condemned the blasts") == ("cuba",)
    # a lone capitalised first word may be the start of the sentence only
    assert subject("Suspected bombs exploded outside the embassies") == ()


def test_pronoun_starts():
    assert starts_with_pronoun("He was charged Thursday with murder.")
    assert not starts_with_pronoun("Kopp was charged Thursday with murder.")
