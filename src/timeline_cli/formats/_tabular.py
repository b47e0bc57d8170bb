"""What CSV and TSV share: the columns, list cells, and formula neutralisation.

Columns (one header row, then one row per event):

    id,when,start,end,text,source,reported,reported_assumed,by,tags,actors,places,status,span,note,mod,conflict

- `start`, `end`: the earliest and latest day `when` can mean (ISO `YYYY-MM-DD`), empty for
  an open end (`../2024-11-06` has no start). Derived: ignored on import, so editing `when`
  in a spreadsheet is enough.
- `reported`: ISO date or empty. `reported_assumed`: `true` or `false`.
- `span`: `START-END` character offsets, or empty.
- `tags`, `actors`, `places`: items joined with `; `. Inside an item a backslash is written
  `\\\\`, a semicolon `\\;`, and whitespace at the very start or end of an item is
  backslash-escaped too (`\\ `). On import the cell is split at unescaped `;`, unescaped
  whitespace around each item is trimmed, `\\x` becomes `x`, and empty items are dropped.
  So `a;b`, `a; b` and `a ; b` typed by hand all read as `["a", "b"]`, and every list of
  non-blank items survives export -> import unchanged.

Formula neutralisation (OWASP "CSV injection"). A spreadsheet runs a cell as a formula
when it starts with `=`, `+`, `-`, `@`, a tab or a carriage return (and some do the same for
the full-width `＝＋－＠`). By default every cell (as it stands in the file, i.e. after TSV
escaping) that starts with one of those, possibly after leading `'`s and invisible characters
(bidi controls, zero-width characters, a BOM), gets one more `'` in front: `=HYPERLINK(...)`
is written `'=HYPERLINK(...)`, `'=x` is written `''=x`, a zero-width space then `=x` `'` + it.

The default (safe) import reverses exactly that: it removes one leading `'` when the cell
is one or more `'` followed by a trigger character (after invisible characters). Because export also prefixes cells that
already start with `'`s before a trigger, safe export -> safe import is lossless for every
value, and a cell a person typed without a leading `'` is never changed. `raw=True` on
both sides turns neutralisation off (round trip lossless too). Mixing the modes is not:
a raw export of the text `'=x` read back in safe mode loses its `'`, and a safe export
read in raw mode keeps the added `'`. Use the same mode on both sides.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from timeline_cli.errors import InputError
from timeline_cli.formats._common import EXPORT_FIELDS, IGNORED_ON_IMPORT, LIST_FIELDS, export_record
from timeline_cli.model import Event
from timeline_cli.sanitize import BIDI_CONTROLS

COLUMNS: tuple[str, ...] = EXPORT_FIELDS
TRIGGERS = "=+-@\t\r\uff1d\uff0b\uff0d\uff20"
# Invisible characters a trigger can hide behind (bidi controls, zero-width characters, BOM):
# a program that drops them before it looks at the first character would run the formula.
INVISIBLE = BIDI_CONTROLS + "\u200b\u200c\u200d\u2060\ufeff"
_NEEDS_PREFIX = re.compile("'*[" + INVISIBLE + "]*[" + re.escape(TRIGGERS) + "]")
_ADDED_PREFIX = re.compile("'+[" + INVISIBLE + "]*[" + re.escape(TRIGGERS) + "]")
ITEM_SEPARATOR = "; "


def neutralise(cell: str) -> str:
    """Prefix `'` so a spreadsheet shows the cell as text (see module docstring)."""
    return "'" + cell if _NEEDS_PREFIX.match(cell) else cell


def unneutralise(cell: str) -> str:
    """Undo `neutralise`: drop one `'` before `'*` + trigger; any other cell is unchanged."""
    return cell[1:] if _ADDED_PREFIX.match(cell) else cell


def join_items(items: Sequence[str]) -> str:
    parts = []
    for item in items:
        last = len(item) - 1
        parts.append("".join(
            "\\" + ch if ch in "\\;" or (ch.isspace() and i in (0, last)) else ch
            for i, ch in enumerate(item)
        ))
    return ITEM_SEPARATOR.join(parts)


def split_items(cell: str) -> list[str]:
    items: list[str] = []
    current: list[tuple[str, bool]] = []

    def finish() -> None:
        # Trim by index: popping from the front one character at a time was quadratic in an
        # item's leading white space (320 KB of spaces before an item: 6.5 s).
        lo, hi = 0, len(current)
        while lo < hi and not current[lo][1] and current[lo][0].isspace():
            lo += 1
        while hi > lo and not current[hi - 1][1] and current[hi - 1][0].isspace():
            hi -= 1
        if lo < hi:
            items.append("".join(ch for ch, _ in current[lo:hi]))
        current.clear()

    i = 0
    while i < len(cell):
        ch = cell[i]
        if ch == "\\" and i + 1 < len(cell):
            current.append((cell[i + 1], True))
            i += 2
            continue
        if ch == ";":
            finish()
        else:
            current.append((ch, False))
        i += 1
    finish()
    return items


def event_cells(event: Event) -> list[str]:
    """The event's cells in COLUMNS order, before any format-level escaping."""
    record = export_record(event)
    cells = []
    for name in COLUMNS:
        value = record[name]
        if name in LIST_FIELDS:
            cells.append(join_items(value))
        elif name == "span":
            cells.append("" if value is None else f"{value[0]}-{value[1]}")
        elif name == "reported_assumed":
            cells.append("true" if value else "false")
        else:
            cells.append("" if value is None else value)
    return cells


def check_header(header: list[str], origin: str) -> None:
    seen: set[str] = set()
    known = [name for name in header if name in COLUMNS]
    if not known:
        raise InputError(
            f"{origin}: line 1 is not a header row",
            hint=f"start the file with a header naming the columns, e.g. {','.join(COLUMNS)}",
        )
    for name in header:
        if name not in COLUMNS and name not in IGNORED_ON_IMPORT:  # source_*, fact...: derived, ignored
            raise InputError(
                f"{origin}: unknown column {name!r} in the header",
                hint=f"columns are {', '.join(COLUMNS)}; rename or remove that one",
            )
        if name in seen:
            raise InputError(f"{origin}: column {name!r} appears twice in the header",
                             hint="keep one of them")
        seen.add(name)


def cells_to_row(header: list[str], cells: list[str], origin: str, number: int) -> dict | None:
    """A dict of field -> value for one data row (lists split); None for an empty row."""
    if not any(cell.strip() for cell in cells):
        return None
    if len(cells) > len(header) and any(c.strip() for c in cells[len(header):]):
        raise InputError(
            f"{origin}: row {number}: {len(cells)} cells but the header names {len(header)} columns",
            hint="quote cells that contain the separator, or add the missing column to the header",
        )
    row: dict = {}
    for name, cell in zip(header, cells):
        row[name] = split_items(cell) if name in LIST_FIELDS else cell
    return row
