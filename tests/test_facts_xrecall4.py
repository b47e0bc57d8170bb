"""Cross-outlet recall, two general blockers of the misses (session 20, xrecall4, issue 15):
an actor written as a two-letter acronym by one outlet and in full by the other ("EU" / "the
European Union": `lang.en.facts.short_acronyms`, `spelled_two`, `SHORT_ACRONYMS`;
`facts._spelled_short`), and a passive of duty read as a comment ("The WTO meeting ... is tasked
with ...": `lang.en.facts.DUTY_PLAN` in `comments_on`). Each example fails with its switch off;
each must-not is a test of its own."""

from __future__ import annotations

from datetime import date

import pytest

from timeline_cli import facts
from timeline_cli.lang.en import facts as en
from timeline_cli.model import Event
from tests.test_facts import filler, pack_flags_off, rev


FILLER = filler(2005, 11) + filler(2005, 12)


def _one_fact(one: Event, two: Event) -> bool:
    fact_of = facts.group([one, two, *FILLER])
    return fact_of[one.id] == fact_of[two.id]


# --- two-letter acronyms (`short_acronyms`, `spelled_two`)

@pytest.mark.parametrize("text, found", [
    ("The EU has steadfastly refused to change its position.", {"EU"}),
    ("The UN and the EU condemned the attack.", {"EU", "UN"}),
    ("US troops withdrew from the town.", {"US"}),
    ("It is a matter for the EU.", {"EU"}),
])
def test_short_acronyms(text, found):
    assert en.short_acronyms(text) == found
    with pack_flags_off("SHORT_ACRONYMS"):
        assert not en.short_acronyms(text)


@pytest.mark.parametrize("text", [
    "He told us the talks had failed.",  # the pronoun, in lower case
    "LET US GO HOME, THE PROTESTERS CHANTED.",  # a sentence in capitals
    "The meeting opens at 10 AM on Tuesday.",  # a time
    "IT firms and AP reporters were there.",  # words and credits
    "EU-Iran talks collapsed in August.",  # part of a compound
    "The U.S. envoy arrived.",  # dotted
])
def test_no_short_acronym(text):
    assert not en.short_acronyms(text)


def test_spelled_two():
    assert en.spelled_two("The European Union has rejected demands by the United States")["EU"] == ("european", "union")
    assert en.spelled_two("The United Nations said")["UN"] == ("unit", "nation")
    with pack_flags_off("SHORT_ACRONYMS"):
        assert not en.spelled_two("The European Union has rejected demands")


EU_FULL = rev("The European Union rejected demands on Monday to offer deeper cuts in its farm subsidies.",
              "2005-11-14", "xin/1115", date(2005, 11, 15))
EU_SHORT = rev("The EU on Monday refused demands for deeper cuts in farm subsidies, officials said.",
               "2005-11-14", "afp/1115", date(2005, 11, 15))
UN_FULL = rev("The United Nations condemned the bombing of the embassy in Kabul on Tuesday.",
              "2005-11-15", "xin/1116", date(2005, 11, 16))
UN_SHORT = rev("The UN Tuesday condemned the embassy bombing in Kabul.", "2005-11-15", "afp/1116", date(2005, 11, 16))


@pytest.mark.parametrize("one, two", [(EU_FULL, EU_SHORT), (UN_FULL, UN_SHORT)])
def test_acronym_and_its_name_are_one_actor(one, two):
    assert _one_fact(one, two)


@pytest.mark.parametrize("one, two", [(EU_FULL, EU_SHORT), (UN_FULL, UN_SHORT)])
def test_acronym_and_its_name_need_the_rule(one, two):
    with pack_flags_off("SHORT_ACRONYMS"):
        assert not _one_fact(one, two)


def test_another_acronym_is_another_actor():
    other = rev("The EU Tuesday condemned the embassy bombing in Kabul.", "2005-11-15", "afp/1116", date(2005, 11, 16))
    assert not _one_fact(UN_FULL, other)


def test_another_name_is_another_actor():
    full = rev("The European Union condemned the bombing of the embassy in Kabul on Tuesday.",
               "2005-11-15", "xin/1116", date(2005, 11, 16))
    other = rev("The United States Tuesday condemned the embassy bombing in Kabul.", "2005-11-15", "afp/1116",
                date(2005, 11, 16))
    assert not _one_fact(full, other)


# --- a passive of duty is the happening's plan (`DUTY_PLAN`)

@pytest.mark.parametrize("text", [
    "The WTO meeting in Hong Kong, which opens later Tuesday, is tasked with keeping on track the faltering "
    "four-year-old Doha Round.",
    "The summit is charged with drafting a new constitution.",
    "The meeting is supposed to settle the dispute.",
])
def test_duty_is_no_comment(text):
    assert not en.comments_on(text)
    with pack_flags_off("DUTY_PLAN"):
        assert en.comments_on(text)


@pytest.mark.parametrize("text", [
    "The visit is seen as a sign of warming ties.",
    "The ruling is a blow to the government.",
    "The meeting is a turning point for the bloc.",
])
def test_comment_stays_a_comment(text):
    assert en.comments_on(text)


DUTY = rev("The WTO ministerial meeting in Hong Kong, which opens on Tuesday, is tasked with settling the dispute "
           "over farm subsidies in the Doha Round.", "2005-12-13/..", "afp/1213", date(2005, 12, 13))
PLAN = rev("The WTO ministerial meeting in Hong Kong will try to settle the dispute over farm subsidies in the "
           "Doha Round.", "2005-12-13/..", "xin/1123", date(2005, 11, 23))


def test_a_duty_and_the_plan_are_one_fact():
    assert _one_fact(DUTY, PLAN)
    with pack_flags_off("DUTY_PLAN"):
        assert not _one_fact(DUTY, PLAN)


def test_a_comment_and_the_plan_stay_apart():
    comment = rev("The WTO ministerial meeting in Hong Kong is seen as the last chance to settle the dispute over "
                  "farm subsidies in the Doha Round.", "2005-12-13/..", "afp/1213", date(2005, 12, 13))
    assert not _one_fact(comment, PLAN)
