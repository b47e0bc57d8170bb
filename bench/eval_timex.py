"""TempEval-3 Task A evaluation of the temporal-expression extractor.

    python bench/eval_timex.py                      # every corpus in ../shared/corpora
    python bench/eval_timex.py --corpus timebank --errors
    python bench/eval_timex.py --json

Corpora are JSON Lines `{"doc", "dct", "text", "timex": [{"start", "end", "text", "type",
"value"}]}` read from `../shared/corpora/` (beside the repository) or `--corpora DIR`; they are
never copied into the repository.

Metrics per corpus: strict extent P/R/F1 (same offsets), relaxed extent P/R/F1 (any overlap,
one-to-one), value F1 = relaxed F1 x value accuracy over the relaxed matches, type F1 likewise
("n/a" for TIMEX2 gold, which has no types). The report has two sections: news and short texts
(TIMEX3 gold; dates hang on the document date) and narratives (`wikiwars*`, TIMEX2 gold; dates
hang on the time the story is told in), each with its pooled total.
`score_corpus` / `evaluate` are importable (tests/test_eval_floor.py uses them).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from dataclasses import asdict, dataclass, field
from datetime import date
from pathlib import Path

DEFAULT_CORPORA = Path(__file__).resolve().parents[1].parent / "shared" / "corpora"

try:
    from timeline_cli.temporal.extract import extract
except ImportError:  # running from a checkout without installing
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))
    from timeline_cli.temporal.extract import extract

sys.path.insert(0, str(Path(__file__).resolve().parent))  # bench/'s own modules
from heldout import heldout_documents  # noqa: E402


@dataclass
class Counts:
    gold: int = 0
    system: int = 0
    strict: int = 0
    relaxed: int = 0
    value_ok: int = 0
    type_ok: int = 0
    chars: int = 0
    seconds: float = 0.0
    typed: bool = False

    def add(self, other: "Counts") -> None:
        for f in ("gold", "system", "strict", "relaxed", "value_ok", "type_ok", "chars", "seconds"):
            setattr(self, f, getattr(self, f) + getattr(other, f))
        self.typed = self.typed or other.typed


@dataclass
class Scores:
    corpus: str
    docs: int
    gold: int
    system: int
    strict_p: float
    strict_r: float
    strict_f1: float
    relaxed_p: float
    relaxed_r: float
    relaxed_f1: float
    value_acc: float
    value_f1: float
    type_acc: float
    type_f1: float
    chars_per_second: float
    errors: list = field(default_factory=list)
    typed: bool = True  # the gold has TIMEX types (TIMEX2 corpora have none)
    counts: Counts = field(default_factory=Counts)  # the raw counts, for pooling corpora


def _prf(hit: int, sys_n: int, gold_n: int) -> tuple[float, float, float]:
    p = hit / sys_n if sys_n else 0.0
    r = hit / gold_n if gold_n else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def match(gold: list[dict], system: list[dict]) -> list[tuple[int, int]]:
    """One-to-one relaxed matching (any overlap): exact spans first, then largest overlap."""
    pairs: list[tuple[int, int]] = []
    used_g: set[int] = set()
    used_s: set[int] = set()
    for gi, g in enumerate(gold):
        for si, s in enumerate(system):
            if si not in used_s and s["start"] == g["start"] and s["end"] == g["end"]:
                pairs.append((gi, si))
                used_g.add(gi)
                used_s.add(si)
                break
    cands = []
    for gi, g in enumerate(gold):
        if gi in used_g:
            continue
        for si, s in enumerate(system):
            if si in used_s:
                continue
            ov = min(g["end"], s["end"]) - max(g["start"], s["start"])
            if ov > 0:
                cands.append((-ov, gi, si))
    for _, gi, si in sorted(cands):
        if gi in used_g or si in used_s:
            continue
        pairs.append((gi, si))
        used_g.add(gi)
        used_s.add(si)
    return pairs


_YEAR_XX_RE = re.compile(r"(\d{4})-XX-XX")
_MONTH_XX_RE = re.compile(r"(\d{4}-\d\d)-XX")
_DAY_WEEKDAY_RE = re.compile(r"(\d{4})-(\d\d)-(\d\d)-WXX-([1-7])(T.*)?")
_MONTH_WEEK_RE = re.compile(r"(\d{4})-(\d\d)-W(\d\d)(-WE)?")
_HOURS_RE = re.compile(r"P(\d+(?:\.\d+)?)H")
_UNPADDED_WEEK_RE = re.compile(r"(\d{4})-W(\d)(-WE)?")


def notation(value: str) -> str:
    """`value` in one notation of the several some gold uses for the same value (the tweets
    corpus): a year or month with its unknown rest spelled out ("2014-XX-XX" is "2014",
    "2014-05-XX" is "2014-05"), and a day with its own weekday restated ("2012-06-15-WXX-5TNI",
    15 June 2012 being a Friday, is "2012-06-15TNI"). A weekday that is not the day's own is
    left as it is: that is no notation of one value. Also an ISO week with its month restated
    ("2014-10-W44" is "2014-W44", the week lying in that month) and hours without the time
    designator ("P12H" is "PT12H": H is only ever hours; "P3M" is three months and stays), and an
    ISO week's number without its leading zero (the AQUAINT gold's "2000-W7" is "2000-W07")."""
    m = _UNPADDED_WEEK_RE.fullmatch(value)
    if m:
        return f"{m.group(1)}-W0{m.group(2)}{m.group(3) or ''}"
    m = _MONTH_WEEK_RE.fullmatch(value)
    if m:
        try:
            monday = date.fromisocalendar(int(m.group(1)), int(m.group(3)), 1)
        except ValueError:
            return value
        days = [date.fromordinal(monday.toordinal() + i) for i in range(7)]
        if any(d.month == int(m.group(2)) for d in days):
            return f"{monday.isocalendar()[0]}-W{m.group(3)}{m.group(4) or ''}"
        return value
    m = _HOURS_RE.fullmatch(value)
    if m:
        return f"PT{m.group(1)}H"
    m = _YEAR_XX_RE.fullmatch(value) or _MONTH_XX_RE.fullmatch(value)
    if m:
        return m.group(1)
    m = _DAY_WEEKDAY_RE.fullmatch(value)
    if m:
        try:
            day = date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        except ValueError:
            return value
        if day.isoweekday() == int(m.group(4)):
            return f"{m.group(1)}-{m.group(2)}-{m.group(3)}{m.group(5) or ''}"
    return value


def same_value(gold: str | None, system: str | None) -> bool:
    """The system's value is the gold's, in the same notation or another (`notation`)."""
    if gold == system:
        return True
    return gold is not None and system is not None and notation(gold) == notation(system)


def score_document(doc: dict, with_errors: bool = False) -> tuple[Counts, list]:
    text = doc["text"]
    dct = date.fromisoformat(doc["dct"][:10])
    t0 = time.perf_counter()
    found = extract(text, dct)
    dt = time.perf_counter() - t0
    system = [{"start": t.start, "end": t.end, "text": t.text, "type": t.type, "value": t.value} for t in found]
    gold = doc["timex"]
    c = Counts(gold=len(gold), system=len(system), chars=len(text), seconds=dt)
    c.typed = 2 * sum(1 for g in gold if g.get("type")) > len(gold)  # WikiWars types only its SETs
    pairs = match(gold, system)
    errors = []
    for gi, si in pairs:
        g, s = gold[gi], system[si]
        c.relaxed += 1
        if g["start"] == s["start"] and g["end"] == s["end"]:
            c.strict += 1
        if same_value(g["value"], s["value"]):
            c.value_ok += 1
        elif with_errors:
            errors.append(("value", g, s))
        if g["type"] == s["type"]:
            c.type_ok += 1
    if with_errors:
        mg = {gi for gi, _ in pairs}
        ms = {si for _, si in pairs}
        errors += [("missed", g, None) for gi, g in enumerate(gold) if gi not in mg]
        errors += [("spurious", None, s) for si, s in enumerate(system) if si not in ms]
    return c, errors


def _context(text: str, start: int, end: int, width: int = 50) -> str:
    left = text[max(0, start - width):start].replace("\n", " ")
    right = text[end:end + width].replace("\n", " ")
    return f"{left}[[{text[start:end]}]]{right}"


def load(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def score_corpus(docs: list[dict], name: str = "", with_errors: bool = False) -> Scores:
    total = Counts()
    errors = []
    for doc in docs:
        c, errs = score_document(doc, with_errors)
        total.add(c)
        for kind, g, s in errs:
            span = g or s
            errors.append({
                "doc": doc["doc"], "dct": doc["dct"], "kind": kind,
                "gold": None if g is None else {k: g[k] for k in ("text", "type", "value")},
                "system": None if s is None else {k: s[k] for k in ("text", "type", "value")},
                "context": _context(doc["text"], span["start"], span["end"]),
            })
    return _scores(total, name, len(docs), errors)


def _scores(total: Counts, name: str, docs: int, errors: list) -> Scores:
    sp, sr, sf = _prf(total.strict, total.system, total.gold)
    rp, rr, rf = _prf(total.relaxed, total.system, total.gold)
    vacc = total.value_ok / total.relaxed if total.relaxed else 0.0
    tacc = total.type_ok / total.relaxed if total.relaxed else 0.0
    cps = total.chars / total.seconds if total.seconds else 0.0
    return Scores(name, docs, total.gold, total.system, sp, sr, sf, rp, rr, rf,
                  vacc, rf * vacc, tacc, rf * tacc, cps, errors, total.typed, total)


def is_narrative(corpus: str) -> bool:
    """Corpora whose dates hang on the story's time, not the document date (TIMEX2 WikiWars)."""
    return corpus.startswith("wikiwars")


def pooled(results: list[Scores], name: str) -> Scores:
    """One line for several corpora: counts summed (micro average), so big corpora weigh more."""
    total = Counts()
    for r in results:
        total.add(r.counts)
    return _scores(total, name, sum(r.docs for r in results), [])



def evaluate(corpora_dir: Path = DEFAULT_CORPORA, names: list[str] | None = None,
             with_errors: bool = False) -> list[Scores]:
    files = sorted(corpora_dir.glob("*.jsonl"))
    if names:
        files = [f for f in files if f.stem in names]
    return [score_corpus(load(f), f.stem, with_errors) for f in files]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--corpora", type=Path, default=DEFAULT_CORPORA, help="folder of *.jsonl corpora")
    ap.add_argument("--corpus", action="append", default=[], help="corpus name (file stem); repeatable")
    ap.add_argument("--errors", action="store_true", help="list missed, spurious and wrong-value mentions per document (never of the same-fact held-out documents)")
    ap.add_argument("--json", action="store_true", help="machine-readable output")
    args = ap.parse_args(argv)
    if not args.corpora.is_dir():
        print(f"Error: no corpora folder at {args.corpora}; pass --corpora DIR", file=sys.stderr)
        return 2
    results = evaluate(args.corpora, args.corpus or None, args.errors)
    if not results:
        print(f"Error: no matching *.jsonl in {args.corpora}", file=sys.stderr)
        return 2
    if args.json:
        print(json.dumps([asdict(r) for r in results], indent=1))
        return 0
    if args.errors:
        hidden = heldout_documents()
        for r in results:
            print(f"=== {r.corpus}")
            last = None
            for e in r.errors:
                if e["doc"] in hidden:
                    continue
                if e["doc"] != last:
                    print(f"--- {e['doc']} (dct {e['dct']})")
                    last = e["doc"]
                g, s = e["gold"], e["system"]
                gs = f"{g['text']!r} {g['type']} {g['value']}" if g else "-"
                ss = f"{s['text']!r} {s['type']} {s['value']}" if s else "-"
                print(f"  {e['kind']:8} gold={gs} | sys={ss} | {e['context']}")
    hdr = f"{'corpus':12} {'docs':>5} {'gold':>6} {'sys':>6} | {'strict P/R/F1':^17} | {'relaxed P/R/F1':^17} | {'value':>5} {'valF1':>5} | {'typeF1':>6} | {'kchar/s':>7}"
    sections = [("News and short texts (TIMEX3 gold, dates hang on the document date)",
                 [r for r in results if not is_narrative(r.corpus)], "all news"),
                ("Narratives (TIMEX2 gold, dates hang on the story's time)",
                 [r for r in results if is_narrative(r.corpus)], "all narr.")]
    for title, rows, total_name in sections:
        if not rows:
            continue
        print(title)
        print(hdr)
        print("-" * len(hdr))
        for r in rows + ([pooled(rows, total_name)] if len(rows) > 1 else []):
            type_f1 = f"{r.type_f1:.3f}" if r.typed else "  n/a"
            speed = "       " if r.corpus == total_name else f"{r.chars_per_second / 1000:7.0f}"
            print(f"{r.corpus:12} {r.docs:5d} {r.gold:6d} {r.system:6d} | {r.strict_p:.3f} {r.strict_r:.3f} {r.strict_f1:.3f} |"
                  f" {r.relaxed_p:.3f} {r.relaxed_r:.3f} {r.relaxed_f1:.3f} | {r.value_acc:.3f} {r.value_f1:.3f} | {type_f1}  | {speed}")
        print()
    return 0


if __name__ == "__main__":
    sys.exit(main())
