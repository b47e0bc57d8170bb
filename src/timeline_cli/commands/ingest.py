"""`timeline ingest`: documents -> dated events in the store (the work is timeline_cli.ingest)."""

from __future__ import annotations

import contextlib
import sys

import click

from timeline_cli.cli_options import (NamedPath, ReportDate, document_progress, executor_option, mode_option, pass_app,
                                     store_option, warn_assumed)
from timeline_cli.ingest import build_jobs, collect, grouping_processes, no_cycle_collector, regroup, save, stream_jobs
from timeline_cli.sanitize import isatty as _isatty  # where the progress bar asks (a test seam)
from timeline_cli.spill import spill_beside


@click.command(epilog="""\b
Examples:
  timeline ingest seeds/
  timeline ingest article.txt --reported 2024-11-06
  curl -s https://example.org/a.txt | timeline ingest - --reported 2024-11-06
  timeline ingest --dry-run notes.md | cut -f1
  timeline ingest --jobs 4 corpus/
  timeline ingest --executor dask=tcp://scheduler:8786 archive/
  timeline ingest --restore seeds/        # bring back events removed with `timeline rm`
  timeline ingest --reread seeds/         # take this version's dates of stored statements
  timeline ingest saved/article.html --tag kursk
  timeline ingest https://example.org/news/article.html
  pbpaste | timeline ingest - --source "Kyiv Independent, 6 Nov" --reported 2024-11-06
""")
@click.argument("paths", nargs=-1, required=True, metavar="FILE...|DIR...|URL... | -", type=NamedPath())
@click.option("--reported", type=ReportDate(), metavar="DATE",
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
@executor_option
@click.option("--source", "source", metavar="NAME",
              help="The source the events record, for `-` or a single document (default: the "
                   "file's path relative to the store's folder; a page's canonical URL).")
@click.option("--tag", "tags", multiple=True, metavar="TAG", help="Tag every event (repeatable).")
@click.option("--restore", is_flag=True,
              help="Bring back events removed with `timeline rm` (by default they stay removed).")
@click.option("--reread", is_flag=True,
              help="Where this version dates a statement already in the store otherwise, take the "
                   "new reading: the stored event is replaced (new date and id), keeping its tags, "
                   "note, status and links (by default the stored event is kept as it is).")
@mode_option
@store_option
@pass_app
def ingest(app, paths, reported, dry_run, drop_undated, dayfirst, encoding, jobs, executor, source, tags, restore,
           reread, mode):
    """Turn documents into dated events in the store.

    One event per sentence with a date ("on October 24", "in June", "October 8-13"); other
    statements are dated ../REPORTED (REPORTED/.. when their verb is a future: "will
    announce") unless --drop-undated. Reads text, Markdown, saved web
    pages (the article only), PDF and e-mail (.eml, .mbox), chosen by content, and URLs;
    directories stand for their files of those types. Each event records the sentence, its
    source (relative to the store's folder), report date and who claims it (else the byline).
    Ingesting a document again adds nothing (events are keyed by statement, date and source),
    and brings back nothing removed with `timeline rm` (the store remembers it) unless --restore.
    Edited events keep their id, so their old version does not come back either. A statement
    the store holds that this version dates otherwise (an older version's reading, or a date
    corrected by hand) is the same statement, found by its source, text and place in the
    document: kept as stored unless --reread takes the new reading (a removed one stays removed).
    """
    import os

    from timeline_cli.commands._pick import refuse_stdin
    from timeline_cli.fields import items
    from timeline_cli.sanitize import safe_line, say

    if not dry_run:  # a store read from stdin cannot be written: said first, before any document is read
        refuse_stdin(app)
    else:  # a dry run reads no store, but `--store - ingest --dry-run -` meant stdin as both
        from timeline_cli.docread import refuse_stdin_twice

        refuse_stdin_twice(paths, what="FILE...")
        refuse_stdin_twice((*paths, app.store_path), what="FILE and --store")

    from timeline_cli.errors import UsageError
    from timeline_cli.fields import FieldError, single_line

    try:
        tags = items("tags", list(tags)) if tags else ()
        if source is not None:
            source = single_line("source", source)
            if not source:
                raise FieldError("source", "is empty; give the source a name")
    except FieldError as exc:
        option = "--tag" if exc.field == "tags" else "--source"
        raise UsageError(f"{option} {exc.problem}", hint=f"give {option} plain one-line text") from None
    from timeline_cli.executor import executor_for
    from timeline_cli.ingest import job_bytes, read_here

    # a bad --executor: before any fetch
    runner = executor_for(executor, jobs, prepare_remote=read_here, weigh=job_bytes, note=say)
    base = None if app.store_path == "-" else os.path.dirname(os.path.abspath(app.store_path))
    skipped: list[tuple[str, str]] = []
    job_list = build_jobs(paths, reported=reported, today=app.today, keep_undated=not drop_undated,
                          dayfirst=dayfirst, encoding=encoding, base=base, source=source,
                          tags=tags, skipped=skipped, mode=mode)
    for path, why in skipped:
        say(f"skipped {safe_line(path)}: {why}")
    # The workers' TOML blocks wait on disk beside the store until it is written (spill.py).
    spill = None if dry_run or app.store_path == "-" else spill_beside(app.store_path)
    with spill if spill is not None else contextlib.nullcontext():
        _ingest(app, job_list, runner, spill, dry_run, restore, reread)


def _ingest(app, job_list, runner, spill, dry_run: bool, restore: bool, reread: bool = False) -> None:
    # The cyclic collector is paused while this process makes the events, the grouping's
    # index and the store's file (no cycles among them), and until they are freed: let run
    # in between, its first pass walks every object made while it was paused (~0.1 s of
    # serial CPU on TE3 silver, after the last document and again after the write). While
    # documents are parsed in this process (--jobs 1) it runs: readers may leave cycles (PDF
    # objects).
    with contextlib.ExitStack() as paused:
        def pause() -> None:
            paused.enter_context(no_cycle_collector())

        if runner.elsewhere:
            pause()
        _collect_and_store(app, job_list, runner, spill, dry_run, restore, pause, reread)


def _collect_and_store(app, job_list, runner, spill, dry_run: bool, restore: bool, pause,
                       reread: bool = False) -> None:
    from timeline_cli.sanitize import safe_line, say

    from timeline_cli.ingest import job_bytes

    def sizes() -> list[int]:  # (the files are stat'ed only when a bar is drawn)
        return [job_bytes(job) for job in job_list]

    with document_progress(app, sizes, "parsing", tty=_isatty(sys.stderr)) as steps:
        ingested = collect(job_list, stream_jobs(job_list, runner, progress=steps.document), spill, release=True)
    pause()  # (from here when parsed here)
    job_list.clear()  # what ingest reports of each document is in `ingested`: the rest can go
    for info in ingested.infos or ():
        for note in info.notes:  # a reader's skipped parts (a malformed message of an mbox)
            say(f"warning: {note}")
    for job, chosen in ingested.assumed:
        warn_assumed(job.path, chosen, today_means="using today ({day}) as its report date")
    events = ingested.events
    documents = ingested.document_count

    if dry_run:
        out = sys.stdout
        for event in events:
            out.write(f"{event.when}\t{safe_line(event.text)}\n")
        out.flush()
        say(f"dry run: {_count(len(events), 'event')} from {_count(documents, 'document')} (nothing saved)")
        return
    count = len(events)
    with app.transaction() as txn:
        saved = save(txn, ingested, restore=restore, reread=reread)
        regroup(txn, ingested, grouping_processes(runner))
    say(f"ingested {_count(count, 'event')} from {_count(documents, 'document')} ({int(saved)} new)")
    if saved.skipped:
        say(f"{len(saved.skipped)} removed event(s) not brought back; --restore to bring them back")
    if saved.restored:
        say(f"{len(saved.restored)} removed event(s) brought back")
    if saved.kept:
        say(f"{_count(len(saved.kept), 'statement')} already in the store read otherwise by this version: "
            "kept as stored; --reread to take the new reading")
    replaced = [old for old, _new in saved.reread if old not in saved.skipped]  # (a removed one stays removed)
    if replaced:
        say(f"{_count(len(replaced), 'statement')} in the store read otherwise by this version: "
            "replaced by the new reading (tags, notes, status and links kept)")


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}" + ("" if n == 1 else "s")
