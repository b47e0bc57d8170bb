"""The start of a span of months takes its reading from the span (Session 17, parser17;
extract.MONTH_SPAN, lang/en MONTH_SPAN_BEFORE / MONTH_SPAN_LINK).

"From January to October, trade rose" in a November report: January alone is nearer ahead, but
the span ends in the October just gone, so it is this January. An end that names its year
anchors the start ("from January to August this year"); two yearless ends whose own readings
are no span are read as the span nearer the report, bound by a sure tense. Pairs that are
already one span, a list ("in January and October") and "and" without "between" are kept.
"""

from __future__ import annotations

from datetime import date

import pytest

from timeline_cli.temporal import extract as ex
from timeline_cli.temporal.extract import extract

from _rule_cases import mention_value

NOV16 = date(2006, 11, 16)
DEC16 = date(2006, 12, 16)

# each fails with the rule off
MOVES = [
    ("From January to October, the city's external trade amounted to 200 billion dollars.", NOV16, "January", "2006-01"),
    ("The country recorded 532,101 accidents between January and October, killing 92,437 people.", NOV16, "January", "2006-01"),
    ("It imported 900 tons of frozen meat from January to August this year.", NOV16, "January", "2006-01"),
    ("From Jan. to Oct. this year, bilateral trade volume reached 5 billion dollars.", NOV16, "Jan.", "2006-01"),
    ("Trade volume from January to September hit 1.13 billion dollars.", NOV16, "January", "2006-01"),
    ("Output rose between January and March.", DEC16, "January", "2006-01"),
]

# must not move (the same with the rule on and off)
KEPT = [
    ("Sales rose from October to December.", NOV16, "October", "2006-10"),
    ("It would be warmer than normal from December until February.", NOV16, "February", "2007-02"),
    ("He was economy minister from April to August 2005.", NOV16, "April", "2005-04"),
    ("Prices rose in January and October.", NOV16, "January", "2006-01"),
    ("Output will rise between January and March.", DEC16, "January", "2007-01"),
]


@pytest.mark.parametrize("sentence, reported, mention, value", MOVES + KEPT)
def test_the_start_of_a_span_of_months_is_read_with_its_end(sentence, reported, mention, value):
    assert mention_value(sentence, reported, mention) == value


@pytest.mark.parametrize("sentence, reported, mention, value", MOVES)
def test_the_moves_fail_with_the_rule_off(monkeypatch, sentence, reported, mention, value):
    monkeypatch.setattr(ex, "MONTH_SPAN", False)
    assert mention_value(sentence, reported, mention) != value


@pytest.mark.parametrize("sentence, reported, mention, value", KEPT)
def test_the_kept_are_the_same_with_the_rule_off(monkeypatch, sentence, reported, mention, value):
    monkeypatch.setattr(ex, "MONTH_SPAN", False)
    assert mention_value(sentence, reported, mention) == value


def test_a_span_is_one_span_after_the_rule():
    # "from December to February" with no tense: one winter, not a February before its December
    found = {t.text: t for t in extract("The fair runs from December to February.", NOV16)}
    assert (found["December"].value, found["February"].value) == ("2006-12", "2007-02")
