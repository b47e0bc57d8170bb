"""Time same-fact grouping against loading the store it groups (issue 15: grouping must take
no more than loading the store twice; adding one document must regroup in well under a second).

    PYTHONPATH=src python bench/bench_facts.py                  # 100,000 events, 10,000 documents
    PYTHONPATH=src python bench/bench_facts.py --events 20000   # quicker

The store is made of real news statements, not bench/synth.py's 40-word vocabulary (which
blocking would rightly ignore as stop words): every TimeBank and AQUAINT document is ingested
once with the API, then copied as new stories until the store holds `--events` statements
from `--documents` documents. Each copy shifts dates by whole years, renames its source, and
gives its names (capitalised words) a copy mark, so copies are different stories with the
same shape: as many multi-source facts, as many wide and open dates, as in the corpora.

Printed: the CPU time to load the store (`store.load`, no snapshot cache), to group it
(`facts.build`), their ratio, the pairs of statements compared, and the time to `regroup`
one more document. CPU time, not wall time: the ratio should not depend on what else the
machine runs.

    PYTHONPATH=src python bench/bench_facts.py --small-docs 100000   # memory, not time

`--small-docs N`: the memory of grouping N one-sentence documents (bench_scale.py's "many"
case, issue 17: ingest of many small documents should keep memory flat), traced with
tracemalloc: bytes per statement that the grouping index keeps once ingest's workers' reads
(`facts.read_text`, one pickle per document as the workers send them) are dropped, and at
its peak with the reads.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import tempfile
import time
from dataclasses import replace
from datetime import date
from pathlib import Path

HERE = Path(__file__).resolve().parent
CORPORA = HERE.parent.parent / "shared" / "corpora"
_NAME_RE = re.compile(r"\b([A-Z][a-z]+)")
_YEAR_RE = re.compile(r"\b(1[0-9]{3}|20[0-9]{2})")


def corpus_events(corpora: Path) -> list[list]:
    """The events of each corpus document, one list per document."""
    from timeline_cli.api import document_events

    docs = []
    for name in ("timebank.jsonl", "aquaint.jsonl"):
        with open(corpora / name, encoding="utf-8") as fh:
            for line in fh:
                d = json.loads(line)
                docs.append(document_events(d["text"], reported=date.fromisoformat(d["dct"]), source=d["doc"]))
    return [d for d in docs if d]


def _mark(word: str, copy: int) -> str:
    return word + "abcdefghijklmnopqrstuvwxyz"[copy % 26] + "abcdefghijklmnopqrstuvwxyz"[copy // 26 % 26]


def copy_event(event, copy: int):
    """`event` as it would read in the `copy`-th story: years shifted, names marked, new source."""
    from timeline_cli.model import make_id

    shift = copy % 20
    when = _YEAR_RE.sub(lambda m: str(int(m.group()) + shift), event.when)
    text = _NAME_RE.sub(lambda m: _mark(m.group(), copy), event.text)
    source = f"copy{copy:03d}/{event.source}"
    reported = event.reported.replace(year=event.reported.year + shift) if event.reported else None
    if reported and reported.month == 2 and reported.day == 29:
        reported = reported.replace(day=28)
    try:
        from timeline_cli.when import parse_when
        parse_when(when)
    except Exception:
        when = event.when
    return replace(event, id=make_id(text, when, source), when=when, text=text, source=source,
                   reported=reported, by=_NAME_RE.sub(lambda m: _mark(m.group(), copy), event.by))


def make_store(docs: list[list], n_events: int, n_docs: int) -> list:
    """`n_events` statements from `n_docs` documents: each document copy keeps as many of its
    statements as the remaining count needs (so short documents are copied whole)."""
    events: list = []
    used = 0
    copy = 0
    while used < n_docs and len(events) < n_events:
        for doc in docs:
            if used >= n_docs or len(events) >= n_events:
                break
            need = -(-(n_events - len(events)) // (n_docs - used))
            events += [copy_event(e, copy) for e in doc[:need]]
            used += 1
        copy += 1
    return events


def store_options(parser: argparse.ArgumentParser) -> None:
    """The options of the synthetic store (this bench's and bench_regroup.py's)."""
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--documents", type=int, default=10_000)
    parser.add_argument("--corpora", type=Path, default=CORPORA)


def synthetic_store(args: argparse.Namespace) -> tuple[list, list]:
    """The corpus documents' events, and the store of args.events made from them."""
    docs = corpus_events(args.corpora)
    return docs, make_store(docs, args.events, args.documents)


def small_docs(count: int) -> None:
    """Bytes per statement of the grouping of `count` one-sentence documents (see the doc)."""
    import gc
    import pickle
    import tracemalloc

    from timeline_cli import facts
    from timeline_cli.api import document_events

    events, sent = [], []  # sent: (a document's events, their reads as its worker sends them)
    for i in range(count):
        day = 1 + i % 28
        doc = document_events(f"The council met delegation {i} on October {day}, officials said.",
                              reported=date(2024, 11, day), source=f"many/{i:06d}.txt")
        events += doc
        sent.append((doc, pickle.dumps([facts.read_text(e.text) for e in doc])))
    gc.collect()
    tracemalloc.start()
    base = tracemalloc.get_traced_memory()[0]
    read = {e.text: r for doc, blob in sent for e, r in zip(doc, pickle.loads(blob))}
    reads = tracemalloc.get_traced_memory()[0] - base
    index = facts.build(events, read=read)
    del read
    gc.collect()
    kept, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    n = len(index.items)
    print(f"{n:,} one-sentence documents: the workers' reads {reads / n:,.0f} bytes a statement; "
          f"the grouping keeps {(kept - base) / n:,.0f} bytes a statement once they are dropped "
          f"(peak {(peak - base) / n:,.0f}, the reads included)")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    store_options(parser)
    parser.add_argument("--small-docs", type=int, metavar="N", help="measure memory on N one-sentence documents")
    args = parser.parse_args(argv)
    if args.small_docs:
        small_docs(args.small_docs)
        return 0
    from timeline_cli import facts, store

    docs, events = synthetic_store(args)
    extra = [copy_event(e, 999) for e in docs[0]]
    sources = len({e.source for e in events})
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "timeline.toml"
        store.save(path, events, cache=False)
        start = time.process_time()
        loaded = store.load(path, cache=False)
        load = time.process_time() - start
    start = time.process_time()
    index = facts.build(loaded)
    group = time.process_time() - start
    compared = index.compared
    start = time.process_time()
    facts.regroup(index, extra)
    one = time.process_time() - start
    sizes: dict[str, int] = {}
    for f in index.fact_of.values():
        sizes[f] = sizes.get(f, 0) + 1
    multi = sum(1 for n in sizes.values() if n > 1)
    print(f"store: {len(loaded):,} events from {sources:,} documents; {multi:,} facts with 2+ statements")
    print(f"CPU: load {load:.2f} s   group {group:.2f} s   ratio {group / load:.2f} (target <= 2.00)")
    print(f"pairs compared: {compared:,} ({compared / len(loaded):.1f} per statement, "
          f"at most {facts.MAX_CANDIDATES} each)")
    print(f"regroup after one more document ({len(extra)} statements): {one * 1000:.0f} ms (target well under 1 s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
