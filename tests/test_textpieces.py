"""A very large plain-text file read a piece at a time (textpieces.py): the pieces join to
exactly the text read whole, each cut where a sentence can end; bad input fails as reading it
whole does, at the byte offset in the file; and `timeline ingest` of such a file parses it a
piece at a time, never holding the whole text, with the events and spans of the whole text
away from the pieces' seams."""

from __future__ import annotations

import random

import pytest

from _memory import traced_peak
from conftest import CORPORA, corpus_docs
from timeline_cli import textpieces
from timeline_cli.docread import read_document
from timeline_cli.errors import InputError
from timeline_cli.temporal import stream
from timeline_cli.textpieces import is_piecewise, text_pieces

WORDS = ["alpha", "béta", "γάμμα", "😀x", "delta.", "\n\n", "\n", "\r\n\r\n", "  ", "Oct. 24"]


def _text(n: int = 6000, seed: int = 1) -> str:
    rng = random.Random(seed)
    return "".join(rng.choice(WORDS) + " " for _ in range(n))


@pytest.mark.parametrize("encoding", ["utf-8", "utf-16", "utf-8-sig", "cp1252"])
@pytest.mark.parametrize("size", [37, 500, 4096, 1 << 20])
def test_the_pieces_join_to_the_text_read_whole(tmp_path, encoding, size):
    text = _text()
    if encoding == "cp1252":
        text = text.encode("cp1252", "replace").decode("cp1252")
    path = tmp_path / "doc.txt"
    path.write_bytes(("\ufeff" if encoding == "utf-8" else "").encode("utf-8") + text.encode(encoding))
    pieces = list(text_pieces(str(path), encoding, size))
    assert "".join(pieces) == read_document(str(path), encoding)
    if size < len(text) // 2:
        assert len(pieces) > 1
        # a piece ends after white space (a paragraph or line break where there is one)
        assert all(p[-1].isspace() for p in pieces[:-1])


def test_a_piece_is_cut_after_a_paragraph_break_where_there_is_one(tmp_path):
    path = tmp_path / "doc.txt"
    paragraph = "The council met on October 24. Officials said so. " * 3
    path.write_text("\n\n".join([paragraph] * 200), encoding="utf-8")
    pieces = list(text_pieces(str(path), "utf-8", 2000))
    assert len(pieces) > 10
    assert all(p.endswith("\n\n") and not p.startswith("\n") for p in pieces[:-1])


def test_one_long_line_is_cut_at_white_space_or_at_the_size(tmp_path):
    path = tmp_path / "doc.txt"
    path.write_text("x" * 5000 + " " + "y" * 5000, encoding="utf-8")
    pieces = list(text_pieces(str(path), "utf-8", 6000))
    assert pieces[0] == "x" * 5000 + " " and "".join(pieces) == "x" * 5000 + " " + "y" * 5000
    path.write_text("z" * 10000, encoding="utf-8")
    assert [len(p) for p in text_pieces(str(path), "utf-8", 3000)] == [3000, 3000, 3000, 1000]


@pytest.mark.parametrize("data, message", [
    (b"ok text " * 1000 + b"\xff" + b" more", "not valid utf-8 (bad byte at byte offset 8000)"),
    (b"ok text " * 1000 + b"\x00", "looks binary (NUL byte at byte offset 8000)"),
])
def test_bad_bytes_fail_at_their_offset_in_the_file(tmp_path, data, message):
    path = tmp_path / "doc.txt"
    path.write_bytes(data)
    with pytest.raises(InputError, match="bad byte|binary") as whole:
        read_document(str(path))
    with pytest.raises(InputError) as pieces:
        list(text_pieces(str(path), "utf-8", 100))
    assert message in pieces.value.message and pieces.value.message == whole.value.message


def test_too_big_and_missing(tmp_path, monkeypatch):
    path = tmp_path / "doc.txt"
    path.write_text("word " * 100, encoding="utf-8")
    monkeypatch.setattr("timeline_cli.docread.MAX_BYTES", 300)
    pieces = text_pieces(str(path), "utf-8", 50)
    with pytest.raises(InputError, match="too big"):
        next(pieces)  # before any piece is given (and parsed)
    with pytest.raises(InputError, match="no such file"):
        list(text_pieces(str(tmp_path / "missing.txt"), "utf-8", 50))


def test_only_a_file_over_the_size_is_read_in_pieces(tmp_path, monkeypatch):
    path = tmp_path / "doc.txt"
    path.write_text("word " * 100, encoding="utf-8")
    monkeypatch.setattr(textpieces, "PIECE_BYTES", 400)
    assert is_piecewise(str(path))
    monkeypatch.setattr(textpieces, "PIECE_BYTES", 600)
    assert not is_piecewise(str(path))
    assert not is_piecewise("-") and not is_piecewise("https://example.org/big.txt")


def _count_pieces(monkeypatch) -> list[int]:
    """The length of each piece text_pieces gives from now on, in a list that fills as they go."""
    read: list[int] = []
    real = textpieces.text_pieces

    def counted(*args):
        for piece in real(*args):
            read.append(len(piece))
            yield piece

    monkeypatch.setattr(textpieces, "text_pieces", counted)
    return read


def _archive(tmp_path, count: int):
    doc = tmp_path / "archive.txt"
    doc.write_text("Date: 2000-06-01\n\n" + "\n\n".join(text for text, _ in corpus_docs("aquaint")[:count]),
                   encoding="utf-8")
    return doc


@pytest.mark.corpus
def test_ingest_reads_a_very_large_file_a_piece_at_a_time(tl, tmp_path, monkeypatch):
    if not (CORPORA / "aquaint.jsonl").exists():
        pytest.skip("corpora absent")
    import tomllib

    doc = _archive(tmp_path, 30)
    monkeypatch.setattr(stream, "STREAM_FROM", 1000)  # read as a stream, whole
    assert tl("ingest", str(doc)).exit_code == 0
    whole = {e["id"]: e for e in tomllib.loads(tl.store.read_text(encoding="utf-8"))["event"]}
    tl.store.unlink()
    monkeypatch.setattr(textpieces, "PIECE_BYTES", 10_000)  # ... and in pieces of 10,000 characters
    read = _count_pieces(monkeypatch)
    result = tl("ingest", str(doc))
    assert result.exit_code == 0, result.output
    assert len(read) > 5 and max(read) < 11_000  # it went a piece at a time
    pieced = {e["id"]: e for e in tomllib.loads(tl.store.read_text(encoding="utf-8"))["event"]}
    # The same statements at the same offsets of the file; a few near a seam differ, as the time
    # under discussion and the document's full names start again with each piece
    same = [i for i in whole if i in pieced and pieced[i] == whole[i]]
    assert len(same) >= 0.95 * len(whole) and len(pieced) >= 0.95 * len(whole)
    text = doc.read_text(encoding="utf-8")
    for event in pieced.values():  # (a span may hold one clause of a sentence of several happenings)
        start, end = event["span"]
        assert text[start:end].strip() and " ".join(text[start:end].split()) in event["text"]
    assert pieced[same[0]]["reported"].isoformat() == "2000-06-01"  # the first piece's header


@pytest.mark.corpus
def test_what_a_file_in_pieces_holds_does_not_grow_with_it(tmp_path, monkeypatch):
    # Parsing a file in pieces holds a piece of its text, never the whole: doubling the file
    # adds the events it gives (kept for the store), not its text. The same file read whole
    # holds its text (as a string, and as bytes while decoded).
    if not (CORPORA / "aquaint.jsonl").exists():
        pytest.skip("corpora absent")
    from datetime import date

    from timeline_cli import ingest

    monkeypatch.setattr(stream, "STREAM_FROM", 1000)
    one = _archive(tmp_path, 70)
    text = one.read_text(encoding="utf-8")
    two = tmp_path / "twice.txt"
    two.write_text(text + "\n\n" + text, encoding="utf-8")  # the same statements: no more events

    def parsed(path, piece):
        monkeypatch.setattr(textpieces, "PIECE_BYTES", piece)
        job = ingest.Job(str(path), "doc", None, date(2000, 6, 1), date(2026, 1, 1), True, None)
        return lambda: ingest.parse_parts(job)

    small, large = traced_peak(parsed(one, 20_000)), traced_peak(parsed(two, 20_000))
    assert large - small < 0.25 * len(text)  # the second copy of the text is not held
    whole_small, whole_large = traced_peak(parsed(one, 1 << 30)), traced_peak(parsed(two, 1 << 30))
    assert whole_large - whole_small > len(text)  # (read whole, it is)


@pytest.mark.corpus
def test_extract_jsonl_reads_a_very_large_file_a_piece_at_a_time(tl, tmp_path, monkeypatch):
    if not (CORPORA / "aquaint.jsonl").exists():
        pytest.skip("corpora absent")
    import json

    doc = _archive(tmp_path, 30)
    monkeypatch.setattr(stream, "STREAM_FROM", 1000)

    def records():
        result = tl("extract", "--format", "jsonl", str(doc))
        assert result.exit_code == 0, result.output
        return [json.loads(line) for line in result.stdout.splitlines()]

    whole = records()
    monkeypatch.setattr(textpieces, "PIECE_BYTES", 10_000)
    pieced = records()
    text = doc.read_text(encoding="utf-8")
    assert all(text[r["start"]:r["end"]] == r["text"] for r in pieced)  # offsets into the file
    spans = {(r["start"], r["end"]) for r in whole}
    assert {(r["start"], r["end"]) for r in pieced} == spans and len(spans) > 150
    same = sum(1 for a, b in zip(whole, pieced) if a == b)
    assert same >= 0.95 * len(whole)  # (a value near a seam may hang on the report date instead)


@pytest.mark.corpus
def test_extract_table_and_jobs_read_a_very_large_file_a_piece_at_a_time(tl, tmp_path, monkeypatch):
    # The table gives one title and the rows of the JSONL, at the same offsets of the file; with
    # --jobs, the large file is read here in pieces, in its place among the others, and the
    # output is what it is without workers.
    if not (CORPORA / "aquaint.jsonl").exists():
        pytest.skip("corpora absent")
    import json
    import re

    doc = _archive(tmp_path, 30)
    small = tmp_path / "small.txt"
    small.write_text("Date: 2001-02-03\n\nThe vote was held on January 5.\n", encoding="utf-8")
    monkeypatch.setattr(stream, "STREAM_FROM", 1000)
    monkeypatch.setattr(textpieces, "PIECE_BYTES", 10_000)
    read = _count_pieces(monkeypatch)
    jsonl = tl("extract", "--format", "jsonl", str(doc))
    table = tl("--color", "never", "extract", "--format", "table", str(doc))
    assert jsonl.exit_code == 0 and table.exit_code == 0, table.output
    assert len(read) > 10 and max(read) < 11_000  # both went a piece at a time
    pieces = len(read) // 2
    spans = [(r["start"], r["end"]) for r in map(json.loads, jsonl.stdout.splitlines())]
    shown = [tuple(map(int, m.groups())) for m in re.finditer(r"^\S\s+(\d+)-(\d+) \S", table.stdout, re.M)]
    assert shown == spans and len(spans) > 150
    assert table.stdout.count("reported 2000-06-01") == 1  # one title for the document
    read.clear()
    serial = tl("extract", "--format", "jsonl", str(small), str(doc), str(small))
    workers = tl("extract", "--jobs", "2", "--format", "jsonl", str(small), str(doc), str(small))
    assert workers.exit_code == 0, workers.output
    assert workers.stdout == serial.stdout
    assert len(read) == 2 * pieces  # in pieces with --jobs too (a worker reads a file whole)
    assert json.loads(workers.stdout.splitlines()[-1])["doc"] == str(small)


@pytest.mark.corpus
def test_each_piece_parsed_is_heard_of_for_a_progress_bar(tmp_path, monkeypatch):
    # A bar inside one very large document (it stood at 0/1 for minutes): every piece parsed in
    # this process is reported with its size, the sizes adding up to the text.
    if not (CORPORA / "aquaint.jsonl").exists():
        pytest.skip("corpora absent")
    from datetime import date

    from timeline_cli import ingest

    doc = _archive(tmp_path, 30)
    monkeypatch.setattr(textpieces, "PIECE_BYTES", 10_000)
    heard: list[int] = []
    job = ingest.Job(str(doc), "doc", None, date(2000, 6, 1), date(2026, 1, 1), True, None)
    with textpieces.reporting_pieces(heard.append):
        parts = ingest.parse_parts(job)
    assert len(heard) > 5 and sum(heard) == len(doc.read_text(encoding="utf-8"))
    assert parts[0][0]  # (events came of it)
    ingest.parse_parts(job)
    assert sum(heard) == len(doc.read_text(encoding="utf-8"))  # no one listens outside it
