"""Session 15 ("recall6"), issue 15's recall: inflections the light stem read as two terms
(`lang.en.facts.KEEP_SS`). Each example fails with the rule switched off; each must-not case
fails if the rule is made too wide."""

from __future__ import annotations

import pytest

from timeline_cli import facts
from timeline_cli.lang.en import facts as en
from tests.test_facts import ev

FILLER = [ev(f"Company {k} said its quarterly profit rose {k} percent on higher sales of trucks.",
             f"../2006-11-{1 + k % 25:02d}", f"wsj/filler{k}") for k in range(30)]


@pytest.fixture
def without_keep_ss(monkeypatch):
    monkeypatch.setattr(en, "KEEP_SS", False)
    en.stem.cache_clear()
    en._TERMS.clear()
    yield
    monkeypatch.setattr(en, "KEEP_SS", True)
    en.stem.cache_clear()
    en._TERMS.clear()


@pytest.mark.parametrize("forms", [("witness", "witnesses"), ("discuss", "discussed", "discusses", "discussing"),
                                   ("address", "addressed", "addresses"), ("process", "processes"),
                                   ("dismiss", "dismissed"), ("business", "businesses")])
def test_a_word_ending_in_ss_and_its_inflections_are_one_term(forms):
    assert len({en.stem(w) for w in forms}) == 1


def test_without_the_rule_ss_words_split(without_keep_ss):
    assert en.stem("witness") != en.stem("witnesses")
    assert en.stem("discuss") != en.stem("discussed")


# must not: a plural or a third person in a single "s" still loses it, and nothing is cut
# further than the "ss" ("discuss" is not "discus", "illness" is not "ill")
@pytest.mark.parametrize("word, base", [("talks", "talk"), ("bombs", "bomb"), ("reports", "report"),
                                        ("discuss", "discuss"), ("illness", "illness")])
def test_a_single_s_is_still_cut_and_ss_is_kept_whole(word, base):
    assert en.stem(word) == base


def test_terms_of_a_statement_keep_ss():
    assert "witness" in en.terms("A witness testified behind a curtain.")
    assert "discuss" in en.terms("The leaders will discuss trade.")
