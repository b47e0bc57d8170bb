"""`timeline resolve`: settle a conflict `timeline merge` left (both versions kept, marked)."""

from __future__ import annotations

import click

from timeline_cli.cli_options import pass_app, store_option
from timeline_cli.errors import UsageError
from timeline_cli.sanitize import say


@click.command(help="""Resolve a merge conflict left by `timeline merge`.

ID is either version of the conflicting event (a unique prefix is enough). --ours keeps the
version that kept the original id (the branch merged into, or the first store of a union),
--theirs keeps the other version's content under the original id, --edit opens
$VISUAL/$EDITOR on our version, with theirs shown in comments, and keeps what you save. The
other version is removed and the `conflict` mark cleared, in one atomic write.

For "changed on one side, deleted on the other", the side that deleted it wins by removing
it (remembered, as `timeline rm` does), the side that changed it by keeping it.
""", epilog="""\b
Examples:
  timeline conflicts --format plain | grep merge     # the marked events
  timeline resolve 052b --ours
  timeline resolve 052b --theirs
  timeline resolve 052b --edit
""")
@click.argument("event_id", metavar="ID")
@click.option("--ours", is_flag=True, help="Keep our version.")
@click.option("--theirs", is_flag=True, help="Keep their version (under the original id).")
@click.option("--edit", "edit_", is_flag=True, help="Edit our version in $EDITOR, theirs shown beside it.")
@store_option
@pass_app
def resolve(app, event_id, ours, theirs, edit_):
    from timeline_cli.commands._pick import pick, same_as_read
    from timeline_cli.merge import marked_pair, resolved
    from timeline_cli.store import Store

    # three flags, not one option with three values: `--ours --theirs` kept the last one typed
    sides = [name for name, given in (("ours", ours), ("theirs", theirs), ("edit", edit_)) if given]
    if len(sides) != 1:
        raise UsageError("say which version to keep: one of --ours, --theirs or --edit" if sides else
                         "say which version to keep: --ours, --theirs or --edit",
                         hint="`timeline show ID` shows both versions")
    side = sides[0]
    from timeline_cli.commands._pick import refuse_stdin

    refuse_stdin(app)  # before the store is read: stdin can be read once
    [event] = pick(app, [event_id], None, what="resolve")
    events = Store(app.store_path, cache=True).events()
    try:
        marked = marked_pair(event, events)
    except ValueError as exc:
        raise UsageError(str(exc), hint="`timeline conflicts` lists the events a merge marked") from None
    if side == "edit":
        keep, gone = _edit(marked)
        if keep is None:
            say("no changes; the conflict is left as it was")
            return
    else:
        try:
            keep, gone = resolved(marked, side)
        except ValueError as exc:
            other = "ours" if side == "theirs" else "theirs"
            raise UsageError(f"cannot keep {side}: {exc}",
                             hint=f"`timeline resolve {event_id} --{other}` keeps the version left") from None
    today = app.today()
    with app.transaction(create=False) as txn:
        for version in (marked.ours, marked.theirs):
            if version is not None:
                same_as_read(txn, version)
        for old_id in gone:
            # a deletion that wins is remembered, as `timeline rm` does; a dropped version is not
            txn.remove(old_id, remember=keep is None, on=today)
        if keep is not None:
            txn.replace(keep)
    if keep is None:
        say(f"resolved: {gone[0]} removed (the deleting side wins)")
    else:
        say(f"resolved: {keep.id} kept" + (f", {', '.join(gone)} removed" if gone else ""))


def _edit(marked):
    from timeline_cli.commands.edit import edit_in_editor
    from timeline_cli.merge import resolved
    from timeline_cli.tomlwrite import event_block

    base, gone = resolved(marked, "ours" if marked.ours is not None else "theirs")
    if base is None:  # ours deleted it: edit their version instead
        base, gone = resolved(marked, "theirs")
    assert base is not None  # a conflict has two sides, and only one of them can be a deletion
    other = marked.theirs if marked.theirs is not None and marked.theirs.id != base.id else None
    note = ""
    if other is not None:
        note = "their version, for reference (not saved):\n" + event_block(other.with_(conflict="")).rstrip()
    edited = edit_in_editor([base], note)
    if edited is None:
        return None, ()
    return edited[0], gone
