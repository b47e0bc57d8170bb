"""Every export carries the curation and provenance fields where its format has a place for
them (issue 16 item 5): tags, status, note, claimant, and the source document's title and URL
(from the store's source table). One table: format x field -> how to find it in the output.

The interactive page draws them with its script (tests/test_html_browser.py sees them); here
its data block is read. TOML is the store itself and keeps every field by construction
(tests/test_formats.py round-trips it).
"""

from __future__ import annotations

import csv
import io
import json
import re
import sqlite3
from datetime import date

import pytest

from timeline_cli.formats import export_events
from timeline_cli.formats import sqlite as sqlite_format
from timeline_cli.model import Event
from timeline_cli.sources import Source

EVENT = Event(id="f1", when="2024-10-24", text="Troops arrived", source="pages/k.html", by="NIS",
              tags=("kursk", "army"), status="disputed", note="two sources disagree", reported=date(2024, 11, 6))
SOURCES = {"pages/k.html": Source("pages/k.html", title="Troops cross into Kursk", url="https://example.com/kursk")}
WANTED = {"tags": "kursk", "status": "disputed", "note": "two sources disagree", "by": "NIS",
          "title": "Troops cross into Kursk", "url": "https://example.com/kursk"}


def text_of(fmt: str) -> str:
    out = io.StringIO(newline="")
    export_events(fmt, [EVENT], out, sources=SOURCES)
    return out.getvalue()


def tabular(fmt: str) -> dict:
    return next(csv.DictReader(io.StringIO(text_of(fmt), newline=""), delimiter="," if fmt == "csv" else "\t"))


def page(_fmt: str) -> dict:
    data = json.loads(re.search(r'id="timeline-data">(.*?)</script>', text_of("html"), flags=re.S).group(1))
    row = data["events"][0]
    return {"tags": [data["tags"][i] for i in row[8]], "status": row[5], "note": row[13], "by": data["by"][row[6]],
            "title": data["titles"][row[7]], "url": data["urls"][row[7]]}


def database(_fmt: str) -> dict:
    con = sqlite3.connect(":memory:")
    con.deserialize(sqlite_format.database_bytes([EVENT], SOURCES))
    status, note, by, source = con.execute("SELECT status, note, claimant, source FROM events").fetchone()
    title, url = con.execute("SELECT title, url FROM sources WHERE source = ?", (source,)).fetchone()
    tags = [t for (t,) in con.execute("SELECT tag FROM tags ORDER BY tag")]
    return {"tags": tags, "status": status, "note": note, "by": by, "title": title, "url": url}


def ics(_fmt: str) -> dict:
    unfolded = text_of("ics").replace("\r\n ", "").replace("\n ", "")
    description = re.search(r"^DESCRIPTION:(.*)$", unfolded, flags=re.M).group(1).replace("\\n", "\n")
    return {"tags": re.search(r"^CATEGORIES:(.*)$", unfolded, flags=re.M).group(1),
            "status": description, "note": description, "by": description, "title": description,
            "url": re.search(r"^URL;VALUE=URI:(.*)$", unfolded, flags=re.M).group(1)}


def timelinejs(_fmt: str) -> dict:
    slide = json.loads(text_of("timelinejs"))["events"][0]
    body = slide["text"]["text"]
    return {"tags": body, "status": body, "note": body, "by": slide["group"], "title": slide["media"]["credit"],
            "url": slide["media"]["link"]}


def markdown(_fmt: str) -> dict:
    header, _, row = text_of("md").splitlines()[:3]
    cells = dict(zip([c.strip() for c in header.strip("|").split("|")], [c.strip() for c in row.strip("|").split("|")]))
    return {"tags": cells["Tags"], "status": cells["Status"], "note": cells["Note"], "by": cells["Claimed by"],
            "title": cells["Source"], "url": cells["Source"]}


def jsonish(fmt: str) -> dict:
    obj = json.loads(text_of(fmt)) if fmt == "json" else [json.loads(text_of(fmt).splitlines()[0])]
    return {**obj[0], "title": obj[0]["source_title"], "url": obj[0]["source_url"]}


def tabular_fields(fmt: str) -> dict:
    row = tabular(fmt)
    return {**row, "title": row["source_title"], "url": row["source_url"]}


READERS = {"csv": tabular_fields, "tsv": tabular_fields, "json": jsonish, "jsonl": jsonish, "md": markdown,
           "ics": ics, "timelinejs": timelinejs, "html": page, "sqlite": database}


@pytest.mark.parametrize("field", list(WANTED))
@pytest.mark.parametrize("fmt", list(READERS))
def test_every_format_carries_the_field(fmt, field):
    got = READERS[fmt](fmt)[field]
    text = " ".join(got) if isinstance(got, list) else str(got)
    assert WANTED[field] in text, (fmt, field, got)


# The store's same-fact grouping (grouping.py, issue 15): the fact id, its independent
# sources and the agreement, in every format with a place for them.
FACTS = {"f1": ("Ff0", 3, "disagree")}


def grouped_text(fmt: str) -> str:
    out = io.StringIO(newline="")
    export_events(fmt, [EVENT], out, sources=SOURCES, facts=FACTS)
    return out.getvalue()


def fact_fields(fmt: str) -> tuple:
    """(fact, sources, agreement) as the format carries them."""
    text = grouped_text(fmt) if fmt != "sqlite" else ""
    if fmt in ("csv", "tsv"):
        row = next(csv.DictReader(io.StringIO(text, newline=""), delimiter="," if fmt == "csv" else "\t"))
        return row["fact"], row["sources"], row["agreement"]
    if fmt in ("json", "jsonl"):
        obj = json.loads(text)[0] if fmt == "json" else json.loads(text.splitlines()[0])
        return obj["fact"], str(obj["sources"]), obj["agreement"]
    if fmt == "sqlite":
        con = sqlite3.connect(":memory:")
        con.deserialize(sqlite_format.database_bytes([EVENT], SOURCES, FACTS))
        fact, n, agreement = con.execute("SELECT fact, sources, agreement FROM facts WHERE event_id = 'f1'").fetchone()
        return fact, str(n), agreement
    if fmt == "html":
        data = json.loads(re.search(r'id="timeline-data">(.*?)</script>', text, flags=re.S).group(1))
        fact, n, agreement = data["facts"][data["events"][0][14]]
        assert ["corroboration", "Corroboration"] in data["facets"]
        return fact, str(n), agreement
    unfolded = text.replace("\r\n ", "").replace("\n ", "")
    return unfolded, unfolded, unfolded  # md, ics, timelinejs: said in the text


@pytest.mark.parametrize("fmt", list(READERS))
def test_every_format_carries_the_fact(fmt):
    fact, n, agreement = fact_fields(fmt)
    assert "Ff0" in fact and "3" in n and "disagree" in agreement, (fmt, fact, n, agreement)


@pytest.mark.parametrize("fmt", ["csv", "tsv", "json", "jsonl", "md", "html"])
def test_without_a_grouping_the_shape_is_as_before(fmt):
    assert grouped_text(fmt).replace("\r\n ", "") != text_of(fmt)
    assert "Ff0" not in text_of(fmt) and "corroborated" not in text_of(fmt).split("<script>")[0]
    if fmt != "html":
        assert "agreement" not in text_of(fmt)


@pytest.mark.parametrize("fmt", ["csv", "tsv", "json", "jsonl"])
def test_the_fact_columns_are_ignored_on_import(fmt):
    from timeline_cli.formats import read_events

    [back] = read_events(fmt, grouped_text(fmt), origin="x")
    assert back.id == EVENT.id and back.text == EVENT.text
