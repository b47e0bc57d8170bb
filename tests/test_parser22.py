"""Session 21, parser22: yearless dates of news told against a happening already seen.

- extract.COMPARED_HAPPENING_PAST (lang/en COMPARED_HAPPENING_BEFORE): the yearless month or day
  of the happening a comparison is made with ("compared with", "similar to", "in contrast to",
  "unlike") reads back, however near the coming one is to a December report.
- rules.FALL_DECLINE: "the fall in prices" is a decline, not the autumn.
- lang/en LONG_CHAIN_BLOCK: a "by" of an agent named right before the date's preposition ("the
  seizure of power by King Gyanendra in February") no longer blocks a simple past's chain.
- lang/en MONTH_BASE_BEFORE_RE: "similar to", "in contrast to", "unlike" make a month the base of
  a comparison, which dates no statement (as "compared with" did).
Each example fails with its rule off; each must-not case is the same with the rule on and off.
"""

from __future__ import annotations

import re
from datetime import date

import pytest

from timeline_cli.lang import en
from timeline_cli.lang.en import rules
from timeline_cli.temporal import extract as ex
from timeline_cli.temporal.events import document_events
from timeline_cli.temporal.extract import extract

from _rule_cases import mention_value

DEC15 = date(2005, 12, 15)
APR14 = date(1997, 4, 14)

# ---- a comparison's happening reads back
COMPARED_MOVES = [
    ("Voting was strong in Sunni districts, in stark contrast to their overwhelming boycott of an election in "
     "January.", DEC15, "January", "2005-01"),
    ("Unofficial estimates suggested polarized results similar to those from elections in January, officials said.",
     DEC15, "January", "2005-01"),
    ("The government noted that the atmosphere had clearly improved compared with the fractious summit in February "
     "when no agreement could be found.", DEC15, "February", "2005-02"),
    ("The vote went smoothly, unlike the strike on February 10 that shut the capital.", DEC15, "February 10",
     "2005-02-10"),
]
COMPARED_KEPT = [
    # a word of planning or of what lies ahead between: the coming one
    ("Growth was weak compared with forecasts for a rebound in January.", DEC15, "January", "2006-01"),
    ("Turnout will be high, unlike the elections due in January.", DEC15, "January", "2006-01"),
    ("Prices are low compared with the next meeting in February, traders said.", DEC15, "February", "2006-02"),
    # a comma or a clause word ends the comparison's phrase
    ("Sales rose compared with last year, and the plant opens in February.", DEC15, "February", "2006-02"),
]


@pytest.mark.parametrize("sentence, dct, mention, value", COMPARED_MOVES + COMPARED_KEPT)
def test_a_comparisons_happening_reads_back(sentence, dct, mention, value):
    assert mention_value(sentence, dct, mention) == value


@pytest.mark.parametrize("sentence, dct, mention, value", COMPARED_MOVES)
def test_compared_moves_fail_with_the_rule_off(monkeypatch, sentence, dct, mention, value):
    monkeypatch.setattr(ex, "COMPARED_HAPPENING_PAST", False)
    assert mention_value(sentence, dct, mention) != value


@pytest.mark.parametrize("sentence, dct, mention, value", COMPARED_KEPT)
def test_compared_kept_are_the_same_with_the_rule_off(monkeypatch, sentence, dct, mention, value):
    monkeypatch.setattr(ex, "COMPARED_HAPPENING_PAST", False)
    assert mention_value(sentence, dct, mention) == value


# ---- "the fall in prices": a decline
FALL_DECLINES = [
    "The fall in prices was higher than analysts had forecast.",
    "Top bank, Maybank, led the fall in banking stocks with a 75 sen loss.",
    "Exports rose; the fall in oil prices came later.",
]
FALL_SEASONS = [  # (sentence, mention, value)
    ("He moved there in the fall in search of work.", "the fall", "1996-FA"),
    ("The fall in Washington was mild.", "fall", "1996-FA"),
    ("The fall in the north was cold.", "fall", "1996-FA"),
    ("Prices rose last fall in the capital.", "last fall", "1996-FA"),
    ("During the fall in prices, banks lost.", "fall", "1996-FA"),  # (after a time preposition: left as it was)
]


def _seasons(sentence: str) -> list[str]:
    return [t.text for t in extract(sentence, APR14) if "fall" in t.text.lower()]


@pytest.mark.parametrize("sentence", FALL_DECLINES)
def test_the_fall_in_prices_is_no_season(sentence):
    assert _seasons(sentence) == []


@pytest.mark.parametrize("sentence", FALL_DECLINES)
def test_fall_declines_fail_with_the_rule_off(monkeypatch, sentence):
    monkeypatch.setattr(rules, "FALL_DECLINE", False)
    assert _seasons(sentence) != []


@pytest.mark.parametrize("sentence, mention, value", FALL_SEASONS)
def test_the_autumn_stays(monkeypatch, sentence, mention, value):
    assert mention_value(sentence, APR14, mention) == value
    monkeypatch.setattr(rules, "FALL_DECLINE", False)
    assert mention_value(sentence, APR14, mention) == value


# ---- a "by" of an agent in a simple past's chain
_OLD_BLOCK = re.compile(re.sub(r"by\(\?!.*?\\s\*\$\)", "by", en.LONG_CHAIN_BLOCK.pattern, count=1), re.I)
AGENT_MOVES = [
    ("The ordinance followed the seizure of power by King Gyanendra in February.", date(2005, 12, 14), "February",
     "2005-02"),
    ("The army ended the siege by President Smith in January.", DEC15, "January", "2005-01"),
]
AGENT_KEPT = [
    ("The company completed the work by March in January.", DEC15, "January", "2006-01"),
    ("The company completed the sale by Friday in January.", DEC15, "January", "2006-01"),
    ("The firm launched the bid by the deadline in January.", DEC15, "January", "2006-01"),
]


def test_the_old_block_is_the_old_pattern():
    assert _OLD_BLOCK.pattern != en.LONG_CHAIN_BLOCK.pattern and "|by|" in _OLD_BLOCK.pattern


@pytest.mark.parametrize("sentence, dct, mention, value", AGENT_MOVES + AGENT_KEPT)
def test_an_agents_by_blocks_no_chain(sentence, dct, mention, value):
    assert mention_value(sentence, dct, mention) == value


@pytest.mark.parametrize("sentence, dct, mention, value", AGENT_MOVES)
def test_agent_moves_fail_with_the_old_block(monkeypatch, sentence, dct, mention, value):
    monkeypatch.setattr(en, "LONG_CHAIN_BLOCK", _OLD_BLOCK)
    assert mention_value(sentence, dct, mention) != value


@pytest.mark.parametrize("sentence, dct, mention, value", AGENT_KEPT)
def test_agent_kept_are_the_same_with_the_old_block(monkeypatch, sentence, dct, mention, value):
    monkeypatch.setattr(en, "LONG_CHAIN_BLOCK", _OLD_BLOCK)
    assert mention_value(sentence, dct, mention) == value


# ---- a comparison's month dates no statement
_OLD_MONTH_BASE = re.compile(re.sub(r"\|\\b\(\?:similar.*?\{0,80\}\$", "", en.MONTH_BASE_BEFORE_RE.pattern, count=1), re.I)
BASE_MOVES = [
    ("Voting was strong in Sunni districts, in stark contrast to their overwhelming boycott of an election in "
     "January.", ["../2005-12-15"]),
    ("Unofficial estimates suggested polarized results similar to those from elections in January, and counting "
     "went on.", ["../2005-12-15"]),
]
BASE_KEPT = [
    ("Sunni Arabs boycotted an election in January.", ["2005-01"]),
    ("Unlike his rivals, he voted in January.", ["2005-01"]),
]


def _whens(sentence: str) -> list[str | None]:
    return [e.when for e in document_events(sentence, source="t", reported=DEC15, keep_undated=True)]


def test_the_old_month_base_is_the_old_pattern():
    assert _OLD_MONTH_BASE.pattern != en.MONTH_BASE_BEFORE_RE.pattern


@pytest.mark.parametrize("sentence, whens", BASE_MOVES + BASE_KEPT)
def test_a_comparisons_month_dates_no_statement(sentence, whens):
    assert _whens(sentence) == whens


@pytest.mark.parametrize("sentence, whens", BASE_MOVES)
def test_base_moves_fail_with_the_old_pattern(monkeypatch, sentence, whens):
    monkeypatch.setattr(en, "MONTH_BASE_BEFORE_RE", _OLD_MONTH_BASE)
    assert _whens(sentence) != whens


@pytest.mark.parametrize("sentence, whens", BASE_KEPT)
def test_base_kept_are_the_same_with_the_old_pattern(monkeypatch, sentence, whens):
    monkeypatch.setattr(en, "MONTH_BASE_BEFORE_RE", _OLD_MONTH_BASE)
    assert _whens(sentence) == whens


# ---- a bare year restating the year of the day just named keeps that day under discussion
_WAR = "The war in Europe began in September 1939. Germany invaded the Soviet Union in June 1941. "
REF_MOVES = [
    (_WAR + "On December 7 (December 8 in Asian time zones), 1941, Japan attacked the American fleet at Pearl "
     "Harbor. Germany responded by declaring war on the United States. In January, the Allies issued a joint "
     "declaration.", "1942-01"),
    (_WAR + "On December 7, 1941, Japan attacked the American fleet, and Germany declared war in 1941 too. In "
     "January, the Allies issued a joint declaration.", "1942-01"),
]
REF_KEPT = [
    # another year coarsens as before
    (_WAR + "On June 22, 1941, Germany attacked, and by 1942 the Allies fought on every front. In January, the "
     "Allies issued a joint declaration.", "1942-01"),
    # the year in the next sentence is the story's year as a whole
    (_WAR + "On December 7, 1941, Japan attacked the American fleet. In 1941 the American economy grew. In "
     "January, the Allies issued a joint declaration.", "1941-01"),
]


def _january(text: str) -> str:
    return [t.value for t in extract(text, date(2009, 12, 19)) if t.text == "January"][-1]


@pytest.mark.parametrize("text, value", REF_MOVES + REF_KEPT)
def test_a_restated_year_keeps_the_day(text, value):
    assert _january(text) == value


@pytest.mark.parametrize("text, value", REF_MOVES)
def test_ref_moves_fail_with_the_rule_off(monkeypatch, text, value):
    monkeypatch.setattr(ex, "FINER_REF_KEPT", False)
    assert _january(text) != value


@pytest.mark.parametrize("text, value", REF_KEPT)
def test_ref_kept_are_the_same_with_the_rule_off(monkeypatch, text, value):
    monkeypatch.setattr(ex, "FINER_REF_KEPT", False)
    assert _january(text) == value
