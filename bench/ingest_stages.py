"""CPU seconds of `ingest`'s per-document work (ingest.parse_parts), stage by stage, beside
the extractor's own: where ingest spends the time that `extract` does not.

    python bench/ingest_stages.py                 # TE3 silver, 2,452 documents
    python bench/ingest_stages.py --limit 300     # the first 300
    python bench/ingest_stages.py --json

CPU time (time.process_time), in one process: steadier than perf.py's wall times on a shared
machine. Each stage is timed by wrapping the function ingest calls (a stage inside another is
counted in both: `extract` and `claimants` are part of `document_events`); the wrappers cost
about a microsecond a call. The parent's work (listing files, the same-fact grouping, writing the
store) is not here: perf.py times whole commands. Documents are written as .txt files with a
`Date:` line, as perf.py does, and read through the readers like any file.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from collections import Counter
from datetime import date
from pathlib import Path

CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpora" / "te3-silver.jsonl"

# (module, function, label): what ingest.parse_parts calls, looked up in the module at call time
# ("a|b": a, or b in an older tree that has no a, so one script times both sides of a change).
STAGES = (
    ("timeline_cli.docread", "read_documents", "read (readers)"),
    ("timeline_cli.docread", "choose_reported", "report date"),
    ("timeline_cli.temporal.events", "document_events", "document_events"),
    ("timeline_cli.temporal.extract", "extract", "  extract (as `extract`)"),
    ("timeline_cli.temporal.attribution", "document_claimants", "  claimants"),
    ("timeline_cli.temporal.events", "split_sentences", "  sentences"),
    ("timeline_cli.temporal.events", "is_boilerplate", "  boilerplate"),
    ("timeline_cli.temporal.events", "is_heading", "  headings"),
    ("timeline_cli.temporal.events", "statement_dates", "  statement dates"),
    ("timeline_cli.temporal.events", "is_trivial", "  trivial lines"),
    ("timeline_cli.fields", "from_document_checked|from_document", "from_document (fields)"),
    ("timeline_cli.store", "check_event", "check_event (store)"),  # only what normalising changed
    ("timeline_cli.facts", "read_text", "read_text (grouping)"),
    ("timeline_cli.tomlwrite", "event_block", "event_block (TOML)"),
)


def _wrap(totals: Counter, module, names: str, label: str) -> None:
    name = next((n for n in names.split("|") if hasattr(module, n)), names)
    inner = getattr(module, name)

    def timed(*args, **kwargs):
        start = time.process_time()
        try:
            return inner(*args, **kwargs)
        finally:
            totals[label] += time.process_time() - start

    setattr(module, name, timed)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--corpus", type=Path, default=CORPUS, help="a JSON Lines corpus (doc, dct, text)")
    ap.add_argument("--limit", type=int, default=0, help="the first N documents only (0: all)")
    ap.add_argument("--json", action="store_true", help="machine-readable output")
    args = ap.parse_args(argv)
    if not args.corpus.exists():
        print(f"{args.corpus} is absent: pass --corpus FILE", file=sys.stderr)
        return 2
    import importlib

    from timeline_cli.ingest import build_jobs, parse_parts

    with tempfile.TemporaryDirectory() as tmp:
        chars = 0
        with args.corpus.open(encoding="utf-8") as fh:
            for i, line in enumerate(fh):
                if args.limit and i >= args.limit:
                    break
                doc = json.loads(line)
                text = f"Date: {doc['dct']}\n\n{doc['text']}"
                (Path(tmp) / f"{i:05d}.txt").write_text(text, encoding="utf-8")
                chars += len(text)
        jobs = build_jobs([tmp], reported=None, today=lambda: date(2026, 1, 1))
        parse_parts(jobs[0])  # the patterns compiled once, outside the timing
        totals: Counter = Counter()
        for module, name, label in STAGES:
            _wrap(totals, importlib.import_module(module), name, label)
        start = time.process_time()
        for job in jobs:
            parse_parts(job)
        total = time.process_time() - start
    rows = {"documents": len(jobs), "characters": chars, "parse_parts_cpu_s": round(total, 3),
            "stages_cpu_s": {label: round(totals[label], 3) for _m, _n, label in STAGES}}
    if args.json:
        print(json.dumps(rows, indent=2))
        return 0
    print(f"ingest's per-document work on {len(jobs):,} documents ({chars:,} characters): "
          f"{total:.2f} CPU s")
    for _m, _n, label in STAGES:
        print(f"  {label:<28} {totals[label]:7.2f} s  {100 * totals[label] / total:5.1f}%")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
