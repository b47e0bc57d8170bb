"""`timeline show`: the timeline for a reader (Rich) or a pipe (plain lines)."""

from __future__ import annotations

import sys

import click

from timeline_cli.cli_options import (FILTER_HELP, filter_options, pager_option, pass_app, store_option,
                                      write_format)

SHOW_FORMATS = ["rich", "plain", "json", "jsonl", "csv"]


@click.command(help=f"""Show the timeline.

On a terminal: grouped by year and month, dates at their precision, full ids, the status
marked (✓ confirmed, ✗ disputed, · reported), claimants and sources dimmed, tags coloured,
approximate (~) and uncertain (?) dates marked. Output longer than the screen goes through
$TIMELINE_PAGER, else $PAGER, else `less` (with LESS=FRX unless LESS is set), like `git log`;
--no-pager (or `timeline --no-pager show`) prints straight out, and piped output is never paged.

Statements with no date of their own (dated ../REPORTED by ingest) are folded: each
document's become one line at their report date, `+13 undated statements from SOURCE`.
--all lists them one by one; `timeline show ID` shows one in full (a fact id, F..., shows
the fact: its statements and the evidence, as `timeline facts F...`); --dated hides them.
The same holds for --oneline: `DATE ID TEXT` a line, like `git log --oneline`.

Piped (or --format plain): one event a line, every event, no escape codes, in the columns
`WHEN<TAB>TEXT<TAB>BY<TAB>SOURCE<TAB>TAGS<TAB>ID<TAB>STATUS` (STATUS is empty when unset;
new columns are only ever added at the end).

{FILTER_HELP}
""", epilog="""\b
Examples:
  timeline show --since 2024-10-01
  timeline show --on 2024-10 --by intelligence
  timeline show --tag kursk --reverse --limit 5
  timeline show --format plain | cut -f1,2
  timeline show --oneline --status disputed
  timeline show --all --on 2013 --open-ended inclusive
  timeline filter --tag kursk | timeline show --store -
  timeline show 052b 9f1c          # those events in full (a unique id prefix is enough)
""")
@click.argument("ids", nargs=-1, metavar="[ID]...")
@filter_options
@click.option("--format", "fmt", type=click.Choice(SHOW_FORMATS), default=None,
              help="Output format. Default: rich on a terminal, plain when piped.")
@click.option("--oneline", is_flag=True,
              help="One line per event, DATE ID TEXT (full ids), coloured on a terminal, plain when piped.")
@click.option("--all", "show_all", is_flag=True,
              help="List undated statements one by one instead of one line per document.")
@pager_option
@store_option
@pass_app
def show(app, ids, query, fmt, oneline, show_all):
    if ids:  # `timeline show ID...`: those events in full (render/detail.py)
        from timeline_cli.commands._pick import listing_only
        from timeline_cli.render.detail import show_ids

        listing_only("show", ids, query, oneline=oneline, all=show_all)

        return show_ids(app, ids, fmt)
    if oneline and fmt not in (None, "rich"):
        from timeline_cli.errors import UsageError

        raise UsageError(f"--oneline is a view of its own and takes no --format {fmt}",
                         hint="drop --format, or drop --oneline")
    events, sources, facts = app.select_grouped(query)
    if oneline:
        from timeline_cli.render import render_oneline

        with app.paged_console() as console:
            render_oneline(events, console, fold=not show_all)
        return
    if fmt is None:
        fmt = app.rich_or_plain()
    if fmt == "rich":
        from timeline_cli.render import render_rich

        with app.paged_console() as console:
            render_rich(events, console, fold=not show_all)
    else:
        write_format(fmt, events, sys.stdout, sources=sources, facts=facts)
