"""What the curation commands (edit, rm, tag, status, note, resolve) share: naming the events
to change by id prefix or by the usual filters, confirming on a terminal, and one summary line.

The events are picked from a read of the store; the change then happens in one transaction,
which checks that each picked event is still there as it was read (another command may have
changed it meanwhile), so nothing is ever applied to a version the user did not see.
"""

from __future__ import annotations

import sys
from typing import Callable, Iterable, Sequence

import click

from timeline_cli.errors import StoreError, UsageError
from timeline_cli.model import Event
from timeline_cli.sanitize import isatty, safe_line, say


def pick(app, prefixes: Sequence[str], query, *, what: str) -> list[Event]:
    """The events named by id prefixes, or else selected by the filters (`query`); never all
    of them by accident: with neither, a usage error (exit 2)."""
    from timeline_cli.ids import resolve_all
    from timeline_cli.query import apply
    from timeline_cli.store import Store

    has_filters = query is not None and not query.is_empty
    if prefixes and has_filters:
        raise UsageError(f"name the events to {what} by ID or by filters, not both",
                         hint="drop the ids to use the filters, or the filters to use the ids")
    if not prefixes and not has_filters:
        raise UsageError(f"name the events to {what}: one or more ids (a unique prefix is enough) "
                         "or filters such as --grep, --source, --tag",
                         hint="`timeline show --oneline` lists the ids")
    snap = Store(app.store_path, cache=True).snapshot()
    events = snap.events()
    if prefixes:
        return resolve_all(prefixes, events, snap.memory.removed)
    return apply(events, query)


def listing_only(command: str, ids: Sequence[str], query, **options: bool) -> None:
    """`timeline show ID --grep x` showed ID whatever the filter said, `facts ID --format json`
    printed words to a script reading JSON: a command's view of named ids takes no filters
    nor listing options (`options`: each given one, by its name without dashes); a usage error
    says which."""
    if not ids:
        return
    if query is not None and not query.is_empty:
        raise UsageError(f"`timeline {command}` takes ids or filters, not both",
                         hint="drop the ids to use the filters, or the filters to use the ids")
    for name, given in options.items():
        if given:
            option = "--" + name.replace("_", "-")
            raise UsageError(f"{option} applies to a listing, not to `timeline {command} ID` (the ids in full)",
                             hint=f"drop the ids for a listing, or drop {option}")


def refuse_stdin(app) -> None:
    """A store read from stdin cannot be changed: said before an editor opens, in the words
    the store's transaction uses (as for `add`)."""
    if app.store_path == "-":
        raise StoreError("cannot write to a store read from stdin (--store -)",
                         hint="name a store file with --store PATH for commands that change it")


def same_as_read(txn, event: Event) -> None:
    """Refuse to change an event that changed since it was read (another command ran)."""
    if txn.get(event.id) != event:
        raise StoreError(f"event {event.id} changed while this command ran; nothing was written",
                         hint="run the command again")


def confirm(count: int, verb: str, yes: bool, lines: Iterable[str] = ()) -> None:
    """Ask before changing more than one event, on a terminal only (scripts pass --yes or are
    not asked); a no leaves the store untouched and exits 1."""
    if yes or count <= 1 or not (isatty(sys.stdin) and isatty(sys.stderr)):
        return
    for line in lines:
        say("  " + line)
    if not click.confirm(f"{verb} {count} events?", default=False, err=True):
        say("nothing was changed")
        raise click.exceptions.Exit(1)


def listing(event: Event) -> str:
    """One line naming an event: `ID  WHEN  TEXT` (made one line and safe by say/safe_line)."""
    return f"{event.id}  {event.when}  {safe_line(event.text)}"


def count(n: int, noun: str = "event") -> str:
    return f"{n} {noun}" + ("" if n == 1 else "s")


def apply_changes(app, events: list[Event], change: Callable[[Event], Event]) -> list[Event]:
    """Replace each event by change(event) in one transaction; the changed ones are returned
    (an event that change() leaves as it is is not written)."""
    changed, moved = [], []
    with app.transaction(create=False) as txn:
        for event in events:
            same_as_read(txn, event)
            new = change(event)
            if new != event:
                if new.id != event.id:
                    raise UsageError("an event's id cannot be changed", hint="ids stay as they are")
                txn.replace(new)
                changed.append(new)
                if new.when != event.when:
                    moved.append(new.id)
        warn_links_set_aside(txn, moved)
    return changed


def warn_links_set_aside(txn, moved: Sequence[str]) -> None:
    """An edit that moves a linked statement's date so far that its link cannot hold (a fact
    happened on one day) is written, and the link set aside: said, with the two ways out,
    instead of the fact falling apart in silence."""
    from timeline_cli.grouping import links_set_aside

    if not moved or not txn.memory.links:
        return
    for group in links_set_aside(txn, moved):
        dates = ", ".join(f"{i[:12]} {e.when}" for i in group if (e := txn.get(i)) is not None)
        say(f"warning: the link of {' '.join(i[:12] for i in group)} (timeline link) no longer holds: their dates "
            f"cannot be the same day ({dates}); it is set aside until a date is fixed "
            f"(`timeline unlink` drops it)")
