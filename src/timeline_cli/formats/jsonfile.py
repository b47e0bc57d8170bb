"""JSON export and import: one array of event objects.

The shape (pinned by tests/test_formats_contract.py; change it only with a schema note):

    [
      {
        "id": "3f2a9c0d1b7e",              string, 1-64 of [0-9A-Za-z_.:-]
        "when": "2024-10-08/2024-10-13",   string, EDTF
        "start": "2024-10-08",             string ISO date: earliest day `when` can mean; null if open
        "end": "2024-10-13",               string ISO date: latest day; null if open (`2024-11-07/..`)
        "text": "...",                     string, the statement as written
        "source": "seeds/article.txt",     string, "" when not set
        "reported": "2024-11-06",          string ISO date or null
        "reported_assumed": false,         boolean
        "by": "South Korean intelligence", string, "" when not set
        "tags": [], "actors": [], "places": ["Vladivostok"],   arrays of strings
        "status": "",                      string: "", "reported", "confirmed" or "disputed"
        "span": [120, 184],                [start, end] character offsets, or null
        "note": "", "mod": "",             strings; mod "", "early", "mid" or "late"
        "conflict": ""                     string, set by `timeline merge`
      }
    ]

When the store's source table (sources.py) gives any exported event's source a title or
URL, every object also ends with `"source_title"` and `"source_url"` (strings, "" when
unknown; ignored on import); when the store groups any of them with other statements
(grouping.py), every object then ends with `"fact"` (its fact id), `"sources"` (independent
sources, a number) and `"agreement"` ("single", "agree" or "disagree"). Every key is always present, in exactly this order (`Event.to_dict(keep_empty=True)` with
`start`/`end` after `when`). Text is UTF-8, not \\u-escaped (`ensure_ascii=False`), indented
by 2, with a final newline. On import `start`/`end` are ignored, missing keys and null mean
"not set", unknown keys and duplicate keys are refused.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any, TextIO

from timeline_cli.errors import InputError
from timeline_cli.formats._common import (export_record, fact_record, has_described, has_facts, json_visible,
                                          source_record, write_chunked)
from timeline_cli.model import Event

NAME = "json"
EXTENSIONS = (".json",)
DESCRIPTION = "one JSON array of event objects (shape pinned by a contract test)"


OPTIONS = ("facts",)


def export(events: Sequence[Event], out: TextIO, *, raw: bool = False, sources=None, facts=None) -> None:
    titled = has_described(events, sources)  # then every object ends with source_title, source_url
    grouped = has_facts(events, facts)  # ... and with fact, sources, agreement
    records = [export_record(e) | source_record(e, sources) if titled else export_record(e) for e in events]
    if grouped:
        records = [r | fact_record(e, facts) for r, e in zip(records, events)]
    write_chunked(out, json_visible(json.dumps(records, ensure_ascii=False, indent=2)) + "\n")


class _DuplicateKey(ValueError):
    pass


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict:
    out: dict = {}
    for key, value in pairs:
        if key in out:
            raise _DuplicateKey(key)
        out[key] = value
    return out


def parse(text: str, origin: str, where: str = "") -> Any:
    """json.loads with errors as InputError naming origin, line and column."""
    try:
        return json.loads(text, object_pairs_hook=_no_duplicates)
    except _DuplicateKey as exc:
        raise InputError(f"{origin}{where}: key {exc.args[0]!r} appears twice in one object",
                         hint="keep one of them") from None
    except json.JSONDecodeError as exc:
        pos = f"line {exc.lineno} column {exc.colno}" if not where else f"column {exc.colno}"
        raise InputError(f"{origin}{where}: not valid JSON at {pos}: {exc.msg}",
                         hint="fix the JSON there (a JSON linter shows the spot)") from None
    except RecursionError:
        raise InputError(f"{origin}{where}: JSON nested too deeply",
                         hint="an event is a flat object of fields") from None
    except ValueError:  # int() refuses a number of more than 4300 digits
        raise InputError(f"{origin}{where}: a number in the JSON is too long to read (over 4300 digits)",
                         hint="numbers in an event are short character offsets (span)") from None


def load(text: str, *, origin: str, raw: bool = False) -> list[dict]:
    data = parse(text.removeprefix("\ufeff"), origin)
    if not isinstance(data, list):
        raise InputError(
            f"{origin}: expected a JSON array of events, got {type(data).__name__}",
            hint="write [ {\"when\": ..., \"text\": ...}, ... ]; for one object a line use --format jsonl",
        )
    return data
