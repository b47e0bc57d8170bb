"""Session 24, speed20: the pack's prefilters (speed18) cover every word their patterns need.

A prefilter tests, in C, that one of a few words is in a text before a pattern is tried there
(`lang.en.facts._may_say` for a case-blind pattern, a plain `in` for a case-sensitive one). It is
exact only while every match of the pattern holds one of its words: a word added to a pattern
later without its prefilter would make the pattern miss texts silently. These tests read the words
each pattern needs from the pattern itself (its parsed form), so such a change fails here.
"""

from __future__ import annotations

import inspect
import re
from re import _constants as C  # type: ignore[attr-defined]
from re import _parser  # type: ignore[attr-defined]

import pytest

from timeline_cli.lang.en import facts as en

_MAX_SPELLINGS = 256  # (a literal run through character classes is spelled out up to this many ways)


def _run_covered(run: frozenset[str], words: tuple[str, ...]) -> bool:
    """Every spelling of a run of literal characters holds one of `words`."""
    return run != {""} and all(any(w in spelled for w in words) for spelled in run)


def _covered(items: list, words: tuple[str, ...], fold: bool, run: frozenset[str] = frozenset({""})) -> bool:
    """Whether every match of the parsed sequence `items` (after the literal run `run`) holds one of
    `words`: a run of literal characters every match has holds one. A group is read in its place,
    and a branch alternative by alternative, each followed by the rest (a run goes on through them:
    "c(?:ome|ame)" holds "com" or "cam"); a repeat asked at least once is covered on its own.
    Conservative: a word across anything else (a class of many characters, a repeat) is not seen
    (the test then fails, loudly)."""
    for at, (op, av) in enumerate(items):
        chars = None
        if op is C.LITERAL:
            chars = [chr(av)]
        elif op is C.IN and all(o is C.LITERAL for o, _ in av):
            chars = [chr(v) for _, v in av]
        if chars is not None and len(run) * len(chars) <= _MAX_SPELLINGS:
            run = frozenset(s + (c.lower() if fold else c) for s in run for c in chars)
            continue
        rest = list(items[at + 1:])
        if op is C.SUBPATTERN:
            return _covered(list(av[-1]) + rest, words, fold, run)
        if op is C.BRANCH:
            return all(_covered(list(alt) + rest, words, fold, run) for alt in av[1])
        if op is C.AT:
            continue  # (a boundary matches no character: the run goes on)
        if _run_covered(run, words):
            return True
        run = frozenset({""})
        if op in (C.MAX_REPEAT, C.MIN_REPEAT) and av[0] >= 1 and _covered(list(av[2]), words, fold):
            return True
    return _run_covered(run, words)


def covers(pattern: re.Pattern[str], words: tuple[str, ...]) -> bool:
    """Every match of `pattern` holds one of `words` (lower-cased for a case-blind pattern, as
    `_may_say` compares them)."""
    fold = bool(pattern.flags & re.I)
    if fold:
        assert all(w == w.lower() for w in words), words
    return _covered(list(_parser.parse(pattern.pattern, pattern.flags)), words, fold)


# (pattern, its prefilter's words, the reader that filters with them)
PREFILTERS = [
    (en._REFUSAL_RE, en._REFUSAL_WORDS, en.refuses),
    (en._PHASE_RE, en._PHASE_WORDS, en.act_phase),
    (en._POLL_PHASE_RE, en._POLL_PHASE_WORDS, en.act_phase),
    (en._CAME_HINT_RE, en._CAME_WORDS, en._came_hint),
    (en._AFTER_ACT_RE, en._AFTER_WORDS, en.after_act),
    (en._SINCE_START_RE, en._SINCE_WORDS, en._cumulative_toll),
    (en._TITLED_RE, en._TITLE_STARTS, en._titled_names),
    (en._POSSESSIVE_RE, en._POSSESSIVE_MARKS, en.may_possess),
    (en._OTHER_INCIDENT_IN_RE, en._INCIDENT_IN_WORDS, en._other_incident),
]
_NAMES = [f"{reader.__name__}:{words[0]}" for _, words, reader in PREFILTERS]


def _words_name(words: tuple[str, ...]) -> str:
    return next(name for name, value in vars(en).items() if value is words)


@pytest.mark.parametrize("pattern, words, reader", PREFILTERS, ids=_NAMES)
def test_every_match_of_the_pattern_holds_a_word_of_its_prefilter(pattern, words, reader):
    assert covers(pattern, words), f"{pattern.pattern!r} can match with none of {words}"


@pytest.mark.parametrize("pattern, words, reader", PREFILTERS, ids=_NAMES)
def test_the_reader_filters_with_those_words(pattern, words, reader):
    source = inspect.getsource(getattr(reader, "__wrapped__", reader))
    assert _words_name(words) in source


@pytest.mark.parametrize("pattern, words", [
    (re.compile(r"\b(?:refused|rejected|abstained)\b", re.I), en._REFUSAL_WORDS),  # a word added without its prefilter
    (re.compile(r"\bsince\b|\bafter\b", re.I), ("since",)),
    (re.compile(r"\b(?:King|Regent)\s+[A-Z]"), en._TITLE_STARTS),
    (re.compile(r"[Ii]n\s+(?:another|a\s+new)\s+attack"), ("other",)),
    (re.compile(r"(?:stop)?ped"), ("stop",)),  # (an optional group holds no needed word)
])
def test_a_pattern_matching_without_its_words_is_caught(pattern, words):
    assert not covers(pattern, words)


def test_a_case_blind_pattern_is_compared_lower_cased():
    assert covers(re.compile(r"\bSince\s+\d", re.I), ("since",))
    assert covers(re.compile(r"\b[Ss]ince\b"), ("Since", "since"))
    assert not covers(re.compile(r"\b[Ss]ince\b"), ("since",))


@pytest.mark.parametrize("text, found", [
    ("Israel has refused to recognise Hamas.", True),  # (a reader still finds what its pattern finds)
    ("Israel has REFUSED to recognise Hamas.", True),
    ("Israel has agreed to recognise Hamas.", False),
])
def test_the_refusal_prefilter_lets_its_matches_through(text, found):
    assert en.refuses(text) is found


def _grouping(docs) -> tuple[dict, dict]:
    from timeline_cli import facts
    from timeline_cli.api import document_events

    events = [e for i, (text, day) in enumerate(docs)
              for e in document_events(text, reported=day, source=f"doc{i:03d}")]
    index = facts.build(events)
    return dict(index.fact_of), dict(index.scores)


def test_the_search_reading_refusals_late_groups_as_reading_them_first(monkeypatch):
    """`_score(read_late=True)`, the candidate search's: the same facts and the same link scores
    as every refusal asked before the Dice (each pair a link refused by a reading stays refused,
    and `_one_day_link` reads them all)."""
    from conftest import corpus_docs
    from timeline_cli import facts

    docs = corpus_docs("aquaint", 40)
    late = _grouping(docs)
    score = facts._score

    def first(a, b, weight, rare=0.0, bar=facts.THRESHOLD, read_late=False):
        return score(a, b, weight, rare, bar)

    monkeypatch.setattr(facts, "_score", first)
    assert _grouping(docs) == late
    assert late[1]  # (links were scored: the test compares something)
