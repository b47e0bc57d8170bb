"""Behaviour between programs, tested with real processes and real pipes (not CliRunner)."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

TIMELINE = [sys.executable, "-m", "timeline_cli"]


def run(args, *, input=None, cwd=None, env=None):
    return subprocess.run(TIMELINE + list(args), input=input, capture_output=True, text=True,
                          cwd=cwd, env=env, timeout=120)


@pytest.fixture
def big_store(tmp_path: Path) -> Path:
    store = tmp_path / "t.toml"
    lines = "".join(f"2024-{1 + i % 12:02d}-{1 + i % 28:02d}\tstatement number {i} " + "x" * 80 + "\n"
                    for i in range(3000))
    assert run(["--store", str(store), "add", "-"], input=lines).returncode == 0
    return store


@pytest.mark.parametrize("args", [["show"], ["show", "--format", "rich", "--color", "always"],
                                  ["export", "--format", "jsonl"], ["filter"]])
def test_reader_closing_the_pipe_ends_quietly(big_store, args):
    """`timeline show | head -1`: no BrokenPipeError, no message, SIGPIPE-like status."""
    proc = subprocess.Popen(TIMELINE + ["--store", str(big_store)] + args,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    first = proc.stdout.readline()
    proc.stdout.close()
    err = proc.stderr.read()
    proc.stderr.close()
    code = proc.wait(timeout=60)
    assert first
    assert err == b"", err.decode()
    assert code == 141


def test_ctrl_c_exits_130_without_traceback_and_without_touching_the_store(tmp_path):
    store = tmp_path / "t.toml"
    assert run(["--store", str(store), "add", "2024-11-04: first clash"]).returncode == 0
    before = store.read_bytes()
    # A shell's background jobs (CI may run us as one) inherit SIGINT ignored, and Python then
    # keeps it ignored; a terminal's Ctrl-C reaches a foreground process with the default.
    proc = subprocess.Popen(TIMELINE + ["--store", str(store), "add", "-"], stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    proc.stdin.write(b"2024-11-05\tsecond clash\n")
    proc.stdin.flush()
    time.sleep(1.5)  # let it start and block reading stdin
    proc.send_signal(signal.SIGINT)
    out, err = proc.communicate(timeout=30)
    assert proc.returncode == 130, err.decode()
    assert b"Traceback" not in err
    assert b"Interrupted" in err
    assert store.read_bytes() == before


def test_dash_means_stdin_and_stdout_everywhere(tmp_path):
    doc = "date 2024-11-06 Troops arrived on November 4. They left on Tuesday.\n"
    extracted = run(["extract", "-"], input=doc)
    assert extracted.returncode == 0, extracted.stderr
    rows = [json.loads(line) for line in extracted.stdout.splitlines()]
    assert any(r["value"] == "2024-11-04" for r in rows)
    assert all(doc[r["start"]:r["end"]] == r["text"] for r in rows)

    store = tmp_path / "t.toml"
    assert run(["--store", str(store), "ingest", "-"], input=doc).returncode == 0
    exported = run(["--store", str(store), "export", "--format", "jsonl", "-o", "-"])
    assert exported.returncode == 0 and exported.stdout.count("\n") >= 1

    copy = tmp_path / "copy.toml"
    imported = run(["--store", str(copy), "import", "-", "--format", "jsonl"], input=exported.stdout)
    assert imported.returncode == 0, imported.stderr
    # ingest stores the grouping, import leaves it to be made: made, the stores are the same
    assert run(["--store", str(copy), "facts", "--regroup"]).returncode == 0
    assert copy.read_bytes() == store.read_bytes()

    shown = run(["--store", "-", "show"], input=store.read_text(encoding="utf-8"))
    assert shown.returncode == 0 and "2024-11-04\t" in shown.stdout


def test_data_on_stdout_messages_on_stderr(tmp_path):
    store = tmp_path / "t.toml"
    added = run(["--store", str(store), "add", "-"], input="2024-11-04\tfirst clash\n")
    assert added.stdout.strip().isalnum() and len(added.stdout.split()) == 1
    assert "added 1 event(s)" in added.stderr
    missing = run(["--store", str(tmp_path / "none.toml"), "show"])
    assert missing.stdout == "" and missing.stderr.startswith("Error: ")


def test_filter_composes_with_show_through_a_real_pipe(big_store):
    pipeline = (f"{sys.executable} -m timeline_cli --store {big_store} filter --on 2024-03 "
                f"| {sys.executable} -m timeline_cli --store - show | wc -l")
    out = subprocess.run(["bash", "-c", "set -o pipefail; " + pipeline], capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr
    assert int(out.stdout.strip()) == sum(1 for i in range(3000) if i % 12 == 2)


def test_filter_with_no_match_exits_1_like_grep(big_store):
    out = run(["--store", str(big_store), "filter", "--grep", "no such words"])
    assert out.returncode == 1 and out.stderr == ""


def test_piped_output_has_no_escape_codes_even_with_a_terminal_env(big_store):
    env = dict(os.environ, TERM="xterm-256color", COLORTERM="truecolor")
    out = run(["--store", str(big_store), "show"], env=env)
    assert "\x1b" not in out.stdout


@pytest.mark.parametrize("shell, marker", [("bash", "complete -o"), ("zsh", "compdef"), ("fish", "complete --no-files --command timeline")])
def test_completion_scripts(shell, marker):
    out = run(["completion", shell])
    assert out.returncode == 0 and marker in out.stdout


def test_completion_offers_tags_from_the_store(tmp_path):
    store = tmp_path / "t.toml"
    run(["--store", str(store), "add", "2024: x", "--tag", "kursk", "--tag", "dprk", "--tag", "kyiv"])
    env = dict(os.environ, COMP_WORDS=f"timeline --store {store} show --tag k", COMP_CWORD="5",
               _TIMELINE_COMPLETE="bash_complete")
    out = subprocess.run(TIMELINE, capture_output=True, text=True, env=env, timeout=60)
    assert out.stdout.split() == ["plain,kursk", "plain,kyiv"]


def test_completion_offers_format_values():
    env = dict(os.environ, COMP_WORDS="timeline export --format i", COMP_CWORD="3",
               _TIMELINE_COMPLETE="bash_complete")
    out = subprocess.run(TIMELINE, capture_output=True, text=True, env=env, timeout=60)
    assert out.stdout.split() == ["plain,ics"]
