"""Recall across outlets (session 18, xrecall): a head of state described by their state's epithet
("The Islamic republic's hardline leader") stands for the one person the describing document
names by title and name ("Iranian President Mahmoud Ahmadinejad"), so another report naming that
person is not another actor to it (`facts.DESCRIBED_LEADER`, `facts._described`,
`lang.en.facts.described_leaders`). Each example fails with its switch off; each must-not is a
test of its own."""

from __future__ import annotations

from datetime import date

import pytest

from timeline_cli import facts
from timeline_cli.lang.en import facts as en
from timeline_cli.model import Event
from tests.test_facts import filler, rev


FILLER = filler(2005, 12) + filler(2006, 5)


def _facts(*events: Event) -> list[str]:
    fact_of = facts.group([*events, *FILLER])
    return [fact_of[e.id] for e in events]


# --- the lexicon: what is a described head of state, and whom it stands for

def test_a_state_epithet_stands_for_the_documents_one_titled_person():
    assert en.described_leaders([
        "Iranian President Mahmoud Ahmadinejad spoke on Wednesday.",
        "The Islamic republic's hardline leader launched a fresh attack on Wednesday.",
    ]) == {"islamic": "president ahmadinejad"}
    # (one person named twice, with and without the first name, is one person)
    assert en.described_leaders([
        "Iranian President Mahmoud Ahmadinejad spoke on Wednesday.",
        "The comments attributed to President Ahmadinejad of Iran were condemned.",
        "The Islamic republic's leader launched a fresh attack on Wednesday.",
    ]) == {"islamic": "president ahmadinejad"}
    # (a monarch fits a king)
    assert en.described_leaders([
        "King Abdullah of Jordan arrived on Monday.",
        "The Hashemite kingdom's monarch met the envoy on Monday.",
    ]) == {"hashemit": "king abdullah"}


@pytest.mark.parametrize("texts", [
    # a party's leader, no state: not a head of state ("The Tory leader")
    ["President George W. Bush spoke.", "The Tory leader said his party will not introduce a motion."],
    # a nationality is `titled`'s, by country, not the document's one person ("The Italian leader" in a
    # report naming only Albania's president)
    ["President Sali Berisha met him.", "The Italian state's leader was then whisked to Tirana."],
    # two titled people: whom it means is not known
    ["President Mahmoud Ahmadinejad and President Jalal Talabani met.",
     "The Islamic republic's hardline leader launched a fresh attack."],
    # no titled person at all
    ["Ahmadinejad spoke.", "The Islamic republic's hardline leader launched a fresh attack."],
    # the office does not fit the title: a monarch is no president
    ["President Mahmoud Ahmadinejad spoke.", "The Islamic republic's monarch launched a fresh attack."],
    # a description followed by a name names its own person
    ["President Mahmoud Ahmadinejad spoke.", "The Islamic republic's supreme leader Ali Khamenei spoke."],
    # not the statement's opening: not its actor
    ["President Mahmoud Ahmadinejad spoke.", "Israel answered the Islamic republic's hardline leader on Thursday."],
])
def test_no_described_leader(texts):
    assert en.described_leaders(texts) == {}


# --- the grouping

# dev10's pair (AFP, two reports of one day): 0.73 of their words shared, refused because "Islamic"
# named an actor the other never mentions
NAMED = rev("Iran's hardline President Mahmoud Ahmadinejad launched a fresh attack against Israel on Wednesday, "
            "dismissing the Holocaust as a \"myth\" and saying the Jewish state should be moved as far away as "
            "Alaska.", "2005-12-14", "afp/1214a", date(2005, 12, 14))
DESCRIBED_DOC = [
    rev("The European Union renewed its condemnation on Wednesday of Iranian President Mahmoud Ahmadinejad's "
        "verbal attacks on Israel, saying they have no place in civilised political debate.", "2005-12-14",
        "afp/1214b", date(2005, 12, 14)),
    rev("The Islamic republic's hardline leader, who has called for Israel to be wiped off the map, launched a "
        "fresh attack on Wednesday, dismissing the Holocaust as a \"myth\" and saying the Jewish state should be "
        "moved as far away as Alaska.", "2005-12-14", "afp/1214b", date(2005, 12, 14)),
]
DESCRIBED = DESCRIBED_DOC[1]

# made up, another story and other words: the same act
NAMED2 = rev("Venezuela's President Hugo Chavez ordered the army on Monday to take control of the Orinoco oil "
             "fields operated by foreign companies.", "2006-05-01", "ap/0501", date(2006, 5, 1))
DESCRIBED2_DOC = [
    rev("Washington criticised President Hugo Chavez of Venezuela on Tuesday for the seizure.", "2006-05-02",
        "afp/0502", date(2006, 5, 2)),
    rev("The Bolivarian republic's leftist leader ordered the army on Monday to take control of the Orinoco oil "
        "fields operated by foreign companies.", "2006-05-01", "afp/0502", date(2006, 5, 2)),
]
DESCRIBED2 = DESCRIBED2_DOC[1]


def _pair(named: Event, doc: list[Event], described: Event) -> tuple[str, str]:
    fact_of = facts.group([named, *doc, *FILLER])
    return fact_of[named.id], fact_of[described.id]


@pytest.mark.parametrize("named,doc,described", [(NAMED, DESCRIBED_DOC, DESCRIBED),
                                                  (NAMED2, DESCRIBED2_DOC, DESCRIBED2)])
def test_the_described_leader_and_the_named_one_link(monkeypatch, named, doc, described):
    a, b = _pair(named, doc, described)
    assert a == b
    monkeypatch.setattr(facts, "DESCRIBED_LEADER", False)
    a, b = _pair(named, doc, described)
    assert a != b


def test_the_description_alone_resolves_nothing():
    # the describing document names no titled person: "Islamic" stays an actor the other never names
    a, b = _pair(NAMED, [DESCRIBED], DESCRIBED)
    assert a != b


def test_another_titled_person_is_not_the_described_one():
    other = rev("Iraq's President Jalal Talabani launched a fresh attack against Israel on Wednesday, dismissing "
                "the Holocaust as a \"myth\" and saying the Jewish state should be moved as far away as Alaska.",
                "2005-12-14", "afp/1214c", date(2005, 12, 14))
    a, b = _pair(other, DESCRIBED_DOC, DESCRIBED)
    assert a != b


def test_the_name_without_the_title_is_left_apart():
    # (narrow by choice: the rule asks for the title and the name the describing document gives;
    # "Ahmadinejad" alone gains no "Islamic")
    bare = rev("Ahmadinejad launched a fresh attack against Israel on Wednesday, dismissing the Holocaust as a "
               "\"myth\" and saying the Jewish state should be moved as far away as Alaska.", "2005-12-14",
               "afp/1214d", date(2005, 12, 14))
    a, b = _pair(bare, DESCRIBED_DOC, DESCRIBED)
    assert a != b


# --- voting told as going to the polls (`lang.en.facts.VOTED`)

@pytest.mark.parametrize("text", [
    "Iraq goes to the polls on Thursday to elect its first full-term parliament.",
    "Voters went to the polls in large numbers, including Sunni Arabs who had snubbed an election in January.",
    "More than 15.5 million Iraqis were called to the polls Thursday to elect the 275 MPs.",
    "Iraqis flooded polling stations during the 10-hour election for a 275-member parliament.",
    "Chileans voted on Sunday.",
])
def test_going_to_the_polls_is_the_vote(text):
    assert en.main_verb(text) == "vote"


def test_casting_ballots_is_the_vote_among_the_terms():
    assert "vote" in en.terms("Chechen voters started casting their ballots Sunday morning to elect a parliament.")


@pytest.mark.parametrize("text", [
    "The polls showed Kadima ahead on Sunday.",                 # a survey
    "Trump called the polls rigged on Sunday.",                 # "the polls" not after "to the"
    "Castro cast a long shadow over the talks.",                # casting no ballot
    "It turned out that he had lied.",
    "A protester stormed out of a polling station on Sunday.",  # "polling" not right after the verb
])
def test_no_vote(text):
    assert en.main_verb(text) != "vote"
    assert "vote" not in en.terms(text)


def test_the_switch_reads_the_polls_as_before(monkeypatch):
    from tests.test_facts import clear_pack_caches
    clear_pack_caches()
    monkeypatch.setattr(en, "VOTED", False)
    try:
        assert en.main_verb("Iraq goes to the polls on Thursday.") != "vote"
        assert "vote" not in en.terms("Iraqis flooded polling stations on Thursday.")
    finally:
        monkeypatch.undo()
        clear_pack_caches()


# dev10's pairs (AFP, other reports of one day): refused as other happenings, or no happening read
GOES = rev("Iraq goes to the polls on Thursday to elect its first full-term parliament since the 2003 US-led "
           "invasion and the fall of Saddam Hussein.", "2005-12-15", "afp/1213", date(2005, 12, 13))
CALLED = rev("More than 15.5 million Iraqis were called to the polls Thursday to elect the 275 MPs who will sit in "
             "the parliament and elect the president.", "2005-12-15", "afp/1215", date(2005, 12, 15))
# made up, another country and other words: one vote
CHILE = rev("Chileans went to the polls on Sunday in a runoff to pick a new head of state.", "2006-01-15",
            "ap/0115", date(2006, 1, 15))
CHILE2 = rev("Millions of Chileans cast their ballots Sunday in a presidential runoff between Michelle Bachelet and "
             "Sebastian Pinera.", "2006-01-15", "xin/0116", date(2006, 1, 16))


def _voted(*events: Event) -> list[str]:
    fact_of = facts.group([*events, *filler(2006, 1), *FILLER])
    return [fact_of[e.id] for e in events]


@pytest.mark.parametrize("pair", [(GOES, CALLED), (CHILE, CHILE2)])
def test_a_vote_told_two_ways_links(monkeypatch, pair):
    a, b = _voted(*pair)
    assert a == b
    from tests.test_facts import pack_flags_off
    with pack_flags_off("VOTED"):
        a, b = _voted(*pair)
    assert a != b


def test_two_countries_voting_one_day_stay_apart():
    bolivia = rev("Bolivians went to the polls on Sunday in a runoff to pick a new head of state.", "2006-01-15",
                  "afp/0115", date(2006, 1, 15))
    a, b = _voted(CHILE2, bolivia)
    assert a != b


def test_a_vote_and_another_days_vote_stay_apart():
    january = rev("Iraqis went to the polls in January to elect a transitional national assembly.", "2005-01",
                  "afp/1214e", date(2005, 12, 14))
    a, b = _voted(CALLED, january)
    assert a != b
