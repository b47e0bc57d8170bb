"""Precision rules made on a fourth sample of text no rule was tuned on (session 14, "prec7",
issue 15: the TE3 silver AFP documents of April 1997, ingested as a user would, every fact of
`timeline facts --min-sources 2` read): one actor's plan and done act, meetings with other
people, one more happening of a kind. Each rule with its examples and the cases it must not
match; each example fails with its rule switched off (the `..._without_the_rule` tests)."""

from __future__ import annotations

import pytest

from timeline_cli import facts
from timeline_cli.lang.en import facts as en
from timeline_cli.model import Event
from tests.test_facts_bridge import FILLER, ev


def _linked(a: Event, b: Event) -> bool:
    fact_of = facts.build([a, b] + FILLER).fact_of
    return fact_of[a.id] == fact_of[b.id]


# ------------------------------------------------------- one actor's plan and done act
# One named actor, each one's happening not in the other, one said as a plan ("would",
# "will", "expected to") and the other as done: two acts, whatever the score
# (`facts._acts_apart`, `lang.en.facts.future_main`).

GUJRAL = [
    ev("United Front coalition leader Inder Kumar Gujral on Sunday staked claim to form India's new government, "
       "a leader of the alliance said.", "1997-04-20", "afp/0050", "1997-04-20"),
    ev("United Front coalition leader Inder Kumar Gujral on Sunday said he would improve India's relations with "
       "Pakistan after forming his new government.", "1997-04-20", "afp/0083", "1997-04-20"),
]


def test_a_plan_and_a_done_act_of_one_actor_do_not_link():
    assert not _linked(*GUJRAL)


def test_the_acts_linked_without_the_rule(monkeypatch):
    monkeypatch.setattr(facts, "ACTS_APART", False)
    assert _linked(*GUJRAL)


# must not match: one act told as planned and as done ("would form" / "formed"), and two
# plans ("are expected to discuss" / "would be briefed": one tense, the rule does not read them)
FORMED = [
    ev("Inder Kumar Gujral on Sunday said he would form India's new government with the support of the Congress.",
       "1997-04-20", "afp/1", "1997-04-20"),
    ev("Inder Kumar Gujral on Sunday formed India's new government with the support of the Congress party.",
       "1997-04-20", "afp/2", "1997-04-20"),
]


def test_one_act_planned_and_done_still_links():
    assert not facts._acts_apart(*(facts._item(e, None, {}, {}) for e in FORMED))
    assert _linked(*FORMED)


@pytest.mark.parametrize("text, plan", [
    ("Gujral said he would improve India's relations with Pakistan.", True),
    ("The five permanent members are expected to discuss Cyprus later this month.", True),
    ("The Dalai Lama will also meet Albright.", True),
    ("Gujral staked claim to form the government.", False),
    ("Israeli said the aim of the offensives is to prevent militants from launching rockets.", False),
    ("He said he had not yet decided.", False),
])
def test_future_main(text, plan):
    assert en.future_main(text) is plan


# ------------------------------------------------------- meetings with other people
# Both name whom a meeting was with, and neither's people are in the other statement: two
# meetings (`facts._meetings_apart`, `lang.en.facts.met_names`).

DALAI = [
    ev("The Dalai Lama was also expected to meet with Secretary of State Madeleine Albright.",
       "../1997-04-23", "afp/0340", "1997-04-23"),
    ev("During a State Department visit that lasted slightly more than an hour, the Dalai Lama also met with John "
       "Shattuck, assistant secretary of state for democracy, human rights and labor, and with the Advisory "
       "Committee on Religious Freedom Abroad.", "../1997-04-24", "afp/0012", "1997-04-24"),
]


def test_meetings_with_other_people_do_not_link():
    assert not _linked(*DALAI)


def test_the_meetings_linked_without_the_rule(monkeypatch):
    monkeypatch.setattr(facts, "MEETINGS_APART", False)
    assert _linked(*DALAI)


def test_the_meetings_linked_without_the_names(monkeypatch):
    monkeypatch.setattr(en, "MET_NAMES", False)
    en.met_names.cache_clear()
    try:
        assert _linked(*DALAI)
    finally:
        en.met_names.cache_clear()


# must not match: one meeting told from its two sides names each side in both
PRODI = [
    ev("Italian Prime Minister Romano Prodi flew into southern Albania on Wednesday for talks with his Albanian "
       "counterpart Bashkim Fino in the town of Gjirokaster.", "1997-04-02", "afp/1", "1997-04-02"),
    ev("Albanian Prime Minister Bashkim Fino, speaking after a meeting with his Italian counterpart Romano Prodi "
       "on Wednesday in the southern town of Gjirokaster, said Albania was ready.", "1997-04-02", "afp/2", "1997-04-02"),
]


def test_one_meeting_told_from_both_sides_still_links():
    assert en.met_names(PRODI[0].text) == {"fino"} and en.met_names(PRODI[1].text) == {"prodi"}
    assert not facts._meetings_apart(*(facts._item(e, None, {}, {}) for e in PRODI))
    assert _linked(*PRODI)


@pytest.mark.parametrize("text, names", [
    ("The Dalai Lama also met with John Shattuck, assistant secretary of state.", {"shattuck"}),
    ("He will hold talks with President Bill Clinton and Vice President Al Gore.", {"clinton", "gore"}),
    ("an official meeting between Gore and Lee which Clinton dropped in on", {"gore", "lee"}),
    ("During his visit, Enkhbold will meet Chinese President Hu Jintao.", {"jintao"}),
    ("The meeting was held in a hotel.", set()),
    ("He met reporters in New York.", set()),
])
def test_met_names(text, names):
    assert en.met_names(text) == names


# ------------------------------------------------------- one more happening of a kind
# A subject that is one more happening of a kind ("Another car bomb", "The new clashes")
# says another incident (`lang.en.facts.other_incident`, ANOTHER_SUBJECT): its counts not the
# other's, it does not link, and it links on a strong score only.

BOMBS = [
    ev("A car bomb exploded near a police station in the Saidiyah district of Baghdad on Tuesday, killing seven "
       "people and wounding 20, police said.", "2006-12-12", "afp/1", "2006-12-12"),
    ev("Another car bomb exploded near a market in the Saidiyah district of Baghdad on Tuesday, killing three "
       "people and wounding 11, police said.", "2006-12-12", "afp/2", "2006-12-12"),
]


def test_another_car_bomb_does_not_link():
    assert not _linked(*BOMBS)


def test_the_bombs_linked_without_the_rule(monkeypatch):
    monkeypatch.setattr(en, "ANOTHER_SUBJECT", False)
    assert _linked(*BOMBS)


@pytest.mark.parametrize("text", [
    "Another car bomb exploded near a market, killing three people.",
    "The new clashes broke out after 1,500 Palestinians turned out for the funeral.",
    "A second powerful blast hit the city an hour later.",
    "Fresh fighting erupted in the north on Monday.",
])
def test_one_more_of_a_kind(text):
    assert en.other_incident(text)


@pytest.mark.parametrize("text", [
    "The new government was sworn in on Monday.",
    "New York police said two men were arrested.",
    "The second day of fighting ended with a truce.",
    "A car bomb exploded near a market.",
    "The clashes broke out after the funeral.",
])
def test_not_one_more_of_a_kind(text):
    assert not en.other_incident(text)


# ------------------------------------------------------- a day in a ", where ..." aside
# A day named only in a clause set off by commas and opened by "where" is that clause's
# happening's (`lang.en.facts.day_in_passing`, WHERE_ASIDE): no one-day evidence.

CROATIA = [
    ev("In the rest of Croatia, where voting ended Sunday, results were pouring in from the 21 regions which will "
       "each send three members to the 68 seat upper house.", "1997-04-13", "afp/0075", "1997-04-14"),
    ev("Voting had been due to end Sunday, as in the rest of Croatia, but had to be extended in the light of the "
       "chaos.", "1997-04-13", "afp/0101", "1997-04-13"),
]


def test_a_day_in_a_where_aside_is_no_one_day_link():
    assert not _linked(*CROATIA)


def _clear_caches() -> None:
    for value in vars(en).values():
        if hasattr(value, "cache_clear"):
            value.cache_clear()


def test_the_aside_linked_without_the_rule(monkeypatch):
    # dev11's FRONT_SOURCE (a fronted phrase with a relative clause is not the main clause) keeps
    # this pair apart too: with it off, the aside rule alone still does, and with both off it links
    monkeypatch.setattr(en, "FRONT_SOURCE", False)
    _clear_caches()
    try:
        assert not _linked(*CROATIA)
        monkeypatch.setattr(en, "WHERE_ASIDE", False)
        _clear_caches()
        assert _linked(*CROATIA)
    finally:
        monkeypatch.undo()
        _clear_caches()


@pytest.mark.parametrize("text, passing", [
    ("In the rest of Croatia, where voting ended Sunday, results were pouring in.", True),
    ("Police said where the bomb exploded Sunday was a market.", False),  # (not an aside)
    ("Voting ended Sunday in the town where the results were counted.", False),
])
def test_where_aside(text, passing):
    assert en.day_in_passing(text) is passing
