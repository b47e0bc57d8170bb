"""Run the reliability suites and print the figures quoted in the README (Reliability).

    .venv/bin/python bench/reliability_report.py            # default + slow reliability tests
    .venv/bin/python bench/reliability_report.py --fast     # only the default-run parts

The tests append one JSON line per figure to $RELIABILITY_FIGURES (see tests/_figures.py);
this script sets it, runs pytest on the reliability test files, and sums the lines.
Exit status: pytest's, or 1 if any must-be-zero figure (events lost, torn writes, invalid
stores) is not zero.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
FILES = ["tests/test_crash.py", "tests/test_concurrency.py", "tests/test_concurrency_mixed.py",
         "tests/test_hostile.py", "tests/test_fuzz.py", "tests/test_injection.py", "tests/test_pty.py",
         "tests/test_store_layouts.py", "tests/test_store_safety.py"]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--fast", action="store_true", help="skip the slow suite")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        figures_file = Path(tmp) / "figures.jsonl"
        env = dict(os.environ, RELIABILITY_FIGURES=str(figures_file))
        marker = "not slow" if args.fast else "slow or not slow"
        t0 = time.perf_counter()
        done = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-m", marker, *FILES],
                              cwd=REPO, env=env)
        seconds = time.perf_counter() - t0
        lines = figures_file.read_text(encoding="utf-8").splitlines() if figures_file.exists() else []
    totals: dict[str, int] = defaultdict(int)
    details: dict[str, list[dict]] = defaultdict(list)
    must_be_zero: set[str] = set()
    for line in lines:
        item = json.loads(line)
        name = item.pop("figure")
        totals[name] += item.pop("n")
        if item.pop("must_be_zero", False):
            must_be_zero.add(name)
        if item:
            details[name].append(item)
    fuzz = sum(n for name, n in totals.items() if name.startswith("fuzz cases"))
    print(f"\nreliability figures ({'default run' if args.fast else 'default + slow'}; pytest {seconds:.0f} s)")
    for name in sorted(totals):
        print(f"  {name:48} {totals[name]:>9}")
    print(f"  {'fuzz cases, all targets':48} {fuzz:>9}")
    for name, items in sorted(details.items()):
        if name == "faults injected":
            by_step: dict[str, int] = defaultdict(int)
            for item in items:
                by_step[f"{item['step']}/{item['errno']}"] += 1
            print(f"  faults injected by step/errno: {dict(sorted(by_step.items()))}")
        elif name.startswith(("200 MB", "concurrent writes")):
            for item in items:
                print(f"  {name}: {item}")
    bad = [name for name in must_be_zero if totals[name]]
    if bad:
        print(f"NOT ZERO: {bad}")
        return 1
    return done.returncode


if __name__ == "__main__":
    sys.exit(main())
