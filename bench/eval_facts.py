"""Score same-fact grouping (timeline_cli.facts) against hand-written gold.

    PYTHONPATH=src python bench/eval_facts.py                 # every set, held-out too
    PYTHONPATH=src python bench/eval_facts.py --only dev --only dev2 --only dev3 --only dev4 --only dev5 -v   # with the errors listed

Gold (bench/facts/*.jsonl, see bench/facts/GUIDELINES.md): a `documents` line naming the
corpus documents of the set, then one `fact` line per multi-source fact, its members keyed by
document and statement text (the event id is kept too, but parser changes move ids).

The set's documents are ingested with the API (`document_events`) together with every
TimeBank document as distractors (a store holds many stories), then grouped with
`facts.group`. Scores are pairwise over statements of *different* documents of the set:

- precision: of the pairs the grouping puts in one fact, the share that gold puts in one fact
  (a statement in no gold fact is a fact of its own, so any pair with it is wrong);
- recall: of the gold (fact, document, document) links, the share where the grouping puts a
  statement of each document of that fact in one fact. A document restating a fact twice
  gives one link, not two. Links whose statements' parsed dates cannot overlap are scored
  apart (`date-blocked`): the rule forbids grouping them, so they measure the parser.

Pairs between two distractor statements are not scored (TimeBank has no gold); a pair of a
set statement with a distractor is a false positive.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import defaultdict
from datetime import date
from pathlib import Path

HERE = Path(__file__).resolve().parent
CORPORA = HERE.parent.parent / "shared" / "corpora"
SETS = {"dev": HERE / "facts" / "dev.jsonl", "dev2": HERE / "facts" / "dev2.jsonl",
        "dev3": HERE / "facts" / "dev3.jsonl", "dev4": HERE / "facts" / "dev4.jsonl",
        "dev5": HERE / "facts" / "dev5.jsonl", "dev6": HERE / "facts" / "dev6.jsonl",
        "dev7": HERE / "facts" / "dev7.jsonl", "dev8": HERE / "facts" / "dev8.jsonl",
        "dev9": HERE / "facts" / "dev9.jsonl", "dev10": HERE / "facts" / "dev10.jsonl",
        "dev11": HERE / "facts" / "dev11.jsonl", "dev12": HERE / "facts" / "dev12.jsonl",
        "dev13": HERE / "facts" / "dev13.jsonl", "dev14": HERE / "facts" / "dev14.jsonl",
        "dev15": HERE / "facts" / "dev15.jsonl", "dev16": HERE / "facts" / "dev16.jsonl",
        "dev17": HERE / "facts" / "dev17.jsonl", "dev18": HERE / "facts" / "dev18.jsonl",
        "dev19": HERE / "facts" / "dev19.jsonl", "dev20": HERE / "facts" / "dev20.jsonl",
        "heldout": HERE / "facts" / "heldout.jsonl"}
SEEDS = HERE.parent / "seeds"


def _norm(text: str) -> str:
    return " ".join(text.split())


def load_corpus(corpora: Path) -> dict[str, dict]:
    docs = {}
    for name in ("aquaint.jsonl", "timebank.jsonl", "te3-silver.jsonl"):
        with open(corpora / name, encoding="utf-8") as fh:
            for line in fh:
                d = json.loads(line)
                docs[d["doc"]] = d
    return docs


def ingest(doc: dict):
    from timeline_cli.api import document_events

    return document_events(doc["text"], reported=date.fromisoformat(doc["dct"]), source=doc["doc"])


def match(member: dict, events_by_doc: dict) -> str | None:
    """The event of the document holding the gold statement: same text and id (a sentence
    split into two dated events has one text twice), else same text, else same id, else
    the event whose text contains the gold text or is contained in it (a parser re-split)."""
    events = events_by_doc.get(member["doc"], [])
    text = _norm(member["text"])
    for rule in (lambda e: _norm(e.text) == text and e.id == member["id"], lambda e: _norm(e.text) == text,
                 lambda e: e.id == member["id"],
                 lambda e: text in _norm(e.text) or (len(e.text) > 40 and _norm(e.text) in text)):
        found = [e.id for e in events if rule(e)]
        if found:
            return found[0]
    return None


def overlap(a, b) -> bool:
    from timeline_cli.when import parse_when

    wa, wb = parse_when(a.when), parse_when(b.when)
    return max(wa.earliest, wb.earliest) <= min(wa.latest, wb.latest)


def score(name: str, path: Path, corpus: dict, distractors: list, verbose: bool) -> dict:
    from timeline_cli import facts

    lines = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    docs = next(line["docs"] for line in lines if line["kind"] == "documents")
    gold = [line for line in lines if line["kind"] == "fact"]
    events_by_doc = {d: ingest(corpus[d]) for d in docs}
    events = [e for evs in events_by_doc.values() for e in evs]
    by_id = {e.id: e for e in events}
    pool = events + [e for e in distractors if e.source not in events_by_doc]

    gold_of: dict[str, str] = {}
    missing = 0
    for fact in gold:
        for member in fact["members"]:
            eid = match(member, events_by_doc)
            if eid is None:
                missing += 1
                print(f"  [{name}] gold statement not found: {member['doc']}: {member['text'][:70]}", file=sys.stderr)
            else:
                gold_of[eid] = fact["fact"]

    start = time.perf_counter()
    fact_of = facts.group(pool)
    seconds = time.perf_counter() - start

    # Precision: system pairs among the set's statements, different documents.
    members = defaultdict(list)
    for e in events:
        members[fact_of[e.id]].append(e)
    tp = fp = 0
    errors = []
    for group in members.values():
        for i, a in enumerate(group):
            for b in group[i + 1:]:
                if a.source == b.source:
                    continue
                if gold_of.get(a.id) is not None and gold_of.get(a.id) == gold_of.get(b.id):
                    tp += 1
                else:
                    fp += 1
                    errors.append(("FP", a, b))
    outside = sum(1 for e in pool if e.source not in events_by_doc and
                  any(x.source in events_by_doc for x in members.get(fact_of[e.id], ())))
    fp += outside

    # Recall: (fact, doc, doc) links.
    links = found = blocked = blocked_found = 0
    per_fact = []
    for fact in gold:
        before = (links, found)
        ids = [i for i in (match(m, events_by_doc) for m in fact["members"]) if i]
        per_doc = defaultdict(list)
        for i in ids:
            per_doc[by_id[i].source].append(by_id[i])
        docs_in = sorted(per_doc)
        for k, da in enumerate(docs_in):
            for db in docs_in[k + 1:]:
                ok = any(fact_of[a.id] == fact_of[b.id] for a in per_doc[da] for b in per_doc[db])
                compatible = any(overlap(a, b) for a in per_doc[da] for b in per_doc[db])
                if compatible:
                    links += 1
                    found += ok
                    if not ok:
                        errors.append(("FN", per_doc[da][0], per_doc[db][0]))
                else:
                    blocked += 1
                    blocked_found += ok
        per_fact.append((fact["fact"], found - before[1], links - before[0]))
    p = tp / (tp + fp) if tp + fp else 1.0
    r = found / links if links else 1.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    r_all = (found + blocked_found) / (links + blocked) if links + blocked else 1.0
    print(f"{name}: {len(docs)} documents, {len(events)} statements ({len(pool)} with distractors), "
          f"{len(gold)} gold facts, {links} gold links (+{blocked} date-blocked), {missing} unmatched")
    print(f"  precision {p:.3f} ({tp}/{tp + fp}; {outside} with distractors)  recall {r:.3f} ({found}/{links})  "
          f"F1 {f1:.3f}  recall incl. date-blocked {r_all:.3f}  grouping {seconds * 1000:.0f} ms")
    if verbose:
        print("  recall per fact: " + ", ".join(f"{n} {f}/{t}" for n, f, t in per_fact if t))
        for kind, a, b in errors:
            print(f"  {kind} {gold_of.get(a.id, '-')}/{gold_of.get(b.id, '-')}\n     {a.source} {a.when} {a.text[:110]}\n"
                  f"     {b.source} {b.when} {b.text[:110]}")
    return {"precision": p, "recall": r, "f1": f1}


def seed_check() -> int:
    """Facts with more than one statement when the seed article is grouped alone (must be 0)."""
    from timeline_cli import facts
    from timeline_cli.api import document_events

    events = []
    for path in sorted(SEEDS.glob("*.txt")):
        events += document_events(path.read_text(encoding="utf-8"), reported=date(2024, 11, 6), source=path.name)
    fact_of = facts.group(events)
    sizes = defaultdict(int)
    for f in fact_of.values():
        sizes[f] += 1
    grouped = sum(1 for n in sizes.values() if n > 1)
    print(f"seed article alone: {len(events)} statements, {grouped} grouped facts (must be 0)")
    return grouped


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpora", type=Path, default=CORPORA)
    parser.add_argument("--only", choices=sorted(SETS), action="append", help="this set only (repeatable)")
    parser.add_argument("-v", "--verbose", action="store_true", help="list false positives and misses")
    args = parser.parse_args(argv)
    corpus = load_corpus(args.corpora)
    timebank = timebank_names(args.corpora)
    distractors = [e for name in sorted(timebank) for e in ingest(corpus[name])]
    results = {}
    for name, path in SETS.items():
        if args.only and name not in args.only:
            continue
        results[name] = score(name, path, corpus, distractors, args.verbose)
    bad = seed_check()
    return 0 if bad == 0 else 1


def timebank_names(corpora: Path) -> set[str]:
    with open(corpora / "timebank.jsonl", encoding="utf-8") as fh:
        return {json.loads(line)["doc"] for line in fh}


if __name__ == "__main__":
    sys.exit(main())
