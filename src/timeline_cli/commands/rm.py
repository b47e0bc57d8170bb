"""`timeline rm`: remove events, and remember that they were removed (so `ingest` of the same
source does not bring them back); `--undo` brings them back."""

from __future__ import annotations

import sys

import click

from timeline_cli.cli_options import FILTER_HELP, filter_options, pass_app, store_option
from timeline_cli.commands._pick import confirm, count, listing, pick, same_as_read
from timeline_cli.sanitize import say


@click.command(help=f"""Remove events by id (a unique prefix is enough) or by filters.

Removed events are remembered in the store itself (`[[removed]]` tables, with the day), so
`timeline ingest` of their source does not bring them back, and the memory travels through
git with the store. `timeline rm --undo ID...` brings them back (`--undo` alone lists them);
`timeline ingest --restore` brings back every removed event its documents hold.

On a terminal, removing more than one event asks first (--yes skips the question).
--dry-run lists what would go and changes nothing. A store read from stdin (--store -)
cannot be changed.

{FILTER_HELP}
""", epilog="""\b
Examples:
  timeline rm 052bf804                      # one event, by a unique id prefix
  timeline rm --grep 'subscribe|newsletter' --dry-run
  timeline rm --source ads.txt --yes
  timeline rm --undo                        # list removed events
  timeline rm --undo 052bf804               # bring one back
""")
@click.argument("ids", nargs=-1, metavar="[ID]...")
@filter_options
@click.option("--dry-run", is_flag=True, help="List the events that would be removed; change nothing.")
@click.option("--yes", "-y", is_flag=True, help="Do not ask for confirmation.")
@click.option("--undo", is_flag=True, help="Bring back removed events (IDs of removed events; none: list them).")
@store_option
@pass_app
def rm(app, ids, query, dry_run, yes, undo):
    if undo:
        return _undo(app, ids, query, dry_run)
    events = pick(app, ids, query, what="remove")
    if not events:
        say("no event matched; nothing was removed")
        raise click.exceptions.Exit(1)
    if dry_run:
        for event in events:
            say(listing(event), err=False)
        say(f"dry run: {count(len(events))} would be removed (nothing changed)")
        return
    confirm(len(events), "Remove", yes, [listing(e) for e in events[:20]])
    today = app.today()
    with app.transaction(create=False) as txn:
        for event in events:
            same_as_read(txn, event)
            txn.remove(event.id, remember=True, on=today)
    say(f"removed {count(len(events))}; remembered, so `ingest` will not bring them back "
        "(`timeline rm --undo ID` does)")


def _undo(app, prefixes, query, dry_run) -> None:
    from timeline_cli.ids import resolve_all
    from timeline_cli.store import Store

    if query is not None and not query.is_empty:
        from timeline_cli.errors import UsageError

        raise UsageError("--undo takes the ids of removed events, not filters",
                         hint="`timeline rm --undo` lists the removed events and their ids")
    memory = Store(app.store_path, cache=True).memory()
    removed = [item.event for item in sorted(memory.removed.values(), key=lambda r: (r.removed, r.id))]
    if not prefixes:
        for item in sorted(memory.removed.values(), key=lambda r: (r.removed, r.id)):
            say(f"{listing(item.event)}  (removed {item.removed.isoformat()})", err=False)
        if not removed:  # ("0 removed events; bring one back with ..." offered what is not there)
            say("no removed events: `timeline rm ID` removes one, and this lists it")
            return
        say(f"{count(len(removed), 'removed event')}; bring one back with `timeline rm --undo ID`")
        return
    events = resolve_all(prefixes, removed)
    if dry_run:
        for event in events:
            say(listing(event), err=False)
        say(f"dry run: {count(len(events))} would be brought back (nothing changed)")
        return
    with app.transaction(create=False) as txn:
        for event in events:
            txn.restore(event.id)
    say(f"brought back {count(len(events))}")
    sys.stdout.flush()
