"""JSON Lines export and import: one event object a line.

Each line is one object of the same shape as the `json` format (see
`timeline_cli.formats.jsonfile`), compact (`,` and `:` without spaces), UTF-8
(`ensure_ascii=False`), ending with "\\n". U+2028, U+2029 and U+0085 are written as `\\u`
escapes so that tools that split lines on them (str.splitlines, some editors) still see
one event a line. On import blank lines are skipped and a trailing "\\r" is ignored.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import TextIO

from timeline_cli.formats._common import (export_record, fact_record, has_described, has_facts, json_visible,
                                          source_record)
from timeline_cli.formats.jsonfile import parse
from timeline_cli.model import Event

NAME = "jsonl"
EXTENSIONS = (".jsonl", ".ndjson")
DESCRIPTION = "JSON Lines: one event object a line"

_LINE_BREAKERS = {"\u2028": "\\u2028", "\u2029": "\\u2029", "\u0085": "\\u0085"}


OPTIONS = ("facts",)


def dumps_line(event: Event, sources=None, facts=None) -> str:
    record = export_record(event) | source_record(event, sources) if sources is not None else export_record(event)
    if facts is not None:
        record |= fact_record(event, facts)
    line = json.dumps(record, ensure_ascii=False, separators=(",", ":"))
    for char, escaped in _LINE_BREAKERS.items():
        line = line.replace(char, escaped)  # only ever inside JSON strings: still valid JSON
    return json_visible(line)


def export(events: Sequence[Event], out: TextIO, *, raw: bool = False, sources=None, facts=None) -> None:
    titled = sources if has_described(events, sources) else None  # as json: source_title, source_url
    grouped = facts if has_facts(events, facts) else None  # ... and fact, sources, agreement
    for event in events:
        out.write(dumps_line(event, titled, grouped) + "\n")


def load(text: str, *, origin: str, raw: bool = False) -> list[dict]:
    rows = []
    for number, line in enumerate(text.removeprefix("\ufeff").split("\n"), 1):
        line = line.removesuffix("\r")
        if line.strip():
            rows.append(parse(line, origin, where=f": line {number}"))
    return rows
