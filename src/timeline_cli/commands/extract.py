"""`timeline extract`: show the temporal expressions the parser finds in documents."""

from __future__ import annotations

import json
import sys

import click

from timeline_cli.cli_options import ReportDate, mode_option, pass_app, warn_assumed
from timeline_cli.sanitize import isatty, say

EXTRACT_FORMATS = ["jsonl", "table"]
JSONL_FIELDS = ("doc", "start", "end", "text", "type", "value", "edtf")


def expression_records(doc: str, text: str, reported, *, dayfirst=None, extractor=None,
                       mode: str = "auto") -> list[dict]:
    """One dict per expression found in `text`, fields in JSONL_FIELDS order."""
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


@click.command(epilog="""\b
Examples:
  timeline extract seeds/000_ff58ae107db7a909.txt
  timeline extract --reported 2024-11-06 - < article.txt
  timeline extract notes.txt --format jsonl | jq -r .edtf
  timeline extract --mode narrative --reported 2009-12-19 history.txt
""")
@click.argument("files", nargs=-1, required=True, metavar="FILE...|URL... | -")
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
@mode_option
@pass_app
def extract(app, files, reported, fmt, dayfirst, encoding, mode):
    """Show the temporal expressions found in FILEs (`-` reads stdin).

    JSONL objects are {"doc", "start", "end", "text", "type", "value", "edtf"}: start/end are
    character offsets into the file as read (UTF-8 unless --encoding), type and value follow
    TIMEX3, edtf is the calendar value or null (durations, sets, "now"). A saved web page, PDF
    or e-mail (or a URL) is read as `ingest` reads it: offsets are then into its text.
    """
    from timeline_cli.docread import choose_reported, read_documents, refuse_stdin_twice

    refuse_stdin_twice(files, what="FILE...")
    if fmt is None:
        fmt = "table" if isatty(sys.stdout) else "jsonl"
    texts = []
    for path in files:  # every file read (and every URL fetched) before anything is printed
        data, url = None, ""
        if path.startswith(("http://", "https://")):
            from timeline_cli.fetch import fetch

            data, url = fetch(path)
        documents = read_documents(path, encoding, data=data, origin=url or None, url=url)
        for document in documents:
            for note in document.notes:  # a reader's skipped parts (a malformed mbox message)
                say(f"warning: {note}")
            name = f"{url or path}#{document.part}" if document.part else (url or path)
            texts.append((name, document))
    today = None
    console = app.stdout_console() if fmt == "table" else None
    for path, document in texts:
        text = document.text
        if today is None and reported is None:
            today = app.today()
        chosen = choose_reported(text, given=reported, today=today, dayfirst=dayfirst,
                                 published=document.published, how=document.published_how,
                                 weak=document.published_weak)
        if chosen.how == "today (assumed)":
            warn_assumed(path, chosen, today_means="relative dates hang on today ({day})")
        found = expression_records(path, text, chosen.date, dayfirst=dayfirst, mode=mode)
        if fmt == "jsonl":
            out = sys.stdout  # on a terminal, sanitize.guard_streams escapes bidi and C1 controls
            for record in found:
                out.write(json.dumps(record, ensure_ascii=False) + "\n")
        else:
            from timeline_cli.render.extract import render_table

            render_table("<stdin>" if path == "-" else path, text, chosen, found, console)
