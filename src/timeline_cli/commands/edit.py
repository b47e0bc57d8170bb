"""`timeline edit`: correct events with field options, or in $VISUAL/$EDITOR as TOML blocks."""

from __future__ import annotations

import contextlib
import os
import subprocess
import sys
import tempfile

import click

from timeline_cli.cli_options import FILTER_HELP, DayDate, UserDateParam, filter_options, pass_app, store_option
from timeline_cli.commands._pick import confirm, count, pick, same_as_read, warn_links_set_aside
from timeline_cli.errors import TimelineError, UsageError
from timeline_cli.sanitize import isatty, say

# option name -> field, for the options that set one field
SETTERS = {"when": "when", "text": "text", "by": "by", "source": "source", "note": "note",
           "status": "status", "reported": "reported"}
# whole-statement fields: changing them on many events at once is almost surely a mistake
ONE_EVENT_ONLY = ("when", "text", "source")


@click.command(help=f"""Correct events: with field options, or in your editor.

With field options, each named event gets those values: `timeline edit 052b --when
2024-10-23`. With ids, --by, --source, --tag and --status set the claimant, the source, a tag
(repeatable) and the status (`none` clears it); without ids they are filters, as in every
command (`timeline tag` and `timeline status` change a filtered selection). `--untag` removes a tag (repeatable); `--actor`/`--place` set the
list (repeatable; '' clears); an empty value clears an optional field (--note '').

Without field options, $VISUAL (else $EDITOR) opens the events' [[event]] TOML blocks (one
event by id, or every event the filters select). On save the text is checked as the store
checks it; on a mistake the editor opens again with the error at the top (when run on a
terminal; otherwise the error is printed and nothing changes). Quit without saving, or
empty the file, to change nothing.

An edited event keeps its id, so re-ingesting its source does not bring back the old
version; ids cannot be changed. The store is written once, atomically, or not at all.

{FILTER_HELP}
""", epilog="""\b
Examples:
  timeline edit 052b --when 2024-10-23
  timeline edit 052b --when "late June 2024"  # June 2024, its last part (as add reads it)
  timeline edit 052b --status confirmed --tag kursk --note "two sources agree"
  timeline edit 052b                         # $EDITOR on its TOML block
  timeline edit --grep 'troops' --source ap  # $EDITOR on every matching block
""")
@click.argument("ids", nargs=-1, metavar="[ID]...")
@filter_options
@click.option("--when", type=UserDateParam(), default=None,
              help="The date (EDTF, '23 Oct 2024', or 'late June 2024' as `add` reads it).")
@click.option("--text", default=None, help="The statement.")
@click.option("--reported", default=None, metavar="DATE", help="The report date, a day ('' clears).")
@click.option("--note", default=None, help="The note ('' clears).")
@click.option("--untag", "drop_tags", multiple=True, metavar="TAG", help="Remove a tag (repeatable).")
@click.option("--actor", "actors", multiple=True, metavar="NAME", help="Set the actors (repeatable; '' clears).")
@click.option("--place", "places", multiple=True, metavar="NAME", help="Set the places (repeatable; '' clears).")
@click.option("--yes", "-y", is_flag=True, help="Do not ask before changing several events.")
@store_option
@pass_app
def edit(app, ids, query, when, text, reported, note, drop_tags, actors, places, yes):
    # --by, --source, --tag and --status are the filters' options too: with ids they set the
    # claimant, source, a tag and the status of those events; without ids they select events
    # (as in every command; `timeline tag` and `timeline status` change a filtered selection).
    values = {"when": None, "text": text, "reported": reported, "note": note}
    if when is not None:
        values.update(_date_values(when))
    add_tags: tuple[str, ...] = ()
    if ids:
        given = click.get_current_context().params  # ('' given, to clear, is not None: not given)
        if query.by or given.get("by") == "":
            values["by"] = query.by
        if query.source or given.get("source") == "":
            values["source"] = query.source
        if query.status:
            if len(query.status) > 1:
                raise UsageError("--status takes one value in `timeline edit`", hint="e.g. --status confirmed")
            values["status"] = "" if query.status[0] == "none" else query.status[0]
        add_tags = query.tags
        query = _without(query, by="", source="", status=(), tags=())
    set_ = {name: value for name, value in values.items() if value is not None}
    if "reported" in set_ and set_["reported"]:
        set_["reported"] = DayDate().convert(set_["reported"], None, None)
    for name, items in (("actors", actors), ("places", places)):
        if items:
            set_[name] = tuple(i for i in items if i.strip())
    events = pick(app, ids, query, what="edit")
    if not events:
        say("no event matched; nothing was changed")
        raise click.exceptions.Exit(1)
    if set_ or add_tags or drop_tags:
        _with_options(app, events, set_, add_tags, drop_tags, yes)
    else:
        _with_editor(app, events)


def _date_values(typed) -> dict[str, str]:
    """The fields a typed --when sets: its EDTF and the part of it meant ("late June 2024"),
    which replaces the event's old one ("June 2024" clears a "late"), as `add` keeps them."""
    if typed.clock:
        raise UsageError(f"--when holds a time of day ({typed.clock}), which the store does not keep",
                         hint="give the day in --when and the time in --text (e.g. --text '10:30: ...')")
    return {"when": typed.edtf, "mod": typed.mod}


def _without(query, **changes):
    import dataclasses

    return dataclasses.replace(query, **changes)


def _with_options(app, events, set_, add_tags, drop_tags, yes) -> None:
    from timeline_cli.commands._pick import apply_changes, listing
    from timeline_cli.editing import change_fields

    whole = [name for name in ONE_EVENT_ONLY if name in set_]
    if whole and len(events) > 1:
        raise UsageError(f"--{whole[0]} changes one event at a time ({len(events)} selected)",
                         hint="name one event by its id, or use the editor: timeline edit with filters and no field options")
    # every value checked before anything is written (an error leaves the store untouched)
    planned = {e.id: change_fields(e, set_=set_, add={"tags": add_tags}, drop={"tags": drop_tags}) for e in events}
    confirm(sum(planned[e.id] != e for e in events), "Change", yes, [listing(e) for e in events[:20]])
    changed = apply_changes(app, events, lambda e: planned[e.id])
    say(f"edited {count(len(changed))}" + ("" if changed else " (the values were already so)"))


def _editor() -> str:
    for name in ("VISUAL", "EDITOR"):
        value = os.environ.get(name, "").strip()
        if value:
            return value
    raise UsageError("no editor: set $VISUAL or $EDITOR (e.g. export EDITOR=nano)",
                     hint="or give field options: timeline edit ID --when 2024-10-23")


def _run_editor(editor: str, path: str) -> None:
    # Through the shell, like git: EDITOR may carry arguments ("code --wait").
    try:
        result = subprocess.run(["/bin/sh", "-c", editor + ' "$@"', editor, path])
    except OSError as exc:
        raise UsageError(f"cannot run the editor {editor!r}: {exc.strerror or exc}",
                         hint="check $VISUAL / $EDITOR") from None
    if result.returncode in (126, 127):  # the shell's "cannot run" and "not found"
        name = next((n for n in ("VISUAL", "EDITOR") if os.environ.get(n, "").strip()), "EDITOR")
        raise UsageError(f"the editor {editor!r} (${name}) "
                         f"{'was not found' if result.returncode == 127 else 'cannot be run'}; nothing was changed",
                         hint=f"set ${name} to an installed editor (e.g. export {name}=nano), "
                              "or give field options: timeline edit ID --when 2024-10-23")
    if result.returncode != 0:
        raise TimelineError(f"the editor {editor!r} exited with status {result.returncode}; nothing was changed",
                            hint="save and quit normally to apply the edit (in vi: :wq)")


def edit_in_editor(events, note: str = ""):
    """Open $VISUAL/$EDITOR on the events' TOML blocks (`note`: `#` lines shown above them)
    until what was saved is valid; the edited events (ids unchanged), or None when the user
    changed nothing or emptied the file. Off a terminal a mistake is an EditError at once."""
    from timeline_cli.editing import EditError, edit_text, is_empty, parse_edited, with_error

    editor = _editor()
    interactive = isatty(sys.stdin) and isatty(sys.stderr)
    original = edit_text(events, note)
    text = original
    fd, path = tempfile.mkstemp(prefix="timeline-edit-", suffix=".toml")
    os.close(fd)
    try:
        while True:
            with open(path, "w", encoding="utf-8") as fh:
                fh.write(text)
            _run_editor(editor, path)
            problem: EditError | None = None
            try:
                with open(path, encoding="utf-8") as fh:
                    new_text = fh.read()
            except UnicodeDecodeError:
                new_text, problem = text, EditError("the edited file is not UTF-8 text", hint="save it as UTF-8")
            except FileNotFoundError:  # (not the user's path: "check the path" would mislead)
                raise TimelineError("the editor removed the file it was given; nothing was changed",
                                    hint="save the file in place and quit the editor") from None
            # saved as it was opened (or emptied): the user changed their mind
            if problem is None and (new_text == text or new_text == original or is_empty(new_text)):
                return None
            if problem is None:
                try:
                    return parse_edited(new_text, events)
                except EditError as exc:
                    problem = exc
            if not interactive:
                raise problem
            text = with_error(new_text, problem.message)
    finally:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(path)


def _with_editor(app, events) -> None:
    from timeline_cli.commands._pick import refuse_stdin

    refuse_stdin(app)
    edited = edit_in_editor(events)
    changed = [new for old, new in zip(events, edited or events) if new != old]
    if not changed:
        say("no changes; nothing was written")
        return
    with app.transaction(create=False) as txn:
        for old, new in zip(events, edited):
            if new != old:
                same_as_read(txn, old)
                txn.replace(new)
        warn_links_set_aside(txn, [new.id for old, new in zip(events, edited) if new.when != old.when])
    say(f"edited {count(len(changed))}")


__all__ = ["edit", "confirm"]
