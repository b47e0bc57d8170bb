"""`timeline show`: the timeline for a reader (Rich) or a pipe (plain lines)."""

from __future__ import annotations

import sys

import click

from timeline_cli.cli_options import FILTER_HELP, filter_options, pass_app, store_option, write_format

SHOW_FORMATS = ["rich", "plain", "json", "jsonl", "csv"]


@click.command(help=f"""Show the timeline.

On a terminal: grouped by year and month, dates at their precision, claimants and sources
dimmed, tags coloured, approximate (~) and uncertain (?) dates marked. Piped: one event a line,
`WHEN<TAB>TEXT<TAB>BY<TAB>SOURCE<TAB>TAGS<TAB>ID`, no escape codes.

{FILTER_HELP}
""", epilog="""\b
Examples:
  timeline show --since 2024-10-01
  timeline show --on 2024-10 --by intelligence
  timeline show --tag kursk --reverse --limit 5
  timeline show --format plain | cut -f1,2
  timeline filter --tag kursk | timeline show --store -
  timeline show 052b 9f1c          # those events in full (a unique id prefix is enough)
""")
@click.argument("ids", nargs=-1, metavar="[ID]...")
@filter_options
@click.option("--format", "fmt", type=click.Choice(SHOW_FORMATS), default=None,
              help="Output format. Default: rich on a terminal, plain when piped.")
@store_option
@pass_app
def show(app, ids, query, fmt):
    if ids:  # `timeline show ID...`: those events in full (render/detail.py)
        from timeline_cli.render.detail import show_ids

        return show_ids(app, ids, fmt)
    events = app.select(query)
    if fmt is None:
        fmt = app.rich_or_plain()
    if fmt == "rich":
        from timeline_cli.render import render_rich

        render_rich(events, app.stdout_console())
    else:
        write_format(fmt, events, sys.stdout)
