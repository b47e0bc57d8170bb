"""The pack's main-verb reading (session 21, mainverb; issue 15's recall): three places where
`lang.en.facts.main_verb` took the wrong verb or none. Each example fails with its switch off
(`ADVERB_PARTICIPLE`, `AUX_PHRASE`, `PREDICATE_RELATIVE`); the must-not cases are each rule's
limits and hold either way."""

from __future__ import annotations

import pytest

from timeline_cli.lang.en import facts as en
from tests.test_facts import clear_pack_caches


def _off(monkeypatch, name: str) -> None:
    clear_pack_caches()
    monkeypatch.setattr(en, name, False)


@pytest.fixture(autouse=True)
def _fresh_caches():
    clear_pack_caches()
    yield
    clear_pack_caches()


# 1. A past participle after a determiner and an -ly adverb is an adjective.
ADVERB = [
    ("The hastily planned trip was cancelled on Monday.", "cancel"),
    ("A newly elected president was sworn in on Friday.", "swear"),
    ("Its recently appointed director resigned on Tuesday.", "resign"),
]
ADVERB_NOT = [
    ("Police quickly arrested the suspect on Monday.", "arrest"),
    # a pronoun subject, no determiner (wikiwars: "This temporarily solved the problem in Paris")
    ("This temporarily solved the problem in Paris.", en.main_verb("They solved the problem in Paris.")),
    ("These uniformly failed.", en.main_verb("They failed.")),
    ("He hastily planned the trip to Nairobi.", "plan"),
    ("The army reportedly killed ten rebels.", "kill"),
    # a noun in -ly, no adverb (dev8's "The family refused, and federal agents took the child")
    ("The family refused on Monday.", en.main_verb("They refused on Monday.")),
    ("The assembly passed the bill on Friday.", en.main_verb("They passed the bill on Friday.")),
]


@pytest.mark.parametrize("text,verb", ADVERB)
def test_adverb_participle_is_no_verb(text, verb, monkeypatch):
    assert en.main_verb(text) == verb
    _off(monkeypatch, "ADVERB_PARTICIPLE")
    assert en.main_verb(text) != verb


@pytest.mark.parametrize("text,verb", ADVERB_NOT)
def test_adverb_participle_limits(text, verb, monkeypatch):
    assert en.main_verb(text) == verb
    _off(monkeypatch, "ADVERB_PARTICIPLE")
    assert en.main_verb(text) == verb


# 2. A relative clause whose auxiliary stands apart from its verb by a short phrase.
PHRASE = [
    ("The agency, which has for years monitored the river, approved on Monday a new plan.", "approv"),
    ("The senator, who had in the past criticized the treaty, voted for it on Friday.", "vote"),
    ("The group, which has since 1990 opposed the dam, was banned on Monday.",
     en.main_verb("The group was banned on Monday.")),
]
PHRASE_NOT = [
    # the auxiliary is the clause's own verb: the main verb is read after it either way
    ("The agency, which has a population of two million, announced a plan.", "announc"),
    # the phrase stands in the main clause: its verb is the main one
    ("The agency has for years monitored the river.", "monitor"),
    # the auxiliary is the main clause's, after a relative clause with a present verb (te3-silver)
    ("Pastoral communities, which rely heavily on natural resources, have over centuries developed a way of life.",
     en.main_verb("They developed a way of life.")),
    # a copula and its phrase: no perfect's auxiliary
    ("The council, which was in session, approved the budget.", "approv"),
]


@pytest.mark.parametrize("text,verb", PHRASE)
def test_relative_aux_phrase_is_skipped(text, verb, monkeypatch):
    assert en.main_verb(text) == verb
    _off(monkeypatch, "AUX_PHRASE")
    assert en.main_verb(text) != verb


@pytest.mark.parametrize("text,verb", PHRASE_NOT)
def test_relative_aux_phrase_limits(text, verb, monkeypatch):
    assert en.main_verb(text) == verb
    _off(monkeypatch, "AUX_PHRASE")
    assert en.main_verb(text) == verb


# 3. A copula whose predicate noun's relative clause says the happening (dev14's Zhou pair).
PREDICATE = [
    ("The first victim of the province was a 24-year-old woman farmer surnamed Zhou in Zongyang County, "
     "who died on Nov. 10.", en.main_verb("The woman died on November 10.")),
    ("The gunman was a former employee, who was arrested on Tuesday.", "arrest"),
    ("The new minister is a former general, who was appointed on Tuesday.",
     en.main_verb("The general was appointed on Tuesday.")),
]
PREDICATE_NOT = [
    # a relative clause on the subject, before the copula
    ("The woman, who died on Nov. 10, was a farmer.", ""),
    # the relative clause's own verb is a copula
    ("The first victim was a woman who was 24.", ""),
    # a class the subject is one of (dev's "three-doctors" pair: a state, not a happening)
    ("He was one of three doctors who performed abortions in the Buffalo area.", ""),
    ("She was among the 40 passengers who survived the crash.", ""),
    # a person in a phrase of the predicate, no new person ("a", "an") as the predicate
    ("The Blue Line was the withdrawal line for Israeli troops who left southern Lebanon in May 2000.", ""),
    ("Wilson was under pressure from former president Theodore Roosevelt, who denounced German acts.", ""),
    ("The Shanghai match was the first in six weeks for Federer, who has already clinched the ranking.", ""),
    ("The attack was a retaliatory move by rebels who had suffered heavy casualties.", ""),
    ("The injury was a big blow to her domestic fans, who have held high expectations.", ""),
    ('"There are a zillion viewpoints out there," said Johnson, who has advanced degrees in geology.', ""),
    # "which": its noun may be one inside a phrase of the predicate (te3-silver's credit)
    ("This is the second credit under an assistance following the earthquake which killed 73,000 people.", ""),
    ("The cause was a gas leak, which exploded shortly after noon.", ""),
    # another verb is read: it stays the main verb
    ("The victim was taken to a hospital, which opened in 1990.", en.main_verb("The victim was taken to a hospital.")),
]


@pytest.mark.parametrize("text,verb", PREDICATE)
def test_predicate_relative_gives_the_verb(text, verb, monkeypatch):
    assert verb and en.main_verb(text) == verb
    _off(monkeypatch, "PREDICATE_RELATIVE")
    assert en.main_verb(text) != verb


@pytest.mark.parametrize("text,verb", PREDICATE_NOT)
def test_predicate_relative_limits(text, verb, monkeypatch):
    assert en.main_verb(text) == verb
    _off(monkeypatch, "PREDICATE_RELATIVE")
    assert en.main_verb(text) == verb


# dev14's Zhou pair (XIN_ENG_20051117.0189 / XIN_ENG_20051130.0123): one death, one day.
def test_predicate_relative_links_the_death(monkeypatch):
    from timeline_cli import facts
    from tests.test_facts import ev

    filler = [ev(f"Company {k} said its quarterly profit rose {k} percent on higher sales of trucks.",
                 f"2005-11-{1 + k % 25:02d}", f"wsj/filler{k}") for k in range(30)]
    died = ev("The woman died on November 10.", "2005-11-10", "xin/a")
    victim = ev("The first victim of the province was a 24-year-old woman farmer surnamed Zhou in Zongyang County, "
                "who died on Nov. 10.", "2005-11-10", "xin/b")

    def grouped() -> bool:
        fact_of = facts.group([died, victim] + filler)
        return fact_of[died.id] == fact_of[victim.id]

    assert grouped()
    _off(monkeypatch, "PREDICATE_RELATIVE")
    assert not grouped()
