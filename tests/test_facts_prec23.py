"""Session 24, prec23: wrong links left in the dev sets (issue 15 precision), written on other
stories; each example fails with its rule switched off."""

from __future__ import annotations

from datetime import date

import pytest

from timeline_cli import facts
from timeline_cli.lang.en import facts as en
from tests.test_facts import clear_pack_caches as _clear_caches, filler, rev


# --- 1. A relative clause's coordinated second verb is the clause's (lang.en.facts.RELATIVE_COORDINATED)

SON = ("Meanwhile, the driver's 9-year-old son, who had similar injuries as his father and died on Nov. 8, "
       "was reported as a suspected case of food poisoning under city health rules, said the ministry.")
SON_DIED = "The driver's son died of head injuries last week and was suspected to have been poisoned."


@pytest.mark.parametrize("text, verb", [
    ("The soldier, who was wounded in June and flown home, died on Friday.", "kill"),
    ("The soldier who was wounded in June and flown home died on Friday.", "kill"),
    ("The man, who was arrested on Monday and charged with theft, said he was innocent.", ""),
    (SON, ""),  # (the report's frame: no happening of its own)
    # must not: the main verb before the "and" (a series after the clause), nor a clause with no
    # verb after its coordinated one (the reader keeps what it read)
    ("The troops, who arrived on Monday, stormed the town and freed the hostages who were held there.", "raid"),
    ("The man who was arrested on Monday and charged with theft.", "charg"),
    ("Rebels who seized the embassy demanded the release of prisoners and freed two hostages.", "demand"),
    (SON_DIED, "kill"),
])
def test_main_verb_after_a_coordinated_relative_clause(fresh: None, text: str, verb: str) -> None:
    assert en.main_verb(text) == verb


def test_without_the_rule_the_second_verb_is_read(fresh: None, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(en, "RELATIVE_COORDINATED", False)
    _clear_caches()
    assert en.main_verb("The soldier, who was wounded in June and flown home, died on Friday.") == "fly"
    assert en.main_verb(SON) == "kill"


# --- 2. The other's main verb only in passing, no happening of one's own (facts.VERB_IN_PASSING)

def _son_pair() -> tuple[list, dict[str, str]]:
    events = [rev(SON, "2006-11-08", "xin/1", date(2006, 11, 15)),
              rev(SON_DIED, "2006-11", "xin/2", date(2006, 11, 16))]
    return events, facts.group(events + filler(2006, 11))


def test_a_death_told_in_a_relative_clause_is_not_the_death(fresh: None, monkeypatch: pytest.MonkeyPatch) -> None:
    events, fact_of = _son_pair()
    assert fact_of[events[0].id] != fact_of[events[1].id]
    monkeypatch.setattr(facts, "VERB_IN_PASSING", False)
    _clear_caches()
    events, fact_of = _son_pair()
    assert fact_of[events[0].id] == fact_of[events[1].id]  # (the son, his injuries, the suspicion and the death shared)


@pytest.mark.parametrize("a, b", [
    (SON, SON_DIED),
    ("Slepian, who was shot through his kitchen window in October, remains a symbol for both sides of the abortion debate.",
     "Slepian was shot through his kitchen window in October."),
])
def test_the_verb_in_passing(fresh: None, a: str, b: str) -> None:
    x, y = rev(a, "2006-11", "s/1", date(2006, 11, 15)), rev(b, "2006-11", "s/2", date(2006, 11, 15))
    assert facts._verb_in_passing(facts._item(x, None, {}, {}), facts._item(y, None, {}, {}))


@pytest.mark.parametrize("a, b", [
    # must not: its own happening read (the death in its main clause); the other's verb not in it at
    # all; the other with no main verb read
    ("The driver's son, who was injured in the crash, died on Nov. 8.", SON_DIED),
    ("The driver's son died on Nov. 8, the police said.", SON_DIED),
    ("The driver's son is in hospital, the police said.", SON_DIED),
    (SON_DIED, SON),
])
def test_not_the_verb_in_passing(fresh: None, a: str, b: str) -> None:
    x, y = rev(a, "2006-11", "s/1", date(2006, 11, 15)), rev(b, "2006-11", "s/2", date(2006, 11, 15))
    assert not facts._verb_in_passing(facts._item(x, None, {}, {}), facts._item(y, None, {}, {}))


@pytest.mark.parametrize("a, b", [
    # must not: the main clause not read (a present frame), or all of it told by the other too
    ("He and others who oppose the plant's closure say that the town's mayor resigned to save the jobs.",
     "The town's mayor resigned on Monday to save the jobs."),
    ("Smith, who is accused of stealing the painting, is on the FBI's list of fugitives.",
     "Smith is accused of stealing the painting, and is on the FBI's list of fugitives."),
])
def test_not_the_verb_in_passing_when_the_main_clause_is_not_its_own(fresh: None, a: str, b: str) -> None:
    x, y = rev(a, "2006-11", "s/1", date(2006, 11, 15)), rev(b, "2006-11", "s/2", date(2006, 11, 15))
    assert not facts._verb_in_passing(facts._item(x, None, {}, {}), facts._item(y, None, {}, {}))


# --- 3. An attributed headline is its source's saying of its report's days (lang.en.facts.HEADLINE_SAYING)

HEADLINE = "Cutting hospital waiting lists needs more nurses not more beds: WHO expert"
SAID_BEFORE = ("Experts of the World Health Organization (WHO) said Monday that cutting hospital waiting lists "
               "needs more nurses.")


@pytest.mark.parametrize("text", [
    HEADLINE,
    "China to reduce slick impact on downstream Russia: FM spokesman",
    'UN torture rapporteur\'s China tour "smooth": Chinese FM spokesman',
    "DEMOCRATS WIN CONTROL OF SENATE: AP",
])
def test_an_attributed_headline(fresh: None, text: str) -> None:
    assert en.attributed_headline(text)


@pytest.mark.parametrize("text", [
    # must not: a sentence with a main verb before the colon, a list after it, no colon
    "Only one official was ratified in his post: Tourism Minister Rodolfo Elizondo.",
    "The match ended 2-1: Smith scored twice.",
    "The agenda was broad: Iraq, Iran and trade.",
    SAID_BEFORE,
])
def test_no_attributed_headline(fresh: None, text: str) -> None:
    assert not en.attributed_headline(text)


def _headline_pair(said_on: str) -> tuple[list, dict[str, str]]:
    events = [rev(HEADLINE, "../2005-11-25", "xin/1", date(2005, 11, 25)),
              rev(SAID_BEFORE, said_on, "xin/2", date.fromisoformat(said_on))]
    return events, facts.group(events + filler(2005, 11))


def test_a_headline_is_not_a_saying_of_days_before(fresh: None, monkeypatch: pytest.MonkeyPatch) -> None:
    events, fact_of = _headline_pair("2005-11-14")
    assert fact_of[events[0].id] != fact_of[events[1].id]
    monkeypatch.setattr(en, "HEADLINE_SAYING", False)
    _clear_caches()
    events, fact_of = _headline_pair("2005-11-14")
    assert fact_of[events[0].id] == fact_of[events[1].id]  # (the experts' words and the WHO shared)


def test_a_headline_and_its_day_s_saying(fresh: None) -> None:
    # must not: the saying of the headline's report day (or the day before) is what it tells
    events, fact_of = _headline_pair("2005-11-24")
    assert fact_of[events[0].id] == fact_of[events[1].id]


def test_not_the_verb_in_passing_when_the_other_tells_the_main_clause_too(fresh: None) -> None:
    # must not: the other tells most of the main clause too (its second, coordinated verb)
    a = ("The panel, which will also interview the prime minister by videoconference, is expected to make "
         "recommendations on the government's energy policy, probably next month.")
    b = ("The panel would also interview the prime minister by videoconference on Tuesday, and was expected "
         "to make recommendations on the government's energy policy next month.")
    x, y = rev(a, "2006-12", "s/1", date(2006, 11, 15)), rev(b, "2006-12", "s/2", date(2006, 11, 15))
    assert not facts._verb_in_passing(facts._item(x, None, {}, {}), facts._item(y, None, {}, {}))
    assert facts._in_passing(facts._item(x, None, {}, {}), (facts._verb(facts._item(y, None, {}, {})),))
