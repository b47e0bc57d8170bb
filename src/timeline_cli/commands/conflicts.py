"""`timeline conflicts`: claims in one timeline that contradict each other, side by side."""

from __future__ import annotations

import json
import sys

import click

from timeline_cli.cli_options import FILTER_HELP, filter_options, pass_app, store_option

CONFLICT_FORMATS = ["rich", "plain", "json"]


def render_rich(groups, console) -> None:
    from rich.table import Table
    from rich.text import Text

    from timeline_cli.sanitize import safe, safe_line
    from timeline_cli.when import format_when

    if not groups:
        console.print(Text("No conflicting claims found.", style="dim"))
        return
    for n, group in enumerate(groups, start=1):
        console.print()
        console.print(Text(f"Conflict {n}: " + ", ".join(group.kinds), style="bold red"))
        table = Table(show_header=True, header_style="bold", show_lines=True, expand=True)
        table.add_column("when", no_wrap=True, style="bold cyan")
        table.add_column("claim", ratio=3, overflow="fold")  # never "…": the whole claim is shown
        table.add_column("by", ratio=1, style="italic", overflow="fold")
        table.add_column("source", ratio=1, style="dim", overflow="fold")
        table.add_column("id", no_wrap=True, style="dim")
        for e in group.events:
            table.add_row(Text(format_when(e.when)), Text(safe(e.text)), Text(safe_line(e.by or "—")),
                          Text(safe_line(e.source or "—")), Text(e.id))
        console.print(table)
        for reason in group.reasons:
            console.print(Text("  " + safe_line(reason.words), style="yellow"))
    console.print(Text(f"\n{len(groups)} group(s) of conflicting claims", style="bold"))


def plain_lines(groups):
    """One line per event: GROUP<TAB>KINDS<TAB>WHEN<TAB>TEXT<TAB>BY<TAB>SOURCE<TAB>ID."""
    from timeline_cli.sanitize import safe_line

    for n, group in enumerate(groups, start=1):
        kinds = ",".join(group.kinds)
        for e in group.events:
            yield "\t".join((str(n), kinds, e.when, safe_line(e.text), safe_line(e.by),
                             safe_line(e.source), e.id))


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
        fmt = "rich" if app.wants_color(sys.stdout) or sys.stdout.isatty() else "plain"
    if fmt == "rich":
        render_rich(shown, app.stdout_console())
    elif fmt == "json":  # on a terminal, sanitize.guard_streams escapes controls in the data
        sys.stdout.write(json.dumps(to_json(shown), ensure_ascii=False, indent=2) + "\n")
    else:
        sys.stdout.writelines(line + "\n" for line in plain_lines(shown))
    sys.stdout.flush()
    ctx.exit(1 if groups else 0)
