"""An undated future is undated (session 15, futguard, issue 15): a statement whose first verb
is a future and which names no time of its own ("China will announce a package at the summit")
is dated `REPORTED/..` (on or after its report), as "../REPORTED" is dated on or before it.
Neither has a date of its own, and every guard of the grouping for undated statements reads
both (`facts._no_date`; their report day: `facts._report_day`): one more shared term, no link
between reports a year apart, no link on a few words between reports weeks apart, a dated
statement long before the report linking on its words alone. Each rule with examples and
cases it must not match; each example fails with `FUTURE_UNDATED` off."""

from __future__ import annotations

import dataclasses
from datetime import date

from timeline_cli import facts
from timeline_cli.model import Event
from tests.test_facts_bridge import ev
from tests.test_facts_cores import OTHER


def _item(e: Event) -> facts._Item:
    return facts._item(e, None, {}, {})


def _linked(*events: Event) -> bool:
    fact_of = facts.group(list(events) + OTHER)
    return len({fact_of[e.id] for e in events}) == 1


# ------------------------------------------------------------- what is undated

def test_an_undated_future_has_no_date_of_its_own():
    future = _item(ev("China will announce a package at the summit.", "2006-11-17/..", "xin/1117", "2006-11-17"))
    past = _item(ev("China announced a package.", "../2006-11-17", "xin/1117", "2006-11-17"))
    assert facts._no_date(future) and facts._no_date(past)
    assert facts._report_day(future) == facts._report_day(past) == date(2006, 11, 17)


def test_a_date_of_its_own_is_not_undated():
    # must not: an open end from another day than the report ("since 1990"), a precise day, a span
    since = _item(ev("Kopp has been wanted since 1990.", "1990/..", "apw/0607", "1999-06-07"))
    day = _item(ev("China announced a package on Friday.", "2006-11-17", "xin/1118", "2006-11-18"))
    span = _item(ev("Kopp had been arrested in several states since 1990.", "1990/1999-05-06", "apw/0155", "1999-05-06"))
    assert not any(map(facts._no_date, (since, day, span)))
    assert facts._report_day(day) == date(2006, 11, 17)


def test_without_the_rule_a_future_was_dated(monkeypatch):
    monkeypatch.setattr(facts, "FUTURE_UNDATED", False)
    future = _item(ev("China will announce a package at the summit.", "2006-11-17/..", "xin/1117", "2006-11-17"))
    assert not facts._no_date(future)


# ------------------------------------------------------------- a year apart
# Two undated futures reported a year apart are two of a kind (a yearly meeting announced
# each year), not one happening: no link on words (REPORTS_APART), in the pairwise score and
# in the phases that join whole facts (`_reports_apart`).

MEETS_2005 = [
    ev("Chinese President Hu Jintao and Premier Wen Jiabao are to meet with President Bush, and they will discuss "
       "a wide range of issues.", "2005-11-19/..", "xin/20051119a", "2005-11-19"),
    ev("Chinese President Hu Jintao and Premier Wen Jiabao are to meet with President Bush, and they will discuss "
       "a wide range of issues.", "2005-11-19/..", "xin/20051119b", "2005-11-19"),
]
MEETS_2006 = ev("The U.S. delegation will also meet with Chinese President Hu Jintao, Premier Wen Jiabao and Vice "
                "Premier Wu Yi, it added.", "2006-11-28/..", "xin/20061128", "2006-11-28")
PILGRIMS = ["Two million Moslem pilgrims will gather at Mina near Mecca for the annual hajj pilgrimage.",
            "Some two million Muslim pilgrims are to gather at Mina near Mecca for the annual hajj."]


def test_undated_futures_a_year_apart_do_not_link():
    one = ev(PILGRIMS[0], "2005-11-02/..", "xin/2005", "2005-11-02")
    two = ev(PILGRIMS[1], "2006-11-02/..", "xin/2006", "2006-11-02")
    assert not _linked(one, two)
    assert not _linked(*MEETS_2005, MEETS_2006)
    assert _linked(*MEETS_2005)  # (the same text the same day: one fact)


def test_futures_a_year_apart_linked_without_the_rule(monkeypatch):
    monkeypatch.setattr(facts, "FUTURE_UNDATED", False)
    one = ev(PILGRIMS[0], "2005-11-02/..", "xin/2005", "2005-11-02")
    two = ev(PILGRIMS[1], "2006-11-02/..", "xin/2006", "2006-11-02")
    assert _linked(one, two)
    assert _linked(*MEETS_2005, MEETS_2006)


def test_undated_futures_of_days_apart_still_link():
    # must not: one announcement reported on two days
    one = ev(PILGRIMS[0], "2006-11-02/..", "xin/1102", "2006-11-02")
    two = ev(PILGRIMS[1], "2006-11-03/..", "xin/1103", "2006-11-03")
    assert _linked(one, two)


def test_a_future_and_a_past_undated_a_year_apart_do_not_link():
    one = ev(PILGRIMS[0], "2005-11-02/..", "xin/2005", "2005-11-02")
    two = ev("Two million Moslem pilgrims gathered at Mina near Mecca for the annual hajj pilgrimage.",
             "../2006-11-02", "xin/2006", "2006-11-02")
    assert not _linked(one, two)


# ------------------------------------------------------------- one more shared term
# Two undated statements share MIN_SHARED + 1 terms to link: their dates confirm nothing.

def _score(a: Event, b: Event, weights: dict[str, float] | None = None) -> float:
    x, y = _item(a), _item(b)
    weight = {t: 1.0 for t in x.terms | y.terms}
    if weights is not None:  # (the other words rarer, as in a store)
        weight = {t: weights.get(t, 2.0) for t in weight}
    x, y = (dataclasses.replace(i, weight=sum(weight[t] for t in i.terms)) for i in (x, y))
    return facts._score(x, y, weight)[0]


TWO_TERMS = [ev("He will visit Urumqi.", "2006-11-21/..", "xin/1121", "2006-11-21"),
             ev("Wen is to visit Urumqi.", "2006-11-22/..", "xin/1122", "2006-11-22")]


def test_undated_futures_sharing_two_terms_do_not_link():
    assert len(_item(TWO_TERMS[0]).terms & _item(TWO_TERMS[1]).terms) == facts.MIN_SHARED
    assert _score(*TWO_TERMS) == 0.0


def test_futures_on_two_terms_linked_without_the_rule(monkeypatch):
    monkeypatch.setattr(facts, "FUTURE_UNDATED", False)
    assert _score(*TWO_TERMS) >= facts.THRESHOLD


def test_a_dated_statement_and_a_future_still_link_on_two_terms():
    # must not: the visit's day dates them together
    done = ev("Wen visited Urumqi on Thursday.", "2006-11-23", "xin/1124", "2006-11-24")
    assert len(_item(TWO_TERMS[0]).terms & _item(done).terms) == facts.MIN_SHARED
    assert _score(TWO_TERMS[0], done) >= facts.THRESHOLD


# ------------------------------------------------------------- long before the report
# A statement dated more than UNDATED_DAYS before an undated future's report links on its
# words alone (`_far_before`), as it does with "../REPORTED".

def test_a_statement_dated_long_before_a_future_is_far():
    future = _item(ev("China will launch a manned spacecraft.", "2006-11-17/..", "xin/1117", "2006-11-17"))
    old = _item(ev("China launched a manned spacecraft in October 2003.", "2003-10", "xin/0310", "2003-10-16"))
    recent = _item(ev("China launched a weather satellite on Friday.", "2006-11-10", "xin/1111", "2006-11-11"))
    assert facts._far_before(future, old) and not facts._far_before(old, future)
    assert not facts._far_before(future, recent)  # must not: days before


# ------------------------------------------------------------- a hypothetical is no happening
# A fronted condition ("If ...", "If and when ...", "Unless ...") whose main clause says
# nothing happened (no main verb read, or a modal before it) tells what would follow, not a
# happening: it joins no fact on the fact's core or story (`lang.en.facts.hypothetical`,
# `facts._told_aside`, `HYPOTHETICAL`).

from timeline_cli.lang.en import facts as en  # noqa: E402

HYPOTHETICALS = [
    "If and when the relatives' appeal goes to federal court, chances of a favorable ruling are slim.",
    "If the talks fail, the rebels will resume fighting.",
    "If the court rules against them, the relatives would appeal.",
    "If convicted, Kopp faces life in prison.",
    "Unless Congress acts, the program expires in June.",
]
NOT_HYPOTHETICAL = [
    "If the family refused, INS had threatened to revoke Elian's parole.",  # a past main clause: the threat
    "If the Immigration and Naturalization Service order is to be contested, Reno ruled correctly that the only "
    "proper venue is federal court.",
    "If anything, the violence has intensified.",
    "The rebels will resume fighting if the talks fail.",  # (not fronted: the main clause's own future)
    "Chances of a favorable ruling are slim.",
    "\"If you were here, our life would be better,\" she said.",  # (a quote opens it)
]


def test_a_fronted_condition_with_no_happening_is_hypothetical():
    for text in HYPOTHETICALS:
        assert en.hypothetical(text), text


def test_a_condition_before_a_happening_is_not_hypothetical():
    for text in NOT_HYPOTHETICAL:
        assert not en.hypothetical(text), text


RULING = [
    ev("The Immigration and Naturalization Service ruled Wednesday that Elian Gonzalez must be returned to his father "
       "in Cuba, and his relatives appealed in federal court.", "2000-01-05", "apw/0106", "2000-01-06"),
    ev("Immigration authorities ruled Wednesday that six-year-old Elian Gonzalez must be returned to his father in "
       "Cuba, a ruling the relatives fight in federal court.", "2000-01-05", "nyt/0106", "2000-01-06"),
]
# a document telling the ruling's story (its terms hold most of the fact's core) without a
# statement of the fact, and its conditional
EDITORIAL = [
    ev("Elian Gonzalez should be with his father in Cuba, as the Immigration and Naturalization Service says.",
       "../2000-01-07", "nyt/0107", "2000-01-07"),
    ev("If and when the relatives' appeal goes to federal court, chances of a favorable ruling are slim.",
       "../2000-01-07", "nyt/0107", "2000-01-07"),
]


def test_a_hypothetical_does_not_join_the_fact_of_its_story():
    fact_of = facts.group(RULING + EDITORIAL + OTHER)
    assert fact_of[RULING[0].id] == fact_of[RULING[1].id]
    assert fact_of[EDITORIAL[1].id] != fact_of[RULING[0].id]


def test_the_hypothetical_joined_without_the_rule(monkeypatch):
    monkeypatch.setattr(facts, "HYPOTHETICAL", False)
    index = facts.build(RULING + EDITORIAL + OTHER)
    assert index.fact_of[EDITORIAL[1].id] == index.fact_of[RULING[0].id]
    assert any(e.kind == "story" and EDITORIAL[1].id in (e.a, e.b) for e in index.explain(index.fact_of[RULING[0].id]))


# ------------------------------------------------------------- long after a future's report
# A statement dated more than FUTURE_DAYS after an undated future's report links on its words
# alone (`facts._far_after`): the future told nothing of when.

REMAIN = [ev("Juan and Elian Gonzalez will remain in the United States pending the appeal.", "2000-04-24/..",
             "nyt/0424", "2000-04-24"),
          ev("Elian Gonzalez will remain in the United States for at least two more weeks even after a federal appeals "
             "court Thursday refused to order a political asylum hearing for the fought-over Cuban child.",
             "2000-06-01", "nyt/0601", "2000-06-02")]
# (the shorter wholly inside the longer: a containment link without the rule)
REMAIN_WEIGHTS = {"appeal": 1.0, "remain": 1.0, "elian": 1.0, "gonzalez": 1.0, "unit": 1.0, "stat": 1.0,
                  "juan": 0.2, "pend": 0.2}


def test_a_statement_dated_weeks_after_a_futures_report_links_on_words_alone():
    a, b = (_item(e) for e in REMAIN)
    assert facts._far_after(a, b) and not facts._far_after(b, a)
    assert _score(*REMAIN, REMAIN_WEIGHTS) < facts.THRESHOLD


def test_the_later_statement_linked_without_the_rule(monkeypatch):
    monkeypatch.setattr(facts, "FUTURE_DAYS", 100000)
    # (prec21's EXPECTATIONS_APART refuses this pair too, as two expectations written weeks apart:
    # switched off, so that this rule's own effect is what is tested)
    monkeypatch.setattr(facts, "EXPECTATIONS_APART", False)
    assert _score(*REMAIN, REMAIN_WEIGHTS) >= facts.THRESHOLD


def test_an_act_done_days_after_its_announcement_still_links():
    # must not: "will announce" / "announced ... Saturday", three days on
    will = ev("China will announce a package of measures to help African countries at the summit.", "2006-11-01/..",
              "xin/1101", "2006-11-01")
    done = ev("China announced a package of measures to help African countries at the summit on Saturday.",
              "2006-11-04", "xin/1105", "2006-11-05")
    assert not facts._far_after(_item(will), _item(done))
    assert _score(will, done) >= facts.THRESHOLD
