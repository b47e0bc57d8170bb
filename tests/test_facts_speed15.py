"""Session 21 (speed15): the grouping's speed-ups change no grouping.

`facts._below_any_link` lets a pair go before the refusals when no link, weak or one day's,
can come of it; the refusals that read only dates and term sets are asked first in `_score`;
one statement's main verb is kept for its next readers (`lang.en.facts._main_verb_kept`).
Each must leave the grouping as it was: the corpora's grouping fingerprint
(`bench/grouping_fingerprint.py --check`) is the whole check, these the quick ones."""

from __future__ import annotations

from datetime import date

from tests.conftest import corpus_docs
from timeline_cli import facts
from timeline_cli.lang.en import facts as en
from timeline_cli.model import Event, make_id


def _events(name: str, limit: int) -> list[Event]:
    from timeline_cli.api import document_events

    out: list[Event] = []
    for i, (text, reported) in enumerate(corpus_docs(name, limit)):
        out += document_events(text, reported=reported, source=f"{name}/{i:03d}")
    return out


def test_the_dice_bound_changes_no_fact_nor_link(monkeypatch):
    events = _events("aquaint", 40)
    let_go = []
    bound = facts._below_any_link

    def counted(*args):
        found = bound(*args)
        let_go.append(found)
        return found

    monkeypatch.setattr(facts, "_below_any_link", counted)
    fast = facts.build(events)
    assert any(let_go), "the bound let no pair go: this test no longer exercises it"
    monkeypatch.setattr(facts, "_below_any_link", lambda *args: False)
    slow = facts.build(events)
    assert fast.fact_of == slow.fact_of
    assert fast.scores == slow.scores
    assert sum(1 for members in fast.facts().values() if len(members) > 1) > 0


def _item(text: str, source: str) -> facts._Item:
    event = Event(id=make_id(text, "2006-03-01", source), when="2006-03-01", text=text, source=source,
                  reported=date(2006, 3, 1))
    return facts._item(event, None, {}, {})


def test_the_bound_keeps_a_short_statement_wholly_inside_a_long_one():
    # (a Dice below every bar, but its terms all inside the other's: `contained` links it)
    short = _item("Militants bombed pipeline.", "a")
    long = _item("Militants bombed pipeline near village yesterday, officials reported, destroying "
                 "equipment, killing workers, injuring guards, blocking roads, halting exports, "
                 "angering ministers, worrying traders, raising prices, delaying flights, closing schools, "
                 "emptying markets, stranding tourists, cutting power, spoiling harvests.", "b")
    weight = dict.fromkeys(short.terms | long.terms, 1.0)
    short.weight = long.weight = weight  # (as `_candidates` gives its batch's weights)
    shared = short.terms & long.terms
    assert shared == frozenset(short.terms) and 2 * len(shared) / (len(short.terms) + len(long.terms)) < facts.HAPPENING_DICE
    assert not facts._below_any_link(short, long, shared, weight, facts.THRESHOLD)
    # (one of its terms not inside: no link can come of it)
    fewer = frozenset(sorted(shared)[1:])
    assert facts._below_any_link(short, long, fewer, weight, facts.THRESHOLD)


def test_the_bound_lets_no_pair_go_at_a_lower_bar():
    a = _item("Rebels seized the northern town of Kati on Monday after heavy fighting.", "a")
    b = _item("Government troops said rebels seized Kati, a northern town, on Monday.", "b")
    weight = dict.fromkeys(a.terms | b.terms, 1.0)
    a.weight = b.weight = weight
    shared = a.terms & b.terms
    dice = 2 * len(shared) / (len(a.terms) + len(b.terms))
    assert not facts._below_any_link(a, b, shared, weight, facts.THRESHOLD)
    assert facts._below_any_link(a, b, frozenset(), weight, min(dice, facts.DAY_DICE))


def test_the_kept_main_verb_is_the_one_read():
    texts = ["Police arrested two men on Tuesday after the raid.",
             "The suspected bombings occurred near the embassy.",
             "Iraq goes to the polls on Thursday.",
             "He said the talks, which began Monday, would resume."]
    for text in texts:
        tokens = en._WORD_RE.findall(text)
        read = en._main_verb_read(list(tokens))
        assert en._main_verb(tokens) == read
        tokens.reverse()  # (the caller's list changed afterwards: what was kept is not)
        assert en._main_verb(en._WORD_RE.findall(text)) == read


def test_the_kept_readers_are_cleared_with_the_pack():
    from tests.test_facts import clear_pack_caches

    en._main_verb(en._WORD_RE.findall("Rebels seized the town."))
    en.main_clause("After the raid, rebels seized the town.")
    clear_pack_caches()
    assert en._main_verb_kept.cache_info().currsize == 0
    assert en._main_clause.cache_info().currsize == 0
    assert en._first_chunk.cache_info().currsize == 0
