"""Claimant evaluation: who each sentence attributes its content to, precision and recall.

    python bench/eval_claimants.py                    # bench/claimants/timebank-dev.jsonl
    python bench/eval_claimants.py --errors           # every wrong / missed / spurious sentence
    python bench/eval_claimants.py --gold PATH --corpus aquaint --json

Gold: JSON Lines, one line per sentence (bench/claimants/GUIDELINES.md says how they were made):
`{"doc", "start", "end", "claimant", "resolved", "cue"}` plus, optionally, `"head"` (the
minimal name a correct answer must contain), `"entity"` (the fullest name of the same source in
the document, e.g. "Prime Minister John Howard" for "Howard"), `"kind"` (direct, pronoun,
description, continuation), `"note"` and `"corpus"` (file stem of the corpus holding the
document; default `--corpus`). `start`/`end` are character offsets into the document text of
the corpus (`../shared/corpora/<corpus>.jsonl`, never copied into the repository).
`claimant` null = the sentence is not attributed.

System: the events `timeline ingest` stores, i.e. `timeline_cli.temporal.events.document_events`
on the whole document with `reported` = the corpus's document date, each made storable with
`fields.from_document` as ingest does. Each event goes to the gold sentence its `span` overlaps
most; a sentence's prediction is the non-empty `by` of its events (the one covering most of the
sentence when they disagree), or none (no event, or an event without `by`).

Matching (`matches`): both strings are normalised to word tokens: lower case, curly quotes
straightened, a possessive 's dropped, punctuation and hyphens are word breaks ("U.S." -> u s,
"Har-Shefi" -> har shefi), a leading "the"/"a"/"an" dropped, and honorifics and abbreviated
titles dropped wherever they stand (Mr, Mr., Mrs, Ms, Messrs, Dr, Sir, Gen, Sgt, Sen, Rep,
Gov, Prof, Rev, Jr...; role words such as "President" or "spokesman" are kept).
The target is `resolved` when the gold has one (a pronoun or a description whose referent the
document names earlier), else `claimant`. A prediction is correct when
  1. its tokens contain the gold head as a contiguous run - `head` when the gold gives one,
     else the target's last run of capitalised words ("The mayor's spokesman, Tom Reyes" ->
     Tom Reyes, "the FAA" -> FAA), else its last word ("the lawyer" -> lawyer); and
  2. it adds no word of its own: every token is in the target, the surface claimant, the gold
     `entity`, or a capitalised name in the document that contains the head ("Peter Lenz" for
     gold "Mr. Lenz"). This rejects clause fragments ("Former minister Anna Kovacs was",
     "in May that ...") and quotes, which contain the head but more besides.
Exact equality after normalisation with the target is rule 1+2's simplest case. Consequences:
a pronoun prediction ("he") is correct only when the gold pronoun is unresolvable (the
target is then the pronoun itself); a description ("the company") is wrong when the gold
resolves it to a name ("Magna").

Scores, per sentence: correct = gold attributed and the prediction matches; wrong = gold
attributed, a prediction that does not match; missed = gold attributed, no prediction;
spurious = gold not attributed, a prediction. precision = correct / (correct + wrong +
spurious) (all sentences with a prediction), recall = correct / (correct + wrong + missed)
(all attributed gold sentences), F1 their harmonic mean. Recall is also given per gold `kind`.
`score`, `matches`, `tokens` and `evaluate` are importable (tests/test_eval_claimants.py).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter, defaultdict
from dataclasses import asdict, dataclass, field
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_CORPORA = ROOT.parent / "shared" / "corpora"
DEFAULT_GOLD = ROOT / "bench" / "claimants" / "timebank-dev.jsonl"

# Honorifics and abbreviated titles: not part of who a person is ("Mr. Lenz" is "Lenz").
TITLES = frozenset("""
mr mrs ms miss messrs mme mlle dr sir dame lord gen lt col maj capt cmdr adm sgt cpl pvt
sen rep gov prof rev fr msgr hon jr sr
""".split())
DETERMINERS = frozenset({"the", "a", "an"})
PRONOUNS = frozenset("he she they it we i you his her their its him them us".split())

_TOKEN_RE = re.compile(r"[^\W_]+")
_POSSESSIVE_RE = re.compile(r"['’]s\b|(?<=s)['’](?=\s|$)")
# A capitalised name in a document: capitalised words (with inner dots / apostrophes /
# hyphens), "U.S.", "McAlpine", "Har-Shefi", joined by spaces.
_CAP_WORD = r"[A-Z][\w.'’-]*"
_CAP_RUN_RE = re.compile(rf"{_CAP_WORD}(?:[ \t]+{_CAP_WORD})*")


def tokens(s: str | None) -> list[str]:
    """Normalised word tokens of a name (see the module docstring)."""
    if not s:
        return []
    s = _POSSESSIVE_RE.sub("", s.replace("’", "'").replace("`", "'"))
    toks = [t for t in _TOKEN_RE.findall(s.lower()) if t not in TITLES]
    while toks and toks[0] in DETERMINERS:
        toks = toks[1:]
    return toks


def derive_head(name: str) -> list[str]:
    """The head of a gold name when the gold gives none: its last capitalised run, else its last word."""
    runs = [r for r in _CAP_RUN_RE.findall(name) if tokens(r)]
    if runs:
        # A run at the very start may begin with "The"/"A": tokens() drops it.
        return tokens(runs[-1])
    toks = tokens(name)
    return toks[-1:] if toks else []


def _contains_run(hay: list[str], needle: list[str]) -> bool:
    n = len(needle)
    return n > 0 and any(hay[i:i + n] == needle for i in range(len(hay) - n + 1))


def _document_names(text: str, head: list[str]) -> set[str]:
    """Tokens of the capitalised names in `text` that contain `head` ("Peter Lenz" for lenz)."""
    out: set[str] = set()
    if not text or not head:
        return out
    for run in _CAP_RUN_RE.findall(text):
        toks = tokens(run)
        if _contains_run(toks, head):
            out.update(toks)
    return out


def gold_target(g: dict) -> str | None:
    """What a prediction must name: the resolved antecedent when there is one, else the claimant."""
    return g.get("resolved") or g.get("claimant")


def gold_head(g: dict) -> list[str]:
    head = g.get("head")
    return tokens(head) if head else derive_head(gold_target(g) or "")


def matches(pred: str, g: dict, doc_text: str = "") -> bool:
    """Whether the predicted claimant `pred` names the gold sentence `g`'s claimant."""
    p = tokens(pred)
    if not p or not g.get("claimant"):
        return False
    target = gold_target(g)
    if p == tokens(target):
        return True
    head = gold_head(g)
    if not _contains_run(p, head):
        return False
    allowed = set(tokens(target)) | set(tokens(g.get("entity"))) | _document_names(doc_text, head)
    surface = g.get("claimant")
    if not (g.get("resolved") and set(tokens(surface)) <= PRONOUNS):
        allowed |= set(tokens(surface))
    return all(t in allowed for t in p)


@dataclass
class Result:
    gold_file: str = ""
    docs: int = 0
    sentences: int = 0
    attributed: int = 0
    predicted: int = 0
    correct: int = 0
    wrong: int = 0
    missed: int = 0
    spurious: int = 0
    precision: float = 0.0
    recall: float = 0.0
    f1: float = 0.0
    recall_by_kind: dict = field(default_factory=dict)
    skipped_docs: list = field(default_factory=list)
    errors: list = field(default_factory=list)


def score(gold: list[dict], predictions: dict, texts: dict | None = None, with_errors: bool = False) -> Result:
    """Score gold sentence records against `predictions` {(doc, start, end): claimant or ""}.

    `texts` {doc: text} supplies the document names rule 2 of the matching accepts and the
    sentence shown in errors; a sentence absent from `predictions` has no prediction."""
    texts = texts or {}
    r = Result()
    r.docs = len({g["doc"] for g in gold})
    by_kind: dict = defaultdict(lambda: [0, 0])
    for g in gold:
        r.sentences += 1
        key = (g["doc"], g["start"], g["end"])
        pred = (predictions.get(key) or "").strip()
        text = texts.get(g["doc"], "")
        attributed = bool(g.get("claimant"))
        outcome = None
        if attributed:
            r.attributed += 1
            kind = g.get("kind") or "-"
            by_kind[kind][1] += 1
            if not pred:
                r.missed += 1
                outcome = "missed"
            elif matches(pred, g, text):
                r.correct += 1
                by_kind[kind][0] += 1
            else:
                r.wrong += 1
                outcome = "wrong"
        elif pred:
            r.spurious += 1
            outcome = "spurious"
        if pred:
            r.predicted += 1
        if with_errors and outcome:
            r.errors.append({
                "outcome": outcome, "doc": g["doc"], "start": g["start"], "end": g["end"],
                "gold": g.get("claimant"), "resolved": g.get("resolved"), "kind": g.get("kind"),
                "cue": g.get("cue"), "predicted": pred or None,
                "sentence": " ".join(text[g["start"]:g["end"]].split()) if text else None,
            })
    r.precision = r.correct / r.predicted if r.predicted else 0.0
    r.recall = r.correct / r.attributed if r.attributed else 0.0
    r.f1 = 2 * r.precision * r.recall / (r.precision + r.recall) if r.precision + r.recall else 0.0
    r.recall_by_kind = {k: {"correct": c, "gold": n, "recall": round(c / n, 3) if n else 0.0}
                        for k, (c, n) in sorted(by_kind.items())}
    return r


# ---- running the tool ---------------------------------------------------------------------

def _import_timeline():
    try:
        import timeline_cli  # noqa: F401
    except ImportError:  # running from a checkout without installing
        sys.path.insert(0, str(ROOT / "src"))


def predict_document(text: str, dct: date, spans: list[tuple[int, int]], source: str = "") -> dict:
    """{(start, end): by} for the gold sentence spans of one document, from the events ingest stores."""
    _import_timeline()
    from timeline_cli.temporal.events import document_events
    try:
        from timeline_cli.fields import from_document
    except ImportError:  # pragma: no cover - older/newer layouts
        from_document = None
    events = document_events(text, source=source or "doc", reported=dct, keep_undated=True)
    best: dict = {}
    for ev in events:
        if from_document is not None:
            ev = from_document(ev)
        es, ee = ev.span
        top, top_overlap = None, 0
        for s, e in spans:
            ov = min(e, ee) - max(s, es)
            if ov > top_overlap:
                top, top_overlap = (s, e), ov
        if top is None or not (ev.by or "").strip():
            continue
        if top_overlap > best.get(top, ("", 0))[1]:
            best[top] = (ev.by, top_overlap)
    return {span: by for span, (by, _) in best.items()}


def load_jsonl(path: Path) -> list[dict]:
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def _corpus_docs(corpora: Path, name: str, wanted: set[str]) -> dict:
    path = Path(name) if name.endswith(".jsonl") else corpora / f"{name}.jsonl"
    out = {}
    if not path.is_file():
        return out
    with open(path, encoding="utf-8") as f:
        for line in f:
            if not line.strip():
                continue
            d = json.loads(line)
            if d.get("doc") in wanted:
                out[d["doc"]] = d
    return out


def evaluate(gold_path: Path = DEFAULT_GOLD, corpora: Path = DEFAULT_CORPORA, corpus: str = "timebank",
             with_errors: bool = False) -> Result:
    """Run the tool on every document of the gold file and score it."""
    gold = load_jsonl(gold_path)
    wanted: dict[str, set[str]] = defaultdict(set)
    for g in gold:
        wanted[g.get("corpus") or corpus].add(g["doc"])
    docs: dict = {}
    for name, ids in wanted.items():
        docs.update(_corpus_docs(corpora, name, ids))
    skipped = sorted({g["doc"] for g in gold} - set(docs))
    gold = [g for g in gold if g["doc"] in docs]
    spans_of: dict = defaultdict(list)
    for g in gold:
        spans_of[g["doc"]].append((g["start"], g["end"]))
    predictions: dict = {}
    for doc_id, spans in spans_of.items():
        d = docs[doc_id]
        dct = date.fromisoformat(d["dct"][:10])
        for (s, e), by in predict_document(d["text"], dct, spans, source=doc_id).items():
            predictions[(doc_id, s, e)] = by
    r = score(gold, predictions, {k: v["text"] for k, v in docs.items()}, with_errors)
    r.gold_file = str(gold_path)
    r.skipped_docs = skipped
    return r


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--gold", type=Path, default=DEFAULT_GOLD, help="gold claimant annotation (JSON Lines)")
    ap.add_argument("--corpora", type=Path, default=DEFAULT_CORPORA, help="folder of the *.jsonl corpora")
    ap.add_argument("--corpus", default="timebank",
                    help="corpus (file stem in --corpora, or a .jsonl path) holding the gold's documents")
    ap.add_argument("--errors", action="store_true", help="list each wrong, missed and spurious sentence")
    ap.add_argument("--json", action="store_true", help="machine-readable output")
    args = ap.parse_args(argv)
    if not args.gold.is_file():
        print(f"Error: no gold file at {args.gold}", file=sys.stderr)
        return 2
    if not args.corpora.is_dir() and not args.corpus.endswith(".jsonl"):
        print(f"Error: no corpora folder at {args.corpora} (the document texts are read from there, "
              f"never copied into the repository); pass --corpora DIR", file=sys.stderr)
        return 2
    r = evaluate(args.gold, args.corpora, args.corpus, args.errors)
    if not r.sentences:
        print(f"Error: none of the gold's documents is in {args.corpora} ({args.corpus})", file=sys.stderr)
        return 2
    if args.json:
        print(json.dumps(asdict(r), indent=1, ensure_ascii=False))
        return 0
    if args.errors:
        for e in r.errors:
            gold = e["gold"] if not e["resolved"] else f"{e['gold']} -> {e['resolved']}"
            print(f"{e['outcome']:8} [{e['kind'] or '-'}] gold={gold!r} sys={e['predicted']!r}"
                  f" ({e['doc']} {e['start']}-{e['end']})\n         {e['sentence']}")
        print()
    if r.skipped_docs:
        print(f"skipped {len(r.skipped_docs)} documents not found in the corpus: {', '.join(r.skipped_docs)}")
    print(f"gold {r.gold_file}: {r.docs} docs, {r.sentences} sentences, {r.attributed} attributed")
    print(f"predicted {r.predicted}: correct {r.correct}, wrong {r.wrong}, spurious {r.spurious}; missed {r.missed}")
    print(f"precision {r.precision:.3f}  recall {r.recall:.3f}  F1 {r.f1:.3f}")
    print("recall by kind: " + ", ".join(f"{k} {v['correct']}/{v['gold']} ({v['recall']:.2f})"
                                         for k, v in r.recall_by_kind.items()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
