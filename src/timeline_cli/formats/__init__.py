"""Export and import formats: a registry of modules, imported only when one is used.

Each format is a module in this package exposing

    NAME: str                    the --format value
    EXTENSIONS: tuple[str, ...]  file name suffixes, lower case with the dot, first is canonical
    DESCRIPTION: str             one line for --help
    export(events, out, *, raw=False, sources=None) -> None
        write `events` (in the order given) to the text stream `out`; never opens files,
        never reads the clock. `raw` only matters for csv/tsv (formula neutralisation off).
        `sources`: the store's source table (sources.py, by source), for the formats that
        have a place for a source document's title and URL.

and, where the format carries every field (csv, tsv, json, jsonl, toml),

    load(text, *, origin, raw=False) -> list[dict]
        undo the format's own syntax and return one plain dict of field values per event;
        `formats.rows.row_to_event` validates them (one place for every format).

The table below names each module by path so that `timeline --version` or `--help` never
imports a format; `EXPORTERS[name]` / `IMPORTERS[name]` import on first use. A contract test
checks that every module's NAME, EXTENSIONS and DESCRIPTION match this table.
"""

from __future__ import annotations

import importlib
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from types import ModuleType
from typing import TYPE_CHECKING, TextIO

from timeline_cli.errors import InputError, UsageError

if TYPE_CHECKING:
    from timeline_cli.model import Event
    from timeline_cli.sources import Source


@dataclass(frozen=True, slots=True)
class FormatInfo:
    name: str
    module: str
    extensions: tuple[str, ...]
    description: str
    importable: bool
    binary: bool = False  # bytes, not text: written to a file (-o) or a pipe, never a terminal


_P = "timeline_cli.formats."
FORMATS: tuple[FormatInfo, ...] = (
    FormatInfo("toml", _P + "tomlstore", (".toml",),
               "the timeline store format itself (schema 1)", True),
    FormatInfo("csv", _P + "csvfile", (".csv",),
               "comma-separated values for spreadsheets (formulas neutralised unless --raw)", True),
    FormatInfo("tsv", _P + "tsvfile", (".tsv", ".tab"),
               "tab-separated values, one event a line (formulas neutralised unless --raw)", True),
    FormatInfo("json", _P + "jsonfile", (".json",),
               "one JSON array of event objects (shape pinned by a contract test)", True),
    FormatInfo("jsonl", _P + "jsonlines", (".jsonl", ".ndjson"),
               "JSON Lines: one event object a line", True),
    FormatInfo("md", _P + "markdown", (".md", ".markdown"),
               "Markdown chronology table (Date | Statement | Claimed by | Source [| Status | Tags | Note])", False),
    FormatInfo("ics", _P + "ical", (".ics", ".ical"),
               "iCalendar (RFC 5545): one all-day event per statement", False),
    FormatInfo("timelinejs", _P + "timelinejs", (".timelinejs.json",),
               "TimelineJS3 JSON ({\"events\": [...]}) for Knight Lab's TimelineJS", False),
    FormatInfo("html", _P + "htmlpage", (".html", ".htm"),
               "one self-contained, interactive HTML page: zoomable time axis, facets, search (works offline)", False),
    FormatInfo("sqlite", _P + "sqlite", (".db", ".sqlite", ".sqlite3"),
               "SQLite database (events, tags, actors, places, sources, full-text search) for Datasette, DuckDB, pandas",
               False, binary=True),
)
_BY_NAME: dict[str, FormatInfo] = {info.name: info for info in FORMATS}


class _LazyModules(Mapping[str, ModuleType]):
    """name -> format module, imported on first access."""

    def __init__(self, names: Sequence[str]) -> None:
        self._names = tuple(names)

    def __getitem__(self, name: str) -> ModuleType:
        if name not in self._names:
            raise KeyError(name)
        return importlib.import_module(_BY_NAME[name].module)

    def __iter__(self) -> Iterator[str]:
        return iter(self._names)

    def __len__(self) -> int:
        return len(self._names)

    def __contains__(self, name: object) -> bool:
        return name in self._names

    def __repr__(self) -> str:
        return f"<formats {', '.join(self._names)}>"


EXPORTERS: Mapping[str, ModuleType] = _LazyModules([f.name for f in FORMATS])
IMPORTERS: Mapping[str, ModuleType] = _LazyModules([f.name for f in FORMATS if f.importable])


def export_choices() -> tuple[str, ...]:
    """Names for `--format` of commands that write events (click.Choice)."""
    return tuple(EXPORTERS)


def import_choices() -> tuple[str, ...]:
    """Names for `--format` of commands that read events from a file."""
    return tuple(IMPORTERS)


def is_binary(name: str) -> bool:
    """Whether format `name` writes bytes (a database) rather than text."""
    return _BY_NAME[name].binary


def describe(name: str) -> str:
    """One-line description of a format, without importing it."""
    return _BY_NAME[name].description


def _sniff(text: str) -> str | None:
    head = text.lstrip("\ufeff \t\r\n")
    if not head:
        return None
    first_line = head.split("\n", 1)[0].rstrip("\r")
    if head.startswith("["):
        # `[[event]]` / `[table]` is TOML; `[` followed by `{`, `]` or a newline is JSON.
        after = head[1:].lstrip(" \t\r\n")
        if head.startswith("[[") and not after.startswith("{"):
            return "toml"
        if after[:1] in ("{", "]"):
            return "json"
        return None
    if head.startswith("{"):
        return "jsonl"
    if first_line.startswith(("schema", "#")) and "=" in head:
        return "toml"
    if "\t" in first_line:
        return "tsv"
    if "," in first_line:
        return "csv"
    return None


def guess_format(filename: str | None, text: str = "") -> str:
    """The format a file name (or, failing that, its text) says.

    The suffix wins (`.csv`, `.tsv`, `.json`, ...; `.timelinejs.json` before `.json`);
    a `.json` file whose text starts with `{` is JSON Lines. With no telling suffix
    (or `-` for stdin/stdout) the text is sniffed: `[{` JSON, `{` JSON Lines, `schema =` /
    `[[event]]` TOML, a tab in the first line TSV, a comma CSV. Raises InputError otherwise.
    The result may be an export-only format; callers that import check IMPORTERS.
    """
    lower = (filename or "").lower()
    if lower and lower != "-":
        for info in sorted(FORMATS, key=lambda f: -max(len(e) for e in f.extensions)):
            for ext in info.extensions:
                if lower.endswith(ext):
                    if info.name == "json" and text.lstrip("\ufeff \t\r\n").startswith("{"):
                        return "jsonl"
                    return info.name
    guessed = _sniff(text) if text else None
    if guessed is not None:
        return guessed
    what = "standard input" if lower in ("", "-") else repr(filename)
    raise InputError(
        f"cannot tell the format of {what}",
        hint=f"name it with --format ({', '.join(export_choices())}) or use a file suffix like .csv",
    )


def _module(table: Mapping[str, ModuleType], name: str, what: str) -> ModuleType:
    try:
        return table[name]
    except KeyError:
        raise UsageError(
            f"unknown {what} format {name!r}",
            hint=f"choose one of {', '.join(table)}",
        ) from None


def export_events(name: str, events: Sequence["Event"], out: TextIO, *, raw: bool = False,
                  sources: "Mapping[str, Source] | None" = None,
                  facts: "Mapping[str, tuple[str, int, str]] | None" = None, **options: str | None) -> None:
    """Write events in format `name` to `out` (the caller opens files; csv wants newline="").
    A binary format (is_binary) writes to `out.buffer`; a stream without one is refused.
    `sources`: the store's source table (titles and URLs of the documents); `facts`: {event
    id: (fact id, independent sources, agreement)} for the events the store groups with
    others (fact_rows.fact_columns); `options` (title, description) go to the formats that
    name them in their OPTIONS (as `facts` does)."""
    if name in _BY_NAME and _BY_NAME[name].binary and getattr(out, "buffer", None) is None:
        raise UsageError(f"{name} is a binary format and this output takes text",
                         hint=f"write it to a file: -o events{_BY_NAME[name].extensions[0]}")
    module = _module(EXPORTERS, name, "export")
    accepted = getattr(module, "OPTIONS", ())
    chosen: dict = {k: v for k, v in options.items() if k in accepted and v is not None}
    if facts is not None and "facts" in accepted:
        chosen["facts"] = facts
    module.export(events, out, raw=raw, sources=sources, **chosen)


def read_events(name: str, text: str, *, origin: str, raw: bool = False) -> list["Event"]:
    """Parse `text` in format `name` and validate every row; rows are numbered from 1."""
    from timeline_cli.formats.rows import row_to_event

    rows = _module(IMPORTERS, name, "import").load(text, origin=origin, raw=raw)
    return [row_to_event(row, origin=origin, number=n) for n, row in enumerate(rows, 1)]


__all__ = [
    "EXPORTERS", "FORMATS", "IMPORTERS", "FormatInfo", "describe", "export_choices", "is_binary",
    "export_events", "guess_format", "import_choices", "read_events",
]
