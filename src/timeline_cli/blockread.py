"""Read one `[[event]]` block in the store's canonical layout, about 4x faster than tomllib.

A store of 100k events spends most of a cold load in Python's TOML reader. The blocks this
program writes (tomlwrite.event_block) use a tiny part of TOML: one `key = value` per line,
basic strings, integers, dates, booleans and inline arrays of those. `read` reads exactly
that part and returns None for anything else (comments, other spacing, CRLF, floats,
dotted keys, a duplicate key, an escape TOML refuses...), so the caller hands the block to
tomllib: for what it accepts, `read` returns what tomllib would (tests/test_blockread.py
compares them), and it never has to reproduce tomllib's errors.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any

# `key = value` where value is a basic string (no raw control character but tab: TOML refuses
# them; a backslash only as an escape, checked by _string), a date, an integer, a boolean or
# an inline array (read by _array).
_CHARS = r'[^"\\\x00-\x08\x0a-\x1f\x7f]'
_STR = r'"(' + _CHARS + r'*(?:\\[^\x00-\x1f\x7f]' + _CHARS + r'*)*)"'
_INT = r"(0|-?[1-9][0-9]*)"
_LINE = re.compile(r"([A-Za-z0-9_-]+) = (?:" + _STR + r"|([0-9]{4}-[0-9]{2}-[0-9]{2})|" + _INT
                   + r"|(true|false)|\[(.*)\])")
_ITEM = re.compile(_STR + "|" + _INT)
_ESCAPE = re.compile(r"\\(?:u([0-9A-Fa-f]{4})|U([0-9A-Fa-f]{8})|(.))")
_SIMPLE = {'"': '"', "\\": "\\", "b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t"}
HEADER = "[[event]]"


class _Refused(Exception):
    """Outside the canonical part of TOML: tomllib decides."""


def _unescape(match: re.Match[str]) -> str:
    short, long_, simple = match.groups()
    if simple is not None:
        if simple not in _SIMPLE:
            raise _Refused  # tomllib: "Unescaped '\\' in a string"
        return _SIMPLE[simple]
    code = int(short or long_, 16)
    if 0xD800 <= code <= 0xDFFF or code > 0x10FFFF:
        raise _Refused  # tomllib: "not a Unicode scalar value"
    return chr(code)


def _string(body: str) -> str:
    return _ESCAPE.sub(_unescape, body) if "\\" in body else body


def _array(inside: str) -> list[Any]:
    """The items of an inline array `[inside]`: strings and integers, ", " between them."""
    items: list[Any] = []
    pos, end = 0, len(inside)
    while pos < end:
        m = _ITEM.match(inside, pos)
        if m is None:
            raise _Refused
        items.append(_string(m.group(1)) if m.group(2) is None else int(m.group(2)))
        pos = m.end()
        if pos < end:
            if not inside.startswith(", ", pos) or pos + 2 == end:
                raise _Refused
            pos += 2
    return items


def _value(m: re.Match[str]) -> Any:
    _, text, day, number, boolean, array = m.groups()
    if text is not None:
        return _string(text)
    if day is not None:
        return date.fromisoformat(day)  # ValueError for a day that does not exist: refused
    if number is not None:
        return int(number)
    if boolean is not None:
        return boolean == "true"
    return _array(array)


def read(block: str) -> dict[str, Any] | None:
    """The table of one `[[event]]` block (with or without the newline before it), as tomllib
    would read it; None when the block is not in the canonical layout."""
    lines = block.split("\n")
    first = 1 if lines[0] == "" else 0
    if len(lines) <= first or lines[first] != HEADER or "\r" in block:
        return None
    table: dict[str, Any] = {}
    try:
        for line in lines[first + 1:]:
            if not line:
                continue
            m = _LINE.fullmatch(line)
            if m is None:
                return None
            key = m.group(1)
            if key in table:
                return None
            table[key] = _value(m)
    except (_Refused, ValueError):  # ValueError: int() of more than 4300 digits
        return None
    return table
