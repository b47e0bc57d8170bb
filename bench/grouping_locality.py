"""How far one more document reaches into the same-fact grouping, and how far the incremental
regroup `ingest` stores is from grouping the whole store afresh.

    PYTHONPATH=src python bench/grouping_locality.py                 # 3 random orders of 80 documents
    PYTHONPATH=src python bench/grouping_locality.py --seeds 5 --steps 120

TimeBank and AQUAINT documents are added one at a time in a random order. After each:

- non-local: the full grouping (facts.build over every event) is compared with the full
  grouping before the document; a step counts when a fact holding none of the new document's
  statements changed (facts.py weighs terms by their document frequency over the whole store
  and blocks on store-wide counts, so one document can move a link elsewhere across a
  threshold). While this happens no incremental regroup can equal a full one.
- differs: the grouping `ingest` stores incrementally (grouping.regroup_added, in a store
  transaction, with FULL_REGROUP = 0 as in a big store) is compared with the full grouping of
  the same events (facts of two or more statements); at the end, the pairs of statements in
  one fact that each has and the other lacks.
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_facts import CORPORA, corpus_events  # noqa: E402


def _facts(events) -> set[frozenset[str]]:
    from timeline_cli import facts

    return {frozenset(ids) for ids in facts.build(events).facts().values() if len(ids) > 1}


def _pairs(facts: set[frozenset[str]]) -> set[tuple[str, str]]:
    return {(a, b) for f in facts for a in f for b in f if a < b}


def run(docs: list[list], seed: int, steps: int) -> tuple[int, int, int, int, int, int]:
    """(steps, steps with a non-local change, steps where the stored grouping differs from
    full, the full grouping's pairs, of them missing from the stored one, stored pairs extra)."""
    from timeline_cli import grouping, store

    grouping.FULL_REGROUP = 0  # the incremental path, as in a big store

    order = list(range(len(docs)))
    random.Random(seed).shuffle(order)
    nonlocal_steps = differs = 0
    events: list = []
    before: set[frozenset[str]] = set()
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "timeline.toml"
        for d in order[:steps]:
            with store.transaction(path, cache=False) as txn:
                for e in docs[d]:
                    txn.add(e)
                grouping.regroup_added(txn)
                stored = {frozenset(f.ids) for f in txn.memory.facts.values()}
            events += docs[d]
            full = _facts(events)
            new = {e.id for e in docs[d]}
            # a fact of the full grouping before that is no longer whole, or a new one, with
            # no statement of the new document: something moved away from it
            grown = {f for f in before if any(f <= g for g in full if g & new)}
            if {f for f in before - full if f not in grown} | {f for f in full - before if not f & new}:
                nonlocal_steps += 1
            differs += stored != full
            before = full
    pairs, kept = _pairs(full), _pairs(stored)
    return steps, nonlocal_steps, differs, len(pairs), len(pairs - kept), len(kept - pairs)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seeds", type=int, default=3)
    parser.add_argument("--steps", type=int, default=80)
    parser.add_argument("--corpora", type=Path, default=CORPORA)
    args = parser.parse_args(argv)
    docs = corpus_events(args.corpora)
    for seed in range(args.seeds):
        steps, far, differs, pairs, missing, extra = run(docs, seed, args.steps)
        print(f"seed {seed}: {steps} documents added; a fact away from the new document changed "
              f"after {far}; the incremental grouping differed from the full one after {differs}; "
              f"at the end it lacks {missing} of the full grouping's {pairs} pairs and has {extra} more")
    return 0


if __name__ == "__main__":
    sys.exit(main())
