"""A day named only in a clause of another happening is no same-day evidence (session 12,
`dev8`: `facts._one_day_said`, `lang.en.facts.day_in_passing`). The statement date falls back to
a subordinate clause's date when the main clause has none (`temporal.clauses`), so "Elian has
been the focus of a custody battle since he was found ... on Nov. 25" is dated by the rescue;
grouping must not then take the shared day as evidence that it reports the rescue. The
examples fail with `facts.MAIN_DAY` off; the must-not cases are the rule's limits (a cruder
rule, every "after" phrase or "until", broke the `dev4` and `dev7` pairs below)."""

from __future__ import annotations

import pytest

from timeline_cli import facts
from timeline_cli.lang.en import facts as en
from tests.test_facts import ev

# Other reports, so that the words of the statements below are as rare as in a news store.
FILLER = [ev(f"Company {k} said its quarterly profit rose {k} percent on higher sales of trucks.",
             f"../2000-02-{1 + k % 25:02d}", f"wsj/filler{k}") for k in range(30)]

# dev8 (AQUAINT AP, 15 Jan, 10 Feb, 16 Feb 2000): the rescue, and two mentions of it, each
# dated by it
FOUND = ("Elian, the boy at the center of the international dispute, was found clinging to an inner tube "
         "Nov. 25 off the coast of Florida after his mother, stepfather and others died in a failed attempt to reach "
         "U.S. shores.")
SINCE = ("Elian has been the focus of an international custody battle since he was found on an inner tube off "
         "the Florida coast on Nov. 25.")
PLACED = ("The boy was placed in his care after being found clinging to an inner tube in the Atlantic last "
          "Thanksgiving following a boat wreck that killed his mother and 10 other people.")
RESCUED = ("Rescued on Nov. 25 by fishermen off the Florida coast, Elian has become the subject of an "
           "international custody battle.")


def _grouped(a, b) -> bool:
    fact_of = facts.group([a, b] + FILLER)
    return fact_of[a.id] == fact_of[b.id]


def _items(*texts: str) -> list:
    events = [ev(t, "1999-11-25", f"apw/{k}") for k, t in enumerate(texts)]
    index = facts.build(events + FILLER)
    return [index.items[e.id] for e in events]


def test_a_since_clause_dated_by_the_rescue_gives_no_same_day_evidence():
    # (dev8: AP 16 Feb / 15 Jan, linked at the one-day bar; in a store of this story its words
    # alone stay under the threshold)
    found, since, placed = _items(FOUND, SINCE, PLACED)
    assert not facts._one_day_said(found, since)
    assert not facts._one_day_said(since, found)
    assert not facts._one_day_said(since, placed)  # two mentions of one day


def test_a_day_in_the_main_clause_or_a_fronted_participle_is_evidence():
    # must not
    found, rescued = _items(FOUND, RESCUED)
    assert facts._one_day_said(found, rescued)


def test_an_after_gerund_dated_by_the_rescue_is_not_the_rescue():
    assert not _grouped(ev(FOUND, "1999-11-25", "apw/0115"), ev(PLACED, "1999-11-25", "apw/0210"))


@pytest.mark.parametrize("text", [
    SINCE, PLACED,
    "After he was found on Nov. 25, Elian was taken to a hospital.",       # a fronted time clause
    "Elian, who was found on 25 November, has become a symbol of the dispute.",  # a relative clause
    "Talks resumed after the rebels had freed the hostages on Monday.",
])
def test_days_named_in_passing(text):
    assert en.day_in_passing(text)


@pytest.mark.parametrize("text", [
    FOUND,                                       # the day in the main clause, before the "after" clause
    RESCUED,                                     # a fronted participle tells the dated happening (dev2, dev8 gold)
    "On Nov. 25, Elian was found clinging to an inner tube.",  # a fronted phrase
    "He was in serious condition at the Military Hospital after heart surgery in Santiago Sunday.",  # no clause
    "INS extended its deadline until 9 a.m. Tuesday.",         # a bound of its own happening
    "The talks resumed on Tuesday after the rebels had freed the hostages on Monday.",  # one day in the main
    "He left the following day.",
    "Elian has been the focus of an international custody battle since he was found.",  # no day named
])
def test_days_not_in_passing(text):
    assert not en.day_in_passing(text)


def test_a_day_in_the_main_clause_still_links():
    # must not: dev4 (AFP 3 Dec 2006), a one-day link ("after heart surgery ... Sunday" is a
    # noun phrase: its day may be the statement's)
    a = ev("Chile's former strongman Augusto Pinochet was reported to be gravely ill Sunday, after a massive "
           "heart attack.", "2006-12-03", "afp/0391")
    b = ev("He was in serious condition at the Military Hospital after heart surgery in Santiago Sunday.",
           "2006-12-03", "afp/0544")
    assert _grouped(a, b)


def test_a_deadline_until_a_day_still_links():
    # must not: dev7 (AP / NYT 3 Apr 2000), "until" bounds the statement's own happening
    a = ev("In its latest deadline, the U.S. Immigration and Naturalization Service has given the Miami relatives "
           "until 9 a.m. Tuesday to sign an agreement to turn the boy over to his father.", "2000-04-04", "apw/0403")
    b = ev("The family refused to sign the agreement through two days of negotiations, and INS extended its "
           "deadline until 9 a.m. Tuesday.", "2000-04-04", "nyt/0403")
    assert _grouped(a, b)
