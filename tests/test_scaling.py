"""Every stage that reads documents or import files stays linear: doubling the input at most
about doubles the time. Asserted as a ratio t(2N) / t(N) < 3 (a quadratic stage gives ~4),
never as an absolute time.

Stages: the sentence splitter, the scanner and `extract` (with the day/month-order guess),
the document-date finder, attribution, `document_events`, and the csv / tsv / json / jsonl
import readers; each on realistic shapes (the seed article, a log, a narrative, exported
rows) and adversarial ones ('.' * N, 'Go. ' * N, '12/12/12 ' * N, one giant word, quote
marks, newlines, ...). Then, through the CLI, each reproduction of the quadratic hangs in
issue 10 (finding 4), scaled down to run in about a second where it used to take minutes.

Timing: CPU time of this process (`time.process_time`: other processes on a shared machine
do not count), the garbage collector paused (its passes over many new objects land at random
points and look like growth), N and 2N interleaved and the best of three of each; N is
doubled first until one run takes MIN_TIME, so a fast machine measures well above the noise.
A ratio over the limit is measured once more before failing (noise does not repeat, a
quadratic stage does). The full matrix of stages x shapes runs with `pytest -m slow`.

The store loader has its scaling tests in test_store_safety.py, readers of stores (export,
render, diff, merge) in test_scaling_outputs.py.
"""

from __future__ import annotations

import csv
import io
import itertools
import json
from datetime import date
from pathlib import Path

import pytest
from _linear import assert_linear

from timeline_cli.formats import read_events
from timeline_cli.temporal.attribution import find_claimant
from timeline_cli.temporal.docdate import find_document_date
from timeline_cli.temporal.events import document_events
from timeline_cli.temporal.extract import extract, infer_dayfirst, scan
from timeline_cli.temporal.sentences import split_sentences

REPO = Path(__file__).resolve().parents[1]
SEED = (REPO / "seeds" / "000_ff58ae107db7a909.txt").read_text(encoding="utf-8")
REPORTED = date(2024, 11, 6)

# ---------------------------------------------------------------- document shapes (n characters)
def _repeat(unit: str):
    return lambda n: (unit * (n // len(unit) + 1))[:n]


def _log(n: int) -> str:
    """A log of `DD/MM/2024: ...` lines (numeric dates, day first: 13-28 cannot be months)."""
    lines = (f"{i % 28 + 1:02d}/{i * 7 % 12 + 1:02d}/2024: backup job on node-{i % 50} finished, status ok\n"
             for i in itertools.count())
    out, size = [], 0
    for line in lines:
        if size >= n:
            return "".join(out)
        out.append(line)
        size += len(line)


def _wrapped(n: int) -> str:
    """The seed article hard-wrapped at 72 columns, paragraphs repeated."""
    import textwrap

    paras = [textwrap.fill(" ".join(p.split()), 72) for p in SEED.split("\n") if p.strip()]
    return _repeat("\n\n".join(paras) + "\n\n")(n)


SEED_ONE_LINE = " ".join(SEED.split())
STORY = ("In 1941, the army crossed the river. The next day the city fell, and a year later "
         "the front moved east. In March the rains came; on Monday, officials said, the roads "
         "closed. That December the siege ended. ")
NEWS = ("KYIV, Nov. 6 (Reuters) - Ukrainian intelligence reported on October 24 that the first "
        "units arrived, according to two officials. \"We will hold,\" said the mayor. ")

SHAPES = {
    # realistic
    "prose": _repeat(SEED + "\n\n"),
    "seed on one line": _repeat(SEED_ONE_LINE + " "),
    "hard-wrapped": _wrapped,
    "log DD/MM/2024": _log,
    "story": _repeat(STORY),
    "newswire": _repeat(NEWS),
    # adversarial
    "'.' * N": _repeat("."),
    "'Go. ' * N": _repeat("Go. "),
    "'12/12/12 ' * N": _repeat("12/12/12 "),
    "'\\n' * N": _repeat("\n"),
    "' ' * N": _repeat(" "),
    "one giant word": _repeat("a"),
    "quote marks": _repeat('"'),
    "quoted words": _repeat('"a" \''),
    "'U.S. ' * N": _repeat("U.S. "),
    "'…' * N": _repeat("…"),
    "closers": _repeat(".)\"'"),
    "'last winter ' * N": _repeat("last winter "),
    "season words far apart": _repeat("last winter. " + "x" * 1000 + " "),
    "'according to ' * N": _repeat("according to "),
    "'X said ' * N": _repeat("X said "),
    "dates, no sentence": _repeat("on 3 March 1945 and "),
    "ISO dates": _repeat("2024-01-01 "),
    "numbers": _repeat("1 "),
    "'a.b.' * N": _repeat("a.b."),
    "'\\r\\n' * N": _repeat("\r\n"),
    "an 'İ' (lower-casing shifts offsets)": lambda n: "İ " + _repeat(STORY)(n),
}

STAGES = {
    "split_sentences": split_sentences,
    "scan": lambda t: list(scan(t)),
    "extract": lambda t: extract(t, REPORTED),
    "infer_dayfirst": infer_dayfirst,
    "find_document_date": lambda t: find_document_date(t, reference=REPORTED),
    "find_claimant": find_claimant,
    "document_events": lambda t: document_events(t, source="doc.txt", reported=REPORTED),
}

# The default run: each stage on the shapes that matter most for it (the reproductions
# and the worst shape found for each stage); every other pair is in the slow matrix.
DEFAULT = {
    "split_sentences": ("prose", "seed on one line", "'.' * N", "'Go. ' * N"),
    "scan": (),  # run by extract on every shape of the default run
    "extract": ("log DD/MM/2024", "'12/12/12 ' * N", "story"),
    "infer_dayfirst": (),  # one pass; what was quadratic was calling it per date (extract)
    "find_document_date": (),  # the front-matter test below
    "find_claimant": ("seed on one line",),
    "document_events": ("prose", "seed on one line"),
}


def _cases():
    for stage in STAGES:
        for shape in SHAPES:
            slow = shape not in DEFAULT[stage]
            yield pytest.param(stage, shape, id=f"{stage}-{shape}",
                               marks=[pytest.mark.slow] if slow else [])


@pytest.mark.parametrize("stage, shape", list(_cases()))
def test_document_stage_is_linear(stage, shape):
    assert_linear(STAGES[stage], SHAPES[shape], what=f"{stage} on {shape}")


def test_front_matter_with_a_long_line_is_linear():
    # The front-matter key pattern retried a line's spaces after each of its characters.
    def make(n):
        return "---\ntitle" + " " * n + "x\ndate: 2024-11-06\n---\nBody.\n"

    assert_linear(find_document_date, make, what="front matter, a long line")
    assert find_document_date(make(10)).how == "front matter"


# ---------------------------------------------------------------- import readers
def _rows(n: int) -> list[dict]:
    return [{"when": f"2024-{i % 12 + 1:02d}-{i % 28 + 1:02d}", "text": f"Statement {i} about the front.",
             "source": f"doc{i % 7}.txt", "by": "Reuters", "tags": ["a", "b"]} for i in range(n)]


def _csv(rows: list[dict], sep: str = ",") -> str:
    out = io.StringIO()
    writer = csv.writer(out, delimiter=sep)
    writer.writerow(["when", "text", "source", "by", "tags"])
    for r in rows:
        writer.writerow([r["when"], r["text"], r["source"], r["by"], "; ".join(r["tags"])])
    return out.getvalue()


READERS = {
    # realistic: many exported rows
    "csv rows": ("csv", lambda n: _csv(_rows(n // 60))),
    "tsv rows": ("tsv", lambda n: _csv(_rows(n // 60), "\t")),
    "json rows": ("json", lambda n: json.dumps(_rows(n // 120))),
    "jsonl rows": ("jsonl", lambda n: "\n".join(json.dumps(r) for r in _rows(n // 120))),
    # adversarial: one huge cell, long runs inside a cell, many empty lines
    "csv leading spaces in a list cell": ("csv", lambda n: 'when,text,tags\n2024-01-01,t,"' + " " * n + 'a"\n'),
    "csv many list items": ("csv", lambda n: 'when,text,tags\n2024-01-01,t,"' + "a;" * (n // 2) + '"\n'),
    "csv escaped separators": ("csv", lambda n: 'when,text,tags\n2024-01-01,t,"' + "\\;" * (n // 2) + 'a"\n'),
    "csv one huge quoted cell": ("csv", lambda n: 'when,text\n2024-01-01,"' + '""x' * (n // 3) + '"\n'),
    "csv blank lines": ("csv", lambda n: "when,text\n" + "\r\n" * (n // 2) + "2024-01-01,t\n"),
    "tsv escapes": ("tsv", lambda n: "when\ttext\n2024-01-01\t" + "a\\\\" * (n // 3) + "\n"),
    "json one huge text": ("json", lambda n: json.dumps([{"when": "2024-01-01", "text": "x " * (n // 2)}])),
    "json long list": ("json", lambda n: json.dumps([{"when": "2024-01-01", "text": "t", "tags": ["a"] * (n // 6)}])),
    "json white space": ("json", lambda n: "[" + " \n" * (n // 2) + '{"when": "2024-01-01", "text": "t"}]'),
    "jsonl blank lines": ("jsonl", lambda n: "\n" * n + '{"when": "2024-01-01", "text": "t"}\n'),
    "jsonl one huge text": ("jsonl", lambda n: json.dumps({"when": "2024-01-01", "text": "x " * (n // 2)})),
}
DEFAULT_READERS = ("csv rows", "csv leading spaces in a list cell", "json rows", "jsonl rows")


@pytest.mark.parametrize("shape", [
    pytest.param(s, marks=[] if s in DEFAULT_READERS else [pytest.mark.slow]) for s in READERS])
def test_import_reader_is_linear(shape):
    fmt, make = READERS[shape]
    assert_linear(lambda text: read_events(fmt, text, origin="x"), make, what=f"{fmt} reader, {shape}")


# ---------------------------------------------------------------- the CLI reproductions (issue 10)
class _Cli:
    """`timeline ARGS FILE` in-process (CliRunner, the `tl` fixture), one fresh store per run."""

    def __init__(self, tl, tmp_path: Path, args: tuple[str, ...], make):
        self.tl, self.dir, self.args, self.make = tl, tmp_path, args, make
        self.runs = itertools.count()

    def document(self, n: int) -> Path:
        path = self.dir / f"doc-{n}.txt"
        if not path.exists():
            path.write_text(self.make(n), encoding="utf-8")
        return path

    def __call__(self, path: Path) -> None:
        store = self.dir / f"store-{next(self.runs)}.toml"
        result = self.tl("--store", str(store), *self.args, str(path), store=False)
        assert result.exit_code == 0, result.output
        store.unlink(missing_ok=True)


def _cli_linear(tl, tmp_path, args, make, what):
    cli = _Cli(tl, tmp_path, args, make)
    assert_linear(cli, cli.document, what=what)


def test_cli_ingest_of_a_numeric_date_log_is_linear(tl, tmp_path):
    # Was: 4,000 lines (195 KB) 36.8 s, 8,000 lines over 120 s (the day/month order was
    # guessed from the whole text again for every date). 1,000 lines took ~3 s, 2,000 ~11 s.
    _cli_linear(tl, tmp_path, ("ingest", "--reported", "2024-12-31"), _log,
                "ingest, a DD/MM/2024 log")


@pytest.mark.parametrize("order", [(), ("--dayfirst",)], ids=["guessed", "--dayfirst"])
def test_cli_extract_of_many_numeric_dates_is_linear(tl, tmp_path, order):
    # Was: '12/12/12 ' * 4000 18 s (1.2 s with --dayfirst): the order guess per date, and the
    # sentence breaks from the story's year recounted up to every date.
    _cli_linear(tl, tmp_path, ("extract", "--reported", "2024-11-06", *order), _repeat("12/12/12 "),
                "extract, '12/12/12 ' * N")


def test_cli_ingest_of_a_one_line_article_is_linear(tl, tmp_path):
    # Was: the seed article joined into one line, 100 KB 2.7 s, 200 KB 9.0 s, 400 KB 34.4 s
    # (the splitter searched back from the line start at every period).
    _cli_linear(tl, tmp_path, ("ingest",), _repeat(SEED_ONE_LINE + " "),
                "ingest, the seed article on one line")


def test_cli_ingest_of_a_line_of_dated_words_without_a_sentence_break_is_linear(tl, tmp_path):
    # Round 10 measured a 10 MB line of such words through `ingest -` (1, 2, 5, 10 MB: 7.5,
    # 13.1, 29.6, 63.2 s CPU): linear, the cost per date mention, as with sentence breaks. A guard.
    _cli_linear(tl, tmp_path, ("ingest", "--reported", "2024-11-06"),
                _repeat("the army said troops moved on October 24 and the ministry reported clashes "
                        "near Kursk in June while officials "), "ingest, dated words on one line")


@pytest.mark.parametrize("unit", ["Go. ", "."], ids=["Go.", "dots"])
def test_cli_ingest_of_degenerate_punctuation_is_linear(tl, tmp_path, unit):
    # Was: 'Go. ' * 20000 (80 KB) 39 s; '.' * 200000 did not finish in 60 s.
    _cli_linear(tl, tmp_path, ("ingest", "--reported", "2024-11-06"), _repeat(unit),
                f"ingest, {unit!r} * N")
