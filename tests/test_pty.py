"""Every subcommand, run as a person runs it, in a real pseudo-terminal: nothing hostile gets through.

A terminal obeys what it receives: OSC 8 forges a hyperlink, OSC 52 writes the clipboard, OSC 0
sets the window title, ESC[2J clears the screen, BEL rings, the 8-bit CSI (U+009B) needs no ESC
at all, and U+202E / U+2066 reorder what the reader sees. Such sequences can come from anywhere
a user does not control: an article's text, a JSON key, the name of a file or of a store, an
argument pasted from a web page. This walk runs every subcommand (every export format, to stdout
and to an output path that is the terminal itself) and the error paths, with all of those made
hostile, with stdout and stderr on a pty, and checks every byte the terminal received. Only our
own colours (SGR) and, for the progress bar, Rich's cursor moves may carry an ESC.

The class of bug this covers: any line that reaches the terminal by a path that skips the one
sanitiser (sanitize.guard_streams / say / for_terminal / the Rich console's segment filter).
"""

from __future__ import annotations

import csv
import json
import os
import re
import select
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from _figures import record
from test_injection import PAYLOAD, save_kept
from timeline_cli.formats import export_choices, is_binary
from timeline_cli.model import Event, make_id

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="needs a pseudo-terminal")

OSC8 = "\x1b]8;;https://evil.example\x07click\x1b]8;;\x07"
OSC52 = "\x1b]52;c;cHduZWQ=\x07"  # writes the clipboard
OSC0 = "\x1b]0;pwned\x07"  # sets the window title
CLEAR = "\x1b[2J\x1b[H"
BEL = "\x07"
CSI8 = "\x9b31m"  # C1 CSI: no ESC needed
RLO, LRI = "\u202e", "\u2066"
HOSTILE = f"{OSC8}{OSC52}{OSC0}{CLEAR}{BEL}{CSI8}{RLO}gnp.exe{LRI}iso"
NAME = HOSTILE.replace("https://evil.example", "evil:x")  # a file name holds no '/'

# What must never reach the terminal: C0 (but TAB, LF, CR), DEL, C1, bidi controls, line/paragraph
# separators, and any byte that is not UTF-8 (decoded as surrogates, so a lone 0x9b counts too).
FORBIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\u200e\u200f"
                       "\u061c\u2028\u2029\udc80-\udcff]")
SGR = re.compile(r"\x1b\[[0-9;]*m")  # our own styling
PROGRESS = re.compile(r"\x1b\[\?25[lh]|\x1b\[2K|\x1b\[[0-9]*[ABG]")  # a Rich progress bar redrawing
AGAIN = f"Again {HOSTILE}"  # in the store with its computed id: `add` of it adds nothing
SHOWN = ("\\x1b", "\\u202e", "\\x9b", "\\x07")  # how the payload looks once made visible


def conflicting(text: str) -> list[Event]:
    return [Event(id="c1", when="2024-10-24", text=f"12,000 troops crossed the border near Kursk {text}",
                  by=HOSTILE, source=HOSTILE, tags=(HOSTILE,), note=HOSTILE, status="disputed"),
            Event(id="c2", when="2024-10-24", text=f"10,000 troops crossed the border near Kursk {text}",
                  by="Other " + HOSTILE, source="https://example.org/a", tags=("kursk",)),
            Event(id="p1", when="2024-11-04", text=PAYLOAD, by=HOSTILE, source=HOSTILE),
            Event(id=make_id(AGAIN, "2024-11-09", HOSTILE), when="2024-11-09", text=AGAIN, source=HOSTILE)]


@pytest.fixture(scope="module")
def work(tmp_path_factory) -> Path:
    """A folder of hostile files: every name below holds the whole HOSTILE payload."""
    w = tmp_path_factory.mktemp("pty")
    events = conflicting(HOSTILE)
    save_kept(w / f"{NAME}.toml", events)
    save_kept(w / f"{NAME}-other.toml", [
        Event(id="c1", when="2024-10-23", text=events[0].text + f" edited {HOSTILE}", by=HOSTILE, source=HOSTILE),
        events[1],
        Event(id="n1", when="2024-11-05", text=f"New {HOSTILE}", by=HOSTILE, source=HOSTILE)])
    base = events[0]
    save_kept(w / f"{NAME}-base.toml", [base])
    save_kept(w / f"{NAME}-ours.toml", [Event(**{**base.to_dict(), "tags": base.tags, "text": base.text + f" ours {HOSTILE}"})])
    save_kept(w / f"{NAME}-theirs.toml", [Event(**{**base.to_dict(), "tags": base.tags, "text": base.text + f" theirs {RLO}"})])
    (w / f"{NAME}-broken.toml").write_text(f"schema = 1\n[[event]]\nid = \"x\"\n{HOSTILE} = 1\n", encoding="utf-8")
    for n in ("", "-2"):  # no dateline: ingest and extract warn, naming the file
        (w / f"{NAME}{n}.txt").write_text(f"On 24 October 2024 {HOSTILE} troops crossed.\n"
                                          f"On 4 November 2024 the {HOSTILE} clash began{n}.\n", encoding="utf-8")
    rows = [{"when": "2024-11-04", "text": "ok", HOSTILE: "a hostile key"},
            {"when": "2024-11-05", "text": f"fine {HOSTILE}", "by": HOSTILE, "source": HOSTILE},
            {"when": HOSTILE, "text": "a hostile date"}]
    (w / f"{NAME}.json").write_text(json.dumps(rows, ensure_ascii=False), encoding="utf-8")
    with open(w / f"{NAME}.csv", "w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(["when", "text", "by", "source"])
        writer.writerow(["2024-11-04", f"csv {HOSTILE}", HOSTILE, HOSTILE])
        writer.writerow([HOSTILE, "a hostile date", "", ""])
    (w / "lines.txt").write_text(f"2024-11-06\t{HOSTILE} by stdin\n2024-11-07: {HOSTILE} again\n", encoding="utf-8")
    return w


S = f"{NAME}.toml"
OTHER = f"{NAME}-other.toml"
MISSING = f"/nonexistent/{NAME}.toml"
THREE = [f"{NAME}-base.toml", f"{NAME}-ours.toml", f"{NAME}-theirs.toml"]
DOC = f"{NAME}.txt"


def step(name, *args, stdin=None, shown=True, progress=False, writes=False, store_arg=True):
    """One command of the walk. shown: the payload must appear (made visible) in the output, so
    the check cannot pass by printing nothing. writes: run on a copy of the store."""
    return pytest.param(list(args), stdin, shown, progress, writes, store_arg, id=name)


WALK = [
    # add: the summary line names the store; errors quote the text and the date
    step("add", "add", f"2024-11-09: {HOSTILE}", "--by", HOSTILE, "--source", HOSTILE, "--tag", HOSTILE,
         "--note", HOSTILE, shown=False, writes=True),
    step("add-again", "add", f"2024-11-09: {AGAIN}", "--source", HOSTILE, writes=True),
    step("add-stdin", "add", "-", stdin="lines.txt", writes=True),
    step("add-no-date", "add", HOSTILE, writes=True),
    step("add-bad-when", "add", "x", "--when", HOSTILE, writes=True),
    # show, every format
    step("show", "show"),
    *[step(f"show-{fmt}", "show", "--format", fmt) for fmt in ("rich", "plain", "json", "jsonl", "csv")],
    step("show-bad-grep", "show", "--grep", HOSTILE),
    step("show-id", "show", "c1", "p1"),
    step("show-oneline", "show", "--oneline"),
    step("show-oneline-all", "show", "--oneline", "--all", "--status", "disputed,none"),
    step("show-all-untagged", "show", "--all", "--untagged"),
    step("show-bad-status", "show", "--status", HOSTILE),
    # facts: the grouped lines and a fact in full carry event text and claimants
    step("facts", "facts"),
    step("facts-csv", "facts", "--format", "csv"),
    step("facts-unknown", "facts", HOSTILE),
    # link, unlink, alias: the overrides of the grouping; messages quote ids and names
    step("link", "link", "c1", "p1", shown=False, writes=True),
    step("link-unknown", "link", "c1", HOSTILE, shown=False, writes=True),
    step("unlink", "unlink", "c1", shown=False, writes=True),
    step("alias", "alias", "the Pentagon", HOSTILE, shown=False, writes=True),
    step("alias-list", "alias", shown=False),
    step("alias-remove-unknown", "alias", "--remove", HOSTILE, shown=False, writes=True),
    # chart: labels, legend and colour legend carry event text and claimants
    step("chart", "chart"),
    step("chart-all-by-tag", "chart", "--all", "--color-by", "tag"),
    # filter, every format, to stdout and to paths that are the terminal
    *[step(f"filter-{fmt}", "filter", "--format", fmt) for fmt in ("toml", "plain", "json", "jsonl", "csv")],
    step("filter-o-dev-stdout", "filter", "-o", "/dev/stdout"),
    step("filter-o-tty", "filter", "--format", "csv", "-o", "TTY"),
    # export, every format, to stdout, to -o /dev/stdout and to -o the terminal's own path
    # (a binary database is refused on a terminal: the one-line error names no payload)
    *[step(f"export-{fmt}", "export", "--format", fmt, shown=not is_binary(fmt)) for fmt in export_choices()],
    *[step(f"export-{fmt}-o-dev-stdout", "export", "--format", fmt, "-o", "/dev/stdout", shown=not is_binary(fmt))
      for fmt in export_choices()],
    step("export-csv-raw-o-dev-stdout", "export", "--format", "csv", "--raw", "-o", "/dev/stdout"),
    step("export-csv-o-tty", "export", "--format", "csv", "-o", "TTY"),
    step("export-html-o-tty", "export", "--format", "html", "-o", "TTY"),
    step("export-bad-format", "export", "--format", HOSTILE),
    # import: skipped rows quote keys and values; the summary names the file
    step("import-json-skip-invalid", "import", "--skip-invalid", f"{NAME}.json", writes=True),
    step("import-json", "import", f"{NAME}.json", writes=True),
    step("import-csv-skip-invalid", "import", "--skip-invalid", f"{NAME}.csv", writes=True),
    step("import-csv", "import", f"{NAME}.csv", writes=True),
    step("import-missing", "import", f"/nonexistent/{NAME}.csv", writes=True),
    # extract and ingest: warnings name the documents; a progress bar for two of them
    step("extract", "extract", DOC),
    step("extract-table-reported", "extract", DOC, "--format", "table", "--reported", "2024-11-06"),
    step("extract-jsonl", "extract", DOC, "--format", "jsonl"),
    step("extract-missing", "extract", f"/nonexistent/{NAME}.txt"),
    step("ingest", "ingest", DOC, f"{NAME}-2.txt", progress=True, writes=True),
    step("ingest-dry-run", "ingest", "--dry-run", DOC, writes=True),
    step("ingest-missing", "ingest", f"/nonexistent/{NAME}.txt", writes=True),
    # diff and conflicts
    step("diff", "diff", S, OTHER),
    *[step(f"diff-{fmt}", "diff", S, OTHER, "--format", fmt) for fmt in ("rich", "plain", "json")],
    step("diff-missing", "diff", S, MISSING),
    step("conflicts", "conflicts"),
    *[step(f"conflicts-{fmt}", "conflicts", "--format", fmt) for fmt in ("rich", "plain", "json")],
    # merge: three-way and union, to stdout, to the terminal's path, and the conflict report
    step("merge-three-way", "merge", *THREE),
    step("merge-three-way-o-file", "merge", *THREE, "-o", f"{NAME}-merged.toml"),
    step("merge-union", "merge", "--union", S, OTHER),
    step("merge-union-o-tty", "merge", "--union", S, "-o", "TTY"),
    step("merge-missing", "merge", "--union", MISSING),
    # curation (issue 12): full view, edits, removals, metadata, triage; ids and values quoted in errors
    step("show-id", "show", "c1", "p1"),
    step("show-id-plain", "show", "c1", "--format", "plain"),
    step("show-id-unknown", "show", HOSTILE),
    step("edit-options", "edit", "c1", "--note", HOSTILE, "--tag", HOSTILE, shown=False, writes=True),
    step("edit-bad-when", "edit", "c1", "--when", HOSTILE, writes=True),
    step("edit-unknown", "edit", HOSTILE, "--note", "x", writes=True),
    step("rm-dry-run", "rm", "--grep", "Kursk", "--dry-run", writes=True),
    step("rm", "rm", "c1", "p1", "--yes", shown=False, writes=True),
    step("rm-undo-list", "rm", "--undo", shown=False, writes=True),
    step("rm-undo-unknown", "rm", "--undo", HOSTILE, writes=True),
    step("tag", "tag", "c1", "c2", "+ok", "-kursk", shown=False, writes=True),
    step("tag-hostile", "tag", "c1", f"+{HOSTILE}", writes=True),
    step("status-bad", "status", "c1", HOSTILE, writes=True),
    step("status", "status", "--grep", "Kursk", "confirmed", shown=False, writes=True),
    step("note", "note", "c1", HOSTILE, "--append", shown=False, writes=True),
    step("resolve-unknown", "resolve", HOSTILE, "--ours", writes=True),
    step("conflicts-dismiss-unknown", "conflicts", "--dismiss", HOSTILE, writes=True),
    step("conflicts-all", "conflicts", "--all"),
    # curation: every value they echo back (tags, notes, texts, ids) and the store's name
    step("tag", "tag", "c1", "+kursk2", "-kursk", writes=True, shown=False),
    step("tag-hostile", "tag", "c1", f"+{HOSTILE}", writes=True),
    step("status", "status", "c1", "confirmed", writes=True, shown=False),
    step("status-filters", "status", "--grep", "troops", "reported", "--yes", writes=True, shown=False),
    step("note", "note", "c1", f"new {HOSTILE}", writes=True, shown=False),
    step("rm", "rm", "c1", writes=True, shown=False),
    step("rm-dry-run", "rm", "--grep", "troops", "--dry-run", writes=True),
    step("rm-undo", "rm", "--undo", writes=True, shown=False),
    step("rm-bad-id", "rm", HOSTILE, writes=True),
    step("edit-fields", "edit", "c1", "--text", f"edited {HOSTILE}", "--by", HOSTILE, writes=True),
    step("resolve-not-marked", "resolve", "c1", "--ours", writes=True, shown=False),
    # completion scripts
    *[step(f"completion-{shell}", "completion", shell, shown=False) for shell in ("bash", "zsh", "fish")],
    # error paths: missing store, broken store, bad dates, unknown options and commands, --debug
    step("missing-store", "--store", MISSING, "show", store_arg=False),
    step("broken-store", "--store", f"{NAME}-broken.toml", "show", store_arg=False),
    step("bad-date", "show", "--since", HOSTILE),
    step("bad-option", "show", f"--{HOSTILE}"),
    step("bad-command", HOSTILE),
    step("debug-traceback", "--debug", "--store", MISSING, "show", store_arg=False),
]


def run_in_pty(argv: list[str], *, cwd: Path, stdin: Path | None = None, env: dict | None = None) -> tuple[bytes, int]:
    """Run argv with stdout and stderr on a new pty; return what the terminal received. `TTY` in
    argv is replaced by the pty's own path (/dev/pts/N): an output file that is the terminal."""
    import pty

    master, slave = pty.openpty()
    argv = [os.ttyname(slave) if a == "TTY" else a for a in argv]
    env = dict(os.environ, TERM="xterm-256color", COLUMNS="100", **(env or {}))
    env.pop("NO_COLOR", None)
    env.pop("LINES", None)  # the pty's size is unset (0 rows): no pager starts (see test_pager.py)
    with open(stdin if stdin else os.devnull, "rb") as fin:
        proc = subprocess.Popen(argv, stdin=fin, stdout=slave, stderr=slave, cwd=cwd, env=env, close_fds=True)
    os.close(slave)
    return drain(master, proc)


def drain(master: int, proc: subprocess.Popen) -> tuple[bytes, int]:
    """Everything the process wrote to the pty whose master end is `master`, then its exit
    code; closes `master`."""
    chunks = []
    try:
        while True:
            ready, _, _ = select.select([master], [], [], 60)
            if not ready:
                break
            try:
                data = os.read(master, 65536)
            except OSError:  # EIO: every holder of the slave has closed it
                break
            if not data:
                break
            chunks.append(data)
    finally:
        os.close(master)
        code = proc.wait(timeout=60)
    return b"".join(chunks), code


def assert_nothing_hostile(raw: bytes, *, progress: bool = False) -> str:
    text = raw.decode("utf-8", "surrogateescape").replace("\r\n", "\n")
    text = SGR.sub("", text)
    if progress:
        text = PROGRESS.sub("", text)
    bad = sorted({f"U+{ord(c):04X}" for c in FORBIDDEN.findall(text)})
    assert not bad, f"reached the terminal raw: {bad}\n{text[-3000:]!r}"
    return text


@pytest.mark.parametrize("args, stdin, shown, progress, writes, store_arg", WALK)
def test_every_command_in_a_real_terminal(work, tmp_path, args, stdin, shown, progress, writes, store_arg):
    target = S
    if writes:  # a fresh copy with the same hostile name, so each step starts from the same store
        folder = tmp_path / "w"
        folder.mkdir()
        for name in os.listdir(work):
            shutil.copy(work / name, folder / name)
        cwd = folder
    else:
        cwd = work
    argv = [sys.executable, "-m", "timeline_cli", *(["--store", target] if store_arg else []), *args]
    env = {"TIMELINE_CACHE_DIR": str(tmp_path / "cache")}
    raw, code = run_in_pty(argv, cwd=cwd, stdin=work / stdin if stdin else None, env=env)
    text = assert_nothing_hostile(raw, progress=progress)
    assert text.strip(), "the command printed nothing"
    assert "internal error" not in text, text[-2000:]
    if shown:
        assert any(s in text for s in SHOWN), f"the payload was not shown at all:\n{text[-2000:]}"
    if args[0] != "--debug":
        assert "Traceback" not in text, text[-3000:]
    record("injection outputs checked (real terminal)", 1)


def test_the_walk_covers_every_subcommand_and_export_format():
    from timeline_cli.cli import COMMANDS

    walked = {p.values[0][0] for p in WALK} | {p.values[0][1] for p in WALK if p.values[0][0].startswith("-")}
    assert set(COMMANDS) <= walked, set(COMMANDS) - walked
    for fmt in export_choices():
        assert any(p.values[0][:3] == ["export", "--format", fmt] and "/dev/stdout" in p.values[0] for p in WALK), fmt


def test_progress_bar_moves_only_the_cursor(work, tmp_path):
    # The walk allows Rich's cursor moves only in the progress step; make sure a bar was drawn
    # there at all (two documents on a terminal), or that allowance would cover nothing.
    folder = tmp_path / "w"
    shutil.copytree(work, folder)
    raw, code = run_in_pty([sys.executable, "-m", "timeline_cli", "--store", S, "ingest", DOC, f"{NAME}-2.txt"],
                           cwd=folder, env={"TIMELINE_CACHE_DIR": str(tmp_path / "cache")})
    assert code == 0, raw[-2000:]
    assert PROGRESS.search(raw.decode("utf-8", "replace")) and b"parsing" in raw, raw[-2000:]
    text = assert_nothing_hostile(raw, progress=True)
    assert "ingested 4 events from 2 documents" in text, text


def test_one_large_document_gets_a_progress_bar_too(work, tmp_path):
    # A single document of more than a megabyte takes seconds (a 200 MB one, minutes): it gets a
    # bar of its own, by bytes, where one document had none.
    folder = tmp_path / "w"
    shutil.copytree(work, folder)
    doc = (folder / DOC).read_text(encoding="utf-8")
    (folder / "large.txt").write_text("\n\n".join([doc] * (1_200_000 // len(doc) + 1)), encoding="utf-8")
    raw, code = run_in_pty([sys.executable, "-m", "timeline_cli", "--store", S, "ingest", "large.txt"],
                           cwd=folder, env={"TIMELINE_CACHE_DIR": str(tmp_path / "cache")})
    assert code == 0, raw[-2000:]
    shown = raw.decode("utf-8", "replace")
    assert PROGRESS.search(shown) and "parsing" in shown and "1 document" in shown, shown[-2000:]
    assert "ingested" in assert_nothing_hostile(raw, progress=True)


def test_extract_to_a_file_shows_a_bar_and_every_record_reaches_the_file(work, tmp_path):
    # stdout to a file, stderr on the terminal: a bar on the terminal, and the records in the
    # file, none of them drawn on the terminal by the bar (Rich redirects stdout by default).
    folder = tmp_path / "w"
    shutil.copytree(work, folder)
    doc = (folder / DOC).read_text(encoding="utf-8")
    (folder / "large.txt").write_text("\n\n".join([doc] * (1_200_000 // len(doc) + 1)), encoding="utf-8")
    command = f"{shlex.quote(sys.executable)} -m timeline_cli extract large.txt > out.jsonl"
    raw, code = run_in_pty(["sh", "-c", command], cwd=folder)
    assert code == 0, raw[-2000:]
    shown = raw.decode("utf-8", "replace")
    assert PROGRESS.search(shown) and "extracting" in shown, shown[-2000:]
    assert '"doc"' not in shown
    plain = subprocess.run([sys.executable, "-m", "timeline_cli", "extract", "large.txt"], cwd=folder,
                           capture_output=True, text=True, check=True)
    written = (folder / "out.jsonl").read_text(encoding="utf-8")
    assert written == plain.stdout and written.count("\n") > 9_000
