"""`timeline merge`: three-way merge of stores (a git merge driver), or a union with --union."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from timeline_cli.cli_options import NamedPath, failures_exit, pass_app, store_option
from timeline_cli.errors import UsageError


def _read(path: str):
    """(events, memory) of a store file; an empty file (git's %O when both branches added the
    store) is an empty store."""
    from timeline_cli import store
    from timeline_cli.memory import Memory

    from timeline_cli.errors import StoreMissing
    from timeline_cli.gitread import NAMED_MISSING_HINT

    try:
        text = store.read_text(path)
    except StoreMissing as exc:
        raise StoreMissing(exc.message, hint=NAMED_MISSING_HINT) from None
    if not text.strip():
        return [], Memory()
    return store.loads_store(text, origin="<stdin>" if path == "-" else path)


@click.command(help="""Merge timeline stores by event id.

\b
timeline merge BASE OURS THEIRS [-o OUT]   three-way: what changed from BASE on either side
timeline merge --union A B [C...] [-o OUT]  every event of every store, duplicates once

Three-way: events added on either side are kept; deletions are honoured; an event changed
on one side takes that change, and an event changed on both sides is merged field by field
(tags, actors and places as sets). A field changed differently on both sides is a conflict:
both versions are kept as ordinary events (theirs under a new id), each with a `conflict`
field naming the other, so `timeline show` marks them with `!` and `timeline conflicts`
lists them; `timeline resolve ID --ours|--theirs|--edit` settles one. The stores' memory
(events removed with `timeline rm`, verdicts on conflict findings) merges too: what either
side added is kept, what either side dropped is dropped (unless the other side changed it:
an alias re-pointed on one side and removed on the other stays re-pointed), and an event the
merge keeps wins over a memory of its removal. A link on one side and an unlink of the same
statements on the other cannot both hold: ours is kept. A name both sides alias to different
claimants keeps ours, and an alias of theirs that closes a cycle with ours (A -> B, B -> A) is
left out; each is said on stderr with the command that takes theirs. The output is always a valid store, never `<<<<<<<` text. Exit status: 0 clean,
1 conflicts (the merged store is still written), 2 trouble (nothing written).

\b
As a git merge driver:
  echo 'timeline.toml merge=timeline' >> .gitattributes
  git config merge.timeline.driver "timeline merge %O %A %B -o %A"

With --union the stores need no common base: the same event (same id, or the same date,
source and text) is kept once; the same id with different content is a conflict as above.
OUT is written atomically after the merged store is validated; `-` (default) is stdout.
""", epilog="""\b
Examples:
  timeline merge base.toml ours.toml theirs.toml -o merged.toml
  timeline merge --union alice.toml bob.toml -o team.toml
  git config merge.timeline.driver "timeline merge %O %A %B -o %A"
""")
@click.argument("stores", nargs=-1, required=True, metavar="BASE OURS THEIRS", type=NamedPath())
@click.option("--union", "union_", is_flag=True, help="Union of any number of stores, without a base.")
@click.option("-o", "--output", metavar="OUT", type=NamedPath("OUT", output=True), default="-", show_default=True,
              help="Write the merged store to OUT (replaced atomically); `-` is stdout.")
@click.option("--quiet", "-q", is_flag=True, help="Do not list the conflicts on stderr.")
@store_option
@pass_app
@click.pass_context
def merge(ctx, app, stores, union_, output, quiet):
    # OUT holding a store (the --store one, or any file holding a store: git's %A temp file
    # included) is locked from reading the inputs to writing OUT, so `merge --union STORE
    # OTHER -o STORE` cannot drop events added meanwhile (App.output_lock, as for filter -o).
    with failures_exit(2), app.output_lock(output):
        result = _merge(stores, union_)
        text = _validated(result.events, result.memory)
        if output in ("-", ""):
            sys.stdout.write(text)  # on a terminal, sanitize.guard_streams escapes controls
            sys.stdout.flush()
        else:
            from timeline_cli.sanitize import names_terminal, terminal_safe

            if names_terminal(output):  # -o /dev/tty is shown, not stored: escaped like stdout
                text = terminal_safe(text)
            _write(Path(output), text)
    if result.notes and not quiet:
        from timeline_cli.sanitize import say

        for note in result.notes:
            say(f"merge: {note}")
    if result.conflicts:
        if not quiet:
            from timeline_cli.sanitize import say

            where = "the output" if output in ("-", "") else output
            say(f"merge: {len(result.conflicts)} conflict(s); both versions kept in {where}:")
            for c in result.conflicts:
                pair = f"{c.id} / {c.other_id}" if c.other_id else c.id
                say(f"  {pair}: {c.description}")
            say("Hint: see them with `timeline conflicts`; settle each with "
                "`timeline resolve ID --ours|--theirs|--edit`")
        ctx.exit(1)
    ctx.exit(0)


def _merge(stores: tuple[str, ...], union_: bool):
    from timeline_cli.merge import three_way, union

    if list(stores).count("-") > 1:
        raise UsageError("only one store can be read from stdin", hint="save the others to files")
    if union_:
        read = [_read(p) for p in stores]
        return union([events for events, _ in read], [memory for _, memory in read])
    if len(stores) != 3:
        raise UsageError(
            f"a three-way merge takes exactly three stores (BASE OURS THEIRS), got {len(stores)}",
            hint="to combine stores without a common base, add --union: timeline merge --union A B",
        )
    (base, bm), (ours, om), (theirs, tm) = (_read(p) for p in stores)
    return three_way(base, ours, theirs, memory=(bm, om, tm))


def _write(target: Path, text: str) -> None:
    """Replace OUT atomically; a device or pipe (`-o /dev/null`, a FIFO) is written into,
    never replaced: os.replace would swap the device node itself for a regular file."""
    from timeline_cli.store import write_atomic

    if target.exists() and not target.is_file():
        with open(target, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(text)
        return
    write_atomic(target, text, what="the merged store")


def _validated(events, memory=None) -> str:
    from timeline_cli import store

    text = store.dumps(events, memory=memory)
    store.loads(text, origin="the merged store")  # a bug must never write a bad store
    return text
