"""`timeline diff [OLD [NEW]]`: what changed between two timelines, in words.

Each side is a store path, `-` (stdin), `git:REV` (the current store as committed at REV)
or `git:REV:PATH` (PATH relative to the top of the repository). The comparison itself is
timeline_cli.diff (pure), the sides are read by timeline_cli.gitread and drawn by
timeline_cli.render.diff; this module only ties them to the command line.
"""

from __future__ import annotations

import dataclasses
import json
import sys

import click

from timeline_cli.cli_options import FILTER_HELP, NamedPath, failures_exit, filter_options, pager_option, pass_app, store_option

DIFF_FORMATS = ["rich", "plain", "json"]


@click.command(help=f"""Compare two timelines and say what changed, in words.

OLD and NEW are each a store file, `-` (stdin), `git:REV` (the current store as committed
at REV) or `git:REV:PATH` (PATH relative to the top of the repository). With no argument:
the store as last committed (git:HEAD) against the store; with one: OLD against the store.

Events are matched by id, then re-worded statements by source and span or by similar text.
Each change is named: added, removed, date moved (by how many days), date refined
(2024-10 -> 2024-10-24), date broadened, date contradicted (the old and new dates no longer
overlap), text edited, claimant / source / tags / status changed.

Output: Rich on a terminal (green added, red removed, yellow changed); `--format plain`
prints one tab-separated line per change, prefixed `+`, `-` or `~`; `--format json` a
documented shape. Exit status as diff(1): 0 same, 1 different, 2 trouble.

The filters restrict both sides before comparing; --limit caps the changes shown and
--reverse lists the newest first. {FILTER_HELP}
""", epilog="""\b
Examples:
  timeline diff                                   # the store vs its last commit
  timeline diff git:HEAD~3                        # three commits ago vs now
  timeline diff old.toml new.toml --format plain
  timeline diff git:main:data/timeline.toml data/timeline.toml --since 2024-10
  timeline filter --tag kursk | timeline diff - kursk.toml --format json
""")
@click.argument("old", required=False, type=NamedPath("OLD"))
@click.argument("new", required=False, type=NamedPath("NEW"))
@filter_options
@click.option("--format", "fmt", type=click.Choice(DIFF_FORMATS), default=None,
              help="Output format. Default: rich on a terminal, plain when piped.")
@pager_option
@store_option
@pass_app
@click.pass_context
def diff(ctx, app, old, new, query, fmt):
    with failures_exit(2):
        result, shown = _compare(app, old, new, query)
    if fmt is None:
        fmt = app.rich_or_plain()
    if fmt == "rich":
        from timeline_cli.render.diff import render_rich

        with app.paged_console(trouble=2) as console:  # a long diff pages, like `git diff`
            render_rich(result, console, shown=shown)
    else:
        from timeline_cli.diff import plain_lines, to_json

        subset = dataclasses.replace(result, changes=tuple(shown))
        if fmt == "json":
            data = to_json(result)
            data["changes"] = to_json(subset)["changes"]
            # on a terminal, sanitize.guard_streams escapes controls in the data
            from timeline_cli.formats._common import json_visible, write_chunked  # bidi controls as \u escapes

            from timeline_cli.sanitize import utf8_data

            with utf8_data(sys.stdout) as out:  # (JSON is UTF-8 whatever the locale)
                write_chunked(out, json_visible(json.dumps(data, ensure_ascii=False, indent=2)) + "\n")
        else:
            sys.stdout.writelines(line + "\n" for line in plain_lines(subset))
    sys.stdout.flush()
    ctx.exit(1 if result.differs else 0)


def _compare(app, old, new, query):
    from timeline_cli.diff import diff as compare
    from timeline_cli.gitread import read_sides
    from timeline_cli.query import apply

    (old_label, old_events), (new_label, new_events) = read_sides(old, new, app.store_path)
    select = dataclasses.replace(query, limit=None, reverse=False)
    result = compare(apply(old_events, select), apply(new_events, select),
                     old_label=old_label, new_label=new_label)
    shown = list(result.changes)
    if query.reverse:
        shown.reverse()
    if query.limit is not None:
        shown = shown[: query.limit]
    return result, shown
