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


# --- "confirmed (reports) that" is a reporting frame: the happening is the clause it reports;
# a negated frame reports no happening (`lang.en.facts._FRAME`, `_NEGATION`)

CARRIER_WSJ = ev("Over the weekend, Pentagon officials confirmed reports that a fourth U.S. aircraft carrier -- the "
                 "John F. Kennedy -- and its powerful group of support ships could head for the Middle East within "
                 "a few days.", "1990-08-11/1990-08-12", "wsj/0813")
CARRIER_AP = ev("In addition to the estimated 45,000 Marines to ultimately be part of Operation Desert Shield, Stealth "
                "fighter planes and the aircraft carrier John F. Kennedy are also headed to Saudi Arabia to protect "
                "it from Iraqi expansionism.", "../1990-08-16", "ap/0816")


def test_a_confirmed_report_says_the_happening_it_reports():
    assert en.main_verb(CARRIER_WSJ.text) == "head"
    fact_of = facts.group([CARRIER_WSJ, CARRIER_AP] + FILLER)
    assert fact_of[CARRIER_WSJ.id] == fact_of[CARRIER_AP.id]


def test_a_frame_not_made_says_no_happening():
    # (te3-silver, April 1997: a meeting not confirmed is not the offer to meet)
    assert en.main_verb("Kabila has not yet confirmed that he will meet Mobutu.") == ""
    assert en.main_verb("He did not say he would resign.") == ""
    assert en.main_verb("Kabila has confirmed that he will meet Mobutu.") == "meet"
    assert en.main_verb("Albright said Friday she would visit Nairobi.") == "visit"


def test_an_unconfirmed_meeting_does_not_join_the_offer_to_meet():
    offer = ev("On Saturday, Mobutu offered for the first time to meet Kabila, although he dismissed as impertinent "
               "a rebel ultimatum to quit power by Sunday.", "1997-04-12", "afp/0413")
    unconfirmed = ev("Kabila has not yet confirmed that he will meet Mobutu, who the rebels have continually called "
                     "on to resign throughout their six-month campaign.", "../1997-04-19", "afp/0419")
    fact_of = facts.group([offer, unconfirmed] + FILLER)
    assert fact_of[offer.id] != fact_of[unconfirmed.id]


# --- Two states (no happening read) meeting on names and one word are not one fact
# (`facts._names_only`, and in `_join_lone`)

OIL_15 = ev("With Kuwait now ``annexed,'' Iraq has control of 20 percent of the world's oil reserves.",
            "../1990-08-15", "ap/0815")
OIL_16 = ev("Iraq now controls 20 percent of the world's oil reserves with its conquest of Kuwait.",
            "../1990-08-16", "ap/0816")
WESTERNERS = ev("And Iraq still has thousands of Americans and other Westerners under its control in Iraq and Kuwait.",
                "../1990-08-13", "wsj/0813")


def test_a_state_sharing_names_and_one_word_is_not_the_other_state():
    fact_of = facts.group([OIL_16, WESTERNERS] + FILLER)
    assert fact_of[OIL_16.id] != fact_of[WESTERNERS.id]


def test_such_a_state_does_not_join_the_fact_on_its_core():
    # (dev6: the two reports of the oil reserves are one fact; the Westerners joined it on
    # its core terms kuwait, iraq, control)
    fact_of = facts.group([OIL_15, OIL_16, WESTERNERS] + FILLER)
    assert fact_of[OIL_15.id] == fact_of[OIL_16.id]
    assert fact_of[WESTERNERS.id] != fact_of[OIL_16.id]


def test_states_sharing_two_words_besides_names_still_link():
    a = ev("Iraq imports about three-quarters of its foodstuffs.", "../1990-08-15", "ap/0815")
    b = ev("Iraq imports about three-quarters of its food, officials say.", "../1990-08-16", "ap/0816")
    fact_of = facts.group([a, b] + FILLER)
    assert fact_of[a.id] == fact_of[b.id]
    assert not facts._names_only(facts.build([a, b]).items[a.id], facts.build([a, b]).items[b.id],
                                 frozenset({"iraq", "import", "three-quarter"}))
