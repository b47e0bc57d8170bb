"""The scanner's prefilter is derived from the rule patterns and never skips a match.

The scanner tries the rules only near trigger words and only at start words
(`temporal/prefilter.py` reads both from the patterns). Here the prefiltered scan is compared
with a scan that tries every position: on every rule example and negative, on random
combinations of them, and on a corpus sample. A pack may still name SCAN_GAPS, words never to
use as triggers; English names none (the four mentions the old hand-kept lists missed are found).
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from types import SimpleNamespace

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from timeline_cli import lang
from timeline_cli.temporal import extract as X
from timeline_cli.temporal import prefilter as PF

EN = lang.get("en")
# English with every gap closed: what the derivation alone guarantees
COMPLETE = SimpleNamespace(RULES=EN.RULES, MACROS=EN.MACROS, STOP_WORDS=EN.STOP_WORDS, SCAN_GAPS=())
CORPORA = Path(__file__).resolve().parents[1].parent / "shared" / "corpora"

SENTENCES = sorted({ex[0] for r in EN.RULES for ex in r.examples} | {n for r in EN.RULES for n in r.negatives})
WORDS = sorted({w for s in SENTENCES for w in s.split()})


def unfiltered(text: str, pack) -> list[tuple[int, int, int]]:
    """The scan with no prefilter: every position tried, left to right."""
    c = X.compiled(pack)
    text = text.replace("\u0130", "I")
    low = text.lower()
    if len(low) != len(text):
        return [(s, e, i) for s, e, i, _ in X._scan_full(text, c)]
    out, p = [], 0
    while p < len(low):
        m = c.pattern.match(low, p)
        found = None
        if m is not None:
            i = c.index[m.lastgroup]
            s, e = m.span()
            spec = c.rules[i].build(X._groups(m, c.groups[i], text), text, s, e)
            found = (s, e, i, spec) if spec is not None else c.later_match(low, text, p, i)
        if found is None:
            p += 1
            continue
        s, e, i, _ = found
        out.append((s, e, i))
        p = e if e > p else p + 1
    return out


def filtered(text: str, pack) -> list[tuple[int, int, int]]:
    return [(s, e, i) for s, e, i, _ in X.scan(text, pack)]


def test_english_is_prefilterable_and_its_lists_are_derived():
    c = X.compiled(EN)
    pf = c.prefilter
    assert {"october", "monday", "yesterday", "week"} <= pf.words | pf.stems
    assert {"the", "last", "about"} <= pf.prefixes
    assert "the" not in pf.words  # a common word is never a trigger where a rarer one does
    assert {"circa", "period"} <= pf.words | pf.stems | pf.prefixes | pf.prefix_stems
    for attr in ("TRIGGER_WORDS", "TRIGGER_STEMS", "PREFIX_WORDS"):
        assert not hasattr(EN.RULES[0], attr) and attr not in dir(EN)


@pytest.mark.parametrize("sentence", SENTENCES)
def test_the_prefilter_admits_every_example_and_negative(sentence):
    assert filtered(sentence, COMPLETE) == unfiltered(sentence, COMPLETE)
    assert filtered(sentence, EN) == unfiltered(sentence, EN)


TEXT = st.one_of(
    st.lists(st.sampled_from(WORDS), max_size=30).map(" ".join),
    st.lists(st.sampled_from(SENTENCES), min_size=1, max_size=4).map(" ".join),
    st.tuples(st.sampled_from(SENTENCES), st.text(max_size=10), st.sampled_from(SENTENCES)).map("".join),
    st.text(alphabet="0123456789 -/.,'’()+adehilmnorstuwyAMPT", max_size=60),
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(TEXT)
def test_the_prefilter_never_skips_a_match(text):
    assert filtered(text, COMPLETE) == unfiltered(text, COMPLETE)


@pytest.mark.skipif(not CORPORA.is_dir(), reason="no corpora beside the repository")
def test_a_corpus_sample_scans_alike_with_and_without_the_prefilter():
    docs = []
    for path in sorted(CORPORA.glob("*.jsonl")):
        lines = path.read_text(encoding="utf-8").splitlines()
        docs += [json.loads(line)["text"] for line in lines[:: max(1, len(lines) // 25)]]
    for text in docs:
        assert filtered(text, COMPLETE) == unfiltered(text, COMPLETE)


@pytest.mark.parametrize(("text", "found"), [
    ("THE OLD CRIB CIRCA 2011 THIS USED TO BE MINE", "CIRCA 2011"),
    ("Every min is an adventure.", "Every min"),
    ("It lost $9 million a year ago. The latest period had profit.", "The latest period"),
])
def test_the_gaps_are_what_the_old_lists_missed(text, found):
    """The derivation finds what the hand-kept lists it replaced missed; a pack's SCAN_GAPS can
    still keep a word from triggering."""
    def texts(pack):
        return [text[s:e] for s, e, _ in filtered(text, pack)]
    assert found in texts(COMPLETE)
    assert found in texts(EN)
    gapped = SimpleNamespace(RULES=EN.RULES, MACROS=EN.MACROS, STOP_WORDS=EN.STOP_WORDS,
                             SCAN_GAPS=frozenset({"circa", "min", "period"}))
    assert found not in texts(gapped)


# ---------------------------------------------------------------- the derivation itself
def test_needs_prefers_rare_words_and_shared_ones():
    assert PF.needs(r"the\s+(?:end|start)\s+of\s+\d+", {"the", "of"}) == frozenset()  # a digit
    assert PF.needs(r"the\s+(?:end|start)\s+of\s+the\s+year", {"the", "of"}) == {("year", False)}
    assert PF.needs(r"(?:end|start)\s+of\s+(?:year|month)", (), {("end", False), ("start", False)}) == {
        ("end", False), ("start", False)}
    assert PF.needs(r"years?", ()) == {("year", False), ("years", False)}  # both spelled out
    # "weekly": glued across an optional separator, the word is a stem
    assert PF.needs(r"week(?:end)?\s*ly", ()) == {("week", True), ("weekend", True)}


def test_starts_lists_the_first_words():
    assert PF.starts(r"(?:about\s+)?\d+\s+days") == {("word", "about"), *(("char", d) for d in "0123456789")}
    assert PF.starts(r"(?:mid|late)[-\s]?day") == {("word", "mid"), ("word", "late"), ("open", "mid"), ("open", "late")}


def test_a_pattern_that_can_start_with_any_word_is_refused():
    with pytest.raises(PF.Unfilterable, match="any word"):
        PF.derive([r"(?:\w+)\s+times\s+a\s+week"])
    with pytest.raises(PF.Unfilterable, match="no word every match contains"):
        PF.derive([r"(?:ab|\(\))"])


def test_a_new_word_in_the_vocabulary_reaches_the_prefilter():
    macros = {**EN.MACROS, "MONTH": EN.MACROS["MONTH"][:-1] + "|brumaire)"}
    pack = SimpleNamespace(RULES=EN.RULES, MACROS=macros, STOP_WORDS=EN.STOP_WORDS, SCAN_GAPS=())
    assert "brumaire" in X.compiled(pack).prefilter.words
    assert re.search(r"brumaire", X.compiled(pack).pattern.pattern)


def test_english_ships_its_prefilter_current():
    """lang/en/_prefilter.py is the derivation, saved (deriving costs 0.2 s per process)."""
    from timeline_cli.lang.en import _prefilter

    command = "python -m timeline_cli.temporal.prefilter en src/timeline_cli/lang/en/_prefilter.py"
    fresh = PF.derive(X.rule_patterns(EN), EN.STOP_WORDS, getattr(EN, "SCAN_GAPS", ()))
    assert Path(_prefilter.__file__).read_text(encoding="utf-8") == PF.module_text(fresh, command), (
        f"stale: regenerate with `{command}`")
    assert X.compiled(EN).prefilter is EN.PREFILTER


def test_a_stale_or_foreign_saved_prefilter_is_derived_again():
    patterns = X.rule_patterns(EN)
    stale = EN.PREFILTER._replace(key="0" * 32)
    assert PF.current(patterns, EN.STOP_WORDS, getattr(EN, "SCAN_GAPS", ()), stale) == EN.PREFILTER
    other = SimpleNamespace(RULES=EN.RULES, MACROS=EN.MACROS, STOP_WORDS=EN.STOP_WORDS, SCAN_GAPS=frozenset({"circa"}))
    assert X.compiled(other).prefilter.key != EN.PREFILTER.key  # another pack: its own
