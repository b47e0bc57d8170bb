"""`timeline ingest`: documents -> dated events in the store."""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from datetime import date

import click

from timeline_cli.cli_options import DayDate, pass_app, store_option


@dataclass(frozen=True, slots=True)
class Job:
    """One document to parse; picklable so a process pool can take it."""

    path: str
    source: str
    text: str | None     # None: the worker reads `path` (reading is parallel work too)
    given: date | None   # --reported
    today: date          # the CLI's clock reading, used only when the document has no date
    keep_undated: bool
    dayfirst: bool | None
    encoding: str = "utf-8"


def parse_job(job: Job):
    """(events as rows, how the report date was chosen, each event's TOML block) for one
    document. Rows (cache._row tuples) cross between processes ~6x cheaper than Events.

    Pure, and everything per document happens here (finding its date, checking and
    formatting the events), so with --jobs the parent only reads files and writes the store.
    """
    from timeline_cli.cache import _row
    from timeline_cli.docread import choose_reported
    from timeline_cli.fields import from_document
    from timeline_cli.store import check_event
    from timeline_cli.temporal.events import document_events
    from timeline_cli.tomlwrite import event_block

    from timeline_cli.docread import read_document

    text = job.text if job.text is not None else read_document(job.path, job.encoding)
    chosen = choose_reported(text, given=job.given, today=job.today, dayfirst=job.dayfirst)
    events = document_events(text, source=job.source, reported=chosen.date,
                             reported_assumed=chosen.assumed, keep_undated=job.keep_undated,
                             dayfirst=job.dayfirst, header=chosen.found)
    # Control characters in the document (or its name) become U+FFFD; repeats then kept once.
    unique: dict[str, object] = {}
    for event in map(from_document, events):
        unique.setdefault(event.id, event)
    events = list(unique.values())
    for event in events:
        check_event(event)
    return [_row(e) for e in events], chosen, [event_block(event) for event in events]


def source_name(path: str) -> str:
    return "<stdin>" if path == "-" else os.path.normpath(path)


def build_jobs(paths, *, reported: date | None, today, keep_undated: bool, dayfirst, encoding: str) -> list[Job]:
    """One job per document. Files are read by the workers; a path that is not a readable
    file fails here, before any parsing (and nothing is ever written before every document
    has been read and parsed)."""
    from timeline_cli.docread import expand_paths, read_document

    from timeline_cli.cli_options import refuse_stdin_twice

    refuse_stdin_twice(paths, what="FILE...")
    files = expand_paths(paths)
    for path in files:
        if path != "-" and not (os.path.isfile(path) and os.access(path, os.R_OK)):
            read_document(path, encoding)  # raises the one-line error that names the fix
    day = reported or today()
    return [Job(path, source_name(path), read_document(path, encoding) if path == "-" else None,
                reported, day, keep_undated, dayfirst, encoding)
            for path in files]


def run_jobs(jobs: list[Job], *, workers: int = 1, progress=None) -> list:
    """parse_job's result per job, in job order; a process pool when workers > 1 and there is
    more than one job."""
    advance = progress or (lambda: None)
    if workers <= 1 or len(jobs) <= 1:
        results = []
        for job in jobs:
            results.append(parse_job(job))
            advance()
        return results
    from concurrent.futures import ProcessPoolExecutor

    # Import the parser and compile its rules once, here: forked workers inherit them instead
    # of each spending ~0.2 s doing the same before its first document.
    try:
        from timeline_cli.temporal.extract import compiled

        compiled()
    except ImportError:
        pass  # each worker then reports the missing parser itself, as a TimelineError

    workers = min(workers, len(jobs))
    # Chunks amortise the inter-process round trips; several per worker keep the load even.
    chunk = max(1, min(32, len(jobs) // (workers * 8)))
    with ProcessPoolExecutor(max_workers=workers) as pool:
        results = []
        for result in pool.map(parse_job, jobs, chunksize=chunk):
            results.append(result)
            advance()
        return results


def _progress(app, total: int):
    """A Rich progress bar on stderr when it is a terminal and there is more than one document."""
    import contextlib

    if total <= 1 or not _isatty(sys.stderr):
        return contextlib.nullcontext(None)
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    return Progress(TextColumn("parsing"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(),
                    console=app.stderr_console(), transient=True)


def _isatty(stream) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False


def _warn_assumed(path: str, chosen) -> None:
    from timeline_cli.sanitize import say

    name = "<stdin>" if path == "-" else path
    if chosen.how == "today (assumed)":
        say(f"warning: {name} gives no date of its own; using today "
            f"({chosen.date.isoformat()}) as its report date; pass --reported DATE")
    else:
        say(f"warning: {name}: the {chosen.how} has no year; assuming "
            f"{chosen.date.isoformat()}; pass --reported DATE")


@click.command(epilog="""\b
Examples:
  timeline ingest seeds/
  timeline ingest article.txt --reported 2024-11-06
  curl -s https://example.org/a.txt | timeline ingest - --reported 2024-11-06
  timeline ingest --dry-run notes.md | cut -f1
  timeline ingest --jobs 4 corpus/
""")
@click.argument("paths", nargs=-1, required=True, metavar="FILE...|DIR... | -")
@click.option("--reported", type=DayDate(), metavar="DATE",
              help="The report date of every document (default: the date each document gives "
                   "itself in a header, front matter or dateline; else today, with a warning).")
@click.option("--dry-run", is_flag=True, help="Print the events (WHEN<TAB>TEXT) instead of saving them.")
@click.option("--drop-undated", is_flag=True,
              help="Keep only statements with a date of their own (default: anchor the others to "
                   "../REPORTED, on or before the report date).")
@click.option("--dayfirst/--monthfirst", default=None, help="How to read 03/04/2024.")
@click.option("--encoding", default="utf-8", show_default=True, metavar="ENC",
              help="Text encoding of the documents (e.g. latin-1, cp1252).")
@click.option("--jobs", "-j", type=click.IntRange(min=1), default=1, show_default=True, metavar="N",
              help="Parse N documents at a time in separate processes.")
@store_option
@pass_app
def ingest(app, paths, reported, dry_run, drop_undated, dayfirst, encoding, jobs):
    """Turn documents into dated events in the store.

    One event per sentence with a date ("on October 24", "in June", "October 8-13"); other
    statements are dated ../REPORTED unless --drop-undated. Directories stand for their *.txt
    and *.md files. Each event records the sentence, its source, report date and who claims it.
    Ingesting a document again adds nothing (events are keyed by statement, date and source).
    """
    job_list = build_jobs(paths, reported=reported, today=app.today, keep_undated=not drop_undated,
                          dayfirst=dayfirst, encoding=encoding)
    with _progress(app, len(job_list)) as bar:
        advance = None
        if bar is not None:
            task = bar.add_task("parsing", total=len(job_list))

            def advance():
                bar.advance(task)
        results = run_jobs(job_list, workers=jobs, progress=advance)
    from timeline_cli.cache import _event
    from timeline_cli.tomlwrite import remember_block

    events = []
    for job, (rows, chosen, blocks) in zip(job_list, results, strict=True):
        if chosen.assumed:
            _warn_assumed(job.path, chosen)
        for row, block in zip(rows, blocks, strict=True):
            event = _event(row)
            remember_block(event, block)  # formatted in the worker; the save reuses it
            events.append(event)
    from timeline_cli.sanitize import safe_line, say

    if dry_run:
        out = sys.stdout
        for event in events:
            out.write(f"{event.when}\t{safe_line(event.text)}\n")
        out.flush()
        say(f"dry run: {_count(len(events), 'event')} from {_count(len(job_list), 'document')} (nothing saved)")
        return
    new = 0
    with app.transaction() as txn:
        for event in events:
            new += txn.add(event, checked=True)
    say(f"ingested {_count(len(events), 'event')} from {_count(len(job_list), 'document')} ({new} new)")


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}" + ("" if n == 1 else "s")
