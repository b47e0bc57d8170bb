"""Write one event as a TOML `[[event]]` block, fast and always the same way.

The store can hold 100k events and is rewritten whole by ingest, import and merge, so this
is on the hot path: ~10x faster than a general writer. Strings are TOML basic strings with
the escapes TOML requires (quote, backslash, control characters; tabs and all other Unicode
kept as they are, so the file stays readable); lists are inline (`tags = ["a", "b"]`) so one
field is one line in `git diff`. Values of any other type go through tomli-w, the general
writer. tests/test_store.py checks that tomllib reads back exactly what was written.
"""

from __future__ import annotations

from datetime import date
from typing import Mapping

from timeline_cli.model import EMPTY, FIELDS, Event

_ESCAPES = {i: f"\\u{i:04x}" for i in [*range(0x20), 0x7F] if i != 0x09}
_ESCAPES.update({0x08: "\\b", 0x0A: "\\n", 0x0C: "\\f", 0x0D: "\\r", 0x22: '\\"', 0x5C: "\\\\"})


_LAYOUT = tuple((f.name, f.required) for f in FIELDS)  # (name, required) in FIELD_ORDER


def string(value: str) -> str:
    return '"' + value.translate(_ESCAPES) + '"'


def literal(value) -> str:
    if isinstance(value, str):
        return string(value)
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, date) and not hasattr(value, "hour"):
        return value.isoformat()
    if isinstance(value, (list, tuple)):
        return "[" + ", ".join(literal(v) for v in value) + "]"
    import tomli_w

    return tomli_w.dumps({"v": value})[4:].rstrip("\n")


# Blocks already formatted elsewhere (ingest's worker processes), by event id: the block of
# an event is reused only for the very same Event object, so it can never be stale. They are
# always handed over explicitly (`Transaction.add(event, block=...)`, which passes them on to
# `event_block(event, blocks)`): this module keeps no state between calls.
Blocks = Mapping[str, tuple[Event, str]]


def event_block(event: Event, blocks: Blocks | None = None) -> str:
    """`[[event]]` then one `key = value` line per set field, in FIELD_ORDER.

    `blocks`: blocks formatted elsewhere, used for the very same Event objects only.
    """
    if blocks:
        known = blocks.get(event.id)
        if known is not None and known[0] is event:
            return known[1]
    lines = ["[[event]]"]
    for name, required in _LAYOUT:
        value = getattr(event, name)
        if not required and value in EMPTY:
            continue
        lines.append(f"{name} = {literal(value)}")
    lines.append("")
    return "\n".join(lines)
