"""Rules added for precision (session 9): an amount joins two statements only when their
happenings or another rare term agree. Each rule with its examples and the cases it must not
match; each must-not case fails with its rule switched off."""

from __future__ import annotations

from timeline_cli import facts
from tests.test_facts import ev, groups

# Other reports using the words of the two below, yuan and U.S. dollars, so that those words
# are common as in a news store and the sums are what the two share that is rare.
YUAN = [ev(f"Police in district {k} said families of the dead found Chinese bank accounts with {k} yuan "
           f"({k} U.S. dollars) to receive each.", f"2006-{(k % 12) + 1:02d}-0{1 + k % 3}", f"filler/{k}")
        for k in range(100, 140)]

COMPENSATION = ev("Families of the dead will each receive 200,000 yuan (25,000 U.S. dollars) in compensation.",
                  "../2006-11-14", "xin/1")
FOUND = ev("The police found about 200,000 yuan (25,000 U.S. dollars) in the Chinese bank accounts of the nine.",
           "../2006-11-22", "xin/2")


def test_an_equal_sum_of_another_happening_does_not_join():
    fact_of = facts.group([COMPENSATION, FOUND] + YUAN)
    assert fact_of[COMPENSATION.id] != fact_of[FOUND.id]


def test_an_equal_sum_joins_when_the_happening_agrees():
    found_again = ev("Police found 200,000 yuan (25,000 U.S. dollars) in their bank accounts.",
                     "../2006-11-23", "xin/3")
    fact_of = facts.group([FOUND, found_again] + YUAN)
    assert fact_of[FOUND.id] == fact_of[found_again.id]


def test_an_equal_sum_joins_when_another_rare_term_agrees():
    # "compensation" is in these two reports only: the same payment, whatever the verb
    given = ev("Families of each of the dead will be given at least 200,000 yuan (25,440 U.S. dollars) "
               "in compensation.", "../2006-11-15", "xin/4")
    fact_of = facts.group([COMPENSATION, given] + YUAN)
    assert fact_of[COMPENSATION.id] == fact_of[given.id]
