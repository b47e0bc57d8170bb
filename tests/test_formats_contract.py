"""The export shapes other tools rely on. Changing one of these lists is a breaking change:
update the docs (formats/jsonfile.py, formats/_tabular.py) and say so in the changelog."""

from __future__ import annotations

import csv
import importlib
import io
import json
import subprocess
import sys
from datetime import date

import pytest

from timeline_cli import formats
from timeline_cli.model import Event

JSON_KEYS = [
    "id", "when", "start", "end", "text", "source", "reported", "reported_assumed", "by",
    "tags", "actors", "places", "status", "span", "note", "mod", "conflict",
]
CSV_HEADER = (
    "id,when,start,end,text,source,reported,reported_assumed,by,tags,actors,places,"
    "status,span,note,mod,conflict"
)
FULL = Event(
    id="a1", when="2024-10-08/2024-10-13", text="Troops shipped", source="https://example.com/a",
    reported=date(2024, 11, 6), reported_assumed=True, by="NIS", tags=("army",),
    actors=("North Korea",), places=("Vladivostok",), status="reported", span=(10, 24),
    note="n", mod="early", conflict="c",
)
EMPTY = Event(id="b2", when="../2024-11-06", text="Anchored")


def _export(name: str, events) -> str:
    out = io.StringIO(newline="")
    formats.export_events(name, events, out)
    return out.getvalue()


def test_json_keys_and_types_are_pinned():
    data = json.loads(_export("json", [FULL, EMPTY]))
    assert [list(obj) for obj in data] == [JSON_KEYS, JSON_KEYS]
    full, empty = data
    assert full == {
        "id": "a1", "when": "2024-10-08/2024-10-13", "start": "2024-10-08", "end": "2024-10-13",
        "text": "Troops shipped", "source": "https://example.com/a", "reported": "2024-11-06",
        "reported_assumed": True, "by": "NIS", "tags": ["army"], "actors": ["North Korea"],
        "places": ["Vladivostok"], "status": "reported", "span": [10, 24], "note": "n",
        "mod": "early", "conflict": "c",
    }
    assert empty == {
        "id": "b2", "when": "../2024-11-06", "start": None, "end": "2024-11-06",
        "text": "Anchored", "source": "", "reported": None, "reported_assumed": False, "by": "",
        "tags": [], "actors": [], "places": [], "status": "", "span": None, "note": "",
        "mod": "", "conflict": "",
    }


def test_jsonl_lines_have_the_json_shape():
    lines = _export("jsonl", [FULL, EMPTY]).splitlines()
    assert [json.loads(line) for line in lines] == json.loads(_export("json", [FULL, EMPTY]))
    assert all(list(json.loads(line)) == JSON_KEYS for line in lines)


def test_json_shape_is_the_event_dict_plus_bounds():
    expected = [k for k in JSON_KEYS if k not in ("start", "end")]
    assert list(FULL.to_dict(keep_empty=True)) == expected


@pytest.mark.parametrize("name", ["csv", "tsv"])
def test_tabular_header_is_pinned(name):
    delimiter = "," if name == "csv" else "\t"
    first = _export(name, [FULL]).splitlines()[0]
    assert first == CSV_HEADER.replace(",", delimiter)
    rows = list(csv.reader(io.StringIO(_export(name, [FULL]), newline=""), delimiter=delimiter))
    assert dict(zip(rows[0], rows[1])) == {
        "id": "a1", "when": "2024-10-08/2024-10-13", "start": "2024-10-08", "end": "2024-10-13",
        "text": "Troops shipped", "source": "https://example.com/a", "reported": "2024-11-06",
        "reported_assumed": "true", "by": "NIS", "tags": "army", "actors": "North Korea",
        "places": "Vladivostok", "status": "reported", "span": "10-24", "note": "n",
        "mod": "early", "conflict": "c",
    }


def test_registry_table_matches_every_module():
    assert len({f.name for f in formats.FORMATS}) == len(formats.FORMATS), "duplicate format name"
    extensions = [ext for f in formats.FORMATS for ext in f.extensions]
    assert len(set(extensions)) == len(extensions), "an extension is claimed twice"
    for info in formats.FORMATS:
        module = importlib.import_module(info.module)
        assert module.NAME == info.name
        assert module.EXTENSIONS == info.extensions
        assert module.DESCRIPTION == info.description
        assert callable(module.export)
        assert callable(getattr(module, "load", None)) == info.importable, info.name
        assert module.__doc__ and len(module.__doc__) > 200, f"{info.name} needs a documented module docstring"


def test_choices():
    assert formats.export_choices() == ("toml", "csv", "tsv", "json", "jsonl", "md", "ics", "timelinejs", "html",
                                        "sqlite")
    assert [f.name for f in formats.FORMATS if f.binary] == ["sqlite"]
    assert formats.import_choices() == ("toml", "csv", "tsv", "json", "jsonl")
    assert set(formats.IMPORTERS) <= set(formats.EXPORTERS)


def test_registry_imports_no_format_module_until_used():
    code = (
        "import sys, timeline_cli.formats as f\n"
        "names = f.export_choices(), f.import_choices(), f.describe('csv'), f.guess_format('a.csv')\n"
        "loaded = [m for m in sys.modules if m.startswith('timeline_cli.formats.')]\n"
        "assert not loaded, loaded\n"
        "f.EXPORTERS['csv']\n"
        "assert 'timeline_cli.formats.csvfile' in sys.modules\n"
        "assert 'timeline_cli.formats.htmlpage' not in sys.modules\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)
