"""Recall rules of session 10 made on `dev6`'s reworded restatements (several outlets telling
one crisis a day apart): one measure named by four nouns, an adjective naming its noun, and a
person named by title and country in one report and described by nationality and role in the
other. Each with its examples and the cases it must not match; each example fails with its
rule switched off."""

from __future__ import annotations

from timeline_cli import facts
from timeline_cli.lang.en import facts as en
from tests.test_facts import ev

# Other reports, so that the words below are as rare as in a news store.
FILLER = [ev(f"Company {k} said its quarterly profit rose {k} percent on higher sales of trucks.",
             f"../1989-10-{10 + k % 18:02d}", f"wsj/filler{k}") for k in range(30)] + [
    ev(f"At a news conference the president of the United States said commerce flows through the trade "
       f"route {k} were extended in force, a hole in the sea lanes.", f"../1989-11-{10 + k % 18:02d}",
       f"wsj/common{k}") for k in range(30)]


# --- One measure, four nouns: blockade, barricade, quarantine, embargo (`_SYNONYMS`)

def test_the_measure_nouns_are_one_term():
    key = en.terms("blockade")
    for text in ("blockade", "barricade", "quarantine", "embargo", "blockaded", "barricades", "quarantined"):
        assert en.terms(text) == key, text


def test_a_quarantine_and_a_barricade_of_one_port_are_one_fact():
    # (dev6: AP 15 and 16 Aug 1990; "naval" / "Navy" too)
    a = ev("President Bush on Tuesday said the United States may extend its naval quarantine to Jordan's Red "
           "Sea port of Aqaba to shut off Iraq's last unhindered trade route.", "1990-08-14", "ap/0815")
    b = ev("Bush has indicated the U.S. Navy will barricade the port from Iraqi ships.", "../1990-08-16", "ap/0816")
    fact_of = facts.group([a, b] + FILLER)
    assert fact_of[a.id] == fact_of[b.id]


def test_blocking_a_road_is_not_the_measure():
    assert en.terms("The protesters blocked the road.") != en.terms("The protesters blockaded the road.")
    assert "blockad" not in en.terms("Police blocked the bridge and the barrier held.")


def test_a_health_quarantine_is_not_a_naval_blockade():
    a = ev("Officials placed the village of Kambia under quarantine after the outbreak of fever.",
           "../2014-09-20", "afp/1")
    b = ev("The navy imposed a blockade on the port of Hodeidah.", "../2014-09-21", "ap/2")
    fact_of = facts.group([a, b] + FILLER)
    assert fact_of[a.id] != fact_of[b.id]


# --- An adjective of a noun names it: naval = navy (`_SYNONYMS`)

def test_naval_is_the_navy():
    assert en.terms("naval") == en.terms("Navy")


def test_a_naval_barricade_and_the_navy_barricading_are_one_fact():
    # (dev6: the barricade already in force that Bush said may reach Aqaba)
    a = ev("Bush told a news conference on Tuesday that the naval barricade now in force might be extended to "
           "Jordan's Aqaba ``if it is a hole through which commerce flows'' in and out of Iraq.", "1990-08-14",
           "ap/0815")
    b = ev("Bush has indicated the U.S. Navy will barricade the port from Iraqi ships.", "../1990-08-16", "ap/0816")
    fact_of = facts.group([a, b] + FILLER)
    assert fact_of[a.id] == fact_of[b.id]


def test_two_navy_happenings_stay_apart():
    a = ev("The navy launched a new frigate at the Portsmouth yard on Monday.", "2024-05-06", "bbc/1")
    b = ev("A naval officer was arrested in Portsmouth on Monday.", "2024-05-06", "guardian/2")
    fact_of = facts.group([a, b] + FILLER)
    assert fact_of[a.id] != fact_of[b.id]


# --- A person named by title and country (`lang.en.facts.titled`, `facts._aliased`)

def test_titled_persons_are_read():
    assert en.titled(["Also today, King Hussein of Jordan arrived in Washington."]) == {
        "jordan": "king hussein", "jordanian": "king hussein"}
    assert en.titled(["Jordan's King Hussein met Egyptian President Hosni Mubarak."]) == {
        "jordan": "king hussein", "jordanian": "king hussein",
        "egypt": "president mubarak", "egyptian": "president mubarak"}


def test_no_title_no_country_or_two_people_name_no_one():
    assert en.titled(["Iraq's Saddam Hussein called Bush a liar."]) == {}          # no title
    assert en.titled(["Also today, President Bush of the United States spoke."]) == {}  # no country of the table
    assert en.titled(["King Hussein of Jordan arrived.", "Crown Prince Hassan of Jordan stayed."]) == {}


def _pair(text_a: str, docs_a: list[str], text_b: str, docs_b: list[str]):
    index = facts.build([ev(t, "../1990-08-15", "ap/0815") for t in [text_a] + docs_a] +
                        [ev(t, "../1990-08-16", "ap/0816") for t in [text_b] + docs_b] + FILLER)
    a = next(i for i in index.items.values() if i.text == text_a)
    b = next(i for i in index.items.values() if i.text == text_b)
    return a, b


def test_the_named_king_is_the_jordanian_monarch():
    # (dev6: "King Hussein was reportedly carrying a message" / "The Jordanian monarch met this week
    # with Saddam": each was another actor to the other)
    a, b = _pair("King Hussein was reportedly carrying a message to Bush from Iraq's Saddam.",
                 ["Also today, King Hussein of Jordan arrived in Washington seeking to mediate."],
                 "The Jordanian monarch met this week with Saddam.", [])
    a2, b2 = facts._aliased(a, b), facts._aliased(b, a)
    assert "jordanian" in a2.terms and "jordanian" in a2.subject
    assert not facts._other_actor(a2, b2) and not facts._other_actor(b2, a2)


def test_the_titled_person_links_with_the_description():
    text_b = "The Jordanian monarch met President Bush at Kennebunkport on Thursday."
    text_a = "King Hussein met President Bush at Kennebunkport on Thursday."
    index = facts.build([ev(text_a, "1990-08-16", "ap/0816"),
                         ev("Also today, King Hussein of Jordan arrived in Washington.", "1990-08-16", "ap/0816"),
                         ev(text_b, "1990-08-16", "wsj/0817")] + FILLER)
    ids = {i.text: i.id for i in index.items.values()}
    assert index.fact_of[ids[text_a]] == index.fact_of[ids[text_b]]


def test_another_countrys_monarch_is_another_actor():
    text_b = "The Saudi monarch met President Bush at Kennebunkport on Thursday."
    text_a = "King Hussein met President Bush at Kennebunkport on Thursday."
    index = facts.build([ev(text_a, "1990-08-16", "ap/0816"),
                         ev("Also today, King Hussein of Jordan arrived in Washington.", "1990-08-16", "ap/0816"),
                         ev(text_b, "1990-08-16", "wsj/0817")] + FILLER)
    ids = {i.text: i.id for i in index.items.values()}
    assert index.fact_of[ids[text_a]] != index.fact_of[ids[text_b]]


def test_a_statement_naming_the_country_gains_it_not_twice():
    # (te3-silver: "Iranian President Mahmoud Ahmadinejad vowed ..." gained "Iran" beside "Iranian"
    # and joined a spokesman's "Iran's plan to install 3,000 centrifuges")
    a, b = _pair("Iranian President Mahmoud Ahmadinejad vowed on Tuesday to install up to 60,000 centrifuges.",
                 [], "A spokesman confirmed Iran's plan to install 3,000 centrifuges.", [])
    assert a.alias and a.alias.get("iran") == "president ahmadinejad"
    assert facts._aliased(a, b).terms == a.terms


def test_a_titled_person_stands_for_every_adjective_of_the_country():
    # "Serb President X" and "the Serbian president" are one person: Serbia has two adjectives
    # and each is a key (one of them only, before, depending on the table's order).
    found = en.titled(["President Slobodan Milosevic of Serbia spoke in Belgrade."])
    assert {"serbia", "serbian", "serb"} <= set(found)
    assert set(found.values()) == {"president milosevic"}
