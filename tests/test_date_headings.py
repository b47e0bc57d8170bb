"""A date standing alone: no statement of its own, and over a chronology's entries the date of
what follows it (temporal.events.is_date_alone, Statements.section). Real extractor."""

from __future__ import annotations

from datetime import date

import pytest

from timeline_cli.temporal.events import document_events

REPORTED = date(2006, 11, 15)


def dated(text: str) -> list[tuple[str, str]]:
    return [(e.when, e.text) for e in document_events(text, source="x", reported=REPORTED)]


CHRONOLOGY = """The following were major warship visits between China and the United States.

-- November 1986

A U.S. navy fleet of three warships visited Qingdao.

--April 1989

A Chinese training ship visited Pearl Harbor.

It was the first visit of a Chinese warship to the United States.
"""


def test_a_date_paragraph_dates_the_entries_after_it_and_is_no_event():
    got = dated(CHRONOLOGY)
    assert ("1986-11", "A U.S. navy fleet of three warships visited Qingdao.") in got
    assert ("1989-04", "A Chinese training ship visited Pearl Harbor.") in got
    assert ("1989-04", "It was the first visit of a Chinese warship to the United States.") in got
    # before the first date heading: on or before the report day, as ever
    assert ("../2006-11-15", "The following were major warship visits between China and the United States.") in got
    assert not [w for w, text in got if text.strip("- ") in ("November 1986", "April 1989")]


def test_a_statement_with_its_own_date_keeps_it_under_a_date_heading():
    got = dated("1919\n\nThe Red Army took Omsk in November 1920.\n\nTrotsky armed the workers.\n")
    assert ("1920-11", "The Red Army took Omsk in November 1920.") in got
    assert ("1919", "Trotsky armed the workers.") in got


def test_another_heading_ends_the_date_heading_s_reach():
    got = dict((text, when) for when, text in dated(
        "1919\n\nTrotsky armed the workers.\n\nAftermath and legacy\n\nThe country was rebuilt slowly.\n"))
    assert got["Trotsky armed the workers."] == "1919"
    assert got["The country was rebuilt slowly."] == "../2006-11-15"


@pytest.mark.parametrize("text", [
    # a date a hard-wrapped line or a link put alone on a line is inside its paragraph
    "This effort began in earnest in\nJune 2015\nwith global source code rewrites.\n\nThe port went on.\n",
    # the report day's own date line heads nothing
    "November 15, 2006\n\nThe port went on.\n",
])
def test_must_not_head_a_section(text):
    got = dict((t, w) for w, t in dated(text))
    assert got["The port went on."] == "../2006-11-15"


@pytest.mark.parametrize("line", ["1996.", "1995;346:591-5.", "-- May 1989", "Sunday", "1917-1918"])
def test_a_date_alone_states_nothing(line):
    got = dated(f"Smith J, Roe A. A study of things. The Lancet.\n{line}\n")
    assert all(text != line for _, text in got), got


@pytest.mark.parametrize("sentence", ["Lunch yesterday.", "Until this week.", "Born in 1946."])
def test_one_word_beside_the_date_keeps_a_statement(sentence):
    assert [text for _, text in dated(sentence + "\n")] == [sentence]


# ---- questions (temporal.events.is_question) ---------------------------------------------

@pytest.mark.parametrize("sentence", [
    "Who was last year's champion?",
    "Will the Fed cut rates in December?",
    '"How can we expect free elections to be held in the North in 1956?"',
    "Wait, school starts on a Friday?!",
    # a headline put as an indirect question
    "Why autumn 2023 has been so stormy",
    "How major hospitals were already using AI in 2019",
])
def test_a_question_is_no_statement(sentence):
    assert dated(sentence + "\n") == []


@pytest.mark.parametrize("sentence", [
    'Lodge cabled home about Minh in 1964: "Will he be strong enough to get on top of things?"',
    "The Pentagon said today it will re-examine the question: are the remains known?",
    '"Where is the bid?" asked Pierre Panet-Raymond on Monday.',
    "He asked on Monday why the talks failed.",
    "When the storm hit on Monday, we ran",  # a clause first: no headline
    "Why the talks failed in 2019 is still unclear.",  # a full stop: a statement
])
def test_must_not_drop_a_statement_that_quotes_or_reports_a_question(sentence):
    assert [text for _, text in dated(sentence + "\n")] == [sentence]


def test_a_long_question_is_read_in_linear_time():
    # a lazy pattern searched from every position was quadratic: a 4,000-character question
    # (the longest sentence kept) took a third of a second
    from _linear import assert_linear

    from timeline_cli.temporal.events import is_question

    assert_linear(is_question, lambda n: "a " * max(1, n // 2) + "?", what="is_question", max_n=1 << 14)
