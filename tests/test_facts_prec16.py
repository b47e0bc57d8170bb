"""Session 20, prec16 (issue 15 precision): a word shared only as a piece of two other bodies'
names is no word shared (NAME_PIECES), and a story join takes no statement whose actor is
another than the fact's (STORY_ACTOR). Each example fails with its rule switched off."""

from __future__ import annotations

import dataclasses
from datetime import date

import pytest

from timeline_cli import facts
from timeline_cli.lang.en import facts as en
from timeline_cli.model import Event
from timeline_cli.temporal.events import document_events
from tests.test_facts import filler, rev

FILLER = filler(2006, 11)


def _item(e: Event) -> facts._Item:
    return facts._item(e, None, {}, {})


# --- NAME_PIECES: pieces of other bodies' names

# (another country, other parties: two undated statements of other acts meeting on "democratic",
# a piece of each party's name, and on "main opposition", "upper chamber", "create")
REFORM = ("The main opposition Alliance for Democratic Reform split over a decision on whether to contest the "
          "elections to the newly created upper chamber.")
CHAMBER = ("The upper chamber voted by a majority, with support from the main opposition Democratic Party, to "
           "create the new defence agency.")
# (timebank: two closes on two exchanges)
NEW_YORK = "Its shares closed at $5.125 each in composite New York Stock Exchange trading, down 37.5 cents."
TORONTO = "On the Toronto Stock Exchange, Cineplex closed at C$12.875, off 37.5 Canadian cents, well below the C$16.40 level."


@pytest.mark.parametrize("text, names", [
    (REFORM, [["allianc", "democratic", "reform"]]),
    (CHAMBER, [["democratic", "part"]]),
    (TORONTO, [["exchang", "stock", "toronto"]]),  # (the comma ends the name: Cineplex is not in it)
    ("Sallah el Dein Brigades, the armed wing of the Popular Resistance Committees, said",
     [["brigad", "dein", "sallah"], ["committe", "popular", "resistanc"]]),
    # must not: a person's name, a place, a name of one word, a sentence's first "The"
    ("President George W. Bush arrived in Hanoi on Friday.", []),
    ("The party's leaders met in New York.", []),
    ("Hamas said the talks had failed.", []),
])
def test_body_names(text: str, names: list[list[str]]) -> None:
    assert sorted(sorted(n) for n in en.body_names(text)) == names


def _shared(a: str, b: str) -> frozenset[str]:
    return frozenset(en.terms(a)) & frozenset(en.terms(b))


@pytest.mark.parametrize("a, b, pieces", [
    (REFORM, CHAMBER, ["democratic"]),
    (NEW_YORK, TORONTO, ["exchang", "stock"]),
    ("The three are members of Sallah el Dein Brigades, the armed wing of the Popular Resistance Committees.",
     "Meanwhile, the al-Aqsa Martyrs Brigades, armed wing of the ruling Fatah movement, claimed the attack.", ["brigad"]),
    # must not: one name (in full and shortened, or with a people's adjective for its country),
    # a word also written outside the names, one name inside the other
    ("The Democratic Party of Japan voted against the bill.", "The Democratic Party voted against the bill.", []),
    ("A deal under which Israeli Aircraft Industries will upgrade the fleet.",
     "A consortium led by Israel Aircraft Industries will upgrade the fleet.", []),
    ("The Movement for Democratic Change called for democratic reforms.", "The Democratic Party voted.", []),
    ("Shares rose on the Hong Kong Stock Exchange.", "Shares rose on the Stock Exchange.", []),
])
def test_name_pieces(a: str, b: str, pieces: list[str]) -> None:
    assert sorted(en.name_pieces(a, b, _shared(a, b))) == pieces


def _two(a: str, b: str, day: int = 5, dated: bool = False) -> list[Event]:
    if dated:  # (both of the report's day)
        return [rev(a, f"2006-11-{day:02d}", "xin/a", date(2006, 11, day)),
                rev(b, f"2006-11-{day:02d}", "xin/b", date(2006, 11, day))]
    return [rev(a, f"../2006-11-{day:02d}", "afp/a", date(2006, 11, day)),
            rev(b, f"../2006-11-{day + 1:02d}", "xin/b", date(2006, 11, day + 1))]


# (XIN November 2005: two markets' closes of one day)
COLOMBO = ("Share prices on the Colombo Stock Exchange closed down Thursday with the key Colombo All Share Price Index "
           "moving down 18.12 points to close at 2438.67 points.")
JAKARTA = ("Share prices on the Jakarta Stock Exchange ended lower Thursday with the composite index down 9.12 points to "
           "close at 1,043.69 points.")


@pytest.mark.parametrize("a, b, dated", [(NEW_YORK, TORONTO, False), (COLOMBO, JAKARTA, True)])
def test_pieces_of_other_names_do_not_link(monkeypatch: pytest.MonkeyPatch, a: str, b: str, dated: bool) -> None:
    events = _two(a, b, dated=dated)
    fact_of = facts.group(events + FILLER)
    assert fact_of[events[0].id] != fact_of[events[1].id]
    monkeypatch.setattr(en, "NAME_PIECES", False)
    fact_of = facts.group(events + FILLER)
    assert fact_of[events[0].id] == fact_of[events[1].id]  # (the rule keeps them apart)


def test_two_bodies_other_acts_do_not_link(monkeypatch: pytest.MonkeyPatch) -> None:
    # "split" is read as the past verb it is (`_IRREGULAR`): the party split and the chamber
    # voted are other happenings; either that reading or NAME_PIECES keeps the pair apart
    assert en.happening(REFORM) == ("split",)
    events = _two(REFORM, CHAMBER)
    assert len({facts.group(events + FILLER)[e.id] for e in events}) == 2
    monkeypatch.setattr(en, "_IRREGULAR", en._IRREGULAR - {"split"})
    _clear()
    try:
        assert en.happening(REFORM) != ("split",)
        assert len({facts.group(events + FILLER)[e.id] for e in events}) == 2  # (NAME_PIECES alone)
        monkeypatch.setattr(en, "NAME_PIECES", False)
        # (and "the newly created upper chamber" read as a verb, as before session 21's
        # `en.ADVERB_PARTICIPLE`: its adjective reading keeps the pair apart too)
        monkeypatch.setattr(en, "ADVERB_PARTICIPLE", False)
        _clear()
        assert len({facts.group(events + FILLER)[e.id] for e in events}) == 1  # (neither: joined on "democratic")
    finally:
        monkeypatch.undo()
        _clear()


def _clear() -> None:
    from tests.test_facts import clear_pack_caches

    clear_pack_caches()  # (every cache of the pack: a statement's kept main verb too, speed15)


def test_one_name_told_twice_still_links() -> None:
    # must not: one body's act told twice, its name in full and shortened
    events = _two("The main opposition Alliance for Democratic Reform walked out of the upper chamber on Monday "
                  "over the newly created defence agency.",
                  "The Alliance for Democratic Reform, the main opposition, walked out of the upper chamber over the "
                  "newly created defence agency.")
    fact_of = facts.group(events + FILLER)
    assert fact_of[events[0].id] == fact_of[events[1].id]


# --- STORY_ACTOR: a story join onto another actor's act

DOCS = {
    "dpa/1": ("Chancellor Angela Merkel has effectively dismissed a report by the Ruhr Commission calling for coal "
              "subsidies to end by 2018. The miners' union welcomed the move."),
    "dpa/2": ("Chancellor Angela Merkel has effectively dismissed a report by the Ruhr Commission calling for coal "
              "subsidies to end by 2018. Shares in the mining group rose."),
    # (a former minister's document tells the fact's story; "he" is its speaker, its claimant)
    "afp/3": ("Klaus Brandtner, a former economy minister, attacked Chancellor Angela Merkel over the Ruhr Commission "
              "report on coal subsidies. \"The subsidies cannot go on for ever,\" said Brandtner. "
              "And he dismissed as unrealistic plans for keeping every coal pit open, arguing that the money would be "
              "better spent on schools."),
}


def _story(docs: dict[str, str]) -> list[Event]:
    out: list[Event] = []
    for source, text in docs.items():
        out += document_events(text, source=source, reported=date(2007, 3, 6))
    return out


def _grouped(events: list[Event]) -> dict[str, str]:
    return facts.group(events + filler(2007, 3))


def test_a_pronoun_acting_itself_does_not_join_another_actors_fact(monkeypatch: pytest.MonkeyPatch) -> None:
    events = _story(DOCS)
    merkel = [e for e in events if e.text.startswith("Chancellor Angela Merkel has")]
    he = next(e for e in events if e.text.startswith("And he dismissed"))
    assert he.by == "Klaus Brandtner"
    fact_of = _grouped(events)
    assert fact_of[merkel[0].id] == fact_of[merkel[1].id]
    assert fact_of[he.id] != fact_of[merkel[0].id]
    monkeypatch.setattr(facts, "STORY_ACTOR", False)
    fact_of = _grouped(events)
    assert fact_of[he.id] == fact_of[merkel[0].id]  # (the rule keeps it out)


def test_a_named_other_actor_does_not_join_by_story(monkeypatch: pytest.MonkeyPatch) -> None:
    # (aquaint, the Elian story: Cuba's appeal to world opinion is not the Miami relatives' appeal)
    docs = {
        "nyt/1": "Elian's relatives in Miami have indicated they plan to appeal, as is their right.",
        "nyt/2": ("The Miami relatives appealed that decision, and obtained an injunction requiring Elian to remain in "
                  "the United States until the asylum question worked its way through the courts."),
        "apw/3": ("Cuba appealed to world opinion, and American opinion in particular, to help prevent its enemies in "
                  "Miami from trying to block the child's return. The relatives of Elian in Miami want him to stay "
                  "in the United States."),
    }
    events = _story(docs)
    relatives = [e for e in events if e.source in ("nyt/1", "nyt/2")]
    cuba = next(e for e in events if e.text.startswith("Cuba"))
    fact_of = _grouped(events)
    assert fact_of[relatives[0].id] == fact_of[relatives[1].id]
    assert fact_of[cuba.id] != fact_of[relatives[0].id]
    monkeypatch.setattr(facts, "STORY_ACTOR", False)
    fact_of = _grouped(events)
    assert fact_of[cuba.id] == fact_of[relatives[0].id]  # (the rule keeps it out)


def test_the_facts_own_actor_or_an_unknown_one_still_joins_by_story() -> None:
    # must not: the fact's actor acting ("And she dismissed ...", claimed by Merkel, whom the fact
    # names), a pronoun whose claimant its text names (a tag: the pronoun may be anyone)
    merkel = dict(DOCS)
    merkel["afp/3"] = ("Chancellor Angela Merkel spoke on Tuesday about the Ruhr Commission report on coal subsidies. "
                       "\"The subsidies cannot go on for ever,\" said Merkel. "
                       "And she dismissed as unrealistic plans for keeping every coal pit open, arguing that the money "
                       "would be better spent on schools.")
    events = _story(merkel)
    she = next(e for e in events if e.text.startswith("And she dismissed"))
    first = next(e for e in events if e.source == "dpa/1" and e.text.startswith("Chancellor"))
    index = facts.build(events + filler(2007, 3))
    assert facts._actor_of(index, _item(she)) == {"angela", "merkel"}
    assert not facts._story_other_actor(index, _item(she), index._root(first.id))
    assert index.fact_of[she.id] == index.fact_of[first.id]
    tagged = dataclasses.replace(she, text="And he dismissed the plans as unrealistic, Merkel said.")
    assert facts._actor_of(index, _item(tagged)) == frozenset()


@pytest.mark.parametrize("text, acts", [
    ("And he dismissed as unrealistic plans for more troops, arguing that it would fail.", True),
    ("She has also rejected the offer.", True),
    ("But they quickly withdrew the bill.", True),
    # must not: a saying reporting another's act, a passive, "it", a named subject
    ("He said the army shelled the village on Monday.", False),
    ("He added that the talks would resume.", False),
    ("He was arrested on Monday, police said.", False),
    ("It rejected the plan.", False),
    ("Merkel rejected the plan.", False),
])
def test_pronoun_actor(text: str, acts: bool) -> None:
    assert en.pronoun_actor(text) is acts


def test_a_fact_whose_statements_hide_their_actor_still_takes_a_named_one() -> None:
    # must not (dev2): "Elian's relatives in Miami have indicated they plan to appeal" joins the
    # fact of two statements whose actor is "they" ("They said they would appeal the decision,
    # announced ... by INS Commissioner Doris Meissner"; "Since the INS decision was announced
    # Wednesday, they have said they will appeal"): no statement of it opens on its actor's name
    events = [rev("They said they would appeal the decision, announced Wednesday by INS Commissioner Doris Meissner, "
                  "that Elian must be returned to his father by Jan. 14.", "2000-01-05", "apw/1", date(2000, 1, 6)),
              rev("Since the INS decision was announced Wednesday, they have said they will appeal the decision.",
                  "2000-01-05", "apw/2", date(2000, 1, 7))]
    index = facts.build(events + filler(2000, 1))
    assert index.fact_of[events[0].id] == index.fact_of[events[1].id]
    lone = _item(rev("Elian's relatives in Miami have indicated they plan to appeal, as is their right.",
                     "../2000-01-06", "nyt/3", date(2000, 1, 6)))
    assert facts._actor_of(index, lone) == {"miami"}  # (a first word only as a place)
    assert not facts._story_other_actor(index, lone, index._root(events[0].id))
