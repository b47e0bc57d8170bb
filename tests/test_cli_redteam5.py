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
