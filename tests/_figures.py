"""Figures for docs/reliability.md: tests report how many trials, faults and cases they ran.

When $RELIABILITY_FIGURES names a file, `record(name, n)` appends one JSON line to it;
`bench/reliability_report.py` runs the suites with it set and sums the lines. Without the
variable nothing is written, so ordinary runs leave no trace.
"""

from __future__ import annotations

import json
import os


def record(name: str, n: int = 1, **extra) -> None:
    path = os.environ.get("RELIABILITY_FIGURES")
    if not path or n == 0 and not extra:
        return
    with open(path, "a", encoding="utf-8") as fh:
        fh.write(json.dumps({"figure": name, "n": n, **extra}) + "\n")
