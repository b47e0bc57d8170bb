"""`timeline export`: events in the formats other tools read."""

from __future__ import annotations

import click

from timeline_cli.cli_options import (FILTER_HELP, filter_options, open_output, output_option,
                                      pass_app, store_option, write_format)
from timeline_cli.formats import export_choices


@click.command(help=f"""Export events for spreadsheets, calendars, wikis and newsrooms.

CSV/TSV carry `start`/`end` ISO bounds beside the EDTF `when` so a spreadsheet can sort;
cells that a spreadsheet would run as a formula are defused with a leading ' unless --raw.

{FILTER_HELP}
""", epilog="""\b
Examples:
  timeline export --format csv -o events.csv
  timeline export --format ics --tag kursk -o kursk.ics
  timeline export --format html -o timeline.html
  timeline export --format jsonl --since 2024-10 | jq -r .text
""")
@filter_options
@click.option("--format", "fmt", type=click.Choice(export_choices()), default="csv", show_default=True)
@click.option("--raw", is_flag=True, help="CSV/TSV: write cells exactly, without formula defusing.")
@output_option
@store_option
@pass_app
def export(app, query, fmt, raw, output):
    with app.output_lock(output, fmt):
        events, sources = app.select_described(query)
        with open_output(output) as out:
            from timeline_cli.store import dump_own

            # over the store's own file, a TOML subset keeps the store's memory (store.own_memory)
            if not (fmt == "toml" and dump_own(app.store_path, output, events, out)):
                write_format(fmt, events, out, raw=raw, path=output, sources=sources)
