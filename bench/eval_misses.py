"""Why each missed gold link of a same-fact set is missed: lost in the candidate search, or
scored and refused (by which check), or linked and not merged, or date-blocked.

    PYTHONPATH=src python bench/eval_misses.py --only dev --only dev2 ... --only dev20 [-v]

The set is grouped as `eval_facts.py` groups it (its documents and every TimeBank document as
distractors, `facts.build`), with `facts._overlap` and `facts._score` watched: a pair is a
*candidate* when the search compared it (`_search` calls `_overlap` on each pair it met),
*scored* when `_score` ran on it (the line that returned is traced for the gold pairs only).
A missed link (fact, document, document) is put in the first class that holds for some pair
of its statements:

- date-blocked: no pair's parsed dates overlap (as `eval_facts.py` counts them apart);
- linked, not merged: a pair scored as a link (`index.scores`), the facts kept apart later;
- scored and refused: a pair scored, none linked; the check is the `if` before the `return`
  of `_score` that ended the best-scoring pair's call ("under the bar" for the final return);
- never a candidate: no pair was ever compared. With -v the shared searched terms of the
  pair sharing the most are listed with how each blocks (`facts._route_of`: rare / weekly /
  "" not blocking) and their posting sizes, to say why the search did not meet them.

`--only` is required (never the held-out set: its documents are not to be read).
"""

from __future__ import annotations

import argparse
import inspect
import math
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import eval_facts  # noqa: E402


def _check_of(lines: list[str], first: int, lineno: int, seen: dict) -> str:
    """The `if` line before `_score`'s return at `lineno` (the check that refused); `seen`:
    `_score`'s locals at the return."""
    k = lineno - first
    text = lines[k].strip()
    if text.startswith("return (max(dice"):
        return "under the bar (final return)"
    if text.startswith("return THRESHOLD"):
        return "linked by a clause"
    if text.startswith("return dice, ranked"):
        return "under the bar (dice < WEAK or too few shared)"
    # the `if` that governs the return: the nearest before it indented less (an `if` nested in
    # a sibling branch, as the late refusals of speed20 are, is not it)
    depth = len(lines[k]) - len(lines[k].lstrip())
    while k > 0 and not (lines[k].lstrip().startswith(("if ", "elif "))
                         and len(lines[k]) - len(lines[k].lstrip()) < depth):
        k -= 1
    check = lines[k].strip()
    if check.startswith("if verb and not"):
        return "heads apart, no same verb nor clause link (the `verb` block)"
    if check.startswith("if len(shared)") and seen:
        shared, undated = seen.get("shared", ()), seen.get("undated", False)
        return f"too few shared after aliases and spellings ({len(shared)}, undated {bool(undated)})"
    if check.startswith("if _other_actor("):
        return "an actor the other does not name (`_other_actor`)"
    # a condition over two lines
    if check.endswith(("(", "or", "and")) or check.count("(") > check.count(")"):
        check += " " + lines[k + 1].strip()
    return check[:150]


def diagnose(name: str, path: Path, corpus: dict, distractors: list, verbose: bool) -> Counter:
    import json

    from timeline_cli import facts

    lines = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    docs = next(line["docs"] for line in lines if line["kind"] == "documents")
    gold = [line for line in lines if line["kind"] == "fact"]
    events_by_doc = {d: eval_facts.ingest(corpus[d]) for d in docs}
    events = [e for evs in events_by_doc.values() for e in evs]
    by_id = {e.id: e for e in events}
    pool = events + [e for e in distractors if e.source not in events_by_doc]

    # the gold pairs of other documents, watched
    per_fact = []
    watched: set[frozenset[str]] = set()
    for fact in gold:
        ids = [i for i in (eval_facts.match(m, events_by_doc) for m in fact["members"]) if i]
        per_doc = defaultdict(list)
        for i in ids:
            per_doc[by_id[i].source].append(by_id[i])
        per_fact.append((fact, per_doc))
        for da in per_doc:
            for db in per_doc:
                if da < db:
                    watched.update(frozenset((a.id, b.id)) for a in per_doc[da] for b in per_doc[db])

    compared: set[frozenset[str]] = set()
    refused: dict[frozenset[str], list[tuple[float, str]]] = defaultdict(list)
    score_code = facts._score.__code__
    src, first = inspect.getsourcelines(facts._score)
    real_overlap, real_score = facts._overlap, facts._score

    def overlap(a, b):
        pair = frozenset((a.id, b.id))
        if pair in watched:
            compared.add(pair)
        return real_overlap(a, b)

    def score(a, b, *args, **kw):
        pair = frozenset((a.id, b.id))
        if pair not in watched:
            return real_score(a, b, *args, **kw)
        last: list = [0, {}]

        def local(frame, event, arg):
            if event == "return" and frame.f_code is score_code:
                last[0] = frame.f_lineno
                last[1] = {k: frame.f_locals.get(k) for k in ("shared", "undated")}
            return local

        def glob(frame, event, arg):
            return local if frame.f_code is score_code else None

        old = sys.gettrace()
        sys.settrace(glob)
        try:
            result = real_score(a, b, *args, **kw)
        finally:
            sys.settrace(old)
        refused[pair].append((result[0], _check_of(src, first, last[0], last[1])))
        return result

    facts._overlap, facts._score = overlap, score
    try:
        index = facts.build(pool)
    finally:
        facts._overlap, facts._score = real_overlap, real_score
    fact_of = index.fact_of
    n_docs = len(index.doc_items)
    common = max(facts.COMMON_MIN_DF, facts.MAX_DF_SHARE * n_docs)

    counts: Counter = Counter()
    out = []
    for fact, per_doc in per_fact:
        docs_in = sorted(per_doc)
        for k, da in enumerate(docs_in):
            for db in docs_in[k + 1:]:
                pairs = [(a, b) for a in per_doc[da] for b in per_doc[db]]
                if any(fact_of[a.id] == fact_of[b.id] for a, b in pairs):
                    continue
                live = [(a, b) for a, b in pairs if eval_facts.overlap(a, b)]
                cross = _outlet(da) != _outlet(db)
                if not live:
                    kind, why = "date-blocked", ""
                elif linked := [index.scores[k] for a, b in live if (k := (min(a.id, b.id), max(a.id, b.id))) in index.scores]:
                    kind, why = "linked, not merged", f"{max(linked):.3f} (a weak link under {facts.THRESHOLD})" \
                        if max(linked) < facts.THRESHOLD else f"{max(linked):.3f}"
                elif any(frozenset((a.id, b.id)) in refused for a, b in live):
                    best = max((r for a, b in live for r in refused.get(frozenset((a.id, b.id)), ())),
                               key=lambda r: r[0])
                    kind, why = "scored and refused", f"{best[0]:.3f} {best[1]}"
                    counts["refused by: " + (best[1] if not best[1].startswith("too few") else "too few shared")] += 1
                elif any(frozenset((a.id, b.id)) in compared for a, b in live):
                    kind, why = "compared, dates apart", ""
                else:
                    would, why = _why_not(index, live, common)
                    kind = "never a candidate"
                    counts["never a candidate, would score >= WEAK"] += would >= facts.WEAK
                    counts["never a candidate, would link (>= THRESHOLD)"] += would >= facts.THRESHOLD
                counts[kind] += 1
                counts[kind + (" (cross-outlet)" if cross else "")] += cross
                out.append((kind, fact["fact"], da, db, why, live or pairs))
    total = sum(counts[k] for k in ("date-blocked", "linked, not merged", "scored and refused",
                                    "compared, dates apart", "never a candidate"))
    print(f"{name}: {total} missed links: " + ", ".join(
        f"{k} {counts[k]} ({counts[k + ' (cross-outlet)']} cross-outlet)"
        for k in ("never a candidate", "scored and refused", "linked, not merged", "compared, dates apart",
                  "date-blocked") if counts[k]) +
          f"; never a candidate and would link if scored: {counts['never a candidate, would link (>= THRESHOLD)']}")
    if verbose:
        for kind, fid, da, db, why, pairs in sorted(out):
            a, b = pairs[0]
            print(f"  [{kind}] {fid}: {da} / {db}  {why}\n     {a.when} {a.text[:100]}\n     {b.when} {b.text[:100]}")
    return counts


def _outlet(doc: str) -> str:
    return doc.split("_")[0] if "_" in doc else doc[:3]


def _why_not(index, live, common: float) -> tuple[float, str]:
    """The shared searched terms of the pair sharing most, each with how it blocks, and the best
    score `_score` would give any of the pairs were they compared."""
    from timeline_cli import facts

    best = max(live, key=lambda p: len(index.items[p[0].id].terms & index.items[p[1].id].terms))
    a, b = index.items[best[0].id], index.items[best[1].id]
    shared = sorted(a.terms & b.terms)
    said = []
    for t in shared:
        how = facts._route_of(index, t, common) or "-"
        if how == "weekly":
            route = index.weekly.get(t, {})
            sizes = [len(route.get(w, ())) for w in sorted(set(a.weeks) & set(b.weeks))]
            how += f"{sizes}" if sizes else "(no week shared)"
        elif how == "rare":
            how += f"{index.df.get(t, 0)}"
        said.append(f"{t}:{how}")
    # what `_score` would say of the best of the pairs, were they compared (weights read now)
    n_docs = len(index.doc_items)
    rare = math.log(1 + n_docs / facts.RARE_DF)
    would = 0.0
    for x, y in live:
        one, two = index.items[x.id], index.items[y.id]
        weight = facts._weights(index, one.terms | two.terms)
        one.weight = one.weight or sum(weight[t] for t in one.terms)
        two.weight = two.weight or sum(weight[t] for t in two.terms)
        would = max(would, facts._score(one, two, weight, rare)[0])
    return would, (f"shared {len(shared)} [{' '.join(said)}] terms {len(a.terms)}/{len(b.terms)}; "
            f"scored, it would be {would:.3f}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpora", type=Path, default=eval_facts.CORPORA)
    parser.add_argument("--only", choices=sorted(set(eval_facts.SETS) - {"heldout"}), action="append",
                        required=True, help="this set only (repeatable; required)")
    parser.add_argument("-v", "--verbose", action="store_true", help="list each missed link and why")
    args = parser.parse_args(argv)
    corpus = eval_facts.load_corpus(args.corpora)
    timebank = eval_facts.timebank_names(args.corpora)
    distractors = [e for name in sorted(timebank) for e in eval_facts.ingest(corpus[name])]
    total: Counter = Counter()
    for name in args.only:
        total += diagnose(name, eval_facts.SETS[name], corpus, distractors, args.verbose)
    print("all:\n" + "\n".join(f"  {v:4d} {k}" for k, v in sorted(total.items(), key=lambda kv: (kv[0].startswith("refused"), -kv[1]))))
    return 0


if __name__ == "__main__":
    sys.exit(main())
