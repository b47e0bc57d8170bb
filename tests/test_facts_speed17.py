"""Session 22, speed17: what the grouping reads of a statement only when it is compared with
another (its head terms, subject and pronoun, `facts._ReadLate`; whether it names its actor
only, `facts._ActorLate`) is what it read of every statement before, and is read for the
statements compared only."""

from __future__ import annotations

from datetime import date

import pytest

from timeline_cli import facts
from timeline_cli.lang.en import facts as en
from tests.test_facts import rev
from tests.test_facts_prec10 import _report, _template

TEXTS = [
    "South Africa on Friday deplored the bomb blasts that killed 257 people in Nairobi and Dar es Salaam.",
    "He was charged Thursday with the murder of Dr. Barnett Slepian.",
    "In Miami-Dade County, elected officials went as far as to say they would not help.",
    "Government officials had threatened to revoke the boy's parole.",
    "The move came one day after the Boston Red Sox signed Japanese pitcher Daisuke Matsuzaka.",
    "Read more at http://t.co/MbQF1Tst8e about the storm that hit the coast at 6:40 p.m.",
    "--- Andy Pasztor contributed to this article.",
]


def _counting_heads(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The texts `lang.en.facts.read_heads` reads from now on, in order."""
    read: list[str] = []
    real = en.read_heads

    def counted(text: str, n: int = 3) -> tuple[tuple[str, ...], tuple[str, ...], bool]:
        read.append(text)
        return real(text, n)

    monkeypatch.setattr(en, "read_heads", counted)
    return read


@pytest.mark.parametrize("text", TEXTS)
def test_heads_read_when_asked_are_read_texts(monkeypatch: pytest.MonkeyPatch, text: str) -> None:
    read = _counting_heads(monkeypatch)
    item = facts._item(rev(text, "2005-11-20", "a/1", date(2005, 11, 20)), None, {}, {})
    assert read == []  # (indexed: its terms only)
    terms, lead, subject, pronoun, key = facts.read_text(text)
    assert (item.lead, item.subject, item.pronoun) == (lead, subject, pronoun)
    assert item.terms == terms and item.text_hash == hash(key)
    assert read == [text]  # (read once, the three together)
    assert facts._replace(item, terms=frozenset()).subject == subject


def test_heads_of_statements_never_compared_are_not_read(monkeypatch: pytest.MonkeyPatch) -> None:
    read = _counting_heads(monkeypatch)
    facts.build([rev(TEXTS[0], "1998-08-07", "a/1", date(1998, 8, 7)),
                 rev(TEXTS[3], "2000-01-12", "b/1", date(2000, 1, 12))])
    assert read == []
    # ... and of two compared, read
    same = "Pakistan on Friday deplored the bomb blasts that killed 257 people in Nairobi and Dar es Salaam."
    facts.build([rev(TEXTS[0], "1998-08-07", "a/1", date(1998, 8, 7)), rev(same, "1998-08-07", "b/1", date(1998, 8, 7))])
    assert sorted(read) == sorted([TEXTS[0], same])


def test_actor_context_read_when_asked_is_the_one_read_before() -> None:
    one = _report("China's Ministry of Agriculture on Sunday confirmed bird flu outbreaks in Inner Mongolia and "
                  "Hubei Province.", "Shishou City of Hubei Province", 20)
    index = facts.build(one)
    placed = sorted(one, key=lambda e: e.span)
    names = frozenset().union(*(en.inner_names(e.text) for e in placed))
    last: frozenset[str] = frozenset()
    told = 0
    for e in placed:  # (`_give_context` as it read every statement before speed17)
        heads = en.name_heads(e.text, names)
        context = index.items[e.id].context
        if heads and last and en.names_actor_only(e.text, names, heads):
            assert isinstance(context, facts._ActorContext) and context == last and context.doc == names
            told += 1
        elif heads:
            assert context is None
        last = heads or last
    assert told == 1  # (the template: "The Ministry of Agriculture has sent ...")
    assert isinstance(index.items[_template(one).id].context, facts._ActorContext)
