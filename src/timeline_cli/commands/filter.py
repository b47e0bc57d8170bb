"""`timeline filter`: matching events as a new store (or another format)."""

from __future__ import annotations

import click

from timeline_cli.cli_options import (FILTER_HELP, filter_options, open_output, output_option,
                                      pass_app, store_option, write_format)

FILTER_FORMATS = ["toml", "plain", "json", "jsonl", "csv"]


@click.command("filter", help=f"""Write the matching events as a valid store (TOML).

`timeline filter --since 2024-10 > oct.toml` makes a new store. Exits 1 when nothing
matched (like grep), 0 otherwise.

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
        events, sources, facts = app.select_grouped(query)
        with open_output(output) as out:
            from timeline_cli.store import dump_own

            # over the store's own file, a TOML subset keeps the store's memory (store.own_memory)
            if not (fmt == "toml" and dump_own(app.store_path, output, events, out)):
                write_format(fmt, events, out, path=output, sources=sources, facts=facts)
    if not events:
        ctx.exit(1)
