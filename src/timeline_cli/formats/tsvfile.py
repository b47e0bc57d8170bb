"""TSV export and import: tab-separated, one event a line, no quoting.

Columns, list cells and formula neutralisation: see `timeline_cli.formats._tabular`.

Inside a cell a backslash is written `\\\\`, a tab `\\t`, a line feed `\\n` and a carriage
return `\\r`, so a record never spans lines and `cut -f5` gives the statements. Lines end
with "\\n"; on import a trailing "\\r" (CRLF files) is dropped, `\\` followed by any other
character is kept as it is (so a hand-typed `C:\\docs` survives), and neutralisation is
undone before unescaping (it was applied to the escaped cell, which is what a spreadsheet
sees).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TextIO

from timeline_cli.formats._common import FACT_FIELDS, SOURCE_FIELDS, described, fact_of, has_described, has_facts
from timeline_cli.formats._tabular import (
    COLUMNS, cells_to_row, check_header, event_cells, neutralise, unneutralise,
)
from timeline_cli.model import Event

NAME = "tsv"
EXTENSIONS = (".tsv", ".tab")
DESCRIPTION = "tab-separated values, one event a line (formulas neutralised unless --raw)"

_ESCAPES = {"\\": "\\\\", "\t": "\\t", "\n": "\\n", "\r": "\\r"}
_ESCAPE_RE = re.compile(r"[\\\t\n\r]")
_UNESCAPES = {"\\": "\\", "t": "\t", "n": "\n", "r": "\r"}
_UNESCAPE_RE = re.compile(r"\\(.)", re.S)


def escape(cell: str) -> str:
    return _ESCAPE_RE.sub(lambda m: _ESCAPES[m.group()], cell)


def unescape(cell: str) -> str:
    return _UNESCAPE_RE.sub(lambda m: _UNESCAPES.get(m.group(1), m.group()), cell)


OPTIONS = ("facts",)


def export(events: Sequence[Event], out: TextIO, *, raw: bool = False, sources=None, facts=None) -> None:
    titled = has_described(events, sources)  # source_title, source_url: see _common
    grouped = has_facts(events, facts)  # fact, sources, agreement: see _common
    out.write("\t".join(COLUMNS + (SOURCE_FIELDS if titled else ()) + (FACT_FIELDS if grouped else ())) + "\n")
    for event in events:
        extra = list(described(event, sources)) if titled else []
        if grouped:
            extra += [str(v) for v in fact_of(event, facts)]
        cells = [escape(c) for c in event_cells(event) + extra]
        if not raw:
            cells = [neutralise(c) for c in cells]
        out.write("\t".join(cells) + "\n")


def load(text: str, *, origin: str, raw: bool = False) -> list[dict]:
    rows: list[dict] = []
    header: list[str] | None = None
    for line in text.removeprefix("\ufeff").split("\n"):
        line = line.removesuffix("\r")
        if header is None:
            if line.strip():
                header = [c.strip() for c in line.split("\t")]
                check_header(header, origin)
            continue
        cells = line.split("\t")
        if not raw:
            cells = [unneutralise(c) for c in cells]
        row = cells_to_row(header, [unescape(c) for c in cells], origin, len(rows) + 1)
        if row is not None:
            rows.append(row)
    return rows
