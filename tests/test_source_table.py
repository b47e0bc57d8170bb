"""The store's source table (sources.py, schema 3): each ingested document's title, canonical
URL, byline, publication date and PDF page starts, kept with the store's memory; older stores
load and are written as schema 3; a big store gets its table spliced in; bad tables refused."""

from __future__ import annotations

import tomllib
from datetime import date
from pathlib import Path

import pytest

from timeline_cli import cache, store
from timeline_cli.errors import StoreError
from timeline_cli.ingest import DocInfo, Ingested, save
from timeline_cli.memory import Memory, merge_memory
from timeline_cli.model import Event, make_id
from timeline_cli.sources import Source, one_line
from timeline_cli.store import Store

PAGE = Source("pages/a.html", "Troops cross into Kursk", "https://example.com/kursk", "Jane Roe",
              date(2024, 8, 7), "meta article:published_time")
REPORT = Source("report.pdf", "Port Review", page_starts=(0, 154, 249))


def ev(text: str, when: str, source: str = "pages/a.html", span=None) -> Event:
    return Event(make_id(text, when, source), when, text, source=source, span=span)


def test_the_table_round_trips_through_the_store_text() -> None:
    memory = Memory(sources={s.source: s for s in (REPORT, PAGE)})
    text = store.dumps([ev("Troops crossed.", "2024-08-06")], memory=memory)
    assert text.index('source = "pages/a.html"') < text.index('source = "report.pdf"') < text.index("\n[[event]]")
    assert "\nschema = 4\n" in text and "published = 2024-08-07\n" in text
    assert "page_starts = [0, 154, 249]" in text
    events, loaded = store.loads_store(text)
    assert loaded.sources == memory.sources and len(events) == 1
    assert store.dumps(events, memory=loaded) == text  # canonical: the same bytes again


def test_page_of_a_span() -> None:
    assert [REPORT.page_of(n) for n in (0, 153, 154, 248, 249, 10_000)] == [1, 1, 2, 2, 3, 3]
    assert REPORT.pages == 3 and PAGE.page_of(5) is None and PAGE.pages == 0


def test_document_values_are_made_one_safe_line() -> None:
    assert one_line(" Line one\n\tline\u2028two \x1b[31mred\x07 \ud800") == "Line one line two \\x1b[31mred\\x07 \ufffd"
    assert len(one_line("x" * 5000)) == 2000
    described = DocInfo("a.html", "A\r\ntitle", "https://e.x/a", "", None, "", ()).described()
    assert described.title == "A title" and described
    assert not DocInfo("a.txt").described()  # nothing worth a table


@pytest.mark.parametrize("table, says", [
    ('[[source]]\ntitle = "x"\n', "needs `source"),
    ('[[source]]\nsource = "a"\ncolour = "red"\n', "unknown field 'colour'"),
    ('[[source]]\nsource = "a"\ntitle = "a\\u001b[31m"\n', "control character"),
    ('[[source]]\nsource = "a"\npublished = "yesterday"\n', "`published` must be a date"),
    ('[[source]]\nsource = "a"\npage_starts = [5, 2]\n', "increasing character offsets"),
    ('[[source]]\nsource = "a"\n\n[[source]]\nsource = "a"\n', "described twice"),
    ('source = "a"\n', "must be an array of tables"),
])
def test_a_bad_table_is_refused_naming_it(table: str, says: str) -> None:
    with pytest.raises(StoreError, match="source") as info:
        store.loads("schema = 4\n" + table)
    assert says in info.value.message


def test_a_schema_2_store_loads_and_is_written_as_schema_3_with_its_table(tmp_path: Path) -> None:
    old = ev("Troops crossed.", "2024-08-06")
    path = tmp_path / "t.toml"
    path.write_text(store.dumps([old]).replace("schema = 4", "schema = 2"), encoding="utf-8")
    s = Store(path, cache=True)
    assert s.events() == [old] and not s.memory().sources
    assert "schema = 2" in path.read_text(encoding="utf-8")  # reading never rewrites
    new = ev("Troops advanced.", "2024-08-07")
    ingested = Ingested([new], [store.event_block(new)], [], sources=[PAGE])
    with s.transaction() as txn:
        assert save(txn, ingested) == 1
    text = path.read_text(encoding="utf-8")
    assert "\nschema = 4\n" in text and tomllib.loads(text)["source"][0]["title"] == PAGE.title
    assert Store(path).memory().sources == {PAGE.source: PAGE}


def test_a_newer_store_is_too_new_for_a_schema_2_reader(tmp_path: Path, monkeypatch) -> None:
    text = store.dumps([], memory=Memory(sources={PAGE.source: PAGE}))
    monkeypatch.setattr(store, "SCHEMA", 2)
    with pytest.raises(store.StoreTooNew, match=r"schema \d; this one reads up to 2"):
        store.loads(text)


def test_a_big_store_gets_its_table_spliced_in_byte_for_byte(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(store, "SPLICE_MIN", 10)
    events = [ev(f"Statement {n}.", f"2024-01-{n % 28 + 1:02d}") for n in range(40)]
    path = tmp_path / "t.toml"
    s = Store(path, cache=True)
    with s.transaction() as txn:
        for e in events:
            txn.add(e)
    calls = []
    real = store.splice
    monkeypatch.setattr(store, "splice", lambda *a, **k: calls.append(1) or real(*a, **k))
    new = ev("Statement new.", "2024-02-01")
    with s.transaction() as txn:
        save(txn, Ingested([new], [store.event_block(new)], [], sources=[PAGE, REPORT]))
    assert calls  # the fast path was taken, and wrote exactly what a full rewrite writes
    memory = Memory(sources={PAGE.source: PAGE, REPORT.source: REPORT})
    assert path.read_text(encoding="utf-8") == store.dumps(events + [new], memory=memory)
    warm = cache.read(path, store.file_digest(path))
    assert warm is not None and warm.memory.sources == memory.sources  # the cache carries it
    # A later ingest that changes only a title splices again, events untouched.
    retitled = Source(PAGE.source, "Retitled", PAGE.url)
    with s.transaction() as txn:
        assert txn.describe(retitled) and not txn.describe(retitled)
    assert path.read_text(encoding="utf-8") == store.dumps(
        events + [new], memory=Memory(sources={PAGE.source: retitled, REPORT.source: REPORT}))


def test_nothing_new_writes_nothing(tmp_path: Path) -> None:
    path = tmp_path / "t.toml"
    e = ev("Troops crossed.", "2024-08-06")
    with Store(path).transaction() as txn:
        save(txn, Ingested([e], [store.event_block(e)], [], sources=[PAGE]))
    before = path.stat().st_mtime_ns, path.read_bytes()
    with Store(path).transaction() as txn:
        save(txn, Ingested([e], [store.event_block(e)], [], sources=[PAGE]))
    assert (path.stat().st_mtime_ns, path.read_bytes()) == before


def test_merge_keeps_both_sides_sources() -> None:
    other = Source("b.eml", "Re: vote", author="Ann Lee")
    merged = merge_memory(Memory(), Memory(sources={PAGE.source: PAGE}), Memory(sources={other.source: other}), [])
    assert merged.sources == {PAGE.source: PAGE, other.source: other}


def test_the_api_exports_titles_from_a_stores_table(tmp_path: Path) -> None:
    import io
    import json

    import timeline_cli as tl

    e = ev("Troops crossed.", "2024-08-06")
    s = Store(tmp_path / "t.toml")
    with s.transaction() as txn:
        save(txn, Ingested([e], [store.event_block(e)], [], sources=[PAGE]))
    out = io.StringIO()
    tl.export_events("json", s.events(), out, sources=s.memory().sources)
    [record] = json.loads(out.getvalue())
    assert (record["source_title"], record["source_url"]) == (PAGE.title, PAGE.url)
