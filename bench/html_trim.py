"""The HTML reader with and without its smaller trees (readers/htmltrim.py), on real saved pages.

    python bench/html_trim.py               # ../shared/sources/web-dev.tar.xz
    python bench/html_trim.py --show        # the lines that differ, page by page

For each page: the Document the reader gives with the shortcuts (the article container read
alone, what trafilatura's cleaning deletes deleted first) and with trafilatura reading the
whole page, compared field by field; the events `document_events` makes from each text; and
the reader's CPU time each way (the smallest of --runs, interleaved). The shortcuts are only
taken where the text cannot change: every page should be identical.
"""

from __future__ import annotations

import argparse
import difflib
import sys
import tarfile
import tempfile
import time
from datetime import date
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
ARCHIVE = REPO.parent / "shared" / "sources" / "web-dev.tar.xz"


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--archive", type=Path, default=ARCHIVE)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--show", action="store_true", help="print the lines that differ")
    args = ap.parse_args(argv)
    if not args.archive.exists():
        print(f"skipped: {args.archive} is absent", file=sys.stderr)
        return 0
    from timeline_cli.errors import InputError
    from timeline_cli.readers import html
    from timeline_cli.temporal.events import document_events

    trimmed = html._first_pass

    def whole(trafilatura, tree, data, origin, url, with_metadata):
        return html._extract(trafilatura, tree, origin, url, with_metadata, precision=True, fast=True)

    def read(data: bytes, first_pass) -> tuple[Any, float]:
        html._first_pass = first_pass
        start = time.process_time()
        try:
            out: Any = html.read(data, origin="page.html")[0]
        except InputError as exc:
            out = str(exc)
        finally:
            html._first_pass = trimmed
        return out, time.process_time() - start

    def events(document) -> list[str]:
        if isinstance(document, str):
            return []
        return [e.text for e in document_events(document.text, source="page", reported=date(2020, 1, 1))]

    html.preload()
    with tempfile.TemporaryDirectory() as tmp:
        with tarfile.open(args.archive) as tar:
            tar.extractall(tmp, filter="data")
        pages = sorted(next(Path(tmp).rglob("dates.json")).parent.glob("pages/*"))
        best = {"whole": [float("inf")] * len(pages), "trimmed": [float("inf")] * len(pages)}
        differ = 0
        same_events = 0
        for n, page in enumerate(pages):
            data = page.read_bytes()
            outs = {}
            for _ in range(args.runs):
                for name, first_pass in (("whole", whole), ("trimmed", trimmed)):
                    outs[name], spent = read(data, first_pass)
                    best[name][n] = min(best[name][n], spent)
            if outs["whole"] != outs["trimmed"]:
                differ += 1
                print(f"differs: {page.name}")
                if args.show and not isinstance(outs["whole"], str) and not isinstance(outs["trimmed"], str):
                    for line in difflib.unified_diff(outs["whole"].text.splitlines(), outs["trimmed"].text.splitlines(),
                                                     lineterm="", n=0):
                        print(f"  {line[:160]}")
            same_events += events(outs["whole"]) == events(outs["trimmed"])
    count = len(pages)
    print(f"pages {count}: documents identical {count - differ}, events identical {same_events}")
    for name, times in best.items():
        print(f"reader CPU, {name:8} {1000 * sum(times) / count:6.2f} ms a page (least of {args.runs} runs)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
