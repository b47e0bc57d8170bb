"""`timeline tag`: add and remove tags on events named by id or selected by filters."""

from __future__ import annotations

import click

from timeline_cli.cli_options import FILTER_HELP, filter_options, pass_app, store_option
from timeline_cli.commands._pick import apply_changes, confirm, count, listing, pick
from timeline_cli.errors import UsageError
from timeline_cli.sanitize import say


def split_args(args: tuple[str, ...]) -> tuple[list[str], list[str], list[str]]:
    """(ids, tags to add, tags to remove): +TAG adds, -TAG (or ^TAG) removes, anything else is an id."""
    ids, add, drop = [], [], []
    for arg in args:
        if arg.startswith("+") and len(arg) > 1:
            add.append(arg[1:])
        elif arg.startswith(("-", "^")) and len(arg) > 1 and not arg.startswith("--"):
            drop.append(arg[1:])
        else:
            ids.append(arg)
    return ids, add, drop


@click.command(context_settings={"ignore_unknown_options": True}, help=f"""Add (+TAG) and remove (-TAG) tags.

The events are named by id (a unique prefix is enough) or selected by the filters; every
change goes into the store in one atomic write. On a terminal, changing more than one event
asks first (--yes skips the question). -TAG may also be written ^TAG (a tag that looks like
one of the options, such as -y, must be: ^y). A tag loses the invisible characters that
only hide (a zero-width space: +kur<U+200B>sk is the tag kursk); emoji keep their joiners.

{FILTER_HELP}
""", epilog="""\b
Examples:
  timeline tag 052b +kursk +troops
  timeline tag --grep 'north korea' +dprk -unsorted --yes
  timeline tag 052b 9f1c ^draft
""")
@click.argument("args", nargs=-1, metavar="[ID]... +TAG|-TAG...")
@filter_options
@click.option("--yes", "-y", is_flag=True, help="Do not ask before changing several events.")
@store_option
@pass_app
def tag(app, args, query, yes):
    from timeline_cli.editing import change_fields

    ids, add, drop = split_args(args)
    if not add and not drop:
        raise UsageError("no tag to add or remove", hint="write +TAG to add a tag and -TAG to remove one")
    _refuse_blank(add, drop)
    add, drop = _as_stored(add), _as_stored(drop)
    clash = {t.casefold() for t in add} & {t.casefold() for t in drop}  # tags match without case
    if clash:
        raise UsageError(f"tag {sorted(clash)[0]!r} is both added and removed", hint="keep one of +TAG / -TAG")
    events = pick(app, ids, query, what="tag")
    if not events:
        say("no event matched; nothing was changed")
        raise click.exceptions.Exit(1)
    planned = {e.id: change_fields(e, add={"tags": add}, drop={"tags": drop}) for e in events}
    confirm(sum(planned[e.id] != e for e in events), "Retag", yes, [listing(e) for e in events[:20]])
    changed = apply_changes(app, events, lambda e: planned[e.id])
    say(_summary(add, drop, len(changed), len(events) - len(changed)))


def _refuse_blank(add: list[str], drop: list[str]) -> None:
    """`+" "` (a blank tag: an unset variable after the +) added nothing and said "added tag
    to 0 events (1 already had it)"; it is named instead."""
    from timeline_cli.fields import blank_tag

    for sign, names in (("+", add), ("-", drop)):
        for name in names:
            blank = blank_tag(name)
            if blank is None:
                return  # a control character: apply_changes names it
            if blank:
                raise UsageError(f"{sign}{name!r} names no tag: a tag cannot be blank",
                                 hint=f"write {sign}TAG with the tag's name after the {sign}")


def _as_stored(names: list[str]) -> list[str]:
    """The tags as the store keeps them (fields.tags: without the invisible characters that
    only hide), so the summary names the tag that was added, not one with a hidden character."""
    from timeline_cli.fields import FieldError, normalise

    try:
        return list(normalise("tags", tuple(names)))
    except FieldError:
        return names  # a control character: apply_changes names it


def _summary(add: list[str], drop: list[str], changed: int, unchanged: int) -> str:
    """What was done, in the words of the change: removing a tag no event carried is said so
    ("removed tag x from 0 events (1 did not have it)"), not "tagged 0 events (1 already so)"."""
    def tags(names: list[str]) -> str:
        return ("tag " if len(names) == 1 else "tags ") + ", ".join(names)

    it = "it" if len(add or drop) == 1 else "them"
    if add and not drop:
        return f"added {tags(add)} to {count(changed)} ({unchanged} already had {it})"
    if drop and not add:
        return f"removed {tags(drop)} from {count(changed)} ({unchanged} did not have {it})"
    return f"retagged {count(changed)} (+{', +'.join(add)} -{', -'.join(drop)}; {unchanged} already so)"
