"""Rows read from a CSV, TSV, JSON, JSONL or TOML file -> events, checked and de-duplicated,
then the ones a store does not hold yet (`timeline import`).

No CLI here (no click, no Rich): `timeline import` reads the file, shows a progress bar if
it likes (`progress=` is called once per row checked) and prints the summary.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable, Iterable

from timeline_cli.errors import InputError, TimelineError
from timeline_cli.model import Event

__all__ = ["Checked", "check_rows", "statement_key", "add_new"]


@dataclass(slots=True)
class Checked:
    """The valid events of a file, once each, in file order; and why the invalid rows were
    skipped (with skip_invalid)."""

    events: list[Event] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)


def check_rows(rows: list[dict], *, origin: str, skip_invalid: bool = False,
               progress: Callable[[], object] | None = None) -> Checked:
    """Each row as an Event (formats.rows.row_to_event checks every field). A row repeating an
    earlier row's id is kept once when it is the same event, and is an error otherwise. The
    first invalid row raises its TimelineError, unless `skip_invalid`: then its message is
    kept in `skipped` and the row left out."""
    from timeline_cli.formats.rows import row_to_event

    advance = progress or (lambda: None)
    checked = Checked()
    seen_ids: dict[str, tuple[int, Event]] = {}
    for number, row in enumerate(rows, 1):
        try:
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
        advance()
    return checked


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
