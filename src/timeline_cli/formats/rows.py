"""The one place where imported rows become Events.

Every importer (csv, tsv, json, jsonl, toml) turns its text into plain dicts of field
values and hands each one to `row_to_event`. The importers only undo their own syntax;
everything that can be wrong with a value is found here, so every format reports the
same problem with the same words: `<origin>: row <n>: field '<name>': <problem>` plus a
hint naming the fix. The final checks are the store's own (`store.event_from_dict`, which
applies `timeline_cli.fields` to every value), so an imported event is exactly as valid, and
normalised the same way, as one read from a store: white space around values is dropped,
control characters are refused in one-line fields and made harmless in prose.

What a row may hold (a missing key, None and "" all mean "not set"):

- `when` (required): an EDTF value (`2024-10-24`, `2024-06~`, `../2024-11-06`, ...) or an
  ordinary date as `timeline add` reads it (`fields.typed_when`), stored as its EDTF form;
  "late June 2024" also sets `mod` (an explicit `mod` that differs is an error).
- `text` (required, not blank).
- `id`: 1-64 letters, digits or `. _ : -`; computed with `model.make_id` when missing.
- `reported`: a `datetime.date` or an ISO date string `YYYY-MM-DD`.
- `reported_assumed`: a bool or one of true/false/yes/no/1/0 (any case).
- `tags`, `actors`, `places`: lists of strings; items must not be blank.
- `span`: `[start, end]` non-negative ints (start <= end) or the string `START-END`.
- `status` (reported/confirmed/disputed), `mod` (early/mid/late), `source`, `by`,
  `note`, `conflict`: strings.
- `start`, `end`: derived from `when` by the exporters; ignored on import.
Any other key is refused: a typo must not silently drop data.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from typing import Any

from timeline_cli.errors import InputError
from timeline_cli.fields import CHARACTER_HINT
from timeline_cli.formats._common import IGNORED_ON_IMPORT, LIST_FIELDS  # noqa: F401 (LIST_FIELDS: re-exported)
from timeline_cli.model import BOOL, DATE, FIELD, FIELD_ORDER, FIELDS, LIST, REQUIRED, SPAN, Event, make_id

_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}\Z")
_SPAN = re.compile(r"\s*(\d+)\s*-\s*(\d+)\s*\Z")
_SURROGATE = re.compile("[\ud800-\udfff]")
_TRUE = frozenset({"true", "yes", "1"})
_FALSE = frozenset({"false", "no", "0"})

# How to fix a bad value of each field: the schema table's hints (model.FIELDS).
HINTS = {f.name: f.hint for f in FIELDS if f.hint}
_DEFAULT_HINT = "fix that value in the file, then run the command again"


class _FieldProblem(Exception):
    def __init__(self, name: str, problem: str, hint: str = "") -> None:
        super().__init__(name, problem)
        self.name = name
        self.problem = problem
        self.hint = hint  # the fix of this problem, when the field's own hint is not it


def _unset(value: Any) -> bool:
    return value is None or (isinstance(value, str) and value == "")


def _type_name(value: Any) -> str:
    return {dict: "an object", list: "a list", tuple: "a list", bool: "a boolean",
            int: "a number", float: "a number", str: "a string"}.get(type(value), type(value).__name__)


def _when(value: Any) -> tuple[str, str]:
    """(EDTF, mod) of a `when` value: "late June 2024" is June 2024, late, as `add` reads it."""
    from timeline_cli.fields import typed_when

    if not isinstance(value, str):
        raise _FieldProblem("when", f"must be a string, not {_type_name(value)}")
    typed = _field(typed_when, value)
    if typed.clock:  # the store keeps days; `add` keeps the clock in its statement
        raise _FieldProblem("when", f"{value.strip()!r} has a time of day, which the store does not keep",
                            "give the day alone in 'when' and the time in 'text' (e.g. '10:30: ...')")
    return typed.edtf, typed.mod


def _mod_of_when(values: dict, mod: str) -> None:
    """Set the mod a typed `when` says ("late June 2024"), unless the row's `mod` says another."""
    if not mod:
        return
    given = values.get("mod", "")
    if isinstance(given, str) and given.strip() and given.strip().lower() != mod:
        raise _FieldProblem("mod", f"is {given.strip()!r} but 'when' says {mod!r}",
                            "drop the word from 'when' or make 'mod' agree with it")
    values["mod"] = mod


def _field(rule, *args, **kwargs):
    """A `timeline_cli.fields` rule, its FieldError as this module's _FieldProblem."""
    from timeline_cli.fields import FieldError

    try:
        return rule(*args, **kwargs)
    except FieldError as exc:
        raise _FieldProblem(exc.field, exc.problem, exc.hint) from None


def _day(name: str, value: Any) -> date:
    if isinstance(value, datetime):
        raise _FieldProblem(name, "must be a date without a time of day, e.g. 2024-11-06")
    if isinstance(value, date):
        return value
    if isinstance(value, str) and _ISO_DATE.match(value.strip()):
        try:
            return date.fromisoformat(value.strip())
        except ValueError as exc:
            raise _FieldProblem(name, f"{value!r} is not a real day ({exc})") from None
    raise _FieldProblem(name, f"must be a date like 2024-11-06, not {value!r}")


def _flag(name: str, value: Any) -> bool:
    if isinstance(value, bool):
        return value
    if isinstance(value, str) and value.strip().lower() in _TRUE | _FALSE:
        return value.strip().lower() in _TRUE
    raise _FieldProblem(name, f"must be true or false, not {value!r}")


def _span(name: str, value: Any) -> list[int]:
    if isinstance(value, str):
        match = _SPAN.match(value)
        if not match:
            raise _FieldProblem(name, f"must be START-END character offsets, not {value!r}")
        try:
            return [int(match.group(1)), int(match.group(2))]
        except ValueError:  # more than 4300 digits
            raise _FieldProblem(name, "holds a number too long to be a character offset") from None
    if isinstance(value, (list, tuple)):
        return list(value)
    raise _FieldProblem(name, f"must be [start, end] or START-END, not {_type_name(value)}")


def _items(name: str, value: Any) -> list[str]:
    if not isinstance(value, (list, tuple)):
        raise _FieldProblem(name, f"must be a list of strings, not {_type_name(value)}")
    for position, item in enumerate(value, 1):
        if not isinstance(item, str):
            raise _FieldProblem(name, f"item {position} must be a string, not {_type_name(item)}")
        if not item.strip():
            raise _FieldProblem(name, f"item {position} is blank")
    return list(value)


# How an import reads a value of each kind beyond what the store accepts ("2024-11-06" for a
# date, "yes" for a flag, "120-184" for a span); one-line and prose values go as they are.
_READERS = {DATE: _day, BOOL: _flag, SPAN: _span}


def _canonical(row: dict) -> dict:
    """Row values in the store's own types (what store.event_from_dict expects)."""
    values: dict = {}
    when_mod = ""
    for key, value in row.items():
        if key in IGNORED_ON_IMPORT:
            continue
        if not isinstance(key, str) or key not in FIELD_ORDER:
            raise _FieldProblem(str(key), "is not a timeline field")
        if _unset(value):
            continue
        if _has_surrogate(value):
            raise _FieldProblem(key, "holds a lone surrogate (like the JSON escape \\ud800): not valid Unicode text",
                                CHARACTER_HINT)
        kind = FIELD[key].kind
        if key == "when":
            value, when_mod = _when(value)
        elif kind in _READERS:
            value = _READERS[kind](key, value)
        elif kind == LIST:
            value = _items(key, value)
            if not value:
                continue
        values[key] = value
    _mod_of_when(values, when_mod)
    for name in REQUIRED:
        if name == "id":
            continue  # computed below when missing
        if name not in values:
            raise _FieldProblem(name, "is missing")
    for name in ("text", "source"):
        if not isinstance(values.get(name, ""), str):
            raise _FieldProblem(name, f"must be a string, not {_type_name(values[name])}")
    if not values["text"].strip():
        raise _FieldProblem("text", "is blank")
    if "id" not in values:
        # the id of the values as stored: a re-import of "2024-11-04 " finds "2024-11-04"
        from timeline_cli.fields import normalise

        for name in ("text", "source"):
            if name in values:
                values[name] = _field(normalise, name, values[name])
        values["id"] = make_id(values["text"], values["when"], values.get("source", ""))
    return values


def _has_surrogate(value: Any) -> bool:
    if isinstance(value, str):
        return _SURROGATE.search(value) is not None
    if isinstance(value, (list, tuple)):
        return any(isinstance(item, str) and _SURROGATE.search(item) is not None for item in value)
    return False


def row_to_event(row: dict, *, origin: str, number: int) -> Event:
    """Validate one imported row and build its Event; InputError names origin, row and field."""
    from timeline_cli.store import event_from_dict

    where = f"{origin}: row {number}"
    if not isinstance(row, dict):
        raise InputError(
            f"{where}: expected a record of fields ({', '.join(FIELD_ORDER[:3])}, ...), got {_type_name(row)}",
            hint="each row must be one event: an object with at least 'when' and 'text'",
        )
    try:
        values = _canonical(row)
        try:
            return event_from_dict(values)
        except ValueError as exc:
            name, problem = exc.args
            raise _FieldProblem(name, problem, getattr(exc, "hint", "")) from None  # fields.FieldError
    except _FieldProblem as exc:
        if exc.problem == "is not a timeline field" or exc.problem.startswith("unknown field"):
            raise InputError(
                f"{where}: unknown field '{exc.name}'",
                hint=f"known fields: {', '.join(FIELD_ORDER)} (start and end are ignored); rename or remove it",
            ) from None
        raise InputError(
            f"{where}: field '{exc.name}': {exc.problem}",
            hint=exc.hint or HINTS.get(exc.name, _DEFAULT_HINT),
        ) from None
