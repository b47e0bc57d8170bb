"""Changing events by hand, without a CLI: field changes as `timeline edit --when ...` gives
them, and the TOML text `timeline edit` opens in $EDITOR and reads back. Pure.

An edited event keeps its id, always: ids are made from the statement, date and source when
an event is first read, and re-ingesting that source makes the same id again, which the store
already holds, so the old version never comes back beside the corrected one. For the same
reason an id cannot be changed here.
"""

from __future__ import annotations

import tomllib
from typing import Any, Iterable, Sequence

from timeline_cli.errors import InputError
from timeline_cli.model import FIELD, FIELD_ORDER, LIST, STATUSES, Event
from timeline_cli.sanitize import safe_line

__all__ = ["EditError", "change_fields", "edit_text", "parse_edited", "with_error", "EDIT_HEADER"]


class EditError(InputError):
    """What the user wrote cannot be stored; the message says where and why."""


def change_fields(event: Event, *, set_: dict[str, Any] | None = None, add: dict[str, Iterable[str]] | None = None,
                  drop: dict[str, Iterable[str]] | None = None) -> Event:
    """`event` with fields replaced (`set_`), list items added (`add`) or removed (`drop`),
    every value normalised as the store keeps it (fields.normalise). The id never changes."""
    from timeline_cli.fields import FieldError, normalise

    values = {name: getattr(event, name) for name in FIELD_ORDER}
    try:
        for name, value in (set_ or {}).items():
            if name == "id":
                raise EditError("an event's id cannot be changed",
                                hint="ids stay as they are, so re-ingesting the source does not bring back the old version")
            values[name] = normalise(name, value) if value not in ("", None, ()) or FIELD[name].required \
                else FIELD[name].default
        for name, items in (add or {}).items():
            new = normalise(name, tuple(items))
            if name == "tags":  # tags match without case (`--tag`): "+Kursk" on "kursk" is already there
                have = {t.casefold() for t in values[name]}
                new = tuple(t for t in new if t.casefold() not in have)
            values[name] = tuple(dict.fromkeys((*values[name], *new)))
        for name, items in (drop or {}).items():
            gone = set(normalise(name, tuple(items)))
            if name == "tags":  # "-KURSK" removes "kursk", as `--tag KURSK` finds it
                folded = {t.casefold() for t in gone}
                values[name] = tuple(x for x in values[name] if x.casefold() not in folded)
            else:
                values[name] = tuple(x for x in values[name] if x not in gone)
    except FieldError as exc:
        raise EditError(f"{exc.field}: {exc.problem}", hint=exc.hint or FIELD[exc.field].hint or "fix that value") from None
    return Event(**values)


EDIT_HEADER = f"""\
# timeline edit: correct the values below, then save and quit to apply them.
# Quit without saving (or empty the file) to change nothing. Lines starting with # are ignored.
# The `id` lines cannot change: an edited event keeps its identity.
# Fields: {", ".join(FIELD_ORDER)}
# status is one of {", ".join(STATUSES)}; lists are written ["a", "b"]; dates as EDTF.
"""


def edit_text(events: Sequence[Event], note: str = "") -> str:
    """The text opened in the editor: instructions (and `note`, made `#` lines), then each
    event's [[event]] block."""
    from timeline_cli.tomlwrite import event_block

    extra = "".join(f"# {safe_line(line)}\n" for line in note.splitlines())
    return EDIT_HEADER + extra + "".join("\n" + event_block(e) for e in events)


def with_error(text: str, message: str) -> str:
    """The text re-opened after a mistake: the error as `# error:` lines at the top (an
    earlier error replaced), the rest as the user left it."""
    lines = text.split("\n")
    while lines and lines[0].startswith("# error:"):
        lines.pop(0)
    return f"# error: {safe_line(message)}\n# error: fix it, or empty the file to cancel\n" + "\n".join(lines)


def is_empty(text: str) -> bool:
    return all(not line.strip() or line.lstrip().startswith("#") for line in text.splitlines())


def parse_edited(text: str, originals: Sequence[Event]) -> list[Event]:
    """The events the edited text holds, checked as the store checks them, in the originals'
    order. EditError when it is not TOML, holds an unknown field or a bad value, changes or
    duplicates an id, or leaves out an event (removing is `timeline rm`'s job)."""
    from timeline_cli.store import check_event, event_from_dict

    try:
        doc = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise EditError(f"not valid TOML: {exc}", hint="write each value as `key = \"value\"`") from None
    extra = set(doc) - {"event"}
    if extra:
        raise EditError(f"unknown top-level key {sorted(extra)[0]!r}", hint="keep to the [[event]] tables")
    raws = doc.get("event", [])
    if not isinstance(raws, list):
        raise EditError("`event` must be [[event]] tables", hint="keep the [[event]] headers")
    wanted = {e.id: e for e in originals}
    out: dict[str, Event] = {}
    for n, raw in enumerate(raws, start=1):
        ident = raw.get("id") if isinstance(raw, dict) else None
        if not isinstance(ident, str) or ident.strip() not in wanted:
            raise EditError(f"event #{n}: ids cannot be changed through edit"
                            + (f" ({ident!r} is not one of the events being edited)" if isinstance(ident, str) else ""),
                            hint="put the id back as it was; to remove an event use `timeline rm`")
        try:
            event = event_from_dict(raw)
        except ValueError as exc:
            name, problem = exc.args
            hint = FIELD[name].hint if name in FIELD else f"known fields: {', '.join(FIELD_ORDER)}"
            raise EditError(f"event #{n} ({event_id(ident)}): field '{name}' {problem}", hint=hint or "fix that value") from None
        if event.id in out:
            raise EditError(f"event #{n}: id {event.id} appears twice", hint="keep one [[event]] per id")
        check_event(event)
        out[event.id] = event
    missing = [i for i in wanted if i not in out]
    if missing:
        raise EditError(f"event {missing[0]} is missing from the edited text",
                        hint="put its [[event]] block back; to remove an event use `timeline rm`")
    return [out[e.id] for e in originals]


def event_id(value: str) -> str:
    return safe_line(value.strip())


def list_fields() -> tuple[str, ...]:
    from timeline_cli.model import names

    return names(LIST)
