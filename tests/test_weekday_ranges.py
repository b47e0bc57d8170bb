"""Session 18, parser18: scanner gaps around weekdays.

* a day's name right before a comma and a number ("Saturday,7pm", no space) is a mention of its
  own (the scanner's right boundary forbade any ",<digit>" after a match; it still does after a
  month or a number: "May 3,2024", "1,000");
* two weekdays joined by a dash, no space ("Mon-Fri", "Monday-Friday", "Saturday-Sunday",
  "Fri.-Sat.", opening-hours style), are one range mention (rule `weekday-range`); in a bracket
  after a date ("May 5 - 6 (Tues-Wed 9:00am)") they restate the days just named.
Each case fails with its change undone.
"""

from __future__ import annotations

from datetime import date

import pytest

from timeline_cli.temporal.events import document_events
from timeline_cli.temporal.extract import extract

REPORTED = date(2024, 3, 13)  # a Wednesday


def found(text: str, reported: date = REPORTED) -> list[tuple[str, str, str | None]]:
    return [(t.text, t.value, t.edtf) for t in extract(text, reported)]


@pytest.mark.parametrize(("text", "expected"), [
    ("The party is on Saturday,7pm at the hall.",
     [("Saturday", "2024-03-16", "2024-03-16"), ("7pm", "2024-03-16T19:00", "2024-03-16")]),
    ("See you today,9am.", [("today", "2024-03-13", "2024-03-13"), ("9am.", "2024-03-13T09:00", "2024-03-13")]),
    # must not: a number or a month glued to a comma and digits stays no mention
    ("It was 1,000 on May 3,2024.", []),
    ("The index rose 3,5 percent.", []),
])
def test_a_day_name_before_a_tight_comma(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(("text", "mention", "edtf"), [
    ("The office is open Mon-Fri from 9am.", "Mon-Fri", "2024-03-11/2024-03-15"),
    ("The office is open Monday-Friday.", "Monday-Friday", "2024-03-11/2024-03-15"),
    ("The show runs Saturday-Sunday at the hall.", "Saturday-Sunday", "2024-03-16/2024-03-17"),
    ("Opening hours: Fri.-Sat. 10-18.", "Fri.-Sat.", "2024-03-15/2024-03-16"),
    ("Open Mon–Fri, closed on holidays.", "Mon–Fri", "2024-03-11/2024-03-15"),
])
def test_a_weekday_range_is_one_mention(text, mention, edtf):
    assert [(m, e) for m, _, e in found(text)][:1] == [(mention, edtf)]


@pytest.mark.parametrize("text", [
    "Read the Chicago Sun-Times.", "The car has a sat-nav.", "The Mon-Khmer languages.",
    "The wed-sat shuttle.",  # short weekdays in lower case are words
])
def test_no_weekday_range(text):
    assert found(text) == []


def test_a_spaced_weekday_range_is_two_mentions_joined_as_before():
    assert [m for m, _, _ in found("Open Monday - Friday.")] == ["Monday", "Friday"]
    events = document_events("The shop is open Monday - Friday.", source="t", reported=REPORTED)
    assert [e.when for e in events] == ["2024-03-11/2024-03-15"]


def test_a_weekday_range_in_brackets_restates_the_days_before_it():
    text = "FUNDAMENTALS I and II May 5 - 6 (Tues-Wed 9:00am - 5:30pm) Team"
    got = {m: v for m, v, _ in found(text, date(2015, 4, 20))}
    assert got["Tues-Wed"] == "2015-05-05"
    assert got["9:00am"] == "2015-05-05T09:00"
    text = "COURSE May 2 - 3, 9 - 10, 16 - 17 (Sat-Sun 1:00pm-6:00pm)"
    got = {m: v for m, v, _ in found(text, date(2015, 4, 20))}
    assert got["Sat-Sun"] == "2015-05-02"
