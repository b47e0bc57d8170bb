"""`timeline extract`: show the temporal expressions the parser finds in documents."""

from __future__ import annotations

import json
import os
import sys
from typing import Iterator

import click

from timeline_cli.cli_options import (NamedPath, ReportDate, document_progress, executor_option, mode_option, pass_app,
                                     warn_assumed)
from timeline_cli.sanitize import isatty, say

EXTRACT_FORMATS = ["jsonl", "table"]
JSONL_FIELDS = ("doc", "start", "end", "text", "type", "value", "edtf")


def expression_records(doc: str, text: str, reported, *, dayfirst=None, extractor=None,
                       mode: str = "auto") -> list[dict]:
    """One dict per expression found in `text`, fields in JSONL_FIELDS order."""
    from timeline_cli.temporal import stream as _stream

    if extractor is None and len(text) >= _stream.STREAM_FROM:
        return [r for part in record_windows(doc, text, reported, dayfirst=dayfirst, mode=mode) for r in part]
    if extractor is None and mode == "auto":
        from timeline_cli.temporal.extract import extract as extractor
    elif extractor is None:
        from timeline_cli.temporal.extract import mode_extractor

        extractor = mode_extractor(mode)
    records = []
    for t in sorted(extractor(text, reported, dayfirst=dayfirst), key=lambda t: (t.start, t.end)):
        records.append({"doc": doc, "start": t.start, "end": t.end, "text": t.text, "type": t.type,
                        "value": t.value, "edtf": t.edtf})
    return records


def record_windows(doc: str, text: str, reported, *, dayfirst=None, mode: str = "auto") -> Iterator[list[dict]]:
    """expression_records a window at a time (temporal/stream.py): a very large text's records
    printed as they are found, in bounded memory."""
    from timeline_cli.temporal import stream as _stream

    for found in _stream.extract_windows(text, reported, dayfirst=dayfirst, mode=mode):
        yield [{"doc": doc, "start": t.start, "end": t.end, "text": t.text, "type": t.type, "value": t.value,
                "edtf": t.edtf} for t in sorted(found, key=lambda t: (t.start, t.end))]


@click.command(epilog="""\b
Examples:
  timeline extract seeds/000_ff58ae107db7a909.txt
  timeline extract --reported 2024-11-06 - < article.txt
  timeline extract notes.txt --format jsonl | jq -r .edtf
  timeline extract --mode narrative --reported 2009-12-19 history.txt
  timeline extract --executor dask --jobs 2 --format jsonl corpus/*.txt > found.jsonl
""")
@click.argument("files", nargs=-1, required=True, metavar="FILE...|URL... | -", type=NamedPath())
@click.option("--reported", type=ReportDate(), metavar="DATE",
              help="The document date relative expressions hang on (default: the date the document "
                   "gives itself, else today with a warning).")
@click.option("--format", "fmt", type=click.Choice(EXTRACT_FORMATS), default=None,
              help="jsonl: one JSON object an expression; table: a table. Default: table on a "
                   "terminal, jsonl when piped.")
@click.option("--dayfirst/--monthfirst", default=None,
              help="How to read 03/04/2024 (default: guess from the document).")
@click.option("--encoding", default="utf-8", show_default=True, metavar="ENC",
              help="Text encoding of the files (e.g. latin-1, cp1252).")
@click.option("--jobs", "-j", type=click.IntRange(min=1), default=1, show_default=True, metavar="N",
              help="Parse N documents at a time in separate processes (or Dask workers).")
@executor_option
@mode_option
@pass_app
def extract(app, files, reported, fmt, dayfirst, encoding, jobs, executor, mode):
    """Show the temporal expressions found in FILEs (`-` reads stdin).

    JSONL objects are {"doc", "start", "end", "text", "type", "value", "edtf"}: start/end are
    character offsets into the file as read (UTF-8 unless --encoding), type and value follow
    TIMEX3, edtf is the calendar value or null (durations, sets, "now"). A saved web page, PDF
    or e-mail (or a URL) is read as `ingest` reads it: offsets are then into its text.
    """
    from timeline_cli.docread import refuse_stdin_twice

    refuse_stdin_twice(files, what="FILE...")
    if fmt is None:
        fmt = "table" if isatty(sys.stdout) else "jsonl"
    # A bar while the expressions go to a file or a pipe (on a terminal the table is the progress).
    bar = isatty(sys.stderr) and not isatty(sys.stdout)
    if executor is not None or jobs > 1:
        _extract_parallel(app, files, reported, fmt, dayfirst, encoding, jobs, executor, mode, bar)
        return
    texts = _read_all(files, encoding)
    with document_progress(app, lambda: [_size(n, d) for n, d in texts], "extracting", tty=bar) as steps:
        _print_documents(app, texts, reported, fmt, dayfirst, mode, steps.document)


def _read_all(files, encoding: str) -> list[tuple]:
    """[(name, Document)] of every file, every file read (and every URL fetched) before
    anything is printed; a very large text file's Document gives its text a piece at a time
    (textpieces.py), so it is never held whole."""
    from timeline_cli.docread import read_documents

    texts = []
    for path in files:
        data, url = None, ""
        if path.startswith(("http://", "https://")):
            from timeline_cli.fetch import fetch

            data, url = fetch(path)
        documents = read_documents(path, encoding, data=data, origin=url or None, url=url, piecewise=True)
        for document in documents:
            for note in document.notes:  # a reader's skipped parts (a malformed mbox message)
                say(f"warning: {note}")
            name = f"{url or path}#{document.part}" if document.part else (url or path)
            texts.append((name, document))
    return texts


def _size(path: str, document) -> int:
    """About how much a Document of `path` has to parse (a bar's step): its text, or the
    file's bytes for a text read in pieces (only a local file is)."""
    if document.pieces is None:
        return len(document.text)
    try:
        return os.path.getsize(path)
    except OSError:
        return 0


def _print_documents(app, texts: list[tuple], reported, fmt: str, dayfirst, mode: str, done) -> None:
    """Each document's expressions, as JSONL or a table, in order; `done()` after each."""
    from timeline_cli.docread import choose_reported
    from timeline_cli.temporal import stream as _stream

    today = None
    console = app.stdout_console() if fmt == "table" else None
    for path, document in texts:
        text, pieces = document.text, None
        if document.pieces is not None:
            from timeline_cli.readers.text import without_headline

            pieces = document.pieces()
            text = without_headline(next(pieces, ""))[0]
        if today is None and reported is None:
            today = app.today()
        chosen = choose_reported(text, given=reported, today=today, dayfirst=dayfirst,
                                 published=document.published, how=document.published_how,
                                 weak=document.published_weak)
        if chosen.how == "today (assumed)":
            warn_assumed(path, chosen, today_means="relative dates hang on today ({day})")
        if pieces is not None:
            if fmt == "jsonl":
                _write_pieces(sys.stdout, path, text, pieces, chosen.date, dayfirst, mode)
            else:
                _table_pieces(console, path, text, pieces, chosen, dayfirst, mode)
        elif fmt == "jsonl" and len(text) >= _stream.STREAM_FROM:  # printed a window at a time
            for part in record_windows(path, text, chosen.date, dayfirst=dayfirst, mode=mode):
                _print_records(path, text, chosen, part, fmt, console)
        else:
            found = expression_records(path, text, chosen.date, dayfirst=dayfirst, mode=mode)
            _print_records(path, text, chosen, found, fmt, console)
        done()


def _print_records(name: str, text: str, chosen, records: list[dict], fmt: str, console) -> None:
    """Records of one document found whole (or one window of it): JSONL lines on stdout (on a
    terminal, sanitize.guard_streams escapes bidi and C1 controls) or the document's table."""
    if fmt == "jsonl":
        from timeline_cli.formats._common import json_visible  # bidi controls as \u escapes
        from timeline_cli.sanitize import utf8_data

        # a line at a time (buffered): one write of megabytes, cut short by a reader that left
        # (`| head -1`), raised nothing and the command exited 0; UTF-8 whatever the locale
        with utf8_data(sys.stdout) as out:
            out.writelines(json_visible(json.dumps(r, ensure_ascii=False)) + "\n" for r in records)
    else:
        from timeline_cli.render.extract import render_table

        render_table("<stdin>" if name == "-" else name, text, chosen, records, console)


def _write_pieces(out, path: str, first: str, rest: Iterator[str], reported, dayfirst, mode: str) -> None:
    """The JSONL records of a text given a piece at a time, offsets counted from the start of
    the file; each piece read as a stream (the time under discussion starts again with each)."""
    from timeline_cli.formats._common import json_visible
    from timeline_cli.textpieces import at_offsets

    for offset, piece in at_offsets(first, rest):
        windows = record_windows(path, piece, reported, dayfirst=dayfirst, mode=mode)
        del piece  # (the windows hold it until they end, then the next piece is read)
        for part in windows:
            for record in part:
                record["start"] += offset
                record["end"] += offset
                out.write(json_visible(json.dumps(record, ensure_ascii=False)) + "\n")
        del windows


def _table_pieces(console, path: str, first: str, rest: Iterator[str], chosen, dayfirst, mode: str) -> None:
    """The table of a text given a piece at a time: one table a piece (under the document's
    one title), its rows at offsets from the start of the file, so neither the text nor every
    row is held at once."""
    from timeline_cli.render.extract import render_table
    from timeline_cli.textpieces import at_offsets

    for offset, piece in at_offsets(first, rest):
        records = [r for part in record_windows(path, piece, chosen.date, dayfirst=dayfirst, mode=mode)
                   for r in part]
        if records or not offset:
            render_table(path, piece, chosen, records, console, offset=offset, titled=not offset)
        del piece, records


def _extract_parallel(app, files, reported, fmt, dayfirst, encoding, jobs, executor, mode, bar: bool) -> None:
    """`extract` with workers (executor.py): every path checked and every URL fetched here
    first, then each file read and parsed by a worker, its expressions printed in file order
    as they come back (a file that cannot be read fails the command there). A very large text
    file is read here a piece at a time, in its place in the order, as without workers: a
    worker would read it whole and send every record back at once."""
    import itertools

    from timeline_cli.docread import _read_bytes, read_document
    from timeline_cli.executor import executor_for
    from timeline_cli.textpieces import is_piecewise

    # a bad --executor: before any fetch
    runner = executor_for(executor, jobs, prepare_remote=_read_here, weigh=_bytes, note=say)
    today = app.today() if reported is None else None
    items = []
    for path in files:
        data, url = None, ""
        if path.startswith(("http://", "https://")):
            from timeline_cli.fetch import fetch

            data, url = fetch(path)
        elif path == "-":
            data = _read_bytes("-")
        elif not (os.path.isfile(path) and os.access(path, os.R_OK)):
            read_document(path, encoding)  # raises the one-line error that names the fix
        items.append((path, data, url, encoding, reported, today, dayfirst, mode, fmt == "table"))
    console = app.stdout_console() if fmt == "table" else None

    def here(item: tuple) -> bool:
        return item[1] is None and is_piecewise(item[0])

    with document_progress(app, lambda: [_bytes(item) for item in items], "extracting", tty=bar) as steps:
        for big, run in itertools.groupby(items, key=here):
            if big:
                for item in run:
                    _print_documents(app, _read_all([item[0]], encoding), reported, fmt, dayfirst, mode,
                                     lambda: None)
                    steps.document()
                continue
            for found in runner.map(extract_file, list(run), steps.document):
                for name, text, chosen, records in found:
                    if chosen.how == "today (assumed)":
                        warn_assumed(name, chosen, today_means="relative dates hang on today ({day})")
                    _print_records(name, text, chosen, records, fmt, console)


def extract_file(item: tuple) -> list[tuple]:
    """[(name, text or "", how the date was chosen, records)] for each document of one file:
    a worker's whole job (pure; top level so it pickles by reference)."""
    from timeline_cli.docread import choose_reported, read_documents

    path, data, url, encoding, reported, today, dayfirst, mode, keep_text = item
    out = []
    for document in read_documents(path, encoding, data=data, origin=url or None, url=url):
        name = f"{url or path}#{document.part}" if document.part else (url or path)
        text = document.text
        chosen = choose_reported(text, given=reported, today=today, dayfirst=dayfirst,
                                 published=document.published, how=document.published_how,
                                 weak=document.published_weak)
        records = expression_records(name, text, chosen.date, dayfirst=dayfirst, mode=mode)
        out.append((name, text if keep_text else "", chosen, records))
    return out


def _bytes(item: tuple) -> int:
    """About how much the item has to parse: its file's bytes."""
    if item[1] is not None:
        return len(item[1])
    try:
        return os.path.getsize(item[0])
    except OSError:
        return 0


def _read_here(item: tuple) -> tuple:
    """The item with its file's bytes, for a remote cluster's workers."""
    if item[1] is not None:
        return item
    from timeline_cli.docread import _read_bytes

    return (item[0], _read_bytes(item[0]), *item[2:])
