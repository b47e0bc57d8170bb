"""find_claimant: every pattern's examples and must-not-match cases (the table lives beside the code)."""

from __future__ import annotations

from collections import Counter

import pytest

from timeline_cli.lang.en.attribution import (
    LEAD_PHRASES,
    PATTERN_EXAMPLES,
    REPORTING_VERBS,
    find_claimant,
)

# Extra cases beyond the per-pattern examples: (sentence, claimant).
EXTRA = [
    ("The Pentagon said on Tuesday that troops had arrived.", "The Pentagon"),
    ("Zelensky has said the front is stable.", "Zelensky"),
    ("Officials in Seoul told reporters the ships left on October 8.", "Officials in Seoul"),
    ("Mr. Kim, the spokesman, announced the plan.", "Mr. Kim"),
    ("Troops moved north, the town fell, said the spokesman.", "the spokesman"),
    ("It is not clear when exactly the battle took place.", ""),
    ("There are approximately 12 000 military personnel.", ""),
    ("For more news and in-depth stories from Ukraine please follow us on X.", ""),
    ("They said nothing.", ""),
    ("According to Mr. Smith, the talks failed.", "Mr. Smith"),
    ("The talks failed, according to the U.S. Embassy.", "the U.S. Embassy"),
    ("According to him, the war will end.", ""),
    ("", ""),
]

ALL = [(s, e) for examples in PATTERN_EXAMPLES.values() for s, e in examples] + EXTRA


def test_no_duplicate_sentences():
    dupes = [s for s, n in Counter(s for s, _ in ALL).items() if n > 1]
    assert not dupes, dupes


def test_every_pattern_has_positive_and_negative_examples():
    for name, examples in PATTERN_EXAMPLES.items():
        assert any(e for _, e in examples), f"{name} has no example that matches"
    assert any(not e for examples in PATTERN_EXAMPLES.values() for _, e in examples)


def test_vocabulary_is_lower_case():
    assert all(v == v.lower() for v in REPORTING_VERBS)
    assert all(p == p.lower() for p in LEAD_PHRASES)


@pytest.mark.parametrize(("sentence", "claimant"), ALL)
def test_claimant(sentence, claimant):
    assert find_claimant(sentence) == claimant


def test_whitespace_is_folded():
    assert find_claimant("South  Korean\nintelligence reported that ships left.") == "South Korean intelligence"


@pytest.mark.parametrize("text", [
    "according to " * 20000, "he said " * 30000, "reported by " * 30000, "— a b c " * 30000,
    "x" * 1_000_000, "sources of " * 30000,
])
def test_linear_on_pathological_input(text):
    import time

    t0 = time.perf_counter()
    find_claimant(text)
    assert time.perf_counter() - t0 < 2.0


def test_every_claimant_example_passes_the_trigger_word_prefilter():
    """find_claimant skips sentences with none of the trigger words; no example may be lost."""
    import re

    from timeline_cli.lang.en.attribution import _TRIGGER_WORDS

    for pattern, examples in PATTERN_EXAMPLES.items():
        for sentence, expected in examples:
            if expected:
                words = set(re.findall(r"[a-z]+", sentence.lower()))
                assert not _TRIGGER_WORDS.isdisjoint(words), (pattern, sentence)
