"""Mixed concurrent writers: 8 processes x 100 writes (add, import, merge into the store) at once.

tests/test_concurrency.py covers 8 x 50 plain adds. Here every process runs the real commands
(in-process through click, so 800 writes stay fast) in a fixed mix:

- `add` of its own statements;
- `import` of a JSONL file holding its own rows plus rows that EVERY process imports (the
  same statements: they must end up in the store once, not eight times);
- `merge --union STORE OTHER -o STORE`: a merge written back into the live store, which
  must not drop what other processes added between its read and its write.

Meanwhile reader processes load the store, through the cache and straight from the bytes,
and count anything that is not a complete, valid store. After the run every expected event
is present exactly once (by id and by statement) and the file validates.
The default run does 8 x 25; `-m slow` does 8 x 100 (MIXED_WRITES to change it).
"""

from __future__ import annotations

import json
import multiprocessing as mp
import os
import time
from pathlib import Path

import pytest

from _figures import record
from timeline_cli import store
from timeline_cli.model import Event, make_id

WORKERS = 8
SHARED = 10  # statements every worker imports


def _statement(worker: int, i: int, k: int) -> tuple[str, str]:
    return f"20{(worker + i) % 25:02d}-{1 + i % 12:02d}", f"worker {worker} write {i} item {k}"


def _shared(k: int) -> tuple[str, str]:
    return "2024-11-04", f"shared statement {k}, imported by every worker"


def _run(argv: list[str]) -> int:
    from timeline_cli.cli import cli

    try:
        code = cli.main(args=argv, prog_name="timeline", standalone_mode=False)
    except Exception as exc:  # noqa: BLE001 - a failed command is what we count
        print(f"{argv[2:4]} failed: {exc}", flush=True)
        return 1
    return code or 0


def _writer(path: str, workdir: str, worker: int, writes: int, failures) -> None:
    os.environ["TIMELINE_CACHE_DIR"] = os.path.join(workdir, "cache")
    base = Path(workdir)
    for i in range(writes):
        kind = ("add", "import", "add", "merge")[i % 4]
        if kind == "add":
            when, text = _statement(worker, i, 0)
            code = _run(["--store", path, "add", text, "--when", when])
        elif kind == "import":
            rows = [dict(zip(("when", "text"), _statement(worker, i, k))) for k in range(2)]
            rows.append(dict(zip(("when", "text"), _shared((worker + i) % SHARED))))
            src = base / f"rows-{worker}-{i}.jsonl"
            src.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
            code = _run(["--store", path, "import", str(src)])
        else:
            events = [Event(id=make_id(text, when), when=when, text=text)
                      for when, text in (_statement(worker, i, k) for k in range(2))]
            when, text = _shared((worker * 3 + i) % SHARED)
            events.append(Event(id=make_id(text, when), when=when, text=text))
            other = base / f"other-{worker}-{i}.toml"
            store.save(other, events)
            code = _run(["--store", path, "merge", "--union", path, str(other), "-o", path])
        if code != 0:
            with failures.get_lock():
                failures.value += 1


def _reader(path: str, workdir: str, stop, reads, bad) -> None:
    os.environ["TIMELINE_CACHE_DIR"] = os.path.join(workdir, "cache")
    n = 0
    while not stop.is_set():
        try:
            data = Path(path).read_bytes()
            store.loads(data.decode("utf-8"), origin=path)  # the bytes as they are on disk
            store.load(path)  # and through the snapshot cache, as commands read
            n += 2
        except FileNotFoundError:
            continue
        except Exception:  # noqa: BLE001 - any failure to read is what we count
            with bad.get_lock():
                bad.value += 1
    with reads.get_lock():
        reads.value += n


def expected(writes: int) -> set[tuple[str, str]]:
    out: set[tuple[str, str]] = set()
    for worker in range(WORKERS):
        for i in range(writes):
            kind = ("add", "import", "add", "merge")[i % 4]
            items = 1 if kind == "add" else 2
            out |= {_statement(worker, i, k) for k in range(items)}
            if kind == "import":
                out.add(_shared((worker + i) % SHARED))
            elif kind == "merge":
                out.add(_shared((worker * 3 + i) % SHARED))
    return out


def _mixed_run(tmp_path: Path, writes: int) -> None:
    path = str(tmp_path / "timeline.toml")
    store.save(path, [Event(id="seed", when="2024-06", text="Agreement signed")])
    ctx = mp.get_context("spawn")
    failures, bad, reads = ctx.Value("i", 0), ctx.Value("i", 0), ctx.Value("i", 0)
    stop = ctx.Event()
    writers = [ctx.Process(target=_writer, args=(path, str(tmp_path), w, writes, failures))
               for w in range(WORKERS)]
    readers = [ctx.Process(target=_reader, args=(path, str(tmp_path), stop, reads, bad)) for _ in range(2)]
    t0 = time.perf_counter()
    for p in readers + writers:
        p.start()
    for p in writers:
        p.join(timeout=600)
        assert p.exitcode == 0
    stop.set()
    for p in readers:
        p.join(timeout=60)
        assert p.exitcode == 0
    seconds = time.perf_counter() - t0

    events = store.loads(Path(path).read_text(encoding="utf-8"), origin=path)
    ids = [e.id for e in events]
    statements = [(e.when, e.text) for e in events]
    want = expected(writes) | {("2024-06", "Agreement signed")}
    assert failures.value == 0
    assert len(ids) == len(set(ids)), "an id appears twice"
    assert len(statements) == len(set(statements)), "a statement appears twice"
    missing = want - set(statements)
    assert not missing, f"{len(missing)} events lost, e.g. {sorted(missing)[:3]}"
    assert set(statements) == want
    assert bad.value == 0, "a reader saw a half-written or invalid store"
    assert reads.value > 0
    record("concurrent writes", WORKERS * writes, processes=WORKERS, seconds=round(seconds, 1))
    record("concurrent reads of a live store", reads.value)
    record("concurrent events checked", len(want))
    record("concurrent events lost", len(missing), must_be_zero=True)


def test_eight_processes_mixed_writes(tmp_path):
    _mixed_run(tmp_path, writes=int(os.environ.get("MIXED_WRITES_FAST", "25")))


@pytest.mark.slow
def test_eight_processes_hundred_mixed_writes_each(tmp_path):
    _mixed_run(tmp_path, writes=int(os.environ.get("MIXED_WRITES", "100")))
