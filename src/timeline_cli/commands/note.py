"""`timeline note`: set, append to or clear one event's note."""

from __future__ import annotations

import click

from timeline_cli.cli_options import pass_app, store_option
from timeline_cli.commands._pick import apply_changes, pick
from timeline_cli.sanitize import say


@click.command(help="""Set the note of one event (a unique id prefix is enough).

TEXT replaces the note; with --append it is added on a new line after it; "" clears it.
TEXT `-` reads the note from stdin.
""", epilog="""\b
Examples:
  timeline note 052b "Confirmed by two independent sources"
  timeline note 052b --append "AP repeats it on 7 Nov"
  timeline note 052b ""                      # clear it
""")
@click.argument("event_id", metavar="ID")
@click.argument("text", metavar="TEXT")
@click.option("--append", "-a", is_flag=True, help="Add TEXT after the note instead of replacing it.")
@store_option
@pass_app
def note(app, event_id, text, append):
    import sys

    from timeline_cli.editing import change_fields

    if text == "-":
        text = sys.stdin.read()
    [event] = pick(app, [event_id], None, what="note")
    value = text.strip()
    if append and event.note and value:
        value = event.note + "\n" + value
    elif append:
        value = event.note or value
    new = change_fields(event, set_={"note": value})  # checked before anything is written
    changed = apply_changes(app, [event], lambda e: new)
    say(("noted " if changed else "the note was already so: ") + event.id)
