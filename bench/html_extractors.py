"""The HTML reader's main-text extractor (trafilatura) against resiliparse, on real saved pages.

    pip install resiliparse                       # not a dependency of the project
    python bench/html_extractors.py               # ../shared/sources/web-dev.tar.xz
    python bench/html_extractors.py --show        # every event one has and the other lacks

For each page of the archive: the CPU time of each extractor (resiliparse's parse included),
then the events `document_events` makes from each text (same report date), keeping those with
a date word in them (a year, a month and day, a weekday, "today", "last", "ago" ...), compared
as sets (bullets and white space folded). Printed: events lost and gained against trafilatura,
the pages where one keeps under half the other's events (an article lost), and the gained
events that look like page furniture by an independent list of shapes (PHP warnings,
subscription prompts, photo credits, "Updated ..." lines) -- read the --show list too: not
every kind of furniture has a shape.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import tarfile
import tempfile
import time
from datetime import date
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
ARCHIVE = REPO.parent / "shared" / "sources" / "web-dev.tar.xz"
DATED = re.compile(r"\d{4}|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d|"
                   r"(?:mon|tues|wednes|thurs|fri|satur|sun)day|yesterday|today|last|next|ago", re.I)
FURNITURE = re.compile(
    r"^(?:strict standards|deprecated|warning|notice):|\bon line \d+\b|subscri|sign(?:ing)? up\b|"
    r"\bnewsletter\b|top stories|\bphoto:|\b(?:getty images|usa today sports|ap photo|istock)\b|"
    r"^(?:updated|published)\b|^previous article|\(mondays|\b(?:tuesdays|wednesdays|thursdays)\)|"
    r"\bcalories\b|email you|back our team", re.I)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--archive", type=Path, default=ARCHIVE)
    ap.add_argument("--show", action="store_true", help="print every event lost or gained")
    args = ap.parse_args(argv)
    try:
        from resiliparse.extract.html2text import extract_plain_text
        from resiliparse.parse.encoding import detect_encoding
        from resiliparse.parse.html import HTMLTree
    except ImportError:
        print("skipped: resiliparse is not installed (pip install resiliparse)", file=sys.stderr)
        return 0
    if not args.archive.exists():
        print(f"skipped: {args.archive} is absent", file=sys.stderr)
        return 0
    from timeline_cli.errors import InputError
    from timeline_cli.readers import html
    from timeline_cli.temporal.events import document_events

    def dated(text: str) -> set[str]:
        out = set()
        for event in document_events(text, source="page", reported=date(2020, 1, 1)):
            if DATED.search(event.text):
                out.add(re.sub(r"^(?:[-•*]|\d+\.)\s*", "", " ".join(event.text.split())))
        return out

    times = {"trafilatura": 0.0, "resiliparse": 0.0}
    kept = {"trafilatura": 0, "resiliparse": 0}
    lost: list[tuple[str, str]] = []
    gained: list[tuple[str, str]] = []
    articles_lost: list[str] = []
    with tempfile.TemporaryDirectory() as tmp:
        with tarfile.open(args.archive) as tar:
            tar.extractall(tmp, filter="data")
        root = next(Path(tmp).rglob("dates.json")).parent
        names = sorted(json.loads((root / "dates.json").read_text(encoding="utf-8")))
        for name in names:
            data = (root / "pages" / name).read_bytes()
            start = time.process_time()
            try:
                ours = html.read(data, origin=name)[0].text
            except InputError:
                ours = ""
            times["trafilatura"] += time.process_time() - start
            start = time.process_time()
            tree = HTMLTree.parse_from_bytes(data, detect_encoding(data, from_html_meta=True))
            theirs = extract_plain_text(tree, main_content=True, comments=False, post_meta=False,
                                        alt_texts=False, list_bullets=False)
            times["resiliparse"] += time.process_time() - start
            a, b = dated(ours), dated(theirs)
            kept["trafilatura"] += len(a)
            kept["resiliparse"] += len(b)
            lost.extend((name, e) for e in sorted(a - b))
            gained.extend((name, e) for e in sorted(b - a))
            if len(b) < len(a) / 2:
                articles_lost.append(f"{name} ({len(a)} -> {len(b)})")
    n = len(names)
    print(f"pages {n}; CPU per page: trafilatura reader {1000 * times['trafilatura'] / n:.1f} ms "
          f"(metadata and date included), resiliparse {1000 * times['resiliparse'] / n:.1f} ms")
    print(f"events with a date word: trafilatura {kept['trafilatura']}, resiliparse {kept['resiliparse']}; "
          f"resiliparse loses {len(lost)}, gains {len(gained)}")
    print(f"pages where resiliparse keeps under half the events: {len(articles_lost)}: {', '.join(articles_lost)}")
    furniture = [(name, e) for name, e in gained if FURNITURE.search(e)]
    print(f"gained events shaped like furniture: {len(furniture)}")
    for name, text in furniture:
        print(f"  {name}: {text[:120]}")
    if args.show:
        for sign, rows in (("-", lost), ("+", gained)):
            for name, text in rows:
                print(f"{sign} {name}: {text[:160]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
