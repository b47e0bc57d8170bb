"""The pager, through a real pseudo-terminal: long Rich output on a terminal goes through $PAGER
(LESS=FRX unless set), short output and piped output never do, --no-pager (global or the
command's own) turns it off, and what the pager receives is as safe as what the terminal would
have received (our colours, article text made harmless).

$PAGER is a small script that records what it was given; the terminal's size is set on the pty.
"""

from __future__ import annotations

import fcntl
import os
import select
import shutil
import struct
import subprocess
import sys
import termios
from datetime import date
from pathlib import Path

import pytest

from test_injection import save_kept
from test_pty import HOSTILE, assert_nothing_hostile, drain
from timeline_cli import store
from timeline_cli.model import Event

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="needs a pseudo-terminal")

RECORDER = """#!/bin/sh
cat > "$RECORD"
printf '%s' "${LESS-unset}" > "$RECORD.less"
echo "PAGER RAN"
"""


def many(n: int, text: str = "statement") -> list[Event]:
    return [Event(id=f"e{i:011d}", when=f"2024-10-{1 + i % 28:02d}", text=f"{text} {i}",
                  status="disputed" if i % 2 else "", tags=("kursk",)) for i in range(n)]


@pytest.fixture
def work(tmp_path: Path) -> Path:
    script = tmp_path / "recorder.sh"
    script.write_text(RECORDER, encoding="utf-8")
    script.chmod(0o755)
    store.save(tmp_path / "long.toml", many(40))
    store.save(tmp_path / "short.toml", many(2))
    save_kept(tmp_path / "hostile.toml", many(30, f"hostile {HOSTILE}") + [
        Event(id="h00000000001", when="../2024-11-06", text=f"undated {HOSTILE}", source=f"doc {HOSTILE}",
              reported=date(2024, 11, 6), by=HOSTILE, tags=(HOSTILE,))])
    return tmp_path


def run_tty(work: Path, *args: str, rows: int = 24, cols: int = 100, env: dict | None = None) -> tuple[str, int]:
    """`timeline ARGS` with stdout and stderr on a pty of ROWS x COLS; what the terminal got."""
    master, slave = os.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", rows, cols, 0, 0))
    environ = dict(os.environ, TERM="xterm-256color", PAGER=str(work / "recorder.sh"),
                   RECORD=str(work / "record"), TIMELINE_CACHE_DIR=str(work / "cache"))
    for name in ("NO_COLOR", "LINES", "COLUMNS", "LESS", "TIMELINE_PAGER"):
        environ.pop(name, None)
    environ.update(env or {})
    environ = {k: v for k, v in environ.items() if v is not None}
    with open(os.devnull, "rb") as stdin:
        proc = subprocess.Popen([sys.executable, "-m", "timeline_cli", *args], stdin=stdin, stdout=slave,
                                stderr=slave, cwd=work, env=environ, close_fds=True)
    os.close(slave)
    raw, code = drain(master, proc)
    return raw.decode("utf-8", "surrogateescape").replace("\r\n", "\n"), code


def paged(work: Path) -> str | None:
    record = work / "record"
    return record.read_bytes().decode("utf-8", "surrogateescape") if record.exists() else None


def test_long_output_goes_through_the_pager_with_colours(work):
    text, code = run_tty(work, "--store", "long.toml", "show")
    assert code == 0
    got = paged(work)
    assert got is not None, text
    assert "PAGER RAN" in text and "statement 39" not in text  # the terminal got the pager, not us
    assert "statement 0" in got and "statement 39" in got and "40 event(s)" in got
    assert "\x1b[1;36m" in got and "✗ disputed" in got  # colours survive (less -R), status marked
    assert (work / "record.less").read_text() == "FRX"


def test_short_output_just_prints(work):
    text, code = run_tty(work, "--store", "short.toml", "show")
    assert code == 0 and paged(work) is None
    assert "statement 1" in text and "2 event(s)" in text and "PAGER RAN" not in text
    # long output on a screen tall enough for it: no pager either
    text, code = run_tty(work, "--store", "long.toml", "show", rows=1000)
    assert code == 0 and paged(work) is None and "statement 39" in text


@pytest.mark.parametrize("args", [
    ["--no-pager", "--store", "long.toml", "show"],
    ["--store", "long.toml", "show", "--no-pager"],
    ["--store", "long.toml", "show", "--oneline", "--no-pager"],
])
def test_no_pager(work, args):
    text, code = run_tty(work, *args)
    assert code == 0 and paged(work) is None
    assert "statement 39" in text and "PAGER RAN" not in text


@pytest.mark.parametrize("pager", ["", "cat", "no-such-pager-anywhere"])
def test_an_empty_cat_or_missing_pager_prints(work, pager):
    text, code = run_tty(work, "--store", "long.toml", "show", env={"PAGER": pager})
    assert code == 0 and paged(work) is None
    assert "statement 39" in text and "\x1b[1;36m" in text


def test_timeline_pager_wins_and_less_settings_are_kept(work):
    text, code = run_tty(work, "--store", "long.toml", "show",
                         env={"PAGER": "no-such-pager", "TIMELINE_PAGER": str(work / "recorder.sh"), "LESS": "-S"})
    assert code == 0 and "statement 39" in (paged(work) or "")
    assert (work / "record.less").read_text() == "-S"


def test_a_pager_command_with_shell_syntax_runs_through_sh(work):
    env = {"PAGER": f"cat > {work / 'shell-record'}"}
    text, code = run_tty(work, "--store", "long.toml", "show", env=env)
    assert code == 0 and "statement 39" in (work / "shell-record").read_text(encoding="utf-8")


def test_oneline_is_paged_too(work):
    text, code = run_tty(work, "--store", "long.toml", "show", "--oneline")
    got = paged(work)
    assert code == 0 and got is not None
    assert "e00000000039" in got and "\x1b[33me00000000039" in got


def test_piped_output_is_never_paged(work):
    env = dict(os.environ, PAGER=str(work / "recorder.sh"), RECORD=str(work / "record"), LINES="5")
    for args in (["show"], ["show", "--format", "rich"], ["--color", "always", "show"], ["show", "--oneline"]):
        done = subprocess.run([sys.executable, "-m", "timeline_cli", "--store", "long.toml", *args], cwd=work,
                              env=env, capture_output=True, timeout=60)
        assert done.returncode == 0 and paged(work) is None, args
        assert b"statement 39" in done.stdout


def test_what_the_pager_receives_is_harmless(work):
    for args in (["show"], ["show", "--all"], ["show", "--oneline", "--all"]):
        (work / "record").unlink(missing_ok=True)
        text, code = run_tty(work, "--store", "hostile.toml", *args)
        assert code == 0
        got = paged(work)
        assert got is not None, (args, text)
        shown = assert_nothing_hostile(got.encode("utf-8", "surrogateescape"))
        assert "\\x1b]8;;" in shown and "\\u202e" in shown  # the payload made visible, not dropped
        assert_nothing_hostile(text.encode("utf-8", "surrogateescape"))


def test_help_says_how(work):
    done = subprocess.run([sys.executable, "-m", "timeline_cli", "show", "--help"], capture_output=True,
                          text=True, cwd=work, timeout=60)
    text = " ".join(done.stdout.split())
    assert "$PAGER" in text and "--no-pager" in text and "piped output is never paged" in text
    top = subprocess.run([sys.executable, "-m", "timeline_cli", "--help"], capture_output=True, text=True,
                         cwd=work, timeout=60).stdout
    assert "--no-pager" in top


@pytest.mark.skipif(shutil.which("less") is None, reason="needs less")
def test_real_less_shows_the_first_screen_in_colour_and_quits_on_q(work):
    """No $PAGER: less itself, on a pty that is its controlling terminal (it reads keys there),
    started with LESS=FRX: our colours pass (R), it waits on a long output, q quits cleanly."""
    import time

    master, slave = os.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 20, 100, 0, 0))
    env = {k: v for k, v in os.environ.items()
           if k not in ("PAGER", "LESS", "TIMELINE_PAGER", "LINES", "COLUMNS", "NO_COLOR")}
    env.update(TERM="xterm-256color", TIMELINE_CACHE_DIR=str(work / "cache"))

    def controlling_tty():
        os.setsid()
        fcntl.ioctl(0, termios.TIOCSCTTY, 0)

    proc = subprocess.Popen([sys.executable, "-m", "timeline_cli", "--store", "long.toml", "show"],
                            stdin=slave, stdout=slave, stderr=slave, cwd=work, env=env,
                            preexec_fn=controlling_tty)
    os.close(slave)
    out, quit_sent, deadline = b"", False, time.time() + 60
    try:
        while time.time() < deadline and proc.poll() is None:
            if select.select([master], [], [], 0.2)[0]:
                try:
                    out += os.read(master, 65536)
                except OSError:
                    break
            if not quit_sent and b"statement 0" in out and out.rstrip().endswith((b":", b":\x1b[K")):
                os.write(master, b"q")
                quit_sent = True
        code = proc.wait(timeout=10)
    finally:
        if proc.poll() is None:
            proc.kill()
        os.close(master)
    assert quit_sent, out[-500:]
    assert code == 0, out[-500:]
    assert b"\x1b[1;36m" in out  # our colours reached the screen through less -R
    assert b"40 event(s)" not in out  # the end was never shown: less waited for us


def test_a_long_diff_is_paged_and_a_short_one_is_not(work):
    # `git diff` pages too: 40 events added against the short store fill more than a screen
    text, code = run_tty(work, "diff", "short.toml", "long.toml")
    assert code == 1  # diff(1): different
    got = paged(work)
    assert got is not None and "PAGER RAN" in text
    assert "statement 39" in got and "statement 39" not in text
    (work / "record").unlink()
    text, code = run_tty(work, "diff", "short.toml", "long.toml", "--no-pager")
    assert code == 1 and paged(work) is None and "statement 39" in text


def test_conflicts_and_show_ids_page_too(work):
    # 40 statements of the same happening whose dates cannot all be right: one long report
    store.save(work / "clash.toml", [
        Event(id=f"c{i:011d}", when=f"2024-{1 + i % 12:02d}-{1 + i % 28:02d}",
              text=f"The first clash between the two armies happened near the border {i}") for i in range(40)])
    text, code = run_tty(work, "--store", "clash.toml", "conflicts")
    assert code == 1 and paged(work) is not None and "PAGER RAN" in text
    (work / "record").unlink()
    ids = [f"c{i:011d}" for i in range(12)]
    text, code = run_tty(work, "--store", "clash.toml", "show", *ids)
    assert code == 0 and paged(work) is not None and "PAGER RAN" in text
    (work / "record").unlink()
    text, code = run_tty(work, "--store", "clash.toml", "conflicts", "--no-pager")
    assert code == 1 and paged(work) is None


@pytest.mark.parametrize("pager", ["false", "sh -c 'head -c 10 >/dev/null; exit 3'"])
def test_a_failing_pager_loses_no_output_and_says_so(work, pager):
    """A pager that fails (PAGER=false, a typo'd option) ran with exit 0 and showed nothing:
    the output was lost in silence. It is printed straight out instead, and the run ends with
    a one-line error naming the pager and the fix, and a non-zero exit (git dies of SIGPIPE)."""
    text, code = run_tty(work, "--store", "long.toml", "show", env={"PAGER": pager})
    assert code == 1, text
    assert "statement 39" in text and "statement 0" in text  # the output, in full
    tail = text.strip().splitlines()[-2:]
    assert tail[0].startswith("Error: the pager") and "exited with status" in tail[0], tail
    assert tail[1].startswith("Hint:") and "--no-pager" in tail[1] and "$PAGER" in tail[1], tail
    assert "Traceback" not in text


def test_a_failing_timeline_pager_is_named(work):
    text, code = run_tty(work, "--store", "long.toml", "show", "--oneline",
                         env={"TIMELINE_PAGER": "false", "PAGER": str(work / "recorder.sh")})
    assert code == 1 and "e00000000039" in text and "$TIMELINE_PAGER" in text and paged(work) is None


def test_a_failing_pager_under_diff_exits_2_not_1_which_says_different(work):
    """diff(1)'s statuses: 0 same, 1 different, 2 trouble. A failing pager is trouble."""
    text, code = run_tty(work, "diff", "short.toml", "long.toml", env={"PAGER": "false"})
    assert code == 2, text
    assert "statement 39" in text and "Error: the pager 'false'" in text
