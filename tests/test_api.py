"""The public Python API (timeline_cli / timeline_cli.api): every name resolves, the package
imports nothing heavy, and library calls leave no trace (no cache file, no state)."""

from __future__ import annotations

import subprocess
import sys
from datetime import date

import pytest

import timeline_cli as tl

ARTICLE = ("KYIV, Nov 6 - On October 24, Ukrainian intelligence reported that the first soldiers "
           "had arrived. The minister said the clash took place on November 4.")


def test_every_public_name_resolves():
    for name in tl.__all__:
        assert getattr(tl, name) is not None, name
    assert set(tl.__all__) <= set(dir(tl))
    with pytest.raises(AttributeError):
        tl.no_such_thing  # noqa: B018


def test_importing_the_package_loads_neither_rich_nor_the_parser():
    code = ("import sys, timeline_cli; "
            "print(sorted(m for m in sys.modules if m == 'rich' or m.startswith('timeline_cli.temporal')))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_extract_and_document_events_are_what_the_cli_uses():
    from timeline_cli.temporal.events import document_events
    from timeline_cli.temporal.extract import extract

    reported = date(2024, 11, 6)
    assert tl.extract(ARTICLE, reported=reported) == extract(ARTICLE, reported)
    assert tl.document_events(ARTICLE, reported=reported, source="a.txt") == \
        document_events(ARTICLE, source="a.txt", reported=reported)
    found = [(t.text, t.value) for t in tl.extract(ARTICLE, reported=reported)]
    assert ("October 24", "2024-10-24") in found and ("November 4", "2024-11-04") in found


def test_an_unknown_language_is_a_clear_error():
    with pytest.raises(ValueError, match="no language pack for 'xx'"):
        tl.extract("today", reported=date(2024, 1, 1), lang="xx")


def test_library_calls_write_no_cache(tmp_path, monkeypatch):
    cache = tmp_path / "cache"
    monkeypatch.setenv("TIMELINE_CACHE_DIR", str(cache))
    store = tl.Store(tmp_path / "t.toml")
    with store.transaction() as txn:
        for event in tl.document_events(ARTICLE, reported=date(2024, 11, 6), source="a.txt"):
            txn.add(event)
    assert len(store) == len(store.select()) >= 2
    assert "2024-11-04" in [e.when for e in store.select(since="2024-11")]
    assert "2024-10-24" not in [e.when for e in store.select(since="2024-11")]
    assert not cache.exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["t.toml"]


def test_formats_round_trip_through_the_api(tmp_path):
    import io

    events = tl.document_events(ARTICLE, reported=date(2024, 11, 6), source="a.txt")
    assert set(tl.export_formats()) >= {"csv", "json", "jsonl", "toml", "html", "ics", "md"}
    for fmt in set(tl.import_formats()) & set(tl.export_formats()):
        out = io.StringIO()
        tl.export_events(fmt, events, out, raw=True)
        assert {e.id for e in tl.read_events(fmt, out.getvalue())} == {e.id for e in events}, fmt
