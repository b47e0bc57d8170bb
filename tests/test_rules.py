"""Every rule's examples and must-not-match sentences, run through the whole extractor."""

from __future__ import annotations

from datetime import date

import pytest

from timeline_cli.temporal.extract import compiled, extract
from timeline_cli.lang.en.rules import EXAMPLE_DCT, RULES

DCT = date.fromisoformat(EXAMPLE_DCT)

EXAMPLES = [(rule.name, *ex) for rule in RULES for ex in rule.examples]
NEGATIVES = [(rule.name, neg) for rule in RULES for neg in rule.negatives]


def test_rule_names_unique():
    names = [r.name for r in RULES]
    assert len(names) == len(set(names))


def test_no_duplicate_examples():
    keys = [(sentence, text) for _, sentence, text, _, _ in EXAMPLES]
    dupes = {k for k in keys if keys.count(k) > 1}
    assert not dupes, f"duplicate rule examples: {sorted(dupes)}"
    negs = [n for _, n in NEGATIVES]
    assert len(negs) == len(set(negs)), "duplicate must-not-match sentences"


def test_every_rule_has_examples():
    """Rules that find expressions show them; blockers (no output) show what they swallow."""
    for rule in RULES:
        if rule.name.startswith("block-"):
            assert rule.negatives, rule.name
        else:
            assert rule.examples, rule.name


def test_every_pattern_compiles():
    assert compiled().pattern.pattern


@pytest.mark.parametrize(("rule", "sentence", "text", "type_", "value"), EXAMPLES,
                         ids=[f"{r}:{t}" for r, _, t, _, _ in EXAMPLES])
def test_rule_example(rule, sentence, text, type_, value):
    found = extract(sentence, DCT)
    hits = [t for t in found if t.text == text]
    assert hits, f"{rule}: {text!r} not found in {sentence!r}; got {[(t.text, t.value) for t in found]}"
    t = hits[0]
    assert (t.type, t.value) == (type_, value), f"{rule}: {sentence!r}"
    assert sentence[t.start:t.end] == t.text


@pytest.mark.parametrize(("rule", "sentence"), NEGATIVES, ids=[f"{r}:{n}" for r, n in NEGATIVES])
def test_rule_negative(rule, sentence):
    found = extract(sentence, DCT)
    assert found == [], f"{rule}: {sentence!r} gave {[(t.text, t.value) for t in found]}"
