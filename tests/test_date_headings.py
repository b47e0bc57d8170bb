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
    # a word quoted inside a question; an interview's speaker label before it
    'What did the minister mean by "a long winter" in 2024?',
    "The Economist: What did you expect of the talks in June?",
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
    "Since then the merchants have become restless: Will 2007 be the year of the wedding?",
])
def test_must_not_drop_a_statement_that_quotes_or_reports_a_question(sentence):
    assert [text for _, text in dated(sentence + "\n")] == [sentence]


def test_a_long_question_is_read_in_linear_time():
    # a lazy pattern searched from every position was quadratic: a 4,000-character question
    # (the longest sentence kept) took a third of a second
    from _linear import assert_linear

    from timeline_cli.temporal.events import is_question

    assert_linear(is_question, lambda n: "a " * max(1, n // 2) + "?", what="is_question", max_n=1 << 14)


# ---- a block a line (web pages, e-mail): date lines with no blank lines around them ---------

SCHEDULE = ("Results from the WTA Finals.\n"
            "Results\n"
            "October 29\n"
            "Jessica Pegula beat Elena Rybakina 7-5, 6-2\n"
            "Aryna Sabalenka beat Maria Sakkari 6-0, 6-1\n"
            "October 30\n"
            "Coco Gauff beat Ons Jabeur 6-0, 6-1\n"
            "When is the final?\n"
            "The final will be played in Cancun.\n")


def test_a_date_line_of_a_page_heads_the_entries_under_it():
    got = dict((text, when) for when, text in dated(SCHEDULE))
    assert got["Jessica Pegula beat Elena Rybakina 7-5, 6-2"] == "2006-10-29"
    assert got["Aryna Sabalenka beat Maria Sakkari 6-0, 6-1"] == "2006-10-29"
    assert got["Coco Gauff beat Ons Jabeur 6-0, 6-1"] == "2006-10-30"
    # a question titles what follows (an FAQ): the date heading's reach ends there, and the
    # statement is undated (a future: on or after the report day, not under October 30)
    assert got["The final will be played in Cancun."] == "2006-11-15/.."
    assert "October 29" not in got and "When is the final?" not in got


def test_a_date_line_after_a_full_sentence_heads_a_chronology():
    got = dict((text, when) for when, text in dated(
        "The war began with a surprise attack.\nOctober 7\nGunmen crossed the border at dawn.\n"
        "October 8\nThe government declared a state of war.\n"))
    assert got["Gunmen crossed the border at dawn."] == "2006-10-07"
    assert got["The government declared a state of war."] == "2006-10-08"


@pytest.mark.parametrize("text", [
    # the line above runs on into the date (it ends with a lower-case word)
    "The port effort began in earnest in\nJune 2015\nThe port went on.\n",
    # the date line ends with a stop: a reference list's trailing year, or a sentence
    "Smith J. A study of ports. The Lancet.\n1996.\nThe port went on.\n",
    # the line after continues the sentence (lower case)
    "Talks resumed.\nJune 2015\nthe port went on.\nThe port went on.\n",
    # the report day's own date line heads nothing
    "Talks resumed.\nNovember 15, 2006\nThe port went on.\n",
])
def test_must_not_head_a_block_a_line(text):
    got = dict((t, w) for w, t in dated(text))
    assert got["The port went on."] == "../2006-11-15"


def test_a_terse_line_is_an_entry_only_under_a_date_heading():
    # no final stop, no auxiliary: a heading-like line states nothing on its own ...
    assert "Coco Gauff beat Ons Jabeur 6-0, 6-1" not in [t for _, t in dated("Coco Gauff beat Ons Jabeur 6-0, 6-1\nMore.\n")]
    # ... and is an entry under a date heading, but a verbless label still is not
    got = dict((t, w) for w, t in dated("Results.\nOctober 30\nCoco Gauff beat Ons Jabeur 6-0, 6-1\nColour Club, Melbourne\n"))
    assert got["Coco Gauff beat Ons Jabeur 6-0, 6-1"] == "2006-10-30"
    assert "Colour Club, Melbourne" not in got


def test_date_lines_are_read_in_linear_time():
    # many dates alone in one long line, and many date lines under long lines
    from datetime import date as _date

    from _linear import assert_linear
    from timeline_cli.temporal.events import document_events as _events

    def run(text):
        _events(text, source="x", reported=_date(2006, 11, 15))

    assert_linear(run, lambda n: "Talks resumed. " + "1996. " * (n // 6), what="dates alone on one line")
    assert_linear(run, lambda n: ("A line that runs on and on about the talks. " * 4 + "\nOctober 29\nTalks resumed.\n") * (n // 230 + 1),
                  what="date lines under long lines")
