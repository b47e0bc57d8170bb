"""Our temporal tagger side by side with three open-source peers, in one run, on the same texts.

    python bench/peers.py                              # every corpus, every installed peer
    python bench/peers.py --corpus timebank --limit 50 --peers dateparser
    python bench/peers.py --json peers.json

The peers are installed only in a separate bench environment, never as project dependencies
(see bench/README.md): `pip install -e . -r bench/requirements-peers.txt` in its own venv. A peer
that is not installed is reported and skipped, so the script also runs in the project's venv with
only our parser.

Systems (each is a function `(text, document date) -> list[Timex]`):

- ours: `timeline_cli.temporal.extract.extract(text, dct)`.
- dateparser: `dateparser.search.search_dates(text, languages=['en'],
  settings={'RELATIVE_BASE': dct as datetime})`.
- datefinder: `datefinder.find_dates(text, source=True, index=True, base_date=dct as datetime)`.
- recognizers: Microsoft Recognizers-Text, the steps of `recognize_datetime(text, Culture.English,
  reference=dct as datetime)` (same model, extractor and parser) with one fix: the library's
  `DateTimeModel.parse` wraps a whole document in one `try/except: pass`, so a single mention
  whose parser crashes (1.0.2a2 raises UnboundLocalError on "January this year", among others)
  silently empties the whole document. Here only that mention is lost, and such mentions are
  counted ("crashed"). Called as is, it scored value F1 0.623 on TimeBank and 0.610 on AQUAINT
  instead of 0.659 and 0.652.

Scoring is bench/eval_timex.py's own (`score_corpus`, TempEval-3 Task A: strict/relaxed extent,
value F1 = relaxed F1 x value accuracy, type F1 likewise): it is imported, and each system is
plugged in as its extractor, so every system is scored by the same code on the same documents.
Throughput is characters / second over the timed calls only (eval_timex times each per-document
call: the peer call plus the mapping below, which is a few regexes per mention and well under 1%
of any peer's time). Each system is warmed up on one short text before its timed run (imports,
model building, lazy data loading are not timed). Runs are sequential on one core. The machine is
shared with other processes, so a corpus pass that took under 10 s is repeated (`--repeat`,
default up to 3 passes) and the best throughput kept; in practice that is every system but
Recognizers-Text, whose single pass is long enough to average the noise out. Scores do not change
between passes (every system is deterministic).

Mapping peers to TIMEX3 (meant to be fair: the peer gets the best TIMEX3 reading of what it says)

Extent (all peers): the peer's span, trimmed of surrounding white space and punctuation
(`,;:!?"'()[]`, not `.` so "a.m." survives), of leading signal words (on, in, at, by, since, from,
until, till, to, of, for, during, before, after, and, or) and of trailing function words (and, or,
at, on, in, of, to, by, the, for, a, an). TIMEX3 extents exclude such words; the peers' spans do
not follow TIMEX3, and this only ever helps their strict extent scores. A span that trims to
nothing is dropped.

dateparser and datefinder return a datetime only, so type and precision come from the match text:

- TIME when the text has a clock time (`10:30`, `10 a.m.`, `7pm`, noon, midnight, `o'clock`) or
  names hours/minutes; value `YYYY-MM-DDTHH:MM` of the returned datetime.
- otherwise DATE, with the value at the precision the text implies: a day (weekday, today /
  yesterday / tomorrow / tonight, "days", a day number beside a month name, an ordinal, a numeric
  date) -> `YYYY-MM-DD`; else "week"/"weekend" -> ISO week `YYYY-Www`; else a month name or
  "month" -> `YYYY-MM`; else a 4-digit year, `'98` or "year" -> `YYYY`; else the full day. So
  "June" that dateparser resolves to 2024-06-06 scores as `2024-06`, "last week" as the ISO week
  of the returned date, "two years ago" as that year.
- "now" / "right now" / "just now" -> PRESENT_REF (the peer returns the reference instant, which is
  what PRESENT_REF means).
- Neither peer has durations or sets: "three weeks" comes back as a date three weeks before, and is
  scored as that (DATE, week precision).
- dateparser gives matched substrings, not offsets: each is located in the text left to right
  from the end of the previous one (first occurrence otherwise); one that cannot be found is
  dropped and counted (reported as "unplaced").

Recognizers-Text returns a span, a type and a list of candidate resolutions with TIMEX3-style
`timex` strings:

- type: `datetimeV2.duration` -> DURATION, `.set` -> SET, `.date`/`.daterange` -> DATE,
  `.time`/`.timerange`/`.datetime`/`.datetimerange` -> TIME when the value has a time of day
  (`...T10:00`, `...TEV`), else DATE (e.g. "now" -> PRESENT_REF is a DATE, as in TimeML).
- value: the candidate nearest the document date (distance 0 when the date is inside a candidate's
  range), as the best peer result in issue 3 was measured. A fully specified timex is used as is;
  an underspecified one takes its missing parts from that candidate (`XXXX-WXX-5` -> its date,
  `XXXX-06` -> its year + `-06`, `XXXX-WXX-5TEV` -> its date + `TEV`). A range timex
  `(start,end,period)` is the DATE of the calendar unit it spans when it spans exactly one (a day,
  an ISO week, a month, quarter `YYYY-Qn`, half `YYYY-Hn`, year, decade `YYY`), else an anchored
  DURATION with its period, as TimeML annotates "the past two years" (`(1996-03-11,1998-03-11,P2Y)`
  -> DURATION `P2Y`). An unresolved season (`SU`) is the occurrence nearest the document date
  (`1998-SU`). Hours are written `THH:MM` (`T10` -> `T10:00`), and a time with no date (`T10`) is
  put on the document date, both TimeML conventions. Sets and durations keep the timex (`P1W`,
  `XXXX-WXX-1`), except unit-less decades (`P21` for "two decades", whose seconds say 20 years)
  -> `P20Y`. A mention with no resolution keeps its span and type, value "".
- spans: Recognizers' end offset is inclusive; it is converted to Python's exclusive end and
  checked against the text (Recognizers lower-cases the text; a span that does not line up is
  looked up case-insensitively nearby, else dropped and counted as unplaced). Mentions whose
  parsing crashed inside the library are dropped and counted (see make_recognizers).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections.abc import Callable
from contextlib import contextmanager
from dataclasses import asdict
from datetime import date, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import eval_timex as ev  # bench/ is not a package

from timeline_cli.temporal.types import Timex  # importable once eval_timex has run

Tagger = Callable[[str, date], list]

ALL_PEERS = ("dateparser", "datefinder", "recognizers")
# Recognizers-Text tags ~5-10k chars/s: te3-silver (3.9M chars) in full would take ~10 minutes
# for it alone, so by default te3-silver is sampled (every k-th document, deterministic).
DEFAULT_LIMITS = {"te3-silver": 300}
# Timing on a shared machine: best of up to --repeat passes for the systems whose pass is cheap.
REPEAT_UNDER_S = 10.0
ALIASES = {"tweets": "tweets-train", "silver": "te3-silver", "te3": "te3-silver"}


# ---------------------------------------------------------------- extent trimming (all peers)

_PUNCT = " \t\r\n,;:!?\"'()[]\u201c\u201d\u2018\u2019"
_LEAD = {"on", "in", "at", "by", "since", "from", "until", "till", "to", "of", "for", "during",
         "before", "after", "and", "or"}
_TRAIL = {"and", "or", "at", "on", "in", "of", "to", "by", "the", "for", "a", "an"}
_WORD = re.compile(r"\S+")


def trim(text: str, start: int, end: int) -> tuple[int, int] | None:
    """Shrink [start, end) of `text` to the TIMEX3-like core (see the module docstring)."""
    while True:
        before = (start, end)
        while start < end and text[start] in _PUNCT:
            start += 1
        while end > start and text[end - 1] in _PUNCT:
            end -= 1
        words = list(_WORD.finditer(text, start, end))
        if len(words) > 1 and words[0].group().lower() in _LEAD:
            start = words[1].start()
        elif len(words) > 1 and words[-1].group().lower() in _TRAIL:
            end = words[-2].end()
        if (start, end) == before:
            break
    return (start, end) if start < end else None


# ------------------------------------------------ precision from match text (dateparser, datefinder)

_MONTH = (r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
          r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?")
_WEEKDAY = r"(?:mon|tue(?:s)?|wed(?:nes)?|thu(?:r(?:s)?)?|fri|sat(?:ur)?|sun)(?:day)?s?\b"
_TIME_RE = re.compile(
    r"\d{1,2}:\d{2}|\b\d{1,2}\s*(?:a\.?m\b\.?|p\.?m\b\.?)|\bnoon\b|\bmidnight\b|o'?clock\b"
    r"|\b(?:hours?|hrs?|minutes?|mins?)\b", re.IGNORECASE)
_DAY_RE = re.compile(
    rf"\b{_WEEKDAY}|\b(?:today|tonight|yesterday|tomorrow|tmrw|tmr)\b|\bdays?\b"
    rf"|\b\d{{1,4}}[-/.]\d{{1,2}}[-/.]\d{{1,4}}\b"
    rf"|\b{_MONTH}\s*\d{{1,2}}(?:st|nd|rd|th)?\b(?!\s*:)"
    rf"|\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH}"
    rf"|\b\d{{1,2}}(?:st|nd|rd|th)\b", re.IGNORECASE)
_WEEK_RE = re.compile(r"\bweeks?\b|\bweekends?\b", re.IGNORECASE)
_MONTH_RE = re.compile(rf"\b{_MONTH}(?![a-z])|\bmonths?\b", re.IGNORECASE)
_YEAR_RE = re.compile(r"\b\d{4}\b|'\d{2}\b|\byears?\b", re.IGNORECASE)
_NOW = {"now", "right now", "just now"}


def from_datetime(text: str, start: int, end: int, dt: datetime) -> Timex | None:
    """A TIMEX3 for a peer that gives a span and a datetime only."""
    span = trim(text, start, end)
    if span is None:
        return None
    s, e = span
    t = text[s:e]
    if t.lower() in _NOW:
        return Timex(s, e, t, "DATE", "PRESENT_REF")
    if _TIME_RE.search(t):
        return Timex(s, e, t, "TIME", dt.strftime("%Y-%m-%dT%H:%M"))
    if _DAY_RE.search(t):
        value = dt.strftime("%Y-%m-%d")
    elif _WEEK_RE.search(t):
        y, w, _ = dt.isocalendar()
        value = f"{y:04d}-W{w:02d}"
    elif _MONTH_RE.search(t):
        value = dt.strftime("%Y-%m")
    elif _YEAR_RE.search(t):
        value = f"{dt.year:04d}"
    else:
        value = dt.strftime("%Y-%m-%d")
    return Timex(s, e, t, "DATE", value)


def _as_datetime(d: date) -> datetime:
    return datetime(d.year, d.month, d.day)


# ---------------------------------------------------------------- the peers

class Dropped:
    """Peer mentions dropped: n could not be put on the text, crashed broke the peer's parser."""

    def __init__(self) -> None:
        self.n = 0
        self.crashed = 0


def make_dateparser(dropped: Dropped) -> Tagger:
    from dateparser.search import search_dates

    def tag(text: str, dct: date) -> list[Timex]:
        found = search_dates(text, languages=["en"], settings={"RELATIVE_BASE": _as_datetime(dct)}) or []
        out, pos = [], 0
        for sub, dt in found:
            i = text.find(sub, pos)
            if i < 0:
                i = text.find(sub)
            if i < 0:
                dropped.n += 1
                continue
            pos = i + len(sub)
            tx = from_datetime(text, i, pos, dt)
            if tx is not None:
                out.append(tx)
        return out

    return tag


def make_datefinder(dropped: Dropped) -> Tagger:
    import datefinder

    def tag(text: str, dct: date) -> list[Timex]:
        out = []
        it = datefinder.find_dates(text, source=True, index=True, base_date=_as_datetime(dct))
        try:
            for dt, _src, (s, e) in it:
                tx = from_datetime(text, s, e, dt)
                if tx is not None:
                    out.append(tx)
        except (ValueError, OverflowError, TypeError):  # datefinder raises on some odd inputs
            pass
        return out

    return tag


# Recognizers-Text

_RANGE = re.compile(r"^\((?P<a>[^,]*),(?P<b>[^,]*),(?P<p>[^)]*)\)$")
_HOUR_ONLY = re.compile(r"T(\d{2})(?![\d:])")


def _parse_dt(s: str | None) -> datetime | None:
    if not s or s == "not resolved":
        return None
    try:
        return datetime.fromisoformat(s)
    except ValueError:
        try:
            return datetime.fromisoformat(s[:10])
        except ValueError:
            return None


def _distance(cand: dict, ref: datetime) -> float:
    """Days from the document date to a candidate resolution (0 inside a range)."""
    v = _parse_dt(cand.get("value"))
    if v is not None:
        return abs((v - ref).total_seconds())
    a, b = _parse_dt(cand.get("start")), _parse_dt(cand.get("end"))
    if a is not None and b is not None:
        if a <= ref < b:
            return 0.0
        return min(abs((a - ref).total_seconds()), abs((b - ref).total_seconds()))
    one = a or b
    return abs((one - ref).total_seconds()) if one is not None else float("inf")


def _calendar_unit(a: date, b: date) -> str | None:
    """The TIMEX3 value of [a, b) when it is exactly one calendar unit."""
    days = (b - a).days
    if days == 1:
        return a.isoformat()
    if days == 7 and a.isoweekday() == 1:
        y, w, _ = a.isocalendar()
        return f"{y:04d}-W{w:02d}"
    if a.day == 1 and b.day == 1:
        months = (b.year - a.year) * 12 + b.month - a.month
        if months == 1:
            return f"{a.year:04d}-{a.month:02d}"
        if months == 3 and a.month in (1, 4, 7, 10):
            return f"{a.year:04d}-Q{(a.month - 1) // 3 + 1}"
        if months == 6 and a.month in (1, 7):
            return f"{a.year:04d}-H{1 if a.month == 1 else 2}"
        if months == 12 and a.month == 1:
            return f"{a.year:04d}"
        if months == 120 and a.month == 1 and a.year % 10 == 0:
            return f"{a.year // 10:03d}"
    return None


def _fill(timex: str, cand: dict) -> str:
    """Fill an underspecified timex (XXXX...) from the chosen candidate's date."""
    d = _parse_dt(cand.get("value")) or _parse_dt(cand.get("start")) or _parse_dt(cand.get("end"))
    if d is None:
        return timex
    m = re.match(r"^XXXX-WXX-\d(.*)$", timex)
    if m:
        return d.date().isoformat() + m.group(1)
    if timex.startswith("XXXX-XX-XX"):
        return d.date().isoformat() + timex[10:]
    if timex.startswith("XXXX-XX"):
        return f"{d.year:04d}-{d.month:02d}" + timex[7:]
    if timex.startswith("XXXX"):
        return f"{d.year:04d}" + timex[4:]
    return timex


_SEASONS = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}  # first month of each (winter runs into the next year)
_YEAR_SECONDS = 365 * 86400


def _nearest_season(code: str, ref: datetime) -> str:
    """An unresolved season ("SU") as the occurrence nearest the document date."""
    def dist(year: int) -> float:
        m = _SEASONS[code]
        a = datetime(year, m, 1)
        b = datetime(year + (m + 3 > 12), (m + 3 - 1) % 12 + 1, 1)
        return 0.0 if a <= ref < b else min(abs((a - ref).total_seconds()), abs((b - ref).total_seconds()))
    year = min((ref.year - 1, ref.year, ref.year + 1), key=dist)
    return f"{year:04d}-{code}"


def recognizers_value(kind: str, res: dict | None, dct: date) -> tuple[str | None, str]:
    """(TIMEX3 type if the value decides it, else None; TIMEX3 value) of one Recognizers mention."""
    if not res or not res.get("values"):
        return None, ""
    values = res["values"]
    if kind in ("duration", "set"):
        timex = values[0].get("timex", "")
        secs = values[0].get("value", "")
        if re.fullmatch(r"P\d+", timex) and secs.isdigit() and int(secs) % _YEAR_SECONDS == 0:
            timex = f"P{int(secs) // _YEAR_SECONDS}Y"  # its decades come out unit-less ("P21" = 20 years)
        return None, timex
    ref = _as_datetime(dct)
    cand = min(values, key=lambda c: _distance(c, ref))
    timex = cand.get("timex", "")
    m = _RANGE.match(timex)
    if m:
        a, b = _parse_dt(cand.get("start")), _parse_dt(cand.get("end"))
        midnight = datetime.min.time()
        if a and b and a.time() == b.time() == midnight:
            unit = _calendar_unit(a.date(), b.date())
            if unit is not None:
                return "DATE", unit
        if m.group("p"):  # "the past two years", "next two weeks": an anchored DURATION in TimeML
            return "DURATION", m.group("p")
        timex = m.group("a")
    if timex in _SEASONS:
        return "DATE", _nearest_season(timex, ref)
    if "X" in timex:
        timex = _fill(timex, cand)
    if timex.startswith("T"):  # a time of day with no date: on the document date
        timex = dct.isoformat() + timex
    return None, _HOUR_ONLY.sub(r"T\1:00", timex)


_TIME_VALUE = re.compile(r"[\dX]T(?:\d|[A-Z]{2}$)")
_KINDS = {"date": "DATE", "daterange": "DATE", "duration": "DURATION", "set": "SET"}


def make_recognizers(dropped: Dropped) -> Tagger:
    from recognizers_date_time import DateTimeRecognizer
    from recognizers_suite import Culture
    from recognizers_text.utilities import QueryProcessor

    # What recognize_datetime(text, Culture.English, reference=...) builds and runs, with one
    # difference: its DateTimeModel.parse wraps the whole document in a single try/except, so one
    # mention whose parser crashes (1.0.2a2's date-period parser raises UnboundLocalError on
    # "January this year", among others) silently drops every mention of the document. Here the
    # try is around each mention; the crashed ones are counted and reported.
    model = DateTimeRecognizer(Culture.English).get_datetime_model(Culture.English)

    def recognize(text: str, ref: datetime) -> list:
        query = QueryProcessor.preprocess(text)
        try:
            extracted = model.extractor.extract(query, ref)
        except Exception:  # noqa: BLE001  (the library's own parse() swallows everything too)
            dropped.crashed += 1
            return []
        parsed = []
        for er in extracted:
            try:
                pr = model.parser.parse(er, ref)
            except Exception:  # noqa: BLE001
                dropped.crashed += 1
                continue
            parsed += pr.value if isinstance(pr.value, list) else [pr]
        # = DateTimeModel.__to_model_result: (start, inclusive end, text, type_name, resolution)
        return [(p.start, p.start + p.length - 1, p.text, p.type, p.value) for p in parsed]

    def tag(text: str, dct: date) -> list[Timex]:
        out = []
        for start, end, rtext, type_name, resolution in recognize(text, _as_datetime(dct)):
            s, e = start, end + 1  # Recognizers' end is inclusive
            if text[s:e].lower() != rtext:
                i = text.lower().find(rtext, max(0, s - 20))
                if i < 0:
                    dropped.n += 1
                    continue
                s, e = i, i + len(rtext)
            kind = type_name.rsplit(".", 1)[-1]
            typ, value = recognizers_value(kind, resolution, dct)
            typ = typ or _KINDS.get(kind) or ("TIME" if _TIME_VALUE.search(value) else "DATE")
            span = trim(text, s, e)
            if span is None:
                continue
            s, e = span
            out.append(Timex(s, e, text[s:e], typ, value))
        return out

    return tag


FACTORIES = {"dateparser": make_dateparser, "datefinder": make_datefinder, "recognizers": make_recognizers}
WARMUP = "On Friday, March 6, 1998 at 10 a.m., two days ago, the company said it would pay weekly for three weeks."


def load_systems(names: list[str]) -> tuple[dict[str, tuple[Tagger, Dropped]], dict[str, str]]:
    """Our extractor plus each requested peer that is installed; the reasons for the rest."""
    systems = {"ours": (ev.extract, Dropped())}
    skipped = {}
    for name in names:
        dropped = Dropped()
        try:
            tagger = FACTORIES[name](dropped)
        except ImportError as exc:
            skipped[name] = (f"not installed (no module {exc.name or exc}); install bench/requirements-peers.txt"
                             " in a bench venv, see bench/README.md")
            continue
        systems[name] = (tagger, dropped)
    for tagger, _ in systems.values():  # warm-up: imports, models, lazy data (not timed)
        tagger(WARMUP, date(1998, 3, 13))
    for _, dropped in systems.values():
        dropped.n = dropped.crashed = 0
    return systems, skipped


# ---------------------------------------------------------------- scoring (eval_timex's own)

@contextmanager
def _extractor(tagger: Tagger):
    """Plug `tagger` into eval_timex so its score_corpus scores and times it."""
    saved = ev.extract
    ev.extract = tagger
    try:
        yield
    finally:
        ev.extract = saved


def score(tagger: Tagger, docs: list[dict], corpus: str) -> ev.Scores:
    with _extractor(tagger):
        return ev.score_corpus(docs, corpus)


def sample(docs: list[dict], n: int | None) -> list[dict]:
    """Every k-th document, n of them (all when n is None or 0 or >= len)."""
    if not n or n >= len(docs):
        return docs
    step = len(docs) / n
    return [docs[int(i * step)] for i in range(n)]


# ---------------------------------------------------------------- output

HEADER = (f"{'system':12} {'docs':>5} {'chars':>8} {'gold':>6} {'sys':>6} | {'strictF1':>8} {'relaxF1':>7}"
          f" | {'valueF1':>7} {'typeF1':>6} | {'kchar/s':>8} {'ours x':>7}")


def row(r: dict, ours_cps: float) -> str:
    ratio = ours_cps / r["chars_per_second"] if r["chars_per_second"] else 0.0
    return (f"{r['system']:12} {r['docs']:5d} {r['chars']:8d} {r['gold']:6d} {r['system_n']:6d} |"
            f" {r['strict_f1']:8.3f} {r['relaxed_f1']:7.3f} | {r['value_f1']:7.3f} {r['type_f1']:6.3f} |"
            f" {r['chars_per_second'] / 1000:8.1f} {ratio:7.1f}")


def summary_table(results: list[dict]) -> str:
    """Every (corpus, system) result as one Markdown table."""
    lines = ["| corpus | docs | system | strict F1 | relaxed F1 | value F1 | type F1 | kchar/s |",
             "|---|---:|---|---:|---:|---:|---:|---:|"]
    for r in results:
        docs = f"{r['docs']}" + (" (sample)" if r["sampled"] else "")
        lines.append(f"| {r['corpus']} | {docs} | {r['system']} | {r['strict_f1']:.3f} | {r['relaxed_f1']:.3f} |"
                     f" {r['value_f1']:.3f} | {r['type_f1']:.3f} | {r['chars_per_second'] / 1000:,.1f} |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--corpora", type=Path, default=ev.DEFAULT_CORPORA, help="folder of *.jsonl corpora")
    ap.add_argument("--corpus", action="append", default=[],
                    help="corpus name (file stem, or tweets/silver); repeatable; default all")
    ap.add_argument("--limit", type=int, default=None,
                    help="at most N documents per corpus, evenly spaced (default: all, te3-silver 300; 0 = all)")
    ap.add_argument("--peers", default=",".join(ALL_PEERS),
                    help=f"comma-separated peers to run beside ours (default {','.join(ALL_PEERS)}; '' for none)")
    ap.add_argument("--repeat", type=int, default=3,
                    help=f"throughput = best of up to N timing passes; a pass is repeated only while it took"
                         f" under {REPEAT_UNDER_S:.0f} s (default 3)")
    ap.add_argument("--json", type=Path, metavar="FILE", help="also write every result to FILE as JSON")
    args = ap.parse_args(argv)

    peers = [p.strip() for p in args.peers.split(",") if p.strip()]
    unknown = [p for p in peers if p not in FACTORIES]
    if unknown:
        print(f"Error: unknown peer(s) {', '.join(unknown)}; choose from {', '.join(ALL_PEERS)}", file=sys.stderr)
        return 2
    if not args.corpora.is_dir():
        print(f"Error: no corpora folder at {args.corpora}; pass --corpora DIR", file=sys.stderr)
        return 2
    files = sorted(args.corpora.glob("*.jsonl"))
    if args.corpus:
        wanted = {ALIASES.get(c, c) for c in args.corpus}
        files = [f for f in files if f.stem in wanted]
    if not files:
        print(f"Error: no matching *.jsonl in {args.corpora}", file=sys.stderr)
        return 2

    systems, skipped = load_systems(peers)
    for name, why in skipped.items():
        print(f"peer {name}: skipped, {why}", file=sys.stderr)

    results: list[dict] = []
    t_start = time.perf_counter()
    for f in files:
        limit = args.limit if args.limit is not None else DEFAULT_LIMITS.get(f.stem)
        all_docs = ev.load(f)
        docs = sample(all_docs, limit)
        chars = sum(len(d["text"]) for d in docs)
        what = f"{len(docs)} of {len(all_docs)} docs" if len(docs) < len(all_docs) else f"{len(docs)} docs"
        print(f"\n=== {f.stem} ({what}, {chars:,} chars)")
        print(HEADER)
        print("-" * len(HEADER))
        ours_cps = 0.0
        for name, (tagger, dropped) in systems.items():
            dropped.n = dropped.crashed = 0
            s = score(tagger, docs, f.stem)
            passes, cps = 1, s.chars_per_second
            n, crashed = dropped.n, dropped.crashed
            while passes < args.repeat and cps and chars / cps < REPEAT_UNDER_S:
                cps = max(cps, score(tagger, docs, f.stem).chars_per_second)
                passes += 1
            dropped.n, dropped.crashed = n, crashed
            s.chars_per_second = cps
            r = asdict(s)
            r.pop("errors", None)
            r["system_n"] = r.pop("system")  # eval_timex's count of system mentions
            r.update(system=name, corpus=f.stem, chars=chars, sampled=len(docs) < len(all_docs),
                     seconds=chars / s.chars_per_second if s.chars_per_second else 0.0,
                     unplaced=dropped.n, crashed=dropped.crashed, timing_passes=passes)
            if name == "ours":
                ours_cps = r["chars_per_second"]
            results.append(r)
            print(row(r, ours_cps), flush=True)
            if dropped.n:
                print(f"{'':12} ({dropped.n} mentions could not be placed on the text and were dropped)")
            if dropped.crashed:
                print(f"{'':12} ({dropped.crashed} mentions crashed the peer's parser and were dropped)")

    wall = time.perf_counter() - t_start
    print(f"\n=== all corpora (Markdown; wall time {wall:.0f} s)\n")
    print(summary_table(results))
    if "dateparser" in systems:
        ratios = []
        for c in dict.fromkeys(r["corpus"] for r in results):
            o = next(x for x in results if x["system"] == "ours" and x["corpus"] == c)
            d = next(x for x in results if x["system"] == "dateparser" and x["corpus"] == c)
            if d["chars_per_second"]:
                ratios.append(f"{c} {o['chars_per_second'] / d['chars_per_second']:.1f}x")
        print("\nours vs dateparser throughput: " + ", ".join(ratios))
    pooled = {}
    for name in systems:
        rs = [r for r in results if r["system"] == name and r["chars_per_second"]]
        pooled[name] = sum(r["chars"] for r in rs) / sum(r["chars"] / r["chars_per_second"] for r in rs) if rs else 0.0
    print("throughput over all texts (kchar/s): " + ", ".join(
        f"{name} {cps / 1000:,.1f}" + (f" (ours {pooled['ours'] / cps:.1f}x)" if name != "ours" and cps else "")
        for name, cps in pooled.items()))
    if skipped:
        print("skipped: " + "; ".join(f"{k} ({v})" for k, v in skipped.items()))

    if args.json:
        args.json.write_text(json.dumps({"skipped": skipped, "results": results}, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
