"""Which date each sentence gets: the events `ingest` makes against the same events made from gold TIMEX.

    python bench/eval_statement_date.py                       # news corpora (timebank, aquaint) + wikiwars-dev
    python bench/eval_statement_date.py --corpus timebank --errors 20
    python bench/eval_statement_date.py --json

For each document, `document_events` runs twice on the same text: once with our extractor (what
`timeline ingest` stores) and once with an extractor that returns the corpus's human TIMEX
annotation (values turned into EDTF by `resolve.edtf_of`). Both runs go through the same choice
of the statement's date (main clause, one event per dated happening), so the score measures
whether a sentence ends up with the right date(s), not whether the choice rules agree with
themselves. A gold-dated sentence is one the gold run stores with `keep_undated=False`; it is
right when our run gives the same multiset of `when` values for that sentence. The event
columns count each (sentence, when) of the gold run found in ours (a sentence split into two
happenings with one date wrong is half right there, wrong in the sentence columns).

The score is the share of gold-dated sentences that come out right. TIMEX2 corpora (wikiwars)
have values that TimeML does not (`BC0490`): those sentences count like any other.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from datetime import date
from pathlib import Path

DEFAULT_CORPORA = Path(__file__).resolve().parents[1].parent / "shared" / "corpora"
DEFAULT_NAMES = ("timebank", "aquaint", "wikiwars-dev")

try:
    import timeline_cli  # noqa: F401
except ImportError:  # running from a checkout without installing
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

sys.path.insert(0, str(Path(__file__).resolve().parent))  # bench/'s own modules
from heldout import heldout_documents  # noqa: E402


def _gold_extractor(doc: dict):
    from timeline_cli.temporal.resolve import edtf_of
    from timeline_cli.temporal.types import Timex

    dct = date.fromisoformat(doc["dct"])
    timexes = []
    for t in doc["timex"]:
        value, mod = t.get("value") or "", t.get("mod") or ""
        try:
            edtf = edtf_of(value, dct, mod) if value else None
        except ValueError:
            edtf = None
        timexes.append(Timex(t["start"], t["end"], t["text"], t.get("type") or "DATE", value, edtf, mod))

    def extract(text: str, reported: date, *, dayfirst: bool | None = None) -> list:
        return list(timexes)

    return extract


def _whens(events) -> dict[str, Counter]:
    by_sentence: dict[str, Counter] = defaultdict(Counter)
    for e in events:
        by_sentence[e.text][e.when] += 1
    return by_sentence


def score_document(doc: dict, split: bool = True) -> tuple[int, int, int, int, list[tuple[str, list, list]]]:
    """(gold-dated sentences, right, gold events, events right, [(sentence, gold whens, our
    whens) for the wrong sentences]); `split`: one event per dated happening (else per sentence)."""
    from timeline_cli.temporal.events import document_events

    dct = date.fromisoformat(doc["dct"])
    options = {} if split else {"split": False}  # (a tree from before `split` scores too)
    gold = _whens(document_events(doc["text"], source=doc["doc"], reported=dct, keep_undated=False,
                                  extractor=_gold_extractor(doc), **options))
    ours = _whens(document_events(doc["text"], source=doc["doc"], reported=dct, keep_undated=True, **options))
    right, events, events_right, wrong = 0, 0, 0, []
    for sentence, whens in gold.items():
        mine = ours.get(sentence, Counter())
        events += sum(whens.values())
        events_right += sum((whens & mine).values())
        if mine == whens:
            right += 1
        else:
            wrong.append((sentence, sorted(whens.elements()), sorted(mine.elements())))
    return len(gold), right, events, events_right, wrong


def evaluate(corpora: Path = DEFAULT_CORPORA, names=DEFAULT_NAMES, split: bool = True) -> dict[str, dict]:
    out: dict[str, dict] = {}
    for name in names:
        path = corpora / f"{name}.jsonl"
        if not path.exists():
            continue
        total = right = docs = events = events_right = 0
        errors: list = []
        with path.open(encoding="utf-8") as fh:
            for raw in fh:
                doc = json.loads(raw)
                n, r, ev, er, wrong = score_document(doc, split)
                docs += 1
                total += n
                right += r
                events += ev
                events_right += er
                errors.extend((doc["doc"], *w) for w in wrong)
        out[name] = {"docs": docs, "dated_sentences": total, "right": right,
                     "accuracy": round(right / total, 4) if total else 0.0,
                     "gold_events": events, "events_right": events_right,
                     "event_recall": round(events_right / events, 4) if events else 0.0, "errors": errors}
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--corpora", type=Path, default=DEFAULT_CORPORA)
    ap.add_argument("--corpus", action="append", default=[], help="corpus name (file stem); repeatable")
    ap.add_argument("--errors", type=int, default=0, metavar="N", help="list the first N wrong sentences per corpus (never those of the same-fact held-out documents)")
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--no-split", action="store_true", help="one event per sentence (document_events split=False)")
    args = ap.parse_args(argv)
    if not args.corpora.is_dir():
        print(f"error: no corpora folder at {args.corpora} (give --corpora DIR)", file=sys.stderr)
        return 2
    results = evaluate(args.corpora, args.corpus or DEFAULT_NAMES, split=not args.no_split)
    if args.json:
        print(json.dumps({k: {f: v for f, v in r.items() if f != "errors"} for k, r in results.items()}, indent=1))
        return 0
    print(f"{'corpus':<14} {'docs':>5} {'dated':>6} {'right':>6} {'accuracy':>8} {'events':>6} {'right':>6} {'recall':>6}")
    for name, r in results.items():
        print(f"{name:<14} {r['docs']:>5} {r['dated_sentences']:>6} {r['right']:>6} {r['accuracy']:>8.3f} "
              f"{r['gold_events']:>6} {r['events_right']:>6} {r['event_recall']:>6.3f}")
    hidden = heldout_documents()
    for name, r in results.items():
        shown = [e for e in r["errors"] if e[0] not in hidden]
        for doc, sentence, gold, ours in shown[:args.errors]:
            print(f"\n[{name} {doc}] {sentence}\n  gold {gold}\n  ours {ours}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
