"""A running tally of cases or incidents, or one case's rank among them, is not one day's act
(session 15, tally: `facts.TALLY_APART`, `lang.en.facts.tally`): examples and must-not cases written
on other stories than dev14's, each example failing with the rule switched off."""

from __future__ import annotations

from datetime import date

from timeline_cli import facts
from timeline_cli.lang.en import facts as en
from timeline_cli.model import Event, make_id

FILLER = [Event(id=make_id(text, when, src), when=when, text=text, source=src, reported=date(2006, 3, 1 + k % 28))
          for k in range(30)
          for text, when, src in [(f"Company {k} said its quarterly profit rose {k} percent on higher sales of trucks.",
                                   f"../2006-03-{1 + k % 28:02d}", f"wsj/filler{k}")]]


def rev(text: str, when: str, source: str, reported: date) -> Event:
    return Event(id=make_id(text, when, source), when=when, text=text, source=source, reported=reported)


def _together(*events: Event) -> bool:
    fact_of = facts.group([*events, *FILLER])
    return len({fact_of[e.id] for e in events}) == 1


def _off(flag: str, *events: Event, also: tuple[str, ...] = ()) -> bool:
    flags = (flag, *also)
    old = [getattr(facts, f) for f in flags]
    for f in flags:
        setattr(facts, f, False)
    try:
        return _together(*events)
    finally:
        for f, value in zip(flags, old):
            setattr(facts, f, value)


CONFIRMED = rev("Indonesia's Health Ministry confirmed two human cases of bird flu in the country on Tuesday.",
                "2006-03-07", "ap/0307.0011", date(2006, 3, 7))
SO_FAR = rev("So far, Indonesia has reported 29 confirmed human cases of bird flu, including 22 deaths.",
             "../2006-03-15", "afp/0315.0042", date(2006, 3, 15))
RANK = rev("She was the fourth human case of bird flu in the country.",
           "../2006-03-16", "xin/0316.0103", date(2006, 3, 16))


def test_a_tally_of_cases_is_not_one_days_confirmation():
    assert not _together(CONFIRMED, SO_FAR)
    # (two counts of cases sharing no number, 2 and 29, are apart by CASES_APART too: session 17, prec10)
    assert _off("TALLY_APART", CONFIRMED, SO_FAR, also=("CASES_APART",))


def test_a_cases_rank_is_not_one_days_confirmation():
    assert not _together(CONFIRMED, RANK)
    assert _off("TALLY_APART", CONFIRMED, RANK)


def test_two_tallies_still_link():
    # must not: a tally told again by another report is one tally
    other = rev("So far, Indonesia has reported 29 human cases of bird flu confirmed by tests, 22 of them fatal.",
                "../2006-03-18", "xin/0318.0077", date(2006, 3, 18))
    assert _together(SO_FAR, other)


def test_one_incidents_toll_so_far_is_no_tally():
    # must not: "so far" with one incident's victims counted, not incidents
    assert en.tally("The death toll from the ferry sinking has risen to 40 so far, officials said.") == ""
    assert en.tally("So far, 40 people have been confirmed dead in the blast.") == ""
    assert en.tally("In all, 12 miners were rescued from the flooded pit.") == ""


def test_tally_reads_tallies_and_ranks():
    assert en.tally("To date, 30 outbreaks of the disease have been reported in 11 provinces.") == "tally"
    assert en.tally("So far this year, mine accidents have killed 300 miners in the province.") == "tally"
    assert en.tally("It was the third accident at the plant this year.") == "rank"
    assert en.tally("She was the first victim of the disease in the province.") == "rank"
    # must not: a first act, no rank of a case; a count of one day
    assert en.tally("He was the first to arrive at the scene.") == ""
    assert en.tally("The ministry confirmed two human cases on Tuesday.") == ""


def test_a_cases_rank_joins_no_fact_of_confirmations():
    # (dev14: the rank joined the confirmations' fact on its core terms, `facts._join_lone`)
    again = rev("Indonesia confirmed on Tuesday two human cases of bird flu in the country, the Health Ministry said.",
                "2006-03-07", "xin/0308.0021", date(2006, 3, 8))
    assert _together(CONFIRMED, again)
    fact_of = facts.group([CONFIRMED, again, RANK, *FILLER])
    assert fact_of[RANK.id] != fact_of[CONFIRMED.id]
    assert _off("TALLY_APART", CONFIRMED, again, RANK)


def test_a_count_of_several_incidents_is_a_tally():
    assert en.tally("In the northern province, three recent ferry accidents, including the sinking of the Star, "
                    "have killed at least 90 people.") == "tally"
    assert en.tally("Two bombings, both in the capital, have killed 14 people this month.") == "tally"
    # must not: one incident's toll; the incidents told without their count as subject
    assert en.tally("The two explosions at the plant killed 14 workers on Monday.") == ""
    assert en.tally("A gas explosion has killed at least 24 miners in the province.") == ""


def test_a_tally_of_incidents_joins_no_story_of_one_of_them():
    # (dev13: "two recent colliery accidents ... have killed at least 67 people" joined the blast's fact
    # through its document's story, `facts._join_story`)
    one = rev("Twenty-four people were confirmed dead in a ferry accident on the river early Monday in "
              "the northern province of Hebei.", "2007-05-14", "xin/0514.0008", date(2007, 5, 14))
    two = rev("Twenty-five people have been confirmed dead and nine are missing in a ferry accident on the river "
              "in Hebei province.", "../2007-05-14", "xin/0514.0105", date(2007, 5, 14))
    story = [rev("The ferry Star sank on the river in Hebei province early Monday with 40 people on board.",
                 "2007-05-14", "xin/0516.0089", date(2007, 5, 16)),
             rev("In the northern Hebei province, two recent ferry accidents, including the sinking of the Star, "
                 "have killed at least 67 people.", "../2007-05-16", "xin/0516.0089", date(2007, 5, 16))]
    fact_of = facts.group([one, two, *story, *FILLER])
    assert fact_of[one.id] == fact_of[two.id]
    assert fact_of[story[1].id] != fact_of[one.id]
    old, facts.TALLY_APART = facts.TALLY_APART, False
    try:
        fact_of = facts.group([one, two, *story, *FILLER])
        assert fact_of[story[1].id] == fact_of[one.id]
    finally:
        facts.TALLY_APART = old


def test_a_tally_and_an_undated_toll_reported_before_it_are_two():
    # (`facts.TALLY_EARLIER`: the toll has no date of its own, reported two days before the tally)
    toll = rev("Twenty-five people have been confirmed dead and nine are missing in a ferry accident on the river "
               "in Hebei province.", "../2007-05-14", "xin/0514.0105", date(2007, 5, 14))
    tally = rev("In the northern Hebei province, two recent ferry accidents, including the sinking of the Star, "
                "have killed at least 67 people.", "../2007-05-16", "xin/0516.0089", date(2007, 5, 16))
    assert not _together(toll, tally)
    assert _off("TALLY_EARLIER", toll, tally)
    # must not: the toll reported after the tally is left to the other rules
    later = rev(toll.text, "../2007-05-18", "xin/0518.0011", date(2007, 5, 18))
    items = facts.build([tally, later, *FILLER]).items
    assert not facts._tally_apart(items[tally.id], items[later.id])
