"""SQLite: one normalised database file for Datasette, DuckDB, pandas and the sqlite3 shell.

Tables (one row per event in `events`, the lists in their own tables, so a facet or a GROUP
BY counts events, not strings of comma-joined values):

    events   id (primary key), edtf (the `when` of the other formats: WHEN is an SQL
             keyword), start, end (ISO day bounds; NULL on an open
             side, as in CSV), precision (day, month, year, ...), undated (1: no date of
             its own, dated ../REPORTED by ingest), approximate, uncertain,
             text, claimant, source, reported, reported_assumed, status, note, mod,
             span_start, span_end, conflict
    tags     event_id, tag          actors  event_id, actor      places  event_id, place
    sources  source (primary key), title, url, author, published (from the store's source
             table: the document's own), events, first_start, last_end
    facts    event_id (primary key), fact, sources, agreement: the store's same-fact
             grouping (grouping.py); a statement in no fact of several is F + its id, 1, single
    events_fts   full-text index (FTS5) on events.text and events.claimant

with indexes on `start`, `end`, `claimant`, `source`, `status`, `reported` and on the lists'
values. The column is `claimant` where the other formats say `by` (a keyword in SQL). Dates
are ISO text, which SQLite, DuckDB and pandas (`parse_dates=`) all sort and compare as dates.

Datasette opens it as it is: it finds `events_fts` (content=[events]) for its search box,
labels rows by `text`, and suggests facets on the low-cardinality columns; DATASETTE_METADATA
adds default facets (claimant, source, status, precision) for `datasette -m`.

The file is built in memory and written atomically (`store.write_atomic`): the old file or
the new one, never half a database. Same events in, same bytes out.
"""

from __future__ import annotations

import json
import sqlite3
from typing import TYPE_CHECKING, Iterable, Mapping, TextIO

from timeline_cli.formats._common import fact_of, iso_bounds, when_of
from timeline_cli.model import Event
from timeline_cli.query import is_undated

if TYPE_CHECKING:
    from timeline_cli.sources import Source

NAME = "sqlite"
EXTENSIONS = (".db", ".sqlite", ".sqlite3")
DESCRIPTION = "SQLite database (events, tags, actors, places, sources, full-text search) for Datasette, DuckDB, pandas"
BINARY = True

SCHEMA = """
CREATE TABLE events (
    id TEXT PRIMARY KEY,
    edtf TEXT NOT NULL,
    start TEXT,
    [end] TEXT,
    precision TEXT NOT NULL,
    undated INTEGER NOT NULL,
    approximate INTEGER NOT NULL,
    uncertain INTEGER NOT NULL,
    text TEXT NOT NULL,
    claimant TEXT NOT NULL,
    source TEXT NOT NULL,
    reported TEXT,
    reported_assumed INTEGER NOT NULL,
    status TEXT NOT NULL,
    note TEXT NOT NULL,
    mod TEXT NOT NULL,
    span_start INTEGER,
    span_end INTEGER,
    conflict TEXT NOT NULL
);
CREATE TABLE tags (event_id TEXT NOT NULL REFERENCES events(id), tag TEXT NOT NULL, PRIMARY KEY (event_id, tag));
CREATE TABLE actors (event_id TEXT NOT NULL REFERENCES events(id), actor TEXT NOT NULL, PRIMARY KEY (event_id, actor));
CREATE TABLE places (event_id TEXT NOT NULL REFERENCES events(id), place TEXT NOT NULL, PRIMARY KEY (event_id, place));
CREATE TABLE sources (source TEXT PRIMARY KEY, title TEXT NOT NULL, url TEXT NOT NULL, author TEXT NOT NULL,
                      published TEXT, events INTEGER NOT NULL, first_start TEXT, last_end TEXT);
CREATE TABLE facts (event_id TEXT PRIMARY KEY REFERENCES events(id), fact TEXT NOT NULL, sources INTEGER NOT NULL,
                    agreement TEXT NOT NULL);
"""
INDEXES = """
CREATE INDEX events_start ON events(start);
CREATE INDEX events_end ON events([end]);
CREATE INDEX events_claimant ON events(claimant);
CREATE INDEX events_source ON events(source);
CREATE INDEX events_status ON events(status);
CREATE INDEX events_reported ON events(reported);
CREATE INDEX tags_tag ON tags(tag);
CREATE INDEX actors_actor ON actors(actor);
CREATE INDEX places_place ON places(place);
CREATE INDEX facts_fact ON facts(fact);
"""
FTS = """
CREATE VIRTUAL TABLE [events_fts] USING FTS5 (text, claimant, content=[events]);
INSERT INTO [events_fts] ([events_fts]) VALUES ('rebuild');
"""

# `datasette events.db -m metadata.json`: default facets and sorting. Keyed by the database's
# name, which Datasette takes from the file name: see `datasette_metadata`.
FACETS = ("claimant", "source", "status", "precision", "undated")


def datasette_metadata(database: str, title: str = "Timeline") -> dict:
    """Datasette metadata for a database named `database` (the file name without .db)."""
    return {
        "title": title,
        "databases": {database: {"tables": {
            "events": {"facets": list(FACETS), "sort": "start", "label_column": "text",
                       "fts_table": "events_fts", "fts_pk": "rowid", "searchmode": "raw"},
            "tags": {"facets": ["tag"]},
            "facts": {"facets": ["sources", "agreement"]},
        }}},
    }


def _rows(events: Iterable[Event]):
    for e in events:
        w = when_of(e)
        start, end = iso_bounds(w)
        span = e.span or (None, None)
        yield (e.id, e.when, start, end, w.granularity, int(is_undated(e)), int(w.approximate),
               int(w.uncertain), e.text,
               e.by, e.source, e.reported.isoformat() if e.reported else None, int(e.reported_assumed),
               e.status, e.note, e.mod, span[0], span[1], e.conflict)


def database_bytes(events: Iterable[Event], sources: "Mapping[str, Source] | None" = None,
                   facts: "Mapping[str, tuple[str, int, str]] | None" = None) -> bytes:
    """The database holding `events` (and what the store's source table says of their
    documents, and its same-fact grouping: `facts`), as the bytes of a .db file."""
    events = list(events)
    sources = sources or {}
    con = sqlite3.connect(":memory:")
    try:
        con.executescript(SCHEMA)
        with con:
            con.executemany(f"INSERT INTO events VALUES ({', '.join('?' * 19)})", _rows(events))
            for table, column, attr in (("tags", "tag", "tags"), ("actors", "actor", "actors"),
                                        ("places", "place", "places")):
                con.executemany(f"INSERT OR IGNORE INTO {table} (event_id, {column}) VALUES (?, ?)",
                                ((e.id, v) for e in events for v in getattr(e, attr)))
            counted = con.execute("SELECT source, count(*), min(start), max([end]) FROM events "
                                  "WHERE source != '' GROUP BY source ORDER BY source").fetchall()
            con.executemany("INSERT INTO sources VALUES (?, ?, ?, ?, ?, ?, ?, ?)", [
                (name, *_described(sources.get(name)), n, first, last) for name, n, first, last in counted])
            con.executemany("INSERT OR IGNORE INTO facts VALUES (?, ?, ?, ?)", ((e.id, *fact_of(e, facts)) for e in events))
        con.executescript(INDEXES)
        con.executescript(FTS)
        con.execute("VACUUM")  # the same events give the same bytes
        return con.serialize()
    finally:
        con.close()


def _described(item) -> tuple[str, str, str, str | None]:
    if item is None:
        return "", "", "", None
    return item.title, item.url, item.author, item.published.isoformat() if item.published else None


OPTIONS = ("facts",)


def export(events: Iterable[Event], out: TextIO, *, raw: bool = False, sources=None, facts=None) -> None:
    """A database is bytes: written to `out`'s binary buffer (a pipe, a file opened by the
    caller); a text-only stream is refused (formats.export_events says how)."""
    data = database_bytes(events, sources, facts)
    buffer = getattr(out, "buffer", None)
    if buffer is None:
        raise TypeError("sqlite needs a binary stream")
    out.flush()
    buffer.write(data)
    buffer.flush()


def metadata_text(database: str) -> str:
    return json.dumps(datasette_metadata(database), indent=2) + "\n"
