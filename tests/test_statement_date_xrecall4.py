"""Session 20, xrecall4 (issue 15, the cross-outlet misses' date blockers): a thing's origin
("Britain's ... budget rebate, dating from 1984, ...": `clauses.ORIGIN_DATE`, the pack's
ORIGIN_BEFORE_RE) and a date inside a contact relative clause after the main verb ("Sharon quit
the party he was instrumental in founding 32 years ago": `clauses.CONTACT_RELATIVE`, the pack's
CONTACT_RELATIVE_*) date no statement: the statement is the main clause's, with no date of its
own. Each example fails with its switch off; each must-not keeps its date."""

from __future__ import annotations

from datetime import date

import pytest

from timeline_cli.temporal.events import document_events

REPORTED = "2005-12-14"


def _whens(sentence: str) -> list[str]:
    return [e.when for e in document_events(sentence, source="t", reported=date.fromisoformat(REPORTED),
                                            keep_undated=True)]


def _each_example_needs(monkeypatch, flag, examples):
    from timeline_cli.temporal import clauses

    monkeypatch.setattr(clauses, flag, False)
    for sentence, whens in examples:
        assert _whens(sentence) != whens, sentence


ORIGIN = [
    ("But two old issues are still blocking accord: Britain's refusal to give up its annual budget rebate, "
     "dating from 1984 and France's refusal to accept deeper cuts in farm subsidies.", ["../" + REPORTED]),
    ("Two issues are blocking accord: Britain's rebate, which dates from 1984.", ["../" + REPORTED]),
    ("The tradition, dating back to 1950, continues.", ["../" + REPORTED]),
]
ORIGIN_NOT = [
    ("The dispute dates back to 1950.", ["1950"]),  # the main verb: the statement is that state
    ("Britain's rebate, dating back to the 1980s, was cut on Monday.", ["2005-12-12"]),  # the main clause's own day
    ("The rebate was agreed in 1984.", ["1984"]),
]

CONTACT = [
    ("Sharon quit the party he was instrumental in founding 32 years ago.", ["../" + REPORTED]),
    ("He sold the house he built in 1990.", ["../" + REPORTED]),
    ("He returned to the city he left in 1990.", ["../" + REPORTED]),
]
CONTACT_NOT = [
    ("After the war he moved to Paris in 1950.", ["1950"]),  # a fronted phrase, then the main clause
    ("The minister told the court he would return in 2006.", ["2006"]),  # a reported clause
    ("Officials said the leader believes he will resign on Monday.", ["2005-12-19"]),
    ("The police said he was arrested on Monday.", ["2005-12-12"]),
    ("He remembered the day he arrived in 1990.", ["1990"]),  # a time noun
    ("The talks collapsed and he left on Monday.", ["2005-12-12"]),
    ("Sharon on Monday quit the party he was instrumental in founding 32 years ago.", ["2005-12-12"]),
    ("The boy the police found in 1990 was freed.", ["1990"]),  # no verb before it: the subject, left as it was
    # a clause word is no noun; a clause's subject is no object
    ("He has been the focus of a custody battle since he was found off the coast on Dec. 2.", ["2005-12-02"]),
    ("At least six people were killed when a bomb they were making exploded near the border on Saturday.",
     ["2005-12-10"]),
    ("The boyfriend came to pick me up when I landed in Singapore on Monday.", ["2005-12-12"]),
]


@pytest.mark.parametrize("sentence, whens", ORIGIN + ORIGIN_NOT)
def test_an_origin_dates_no_statement(sentence, whens):
    assert _whens(sentence) == whens


def test_origin_switched_off(monkeypatch):
    _each_example_needs(monkeypatch, "ORIGIN_DATE", ORIGIN)


@pytest.mark.parametrize("sentence, whens", CONTACT + CONTACT_NOT)
def test_a_contact_relative_dates_no_statement(sentence, whens):
    assert _whens(sentence) == whens


def test_contact_relative_switched_off(monkeypatch):
    _each_example_needs(monkeypatch, "CONTACT_RELATIVE", CONTACT)
