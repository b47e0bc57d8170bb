"""The event record (see DESIGN.md) and how its id is made.

`when` stays an EDTF string on the record; `timeline_cli.when.parse_when` turns it
into bounds and granularity when sorting or filtering needs them.
"""

from __future__ import annotations

import hashlib
import unicodedata
from dataclasses import dataclass, fields, replace
from datetime import date

STATUSES = ("reported", "confirmed", "disputed")
MODS = ("early", "mid", "late")

# Field order on disk and in every export: stable so output is deterministic.
FIELD_ORDER = (
    "id", "when", "text", "source", "reported", "reported_assumed", "by",
    "tags", "actors", "places", "status", "span", "note", "mod", "conflict",
)


@dataclass(frozen=True, slots=True)
class Event:
    """One dated statement. Empty strings / empty tuples / None mean 'not set'."""

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

    def with_(self, **changes) -> "Event":
        return replace(self, **changes)

    def to_dict(self, *, keep_empty: bool = False) -> dict:
        """Plain dict in FIELD_ORDER; empty optional fields dropped unless keep_empty."""
        out: dict = {}
        for name in FIELD_ORDER:
            value = getattr(self, name)
            if isinstance(value, tuple) and name != "span":
                value = list(value)
            elif name == "span" and value is not None:
                value = list(value)
            if not keep_empty and name not in ("id", "when", "text") and value in ("", None, [], False):
                continue
            out[name] = value
        return out


EVENT_FIELDS = tuple(f.name for f in fields(Event))
assert set(EVENT_FIELDS) == set(FIELD_ORDER), "FIELD_ORDER must list every Event field"


def normalise_text(text: str) -> str:
    """Text as compared for identity: NFC, whitespace folded, case kept."""
    return " ".join(unicodedata.normalize("NFC", text).split())


def make_id(text: str, when: str, source: str = "") -> str:
    """Stable 12-hex-digit id: the same statement, date and source always give the same id,
    so re-adding or re-ingesting a statement never duplicates it."""
    key = "\x1f".join((source, when, normalise_text(text)))
    # surrogatepass: an undecodable command-line byte must reach validation, not crash here
    return hashlib.blake2b(key.encode("utf-8", "surrogatepass"), digest_size=6).hexdigest()
