"""Time the stored grouping as `ingest` keeps it (issue 15 item 5: adding one document to a
100k-event store regroups incrementally in well under a second; a full regroup takes no more
than loading the store twice).

    PYTHONPATH=src python bench/bench_regroup.py                  # 100,000 events, 10,000 documents
    PYTHONPATH=src python bench/bench_regroup.py --events 20000   # quicker

The store is bench_facts.py's (real news statements copied as new stories). Printed, in CPU
seconds: loading the store (`store.load`, no cache), a full regroup in a store transaction
(`grouping.regroup`: facts.build over every event, stable ids, sources), and then, for one
more document, the incremental regroup `ingest` does (`grouping.regroup_added`) and the
whole transaction around it (snapshot read from the cache, the splice into the file).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_facts import copy_event, store_options, synthetic_store  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    store_options(parser)
    args = parser.parse_args(argv)
    from timeline_cli import grouping, store

    docs, events = synthetic_store(args)
    extra = [[copy_event(e, 990 + k) for e in docs[k]] for k in range(3)]
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "timeline.toml"
        store.save(path, events, cache=False)
        start = time.process_time()
        store.load(path, cache=False)
        load = time.process_time() - start
        with store.transaction(path) as txn:
            start = time.process_time()
            found = grouping.regroup(txn)
            full = time.process_time() - start
        print(f"store: {len(events):,} events; {len(found):,} facts with 2+ statements")
        print(f"CPU: load {load:.2f} s   full regroup {full:.2f} s   ratio {full / load:.2f} (target <= 2.00)")
        for doc in extra:
            start = time.process_time()
            with store.transaction(path) as txn:
                for e in doc:
                    txn.add(e)
                inner = time.process_time()
                grouping.regroup_added(txn)
                inc = time.process_time() - inner
            whole = time.process_time() - start
            print(f"one more document ({len(doc)} statements): incremental regroup {inc * 1000:.0f} ms, "
                  f"the whole transaction {whole * 1000:.0f} ms (target well under 1 s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
