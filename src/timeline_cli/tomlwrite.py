"""Write one event as a TOML `[[event]]` block, fast and always the same way.

The store can hold 100k events and is rewritten whole by ingest, import and merge, so this
is on the hot path: ~10x faster than a general writer. Strings are TOML basic strings with
the escapes TOML requires (quote, backslash, control characters; tabs and all other Unicode
kept as they are, so the file stays readable); lists are inline (`tags = ["a", "b"]`) so one
field is one line in `git diff`. Values of any other type go through tomli-w, the general
writer. tests/test_store.py checks that tomllib reads back exactly what was written.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any, Callable, Mapping

from timeline_cli.model import BOOL, DATE, EMPTY, FIELDS, ONE_LINE, PROSE, SPAN, Event

_ESCAPES = {i: f"\\u{i:04x}" for i in [*range(0x20), 0x7F] if i != 0x09}
_ESCAPES.update({0x08: "\\b", 0x0A: "\\n", 0x0C: "\\f", 0x0D: "\\r", 0x22: '\\"', 0x5C: "\\\\"})
# A character that _ESCAPES rewrites: most values hold none, and one search is ~5x cheaper
# than translate's dictionary look-up per character.
_NEEDS_ESCAPE = re.compile("[" + "".join(f"\\x{i:02x}" for i in sorted(_ESCAPES)) + "]")


_LAYOUT = tuple((f.name, f.required) for f in FIELDS)  # (name, required) in FIELD_ORDER


def string(value: str) -> str:
    if _NEEDS_ESCAPE.search(value) is None:
        return '"' + value + '"'
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
    _append_fields(event, lines)
    lines.append("")
    return "\n".join(lines)


def _fields_writer() -> Callable[[Event, list[str]], None]:
    """`append_fields(event, lines)`: one `key = value` line per set field, in FIELD_ORDER, as
    straight-line code generated from FIELDS (ingest formats every event it reads: a loop
    over the fields with getattr cost a third more). A value of its kind's usual type is
    written here, anything else by literal(), so the text is literal()'s either way."""
    # (lists, mostly empty, always go to literal())
    fast = {ONE_LINE: "_string({v}) if type({v}) is str", PROSE: "_string({v}) if type({v}) is str",
            DATE: "{v}.isoformat() if type({v}) is _date", BOOL: "('true' if {v} else 'false') if type({v}) is bool",
            SPAN: "f'[{{{v}[0]}}, {{{v}[1]}}]' if type({v}) is tuple and len({v}) == 2 and type({v}[0]) is int "
                  "and type({v}[1]) is int"}
    body = []
    for i, ((name, required), kind) in enumerate(zip(_LAYOUT, (f.kind for f in FIELDS))):
        v = f"v{i}"
        value = f"{fast[kind].format(v=v)} else _literal({v})" if kind in fast else f"_literal({v})"
        append = f"lines.append({name + ' = '!r} + ({value}))"
        body.append(f"    {v} = e.{name}")
        body.append(f"    {append}" if required else f"    if {v} not in _EMPTY:\n        {append}")
    source = "def append_fields(e, lines):\n" + "\n".join(body) + "\n"
    scope: dict[str, Any] = {"_string": string, "_literal": literal, "_date": date, "_EMPTY": EMPTY}
    exec(compile(source, "<timeline_cli.tomlwrite fields>", "exec"), scope)
    return scope["append_fields"]


_append_fields = _fields_writer()
