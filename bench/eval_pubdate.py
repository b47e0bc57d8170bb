"""Publication dates and page furniture on real saved web pages.

    python bench/eval_pubdate.py                          # ../shared/sources/web-dev.tar.xz
    python bench/eval_pubdate.py --errors                 # every page where ingest is wrong
    python bench/eval_pubdate.py --archive PATH --json

The archive (180 English pages with a publication date a person checked, `web-dev/dates.json`:
file -> {url, date}) is unpacked into a temporary folder, never into the repository.

For each page, in one run:
* ingest: the report date `timeline ingest` would use for the page: the HTML reader
  (readers/html.py: trafilatura's text, htmldate on the page's markup, given the page's URL
  as a fetch would) and then choose_reported (the markup's date; else the dateline in the
  text; else htmldate's extensive search; else today, counted as wrong);
* htmldate alone: `find_date(html, original_date=True, extensive_search=True)`, the baseline
  the issue measured (0.89 on 66 held-out news pages);
and the share of pages where each gives the checked date.

Boilerplate check: every event ingest makes from every page (document_events on the page's
text, as stored) is tested against an independent list of furniture shapes (below, not the
language pack's patterns): a copyright sign or word with a year, "all rights reserved",
"sign up for", "follow us on", "write to", a photo agency credit, a line that is only "By" and
names, a line that is only a date. Any hit is printed; the target is none.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import tarfile
import tempfile
import time
from collections import Counter
from datetime import date
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
ARCHIVE = REPO.parent / "shared" / "sources" / "web-dev.tar.xz"
TODAY = date(2099, 1, 1)  # far from any page: "today (assumed)" is never right by chance

FURNITURE = re.compile(
    r"©|\bcopyright\b.{0,12}\d{4}|\ball rights reserved\b|^\W*sign up (?:for|to)\b|\bfollow us on\b|"
    r"^\W*write to\b|\b(?:getty images|shutterstock|ap photo|afp via getty)\b|"
    r"^\W*by(?:\s+(?-i:[A-Z][\w'’.-]*)){1,4}\W*$|"
    r"^\W*(?:(?:mon|tue|wed|thu|fri|sat|sun)\w*\.?,?\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"
    r"\w*\.?\s+\d{1,2},?\s+\d{4}\W*$",
    re.IGNORECASE)


def pages(archive: Path, folder: Path):
    with tarfile.open(archive) as tar:
        tar.extractall(folder, filter="data")
    root = next(folder.rglob("dates.json")).parent
    gold = json.loads((root / "dates.json").read_text(encoding="utf-8"))
    for name in sorted(gold):
        yield name, (root / "pages" / name).read_bytes(), gold[name]["url"], date.fromisoformat(gold[name]["date"])


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--archive", type=Path, default=ARCHIVE)
    ap.add_argument("--errors", action="store_true", help="print every page ingest dates wrong")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args(argv)
    if not args.archive.exists():
        print(f"skipped: {args.archive} is absent", file=sys.stderr)
        return 0
    from htmldate import find_date

    from timeline_cli.docread import choose_reported
    from timeline_cli.errors import TimelineError
    from timeline_cli.readers import get_reader
    from timeline_cli.temporal.events import document_events

    html = get_reader("html")
    n = right = base = 0
    how: Counter = Counter()
    hows_right: Counter = Counter()
    furniture: list[tuple[str, str]] = []
    events_total = 0
    errors: list[str] = []
    started = time.perf_counter()
    with tempfile.TemporaryDirectory() as tmp:
        for name, data, url, gold in pages(args.archive, Path(tmp)):
            n += 1
            alone = find_date(data.decode("utf-8", "replace"), original_date=True, extensive_search=True)
            base += alone == gold.isoformat()
            try:
                document = html.read(data, origin=name, url=url)[0]
            except TimelineError as exc:
                how["unreadable"] += 1
                errors.append(f"{name}: unreadable: {exc.message}")
                continue
            chosen = choose_reported(document.text, given=None, today=TODAY, published=document.published,
                                     how=document.published_how, weak=document.published_weak)
            key = chosen.how.split(" (")[0] if chosen.how.startswith("htmldate") else chosen.how
            how[key] += 1
            if chosen.date == gold:
                right += 1
                hows_right[key] += 1
            else:
                errors.append(f"{name}: ingest {chosen.date} ({chosen.how}), checked {gold}, htmldate {alone}")
            events = document_events(document.text, source=name, reported=chosen.date,
                                     reported_assumed=chosen.assumed, header=chosen.found)
            events_total += len(events)
            furniture.extend((name, e.text) for e in events if FURNITURE.search(e.text))
    result = {"pages": n, "ingest": round(right / n, 3), "htmldate": round(base / n, 3),
              "how": dict(how), "right_by_how": dict(hows_right), "events": events_total,
              "boilerplate_events": len(furniture), "seconds": round(time.perf_counter() - started, 1)}
    if args.json:
        print(json.dumps(result, indent=1))
    else:
        print(f"pages {n}: report date right: ingest {right}/{n} = {right / n:.3f}; "
              f"htmldate alone {base}/{n} = {base / n:.3f}")
        print("how ingest found it (right/all): " + ", ".join(
            f"{k} {hows_right[k]}/{v}" for k, v in how.most_common()))
        print(f"boilerplate: {len(furniture)} of {events_total} events")
        for name, text in furniture:
            print(f"  {name}: {text[:140]}")
        if args.errors:
            print("\n".join(errors))
    return 0


if __name__ == "__main__":
    sys.exit(main())
