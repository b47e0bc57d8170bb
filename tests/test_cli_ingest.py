"""`timeline ingest` and `timeline extract` through click, with a fake extractor module."""

from __future__ import annotations

import os

import json
import re
import sys
import types
from datetime import date
from pathlib import Path

import pytest

from timeline_cli.docread import read_document
from timeline_cli.errors import InputError
from timeline_cli.store import load
from timeline_cli.temporal.types import Timex

SEED = Path(__file__).resolve().parents[1] / "seeds" / "000_ff58ae107db7a909.txt"

FAKE_TABLE = {
    r"\bin June\b": ("DATE", "2024-06", "2024-06"),
    r"October 8-13": ("DATE", "2024-10-08/2024-10-13", "2024-10-08/2024-10-13"),
    r"October 24": ("DATE", "2024-10-24", "2024-10-24"),
    r"November 4": ("DATE", "2024-11-04", "2024-11-04"),
    r"in the coming days": ("DATE", "FUTURE_REF", None),
    r"2024-11-06": ("DATE", "2024-11-06", "2024-11-06"),
    r"\[bold\]": ("DATE", "2024-01-01", "2024-01-01"),
}


def fake_extract(text: str, reported: date, *, dayfirst: bool | None = None) -> list[Timex]:
    out = []
    for pattern, (kind, value, edtf) in FAKE_TABLE.items():
        for m in re.finditer(pattern, text):
            out.append(Timex(m.start(), m.end(), m.group(), kind, value, edtf))
    return out


@pytest.fixture(autouse=True)
def fake_extractor(monkeypatch: pytest.MonkeyPatch):
    """Both commands import timeline_cli.temporal.extract lazily: hand them the fake."""
    # (the streaming reader takes MODES and its helpers from the real module when it is first
    # imported: import it before the fake is in place, as any earlier test in a run would)
    import timeline_cli.temporal.stream  # noqa: F401

    module = types.ModuleType("timeline_cli.temporal.extract")
    module.extract = fake_extract
    monkeypatch.setitem(sys.modules, "timeline_cli.temporal.extract", module)
    import timeline_cli.temporal as temporal

    monkeypatch.setattr(temporal, "extract", module, raising=False)


@pytest.fixture
def seed_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "a.txt").write_bytes(SEED.read_bytes())
    (folder / "b.md").write_text("Date: 2024-10-01\n\nThe ministry said troops left on October 24.\n",
                                 encoding="utf-8")
    (folder / "ignored.png").write_bytes(b"\x89PNG\r\n\x1a\n\x00")  # no reader for images
    return folder


def test_ingest_seed(tl):
    result = tl("ingest", str(SEED))
    assert result.exit_code == 0, result.output
    assert "ingested 18 events from 1 document (18 new)" in result.stderr
    events = load(tl.store)
    by_when = {e.when: e for e in events if not e.when.startswith("..")}
    assert by_when["2024-06"].by == "The Wall Street Journal"
    assert by_when["2024-10-08/2024-10-13"].by == "South Korean intelligence"
    assert by_when["2024-10-24"].by == "Ukrainian intelligence"
    assert "2024-11-04" in by_when and "2024-11-06/.." in by_when
    assert all(e.reported == date(2024, 11, 6) and not e.reported_assumed for e in events)
    # the source is the file relative to the store's folder (a shared store holds no machine's paths)
    assert all(e.source == os.path.relpath(SEED, tl.store.parent) for e in events)


def test_ingest_twice_adds_nothing(tl):
    tl("ingest", str(SEED))
    before = tl.store.read_bytes()
    result = tl("ingest", str(SEED))
    assert result.exit_code == 0
    assert "(0 new)" in result.stderr
    assert tl.store.read_bytes() == before


def test_directory_expands_to_txt_and_md_sorted(tl, seed_dir):
    result = tl("ingest", "--dry-run", str(seed_dir))
    assert result.exit_code == 0, result.output
    assert "from 2 documents" in result.stderr
    lines = result.stdout.splitlines()
    assert lines[-1] == "2024-10-24\tThe ministry said troops left on October 24."
    assert all("\t" in line for line in lines)
    assert not tl.store.exists(), "--dry-run must not write the store"


def test_a_file_named_twice_is_read_once(tl, seed_dir):
    result = tl("ingest", "--dry-run", str(seed_dir), str(seed_dir / "a.txt"), str(seed_dir) + "/")
    assert "from 2 documents" in result.stderr


def test_reported_option_wins(tl):
    result = tl("ingest", "--reported", "2024-12-01", "--dry-run", str(SEED))
    assert result.exit_code == 0
    assert "../2024-12-01\tThe North Koreans fought together" in result.stdout


def test_no_document_date_warns_and_assumes_today(tl, tmp_path):
    doc = tmp_path / "n.txt"
    doc.write_text("Troops moved north.\n", encoding="utf-8")
    result = tl("ingest", str(doc))
    assert result.exit_code == 0
    warning = [line for line in result.stderr.splitlines() if line.startswith("warning:")]
    assert len(warning) == 1 and "--reported" in warning[0]
    [event] = load(tl.store)
    assert event.reported_assumed and event.when == f"../{event.reported.isoformat()}"


def test_drop_undated(tl):
    result = tl("ingest", "--drop-undated", "--dry-run", str(SEED))
    whens = sorted(line.split("\t")[0] for line in result.stdout.splitlines())
    assert whens == ["2024-06", "2024-10-08/2024-10-13", "2024-10-24", "2024-11-04", "2024-11-06/.."]


def test_stdin(tl):
    result = tl("ingest", "-", "--reported", "2024-11-06", input="Ships left on October 24.\n")
    assert result.exit_code == 0, result.output
    [event] = load(tl.store)
    assert (event.when, event.source) == ("2024-10-24", "<stdin>")


def test_jobs_gives_the_same_events(tl, seed_dir, tmp_path):
    one = tl("ingest", "--dry-run", str(seed_dir))
    many = tl("ingest", "--dry-run", "--jobs", "2", str(seed_dir))
    assert many.exit_code == 0, many.output
    assert one.stdout == many.stdout


def test_progress_bar_on_a_terminal(tl, seed_dir, monkeypatch):
    monkeypatch.setattr("timeline_cli.commands.ingest._isatty", lambda stream: True)
    result = tl("ingest", str(seed_dir))
    assert result.exit_code == 0, result.output
    assert "from 2 documents" in result.stderr
    assert result.stdout == ""


def test_dry_run_escapes_control_characters(tl, tmp_path):
    doc = tmp_path / "evil.txt"
    doc.write_text("Date: 2024-11-06\n\nIt \x1b[31mhappened\x07 on October 24.\n", encoding="utf-8")
    result = tl("ingest", "--dry-run", str(doc))
    assert "\x1b" not in result.stdout and "\\x1b" in result.stdout


@pytest.mark.parametrize(("content", "message"), [
    (b"abc\x00def", "NUL byte at byte offset 3"),
    (b"caf\xe9 ok", "bad byte at byte offset 3"),
])
def test_bad_bytes_are_refused_with_a_hint(tl, tmp_path, content, message):
    doc = tmp_path / "bad.txt"
    doc.write_bytes(content)
    result = tl("ingest", str(doc))
    assert result.exit_code == 1
    assert message in result.stderr
    assert "Hint:" in result.stderr and "Traceback" not in result.output
    assert not tl.store.exists()


def test_latin1_with_encoding(tl, tmp_path):
    doc = tmp_path / "l.txt"
    doc.write_bytes("Date: 2024-11-06\n\nThe caf\xe9 closed on October 24.\n".encode("latin-1"))
    result = tl("ingest", "--encoding", "latin-1", "--dry-run", str(doc))
    assert result.exit_code == 0
    assert "2024-10-24\tThe café closed on October 24." in result.stdout


def test_missing_file_fails_before_writing(tl, tmp_path):
    result = tl("ingest", str(SEED), str(tmp_path / "nope.txt"))
    assert result.exit_code == 1
    assert "no such file" in result.stderr
    assert not tl.store.exists()


# ----------------------------------------------------------------- read_document


def test_read_document_refuses_a_directory(tmp_path):
    with pytest.raises(InputError, match="is a directory"):
        read_document(str(tmp_path))


def test_read_document_refuses_huge_files(tmp_path, monkeypatch):
    monkeypatch.setattr("timeline_cli.docread.MAX_BYTES", 10)
    doc = tmp_path / "big.txt"
    doc.write_text("x" * 11, encoding="utf-8")
    with pytest.raises(InputError, match="too big") as info:
        read_document(str(doc))
    assert info.value.hint


def test_read_document_keeps_the_text_exactly(tmp_path):
    doc = tmp_path / "crlf.txt"
    doc.write_bytes("\ufeffOne.\r\nTwo.  \r\n".encode("utf-8"))
    assert read_document(str(doc)) == "\ufeffOne.\r\nTwo.  \r\n"


def test_read_document_names_the_encoding_hint(tmp_path):
    doc = tmp_path / "l.txt"
    doc.write_bytes(b"\xff\xfe")
    with pytest.raises(InputError) as info:
        read_document(str(doc))
    assert "--encoding latin-1" in info.value.hint


def test_unknown_encoding(tmp_path):
    doc = tmp_path / "a.txt"
    doc.write_text("x", encoding="utf-8")
    with pytest.raises(InputError, match="unknown encoding"):
        read_document(str(doc), "klingon-8")


# ----------------------------------------------------------------- extract


def test_extract_jsonl_offsets_are_into_the_file_as_read(tl):
    result = tl("extract", "--format", "jsonl", str(SEED))
    assert result.exit_code == 0, result.output
    text = SEED.read_text(encoding="utf-8")
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert records
    for r in records:
        assert list(r) == ["doc", "start", "end", "text", "type", "value", "edtf"]
        assert text[r["start"]:r["end"]] == r["text"]
        assert r["doc"] == str(SEED)
    [october] = [r for r in records if r["text"] == "October 24"]
    assert (october["type"], october["value"], october["edtf"]) == ("DATE", "2024-10-24", "2024-10-24")


def test_extract_table_does_not_read_markup(tl, tmp_path):
    doc = tmp_path / "m.txt"
    doc.write_text("Date: 2024-11-06\nIt was [bold] then.\n", encoding="utf-8")
    result = tl("extract", "--format", "table", str(doc))
    assert result.exit_code == 0, result.output
    assert "[bold]" in result.stdout


def test_extract_table_shows_each_document_with_its_date_and_the_words_around(tl, tmp_path):
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text("Date: 2024-11-06\n\nTroops were shipped on October 8-13 to the port.\n", encoding="utf-8")
    b.write_text("Nothing dated here.\n", encoding="utf-8")
    result = tl("extract", "--format", "table", "--reported", "2024-11-06", str(a), str(b),
                env={"COLUMNS": "250"})
    assert result.exit_code == 0, result.stderr
    out = result.stdout
    assert out.index(str(a)) < out.index("shipped on October 8-13 to the port") < out.index(str(b))
    assert "2024-10-08/2024-10-13" in out and "reported 2024-11-06 (--reported)" in out
    assert "no temporal expressions found" in out


def test_extract_stdin_needs_no_date_with_reported(tl):
    result = tl("extract", "--reported", "2024-11-06", "-", input="On October 24 it rained.\n")
    assert result.exit_code == 0
    assert "warning" not in result.stderr
    [record] = [json.loads(line) for line in result.stdout.splitlines()]
    assert (record["doc"], record["start"], record["end"]) == ("-", 3, 13)


def test_extract_warns_without_a_document_date(tl):
    result = tl("extract", "-", input="On October 24 it rained.\n")
    assert result.exit_code == 0
    assert result.stderr.startswith("warning:") and "--reported" in result.stderr


def test_ingest_stores_a_range_as_one_interval(tl, tmp_path, monkeypatch):
    """With the real extractor: 'from May to July' is two expressions, one event interval."""
    import importlib

    import timeline_cli.temporal as temporal

    monkeypatch.delitem(sys.modules, "timeline_cli.temporal.extract")
    real = importlib.import_module("timeline_cli.temporal.extract")
    monkeypatch.setattr(temporal, "extract", real, raising=False)
    doc = tmp_path / "r.txt"
    doc.write_text("Date: 2024-11-06\n\nOfficials said exports rose from May to July.\n"
                   "The strike lasted between October 8 and October 13, unions said.\n", encoding="utf-8")
    result = tl("ingest", str(doc))
    assert result.exit_code == 0, result.output
    assert sorted(e.when for e in load(tl.store)) == ["2024-05/2024-07", "2024-10-08/2024-10-13"]


def test_a_binary_document_among_many_stops_a_parallel_ingest_with_its_hint(tl, tmp_path):
    docs = tmp_path / "docs"
    docs.mkdir()
    for i in range(6):
        (docs / f"{i}.txt").write_text(f"Date: 2024-11-06\n\nTroops arrived on October {i + 1}.\n", encoding="utf-8")
    (docs / "3.txt").write_bytes(b"Date: 2024-11-06\n\x00\x01binary")
    result = tl("ingest", str(docs), "--jobs", "2")
    assert result.exit_code == 1
    assert "NUL byte at byte offset 17" in result.stderr
    assert "Hint: convert it to text first" in result.stderr
    assert not tl.store.exists()
