"""`timeline conflicts`: claims in one timeline that contradict each other, side by side."""

from __future__ import annotations

import json
import sys

import click

from timeline_cli.cli_options import FILTER_HELP, filter_options, pager_option, pass_app, store_option

CONFLICT_FORMATS = ["rich", "plain", "json"]


@click.command(help=f"""List claims in one timeline that contradict each other.

Groups events that describe the same happening (similar words, claimant left aside) and
cannot all be right: dates that no longer overlap (24 Oct vs 23 Oct), or different numbers
for the same thing at the same time ("12,000 troops" vs "10 000 soldiers"; numbers are
compared whatever their writing: 12 000, 12,000, 12k, twelve thousand). Events marked by
`timeline merge` (changed differently on two branches) are listed with their other version.
Each group shows every claimant and source side by side.

Each finding has a stable id (a hash of its kinds and its events' ids, shown beside it).
`--dismiss ID` marks a finding not-a-conflict, `--reviewed ID` marks it reviewed (a unique
prefix is enough; repeat for several); either way it is hidden afterwards, until its events
change or another event joins it. `--all` shows reviewed findings again, with their verdict;
`--reopen ID` forgets a verdict. Verdicts are kept in the store (`[[review]]` tables), so
they travel through git with it and `timeline merge` unions them.

Piped: one line per event,
`GROUP<TAB>KINDS<TAB>WHEN<TAB>TEXT<TAB>BY<TAB>SOURCE<TAB>ID<TAB>FINDING<TAB>VERDICT`.
Exits 1 when any conflict not yet reviewed is found, 0 otherwise (and after recording verdicts).

The filters choose the events compared; --limit caps the groups shown. {FILTER_HELP}
""", epilog="""\b
Examples:
  timeline conflicts
  timeline conflicts --since 2024-10 --format plain | cut -f1,3,5
  timeline conflicts --grep troops --format json
  timeline conflicts --dismiss 3f2a9c     # not a conflict: hidden from now on
  timeline conflicts --reviewed 3f2a9c    # looked at, stands as it is: hidden too
  timeline conflicts --all                # reviewed findings too, with their verdict
""")
@filter_options
@click.option("--format", "fmt", type=click.Choice(CONFLICT_FORMATS), default=None,
              help="Output format. Default: rich on a terminal, plain when piped.")
@click.option("--dismiss", multiple=True, metavar="FINDING", help="Mark a finding not-a-conflict (hidden from then on).")
@click.option("--reviewed", multiple=True, metavar="FINDING", help="Mark a finding reviewed (hidden from then on).")
@click.option("--reopen", multiple=True, metavar="FINDING", help="Forget the verdict on a finding (shown again).")
@click.option("--all", "show_all", is_flag=True, help="Show reviewed findings too, with their verdict.")
@pager_option
@store_option
@pass_app
@click.pass_context
def conflicts(ctx, app, query, fmt, dismiss, reviewed, reopen, show_all):
    import dataclasses

    from timeline_cli.conflicts import find_conflicts, to_json
    from timeline_cli.store import Store

    from timeline_cli.query import select

    if dismiss or reviewed or reopen:  # before the store is read: stdin can be read once
        from timeline_cli.commands._pick import refuse_stdin

        refuse_stdin(app)
    # limit and reverse apply to the groups found, not to the events searched; one read of
    # the store gives the events and the verdicts (a store on stdin can be read once)
    snap = Store(app.store_path, cache=True).snapshot()
    events = select(snap, dataclasses.replace(query, limit=None, reverse=False))
    found = find_conflicts(events)
    if dismiss or reviewed or reopen:
        from timeline_cli.commands._review import record

        record(app, found, dismiss=dismiss, reviewed=reviewed, reopen=reopen)
        ctx.exit(0)
    verdicts = {f: r.verdict for f, r in snap.memory.reviews.items()}
    groups = [g for g in found if g.finding not in verdicts]
    listed = found if show_all else groups
    shown = list(reversed(listed)) if query.reverse else list(listed)
    if query.limit is not None:
        shown = shown[: query.limit]
    if fmt is None:
        fmt = app.rich_or_plain()
    if fmt == "rich":
        from timeline_cli.render.conflicts import render_rich

        with app.paged_console(trouble=2) as console:  # a long report pages, like `git log`
            render_rich(shown, console, verdicts)
        hidden = len(found) - len(groups)
        if hidden and not show_all:
            from timeline_cli.sanitize import say

            say(f"{hidden} reviewed finding(s) hidden; --all shows them")
    elif fmt == "json":  # on a terminal, sanitize.guard_streams escapes controls in the data
        from timeline_cli.formats._common import json_visible, write_chunked  # bidi controls as \u escapes

        from timeline_cli.sanitize import utf8_data

        with utf8_data(sys.stdout) as out:  # (JSON is UTF-8 whatever the locale)
            write_chunked(out, json_visible(json.dumps(to_json(shown, verdicts), ensure_ascii=False, indent=2)) + "\n")
    else:
        from timeline_cli.render.conflicts import plain_lines

        sys.stdout.writelines(line + "\n" for line in plain_lines(shown, verdicts))
    sys.stdout.flush()
    ctx.exit(1 if groups else 0)
