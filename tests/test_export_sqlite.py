"""`export --format sqlite` (issue 16 item 4): a normalised database that SQL tools read as it is."""

from __future__ import annotations

import json
import sqlite3
from datetime import date

import pytest

from timeline_cli.formats import sqlite as sqlite_format
from timeline_cli.model import Event

EVENTS = [
    Event(id="a1", when="2024-10-08/2024-10-13", text="Troops shipped to Vladivostok", source="nis.txt",
          reported=date(2024, 11, 6), by="NIS", tags=("army", "kursk"), actors=("DPRK",),
          places=("Vladivostok",), status="reported", span=(10, 40), note="two sources"),
    Event(id="b2", when="../2024-11-06", text="The troops are trained", source="nis.txt",
          reported=date(2024, 11, 6), by="NIS"),
    Event(id="c3", when="2024-06~", text="'); DROP TABLE events; -- =HYPERLINK(\"x\")", by="Robert'); --",
          tags=("kursk",)),
    Event(id="d4", when="2024-11-06/..", text="Fighting may follow", source="https://example.org/a"),
]


def db(events=EVENTS) -> sqlite3.Connection:
    con = sqlite3.connect(":memory:")
    con.deserialize(sqlite_format.database_bytes(events))
    return con


def test_every_event_is_one_row_with_its_fields_and_iso_bounds():
    rows = {r[0]: r for r in db().execute(
        "SELECT id, edtf, start, [end], precision, undated, approximate, claimant, source, reported, "
        "status, note, span_start, span_end FROM events")}
    assert rows["a1"] == ("a1", "2024-10-08/2024-10-13", "2024-10-08", "2024-10-13", "day", 0, 0, "NIS",
                          "nis.txt", "2024-11-06", "reported", "two sources", 10, 40)
    assert rows["b2"][2:6] == (None, "2024-11-06", "day", 1)       # open start, an undated statement
    assert rows["c3"][2:7] == ("2024-06-01", "2024-06-30", "month", 0, 1)
    assert rows["d4"][2:4] == ("2024-11-06", None)


def test_lists_are_tables_so_sql_counts_events():
    con = db()
    assert con.execute("SELECT tag, count(*) FROM tags GROUP BY tag ORDER BY tag").fetchall() == [
        ("army", 1), ("kursk", 2)]
    assert con.execute("SELECT event_id, actor FROM actors").fetchall() == [("a1", "DPRK")]
    assert con.execute("SELECT place FROM places").fetchall() == [("Vladivostok",)]
    assert con.execute("SELECT source, events, first_start, last_end FROM sources ORDER BY source").fetchall() == [
        ("https://example.org/a", 1, "2024-11-06", None), ("nis.txt", 2, "2024-10-08", "2024-11-06")]


def test_full_text_search_and_indexes_on_the_date_bounds():
    con = db()
    hits = con.execute("SELECT e.id FROM events_fts JOIN events e ON e.rowid = events_fts.rowid "
                       "WHERE events_fts MATCH 'vladivostok'").fetchall()
    assert hits == [("a1",)]
    indexes = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'index'")}
    assert {"events_start", "events_end", "events_claimant", "tags_tag"} <= indexes
    plan = " ".join(r[-1] for r in con.execute("EXPLAIN QUERY PLAN SELECT id FROM events WHERE start >= '2024-10-01'"))
    assert "events_start" in plan


def test_hostile_text_is_data_not_sql():
    con = db()
    assert con.execute("SELECT count(*) FROM events").fetchone() == (4,)
    assert con.execute("SELECT text, claimant FROM events WHERE id = 'c3'").fetchone() == (
        EVENTS[2].text, EVENTS[2].by)


def test_same_events_same_bytes_and_no_events_is_a_valid_empty_database():
    assert sqlite_format.database_bytes(EVENTS) == sqlite_format.database_bytes(list(EVENTS))
    assert db([]).execute("SELECT count(*) FROM events").fetchone() == (0,)


def test_datasette_metadata_names_the_database_facets_and_search():
    meta = sqlite_format.datasette_metadata("kursk")
    table = meta["databases"]["kursk"]["tables"]["events"]
    assert table["fts_table"] == "events_fts" and "claimant" in table["facets"]
    # Datasette finds the FTS table by this convention, with or without the metadata
    sql = db().execute("SELECT sql FROM sqlite_master WHERE name = 'events_fts'").fetchone()[0]
    assert "USING FTS5" in sql and "content=[events]" in sql


# ---------------------------------------------------------------- through the CLI

@pytest.fixture
def filled(tl):
    for line in ("2024-10-24: Troops arrived at the front", "2024-06: Talks began", "2024-11-04: First clash"):
        assert tl("add", line, "--by", "NIS", "--tag", "kursk").exit_code == 0
    return tl


def test_export_to_a_file_writes_the_database_and_its_datasette_metadata(filled, tmp_path):
    out = tmp_path / "events.db"
    result = filled("export", "--format", "sqlite", "-o", str(out), "--since", "2024-10")
    assert result.exit_code == 0, result.output
    con = sqlite3.connect(out)
    assert sorted(r[0] for r in con.execute("SELECT text FROM events")) == [
        "First clash", "Troops arrived at the front"]
    meta = json.loads((tmp_path / "events.metadata.json").read_text(encoding="utf-8"))
    assert "events" in meta["databases"]


def test_the_extension_picks_the_format(filled, tmp_path):
    out = tmp_path / "k.sqlite"
    assert filled("export", "-o", str(out)).exit_code == 0
    assert out.read_bytes().startswith(b"SQLite format 3\x00")
    ics = tmp_path / "k.ics"
    assert filled("export", "-o", str(ics)).exit_code == 0
    assert ics.read_text(encoding="utf-8").startswith("BEGIN:VCALENDAR")
    other = tmp_path / "k.txt"  # a suffix that names no format: csv, as without -o
    assert filled("export", "-o", str(other)).exit_code == 0
    assert other.read_text(encoding="utf-8").startswith("id,when,")


def test_export_to_a_pipe_writes_the_bytes(filled):
    result = filled("export", "--format", "sqlite")
    assert result.exit_code == 0
    con = sqlite3.connect(":memory:")
    con.deserialize(result.stdout_bytes)
    assert con.execute("SELECT count(*) FROM events").fetchone() == (3,)


def test_a_read_only_target_is_refused_and_kept(filled, tmp_path):
    out = tmp_path / "events.db"
    out.write_bytes(b"old")
    out.chmod(0o444)
    result = filled("export", "--format", "sqlite", "-o", str(out))
    assert result.exit_code != 0 and "read-only" in result.output
    assert out.read_bytes() == b"old"


def test_datasette_opens_it_with_search_and_facets(filled, tmp_path):
    """Datasette's own Python API, when Datasette is installed (it is not a dependency)."""
    datasette_app = pytest.importorskip("datasette.app")
    import asyncio

    out = tmp_path / "events.db"
    assert filled("export", "-o", str(out)).exit_code == 0
    meta = json.loads((tmp_path / "events.metadata.json").read_text(encoding="utf-8"))

    async def ask():
        ds = datasette_app.Datasette([str(out)], metadata=meta)
        rows = await ds.client.get("/events/events.json?_search=clash&_shape=array")
        facets = await ds.client.get("/events/events.json")
        return rows.json(), facets.json()

    rows, table = asyncio.run(ask())
    assert [r["text"] for r in rows] == ["First clash"]
    assert "claimant" in table.get("facet_results", {}).get("results", table.get("facet_results", {}))
