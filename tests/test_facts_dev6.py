"""Rules made on the errors of `dev6` (session 10: the Gulf crisis of August 1990 and the Iraq
inspections of 1998, TimeBank WSJ / AP / PRI / CNN): each with its examples and the cases it
must not match; each example fails with its rule switched off."""

from __future__ import annotations

from timeline_cli import facts
from timeline_cli.lang.en import facts as en
from tests.test_facts import ev

# Other reports, so that the words of the credit lines below are as common as in a news store.
FILLER = [ev(f"Company {k} said its quarterly profit rose {k} percent on higher sales of trucks.",
             f"../1989-10-{10 + k % 18:02d}", f"wsj/filler{k}") for k in range(30)]


# --- A credit line is no fact (`lang.en.facts.is_credit`)

def test_two_outlets_credit_lines_are_not_one_fact():
    # (dev6: WSJ's 1990 Gulf report and a 1989 earnings story, "Andy" and "contributed ... article")
    a = ev("--- Andy Pasztor contributed to this article.", "../1990-08-13", "wsj/gulf")
    b = ev("Andy Zipser in Dallas contributed to this article.", "../1990-08-14", "wsj/chips")
    fact_of = facts.group([a, b] + FILLER)
    assert fact_of[a.id] != fact_of[b.id]


def test_credit_lines_are_read_as_such():
    for text in ("--- Andy Pasztor contributed to this article.",
                 "NPR's Geoff Brumfiel contributed reporting to this story.",
                 "Fox News Digital's Danielle Wallace and Greg Norman contributed to this report",
                 "Additional reporting by Steve Gorman; Editing by Mark Porter"):
        assert en.is_credit(text), text


def test_contributing_to_a_happening_is_no_credit_line():
    for text in ("The rain contributed to the crash on the motorway.",
                 "He contributed to this year's fund for the victims.",
                 "Reporting by the state media was thin.",
                 "Police said the note was written by the suspect."):
        assert not en.is_credit(text), text


def test_a_happening_told_with_contributed_still_links():
    a = ev("Heavy rain contributed to the crash of the Andes Airlines plane near Salta on Monday.",
           "2024-03-04", "afp/1")
    b = ev("Heavy rain contributed to the crash of an Andes Airlines plane near Salta, officials said.",
           "2024-03-04", "ap/2")
    fact_of = facts.group([a, b] + FILLER)
    assert fact_of[a.id] == fact_of[b.id]


# --- A clause after a semicolon is a sentence of its own, whatever its verb's tense
# (`lang.en.facts.clauses`)

def test_a_semicolon_clause_in_the_present_links_as_a_statement():
    # (dev6: AP 15 and 16 Aug 1990)
    a = ev("Iraq imports about three-quarters of its foodstuffs.", "../1990-08-15", "ap/0815")
    b = ev("Foodstuffs are among the goods being blocked from entry; Iraq imports about three-quarters "
           "of its food.", "../1990-08-16", "ap/0816")
    fact_of = facts.group([a, b] + FILLER)
    assert fact_of[a.id] == fact_of[b.id]


def test_the_semicolon_clause_is_read():
    assert en.clauses("Foodstuffs are among the goods being blocked from entry; Iraq imports about "
                      "three-quarters of its food.") == ("Iraq imports about three-quarters of its food.",)


def test_a_semicolon_list_of_names_is_no_clause():
    assert en.clauses("The dead included John Smith, 45, of Leeds; Mary Jones, 32, of York; "
                      "Peter Brown, 51, of Hull.") == ()
    assert en.clauses("Kenya's toll stood at 213; Tanzania 11.") == ()


def test_a_semicolon_clause_of_another_happening_does_not_link():
    a = ev("Iraq imports about three-quarters of its foodstuffs.", "../1990-08-15", "ap/0815")
    b = ev("Foodstuffs are among the goods being blocked from entry; Iraq exports oil through "
           "three-quarters of its pipelines.", "../1990-08-16", "ap/0816")
    fact_of = facts.group([a, b] + FILLER)
    assert fact_of[a.id] != fact_of[b.id]
