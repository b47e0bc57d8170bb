"""English knowledge for same-fact grouping (timeline_cli.lang.en.facts)."""

from __future__ import annotations

import pytest

from timeline_cli.lang.en.facts import (happening, happenings_named, head, is_heading, main_verb, starts_with_pronoun,
                                         stem, subject, terms)


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


@pytest.mark.parametrize("text", ["At least 74, including eight Americans, were killed in Nairobi.",
                                  "The Aug. 7, 1998, bombings killed more than 200 people."])
def test_no_actor_before_a_lower_case_word_or_in_a_date(text):
    # "Americans" comes after "least", "Aug" is a date: neither acts (they vetoed true links)
    assert subject(text) == ()


def test_a_name_with_lower_case_joiners_is_one_actor():
    assert {"secretar", "albright"} <= set(subject("U.S. Secretary of State Madeleine Albright headed Tuesday to Africa"))
    assert subject("South Africa on Friday deplored the blasts") == ("south", "africa")


@pytest.mark.parametrize("a, b", [("a $5 million reward", "a reward of $5,000,000"),
                                  ("1.5 billion dollars", "1,500,000,000 dollars")])
def test_numbers_with_a_scale_word_meet_numbers_in_digits(a, b):
    assert [t for t in terms(a) if t[0] == "#"] == [t for t in terms(b) if t[0] == "#"] != []


def test_a_lone_digit_is_no_term_but_its_scaled_amount_is():
    assert terms("5 soldiers") == ("soldier",)
    assert "#5000" in terms("5 thousand soldiers")


@pytest.mark.parametrize("text, verb", [
    # an auxiliary and its participle, past the subject's appositions
    ("Slepian, 52, an obstetrician and gynecologist, was shot through the kitchen window", "shoot"),
    ("Kopp has been charged with murder", "charg"),
    ("The bombings on Aug. 7 killed 259 people", "kill"),
    ("Suspected bombs exploded outside the U.S. embassies", "bomb"),
    ("The man died in hospital", "kill"),                       # a short irregular past
    ("A sniper shot Slepian through a window", "shoot"),        # an irregular past alone
    ("The three countries will join NATO on Friday", "join"),   # a modal and its verb
    ("Dr. Slepian was heating soup in his kitchen", "heat"),    # a progressive
    # the reported clause is the fact, not the frame
    ("Albright said Friday she would visit Nairobi", "visit"),
    ("At least 75 people were killed, Red Cross officials said.", "kill"),
    # a relative clause's verb is not the main one
    ("Slepian, who was wounded in 1995, died in his kitchen", "kill"),
    ("Slepian, a doctor who was the mainstay of the clinic, was shot to death", "shoot"),
])
def test_main_verb_is_what_the_statement_says_happened(text, verb):
    assert main_verb(text) == verb


def test_an_ed_word_after_a_determiner_is_no_verb():
    # "the wounded" is a noun: the verb is "were taken"
    assert main_verb("The wounded were taken to hospitals") == "taken"
    assert main_verb("The suspected car bombings occurred minutes apart") == "occur"


@pytest.mark.parametrize("text", [
    "It strongly condemns the attacks",          # present tenses are not read (plural nouns look alike)
    "Slepian was the mainstay of the clinic",    # a copula is no happening
    "Officials said.",                           # a frame alone reports nothing
    "The suspected bomber",                      # an -ed word after a determiner is an adjective
])
def test_no_main_verb_is_found(text):
    assert main_verb(text) == ""


@pytest.mark.parametrize("text, said", [
    ("Slepian, 52, was shot with a rifle.", ("shoot",)),                           # the main verb
    # a light verb says only that its subject happened
    ("The suspected car bombings occurred 700 kilometers apart", ("bomb",)),
    ("Terrorist bombings at U.S. embassies in Kenya blew apart buildings", ("bomb",)),
    ("The bombs went off almost simultaneously.", ("bomb",)),                      # ("went": a stop word)
    # a copula's subject is what the statement is about, not the verb of its result clause
    ("The bomb outside the embassy was so powerful that it shook furniture", ("bomb",)),
    ("Slepian was the mainstay of the clinic before he was shot to death", ("shoot",)),
    ("The Netherlands became the last country to ratify", ("becam",)),              # an irregular past
])
def test_happening_is_what_the_statement_says_happened(text, said):
    assert happening(text) == said


@pytest.mark.parametrize("text", [
    "The source for the Tanzanian figures is the U.S. Embassy in Dar es Salaam.",  # a subject without a happening
    "The doctor's wife was in the kitchen when the shooting occurred.",            # named in a subordinate clause
])
def test_no_happening_is_read_from_a_mention(text):
    assert happening(text) == ()


def test_a_happening_noun_before_another_verb_is_not_what_happened():
    # the bombings are its subject, but what it says happened is the fright
    assert happening("The bombings at the embassies have frightened away travelers") == ("frighten",)


def test_happenings_named_add_the_subject_s_happening_nouns():
    assert happenings_named("The bombings on Aug. 7 killed 259 people") == ("kill", "bomb")
    # the subject ends at a copula or a subordinate word
    assert happenings_named("Eric Rudolph has been on the run since the 1998 bombing of a clinic") == ()


@pytest.mark.parametrize("text, heading", [("INDEPENDENCE, Mo.", True), ("NAIROBI, Kenya (AP)", True),
                                           ("No one has claimed responsibility.", False),
                                           ("Hallelujah, Albright exclaimed.", False)])
def test_a_heading_has_no_word_in_lower_case(text, heading):
    assert is_heading(text) is heading
