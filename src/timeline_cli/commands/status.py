"""`timeline status`: set (or clear) the status of events named by id or selected by filters."""

from __future__ import annotations

import click

from timeline_cli.cli_options import FILTER_HELP, filter_options, pass_app, store_option
from timeline_cli.commands._pick import apply_changes, confirm, count, listing, pick
from timeline_cli.errors import UsageError
from timeline_cli.model import STATUSES
from timeline_cli.sanitize import say

CLEAR = "none"


@click.command(help=f"""Set the status of events: {", ".join(STATUSES)}, or {CLEAR} to clear it.

The last argument is the status; the events are named by id before it (a unique prefix is
enough) or selected by the filters. One atomic write; on a terminal, changing more than one
event asks first (--yes skips the question).

{FILTER_HELP}
""", epilog="""\b
Examples:
  timeline status 052b confirmed
  timeline status 052b 9f1c disputed
  timeline status --by 'Ministry' reported --yes
  timeline status 052b none                  # clear it
""")
@click.argument("args", nargs=-1, required=True, metavar="[ID]... STATUS")
@filter_options
@click.option("--yes", "-y", is_flag=True, help="Do not ask before changing several events.")
@store_option
@pass_app
def status(app, args, query, yes):
    *ids, given = args
    value = given.strip().lower()
    if value not in (*STATUSES, CLEAR):
        if ids and ids[0].strip().lower() in (*STATUSES, CLEAR):
            # `timeline status confirmed 052b`, the order of the words in "set confirmed on"
            first = ids[0].strip().lower()
            raise UsageError(f"the status comes last, after the ids: {given!r} is not a status",
                             hint=f"timeline status {' '.join([*ids[1:], given])} {first}")
        raise UsageError(f"{given!r} is not a status", hint=f"the last argument is one of {', '.join(STATUSES)} or {CLEAR}")
    new = "" if value == CLEAR else value
    events = pick(app, ids, query, what="set the status of")
    if not events:
        say("no event matched; nothing was changed")
        raise click.exceptions.Exit(1)
    confirm(sum(e.status != new for e in events), "Change the status of", yes, [listing(e) for e in events[:20]])
    changed = apply_changes(app, events, lambda e: e.with_(status=new))
    say(f"{'cleared the status of' if not new else 'set ' + new + ' on'} {count(len(changed))}"
        f" ({len(events) - len(changed)} already so)")
