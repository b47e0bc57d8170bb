"""`timeline chart`: the selection drawn on one time axis (render/chart.py)."""

from __future__ import annotations

import click

from timeline_cli.cli_options import FILTER_HELP, filter_options, pager_option, pass_app, store_option


@click.command(help=f"""Draw the timeline as a chart: one row per event on one time axis.

The axis is scaled to the selection and to the terminal's width. A day is a mark (●), an
interval a bar (━), a date known only to its month, season or year a shaded span (░: some
day in it), an open date ("../2024-11-06", on or before) a dotted run (┄) to the edge of the
axis; approximate (~) and uncertain (?) dates keep their sign after the bar. Statements
with no date of their own (dated ../REPORTED by ingest) are left out unless --all. Rows are
coloured by claimant (or --color-by tag), with a legend. Piped, or with --color never, the
same chart is drawn in plain ASCII (o = . - < >) without colour. Long charts go through the
pager like `show`.

{FILTER_HELP}
""", epilog="""\b
Examples:
  timeline chart --since 2024-10
  timeline chart --tag kursk --color-by tag
  timeline chart --dated --width 120 > chart.txt
""")
@filter_options
@click.option("--color-by", type=click.Choice(["claimant", "tag"]), default="claimant", show_default=True,
              help="What the row colours tell apart.")
@click.option("--width", type=click.IntRange(40, 1000), default=None,
              help="Columns to draw in. Default: the terminal's width (or $COLUMNS; 80 when piped).")
@click.option("--all", "show_all", is_flag=True,
              help="Also draw statements with no date of their own (../REPORTED), left out by default.")
@pager_option
@store_option
@pass_app
def chart(app, query, color_by, width, show_all):
    import sys

    from timeline_cli.render.chart import layout, render_chart

    from timeline_cli.query import is_undated

    events = app.select(query)
    undated = 0
    if not show_all:  # no date of their own: every one would be the same run to its report date
        kept = [e for e in events if not is_undated(e)]
        undated, events = len(events) - len(kept), kept
    if not events:
        click.echo("no events to chart" + ("" if query.is_empty else " (none match the filters)"), err=True)
        return
    plain = app.rich_or_plain(sys.stdout) == "plain" or not app.wants_color(sys.stdout)
    with app.paged_console() as console:
        # the screen's own width: the console keeps at least 40 columns for wrapped text, but
        # a chart's lines are laid out here, each to fit the screen (narrow: text under date)
        screen = getattr(console, "screen_width", console.width)
        drawn = layout(events, width or screen, ascii=plain, color_by=color_by)
        render_chart(drawn, console, color_by=color_by)
        if undated:
            from rich.text import Text

            note = f"+{undated} undated statement{'s' if undated != 1 else ''} not drawn (--all draws them)"
            if drawn.narrow:  # (the console keeps 40 columns: wrapped here to the screen)
                import textwrap

                for line in textwrap.wrap(note, drawn.narrow):
                    console.print(Text(line, style="dim"), soft_wrap=True)
            else:
                console.print(Text(note, style="dim"))
