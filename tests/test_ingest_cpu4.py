"""Ingest's CPU cuts of session 22 (ingestcpu4): each gives what the long way gives.

A cut that skips work must leave every event as it was: here each is compared with the same
reading done the long way (the gate off, or the old per-word test written out), on the rules'
own examples and must-not-match cases and on spellings that only case folding makes match.
"""

from __future__ import annotations

import re
from datetime import date

import pytest

from timeline_cli import lang
from timeline_cli.temporal import clauses
from timeline_cli.temporal.events import document_events

from test_ingest_cpu import _Counting
from test_statement_date import COMPARISON_SINCE, COPULA_PRESENT, FUTURE_STATEMENT, RELATED_BY_VERB, RELATED_HAPPENING, \
    REPORTED

EN = lang.get("en")


def _whens(sentence: str) -> list[str]:
    events = document_events(sentence, source="t", reported=date.fromisoformat(REPORTED), keep_undated=True)
    return [e.when for e in events]


# FUTURE_WORD_RE asks for a "to" future's copula ("is expected to", "are to"): a bare "to" no
# longer lets a sentence through to the long pattern. The futures of the examples, those with
# "to" (and their copula) in other spellings, and sentences with a "to" that is no future.
TO_SENTENCES = [s for s, _ in FUTURE_STATEMENT + COPULA_PRESENT]
TO_SENTENCES += ["BUSH IS EXPECTED TO DELIVER A SPEECH.", "He is not likely to resign.", "They are set\nto leave.",
                 "We am about to go.", "Rebels are to be disarmed.", "He i\u017f to be replaced.",
                 "The ministers went to Paris to sign the deal.", "Prices rose to a record.",
                 "He flew to Tokyo, where talks are due to start.", "The talks, which are to resume, stalled.",
                 "It has to be done.", "Today the town is quiet."]


@pytest.mark.parametrize("sentence", TO_SENTENCES)
def test_future_gate_dates_as_the_long_search(monkeypatch, sentence):
    fast = _whens(sentence)
    monkeypatch.setattr(EN, "FUTURE_WORD_RE", None)  # every sentence searched with the long pattern
    assert _whens(sentence) == fast


def test_a_bare_to_skips_the_long_future_search(monkeypatch):
    counting = _Counting(EN.FUTURE_STATEMENT_RE)
    monkeypatch.setattr(EN, "FUTURE_STATEMENT_RE", counting)
    assert _whens("The ministers went to Paris to sign the deal.") == [f"../{REPORTED}"]
    assert counting.searches == 0
    assert _whens("Bush is expected to deliver a speech on the war.") == [f"{REPORTED}/.."]
    assert counting.searches >= 1


def _present_main_per_word(s: str, pack) -> int | None:
    """present_main as it read before session 22: a quotation mark looked for in s[:k] at each word."""
    original = clauses._first_quote_end
    try:
        clauses._first_quote_end = lambda s, quotes: _Before(s, quotes)  # type: ignore[assignment]
        return clauses.present_main(s, pack)
    finally:
        clauses._first_quote_end = original


class _Before:
    """`k >= this` as "some quotation mark lies in s[:k]", asked the old way."""

    def __init__(self, s: str, quotes) -> None:
        self.s, self.quotes = s, quotes

    def __le__(self, k: int) -> bool:
        return any(q in self.s[:k] for q in self.quotes)


PRESENT_SENTENCES = [s for s, _ in RELATED_HAPPENING + RELATED_BY_VERB + COMPARISON_SINCE] + [
    "This is the reason.", '"This is the reason," he said.', 'The vote "marks" a new beginning.',
    "The vote marks a \u00abnew\u00bb beginning.", "The \u201cvote\u201d marks a new beginning.",
    'He said: "The fund is a sign of hope."', "The fund is a sign of hope.\u201d"]


@pytest.mark.parametrize("sentence", PRESENT_SENTENCES)
def test_present_main_reads_quotes_as_the_per_word_test(sentence):
    assert clauses.present_main(sentence, EN) == _present_main_per_word(sentence, EN)


def test_present_main_stops_at_a_quotation_mark_before_the_verb():
    assert clauses.present_main("The vote marks a new beginning.", EN) == 9
    assert clauses.present_main('The "vote" marks a new beginning.', EN) is None
    assert clauses.present_main('The vote marks a "new" beginning.', EN) == 9


def test_the_main_verb_is_not_read_without_a_relating_word(monkeypatch):
    read = []
    reading = clauses.present_main
    monkeypatch.setattr(clauses, "present_main", lambda s, pack: read.append(s) or reading(s, pack))
    assert _whens("The vote was held on March 10.") == ["2024-03-10"]
    assert read == []
    assert _whens(RELATED_HAPPENING[0][0]) == RELATED_HAPPENING[0][1]
    assert read


@pytest.mark.parametrize("sentence", [s for s, _ in RELATED_HAPPENING + RELATED_BY_VERB])
def test_related_happening_window_is_a_superset(sentence):
    """The cheap look before reading the verb searches from the sentence's start: whatever the
    verb's window finds, it finds (a search from an earlier position tries every later one)."""
    pattern = EN.RELATED_HAPPENING_BEFORE_RE
    for date_at in [m.start() for m in re.finditer(r"\d|March|November|October|Nov\.|June", sentence)]:
        for verb_at in range(0, date_at):
            if pattern.search(sentence, max(verb_at, date_at - 80), date_at) is not None:
                assert pattern.search(sentence, max(0, date_at - 80), date_at) is not None


def test_a_sentence_s_words_are_read_once_and_never_changed():
    s = "The party, founded 32 years ago, split on Tuesday."
    words = clauses._sentence_words(s)
    assert words is clauses._sentence_words(s)  # the asides, relatives and verbs share them
    assert isinstance(words, tuple)
    assert [w.group() for w in words] == [w.group() for w in clauses._words(s)]


# is_code counts the marks every sign holds ("=", "(", "{", "}", "import", "def", ";") before
# searching for the signs: a sentence with fewer marks than the signs it needs is prose.
CODE_LINES = ["pycon_2019 = date(2019, 5, 1)", "t = (('city', 'Amsterdam'),)", "from x import y; def f(): pass",
              "if a == b and c != d: e => f", "{ } { } { }", "x = 1; y = 2; z = 3;", "def f(a): return g(a)",
              "the ratio f(x) rose and g(y) fell, h(z) said", "The site showed <img src=x onerror=alert(1)> to visitors.",
              "Police (AP) said the suspect (42) was held (briefly).", "He said (again) that the vote was won.",
              "a=b", "a = b(c) {d}", "The score was 2-1 (3-3 on aggregate); Smith scored twice."]


@pytest.mark.parametrize("line", CODE_LINES)
def test_code_mark_count_reads_as_the_sign_search(monkeypatch, line):
    from timeline_cli.temporal import boilerplate

    fast = boilerplate.is_code(line)
    monkeypatch.setattr(boilerplate, "_most_signs", lambda sentence: 10 ** 6)  # every sentence searched
    assert boilerplate.is_code(line) == fast


def test_code_mark_count_bounds_the_signs():
    from timeline_cli.temporal import boilerplate

    for line in CODE_LINES:
        assert boilerplate._most_signs(line) >= len(boilerplate._CODE_SIGNAL.findall(line))
    assert boilerplate.is_code(CODE_LINES[5]) and not boilerplate.is_code(CODE_LINES[9])
