"""termtuple.Terms: a statement's terms kept as a tuple, read as the frozenset they stand for
(the same-fact grouping keeps one per statement: 96 bytes for 7 terms where a frozenset takes
472)."""

from __future__ import annotations

import itertools
import sys
from datetime import date

import pytest

from timeline_cli import facts
from timeline_cli.model import Event, make_id
from timeline_cli.termtuple import Terms

A = frozenset({"council", "met", "#12", "delegation"})
B = frozenset({"met", "delegation", "said", "official"})
EMPTY: frozenset[str] = frozenset()


def _sides(words: frozenset[str]):
    """The same terms as every operand the grouping meets: a frozenset, a set, a Terms."""
    return [frozenset(words), set(words), Terms.of(words)]


@pytest.mark.parametrize("a_words,b_words", [(A, B), (A, A), (A, EMPTY), (EMPTY, B), (B, A)])
def test_every_set_operation_gives_what_the_frozensets_give(a_words, b_words):
    for a, b in itertools.product(_sides(a_words), _sides(b_words)):
        if not isinstance(a, Terms) and not isinstance(b, Terms):
            continue
        assert a & b == a_words & b_words
        assert a | b == a_words | b_words
        assert a - b == a_words - b_words
        assert a ^ b == a_words ^ b_words
        assert (a == b) == (a_words == b_words) and (a != b) == (a_words != b_words)
        assert (a <= b) == (a_words <= b_words) and (a < b) == (a_words < b_words)
        assert (a >= b) == (a_words >= b_words) and (a > b) == (a_words > b_words)
        assert a.isdisjoint(b) == a_words.isdisjoint(b_words)
        assert a.intersection(b) == a_words & b_words
        assert a.union(b) == a_words | b_words
        assert a.difference(b) == a_words - b_words
        assert a.issubset(b) == (a_words <= b_words) and a.issuperset(b) == (a_words >= b_words)


def test_results_are_the_types_a_frozenset_gives():
    terms = Terms.of(A)
    assert type(terms & B) is frozenset and type(terms | set(B)) is frozenset
    assert type(set(B) & terms) is set and type(frozenset(B) | terms) is frozenset  # (the left operand's)
    grown = set(B)
    grown |= terms  # (what _core did: a set stays a set)
    assert type(grown) is set and grown == A | B


def test_it_reads_as_a_set_not_as_a_tuple():
    terms = Terms.of(A)
    assert "met" in terms and "said" not in terms and len(terms) == len(A) and set(terms) == A
    assert terms == A and hash(terms) == hash(A)
    # a tuple's order would compare (and hash) two orders of the same terms apart
    assert Terms(("a", "b")) == Terms(("b", "a")) and hash(Terms(("a", "b"))) == hash(Terms(("b", "a")))
    assert not Terms(("a", "b")) < Terms(("a", "c"))  # (a tuple's order says True)
    assert Terms.of(terms) is terms


def test_it_takes_far_less_memory_than_the_frozenset():
    words = frozenset(f"term{i}" for i in range(7))
    assert sys.getsizeof(Terms.of(words)) * 4 < sys.getsizeof(frozenset(set(words)))


def _event(i: int, text: str, source: str) -> Event:
    when = "2024-10-03"
    return Event(id=make_id(text, when, source), when=when, text=text, source=source, reported=date(2024, 10, 4))


def test_a_document_of_several_statements_counts_each_ones_terms():
    # a document's first statement gives it its terms as they are kept (a Terms, shared); the
    # second one's new terms must be added to a set of the document's own, not to that tuple
    events = [_event(0, "The council met the delegation on October 3.", "a"),
              _event(1, "The mayor resigned on October 3.", "a"),
              _event(2, "The mayor resigned on October 3, officials said.", "b")]
    index = facts.build(events)
    assert {"council", "mayor", "resign"} <= index.doc_terms["a"] == facts._doc_terms(index, "a")
    assert isinstance(index.items[events[0].id].terms, Terms)
    assert index.df["resign"] == 2 and index.df["council"] == 1
    assert index.fact_of[events[1].id] == index.fact_of[events[2].id]


def test_a_document_fed_again_adds_its_new_terms_to_its_own_set():
    # the same as statements prepared by ingest's feed (grouping_feed.py), the document's
    # second statement arriving in a later batch (an incremental regroup)
    from timeline_cli.grouping_feed import Feed

    def fed(events):
        feed = Feed()
        feed.add(events, {e.text: feed.share(facts.read_text(e.text)) for e in events})
        return feed

    first = [_event(0, "The council met the delegation on October 3.", "a")]
    later = [_event(1, "The mayor resigned on October 3.", "a")]
    index = facts.build(first, fed=fed(first))
    # (a document of one statement keeps no terms of its own: they are its statement's)
    assert "a" not in index.doc_terms and facts._doc_terms(index, "a") is index.items[first[0].id].terms
    assert isinstance(facts._doc_terms(index, "a"), Terms)
    facts.regroup(index, later, fed=fed(later))
    assert {"council", "mayor", "resign"} <= index.doc_terms["a"] and index.df["resign"] == 1
