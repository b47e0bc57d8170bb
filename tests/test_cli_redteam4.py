"""Session 19, redteam4: what a hostile user or a careless newcomer saw through the CLI, each
found by running `timeline` as a user would, one test per phenomenon."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]


def run(*args, env=None, input=None, cwd=None):
    environ = dict(os.environ, **(env or {}))
    environ["PYTHONPATH"] = str(REPO / "src")
    return subprocess.run([sys.executable, "-m", "timeline_cli", *args], capture_output=True, env=environ,
                          input=input, cwd=cwd, timeout=120)


# ---------------------------------------------------------------- stdin named as the store and a document

@pytest.mark.parametrize("doc", ["-", "/dev/stdin"])
def test_dry_run_ingest_with_store_and_document_both_from_stdin_is_a_usage_error(doc):
    # `cat t.toml | timeline --store - ingest --dry-run -` read the store's TOML as a document
    # and printed its lines as 56 "events": stdin can be one of them only.
    done = run("--store", "-", "ingest", "--dry-run", doc, input=b"schema = 4\n")
    assert done.returncode == 2, done
    assert b"named more than once (FILE and --store)" in done.stderr
    assert done.stdout == b"" and b"Traceback" not in done.stderr


def test_dry_run_ingest_of_a_file_with_a_store_from_stdin_still_works(tmp_path):
    doc = tmp_path / "a.txt"
    doc.write_text("On 4 May 2024 the council met.\n")
    done = run("--store", "-", "ingest", "--dry-run", "--reported", "2024-05-05", str(doc), input=b"")
    assert done.returncode == 0, done
    assert done.stdout == b"2024-05-04\tOn 4 May 2024 the council met.\n"
