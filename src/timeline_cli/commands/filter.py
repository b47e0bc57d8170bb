"""`timeline filter`: matching events as a new store (or another format)."""

from __future__ import annotations

import click

from timeline_cli.cli_options import (FILTER_HELP, filter_options, open_output, output_option,
                                      pass_app, store_option, write_format)

FILTER_FORMATS = ["toml", "plain", "json", "jsonl", "csv"]


@click.command("filter", help=f"""Write the matching events as a valid store (TOML).

`timeline filter --since 2024-10 > oct.toml` makes a new store. It keeps what reads the
statements it holds as this store does: the claimant aliases (so --by through an alias finds
the same), their sources' titles and links, and the links and unlinks among them (so `facts`
groups them alike); not the memory of other statements (removals, reviews). Exits 1 when
nothing matched (like grep), 0 otherwise.

{FILTER_HELP}
""", epilog="""\b
Examples:
  timeline filter --since 2024-10 > oct.toml
  timeline filter --by intelligence --format jsonl | jq .when
  timeline filter --tag kursk -o kursk.toml
""")
@filter_options
@click.option("--format", "fmt", type=click.Choice(FILTER_FORMATS), default="toml", show_default=True)
@output_option
@store_option
@pass_app
@click.pass_context
def filter_(ctx, app, query, fmt, output):
    with app.output_lock(output, fmt):
        if fmt == "toml":
            events = _write_store(app, query, output)
        else:
            events, sources, facts = app.select_grouped(query)
            with open_output(output) as out:
                write_format(fmt, events, out, path=output, sources=sources, facts=facts)
    if not events:
        ctx.exit(1)


def _write_store(app, query, output):
    """The selected events as a store, with what reads them as the store does (aliases, their
    sources, the links and unlinks among them); over the store's own file, the store's whole
    memory (store.own_memory: its removals must not come back on the next ingest)."""
    from timeline_cli.sanitize import for_terminal
    from timeline_cli.store import dump_own, iter_dump

    events, memory = app.select_store(query)
    with open_output(output) as out:
        if not dump_own(app.store_path, output, events, out):
            out = for_terminal(out, output)  # -o /dev/tty: no control codes reach it
            for piece in iter_dump(events, memory=memory):  # a block at a time (test_pipelines)
                out.write(piece)
    return events
