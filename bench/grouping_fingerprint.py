"""The same-fact grouping of every corpus, as a fingerprint to compare before and after a change.

Each corpus of ../shared/corpora is grouped as one store would group it (grouping.compute:
every document's events, ids as a new store gives them, independent sources counted), and
each of its events is written with its fact id and that fact's sources, one JSON line per
corpus. A speed-up of the grouping must leave this byte-identical; a scoring change shows
exactly which corpus moved and how many statements changed fact.

    python bench/grouping_fingerprint.py --write /tmp/before.jsonl   # before the change
    python bench/grouping_fingerprint.py --check /tmp/before.jsonl   # after: exit 1 and what moved
    python bench/grouping_fingerprint.py --check /tmp/before.jsonl --fed --processes 2 --split-from 1
        # the same grouping when statements are prepared as ingest collects them and the
        # candidate search runs in two processes (grouping_feed.py, factsplit.py)
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
CORPORA = REPO.parent / "shared" / "corpora"


def corpus_events(path: Path, feed=None) -> list:
    """Every document's events; each document's also given to `feed` (a grouping_feed.Feed)
    as ingest's collect gives them, with their texts read as ingest's workers read them."""
    from timeline_cli.facts import read_text
    from timeline_cli.temporal.events import document_events

    events = []
    with path.open(encoding="utf-8") as fh:
        for raw in fh:
            doc = json.loads(raw)
            found = list(document_events(doc["text"], source=doc["doc"], reported=date.fromisoformat(doc["dct"])))
            if feed is not None:
                feed.add(found, {e.text: feed.share(read_text(e.text)) for e in found})  # (as collect shares them)
            events += found
    return events


def lines(corpora: Path, processes: int = 1, fed: bool = False):
    from timeline_cli import grouping
    from timeline_cli.grouping_feed import Feed
    from timeline_cli.memory import Memory

    for path in sorted(corpora.glob("*.jsonl")):
        feed = Feed() if fed else None
        events = corpus_events(path, feed)
        found, _index = grouping.compute(events, Memory(), fed=feed, processes=processes)
        fact_of = grouping.fact_of((e.id for e in events), found)
        sources = {fid: f.sources for fid, f in found.items()}
        rows = {i: [fid, sources.get(fid, 1)] for i, fid in sorted(fact_of.items())}
        yield json.dumps({"corpus": path.stem, "events": len(events), "facts": len(found), "fact_of": rows},
                         sort_keys=True)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpora", type=Path, default=CORPORA)
    ap.add_argument("--write", type=Path, help="write every line to this file")
    ap.add_argument("--check", type=Path, help="compare with a file written by --write")
    ap.add_argument("--processes", type=int, default=1,
                    help="search for candidates in this many processes (factsplit.py: must not change the grouping)")
    ap.add_argument("--split-from", type=int, help="facts.SPLIT_FROM: split batches from this many statements")
    ap.add_argument("--fed", action="store_true",
                    help="prepare each document's statements as ingest does (grouping_feed.py: must not change it)")
    args = ap.parse_args(argv)
    if args.split_from is not None:
        from timeline_cli import facts

        facts.SPLIT_FROM = args.split_from
    now = list(lines(args.corpora, args.processes, args.fed))
    if args.write:
        args.write.write_text("\n".join(now) + "\n", encoding="utf-8")
    if not args.check:
        for line in now:
            doc = json.loads(line)
            print(f"{doc['corpus']}: {doc['events']} events, {doc['facts']} facts of 2+ statements")
        return 0
    before = {json.loads(line)["corpus"]: json.loads(line) for line in args.check.read_text(encoding="utf-8").splitlines()}
    moved = 0
    for line in now:
        doc = json.loads(line)
        old = before.get(doc["corpus"], {"fact_of": {}})["fact_of"]
        diff = sorted(i for i in set(old) | set(doc["fact_of"]) if old.get(i) != doc["fact_of"].get(i))
        if diff:
            moved += 1
            print(f"{doc['corpus']}: {len(diff)} of {doc['events']} events changed fact or sources, "
                  f"e.g. {diff[0]}: {old.get(diff[0])} -> {doc['fact_of'].get(diff[0])}")
    print("identical" if not moved else f"{moved} corpora changed")
    return 1 if moved else 0


if __name__ == "__main__":
    sys.exit(main())
