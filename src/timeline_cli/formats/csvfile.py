"""CSV export and import (RFC 4180).

Columns, list cells and formula neutralisation: see `timeline_cli.formats._tabular`.

Quoting follows RFC 4180 through the csv module: a cell is wrapped in double quotes when it
holds a comma, a double quote (doubled inside) or a line break, which is kept inside the
quotes. Records end with CRLF ("\\r\\n") as RFC 4180 says and every spreadsheet expects. So
that neither a CRLF nor a lone CR inside a cell is changed, the caller must open files with
`newline=""` both when writing and when reading (csv module rule). No byte order mark is
written; a leading one is ignored on import.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from typing import TextIO

from timeline_cli.errors import InputError
from timeline_cli.formats._common import FACT_FIELDS, SOURCE_FIELDS, described, fact_of, has_described, has_facts
from timeline_cli.formats._tabular import (
    COLUMNS, cells_to_row, check_header, event_cells, neutralise, unneutralise,
)
from timeline_cli.model import Event

NAME = "csv"
EXTENSIONS = (".csv",)
DESCRIPTION = "comma-separated values for spreadsheets (formulas neutralised unless --raw)"
LINETERMINATOR = "\r\n"


OPTIONS = ("facts",)


def export(events: Sequence[Event], out: TextIO, *, raw: bool = False, sources=None, facts=None) -> None:
    writer = csv.writer(out, lineterminator=LINETERMINATOR)
    titled = has_described(events, sources)  # source_title, source_url: see _common
    grouped = has_facts(events, facts)  # fact, sources, agreement: see _common
    writer.writerow(COLUMNS + (SOURCE_FIELDS if titled else ()) + (FACT_FIELDS if grouped else ()))
    for event in events:
        cells = event_cells(event) + (list(described(event, sources)) if titled else [])
        if grouped:
            cells += [str(v) for v in fact_of(event, facts)]
        writer.writerow(cells if raw else [neutralise(c) for c in cells])


# The csv module refuses cells over 128 KiB by default; a statement exported from a store can be
# longer (a 1 MB paragraph), and export -> import must round-trip. Documents are capped at 256 MB.
FIELD_LIMIT = 256 * 1024 * 1024


def load(text: str, *, origin: str, raw: bool = False) -> list[dict]:
    if csv.field_size_limit() < FIELD_LIMIT:
        csv.field_size_limit(FIELD_LIMIT)
    reader = csv.reader(io.StringIO(text.removeprefix("\ufeff"), newline=""), strict=True)
    rows: list[dict] = []
    header: list[str] | None = None
    try:
        for cells in reader:
            if header is None:
                if not any(c.strip() for c in cells):
                    continue
                header = [c.strip() for c in cells]
                check_header(header, origin)
                continue
            if not raw:
                cells = [unneutralise(c) for c in cells]
            row = cells_to_row(header, cells, origin, len(rows) + 1)
            if row is not None:
                rows.append(row)
    except csv.Error as exc:
        raise InputError(
            f"{origin}: line {reader.line_num}: not valid CSV ({exc})",
            hint="a cell holding a comma, quote or line break must be in double quotes, with quotes inside doubled",
        ) from None
    return rows
