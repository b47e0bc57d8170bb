"""The same-fact held-out set's documents (bench/facts/heldout.jsonl's first line).

They count in every score, but no error listing of bench/ prints their text, so that nobody
tunes on them by reading a listing (eval_statement_date.py and eval_timex.py `--errors`).
"""

from __future__ import annotations

import json
from pathlib import Path

HELDOUT = Path(__file__).resolve().parent / "facts" / "heldout.jsonl"


def heldout_documents() -> frozenset[str]:
    try:
        with HELDOUT.open(encoding="utf-8") as fh:
            return frozenset(json.loads(fh.readline()).get("docs", ()))
    except (OSError, ValueError):
        return frozenset()
