"""Hostile and broken input through the CLI: a clear error or safe behaviour, never a traceback,
never a changed store.

Every refusal here is checked the same way (`refused`): exit 1 or 2, an `Error:` line (plus at
most a `Hint:` and click's usage lines), no traceback, no "internal error", and the store's
bytes exactly as before. The 200 MB document is in the slow suite (peak RSS measured in a
subprocess with resource.getrusage).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from _figures import record
from timeline_cli import store
from timeline_cli.model import Event

SEED = [Event(id="a1", when="2024-10-24", text="First soldiers at the front", source="doc.txt"),
        Event(id="b2", when="2024-11-04", text="First clash", by="Ukrainian MoD")]
ROOT = os.geteuid() == 0 if hasattr(os, "geteuid") else False


@pytest.fixture
def seeded(tl):
    store.save(tl.store, SEED)
    return tl


def _bytes(path: Path) -> bytes | None:
    try:
        with open(path, "rb") as fh:
            return fh.read()
    except OSError:
        return None


def refused(tl, *args, input=None, fragment: str = "", codes=(1, 2)):
    """Run and check it is a clean refusal that left the store as it was."""
    before = _bytes(tl.store)
    result = tl(*args, input=input)
    record("hostile inputs refused", 1)
    out = result.output
    assert result.exit_code in codes, out
    assert "Traceback" not in out and "internal error" not in out, out
    errors = [line for line in out.splitlines() if line.startswith("Error: ")]
    assert len(errors) == 1, out
    assert fragment.lower() in errors[0].lower(), out
    assert _bytes(tl.store) == before, "the store changed"
    return errors[0]


def accepted(tl, *args, input=None):
    result = tl(*args, input=input)
    record("hostile inputs handled safely", 1)
    assert result.exit_code == 0, result.output
    assert "Traceback" not in result.output
    return result


# ---------------------------------------------------------------- encodings, binary, NUL

@pytest.mark.parametrize("command", [["ingest", "--reported", "2024-11-06"], ["extract", "--reported", "2024-11-06"],
                                     ["import"]])
def test_invalid_utf8_names_the_byte_offset_and_encoding_overrides(seeded, tmp_path, command):
    bad = tmp_path / "latin1.csv"
    text = "when,text\n2024-10-24,Caf\xe9 shelled on 24 October 2024\n"
    bad.write_bytes(text.encode("latin-1"))
    offset = text.encode("latin-1").index(b"\xe9")
    line = refused(seeded, *command, str(bad), fragment=f"byte offset {offset}")
    assert "utf-8" in line.lower()
    result = accepted(seeded, *command, str(bad), "--encoding", "latin-1")
    if command[0] == "extract":  # offsets count characters of the decoded text
        found = [json.loads(line) for line in result.output.splitlines() if line.startswith("{")]
        assert any(r["start"] == text.index("24 October") for r in found)


@pytest.mark.parametrize("command", [["ingest", "--reported", "2024-11-06"], ["extract", "--reported", "2024-11-06"],
                                     ["import"], ["import", "--format", "csv"]])
@pytest.mark.parametrize("data", [b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", b"when,text\n2024,a\x00b\n",
                                  bytes(range(256)), b"%PDF-1.7\n\x00\xff\xfe"], ids=["png", "nul", "bytes", "pdf"])
def test_binary_files_and_nul_bytes_are_refused(seeded, tmp_path, command, data):
    path = tmp_path / "file.csv"
    path.write_bytes(data)
    offset = data.index(b"\x00") if b"\x00" in data else None
    fragment = f"byte offset {offset}" if offset is not None else "byte offset"
    if data.startswith(b"%PDF") and command[0] in ("ingest", "extract"):
        fragment = "PDF"  # ingest and extract read a PDF by its content, whatever its name (readers/)
    refused(seeded, *command, str(path), fragment=fragment)


def test_nul_bytes_in_the_store_are_refused(tl):
    tl.store.write_bytes(store.dumps(SEED).encode() + b"\x00")
    refused(tl, "show", fragment="NUL")
    refused(tl, "add", "2024-11-05: more", fragment="NUL")


def test_a_store_that_is_not_utf8_names_the_offset(tl):
    data = store.dumps(SEED).encode() + "# café\n".encode("latin-1")
    tl.store.write_bytes(data)
    refused(tl, "show", fragment=f"offset {data.index(bytes([0xe9]))}")


def test_stdin_bytes_that_are_not_utf8_for_add(seeded):
    line = refused(seeded, "add", "-", input=b"2024-11-05\tok\n2024-11-06\tcaf\xe9\n", fragment="line 2")
    assert "byte offset 28" in line


def test_utf16_documents_with_their_encoding(seeded, tmp_path):
    path = tmp_path / "utf16.txt"
    path.write_text("6 November 2024\nOn October 24, 2024 the first soldiers arrived.\n", encoding="utf-16")
    refused(seeded, "extract", str(path), fragment="NUL byte")
    out = accepted(seeded, "extract", str(path), "--encoding", "utf-16", "--format", "jsonl").output
    assert "October 24, 2024" in out


@pytest.mark.parametrize("encoding", ["rot13", "base64", "zlib", "no-such-codec", ""])
def test_encodings_that_are_not_text_encodings(seeded, tmp_path, encoding):
    path = tmp_path / "a.txt"
    path.write_text("On 24 October 2024 it began.\n")
    refused(seeded, "ingest", str(path), "--encoding", encoding, fragment="encoding")


# ---------------------------------------------------------------- sizes

def test_a_one_megabyte_line(seeded, tmp_path):
    words = "troops moved along the river, officials said; " * 22_000
    line = "On 24 October 2024 " + words[: 1_000_000] + "."
    doc = tmp_path / "oneline.txt"
    doc.write_text(line, encoding="utf-8")
    # (that each stage stays linear on a long line is test_scaling.py's: a ratio, not a clock)
    accepted(seeded, "ingest", str(doc), "--reported", "2024-11-06")
    out = accepted(seeded, "extract", str(doc), "--reported", "2024-11-06", "--format", "jsonl").output
    assert json.loads(out.splitlines()[0])["text"] == "24 October 2024"
    accepted(seeded, "add", "-", input="2024-11-05\t" + words[:1_000_000] + "\n")
    csv = tmp_path / "long.csv"
    assert seeded("export", "--format", "csv", "-o", str(csv)).exit_code == 0
    other = seeded.__class__(tmp_path / "copy.toml")
    accepted(other, "import", str(csv))
    assert store.load(other.store) == store.load(seeded.store)


def test_deeply_nested_and_huge_toml_stores(tl):
    tl.store.write_text("schema = 1\nx = " + "[" * 200_000 + "]" * 200_000 + "\n")
    refused(tl, "show", fragment="nested too deeply")
    tl.store.write_text("schema = 1\n" + "".join(f"k{i} = {i}\n" for i in range(200_000)))
    refused(tl, "add", "2024-11-05: x", fragment="unknown top-level key")
    tl.store.write_text("schema = 1\n[[event]]\n" + "".join(f"a{i} = 1\n" for i in range(100_000)))
    refused(tl, "show", fragment="unknown field")
    tl.store.write_text("schema = 1\n[[event]]\n" + "a = 1\n" * 100_000)
    refused(tl, "show", fragment="not valid TOML")
    tl.store.write_text("schema = " + "9" * 5000 + "\n")
    refused(tl, "show", fragment="too long")
    tl.store.write_text("schema = 1\n[[event]]\nid = 'a'\nwhen = '2024'\ntext = 'x'\ntags = [" + "[" * 5000 + "]" * 5000 + "]\n")
    refused(tl, "show", fragment="nested too deeply")


def test_duplicate_ids_in_the_store_and_in_imports(seeded, tmp_path):
    dup = tmp_path / "dup.toml"
    dup.write_text("schema = 1\n[[event]]\nid = 'x'\nwhen = '2024'\ntext = 'one'\n"
                   "[[event]]\nid = 'x'\nwhen = '2025'\ntext = 'two'\n")
    refused(seeded, "import", str(dup), fragment="duplicate id x")
    rows = tmp_path / "dup.jsonl"
    rows.write_text('{"id": "x", "when": "2024", "text": "one"}\n{"id": "x", "when": "2025", "text": "two"}\n')
    refused(seeded, "import", str(rows), fragment="row 2")
    # the store itself
    other = seeded.__class__(dup)
    refused(other, "show", fragment="duplicate id x")
    refused(other, "add", "2024: more", fragment="duplicate id x")


# ---------------------------------------------------------------- dates out of range

BAD_DATES = ["10000", "10000-01-01", "-10000", "-10000-01-01", "Y10000", "Y-5", "2024-02-30",
             "9999-12-31/10000", "-0001-02-29"]
# EDTF's astronomical years before 1 (0000 is 1 BC): dates for `when`, never a report day
BC_DATES = ["0000", "0000-01-01", "-0001", "-2024-01-01", "0000/2024", "-9999-01-01"]


@pytest.mark.parametrize("value", BAD_DATES)
@pytest.mark.parametrize("option", ["--when", "--reported"])
def test_add_refuses_dates_out_of_range(seeded, option, value):
    args = ["add", "x happened"] if option == "--when" else ["add", "2024-11-05: x happened"]
    refused(seeded, *args, option, value, fragment="")


@pytest.mark.parametrize("value", BC_DATES)
def test_add_takes_years_bc_as_dates_but_not_as_report_days(seeded, value):
    accepted(seeded, "add", "x happened", "--when", value)
    refused(seeded, "add", "2024-11-05: y happened", "--reported", value, fragment="")


@pytest.mark.parametrize("value", BAD_DATES)
@pytest.mark.parametrize("option", ["--since", "--until", "--on"])
@pytest.mark.parametrize("command", ["show", "filter", "export"])
def test_filters_refuse_dates_out_of_range(seeded, command, option, value):
    refused(seeded, command, option, value, fragment="is not a date")


@pytest.mark.parametrize("value", BC_DATES)
def test_imports_refuse_a_report_day_before_year_one(seeded, tmp_path, value):
    path = tmp_path / "rows.jsonl"
    path.write_text(json.dumps({"when": value, "text": "x", "reported": value}) + "\n")
    refused(seeded, "import", str(path), fragment="field 'reported'")


@pytest.mark.parametrize("value", BAD_DATES)
@pytest.mark.parametrize("field", ["when", "reported"])
def test_imports_refuse_dates_out_of_range(seeded, tmp_path, field, value):
    row = {"when": "2024", "text": "x", field: value}
    path = tmp_path / "rows.jsonl"
    path.write_text(json.dumps(row) + "\n")
    refused(seeded, "import", str(path), fragment=f"field '{field}'")


@pytest.mark.parametrize("value", BAD_DATES)
def test_a_store_with_a_date_out_of_range(tl, value):
    tl.store.write_text(f"schema = 1\n[[event]]\nid = 'a'\nwhen = '{value}'\ntext = 'x'\n")
    refused(tl, "show", fragment="field 'when'")


@pytest.mark.parametrize("when", ["0001-01-01", "9999-12-31", "../0001", "9999/..", "0001/9999", "9999-24", "99XX",
                                  "-9999-01-01", "../-9999", "-9999/..", "-0001-24", "0000/9999"])
def test_the_ends_of_the_calendar_work_everywhere(seeded, when):
    accepted(seeded, "add", "at the edge of time", "--when", when)
    for fmt in ("rich", "plain", "json", "jsonl", "csv"):
        accepted(seeded, "show", "--format", fmt)
    for fmt in ("csv", "tsv", "json", "jsonl", "md", "ics", "timelinejs", "html", "toml"):
        accepted(seeded, "export", "--format", fmt)
    accepted(seeded, "show", "--since", "0001-01-01", "--until", "9999-12-31")


@pytest.mark.parametrize("reported", ["0001-01-01", "9999-12-31"])
def test_documents_reported_at_the_ends_of_the_calendar(seeded, tmp_path, reported):
    # Regression: the parser raised OverflowError / ValueError resolving "yesterday",
    # "Christmas" or "last year" next to year 1 or 9999.
    doc = tmp_path / "edge.txt"
    doc.write_text("Yesterday it rained. Last year it snowed. See you on Christmas Day. Q4 was bad. "
                   "Tomorrow we meet. Next week too.\n")
    accepted(seeded, "ingest", str(doc), "--reported", reported)
    accepted(seeded, "extract", str(doc), "--reported", reported, "--format", "jsonl")


# ---------------------------------------------------------------- scripts and line endings

def test_right_to_left_and_combining_text_round_trips(seeded, tmp_path):
    texts = ["وصلت القوات في 24 أكتوبر", "שלום עולם", "e\u0301\u0301\u0301 combining", "Z\u0351\u0337\u0324algo",
             "👩‍👩‍👧 family", "\u200fRLM mark"]
    for i, text in enumerate(texts):
        accepted(seeded, "add", text, "--when", f"2024-10-{10 + i}")
    for fmt in ("csv", "tsv", "json", "jsonl", "toml"):
        out = tmp_path / f"rtl.{fmt}"
        accepted(seeded, "export", "--format", fmt, "--raw", "-o", str(out))
        copy = seeded.__class__(tmp_path / f"copy-{fmt}.toml")
        accepted(copy, "import", str(out), "--raw")
        assert copy.store.read_bytes() == seeded.store.read_bytes()
    shown = accepted(seeded, "show", "--format", "plain").output
    for text in texts[:-1]:
        assert text in shown
    assert "\\u200fRLM" in shown  # a bidi mark is made visible, not obeyed


def test_combining_characters_keep_extract_offsets(seeded, tmp_path):
    text = "Cafe\u0301 re\u0301sume\u0301: on 24 October 2024 the İstanbul office (ﬁrst) closed.\n"
    doc = tmp_path / "combining.txt"
    doc.write_text(text, encoding="utf-8")
    out = accepted(seeded, "extract", str(doc), "--reported", "2024-11-06", "--format", "jsonl").output
    records = [json.loads(line) for line in out.splitlines()]
    assert records
    for r in records:
        assert text[r["start"]:r["end"]] == r["text"]


@pytest.mark.parametrize("newline", ["\r\n", "\r", "\n"], ids=["crlf", "cr", "lf"])
def test_windows_line_endings_keep_offsets_into_the_text_as_read(seeded, tmp_path, newline):
    lines = ["November 6, 2024", "", "Troops were shipped on October 8-13, according to South Korean intelligence.",
             "The first clash came on 4 November 2024.", "Officials said the agreement was signed in June."]
    text = newline.join(lines) + newline
    doc = tmp_path / "article.txt"
    doc.write_bytes(text.encode("utf-8"))
    out = accepted(seeded, "extract", str(doc), "--format", "jsonl").output
    records = [json.loads(line) for line in out.splitlines() if line.startswith("{")]
    assert len(records) >= 3
    for r in records:
        assert text[r["start"]:r["end"]] == r["text"]
    accepted(seeded, "ingest", str(doc))
    for event in store.load(seeded.store):
        if event.source and event.span:
            s, e = event.span
            # the span points into the text as read; the statement has its whitespace tidied
            assert " ".join(text[s:e].split()) == event.text, (event.span, event.text)
            assert "\r" not in event.text


# ---------------------------------------------------------------- files that are not what they seem

def test_empty_files(seeded, tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    accepted(seeded, "ingest", str(empty), "--reported", "2024-11-06")
    accepted(seeded, "extract", str(empty), "--reported", "2024-11-06")
    refused(seeded, "import", str(empty), fragment="cannot tell the format")
    csv = tmp_path / "empty.csv"
    csv.write_text("")
    accepted(seeded, "import", str(csv))
    assert store.load(seeded.store) == SEED


def test_an_empty_store_file_is_refused_not_overwritten(tl):
    tl.store.write_text("")
    refused(tl, "add", "2024-11-05: x", fragment="schema = ")
    refused(tl, "show", fragment="schema = ")


def test_a_directory_where_a_file_is_expected(seeded, tmp_path):
    folder = tmp_path / "folder"
    folder.mkdir()
    refused(seeded, "import", str(folder), fragment="directory")
    refused(seeded, "extract", str(folder), fragment="directory")
    refused(seeded, "export", "-o", str(folder), fragment="folder")
    refused(seeded, "filter", "-o", str(folder), fragment="folder")
    other = seeded.__class__(folder)
    refused(other, "show", fragment="folder")
    refused(other, "add", "2024: x", fragment="folder")
    refused(seeded, "merge", "--union", str(seeded.store), str(folder), fragment="folder")
    empty_folder = tmp_path / "nothing-inside"
    empty_folder.mkdir()
    refused(seeded, "ingest", str(empty_folder), fragment="no documents in the directory")


def test_a_store_that_is_a_symlink_is_written_through(tmp_path, tl):
    real = tmp_path / "data" / "real.toml"
    real.parent.mkdir()
    store.save(real, SEED)
    link = tmp_path / "timeline.toml"
    link.symlink_to(real)
    accepted(tl, "add", "2024-11-05: through the link")
    assert link.is_symlink() and os.readlink(link) == str(real)
    assert "through the link" in [e.text for e in store.load(real)]
    assert not list(tmp_path.glob("*.tmp")) and not list(real.parent.glob("*.tmp"))


def test_dangling_and_looping_store_symlinks_are_clear_errors(tmp_path):
    from conftest import Timeline

    dangling = tmp_path / "dangling.toml"
    dangling.symlink_to(tmp_path / "nowhere" / "x.toml")
    refused(Timeline(dangling), "add", "2024: x", fragment="nowhere")
    refused(Timeline(dangling), "show", fragment="no store")
    a, b = tmp_path / "a.toml", tmp_path / "b.toml"
    a.symlink_to(b)
    b.symlink_to(a)
    refused(Timeline(a), "show", fragment="symbolic links")
    refused(Timeline(a), "add", "2024: x", fragment="symbolic links")


@pytest.mark.skipif(ROOT, reason="root ignores file permissions; see the simulated test below")
def test_a_read_only_store_and_folder(seeded, tmp_path):
    os.chmod(seeded.store, 0o444)
    try:
        accepted(seeded, "show")
        refused(seeded, "add", "2024-11-05: x", fragment="")
    finally:
        os.chmod(seeded.store, 0o644)
    os.chmod(seeded.store.parent, 0o555)
    try:
        accepted(seeded, "show")
        refused(seeded, "add", "2024-11-05: x", fragment="")
    finally:
        os.chmod(seeded.store.parent, 0o755)


def test_read_only_folder_and_unreadable_store_simulated(seeded, monkeypatch):
    import errno
    import tempfile

    def denied(*args, **kwargs):
        raise PermissionError(errno.EACCES, os.strerror(errno.EACCES))

    monkeypatch.setattr(tempfile, "mkstemp", denied)
    line = refused(seeded, "add", "2024-11-05: x", fragment="permission denied")
    assert "unchanged" in line
    monkeypatch.undo()
    import builtins

    real_open = builtins.open

    def open_denied_for_store(file, *args, **kwargs):
        if os.path.realpath(str(file)) == os.path.realpath(seeded.store):
            denied()
        return real_open(file, *args, **kwargs)

    monkeypatch.setattr(builtins, "open", open_denied_for_store)
    refused(seeded, "show", fragment="permission denied")


def test_a_store_that_is_a_device_or_a_missing_folder(tmp_path):
    from conftest import Timeline

    refused(Timeline(tmp_path / "missing" / "t.toml"), "add", "2024: x", fragment="missing")
    refused(Timeline(Path("/dev/null")), "show", fragment="schema")


# ---------------------------------------------------------------- 200 MB

def _peak_rss(argv: list[str], env: dict) -> tuple[int, float, subprocess.CompletedProcess]:
    code = ("import resource, subprocess, sys, time\n"
            "t = time.perf_counter()\n"
            "p = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)\n"
            "rss = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss\n"
            "sys.stderr.buffer.write(p.stderr)\n"
            "print(p.returncode, rss, time.perf_counter() - t)\n")
    done = subprocess.run([sys.executable, "-c", code, *argv], capture_output=True, text=True, env=env,
                          timeout=3600)
    rc, rss_kb, seconds = done.stdout.split()
    done.returncode = int(rc)
    return int(rss_kb) * 1024, float(seconds), done


@pytest.mark.slow
@pytest.mark.parametrize("kind", ["article", "one paragraph"])
def test_a_200_mb_document(tmp_path, kind):
    seed_dir = Path(__file__).resolve().parents[1] / "seeds"
    if kind == "article":  # dated news text: every sentence parsed, statements deduplicated
        chunk = next(p for p in sorted(seed_dir.iterdir()) if p.suffix == ".txt").read_text(encoding="utf-8")
    else:  # no line break and no capital after a period: the worst case for the splitter
        chunk = "troops moved along the river on 24 october 2024, officials said. " * 64
    doc = tmp_path / "big.txt"
    size = 200 * 1024 * 1024
    with doc.open("w", encoding="utf-8") as fh:
        written = 0
        while written < size:
            fh.write(chunk)
            written += len(chunk)
    env = dict(os.environ, TIMELINE_CACHE_DIR=str(tmp_path / "cache"))
    tool = [sys.executable, "-m", "timeline_cli", "--store", str(tmp_path / "t.toml")]
    baseline, _, _ = _peak_rss(tool + ["--version"], env)
    figures = {}
    for name, args in (("extract", ["extract", str(doc), "--reported", "2024-11-06", "--format", "jsonl"]),
                       ("ingest", ["ingest", str(doc), "--reported", "2024-11-06"])):
        rss, seconds, done = _peak_rss(tool + args, env)
        assert done.returncode == 0, done.stderr[-2000:]
        assert "Traceback" not in done.stderr
        figures[name] = (rss, seconds)
        record(f"200 MB document ({kind}): {name}", 1, peak_rss_mb=rss // 2**20, seconds=round(seconds, 1),
               baseline_rss_mb=baseline // 2**20)
        # Memory does not grow with the document: extract and ingest read a file this large a
        # piece of 8 million characters at a time (textpieces.py), each as a stream (windows
        # of dates, stretches of sentences, the scanner's lower-cased pieces). Measured for
        # ingest at 200 MB: 92 MiB (the article) and 97 MiB (the paragraph), where holding the
        # text took 624 MiB for the article (3.1x) and extract held every mention before its
        # windows (20x the paragraph).
        assert rss < 400 * 2**20, (name, rss // 2**20)
    store.load(tmp_path / "t.toml")
