"""Session 24, parser25: a quoted "today" of a history is the speaker's, not the download's.

- extract.QUOTED_SPEECH_TIME: in a history told well before its writing, a mention counted from
  the day of its telling ("today", "tonight", "next summer", "15 months ago") inside a quotation
  counts from the time under discussion when that is known to the mention's unit (a day for
  "today", a month for a season, a year for "next year"); when it is coarser the mention keeps
  its unit but no calendar digits ("XXXX-XX-XXTNI", as TIMEX2 writes it) and no store date.
Each example fails with the rule off; each must-not case is the same with the rule on and off.
"""

from __future__ import annotations

from datetime import date

import pytest

from timeline_cli.temporal import extract as ex
from timeline_cli.temporal.extract import extract

WRITTEN = date(2009, 12, 19)  # a history downloaded decades after its story

# (text, mention, value, edtf)
QUOTED_MOVES = [
    ('In 1969 the war went on. In June 1969, Nixon said in an announcement, "I am tonight announcing plans '
     'for the withdrawal of 25,000 troops."', "tonight", "XXXX-XX-XXTNI", None),
    ('The protests grew in 1967. Marchers chanted "Hey, hey, LBJ! How many boys did you kill today?" in the '
     'streets.', "today", "XXXX-XX-XX", None),
    ('The surge began in 2007. In a speech made to Congress on September 10, 2007, Petraeus "envisioned the '
     'withdrawal of roughly 30,000 U.S. troops by next summer."', "next summer", "2008-SU", "2008-22"),
    ('The siege began in 1948. On 24 June 1948, the general told the city: \u201cToday we close the last '
     'road.\u201d', "Today", "1948-06-24", "1948-06-24"),
    ('Nixon took office in 1969. In 1970 he said that the troops in Vietnam were "below the level that '
     'existed when we took office 15 months ago."', "15 months ago", "XXXX-XX", None),
]

# outside a quotation, or a quotation closed before the mention, or a news report: as before
QUOTED_KEPT = [
    ('The war ended in 1975. Today the palace is a museum.', WRITTEN, "Today", "2009-12-19"),
    ('The war ended in 1975. "It is over," he said. Today the palace is a museum.', WRITTEN, "Today",
     "2009-12-19"),
    ('The war ended in 1975. \u201cIt is over,\u201d he said, and today the palace is a museum.', WRITTEN,
     "today", "2009-12-19"),
    ('"We will finish the bridge by next summer," the mayor said on Tuesday.', date(2005, 3, 10),
     "next summer", "2005-SU"),
]


def _mention(text: str, words: str, reported: date) -> tuple[str, str | None]:
    """The mention's value and store date; a text written decades after its story is read as
    the history it is (a few sentences are too short for `auto` to tell)."""
    start = text.index(words)
    mode = "narrative" if reported == WRITTEN else "auto"
    for t in extract(text, reported, mode=mode):
        if t.start == start:
            return t.value, t.edtf
    raise AssertionError(f"{words!r} not found as a mention")


@pytest.mark.parametrize("text, words, value, edtf", QUOTED_MOVES)
def test_a_quoted_deixis_is_the_speakers(text, words, value, edtf):
    assert _mention(text, words, WRITTEN) == (value, edtf)


@pytest.mark.parametrize("text, words, value, edtf", QUOTED_MOVES)
def test_quoted_moves_fail_with_the_rule_off(monkeypatch, text, words, value, edtf):
    monkeypatch.setattr(ex, "QUOTED_SPEECH_TIME", False)
    assert _mention(text, words, WRITTEN)[0] != value


@pytest.mark.parametrize("text, reported, words, value", QUOTED_KEPT)
def test_unquoted_or_news_deixis_kept(monkeypatch, text, reported, words, value):
    assert _mention(text, words, reported)[0] == value
    monkeypatch.setattr(ex, "QUOTED_SPEECH_TIME", False)
    assert _mention(text, words, reported)[0] == value


def test_unknown_date_keeps_the_unit():
    assert ex._unknown_date("2009-12-19TNI") == "XXXX-XX-XXTNI"
    assert ex._unknown_date("2010-SP") == "XXXX-SP"
    assert ex._unknown_date("2009-12-19T14:30") == "XXXX-XX-XXT14:30"


# ---- rules "bare-short-weekday": a short weekday without dot or shift word where only a day stands
SHORT_WEEKDAY_FOUND = [
    ("My exams will be on Mon and tues only!", "Mon", "2024-11-11"),
    ("meet on wed at 5", "wed", "2024-11-06"),
    ("Classes on Tue, Thu and Sat at 5pm", "Sat", "2024-11-09"),
    ("how about friday night or sat?", "sat", "2024-11-09"),
    ("a bit stupid every mon, wed, thur got parade", "thur", "XXXX-WXX-4"),
    ("The stall is open every Sat from 8am.", "every Sat", "XXXX-WXX-6"),
]

# words, not days: in a list only before what a day's place allows; after "on", "sat" and "sun"
# only capitalised, and never before a noun they would qualify
SHORT_WEEKDAY_NOT = [
    ("The kids ran on Friday and sat up late.", "sat"),
    ("It was cold on Tuesday, sun shining though.", "sun"),
    ("They met on Monday, wed in June and sat together.", "wed"),
    ("He arrived on Friday, sat in the back and left.", "sat"),
    ("He sat on sun loungers all afternoon.", "sun"),
    ("Turn on sat nav for the trip.", "sat"),
    ("The talk on Mon languages was long.", "Mon"),
]

REPORTED = date(2024, 11, 6)


@pytest.mark.parametrize("text, words, value", SHORT_WEEKDAY_FOUND)
def test_short_weekday_where_a_day_stands(text, words, value):
    found = {t.text: t.value for t in extract(text, REPORTED)}
    assert found.get(words) == value


@pytest.mark.parametrize("text, words", SHORT_WEEKDAY_NOT)
def test_short_weekday_word_not_a_day(text, words):
    start = text.index(words, 1 if words.islower() else 0)
    assert all(not (t.start <= start < t.end) for t in extract(text, REPORTED))


# ---- extract.COMPARED_STORY_BACK: a history's comparison with a month is the month gone
COMPARED_STORY_MOVES = [
    ("The campaign of 1917 went on. On 2 February, the army rested. March to May proved quiet months compared "
     "to the slaughter of November, with few raids.", "November", "1916-11"),
    ("The siege began in 1943. By 4 June, the lines were stable. Losses stayed low in contrast to the fighting "
     "in October, when thousands fell.", "October", "1942-10"),
    ("Elections were held in 2005. On February 4, the count ended. February to April proved relatively "
     "peaceful compared to the carnage of November and January, with fewer attacks.", "January", "2005-01"),
]

# a comparison's month not after the time under discussion, or no comparison: as before
COMPARED_STORY_KEPT = [
    ("The siege began in 1943. By 4 June, the lines were stable. Losses stayed low compared with the "
     "fighting in April.", "April", "1943-04"),
    ("The campaign of 1917 went on. On 2 February, the army rested. In November, the offensive began.",
     "November", "1917-11"),
]


def _history_value(text: str, words: str) -> str:
    start = text.index(words)
    return next(t.value for t in extract(text, WRITTEN, mode="narrative") if t.start == start)


@pytest.mark.parametrize("text, words, value", COMPARED_STORY_MOVES)
def test_a_histories_comparison_reads_back(text, words, value):
    assert _history_value(text, words) == value


@pytest.mark.parametrize("text, words, value", COMPARED_STORY_MOVES)
def test_compared_story_moves_fail_with_the_rule_off(monkeypatch, text, words, value):
    monkeypatch.setattr(ex, "COMPARED_STORY_BACK", False)
    assert _history_value(text, words) != value


@pytest.mark.parametrize("text, words, value", COMPARED_STORY_KEPT)
def test_compared_story_kept(monkeypatch, text, words, value):
    assert _history_value(text, words) == value
    monkeypatch.setattr(ex, "COMPARED_STORY_BACK", False)
    assert _history_value(text, words) == value


# ---- lang/en COMPARED_HAPPENING_BEFORE ends in "of" too: "the boycott of January" is the one gone
COMPARED_OF_MOVES = [
    "Voting was strong in Sunni districts, in stark contrast to the boycott of January.",
    "Turnout was high, unlike the vote of January, officials said.",
]


@pytest.mark.parametrize("text", COMPARED_OF_MOVES)
def test_a_comparison_of_a_month_reads_back(monkeypatch, text):
    dec15 = date(2005, 12, 15)
    assert [t.value for t in extract(text, dec15)] == ["2005-01"]
    monkeypatch.setattr(ex, "COMPARED_HAPPENING_PAST", False)
    assert [t.value for t in extract(text, dec15)] == ["2006-01"]
