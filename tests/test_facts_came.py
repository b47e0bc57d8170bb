"""Near-copies of one "X came after Y" sentence link on all their words (session 16, came):
`lang.en.facts.CAME_REFERENCE` reads only X's words, so that two statements dated by one
reference are not one happening on Y's words; two tellings of one sentence in nearly the same
words keep them (`facts.CAME_COPIES`, `facts._came_copies`). The examples fail with the switch
off; the must-nots with the bar at a third and the names' guard off (`facts.CAME_NAMES`)."""

from __future__ import annotations

from datetime import date

import pytest

from timeline_cli import facts
from timeline_cli.lang.en import facts as en
from tests.test_facts_dev15b import MOVE, OTHER_MOVE, SIGNED, SIGNED_TOO, _facts, rev


# Two versions of one wire story: a pronoun changed, a word mistyped.
COMMENTS = rev("The comments came before a meeting in Rome of the countries which will supply the force's troops, "
               "whose mission is to protect humanitarian aid channels in the chaos-worn country.",
               "../1997-04-02", "afp/0402b", date(1997, 4, 2))
COMMENTS_TOO = rev("Their comments came before a meeting in Rome of the countries which will supply the force's "
                   "troops, whose mission is to protect humanitarian aid channels in the chaos-torn country.",
                   "../1997-04-02", "afp/0402a", date(1997, 4, 2))
# One sentence told again the next day, "came" now "comes".
DECISION = rev("The decision came after the company's officials were informed that the independent board reviewing "
               "the merger would recommend that shareholders reject it.", "../2006-12-03", "afp/1203",
               date(2006, 12, 3))
DECISION_TOO = rev("The decision comes after the company's officials were informed that the independent board "
                   "reviewing the merger would recommend that shareholders reject it.", "../2006-12-04", "afp/1204",
                   date(2006, 12, 4))
# Another noun for the act, and "followed" for "came after": one of the two is cut.
CALL = rev("The governor's call came after a week of rising tensions between farmers and the water board, and "
           "followed a protest outside the capitol.", "../2006-11-16", "ap/1116a", date(2006, 11, 16))
CALL_TOO = rev("The governor's declaration followed a week of rising tensions between farmers and the water board, "
               "and followed a protest outside the capitol.", "../2006-11-16", "ap/1116b", date(2006, 11, 16))


def test_the_reference_is_cut_and_read_whole_on_demand():
    assert en.came_cut(COMMENTS.text) and en.came_cut(CALL.text) and not en.came_cut(CALL_TOO.text)
    assert en.read(COMMENTS.text)[0] == ("comment",)
    assert {"rome", "humanitarian", "channel"} <= set(en.read(COMMENTS.text, whole=True)[0])
    assert not en.came_cut("Police arrested him when he came after dark.")
    assert not en.came_cut("He came to Shanghai after the final.")


@pytest.mark.parametrize("pair", [
    pytest.param((COMMENTS, COMMENTS_TOO), id="two versions of one wire story"),
    pytest.param((DECISION, DECISION_TOO), id="told again the next day"),
    pytest.param((CALL, CALL_TOO), id="retold with followed"),
])
def test_near_copies_of_one_came_sentence_link(pair, monkeypatch):
    a, b = _facts(*pair)
    assert a == b
    monkeypatch.setattr(facts, "CAME_COPIES", False)
    a, b = _facts(*pair)
    assert a != b


def test_a_near_copy_is_met_through_the_reference_words_only():
    # cut, the two share one term ("comment"): no blocking key brings them together
    assert len(set(en.read(COMMENTS.text)[0]) & set(en.read(COMMENTS_TOO.text)[0])) < facts.MIN_SHARED
    index = facts.build([COMMENTS, COMMENTS_TOO])
    assert COMMENTS.id in index.whole and COMMENTS_TOO.id in index.whole
    assert any(e.kind == "terms" for es in index.evidence.values() for e in es)


# --- must not: a different X dated by one reference told in other words

def test_two_moves_dated_by_one_reference_stay_apart(monkeypatch):
    a, b, c, d = _facts(MOVE, OTHER_MOVE, SIGNED, SIGNED_TOO)
    assert c == d and len({a, b, c}) == 3
    # a third of their words shared both ways: not one sentence; and each names a team the
    # other does not (the Red Sox / New York's American League East rivals): each keeps them apart
    for bar, names in ((0.3, True), (0.75, False)):
        monkeypatch.setattr(facts, "CAME_COPY", bar)
        monkeypatch.setattr(facts, "CAME_NAMES", names)
        a, b, *_ = _facts(MOVE, OTHER_MOVE, SIGNED, SIGNED_TOO)
        assert a != b
    monkeypatch.setattr(facts, "CAME_COPY", 0.3)
    monkeypatch.setattr(facts, "CAME_NAMES", False)
    a, b, *_ = _facts(MOVE, OTHER_MOVE, SIGNED, SIGNED_TOO)
    assert a == b


IGAWA = rev("The move came one day after the Boston Red Sox made international headlines by signing Japanese "
            "pitcher Kei Igawa.", "../2006-12-16", "afp/1216", date(2006, 12, 16))


def test_one_sentence_with_another_name_on_each_side_stays_apart(monkeypatch):
    # 11 of 13 terms each ("Daisuke Matsuzaka" / "Kei Igawa"): near-copies of a template, but
    # another reference, so another move; cut, they share one term
    a, b = _facts(MOVE, IGAWA)
    assert a != b
    monkeypatch.setattr(facts, "CAME_NAMES", False)
    a, b = _facts(MOVE, IGAWA)
    assert a == b
    monkeypatch.setattr(facts, "CAME_NAMES", True)
    index = facts.build([MOVE, IGAWA])
    one, two = facts._came_copies(index, index.items[MOVE.id], index.items[IGAWA.id], {}, 2)
    assert one is index.items[MOVE.id] and two is index.items[IGAWA.id]
    # one name more on one side only is the same sentence told more fully
    fuller = rev("The move came one day after the Boston Red Sox made international headlines by signing Japanese "
                 "pitcher Daisuke Matsuzaka, the Seibu Lions ace.", "../2006-12-15", "ap/1215b", date(2006, 12, 15))
    index = facts.build([MOVE, fuller])
    one, two = facts._came_copies(index, index.items[MOVE.id], index.items[fuller.id], {}, 2)
    assert one is index.whole[MOVE.id] and two is index.whole[fuller.id]


def test_the_measure_is_both_ways():
    # a short "came" sentence inside a long one holds all its own words but few of the other's
    short = rev("The strike came after talks with the water board failed.", "../2006-11-16", "ap/s",
                date(2006, 11, 16))
    long = rev("The strike came after talks with the water board failed over pay, pensions, night shifts, "
               "overtime rules and the closure of two pumping stations in the north.", "../2006-11-16", "ap/l",
               date(2006, 11, 16))
    index = facts.build([short, long])
    one, two = facts._came_copies(index, index.items[short.id], index.items[long.id], {}, 2)
    assert one is index.items[short.id] and two is index.items[long.id]


def test_a_near_copy_added_later_meets_the_first(monkeypatch):
    # the first statement's postings hold all its words (`FactIndex.whole`), for a later batch
    from tests.test_facts_dev15b import FILLER

    for first, later in ((COMMENTS, COMMENTS_TOO), (CALL_TOO, CALL), (CALL, CALL_TOO)):
        index = facts.build([first, *FILLER])
        facts.regroup(index, [later])
        assert index.fact_of[first.id] == index.fact_of[later.id]
        with monkeypatch.context() as switched:
            switched.setattr(facts, "CAME_COPIES", False)
            index = facts.build([first, *FILLER])
            facts.regroup(index, [later])
            assert index.fact_of[first.id] != index.fact_of[later.id]
