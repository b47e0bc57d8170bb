"""Ingest's CPU cuts (session 21, ingestcpu3): each gives what the long way gives.

A cut that skips work must leave every event and every grouping as they were: here each is
compared with the same reading done the long way, on the rules' own examples and
must-not-match cases and on spellings that only case folding makes match.
"""

from __future__ import annotations

from datetime import date

import pytest

from timeline_cli import lang
from timeline_cli.lang.en import facts as en_facts
from timeline_cli.temporal.events import document_events

from test_statement_date import COMPARISON_SINCE, COUNT_SINCE, FUTURE_STATEMENT, REPORTED

EN = lang.get("en")

# Each example, and the same with its "since" as case folding reads it ("SINCE"; a long s and a
# dotless i, which re.IGNORECASE folds to "s" and "i": the prefilter must fold them alike).
SINCE_SENTENCES = [s for s, _ in COMPARISON_SINCE + COUNT_SINCE]
SINCE_SENTENCES += [s.replace("since", "SINCE") for s in SINCE_SENTENCES[:6]]
SINCE_SENTENCES += [s.replace("since", "\u017f\u0131nce") for s in SINCE_SENTENCES[:6]]
SINCE_SENTENCES += ["The euro rose in 1999 against the yen.", "Prices have risen every year, sincerely, in 2001."]


def _whens(sentence: str) -> list[str]:
    events = document_events(sentence, source="t", reported=date.fromisoformat(REPORTED), keep_undated=True)
    return [e.when for e in events]


@pytest.mark.parametrize("sentence", SINCE_SENTENCES)
def test_since_prefilter_dates_as_the_long_search(monkeypatch, sentence):
    fast = _whens(sentence)
    monkeypatch.setattr(EN, "COMPARISON_SINCE_WORD_RE", None)  # every window searched with the long pattern
    assert _whens(sentence) == fast


class _Counting:
    """A pattern that counts its searches."""

    def __init__(self, pattern):
        self.pattern, self.searches = pattern, 0

    def search(self, *args):
        self.searches += 1
        return self.pattern.search(*args)

    def __getattr__(self, name):
        return getattr(self.pattern, name)


def test_since_prefilter_skips_the_long_search_without_the_word(monkeypatch):
    counting = _Counting(EN.COMPARISON_SINCE_RE)
    monkeypatch.setattr(EN, "COMPARISON_SINCE_RE", counting)
    assert _whens("The euro hit its highest level in 1999 against the yen.") == ["1999"]
    assert counting.searches == 0
    assert _whens(COMPARISON_SINCE[0][0]) == COMPARISON_SINCE[0][1]
    assert counting.searches >= 1


# The future's examples and must-not-match cases, the same upper-cased, with a curly "won’t"
# (not among the pattern's words: no future either way) and sentences without any of the words.
FUTURE_SENTENCES = [s for s, _ in FUTURE_STATEMENT]
FUTURE_SENTENCES += [s.upper() for s in FUTURE_SENTENCES[:5]]
FUTURE_SENTENCES += ["He won\u2019t resign.", "He won't resign.", "China announced a package of aid.",
                     "Bush is expected deliver a speech.", "The minister resigned."]


@pytest.mark.parametrize("sentence", FUTURE_SENTENCES)
def test_future_prefilter_dates_as_the_long_search(monkeypatch, sentence):
    fast = _whens(sentence)
    monkeypatch.setattr(EN, "FUTURE_WORD_RE", None)  # every sentence searched with the long pattern
    assert _whens(sentence) == fast


def test_future_prefilter_skips_the_long_search_without_the_words(monkeypatch):
    counting = _Counting(EN.FUTURE_STATEMENT_RE)
    monkeypatch.setattr(EN, "FUTURE_STATEMENT_RE", counting)
    assert _whens("China announced a package of aid.") == [f"../{REPORTED}"]
    assert counting.searches == 0
    assert _whens(FUTURE_STATEMENT[0][0]) == FUTURE_STATEMENT[0][1]
    assert counting.searches >= 1


# _give_context's statements, with the heads it read passed on or read again
CONTEXT_TEXTS = [
    "The Ministry of Agriculture has sent a team of experts to help contain the disease.",
    "Local veterinary departments have culled the poultry near the affected area.",
    "It added the mine's production permit and safety license have both expired.",
    "A third gas blast on Sunday hit Luweitan Colliery in Linfen city.",
    "Police have detained the mine owner.",
    "Luweitan colliery is designed to produce 210,000 tonnes a year.",
]
DOC_NAMES = frozenset().union(*(en_facts.inner_names(t) for t in CONTEXT_TEXTS)) | {"ministry", "local"}


@pytest.mark.parametrize("text", CONTEXT_TEXTS)
@pytest.mark.parametrize("names", [DOC_NAMES, frozenset()])
def test_heads_passed_on_read_as_read_again(text, names):
    heads = en_facts.name_heads(text, names)
    assert en_facts.names_actor_only(text, names, heads) == en_facts.names_actor_only(text, names)
    assert en_facts.names_nothing(text, names, heads) == en_facts.names_nothing(text, names)
