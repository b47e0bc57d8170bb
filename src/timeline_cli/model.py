"""The event record (see DESIGN.md): its one schema table, the Event class, how its id is made.

`FIELDS` is the only list of the record's fields. Everything that needs to know the fields
reads it: the store (loading and validation), the snapshot cache (rows), the TOML writer,
the import/export formats, `fields` (what a value may hold), `merge` (which fields merge as
sets) and `diff` (how a change is named). Adding a field means adding one `Field` here and
the attribute on `Event` (an import-time check keeps the two in step).

`when` stays an EDTF string on the record; `timeline_cli.when.parse_when` turns it
into bounds and granularity when sorting or filtering needs them.
"""

from __future__ import annotations

import hashlib
import unicodedata
from dataclasses import MISSING, dataclass, fields, replace
from datetime import date
from typing import Any, Callable

STATUSES = ("reported", "confirmed", "disputed")
MODS = ("early", "mid", "late")

# The kinds of value a field holds; each kind has one normaliser (timeline_cli.fields), one
# import reader (formats.rows), one way to be written and compared.
ONE_LINE = "one_line"  # str, one line, a key: white space around it dropped, controls refused
PROSE = "prose"        # str, may span lines: line breaks unified, controls made visible
LIST = "list"          # tuple[str, ...] of one-line items; merges as a set
DATE = "date"          # datetime.date (a day, no time) or None
BOOL = "bool"          # bool
SPAN = "span"          # tuple[int, int] character offsets, or None
KINDS = (ONE_LINE, PROSE, LIST, DATE, BOOL, SPAN)

_LIST_HINT = "give a list of non-blank strings (in CSV/TSV: items separated by '; ')"


@dataclass(frozen=True, slots=True)
class Field:
    """One field of the event record.

    name: attribute, TOML key and export column. kind: one of KINDS. type: the Python type
    of a set value. default: the value meaning "not set" (MISSING for required fields).
    label: the field in a reader's words (diff output). help: what it holds, one line.
    hint: how to fix a bad value (import errors). choices: the allowed values of a one-line
    field, "" aside. change: the kind of change `timeline diff` reports for it ("" when diff
    classifies the change itself, as for `when`).
    """

    name: str
    kind: str
    type: type
    default: Any
    label: str
    help: str
    hint: str = ""
    choices: tuple[str, ...] = ()
    change: str = ""

    @property
    def required(self) -> bool:
        return self.default is MISSING


# Field order on disk and in every export: stable so output is deterministic.
FIELDS: tuple[Field, ...] = (
    Field("id", ONE_LINE, str, MISSING, "id", "1-64 letters, digits or . _ : -; made by make_id when not given",
          hint="leave 'id' empty to have it computed, or use 1-64 letters, digits or . _ : -",
          change="id-changed"),
    Field("when", ONE_LINE, str, MISSING, "date", "the statement's date as strict EDTF (2024-11-04, 2024-06~, ../2024-11-06)",
          hint="write an EDTF date such as 2024-10-24, 2024-10, 2024-06~, 2024-10-08/2024-10-13 or ../2024-11-06",
          change=""),  # diff names a date change itself (narrowed, widened, moved...)
    Field("text", PROSE, str, MISSING, "text", "the statement itself",
          hint="every event needs its statement in the 'text' field", change="text-edited"),
    Field("source", ONE_LINE, str, "", "source", "where the statement was read (a file name or URL)",
          change="source-changed"),
    Field("reported", DATE, date, None, "report date", "the day the source published it",
          hint="write the publication date as YYYY-MM-DD, e.g. 2024-11-06, or leave it empty",
          change="reported-changed"),
    Field("reported_assumed", BOOL, bool, False, "report date assumed",
          "true when the document carried no date and the ingest day was assumed",
          hint="write true or false (or leave it empty for false)", change="reported-assumed-changed"),
    Field("by", ONE_LINE, str, "", "claimant", "who makes the claim", change="claimant-changed"),
    Field("tags", LIST, tuple, (), "tags", "the user's labels", hint=_LIST_HINT, change="tags-changed"),
    Field("actors", LIST, tuple, (), "actors", "who acts in the statement", hint=_LIST_HINT,
          change="actors-changed"),
    Field("places", LIST, tuple, (), "places", "where it happens", hint=_LIST_HINT, change="places-changed"),
    Field("status", ONE_LINE, str, "", "status", "how far the statement is established",
          hint=f"use one of {', '.join(STATUSES)}, or leave it empty", choices=STATUSES,
          change="status-changed"),
    Field("span", SPAN, tuple, None, "span", "[start, end] character offsets of the statement in its source",
          hint="write character offsets as START-END (e.g. 120-184) or [120, 184], or leave it empty",
          change="span-changed"),
    Field("note", PROSE, str, "", "note", "the user's free-form note", change="note-changed"),
    Field("mod", ONE_LINE, str, "", "early/mid/late", "early, mid or late part of the date",
          hint=f"use one of {', '.join(MODS)}, or leave it empty", choices=MODS, change="mod-changed"),
    # Set by `timeline merge` on both versions of an event changed differently on two sides.
    Field("conflict", ONE_LINE, str, "", "merge conflict mark",
          "set by `timeline merge` on both versions of an event changed differently on two sides",
          change="conflict-changed"),
)

FIELD = {f.name: f for f in FIELDS}
FIELD_ORDER = tuple(f.name for f in FIELDS)
REQUIRED = tuple(f.name for f in FIELDS if f.required)

# Values that mean "not set": an optional field holding one of these is left out on disk.
EMPTY = ("", None, (), False)


def names(*kinds: str) -> tuple[str, ...]:
    """The names of the fields of these kinds, in FIELD_ORDER: names(LIST) -> tags, actors, places."""
    return tuple(f.name for f in FIELDS if f.kind in kinds)


@dataclass(frozen=True, slots=True)
class Event:
    """One dated statement. Empty strings / empty tuples / None mean 'not set'.

    Its attributes are the fields of FIELDS, in that order, with those defaults.
    """

    id: str
    when: str
    text: str
    source: str = ""
    reported: date | None = None
    # True when the document carried no date and the ingest day was assumed.
    reported_assumed: bool = False
    by: str = ""
    tags: tuple[str, ...] = ()
    actors: tuple[str, ...] = ()
    places: tuple[str, ...] = ()
    status: str = ""
    span: tuple[int, int] | None = None
    note: str = ""
    mod: str = ""
    # Set by `timeline merge` on both versions of an event changed differently on two sides.
    conflict: str = ""

    def with_(self, **changes: Any) -> "Event":
        return replace(self, **changes)

    def to_dict(self, *, keep_empty: bool = False) -> dict[str, Any]:
        """Plain dict in FIELD_ORDER; empty optional fields dropped unless keep_empty."""
        out: dict[str, Any] = {}
        for f in FIELDS:
            value = getattr(self, f.name)
            if value is not None and f.type is tuple:
                value = list(value)
            if not keep_empty and not f.required and value in ("", None, [], False):
                continue
            out[f.name] = value
        return out


EVENT_FIELDS = tuple(f.name for f in fields(Event))
assert EVENT_FIELDS == FIELD_ORDER and all(
    f.default is FIELD[f.name].default for f in fields(Event)), "Event must have the fields of FIELDS, in order, with their defaults"


# ---------------------------------------------------------------- rows

# An event as a plain tuple in FIELD_ORDER, dates as day ordinals: what the snapshot cache
# stores (marshal-friendly) and what ingest workers send back (~6x cheaper to pickle).
# Both converters are generated from FIELDS as straight-line code: a warm read of a big store
# builds one Event per row, and a loop over the fields would double its cost.


def _row_converters() -> tuple[Any, Any, Any]:
    values = [f"v{i}" for i in range(len(FIELDS))]
    to_row = ", ".join(f"(e.{f.name}.toordinal() if e.{f.name} is not None else None)" if f.kind == DATE
                       else f"e.{f.name}" for f in FIELDS)
    from_row = ", ".join(f"(date.fromordinal({v}) if {v} else None)" if f.kind == DATE else v
                         for f, v in zip(FIELDS, values))
    from_days = ", ".join(f"(day({v}) if {v} else None)" if f.kind == DATE else v for f, v in zip(FIELDS, values))
    source = (f"def event_to_row(e):\n    return ({to_row},)\n"
              f"def event_from_row(row):\n    {', '.join(values)}, = row\n    return Event({from_row})\n"
              f"def event_from_row_days(row, day):\n    {', '.join(values)}, = row\n    return Event({from_days})\n")
    scope: dict[str, Any] = {"Event": Event, "date": date}
    exec(compile(source, "<timeline_cli.model rows>", "exec"), scope)
    return scope["event_to_row"], scope["event_from_row"], scope["event_from_row_days"]


event_to_row: Callable[[Event], tuple[Any, ...]]
event_from_row: Callable[[tuple[Any, ...]], Event]
event_from_row_days: Callable[[tuple[Any, ...], Callable[[int], date]], Event]
event_to_row, event_from_row, event_from_row_days = _row_converters()
event_to_row.__doc__ = "`event` as a row: a tuple in FIELD_ORDER, dates as day ordinals."
event_from_row.__doc__ = "The Event of a row made by event_to_row: event_from_row(event_to_row(e)) == e."
event_from_row_days.__doc__ = ("event_from_row, each date made by `day(ordinal)`: one date object for every event of "
                               "a day (ingest's report dates: 32 bytes an event otherwise)")


# ---------------------------------------------------------------- identity


def normalise_text(text: str) -> str:
    """Text as compared for identity: NFC, whitespace folded, case kept."""
    return " ".join(unicodedata.normalize("NFC", text).split())


def make_id(text: str, when: str, source: str = "") -> str:
    """Stable 12-hex-digit id: the same statement, date and source always give the same id,
    so re-adding or re-ingesting a statement never duplicates it."""
    key = "\x1f".join((source, when, normalise_text(text)))
    # surrogatepass: an undecodable command-line byte must reach validation, not crash here
    return hashlib.blake2b(key.encode("utf-8", "surrogatepass"), digest_size=6).hexdigest()
