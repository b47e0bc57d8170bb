"""`timeline filter`: matching events as a new store (or another format)."""

from __future__ import annotations

import click

from timeline_cli.cli_options import (FILTER_HELP, filter_options, open_output, output_option,
                                      pass_app, store_option, write_format, write_store)

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
            events = write_store(app, query, output)
        else:
            events, sources, facts = app.select_grouped(query)
            with open_output(output) as out:
                write_format(fmt, events, out, path=output, sources=sources, facts=facts)
    if not events:
        ctx.exit(1)

