"""`timeline export`: events in the formats other tools read."""

from __future__ import annotations

import click

from timeline_cli.cli_options import (FILTER_HELP, filter_options, open_output, output_option,
                                      pass_app, store_option, write_format, write_store)
from timeline_cli.formats import export_choices


@click.command(help=f"""Export events for spreadsheets, calendars, wikis and newsrooms.

CSV/TSV carry `start`/`end` ISO bounds beside the EDTF `when` so a spreadsheet can sort;
cells that a spreadsheet would run as a formula are defused with a leading ' unless --raw.

sqlite writes a database (events, tags, actors, places, sources, full-text search) to -o
FILE or to a pipe, never to a terminal; beside FILE it writes FILE's name with
.metadata.json, the default facets for `datasette FILE -m that.metadata.json`.

{FILTER_HELP}
""", epilog="""\b
Examples:
  timeline export -o events.csv            # the suffix picks the format
  timeline export --format ics --tag kursk -o kursk.ics
  timeline export -o kursk.html --tag kursk --title "Kursk: the DPRK deployment"
  timeline export --format sqlite -o events.db && datasette events.db
  timeline export --format jsonl --since 2024-10 | jq -r .text
""")
@filter_options
@click.option("--format", "fmt", type=click.Choice(export_choices()), default=None,
              help="Output format. Default: the one -o FILE's suffix names (.json, .ics, .db ...), else csv.")
@click.option("--raw", is_flag=True, help="CSV/TSV: write cells exactly, without formula defusing.")
@click.option("--title", default=None, help="HTML: the page's title (default: Timeline).")
@click.option("--description", default=None, help="HTML: a line under the title saying what the timeline is.")
@output_option
@store_option
@pass_app
def export(app, query, fmt, raw, title, description, output):
    from timeline_cli.formats import is_binary

    if fmt is None:
        fmt = _format_of(output)

    if is_binary(fmt):
        return _export_binary(app, query, fmt, output)
    with app.output_lock(output, fmt):
        if fmt == "toml":  # a store, as `filter` writes it
            write_store(app, query, output)
            return
        events, sources, facts = app.select_grouped(query)
        with open_output(output) as out:
            write_format(fmt, events, out, raw=raw, path=output, sources=sources, facts=facts, title=title,
                         description=description)


def _export_binary(app, query, fmt, output):
    """A database: atomically to -o FILE (with Datasette metadata beside it), or to a pipe."""
    import sys
    from pathlib import Path

    from timeline_cli.errors import UsageError
    from timeline_cli.formats import EXPORTERS
    from timeline_cli.store import write_atomic

    to_stdout = output in ("-", "", None)
    if _is_terminal(None if to_stdout else output):
        raise UsageError(f"{fmt} is a binary database and this output is a terminal",
                         hint="write it to a file (-o events.db) or pipe it (| sqlite3 ...)")
    with app.output_lock(output, fmt):
        events, sources, facts = app.select_grouped(query)
        module = EXPORTERS[fmt]
        data = module.database_bytes(events, sources, facts)
        if to_stdout:
            sys.stdout.flush()
            sys.stdout.buffer.write(data)
            sys.stdout.buffer.flush()
            return
        target = Path(output)
        write_atomic(target, data, what="the output file")
        if target.is_file():
            meta = target.with_name(target.stem + ".metadata.json")
            write_atomic(meta, module.metadata_text(target.stem), what="the Datasette metadata file")


def _is_terminal(path) -> bool:
    """Whether `path` (stdout for None) is a terminal, as -o /dev/stdout or -o /dev/tty can be."""
    import os
    import sys

    if path is None:
        return sys.stdout.isatty()
    try:
        fd = os.open(path, os.O_WRONLY | os.O_NOCTTY | os.O_NONBLOCK)
    except OSError:
        return False  # a new file, or one we cannot open: write_atomic says why
    try:
        return os.isatty(fd)
    finally:
        os.close(fd)


def _format_of(output) -> str:
    """The format -o FILE's suffix names (`events.ics` -> ics), csv when it names none."""
    import os

    from timeline_cli.errors import InputError, UsageError
    from timeline_cli.formats import guess_format

    if output in ("-", "", None):
        return "csv"
    try:
        guessed = guess_format(output)
    except InputError:
        return "csv"
    if guessed == "toml":
        # Writing a store is never implied: over a store this is refused as before (csv over
        # a store), and a new .toml file needs the format said.
        from timeline_cli.store import looks_like_store

        if os.path.exists(output) and looks_like_store(output):
            return "csv"
        raise UsageError(f"-o {output}: a .toml file would be a timeline store",
                         hint="add --format toml to write the selected events as a store, or name another format")
    return guessed
