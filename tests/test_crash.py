"""Crash safety: SIGKILL at random moments, and ENOSPC / EIO / EROFS injected into every write step.

The kill trials run bench/crash_harness.py (a few in the default run, CRASH_TRIALS, 400 unless
set, with `-m slow`). The fault tests monkeypatch each step of store.write_atomic (creating the
temp file, the file object's write, fsync, chmod, os.replace) and check, through the CLI, that
the command fails with one `Error:` line saying what the OS said (plus one `Hint:` line), no
traceback, the old store byte-for-byte intact and no temp file left behind.
"""

from __future__ import annotations

import errno
import json
import os
import tempfile
from pathlib import Path

import pytest

from _bench import bench_module
from _figures import record
from timeline_cli import store
from timeline_cli.model import Event



def _harness():
    return bench_module("crash_harness")


def _run_trials(trials: int, seed: int, tmp_path: Path, ops=None):
    kwargs = {"ops": ops} if ops else {}
    figures = _harness().run_trials(trials, seed=seed, workdir=tmp_path, **kwargs)
    assert figures.failed == 0, figures
    assert figures.invalid_stores == 0, figures
    assert figures.events_lost == 0, figures
    assert figures.torn == 0, figures
    assert figures.stale_cache == 0, figures
    assert figures.trials == trials
    assert figures.killed + figures.completed == trials
    record("crash trials", figures.trials)
    record("crash kills (SIGKILL while running)", figures.killed)
    record("crash kills after the commit", figures.killed_after_commit)
    record("crash committed events checked", figures.events_committed)
    record("crash events lost", figures.events_lost, must_be_zero=True)
    record("crash torn transactions", figures.torn, must_be_zero=True)
    record("crash invalid stores", figures.invalid_stores, must_be_zero=True)
    record("crash leftover temp files", figures.leftover_temp_files)
    return figures


def test_a_few_kills_lose_nothing(tmp_path):
    figures = _run_trials(12, seed=7, tmp_path=tmp_path)
    assert figures.killed > 0


def test_kills_during_edit_tag_rm_and_update_leave_the_old_or_the_new_store(tmp_path):
    # Each of these changes 1-8 existing events in one transaction (rm also writes their
    # memory; update is `import --update` of a spreadsheet's edits): after a kill, every one
    # of them is old or every one new, never a mix.
    figures = _run_trials(16, seed=5, tmp_path=tmp_path, ops=("add", "edit", "tag", "rm", "update"))
    assert figures.killed > 0
    assert sum(figures.by_op[op] for op in ("edit", "tag", "rm", "update")) > 0


@pytest.mark.slow
def test_hundreds_of_kills_lose_nothing(tmp_path):
    trials = int(os.environ.get("CRASH_TRIALS", "400"))
    figures = _run_trials(trials, seed=1, tmp_path=tmp_path)
    # The kills must reach the write itself, not only Python's start-up.
    assert figures.killed_after_commit > 0
    assert figures.killed_before_commit > 0


# ---------------------------------------------------------------- injected faults

class _FailingFile:
    """Wraps the file object write_atomic writes through; its write() fails like a full disk."""

    def __init__(self, real, err: int) -> None:
        self.real, self.err = real, err

    def write(self, data):
        self.real.write(data[: len(data) // 2])  # a short write reached the disk first
        raise OSError(self.err, os.strerror(self.err))

    def __getattr__(self, name):
        return getattr(self.real, name)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.real.close()
        return False


def _inject(monkeypatch, step: str, err: int) -> None:
    def fail(*args, **kwargs):
        raise OSError(err, os.strerror(err))

    if step == "mkstemp":
        monkeypatch.setattr(tempfile, "mkstemp", fail)
    elif step == "write":
        real_fdopen = os.fdopen

        def fdopen(fd, mode="r", *args, **kwargs):
            fh = real_fdopen(fd, mode, *args, **kwargs)
            return _FailingFile(fh, err) if "w" in mode else fh

        monkeypatch.setattr(os, "fdopen", fdopen)
    elif step in ("fsync", "chmod", "replace"):
        monkeypatch.setattr(os, step, fail)
    else:
        raise ValueError(step)


STEPS = ["mkstemp", "write", "fsync", "chmod", "replace"]
ERRNOS = {errno.ENOSPC: "No space left on device", errno.EIO: "Input/output error",
          errno.EROFS: "Read-only file system", errno.EDQUOT: "Disk quota exceeded"}
HINTS = {errno.ENOSPC: "free some space", errno.EIO: "input/output error", errno.EROFS: "read-only",
         errno.EDQUOT: "quota"}


def _commands(tmp_path: Path) -> dict[str, list[str]]:
    doc = tmp_path / "article.txt"
    doc.write_text("On October 24, 2024, the first soldiers were seen at the front, officials said.\n")
    rows = tmp_path / "rows.jsonl"
    rows.write_text(json.dumps({"when": "2024-11-04", "text": "First clash", "by": "Ukrainian MoD"}) + "\n")
    edits = tmp_path / "edits.csv"
    edits.write_text("id,note,status\ne00001,checked,confirmed\ne00002,checked,disputed\n")
    other = tmp_path / "other.toml"
    store.save(other, [Event(id="o1", when="2024-06", text="Agreement signed")])
    return {
        "add": ["add", "2024-11-05: a new statement"],
        "import": ["import", str(rows)],
        "ingest": ["ingest", str(doc), "--reported", "2024-11-06"],
        "export": ["export", "--format", "csv", "-o", str(tmp_path / "out" / "events.csv")],
        "filter": ["filter", "-o", str(tmp_path / "out" / "subset.toml")],
        "merge": ["merge", "--union", "STORE", str(other), "-o", str(tmp_path / "out" / "merged.toml")],
        "edit": ["edit", "e00001", "--note", "checked", "--when", "2024-10-23"],
        "tag": ["tag", "e00001", "e00002", "+checked"],
        "rm": ["rm", "e00001", "e00002", "--yes"],
        "update": ["import", "--update", str(edits)],
    }


def _seed_store(path: Path, big: bool) -> None:
    n = store.SPLICE_MIN + 50 if big else 3
    store.save(path, [Event(id=f"e{i:05d}", when=f"20{i % 24:02d}-{1 + i % 12:02d}", text=f"old statement {i}")
                      for i in range(n)])


def _snapshot(folder: Path) -> dict[str, bytes]:
    """Every file's bytes, but the (empty, persistent) lock file a writer creates beside the store."""
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*"))
            if p.is_file() and p.suffix != ".lock"}


@pytest.mark.parametrize("err", sorted(ERRNOS), ids=lambda e: errno.errorcode[e])
@pytest.mark.parametrize("step", STEPS)
@pytest.mark.parametrize("command", ["add", "import", "ingest", "export", "filter", "merge", "edit", "tag", "rm",
                                     "update"])
def test_write_faults_leave_everything_as_it_was(tl, tmp_path, monkeypatch, command, step, err):
    big = command in ("add", "import") and step in ("write", "replace")  # the splice path too
    _seed_store(tl.store, big)
    argv = [a if a != "STORE" else str(tl.store) for a in _commands(tmp_path)[command]]
    out = tmp_path / "out"
    out.mkdir()
    for name in ("events.csv", "subset.toml", "merged.toml"):
        (out / name).write_text("previous output\n")
    before = _snapshot(tmp_path)
    _inject(monkeypatch, step, err)
    result = tl(*argv)
    monkeypatch.undo()
    record("faults injected", 1, step=step, errno=errno.errorcode[err])
    assert result.exit_code == (2 if command == "merge" else 1), result.output
    lines = result.output.strip().splitlines()
    errors = [line for line in lines if line.startswith("Error: ")]
    assert len(errors) == 1, result.output
    assert ERRNOS[err] in errors[0], result.output
    if step != "mkstemp":
        assert "unchanged" in errors[0]
    assert all(line.startswith(("Error: ", "Hint: ", "warning: ")) for line in lines), result.output
    assert HINTS[err] in result.output.lower(), result.output
    assert "Traceback" not in result.output
    assert _snapshot(tmp_path) == before  # the store, the old outputs, and no temp file
    assert store.loads(tl.store.read_text(encoding="utf-8"))


def test_a_fault_after_the_replace_keeps_the_new_store(tl, monkeypatch):
    # Syncing the folder after os.replace is best effort: the new store is already in place.
    _seed_store(tl.store, big=False)
    real_open = os.open

    def open_(path, flags, *args, **kwargs):
        if os.path.isdir(path):
            raise OSError(errno.EIO, os.strerror(errno.EIO))
        return real_open(path, flags, *args, **kwargs)

    monkeypatch.setattr(os, "open", open_)
    result = tl("add", "2024-11-05: after the replace")
    monkeypatch.undo()
    assert result.exit_code == 0, result.output
    assert "after the replace" in [e.text for e in store.loads(tl.store.read_text(encoding="utf-8"))]


@pytest.mark.parametrize("err", [errno.ENOSPC, errno.EIO, errno.EACCES])
def test_a_cache_that_cannot_be_written_costs_nothing_but_speed(tl, monkeypatch, err):
    _seed_store(tl.store, big=False)
    real_mkstemp = tempfile.mkstemp

    def mkstemp(*args, **kwargs):
        if kwargs.get("prefix") == ".snap.":  # only the snapshot cache's temp file
            raise OSError(err, os.strerror(err))
        return real_mkstemp(*args, **kwargs)

    monkeypatch.setattr(tempfile, "mkstemp", mkstemp)
    result = tl("add", "2024-11-05: cache is broken")
    assert result.exit_code == 0, result.output
    assert tl("show", "--format", "plain").output.count("\n") == 4
    record("faults injected", 1, step="cache", errno=errno.errorcode[err])


def test_a_cache_folder_that_is_a_file_costs_nothing_but_speed(tl, tmp_path, monkeypatch):
    _seed_store(tl.store, big=False)
    (tmp_path / "not-a-folder").write_text("x")
    monkeypatch.setenv("TIMELINE_CACHE_DIR", str(tmp_path / "not-a-folder"))
    assert tl("add", "2024-11-05: no cache").exit_code == 0
    assert tl("show", "--format", "plain").output.count("\n") == 4


def test_an_unreadable_cache_file_is_a_miss_not_an_error(tl, tmp_path, monkeypatch):
    _seed_store(tl.store, big=False)
    cache_dir = tmp_path / "cache"
    monkeypatch.setenv("TIMELINE_CACHE_DIR", str(cache_dir))
    assert tl("show", "--format", "plain").exit_code == 0
    for snap in cache_dir.glob("*.snapshot"):
        snap.write_bytes(b"\x00garbage" * 10)  # corrupt, truncated, from another version...
    result = tl("show", "--format", "plain")
    assert result.exit_code == 0 and result.output.count("\n") == 3
