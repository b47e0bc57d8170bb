"""Rows read from a CSV, TSV, JSON, JSONL or TOML file -> events, checked and de-duplicated,
then the ones a store does not hold yet (`timeline import`), or, with `--update`, the edits a
spreadsheet made to the events it holds (matched by id).

No CLI here (no click, no Rich): `timeline import` reads the file, shows a progress bar if
it likes (`progress=` is called once per row checked) and prints the summary.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable, Iterable

from timeline_cli.errors import InputError, TimelineError
from timeline_cli.model import Event

__all__ = ["Checked", "check_rows", "statement_key", "add_new", "Applied", "apply_rows"]


@dataclass(slots=True)
class Checked:
    """The valid events of a file, once each, in file order; and why the invalid rows were
    skipped (with skip_invalid)."""

    events: list[Event] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    # The fields each event's row carried (parallel to `events`): an update replaces only
    # these, so a file holding just `id,status` changes statuses and nothing else.
    columns: list[frozenset[str]] = field(default_factory=list)


def check_rows(rows: list[dict], *, origin: str, skip_invalid: bool = False,
               progress: Callable[[], object] | None = None,
               known: Callable[[str], Event | None] | None = None) -> Checked:
    """Each row as an Event (formats.rows.row_to_event checks every field). A row repeating an
    earlier row's id is kept once when it is the same event, and is an error otherwise. The
    first invalid row raises its TimelineError, unless `skip_invalid`: then its message is
    kept in `skipped` and the row left out.

    `known(id)` (for updates) returns the stored event of an id: a row naming it may leave out
    required fields (a file of just `id,status`), which are then taken from the store."""
    from timeline_cli.formats.rows import row_to_event

    advance = progress or (lambda: None)
    checked = Checked()
    seen_ids: dict[str, tuple[int, Event]] = {}
    for number, row in enumerate(rows, 1):
        try:
            carried = _columns(row) if isinstance(row, dict) else frozenset()
            if known is not None and isinstance(row, dict):
                row = _fill_required(row, known)
            event = row_to_event(row, origin=origin, number=number)
            first = seen_ids.get(event.id)
            if first is not None and first[1] != event:
                raise InputError(f"{origin}: row {number}: field 'id': {event.id} is also row {first[0]}, "
                                 "with other values",
                                 hint="give each row its own id, or leave 'id' empty to compute it")
        except TimelineError as exc:
            if not skip_invalid:
                raise
            checked.skipped.append(exc.message)
        else:
            if event.id not in seen_ids:
                seen_ids[event.id] = (number, event)
                checked.events.append(event)
                checked.columns.append(carried)
        advance()
    return checked


def _columns(row: dict) -> frozenset[str]:
    from timeline_cli.model import FIELD_ORDER

    return frozenset(key for key in row if key in FIELD_ORDER and key != "id")


def _fill_required(row: dict, known: Callable[[str], Event | None]) -> dict:
    from timeline_cli.model import REQUIRED

    event_id = row.get("id")
    missing = [name for name in REQUIRED if name not in row]
    if not missing or not isinstance(event_id, str) or not event_id.strip():
        return row
    stored = known(event_id.strip())
    if stored is None:
        return row
    return {**row, **{name: getattr(stored, name) for name in missing}}


def statement_key(event: Event) -> tuple[str, str, str]:
    """What makes two events the same statement whatever their ids: text (normalised), date
    and source."""
    from timeline_cli.model import normalise_text

    return (normalise_text(event.text), event.when, event.source)


def add_new(txn, events: Iterable[Event]) -> int:
    """Add to a store transaction the events it holds neither by id nor as the same statement;
    how many were added."""
    statements = {statement_key(e) for e in txn.events}
    added = 0
    for event in events:
        key = statement_key(event)
        if key in statements:
            continue
        if txn.add(event):
            statements.add(key)
            added += 1
    return added


@dataclass(slots=True)
class Applied:
    """What `apply_rows` did. `differing` lists (id, names of the fields that differ) for rows
    that match a stored event by id but were not applied (plain import, without --update)."""

    added: int = 0
    updated: int = 0
    unchanged: int = 0
    differing: list[tuple[str, tuple[str, ...]]] = field(default_factory=list)
    # ids the store remembers as removed (`timeline rm`): left out, or brought back with restore
    skipped_removed: list[str] = field(default_factory=list)
    restored: list[str] = field(default_factory=list)
    moved: list[str] = field(default_factory=list)  # updated events whose date changed


def changed_fields(old: Event, new: Event) -> tuple[str, ...]:
    """The names of the fields whose values differ, in FIELD_ORDER."""
    from timeline_cli.model import FIELD_ORDER

    return tuple(name for name in FIELD_ORDER if getattr(old, name) != getattr(new, name))


def apply_rows(txn, checked: Checked, *, update: bool = False, restore: bool = False) -> Applied:
    """Put checked rows into a store transaction.

    A row whose id the store holds is an edit of that event: with `update`, the fields its
    row carries replace the stored ones (the id stays, so a later ingest of the event's
    source does not bring back the old version); without, it is left alone and reported in
    `differing` when it differs. Any other row is added unless the store holds the same
    statement (text, date and source) under another id.

    A row whose id the store remembers as removed (`timeline rm`) is left out, as `ingest`
    leaves it out: an old spreadsheet must not undo a review. `restore` brings it back, with
    the row's values.
    """
    applied = Applied()
    fresh: list[Event] = []
    columns = checked.columns
    if len(columns) != len(checked.events):  # built by hand: every field counts as carried
        from timeline_cli.model import FIELD_ORDER

        columns = [frozenset(FIELD_ORDER) - {"id"}] * len(checked.events)
    removed = txn.removed
    for event, carried in zip(checked.events, columns):
        old = txn.get(event.id)
        if old is None:
            if event.id in removed:
                if not restore:
                    applied.skipped_removed.append(event.id)
                    continue
                applied.restored.append(event.id)  # adding it clears the memory of its removal
            fresh.append(event)
            continue
        # only what the row carried: a column the file lacks is not a request to clear it
        new = old.with_(**{name: getattr(event, name) for name in carried})
        differ = changed_fields(old, new)
        if not differ:
            applied.unchanged += 1
        elif update:
            txn.replace(new)
            applied.updated += 1
            if new.when != old.when:
                applied.moved.append(new.id)
        else:
            applied.differing.append((event.id, differ))
    before = len(fresh)
    applied.added = add_new(txn, fresh)
    applied.unchanged += before - applied.added  # the same statement under another id
    return applied
