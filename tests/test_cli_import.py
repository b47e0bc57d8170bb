"""`timeline import` through the CLI: formats, validation, dedupe, all-or-nothing."""

from __future__ import annotations

import json

import pytest

from timeline_cli import store


def seed(tl):
    for args in (["2024-06: agreement signed", "--by", "The Wall Street Journal", "--tag", "diplomacy"],
                 ["2024-10-08/2024-10-13: troops shipped, \"quoted\", =SUM(A1)", "--tag", "dprk"],
                 ["2024-11-04: Перше зіткнення; 첫 충돌\twith a tab", "--source", "https://example.org/a"],
                 ["2024-10-24: =HYPERLINK(\"http://evil\",\"click\")", "--by", "@someone"]):
        assert tl("add", *args).exit_code == 0


@pytest.mark.parametrize("fmt", ["csv", "tsv", "json", "jsonl", "toml"])
def test_export_then_import_gives_back_the_same_store_bytes(tl, tmp_path, fmt):
    seed(tl)
    raw = ["--raw"] if fmt in ("csv", "tsv") else []
    exported = tmp_path / f"events.{fmt}"
    args = ["export", "--format", fmt, "-o", str(exported)] + raw if fmt != "toml" else \
        ["filter", "-o", str(exported)]
    assert tl(*args).exit_code == 0
    copy = tmp_path / "copy.toml"
    result = tl("--store", str(copy), "import", str(exported), *raw, store=False)
    assert result.exit_code == 0, result.stderr
    assert copy.read_bytes() == tl.store.read_bytes()


def test_safe_csv_export_then_import_is_lossless_too(tl, tmp_path):
    seed(tl)
    exported = tmp_path / "e.csv"
    tl("export", "-o", str(exported))
    assert "'=HYPERLINK" in exported.read_text(encoding="utf-8")
    assert ",'@someone," in exported.read_text(encoding="utf-8")
    copy = tmp_path / "copy.toml"
    assert tl("--store", str(copy), "import", str(exported), store=False).exit_code == 0
    assert copy.read_bytes() == tl.store.read_bytes()


def test_format_is_guessed_from_content_on_stdin(tl):
    rows = "\n".join(json.dumps({"when": w, "text": t}) for w, t in [("2024-10-24", "a"), ("Nov 2024", "b")])
    result = tl("import", "-", input=rows)
    assert result.exit_code == 0, result.stderr
    assert [(e.when, e.text) for e in store.load(tl.store)] == [("2024-10-24", "a"), ("2024-11", "b")]


def test_importing_twice_adds_nothing(tl, tmp_path):
    src = tmp_path / "in.csv"
    src.write_text("when,text\n2024-11-04,first clash\n", encoding="utf-8")
    assert "imported 1 new event(s)" in tl("import", str(src)).stderr
    assert "imported 0 new event(s)" in tl("import", str(src)).stderr
    assert len(store.load(tl.store)) == 1


def test_identical_statement_with_another_id_is_not_duplicated(tl, tmp_path):
    tl("add", "2024-11-04: first clash")
    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps({"id": "other-id", "when": "2024-11-04", "text": "first  clash"}) + "\n")
    tl("import", str(src))
    assert len(store.load(tl.store)) == 1


def test_an_invalid_row_names_row_and_field_and_writes_nothing(tl, tmp_path):
    tl("add", "2024-11-04: first clash")
    before = tl.store.read_bytes()
    src = tmp_path / "in.csv"
    src.write_text("when,text\n2024-10-24,fine\nsoon,bad date\n", encoding="utf-8")
    result = tl("import", str(src))
    assert result.exit_code == 1
    assert f"Error: {src}: row 2: field 'when'" in result.stderr
    assert "Hint:" in result.stderr
    assert tl.store.read_bytes() == before


def test_skip_invalid_imports_the_rest_and_reports(tl, tmp_path):
    src = tmp_path / "in.csv"
    src.write_text("when,text\n2024-10-24,fine\nsoon,bad date\n,no date\n", encoding="utf-8")
    result = tl("import", str(src), "--skip-invalid")
    assert result.exit_code == 1
    assert result.stderr.count("skipped ") == 2
    assert "2 invalid row(s) skipped" in result.stderr
    assert [e.text for e in store.load(tl.store)] == ["fine"]


def test_duplicate_ids_with_different_content_are_refused(tl, tmp_path):
    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps({"id": "a1", "when": "2024", "text": "x"}) + "\n"
                   + json.dumps({"id": "a1", "when": "2025", "text": "y"}) + "\n")
    result = tl("import", str(src))
    assert result.exit_code == 1 and "row 2: field 'id': a1 is also row 1" in result.stderr


@pytest.mark.parametrize("name, data, fragment", [
    ("bin.csv", b"when,text\n\x00\x01\x02", "NUL byte at byte offset 10"),
    ("latin.csv", b"when,text\n2024,caf\xe9\n", "bad byte at byte offset 18"),
    ("notes.txt", b"just some words", "cannot tell the format"),
    ("page.html", b"<html></html>", "html files cannot be imported"),
])
def test_unreadable_files_are_one_line_errors(tl, tmp_path, name, data, fragment):
    src = tmp_path / name
    src.write_bytes(data)
    result = tl("import", str(src))
    assert result.exit_code == 1
    assert fragment in result.stderr and "Traceback" not in result.stderr
    assert not tl.store.exists()


def test_encoding_option_reads_latin1(tl, tmp_path):
    src = tmp_path / "latin.csv"
    src.write_bytes(b"when,text\n2024,caf\xe9\n")
    assert tl("import", str(src), "--encoding", "latin-1").exit_code == 0
    assert store.load(tl.store)[0].text == "café"


def test_missing_file(tl, tmp_path):
    result = tl("import", str(tmp_path / "nope.csv"))
    assert result.exit_code == 1 and "no such file" in result.stderr
