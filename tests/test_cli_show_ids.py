"""`timeline show ID...`: events in full, by a unique id prefix, with their document context."""

from __future__ import annotations

import json

import pytest

DOC = ("Kyiv, 6 November 2024.\nIntro line.\nOn October 24, troops crossed the border near Kursk.\n"
       "Later, talks began in June 2024.\nEnd.\n")


@pytest.fixture
def doc(tl, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.txt").write_text(DOC, encoding="utf-8")
    assert tl("ingest", "a.txt", "--reported", "2024-11-06").exit_code == 0
    lines = tl("show", "--format", "plain").output.splitlines()
    return {line.split("\t")[1]: line.split("\t")[5] for line in lines}  # ID is column 6 (STATUS 7)


def test_show_id_prints_every_field_and_the_context(tl, doc):
    full = doc["Later, talks began in June 2024."]
    result = tl("show", full[:5])
    assert result.exit_code == 0, result.output
    out = result.output
    assert f"id        {full}" in out
    assert "source    a.txt" in out and "span      88-120" in out and "reported  2024-11-06" in out
    assert "  | »Later, talks began in June 2024.«" in out
    assert "  | On October 24, troops crossed the border near Kursk." in out and "  | End." in out


def test_show_several_ids_and_json(tl, doc):
    ids = sorted(doc.values())[:2]
    out = tl("show", *ids, "--format", "plain").output
    assert out.count("\nid ") + out.startswith("id ") == 2
    rows = json.loads(tl("show", *ids, "--format", "json").output)
    assert sorted(r["id"] for r in rows) == ids


def test_a_changed_source_is_said_not_shown(tl, doc, tmp_path):
    full = doc["Later, talks began in June 2024."]
    (tmp_path / "a.txt").write_text("Something else entirely now.\n" * 10, encoding="utf-8")
    out = tl("show", full).output
    assert "has changed since ingest" in out and "»" not in out
    (tmp_path / "a.txt").unlink()
    assert "not readable from here" in tl("show", full).output


def test_bad_and_ambiguous_ids_exit_2(tl, doc):
    result = tl("show", "zzzz")
    assert result.exit_code == 2 and "no event with id 'zzzz'" in result.output
    tl("add", "2024-01-01: one", "--store", str(tl.store))
    # every id is hex, so some single hex digit prefixes several: use a 4-char prefix shared by none
    result = tl("show", "abc")
    assert result.exit_code == 2 and "at least 4" in result.output


def test_ambiguous_prefix_lists_candidates(tmp_path):
    from click.testing import CliRunner

    from timeline_cli.cli import cli
    from timeline_cli.model import Event
    from timeline_cli.store import save

    path = tmp_path / "t.toml"
    save(path, [Event("abcd01", "2024-01-01", "First event"), Event("abcd02", "2024-01-02", "Second")])
    result = CliRunner().invoke(cli, ["--store", str(path), "show", "abcd"])
    assert result.exit_code == 2
    assert "matches 2 events" in result.output and "abcd01  2024-01-01" in result.output
