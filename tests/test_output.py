"""What reaches the reader, beyond the hostile-data walk of test_pty: messages through the one
sanitiser when piped too, output encodings that are not UTF-8, narrow terminals, the HTML page's
bidi isolation, stdin named twice, and a start-up that stays free of Rich."""

from __future__ import annotations

import io
import json
import os
import re
import subprocess
import sys
from html.parser import HTMLParser

import pytest

from timeline_cli import store
from timeline_cli.model import Event

OSC0 = "\x1b]0;pwned\x07"
RLO = "\u202e"
UNSAFE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def run(*args, env=None, input=None, cwd=None):
    environ = dict(os.environ, **(env or {}))
    return subprocess.run([sys.executable, "-m", "timeline_cli", *args], capture_output=True, env=environ,
                          input=input, cwd=cwd, timeout=60)


# ---------------------------------------------------------------- messages: one line, escaped, piped or not

def test_import_skipped_line_escapes_a_hostile_key_when_piped(tl, tmp_path):
    src = tmp_path / f"{OSC0}rows.json"
    key = "\x1b]8;;https://evil.example\x07" + RLO + "key\nforged line"
    src.write_text(json.dumps([{"when": "2024-11-04", "text": "ok", key: "v"},
                               {"when": "2024-11-05", "text": "fine"}]), encoding="utf-8")
    result = tl("import", "--skip-invalid", str(src))
    assert result.exit_code == 1
    lines = result.stderr.splitlines()
    assert len(lines) == 2, lines  # the newline in the key forges no third line
    assert lines[0].startswith("skipped ") and "\\x1b]8;;https://evil.example\\x07\\u202ekey" in lines[0]
    assert lines[1].startswith("imported 1 new event(s) of 2 row(s) from ") and "\\x1b]0;pwned\\x07" in lines[1]
    assert not UNSAFE.search(result.stderr)


def test_add_summary_escapes_the_store_name_when_piped(tmp_path):
    name = f"{OSC0}{RLO}.toml"
    for _ in range(2):
        done = run("--store", name, "add", "2024-11-04: same statement", cwd=tmp_path)
        assert done.returncode == 0, done.stderr
    stderr = done.stderr.decode("utf-8")
    assert stderr == "added 0 event(s), 1 already in \\x1b]0;pwned\\x07\\u202e.toml\n"


def test_stderr_is_sanitised_even_for_clicks_own_errors(tmp_path):
    done = run("show", f"--{OSC0}", cwd=tmp_path)
    assert done.returncode == 2
    assert b"\x1b" not in done.stderr and b"\\x1b]0;pwned\\x07" in done.stderr


def test_rich_console_filters_every_text_segment():
    # Renderers sanitise data before building Text; the console filters whatever slips past.
    from rich.text import Text

    from timeline_cli.cli_options import App

    out = io.StringIO()
    App(color="always").console(out).print(Text(f"a {OSC0} b {RLO} c", style="bold"))
    printed = re.sub(r"\x1b\[[0-9;]*m", "", out.getvalue())
    assert not UNSAFE.search(printed)
    assert "\\x1b]0;pwned" in printed and "\\u202e" in printed  # (Rich drops the BEL itself)
    assert "\x1b[1m" in out.getvalue()  # our own styling still reaches the terminal


def test_terminal_writer_keeps_a_crlf_split_over_two_writes():
    from timeline_cli.sanitize import TerminalWriter, for_terminal, names_terminal

    out = io.StringIO()
    w = TerminalWriter(out)
    w.write("a,b\r")
    w.write("\nc\rd\x1b[2J")
    w.write("\r")
    w.flush()
    assert out.getvalue() == "a,b\r\nc\\rd\\x1b[2J\\r"
    assert for_terminal(w) is w
    assert not hasattr(w, "buffer")  # click would write around the wrapper through it
    assert not names_terminal(os.devnull) and not names_terminal("-") and not names_terminal(__file__)


# ---------------------------------------------------------------- output encodings

@pytest.mark.parametrize("env", [{"PYTHONIOENCODING": "ascii"},
                                 {"LC_ALL": "C", "PYTHONCOERCECLOCALE": "0", "PYTHONUTF8": "0"}],
                         ids=["PYTHONIOENCODING=ascii", "LC_ALL=C"])
def test_an_ascii_output_degrades_instead_of_stopping(tmp_path, env):
    events = [Event(id=f"e{i}", when=f"2024-11-{i + 1:02d}", text=f"caf\u00e9 \u2014 {i} \u0915", by="\u00c9lys\u00e9e")
              for i in range(5)]
    st = tmp_path / "t.toml"
    store.save(st, events)
    base = {k: v for k, v in os.environ.items()
            if k not in ("PYTHONIOENCODING", "PYTHONUTF8", "LANG", "LANGUAGE") and not k.startswith("LC_")}
    for args in (["show"], ["show", "--format", "plain"], ["export", "--format", "json"],
                 ["export", "--format", "csv"], ["filter"], ["conflicts"]):
        done = subprocess.run([sys.executable, "-m", "timeline_cli", "--store", str(st), *args],
                              capture_output=True, env={**base, **env}, timeout=60)
        assert done.returncode in (0, 1) and b"internal error" not in done.stderr, (args, done.stderr)
        if args[0] in ("export", "filter"):  # a data format: UTF-8 as the format says (test_cli_redteam10)
            assert done.stdout.decode("utf-8").count("caf\u00e9 \u2014") == 5, (args, done.stdout)
            continue
        out = done.stdout.decode("ascii")  # nothing but ASCII was written, and all of it
        if args[0] != "conflicts":
            assert out.count("caf\\xe9 \\u2014") == 5, (args, out)
    done = subprocess.run([sys.executable, "-m", "timeline_cli", "--store", str(tmp_path / "\u00e9.toml"), "show"],
                          capture_output=True, env={**base, **env}, timeout=60)
    assert done.returncode == 1 and b"no store at" in done.stderr and b"internal error" not in done.stderr


# ---------------------------------------------------------------- narrow terminals

def test_show_at_five_columns_still_prints_the_whole_statement(tl):
    word = "Zq" * 40  # no space to wrap at: Rich would cut it with an ellipsis
    store.save(tl.store, [Event(id="n1", when="2024-10-08/2024-10-13", text=f"Troops {word} shipped",
                                by="someone", source="Xy" * 30)])
    for columns in ("5", "30", "80"):
        out = tl("--color", "never", "show", "--format", "rich", env={"COLUMNS": columns}).stdout
        assert "".join(re.findall(r"[Zq]+", out)) == word, (columns, out)
        assert "".join(re.findall(r"[Xy]+", out)) == "Xy" * 30, (columns, out)
        assert "Troops" in out and "shipped" in out and "…" not in out, out


def test_conflicts_at_five_columns_still_print_the_claims(tl):
    word = "Zq" * 30
    store.save(tl.store, [
        Event(id="a1", when="2024-10-24", text=f"12,000 troops crossed the border {word}", by="A"),
        Event(id="a2", when="2024-10-24", text=f"10,000 troops crossed the border {word}", by="B")])
    out = tl("--color", "never", "conflicts", "--format", "rich", env={"COLUMNS": "5"}).stdout
    assert "Conflict 1" in out and "…" not in out, out
    for number in ("12,000", "10,000"):
        assert number in out


# ---------------------------------------------------------------- HTML: every untrusted text isolated

class _Isolation(HTMLParser):
    """Text chunks, each with whether an enclosing element isolates it (bdi, or a dir attribute)."""

    VOID = {"meta", "br", "img", "input", "link", "hr"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[bool] = []
        self.chunks: list[tuple[str, bool]] = []

    def handle_starttag(self, tag, attrs):
        if tag not in self.VOID:
            self.stack.append(tag == "bdi" or "dir" in dict(attrs))

    def handle_endtag(self, tag):
        if tag not in self.VOID:
            self.stack.pop()

    def handle_data(self, data):
        self.chunks.append((data, any(self.stack)))


def test_html_keeps_bidi_controls_out_of_the_markup(tl):
    """The page's source holds no bidi control at all (the JSON block escapes them); the
    browser test checks that the script isolates each text it puts on the page."""
    fields = {"text": "TEXT", "by": "BY", "source": "SOURCE", "note": "NOTE"}
    events = [Event(id="h1", when="2024-11-04", status="disputed", reported=None,
                    **{k: f"{v}{RLO}gnp.exe" for k, v in fields.items()}),
              Event(id="h2", when="2024-11-05", text=f"linked {RLO}", source=f"https://example.org/{RLO}x")]
    store.save(tl.store, events)
    page = tl("export", "--format", "html").stdout
    assert RLO not in page
    block = page.split('id="timeline-data">', 1)[1].split("</script>", 1)[0]
    data = json.loads(block)
    assert {r[9] for r in data["events"]} == {f"TEXT{RLO}gnp.exe", f"linked {RLO}"}
    assert f"BY{RLO}gnp.exe" in data["by"] and f"SOURCE{RLO}gnp.exe" in data["source"]


# ---------------------------------------------------------------- stdin is read once

@pytest.mark.parametrize("args", [["extract", "-", "-"], ["ingest", "-", "-", "--dry-run"],
                                  ["extract", "-", "/dev/stdin"], ["ingest", "/dev/stdin", "-", "--dry-run"]])
def test_stdin_named_twice_is_a_usage_error(tmp_path, args):
    done = run("--store", str(tmp_path / "t.toml"), *args, input=b"On 4 May 2024 troops crossed.\n")
    assert done.returncode == 2, done
    assert b"stdin (`-`) is named more than once" in done.stderr
    assert b"name `-` once, or save the input to a file" in done.stderr
    assert done.stdout == b"" and not (tmp_path / "t.toml").exists()


def test_import_from_stdin_into_a_store_from_stdin_is_refused_before_reading(tmp_path):
    done = run("--store", "-", "import", "-", "--format", "jsonl", input=b'{"when": "2024-11-04", "text": "x"}\n')
    assert done.returncode == 2 and b"named more than once (FILE and --store)" in done.stderr


def test_ingest_into_a_store_from_stdin_is_refused_first_and_alone(tmp_path):
    # `--store - ingest -` read the document and warned about its date before saying the store
    # cannot be written: the refusal comes first, alone, with nothing read (a file too).
    doc = tmp_path / "a.txt"
    doc.write_text("The council met. It will vote later.\n", encoding="utf-8")
    for path in ("-", str(doc)):
        done = run("--store", "-", "ingest", path, input=b"The council met. It will vote later.\n")
        assert done.returncode != 0
        assert done.stderr.decode().splitlines() == [
            "Error: cannot write to a store read from stdin (--store -)",
            "Hint: name a store file with --store PATH for commands that change it"], done.stderr
        assert done.stdout == b""


def test_one_dash_and_a_file_named_like_devnull_are_fine(tmp_path):
    doc = tmp_path / "a.txt"
    doc.write_text("On 4 May 2024 troops crossed.\n", encoding="utf-8")
    done = run("extract", "-", str(doc), "--reported", "2024-06-01", input=b"On 5 May 2024 x.\n")
    assert done.returncode == 0, done.stderr
    assert len(done.stdout.splitlines()) == 2


# ---------------------------------------------------------------- start-up

def test_version_loads_neither_rich_nor_the_parser():
    code = ("import sys\nfrom timeline_cli.cli import main\n"
            "try:\n    main(['--version'])\nexcept SystemExit:\n    pass\n"
            "sys.stderr.write(repr(sorted(m for m in sys.modules if m.split('.')[0] in "
            "('rich', 'timeline_cli', 'trafilatura', 'htmldate', 'lxml', 'pypdf', 'urllib', 'email'))))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert done.stdout.startswith("timeline "), done
    loaded = eval(done.stderr)  # noqa: S307 - our own repr of a list of names
    assert not [m for m in loaded if m.startswith("rich") or m.startswith("timeline_cli.temporal")], loaded
    # nor any document reader or its library (they load when a page, PDF or URL is read)
    readers = ("timeline_cli.readers", "timeline_cli.fetch", "trafilatura", "htmldate", "lxml", "pypdf")
    assert not [m for m in loaded if m.startswith(readers)], loaded
