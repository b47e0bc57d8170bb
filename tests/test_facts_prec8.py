"""Precision rules made on the false pairs of the dev sets read by phenomenon (session 15,
"prec8", issue 15). Each rule with its examples and the cases it must not match; each example
fails with its rule switched off (the `..._without_the_rule` tests)."""

from __future__ import annotations

import pytest

from timeline_cli import facts
from timeline_cli.lang.en import facts as en
from timeline_cli.model import Event
from tests.test_facts_bridge import FILLER, ev


def _linked(a: Event, b: Event) -> bool:
    fact_of = facts.build([a, b] + FILLER).fact_of
    return fact_of[a.id] == fact_of[b.id]


# ------------------------------------------------------- a passing clause's listed subject
# "after his mother, stepfather and others died in a failed attempt": the time clause runs past
# the list's comma, so the death is mentioned, not said (`lang.en.facts.LIST_PASSING`).

FOUND = ("Elian, the boy at the center of the international dispute, was found clinging to an inner tube Nov. 25 "
         "off the coast of Florida after his mother, stepfather and others died in a failed attempt to reach U.S. "
         "shores.")
DIED = "Elian's mother and 10 others died, but the boy survived by clinging to an inner tube."
RESCUE = [ev(FOUND, "1999-11-25", "apw/0031", "2000-01-15"), ev(DIED, "../2000-06-01", "nyt/0442", "2000-06-01")]


def test_a_listed_subject_stays_in_its_passing_clause():
    assert "kill" not in en.main_terms(FOUND) and "mother" not in en.main_terms(FOUND)
    assert "kill" not in en.own_terms(FOUND)
    assert en.happenings_said(FOUND) == ("find",)


def test_the_rescue_is_not_the_death():
    assert not _linked(*RESCUE)


def test_the_death_joined_the_rescue_without_the_rule(monkeypatch):
    monkeypatch.setattr(en, "LIST_PASSING", False)
    for f in (en.main_terms, en.own_terms, en.happenings_said):
        f.cache_clear()
    try:
        assert "kill" in en.main_terms(FOUND)
        assert _linked(*RESCUE)
    finally:
        for f in (en.main_terms, en.own_terms, en.happenings_said):
            f.cache_clear()


@pytest.mark.parametrize("text, term", [
    # must not match: a clause after the cut with a verb of its own before any "and"
    ("Kopp vanished after the shooting, and the car was found abandoned at Newark.", "find"),
    ("The boy was rescued after his mother died, the coast guard said and officials agreed.", "find"),  # (rescued: find)
    # a list of the main clause's own, not after a cut
    ("Police arrested the father, two brothers and a cousin after the raid.", "brother"),
    # a lower-case word with a verb before the "and": a clause of its own
    ("He was found after the storm passed, officials said and relatives confirmed.", "find"),
])
def test_list_passing_keeps(text, term):
    assert term in en.main_terms(text)


@pytest.mark.parametrize("tokens, goes_on", [
    ("stepfather and others died".split(), True),
    ("brother or sister".split(), True),
    ("killing two and wounding five".split(), True),
    ("the boy and his father".split(), False),       # a determiner: a clause's subject
    ("officials said and".split(), False),           # a verb before the "and"
    ("was found and taken".split(), False),
    ("Reno and others".split(), False),               # capitalised: not a list's lower-case item
])
def test_list_goes_on(tokens, goes_on):
    assert en._list_goes_on(tokens) is goes_on


# ------------------------------------------------------- a fronted participle hides no actor
# "Speaking in Brussels later, the European Commission's spokeswoman ... also condemned": the
# phrase is left out of the main clause and the name after it is the actor
# (`lang.en.facts.FRONT_PARTICIPLE`, `FRONT_THE`), so she is another actor than "The EU".

SPOKESWOMAN = ("Speaking in Brussels later, the European Commission's spokeswoman on external affairs also condemned "
               "Ahmadinejad's remarks.")
CONDEMNED = [ev("The EU also condemned Ahmadinejad's remarks.", "../2005-12-14", "afp/0113", "2005-12-14"),
             ev(SPOKESWOMAN, "../2005-12-14", "afp/0220", "2005-12-14")]


def test_the_participle_phrase_is_fronted_and_its_subject_acts():
    assert en.main_clause(SPOKESWOMAN).startswith("the European Commission's spokeswoman")
    assert en.subject(SPOKESWOMAN) == ("european", "commission")
    assert en.read(SPOKESWOMAN)[2] == ("european", "commission")


def test_two_actors_condemning_do_not_link():
    assert not _linked(*CONDEMNED)


@pytest.mark.parametrize("flag", ["FRONT_PARTICIPLE", "FRONT_THE"])
def test_the_condemnations_linked_without_the_rule(monkeypatch, flag):
    monkeypatch.setattr(en, flag, False)
    for f in (en.subject, en.main_terms, en.own_terms, en.happenings_said, en.source_terms):
        f.cache_clear()
    try:
        assert _linked(*CONDEMNED)
    finally:
        for f in (en.subject, en.main_terms, en.own_terms, en.happenings_said, en.source_terms):
            f.cache_clear()


@pytest.mark.parametrize("text, clause, subject", [
    # a gerund subject, no preposition after it: no fronted phrase
    ("Fighting continued, officials said.", "Fighting continued, officials said.", ()),
    # a past participle says the dated happening (kept, `_opening_participle`)
    ("Rescued on Nov. 25 by fishermen off the Florida coast, Elian has become the subject of a custody battle.",
     "Rescued on Nov. 25", ()),
    # a lower-case word after the comma: no name read as the subject (the phrase itself is left
    # out by recall6's FRONT_ING, which needs no subject after the comma)
    ("Speaking in Brussels, officials said the talks had failed.", "officials said", ()),
    # "the" and one capitalised word after a fronted phrase: no name read
    ("In June, the Islamists seized Mogadishu and much of Somalia.", "the Islamists", ()),
    # another fronted phrase than a participle: "the United States" is not read (a passive names none)
    ("When Japan continued to reject the Potsdam terms, the United States then dropped atomic bombs on Hiroshima.",
     "the United States", ()),
])
def test_front_participle_must_not(text, clause, subject):
    assert en.main_clause(text).startswith(clause)
    assert en.subject(text) == subject


def test_a_name_after_the_participle_is_the_actor():
    text = "Calling for a peaceful ballot, Prime Minister Ibrahim Jaafari vigorously defended his record."
    assert en.main_clause(text).startswith("Prime Minister Ibrahim Jaafari")
    assert "jaafari" in en.subject(text)


# ------------------------------------------------------- a quote's speech tag is its speaker
# "``She may have been with Kopp sometime after the murder,'' the investigator said." shares
# "investigator" with the investigators' search only as who speaks (`lang.en.facts.tag_terms`,
# `QUOTE_SOURCE`, as "According to X," is the source: `source_terms`).

QUOTED = "``She may have been with Kopp sometime after the murder,'' the investigator said."
SEARCH = [ev(QUOTED, "../1998-11-20", "nyt/0362", "1998-11-20"),
          ev("Investigators have been searching for Kopp since the Oct. 23 slaying.", "1998-10-23",
             "apw/0155", "1999-05-06")]


@pytest.mark.parametrize("text, tag", [
    (QUOTED, {"investigator"}),
    ('"We are not going to play that game," Kenneth Bacon said.', {"kenneth", "bacon"}),
    # must not match: no quote, a tag whose words the quote holds, no closing tag
    ("The investigator said she may have been with Kopp.", set()),
    ('"The investigator lied," the investigator said.', set()),
    ('"She may have been with Kopp sometime after the murder."', set()),
])
def test_tag_terms(text, tag):
    assert en.tag_terms(text) == frozenset(tag)


def test_the_speaker_is_not_shared():
    assert not _linked(*SEARCH)


def test_the_quote_linked_on_its_speaker_without_the_rule(monkeypatch):
    monkeypatch.setattr(en, "QUOTE_SOURCE", False)
    en.tag_terms.cache_clear()
    try:
        assert _linked(*SEARCH)
    finally:
        en.tag_terms.cache_clear()


def test_a_quote_told_again_with_its_speaker_still_links():
    # must not match: the quote's own words are shared, the tag aside
    a = ev('"We are not going to play that game," Kenneth Bacon said.', "../1997-04-25",
           "afp/1", "1997-04-25")
    b = ev('"We are not going to play that game," Bacon said.', "../1997-04-27", "afp/2", "1997-04-27")
    assert _linked(a, b)


# ------------------------------------------------------- a time clause with a bare plural subject
# "the day before authorities issued a material witness warrant": a noun and a past form after
# "before" open a clause of another happening, as "before the authorities issued" does
# (`lang.en.facts.BARE_SUBJECT`): the warrant is mentioned, the main clause is "last seen".

SEEN = ("He was last seen Nov. 3, the day before authorities issued a material witness warrant in the Slepian "
        "shooting in the hope of questioning him.")
WARRANT = [ev(SEEN, "1998-11-03", "apw/0207", "1999-05-07"),
           ev("Kopp, a fugitive, has until now been described only as a material witness and a nationwide warrant "
              "had been issued so that he could be held for questioning.", "../1999-05-05", "nyt/0443", "1999-05-05")]


def test_the_bare_subject_clause_is_left_out():
    assert "warrant" not in en.main_terms(SEEN) and "seen" in en.main_terms(SEEN)


def test_a_sighting_is_not_the_warrant():
    assert not _linked(*WARRANT)


def test_the_sighting_joined_the_warrant_without_the_rule(monkeypatch):
    monkeypatch.setattr(en, "BARE_SUBJECT", False)
    for f in (en.main_terms, en.own_terms, en.happenings_said):
        f.cache_clear()
    try:
        assert "warrant" in en.main_terms(SEEN)
        assert _linked(*WARRANT)
    finally:
        for f in (en.main_terms, en.own_terms, en.happenings_said):
            f.cache_clear()


@pytest.mark.parametrize("text, term", [
    # must not match: a gerund, a noun phrase, a noun without a verb after it
    ("Pinochet ruled Chile for 17 years after seizing power in a 1973 military coup.", "coup"),
    ("He was in serious condition after heart surgery in Santiago Sunday.", "surger"),
    ("The talks resumed after months of deadlock in the capital.", "deadlock"),
    ("Troops withdrew before dawn prayers began in the city.", "prayer"),  # (noun, noun: no clause read)
])
def test_bare_subject_keeps(text, term):
    assert term in en.main_terms(text)


@pytest.mark.parametrize("noun, verb, clause", [
    ("authorities", "issued", True), ("police", "found", True), ("talks", "were", True),
    ("seizing", "power", False), ("heart", "surgery", False), ("months", "of", False), ("the", "police", False),
])
def test_bare_subject(noun, verb, clause):
    assert en._bare_subject(noun, verb) is clause


# ------------------------------------------------------- a later pronoun's reaction
# "It strongly condemns the terrorist bomb attacks" (reported five days later) is no named
# actor's condemnation told again: each actor's reaction is its own fact, and "It" is not known
# to be Cyprus (`facts._reaction_later`, `REACTION_LATER`), whatever the words shared.

CYPRUS = ("The Cypriot government Saturday strongly condemned two terrorist bomb attacks in Kenya and Tanzania "
          "Friday, calling them an \"atrocious crime.\"")
CONDEMNS = [ev("It strongly condemns the ``terrorist bomb attacks.''", "../1998-08-13", "apw/1117", "1998-08-13"),
            ev(CYPRUS, "1998-08-08", "xie/0060", "1998-08-08")]


def test_a_later_pronoun_reaction_is_not_the_named_one():
    assert not _linked(*CONDEMNS)


def test_the_reactions_linked_without_the_rule(monkeypatch):
    monkeypatch.setattr(facts, "REACTION_LATER", False)
    assert _linked(*CONDEMNS)


def test_reaction_later_must_not():
    items = lambda *es: [facts._item(e, None, {}, {}) for e in es]  # noqa: E731
    # the same report day's pronoun: its actor may be the other's
    a, b = items(ev("It strongly condemns the terrorist bomb attacks.", "../1998-08-09", "apw/1", "1998-08-09"),
                 ev(CYPRUS, "1998-08-08", "xie/0060", "1998-08-08"))
    assert not facts._reaction_later(a, b)
    # no reaction in both: the pronoun rule of prec6 decides (below SAME_WORDS only)
    a, b = items(ev("It strongly denies the terrorist bomb attacks.", "../1998-08-13", "apw/1", "1998-08-13"),
                 ev(CYPRUS, "1998-08-08", "xie/0060", "1998-08-08"))
    assert not facts._reaction_later(a, b)
    # a named actor: the other-actor check decides
    a, b = items(ev("Greece strongly condemns the terrorist bomb attacks.", "../1998-08-13", "apw/1", "1998-08-13"),
                 ev(CYPRUS, "1998-08-08", "xie/0060", "1998-08-08"))
    assert not facts._reaction_later(a, b)


# ------------------------------------------------------- other sums, months apart
# "a reward of up to 2 million U.S. dollars" (August 1998) and "a reward of up to $5 million"
# (June 1999) are two offers: sums of money, none shared, reported months apart
# (`facts._other_amounts`, `OTHER_AMOUNTS`, `lang.en.facts.gives_money`).

REWARDS = [
    ev("Albright announced on Monday to offer a reward of up to 2 million U.S. dollars for information leading to "
       "the arrest and conviction of the bombers.", "1998-08-10", "xie/0062", "1998-08-12"),
    ev("FBI Director Louis Freeh said the U.S. government is offering a reward of up to $5 million for information "
       "that leads to the arrest and conviction of the bombers.", "../1999-06-07", "apw/0041", "1999-06-07"),
]


def test_two_rewards_months_apart_do_not_link():
    assert not _linked(*REWARDS)


def test_the_rewards_linked_without_the_rule(monkeypatch):
    monkeypatch.setattr(facts, "OTHER_AMOUNTS", False)
    assert _linked(*REWARDS)


def test_other_amounts_must_not():
    items = lambda *es: [facts._item(e, None, {}, {}) for e in es]  # noqa: E731
    # the same sum told again months later
    a, b = items(REWARDS[1], ev("A $5 million reward has been offered for his capture.", "../1999-10-08", "apw/1",
                                "1999-10-08"))
    assert not facts._other_amounts(a, b)
    # other sums within days: a figure revised
    a, b = items(REWARDS[0], ev("The U.S. offered a reward of up to 3 million dollars for the bombers.",
                                "../1998-08-20", "apw/2", "1998-08-20"))
    assert not facts._other_amounts(a, b)
    # two tolls months apart: one attack's, revised (no money)
    a, b = items(ev("At least 74 were killed in Nairobi and more than 1,640 were wounded.", "../1998-08-07",
                    "xie/1", "1998-08-08"),
                 ev("The bombings killed 224 people and wounded more than 5,000.", "../1999-06-07", "apw/3",
                    "1999-06-07"))
    assert not facts._other_amounts(a, b)


@pytest.mark.parametrize("text, money", [
    ("offer a reward of up to 2 million U.S. dollars", True), ("A $5 million reward", True),
    ("each receive 200,000 yuan in compensation", True), ("a 52-million-dollar deal", False),
    ("At least 74 were killed and 1,640 wounded", False), ("It weighed 5 pounds of sugar", False),
])
def test_gives_money(text, money):
    assert en.gives_money(text) is money


# ------------------------------------------------------- a purpose clause is another happening
# "Reno lifted the deadline to give Elian's relatives in Miami a chance to fight in federal court"
# is not the relatives fighting: the purpose clause after the object is left out of the main
# terms (`lang.en.facts.PURPOSE`, `_purpose_at`).

LIFTED = ("But this week, Attorney General Janet Reno lifted the deadline to give Elian's relatives in Miami a chance "
          "to fight in federal court to keep the boy with them.")
FIGHT = [ev(LIFTED, "2000-01-10/2000-01-16", "apw/0031", "2000-01-15"),
         ev("But Elian's relatives in Miami have fought to keep the boy, saying they could provide him with a better "
            "life.", "../2000-01-15", "apw/0209", "2000-01-15")]


def test_the_purpose_is_left_out():
    assert "fight" not in en.main_terms(LIFTED) and "lift" in en.main_terms(LIFTED)


def test_lifting_a_deadline_is_not_the_fight():
    assert not _linked(*FIGHT)


def test_the_lifting_joined_the_fight_without_the_rule(monkeypatch):
    monkeypatch.setattr(en, "PURPOSE", False)
    for f in (en.main_terms, en.own_terms, en.happenings_said):
        f.cache_clear()
    try:
        assert _linked(*FIGHT)
    finally:
        for f in (en.main_terms, en.own_terms, en.happenings_said):
            f.cache_clear()


@pytest.mark.parametrize("text, term", [
    ("He used force in order to stop the riot.", "forc"),
    ("The court lifted the ban to allow exiles to return.", "lift"),
])
def test_purpose_examples(text, term):
    assert term in en.main_terms(text) and "return" not in en.main_terms(text) and "stop" not in en.main_terms(text)


@pytest.mark.parametrize("text, term", [
    # must not match: a verb of intending, an auxiliary, a verb before "to"
    ("The government agreed to help the families of the victims.", "help"),
    ("The fund is to help each family rebuild its home.", "rebuild"),
    ("Washington decided to allow the visit.", "allow"),
    ("The UN wants to help rebuild the town.", "help"),
])
def test_purpose_must_not(text, term):
    assert term in en.main_terms(text)
