"""Same-fact grouping scales linearly: no statement is compared with an unbounded number of
candidates, even when a small vocabulary makes every statement share terms with every other.
Counted in comparisons (`FactIndex.compared`), not timed."""

from __future__ import annotations

import random
from datetime import date, timedelta

from timeline_cli import facts
from timeline_cli.model import Event, make_id

_SYLLABLES = "ba be bi bo bu da de di do du ka ke ki ko ku la le li lo lu ma me mi mo mu".split()


def small_vocabulary(n: int, seed: int = 7) -> list[Event]:
    """`n` statements of 12 words from 120, 50 per document, all in one week: every word is in
    every document, so under the cut for stop words, and a statement shares 3+ words with
    about one in eight others."""
    rng = random.Random(seed)
    words = sorted({"".join(rng.sample(_SYLLABLES, 3)) for _ in range(400)})[:120]
    events = []
    for i in range(n):
        day = date(2020, 3, 2) + timedelta(days=rng.randrange(7))
        text = " ".join(rng.sample(words, 12)) + "."
        source = f"doc{i // 50:04d}"
        events.append(Event(id=make_id(text, day.isoformat(), source), when=day.isoformat(), text=text,
                            source=source, reported=day))
    return events


def test_the_input_puts_more_candidates_before_a_statement_than_the_cap():
    events = small_vocabulary(1200)
    words = [set(e.text.split()) for e in events]
    meeting = [i for i in range(50, len(events)) if len(words[0] & words[i]) >= 3]
    assert len(meeting) > facts.MAX_CANDIDATES  # (all in other documents, all in its week)


def test_doubling_the_statements_does_not_quadruple_the_comparisons():
    # without the caps: 10,003 then 40,760 comparisons (4.1x)
    small, big = facts.build(small_vocabulary(1200)), facts.build(small_vocabulary(2400))
    assert big.compared <= 2.5 * small.compared


def test_each_statement_is_compared_with_at_most_max_candidates_others():
    index = facts.build(small_vocabulary(1200))
    assert index.compared <= 1200 * facts.MAX_CANDIDATES


def test_the_cap_is_deterministic_whatever_the_input_order():
    events = small_vocabulary(400)
    shuffled = list(events)
    random.Random(3).shuffle(shuffled)
    assert facts.group(shuffled) == facts.group(events)
