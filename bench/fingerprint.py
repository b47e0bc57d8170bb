"""What the parser produces on every corpus, as a fingerprint to compare before and after a change.

For each document of each corpus in ../shared/corpora: every temporal expression `extract`
finds (offsets, text, type, value, edtf, mod) and every event `document_events` makes (the
events `ingest` would store), one JSON line per document. A refactoring or a speed-up must
leave this byte-identical; an accuracy change shows exactly which documents moved.

    python bench/fingerprint.py --write /tmp/before.jsonl     # before the change
    python bench/fingerprint.py --check /tmp/before.jsonl     # after: exit 1 and the first differences
    python bench/fingerprint.py                               # one SHA-256 per corpus
    python bench/fingerprint.py --check /tmp/before.jsonl --ignore by   # a change meant to move `by` only
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from datetime import date
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
CORPORA = REPO.parent / "shared" / "corpora"


def lines(corpora: Path):
    from timeline_cli.temporal.events import document_events
    from timeline_cli.temporal.extract import extract

    for path in sorted(corpora.glob("*.jsonl")):
        with path.open(encoding="utf-8") as fh:
            for raw in fh:
                doc = json.loads(raw)
                dct = date.fromisoformat(doc["dct"])
                timex = [[t.start, t.end, t.text, t.type, t.value, t.edtf, t.mod]
                         for t in extract(doc["text"], dct)]
                events = [e.to_dict() for e in document_events(doc["text"], source=doc["doc"], reported=dct)]
                yield path.stem, json.dumps({"corpus": path.stem, "doc": doc["doc"], "timex": timex,
                                             "events": events}, ensure_ascii=False, sort_keys=True, default=str)


def _without(line: str, fields: list[str]) -> str:
    """`line` with the event fields `fields` removed (unchanged when there are none)."""
    if not fields:
        return line
    doc = json.loads(line)
    for event in doc.get("events", []):
        for name in fields:
            event.pop(name, None)
    return json.dumps(doc, ensure_ascii=False, sort_keys=True)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpora", type=Path, default=CORPORA)
    ap.add_argument("--write", type=Path, help="write every line to this file")
    ap.add_argument("--check", type=Path, help="compare with a file written by --write")
    ap.add_argument("--ignore", action="append", default=[], metavar="FIELD",
                    help="with --check: leave this event field out of the comparison (repeatable)")
    args = ap.parse_args(argv)
    if not args.corpora.is_dir():
        print(f"Error: no corpora at {args.corpora}", file=sys.stderr)
        return 2
    hashes: dict[str, hashlib._Hash] = {}
    out = args.write.open("w", encoding="utf-8") if args.write else None
    expected = args.check.read_text(encoding="utf-8").splitlines() if args.check else None
    differences = 0
    for n, (corpus, line) in enumerate(lines(args.corpora)):
        hashes.setdefault(corpus, hashlib.sha256()).update(line.encode("utf-8") + b"\n")
        if out:
            out.write(line + "\n")
        if expected is not None and (n >= len(expected) or _without(expected[n], args.ignore)
                                     != _without(line, args.ignore)):
            differences += 1
            if differences <= 5:
                print(f"differs: {line[:300]}", file=sys.stderr)
    if out:
        out.close()
    for corpus, h in hashes.items():
        print(f"{corpus}\t{h.hexdigest()}")
    if expected is not None:
        print(f"{differences} document(s) differ", file=sys.stderr)
        return 1 if differences else 0
    return 0


if __name__ == "__main__":
    sys.exit(main())
