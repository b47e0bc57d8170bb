"""Where `ingest` of many small documents holds its memory (issue 17 item 4), phase by phase.

    PYTHONPATH=src python bench/memory_phases.py --counts 10000,30000          # tracemalloc, ~4 min
    PYTHONPATH=src python bench/memory_phases.py --counts 10000,100000 --rss   # RSS only, ~2 min

Runs `timeline ingest DIR` (as bench_scale.py's `many`: N one-sentence documents, a new store,
--jobs 1 unless --jobs) in a process of its own for each N, and reads memory as each step of the
command ends: the documents collected (ingest.collect: events, the grouping's prepared
statements), saved into the transaction, the grouping's index made (facts._add), its
candidates found, its facts merged, the grouping stored, and the store written (end).

Without --rss: memory traced by tracemalloc (current at each step, and the peak since the step
before), then, between the first two counts, the bytes each further document adds at the
grouping's peak (the merge), by the line that allocated them. With --rss: the process's
resident memory at each step (VmRSS, and VmHWM: its peak so far), no tracing.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import shutil
import sys
import tempfile
import tracemalloc
from pathlib import Path

from bench_scale import write_many_documents as write_documents  # (run from bench/: the `many` documents)

STEPS = (("timeline_cli.commands.ingest", "collect", "collected"), ("timeline_cli.commands.ingest", "save", "saved"),
         ("timeline_cli.facts", "_add", "indexed"), ("timeline_cli.facts", "_candidates", "candidates"),
         ("timeline_cli.facts", "_merge", "merged"), ("timeline_cli.commands.ingest", "regroup", "grouped"))


def _rss() -> tuple[float, float]:
    """(VmRSS, VmHWM) in MiB."""
    found = {}
    with open("/proc/self/status", encoding="ascii") as fh:
        for line in fh:
            if line.startswith(("VmRSS", "VmHWM")):
                found[line[:5]] = int(line.split()[1]) / 1024
    return found["VmRSS"], found["VmHWM"]


def by_line() -> dict[str, int]:
    """{allocating line: bytes it holds} now, with the snapshot let go of before returning.
    (The snapshot filtered is a traced list of every trace, ~8 bytes each: held while the
    peak was reset, it counted in the next step's peak, the 72 bytes a further document that
    looked like the grouping's last step's own, session 18 flatmem6.)"""
    snapshot = tracemalloc.take_snapshot().filter_traces([tracemalloc.Filter(False, tracemalloc.__file__)])
    lines: dict[str, int] = {}
    for stat in snapshot.statistics("lineno"):
        frame = stat.traceback[0]
        lines[f"{Path(frame.filename).name}:{frame.lineno}"] = stat.size
    return lines


def measure(folder: Path, store: Path, rss: bool, jobs: int) -> dict[str, tuple[float, float, dict[str, int]]]:
    """{step: (current MiB, peak MiB since the step before, {allocating line: bytes})}."""
    import importlib

    from timeline_cli import cli

    out: dict[str, tuple[float, float, dict[str, int]]] = {}

    def read(step: str) -> None:
        if rss:
            out[step] = (*_rss(), {})
            return
        current, peak = tracemalloc.get_traced_memory()
        lines = by_line() if step in ("collected", "merged") else {}
        out[step] = (current / 2**20, peak / 2**20, lines)
        tracemalloc.reset_peak()

    saved = []
    for module_name, name, step in STEPS:
        module = importlib.import_module(module_name)
        original = getattr(module, name)

        def timed(*args, __original=original, __step=step, **kwargs):
            result = __original(*args, **kwargs)
            read(__step)
            return result

        saved.append((module, name, original))
        setattr(module, name, timed)
    store.unlink(missing_ok=True)
    if not rss:
        tracemalloc.start()
    try:
        cli.main(["--store", str(store), "ingest", str(folder), "--jobs", str(jobs)])
    except SystemExit as exc:
        if exc.code:
            raise
    finally:
        read("end")
        tracemalloc.stop()
        for module, name, original in saved:
            setattr(module, name, original)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--counts", default="10000,30000", help="document counts (the first two are compared)")
    parser.add_argument("--rss", action="store_true", help="resident memory instead of tracemalloc")
    parser.add_argument("--jobs", type=int, default=1)
    parser.add_argument("--top", type=int, default=20, help="lines shown of the growth by allocating line")
    parser.add_argument("--one", type=Path, help=argparse.SUPPRESS)  # (a child: measure this folder, JSON out)
    args = parser.parse_args()
    if args.one is not None:
        json.dump(measure(args.one, args.one.parent / "m.toml", args.rss, args.jobs), sys.stdout)
        return
    counts = [int(c) for c in args.counts.split(",")]
    work = Path(tempfile.mkdtemp(prefix="timeline-memphases-"))
    env = dict(os.environ, TIMELINE_CACHE_DIR=str(work / "cache"))
    env.pop("TIMELINE_STORE", None)
    runs = {}
    try:
        for count in counts:
            folder = work / f"d{count}"
            write_documents(folder, count)
            child = [sys.executable, __file__, "--one", str(folder), "--jobs", str(args.jobs)] + (["--rss"] * args.rss)
            done = subprocess.run(child, env=env, capture_output=True, text=True, check=True)
            runs[count] = json.loads(done.stdout[done.stdout.index("{"):])
            shutil.rmtree(folder)
            what = "RSS / its peak so far" if args.rss else "traced / its peak since the step before"
            print(f"{count:,} documents ({what}, MiB):", flush=True)
            for step, (current, peak, _lines) in runs[count].items():
                print(f"  {step:<11} {current:7.1f} {peak:7.1f}", flush=True)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    if len(counts) < 2:
        return
    a, b = counts[:2]
    more = b - a
    print(f"a further document, {a:,} -> {b:,} (bytes):")
    for step in runs[a]:
        print(f"  {step:<11} now {(runs[b][step][0] - runs[a][step][0]) * 2**20 / more:7.0f}"
              f"  peak {(runs[b][step][1] - runs[a][step][1]) * 2**20 / more:7.0f}")
    if args.rss:
        return
    for step in ("collected", "merged"):
        before, after = runs[a][step][2], runs[b][step][2]
        grown = sorted(((size - before.get(line, 0)) / more, line) for line, size in after.items())[::-1]
        print(f"held at '{step}', by allocating line (bytes a further document):")
        for per, line in grown[:args.top]:
            if per >= 2:
                print(f"  {per:7.1f}  {line}")


if __name__ == "__main__":
    sys.exit(main())
