"""`timeline conflicts`: claims in one timeline that contradict each other, side by side."""

from __future__ import annotations

import json
import sys

import click

from timeline_cli.cli_options import FILTER_HELP, filter_options, pass_app, store_option

CONFLICT_FORMATS = ["rich", "plain", "json"]


@click.command(help=f"""List claims in one timeline that contradict each other.

Groups events that describe the same happening (similar words, claimant left aside) and
cannot all be right: dates that no longer overlap (24 Oct vs 23 Oct), or different numbers
for the same thing at the same time ("12,000 troops" vs "10 000 soldiers"; numbers are
compared whatever their writing: 12 000, 12,000, 12k, twelve thousand). Events marked by
`timeline merge` (changed differently on two branches) are listed with their other version.
Each group shows every claimant and source side by side.

Piped: one line per event, `GROUP<TAB>KINDS<TAB>WHEN<TAB>TEXT<TAB>BY<TAB>SOURCE<TAB>ID`.
Exits 1 when any conflict is found, 0 otherwise.

The filters choose the events compared; --limit caps the groups shown. {FILTER_HELP}
""", epilog="""\b
Examples:
  timeline conflicts
  timeline conflicts --since 2024-10 --format plain | cut -f1,3,5
  timeline conflicts --grep troops --format json
""")
@filter_options
@click.option("--format", "fmt", type=click.Choice(CONFLICT_FORMATS), default=None,
              help="Output format. Default: rich on a terminal, plain when piped.")
@store_option
@pass_app
@click.pass_context
def conflicts(ctx, app, query, fmt):
    import dataclasses

    from timeline_cli.conflicts import find_conflicts, to_json

    # limit and reverse apply to the groups found, not to the events searched
    events = app.select(dataclasses.replace(query, limit=None, reverse=False))
    groups = find_conflicts(events)
    shown = list(reversed(groups)) if query.reverse else list(groups)
    if query.limit is not None:
        shown = shown[: query.limit]
    if fmt is None:
        fmt = app.rich_or_plain()
    if fmt == "rich":
        from timeline_cli.render.conflicts import render_rich

        render_rich(shown, app.stdout_console())
    elif fmt == "json":  # on a terminal, sanitize.guard_streams escapes controls in the data
        sys.stdout.write(json.dumps(to_json(shown), ensure_ascii=False, indent=2) + "\n")
    else:
        from timeline_cli.render.conflicts import plain_lines

        sys.stdout.writelines(line + "\n" for line in plain_lines(shown))
    sys.stdout.flush()
    ctx.exit(1 if groups else 0)
