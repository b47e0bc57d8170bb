"""`timeline link` and `timeline unlink`: the user's overrides of same-fact grouping (grouping.py)."""

from __future__ import annotations

import click

from timeline_cli.cli_options import pass_app, store_option
from timeline_cli.sanitize import say


def _resolve(txn, prefixes) -> list[str]:
    from timeline_cli import ids as ids_

    return [e.id for e in ids_.resolve_all(prefixes, txn.events, txn.removed)]


@click.command(help="""Put statements in one fact, whatever the grouping says.

The link is remembered in the store by event id: it survives re-ingest and every regroup,
and the fact keeps its id. Statements whose dates cannot be the same day are refused (a fact
happened once); statements already linked to one of them join too. A link undoes an
`unlink` of the same statements. IDs are event ids or unique prefixes.
""", epilog="""\b
Examples:
  timeline link 052b 9f1c
  timeline facts 052b
""")
@click.argument("ids", nargs=-1, required=True, metavar="ID ID...")
@store_option
@pass_app
def link(app, ids):
    from timeline_cli import grouping

    with app.transaction(create=False) as txn:
        linked = grouping.link(txn, _resolve(txn, ids))
        # The link remembers removed statements of its group too (rm --undo brings them
        # back): name the fact and count by the statements the store holds.
        present = [i for i in linked if txn.get(i) is not None]
        fid = grouping.fact_of(present, txn.memory.facts)[present[0]]
    say(f"linked {len(present)} statements: fact {fid}")


@click.command(help="""Keep statements out of a fact, whatever the grouping says.

One ID: that statement is a fact of its own. Two IDs: they are never in one fact (each may
still group with others). Remembered in the store by event id, so it survives re-ingest and
every regroup; it undoes a `link` that held them together. IDs are event ids or unique
prefixes.
""", epilog="""\b
Examples:
  timeline unlink 052b
  timeline unlink 052b 9f1c
""")
@click.argument("ids", nargs=-1, required=True, metavar="ID [ID]")
@store_option
@pass_app
def unlink(app, ids):
    from timeline_cli import grouping

    with app.transaction(create=False) as txn:
        chosen = _resolve(txn, ids)
        grouping.unlink(txn, chosen)
    say(f"unlinked {' from '.join(chosen) if len(chosen) == 2 else chosen[0] + ': a fact of its own'}")
