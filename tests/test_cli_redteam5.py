"""Session 20, redteam5: what a hostile or careless user saw through the CLI, each found by
running `timeline` as a user would, one test per phenomenon (earlier rounds:
test_cli_redteam4.py, test_cli_polish19.py)."""

from __future__ import annotations

import pytest

from test_cli_redteam4 import run

# ---------------------------------------------------------------- an empty path: an unset $VAR


@pytest.mark.parametrize("args", [
    ("export", "-o", ""),
    ("export", "--format", "json", "--output="),
    ("filter", "--tag", "x", "-o", ""),
    ("merge", "--union", "{store}", "{store}", "-o", ""),
])
def test_an_empty_output_path_is_a_usage_error_not_stdout(tmp_path, args):
    # `timeline export -o "$OUT"` with $OUT unset printed the whole export to the terminal
    # (or into the pipe) and exited 0, as if `-` had been typed.
    store = tmp_path / "t.toml"
    assert run("--store", str(store), "add", "2024-03-03: The council met.").returncode == 0
    done = run("--store", str(store), *[a.format(store=store) for a in args])
    assert done.returncode == 2, done
    assert done.stdout == b"", done.stdout
    err = done.stderr.decode()
    assert "empty" in err and "unset" in err and "Traceback" not in err, err


@pytest.mark.parametrize("args", [
    ("--store", "", "show"),
    ("show", "--store", ""),
    ("ingest", ""),
    ("extract", ""),
    ("import", ""),
    ("diff", "", "{store}"),
])
def test_an_empty_input_path_is_a_usage_error_naming_it(tmp_path, args):
    # `--store ""` said "no store at ." and `ingest ""` said " is a directory" with the hint
    # "(e.g. /*.txt)": an empty name is a variable that was not set, and is told so.
    store = tmp_path / "t.toml"
    assert run("--store", str(store), "add", "2024-03-03: The council met.").returncode == 0
    before = store.read_bytes()
    done = run("--store", str(store), *[a.format(store=store) for a in args])
    assert done.returncode == 2, done
    err = done.stderr.decode()
    assert "empty" in err and "unset" in err and "Traceback" not in err and "/*.txt" not in err, err
    assert store.read_bytes() == before


# ---------------------------------------------------------------- the chart's legend at ~70 columns

@pytest.mark.parametrize("columns", [64, 70, 79])
def test_chart_legend_fits_the_screen_in_the_wide_layout(tmp_path, columns):
    # The wide layout (text beside the bar) printed its legend as one line of 83 columns and
    # the colours' legend as another: at 70 columns the terminal broke both mid-word
    # ("open-en / ded"). They are now wrapped between items, as the narrow layout does.
    from test_cli_redteam4 import run_tty

    store = tmp_path / "t.toml"
    for line, by in [("2024-03-03/2024-11-28: The bridge was closed for repairs of its deck.", "City Hall press office"),
                     ("2024-05-05: The mayor said the works were on schedule.", "Municipal Transport Authority"),
                     ("2024-06: The contractor was fined.", "Regional Court of Auditors"),
                     ("../2024-02-01: Cracks were found.", "")]:
        args = ("--by", by) if by else ()
        assert run("--store", str(store), "add", line, *args).returncode == 0
    for color in ["auto", "never"]:
        shown = run_tty("--store", str(store), "--no-pager", "chart", "--color", color, "--all", columns=columns)
        lines = shown.rstrip("\n").splitlines()
        assert any(line.startswith("2024-05-05 ") for line in lines), "\n" + shown  # the wide layout
        assert all(len(line) <= columns for line in lines), "\n" + shown
        words = {w for line in lines for w in line.split()}
        assert {"open-ended", "approximate", "uncertain", "month/season/year"} <= words, "\n" + shown
        if color == "auto":
            assert {"City", "Regional", "Auditors", "Authority"} <= words, "\n" + shown


# ---------------------------------------------------------------- a tag quoted in a plain-text document

TAGGED = "On 5 May 2024 the site showed <img src=x onerror=alert(1)> to its visitors."


def test_a_sentence_quoting_an_html_tag_is_kept_as_text_and_escaped_on_every_output(tmp_path):
    # A plain-text report quoting an attack (`<img src=x onerror=alert(1)>`) lost the sentence:
    # the code filter counted the tag's `src=x`, `onerror=alert` and `alert(` as three signs of
    # a program line. Markup is text here: stored as written, escaped wherever it could run.
    doc = tmp_path / "report.txt"
    doc.write_text(f"On 4 May 2024 the council met.\n{TAGGED}\n", encoding="utf-8")
    store = tmp_path / "t.toml"
    done = run("--store", str(store), "ingest", "--reported", "2024-05-08", str(doc))
    assert done.returncode == 0, done
    shown = run("--store", str(store), "show", "--format", "plain").stdout.decode()
    assert TAGGED in shown, shown
    page = run("--store", str(store), "export", "--format", "html").stdout.decode()
    # (the page's data is JSON in a script, its `<` written \u003c; the page's script sets it as text)
    assert "\\u003cimg src=x onerror=alert(1)\\u003e" in page and "<img" not in page
    for fmt in ["md", "timelinejs"]:
        out = run("--store", str(store), "export", "--format", fmt).stdout.decode()
        assert "&lt;img src=x onerror=alert(1)&gt;" in out and "<img" not in out, (fmt, out)


@pytest.mark.parametrize("sentence", [
    "pycon_2019 = date(2019, 5, 1); home = Path('/home/trey'); print(pycon_2019)",
    "<script>start = date(2019, 5, 1); end = date(2019, 5, 3); run(start)</script>",
])
def test_code_is_still_dropped_with_or_without_tags_around_it(sentence):
    from timeline_cli.temporal.boilerplate import is_code

    assert is_code(sentence)


@pytest.mark.parametrize("sentence", [
    TAGGED,
    "On 5 May 2024 the forum showed <a href=x onclick=go(1) style=color:red>a link</a> to users.",
    "On 6 May 2024 the mayor wrote 3 < 5 and f(x) = 2 in a memo.",
])
def test_prose_quoting_markup_is_not_code(sentence):
    from timeline_cli.temporal.boilerplate import is_code

    assert not is_code(sentence)


# ---------------------------------------------------------------- resolve with two sides

def _conflicted(tmp_path):
    """A merged store where both sides changed the date of one event; (store, our id)."""
    base, ours, theirs, merged = (tmp_path / f"{n}.toml" for n in ("b", "o", "t", "m"))
    assert run("--store", str(base), "add", "2024-05-04: The council met.").returncode == 0
    ours.write_bytes(base.read_bytes())
    theirs.write_bytes(base.read_bytes())
    eid = run("--store", str(base), "show", "--format", "plain").stdout.decode().split("\t")[5]
    assert run("--store", str(ours), "edit", eid, "--when", "2024-05-05").returncode == 0
    assert run("--store", str(theirs), "edit", eid, "--when", "2024-05-06").returncode == 0
    assert run("merge", str(base), str(ours), str(theirs), "-o", str(merged)).returncode == 1
    return merged, eid


@pytest.mark.parametrize("sides", [("--ours", "--theirs"), ("--theirs", "--ours"), ("--ours", "--edit")])
def test_resolve_with_two_sides_is_a_usage_error(tmp_path, sides):
    # `resolve ID --ours --theirs` kept the last flag typed (their date under our id) and
    # exited 0: which version to keep is one choice.
    merged, eid = _conflicted(tmp_path)
    before = merged.read_bytes()
    done = run("--store", str(merged), "resolve", eid, *sides, env={"EDITOR": "true"})
    assert done.returncode == 2, done
    assert b"one of --ours, --theirs or --edit" in done.stderr and b"Traceback" not in done.stderr, done.stderr
    assert merged.read_bytes() == before
    once = run("--store", str(merged), "resolve", eid, "--ours", "--ours")
    assert once.returncode == 0 and b"2024-05-05" in merged.read_bytes(), once


# ---------------------------------------------------------------- $COLUMNS out of range

def _two_event_store(tmp_path):
    store = tmp_path / "t.toml"
    for line in ["2024-03-03/2024-11-28: The bridge was closed for repairs of its deck.",
                 "2024-05-05: The mayor said the works were on schedule."]:
        assert run("--store", str(store), "add", line).returncode == 0
    return store


def test_chart_with_a_huge_columns_is_drawn_at_the_widest_width_it_takes(tmp_path):
    # COLUMNS=99999999 (a typo, a broken terminal) made `chart` lay out 100 million cells a
    # row: it ran for minutes. The screen is read as at most 1,000 columns, --width's limit.
    import time

    from test_cli_redteam4 import run_tty

    store = _two_event_store(tmp_path)
    started = time.monotonic()
    shown = run_tty("--store", str(store), "--no-pager", "chart", columns=99999999)
    assert time.monotonic() - started < 30
    lines = shown.rstrip("\n").splitlines()
    assert lines and max(len(line) for line in lines) <= 1000, max(len(line) for line in lines)
    assert any(line.startswith("2024-05-05 ") for line in lines), shown[:2000]


def test_chart_with_columns_zero_is_drawn_as_on_an_unknown_terminal(tmp_path):
    # COLUMNS=0 (or a terminal that reports no size) drew a chart one column wide: each
    # letter of each statement on a line of its own. An unknown width is 80, as when piped.
    from test_cli_redteam4 import run_tty

    store = _two_event_store(tmp_path)
    shown = run_tty("--store", str(store), "--no-pager", "chart", columns=0)
    lines = shown.rstrip("\n").splitlines()
    assert any(line.startswith("2024-05-05 ") and "mayor" in line for line in lines), "\n" + shown
    assert all(len(line) <= 80 for line in lines) and len(lines) < 12, "\n" + shown


# ---------------------------------------------------------------- e-mail nested past what is read

HEAD = "From: Alice <a@example.org>\nSubject: {}\nDate: Mon, 6 May 2024 10:00:00 +0000\nMIME-Version: 1.0\n"


def test_an_email_whose_parts_nest_past_the_parser_is_named_so(tmp_path):
    # 1,000 multiparts inside each other: "malformed e-mail (RecursionError: maximum recursion
    # depth exceeded)", the interpreter's words. Python's e-mail parser cannot read it; the
    # message says what is wrong with the file.
    body = "Content-Type: text/plain\n\nOn 4 May 2024 the council met.\n"
    for i in range(1000):
        body = f"Content-Type: multipart/mixed; boundary=b{i}\n\n--b{i}\n{body}\n--b{i}--\n"
    mail = tmp_path / "nested.eml"
    mail.write_text(HEAD.format("nested") + body)
    store = tmp_path / "t.toml"
    done = run("--store", str(store), "ingest", str(mail))
    assert done.returncode == 1, done
    err = done.stderr.decode()
    assert "nested.eml" in err and "nested too deeply" in err and "Recursion" not in err, err
    assert len(err.strip().splitlines()) == 2 and not store.exists(), err


def test_an_email_whose_text_is_attached_past_the_depth_read_says_so(tmp_path):
    # Fifty messages each forwarding the one before as an attachment, the text in the last:
    # "0 events from 1 document" and not a word why. Now a warning names the depth read.
    inner = HEAD.format("in") + "\nOn 4 May 2024 the council met.\n"
    for i in range(50):
        inner = HEAD.format(f"fwd {i}") + "Content-Type: message/rfc822\n\n" + inner
    mail = tmp_path / "deep.eml"
    mail.write_text(inner)
    done = run("--store", str(tmp_path / "t.toml"), "ingest", "--dry-run", str(mail))
    assert done.returncode == 0, done
    err = done.stderr.decode()
    assert "deep.eml" in err and "attached more than 5 deep" in err and "not read" in err, err


# ---------------------------------------------------------------- an editor that removes the file

@pytest.mark.parametrize("command", [("edit", "{id}"), ("resolve", "{id}", "--edit")])
def test_an_editor_that_removes_the_file_changes_nothing_and_says_so(tmp_path, command):
    # `EDITOR="sh -c 'rm $0'"` (or an editor that saves elsewhere and deletes its temp file):
    # "cannot access /tmp/timeline-edit-x.toml: No such file or directory", "check the path
    # and its permissions" -- a path the user never gave.
    if command[0] == "resolve":
        store, eid = _conflicted(tmp_path)
    else:
        store = _two_event_store(tmp_path)
        eid = run("--store", str(store), "show", "--format", "plain").stdout.decode().split("\t")[5]
    before = store.read_bytes()
    done = run("--store", str(store), *[a.format(id=eid) for a in command], env={"EDITOR": "sh -c 'rm $0'"})
    assert done.returncode == 1, done
    err = done.stderr.decode()
    assert "the editor removed the file" in err and "nothing was changed" in err, err
    assert "check the path" not in err and "Traceback" not in err
    assert store.read_bytes() == before


# ---------------------------------------------------------------- a URL that is not http(s)

@pytest.mark.parametrize("command", ["ingest", "extract"])
@pytest.mark.parametrize("url", ["ftp://127.0.0.1/report.txt", "file:///etc/hostname", "HTTPS://127.0.0.1:1/a"])
def test_a_url_of_another_scheme_is_named_as_a_url_not_a_missing_file(tmp_path, command, url):
    # "no such file: ftp://127.0.0.1/report.txt; check the path": it was never taken for a
    # URL. Only http:// and https:// are fetched, and the error says so.
    done = run("--store", str(tmp_path / "t.toml"), command, url)
    assert done.returncode == 1, done
    err = done.stderr.decode()
    assert "no such file" not in err and "only http:// and https:// URLs are fetched" in err, err
    assert len(err.strip().splitlines()) == 2 and not (tmp_path / "t.toml").exists()


# ---------------------------------------------------------------- -o /dev/stdout into a pipe

@pytest.mark.parametrize("args", [
    ("export", "-o", "/dev/stdout"),
    ("export", "--format", "html", "-o", "/dev/stdout"),
    ("filter", "--grep", "mayor", "-o", "/dev/stdout"),
    ("merge", "--union", "{store}", "-o", "/dev/stdout"),
])
def test_output_to_dev_stdout_writes_into_the_pipe(tmp_path, args):
    # `timeline export -o /dev/stdout | ...` failed: "cannot write the output file
    # /dev/stdout: No such file or directory", hint "mkdir -p /proc/N/fd": the link's target
    # on a pipe is "pipe:[N]", no file, and the temp file was to go beside it.
    store = _two_event_store(tmp_path)
    done = run("--store", str(store), *[a.format(store=store) for a in args])
    assert done.returncode == 0, done
    assert b"mayor" in done.stdout and done.stderr == b"", done


def test_output_to_dev_stderr_writes_into_the_pipe(tmp_path):
    store = _two_event_store(tmp_path)
    done = run("--store", str(store), "export", "-o", "/dev/stderr")
    assert done.returncode == 0, done
    assert b"mayor" in done.stderr and done.stdout == b""


@pytest.mark.parametrize("fmt", ["csv", "sqlite"])
def test_output_to_dev_stdout_into_a_pipe_that_closes_ends_with_141(tmp_path, fmt):
    # `export --format sqlite -o /dev/stdout | head -c 16`: "cannot write the output file
    # /dev/stdout: Broken pipe", exit 1; a reader that leaves ends every other command quietly.
    import os
    import subprocess
    import sys

    from test_cli_redteam4 import REPO

    rows = tmp_path / "rows.jsonl"
    rows.write_text("".join(f'{{"when": "2024-05-{1 + i % 28:02d}", "text": "statement {i} of the council"}}\n'
                            for i in range(3000)))
    store = tmp_path / "t.toml"
    assert run("--store", str(store), "import", str(rows)).returncode == 0
    done = subprocess.run(["bash", "-c", f"{sys.executable} -m timeline_cli --store {store} export --format {fmt} "
                           "-o /dev/stdout | head -c 16 > /dev/null; echo ${PIPESTATUS[0]}"], capture_output=True,
                          env=dict(os.environ, PYTHONPATH=str(REPO / "src")), timeout=120)
    assert done.stdout.decode().strip() == "141", done
    assert done.stderr == b""


@pytest.mark.parametrize("args", [("export", "-o", "{dir}/exports/"), ("filter", "-o", "{dir}/exports/"),
                                  ("merge", "--union", "{store}", "-o", "{dir}/exports/")])
def test_an_output_path_ending_in_a_slash_is_a_folder_not_a_file(tmp_path, args):
    # `export -o exports/` (meaning "into the folder exports", not made yet) wrote a file
    # named `exports` and exited 0; the user's `mkdir exports` then failed.
    store = _two_event_store(tmp_path)
    done = run("--store", str(store), *[a.format(dir=tmp_path, store=store) for a in args])
    assert done.returncode == 2, done
    assert b"ends in /" in done.stderr and b"Traceback" not in done.stderr, done.stderr
    assert not (tmp_path / "exports").exists()


# ---------------------------------------------------------------- `timeline help`

@pytest.mark.parametrize("args, shows", [(("help",), b"Usage: timeline [OPTIONS] COMMAND"),
                                         (("help", "chart"), b"Usage: timeline chart [OPTIONS]")])
def test_help_as_a_command_shows_the_help(args, shows):
    # `timeline help` (as git, cargo and pip take it) said "No such command 'help'", exit 2.
    done = run(*args)
    assert done.returncode == 0, done
    assert done.stdout.startswith(shows), done.stdout[:200]


def test_help_for_a_command_that_does_not_exist_says_so():
    done = run("help", "shwo")
    assert done.returncode == 2 and b"Did you mean 'show'?" in done.stderr, done


# ---------------------------------------------------------------- binary documents named for what they are

@pytest.mark.parametrize("kind, data, hint", [
    ("gzip", None, b"gunzip"),
    ("docx", b"PK\x03\x04\x14\x00\x06\x00\x08\x00\x00\x00!\x00", b"Word"),
    ("utf16", "\ufeffOn 4 May 2024 the council met.\n".encode("utf-16-le"), b"--encoding utf-16"),
], ids=["gzip", "docx", "utf16"])
@pytest.mark.parametrize("via", ["file", "stdin"])
def test_a_compressed_or_office_document_gets_the_hint_that_fits(tmp_path, kind, data, hint, via):
    # `gzip -c notes.txt | timeline ingest -` and a .docx were told to "convert it to text
    # first (e.g. pdftotext or pandoc)": a compressed file wants gunzip, a UTF-16 file (BOM
    # first) --encoding utf-16, a zip (Word, OpenDocument) pandoc.
    import gzip

    if data is None:
        data = gzip.compress(b"On 4 May 2024 the council met.\n")
    doc = tmp_path / f"notes.{kind}"
    doc.write_bytes(data)
    args = ("ingest", "--dry-run", str(doc)) if via == "file" else ("ingest", "--dry-run", "-")
    done = run("--store", str(tmp_path / "t.toml"), *args, input=data if via == "stdin" else None)
    assert done.returncode == 1, done
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 2 and lines[1].startswith(b"Hint:") and hint in lines[1], done.stderr
    assert b"pdftotext" not in lines[1], done.stderr  # (the hint for what this file is, only)
