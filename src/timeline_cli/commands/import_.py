"""`timeline import`: events from CSV, TSV, JSON, JSONL or TOML into the store."""

from __future__ import annotations

import click

from timeline_cli.cli_options import NamedPath, pass_app, progress, store_option
from timeline_cli.errors import InputError
from timeline_cli.formats import import_choices

PROGRESS_MIN_ROWS = 5000


@click.command("import", epilog="""\b
Examples:
  timeline import events.csv
  timeline export --format jsonl | timeline --store copy.toml import - --format jsonl
  timeline import spreadsheet.csv --skip-invalid
  timeline import other-store.toml
  timeline export --format csv -o review.csv    # edit it in a spreadsheet, then:
  timeline import --update review.csv
""")
@click.argument("file", metavar="FILE|-", type=NamedPath())
@click.option("--format", "fmt", type=click.Choice(import_choices()), default=None,
              help="The file's format. Default: from the file name, else from its content.")
@click.option("--skip-invalid", is_flag=True,
              help="Import the valid rows and report the invalid ones, instead of importing nothing.")
@click.option("--update", is_flag=True,
              help="Apply the file's edits to the events it shares ids with (the fields its rows "
                   "carry replace the stored ones), as well as adding new events.")
@click.option("--restore", is_flag=True,
              help="Bring back rows whose events were removed with `timeline rm` (by default they stay removed).")
@click.option("--raw", is_flag=True,
              help="CSV/TSV written with `export --raw`: keep a leading ' exactly as it is.")
@click.option("--encoding", default="utf-8", show_default=True, help="The file's text encoding.")
@store_option
@pass_app
@click.pass_context
def import_(ctx, app, file, fmt, skip_invalid, update, restore, raw, encoding):
    """Import events from FILE (`-` for stdin) into the store.

    Every row is checked first; a bad row is reported with its number and field and
    nothing is written, unless --skip-invalid. Events already in the store (same id, or the
    same statement: text, date and source) are skipped, so importing twice adds nothing; a row
    whose id the store holds with other values is reported, and applied with --update (the
    event keeps its id, so re-ingesting its source does not bring the old version back). Rows
    of events removed with `timeline rm` stay out unless --restore.
    Exits 1 when rows were skipped as invalid.
    """
    from timeline_cli.docread import read_document, refuse_stdin_twice
    from timeline_cli.formats import IMPORTERS, guess_format
    from timeline_cli.importing import apply_rows, check_rows

    refuse_stdin_twice((file, app.store_path), what="FILE and --store")
    origin = "<stdin>" if file == "-" else file
    if file != "-" and _is_sqlite(file):  # (`export --format sqlite` writes one; never read back)
        raise InputError(f"{origin} is an SQLite database: sqlite files cannot be imported",
                         hint=f"import one of: {', '.join(import_choices())} (export the events again in one of them)")
    text = read_document(file, encoding=encoding)
    given = fmt is not None
    if fmt is None:
        fmt = guess_format(None if file == "-" else file, text)
        if fmt not in IMPORTERS:
            raise InputError(f"{origin}: {fmt} files cannot be imported",
                             hint=f"import one of: {', '.join(import_choices())}")
    try:
        rows = IMPORTERS[fmt].load(text, origin=origin, raw=raw)
    except InputError as exc:
        other = _format_said(None if file == "-" else file, text, fmt) if given else None
        if other is None:
            raise
        raise InputError(exc.message, hint=f"{other[1]} says {other[0]}, not {fmt}: import it with "
                         f"--format {other[0]}") from None
    with app.transaction() as txn:
        # A bar on stderr for big imports on a terminal; nothing when piped.
        with progress(app, len(rows), "checking rows", minimum=PROGRESS_MIN_ROWS, counts=False) as advance:
            checked = check_rows(rows, origin=origin, skip_invalid=skip_invalid, progress=advance,
                                 known=txn.get if update else None)
        applied = apply_rows(txn, checked, update=update, restore=restore)
        from timeline_cli.commands._pick import warn_links_set_aside

        warn_links_set_aside(txn, applied.moved)
    from timeline_cli.sanitize import say

    skipped = checked.skipped
    for message in skipped:
        say(f"skipped {message}")
    invalid = f"; {len(skipped)} invalid row(s) skipped" if skipped else ""
    if update:
        say(f"{applied.updated} updated, {applied.added} added, {applied.unchanged} unchanged "
            f"of {len(rows)} row(s) from {origin}{invalid}")
    else:
        say(f"imported {applied.added} new event(s) of {len(rows)} row(s) from {origin}{invalid}")
    if applied.skipped_removed:
        say(f"{len(applied.skipped_removed)} removed event(s) not brought back; --restore to bring them back")
    if applied.restored:
        say(f"{len(applied.restored)} removed event(s) brought back")
    if applied.differing:
        event_id, names = applied.differing[0]
        say(f"warning: {len(applied.differing)} row(s) hold an id the store has, with other values "
            f"(first: {event_id}, {', '.join(names)}); they were not applied. "
            f"Run `timeline import --update {'-' if file == '-' else click.format_filename(file)}` to apply them")
    if fmt == "toml":
        _warn_memory_left(text, origin, app.store_path)
    if skipped:
        ctx.exit(1)


_MEMORY_NAMES = (("aliases", "alias", "aliases"), ("links", "link", "links"), ("unlinks", "unlink", "unlinks"),
                 ("removed", "removal", "removals"), ("reviews", "review", "reviews"),
                 ("sources", "source title", "source titles"))


def _warn_memory_left(text: str, origin: str, store_path: str) -> None:
    """A store imported gives its events only: say which of its memory stayed behind (its
    aliases, links, removals...) and the command that keeps them. `export --format toml` writes
    them, and `import` of that file dropped them in silence."""
    import tomllib

    from timeline_cli.memory import memory_from_doc
    from timeline_cli.sanitize import say

    try:
        memory = memory_from_doc(tomllib.loads(text.removeprefix("\ufeff")), origin)
    except (ValueError, tomllib.TOMLDecodeError):
        return  # (its events were read: what the memory holds is not this warning's to judge)
    counts = [(len(getattr(memory, name)), one, many) for name, one, many in _MEMORY_NAMES]
    left = [f"{n} {one if n == 1 else many}" for n, one, many in counts if n]
    if left:
        from shlex import quote

        store, other = quote(store_path), quote(origin)
        say(f"warning: {origin} is a store: its events were imported, not its {', '.join(left)}; "
            f"`timeline merge --union {store} {other} -o {store}` keeps them")


def _format_said(filename: str | None, text: str, fmt: str) -> tuple[str, str] | None:
    """(format, "its content" or "its name") when the content, or else the file name, says an
    importable format other than the --format FMT that failed to read it (`x.tsv --format
    csv`), else None (content that reads as FMT is FMT's own error, whatever the name)."""
    from timeline_cli.formats import IMPORTERS, guess_format

    for what, name, sample in (("its content", None, text), ("its name", filename, "")):
        if name is None and not sample:
            continue
        try:
            said = guess_format(name, sample)
        except InputError:
            continue
        if said == fmt:
            return None
        return (said, what) if said in IMPORTERS else None
    return None


def _is_sqlite(path: str) -> bool:
    """A regular file that starts as an SQLite database does (a pipe is never read here: its
    bytes would be gone for the reader)."""
    import os

    if not os.path.isfile(path):
        return False
    try:
        with open(path, "rb") as fh:
            return fh.read(16) == b"SQLite format 3\x00"
    except OSError:
        return False  # (read_document says what is wrong with it)
