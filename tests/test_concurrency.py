"""Concurrent writers never lose an event; readers never see a half-written store."""

from __future__ import annotations

import multiprocessing as mp
import subprocess
import time
import sys
from pathlib import Path

from timeline_cli import store
from timeline_cli.model import Event, make_id


def _writer(path: str, worker: int, count: int) -> None:
    for i in range(count):
        text = f"worker {worker} event {i}"
        when = f"2024-{1 + i % 12:02d}-{1 + worker:02d}"
        with store.transaction(path) as txn:
            txn.add(Event(id=make_id(text, when), when=when, text=text))


def _reader(path: str, rounds: int, bad: mp.Value) -> None:
    for _ in range(rounds):
        try:
            store.load(path)
        except store.StoreMissing:
            continue
        except Exception:  # noqa: BLE001 - any failure to read is what we count
            with bad.get_lock():
                bad.value += 1


def test_eight_processes_adding_fifty_events_each_lose_nothing(tmp_path: Path):
    path = str(tmp_path / "t.toml")
    ctx = mp.get_context("spawn")
    bad = ctx.Value("i", 0)
    writers = [ctx.Process(target=_writer, args=(path, w, 50)) for w in range(8)]
    readers = [ctx.Process(target=_reader, args=(path, 200, bad)) for _ in range(2)]
    for p in writers + readers:
        p.start()
    for p in writers + readers:
        p.join(timeout=120)
        assert p.exitcode == 0
    events = store.load(path)
    assert len(events) == 400
    assert len({e.id for e in events}) == 400
    assert bad.value == 0, "a reader saw a half-written store"


def test_eight_timeline_add_commands_at_once(tmp_path: Path):
    path = tmp_path / "t.toml"
    procs = [subprocess.Popen([sys.executable, "-m", "timeline_cli", "--store", str(path), "add",
                               f"2024-11-0{1 + n % 9}: statement {n}"],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE) for n in range(8)]
    ids = []
    for p in procs:
        out, err = p.communicate(timeout=60)
        assert p.returncode == 0, err
        ids.append(out.decode().strip())
    assert sorted(e.id for e in store.load(path)) == sorted(ids)


def test_a_killed_lock_holder_never_wedges_later_writers(tmp_path: Path):
    path = tmp_path / "t.toml"
    holder = subprocess.Popen(
        [sys.executable, "-c",
         "import sys, time\nfrom timeline_cli import store\n"
         f"with store.locked({str(path)!r}):\n    print('locked', flush=True)\n    time.sleep(60)\n"],
        stdout=subprocess.PIPE, text=True)
    assert holder.stdout.readline().strip() == "locked"
    holder.kill()
    holder.wait(timeout=10)
    holder.stdout.close()
    done = subprocess.run([sys.executable, "-m", "timeline_cli", "--store", str(path), "add", "2024: after"],
                          capture_output=True, text=True, timeout=30)
    assert done.returncode == 0, done.stderr
    assert [e.text for e in store.load(path)] == ["after"]


def test_filter_into_the_store_itself_holds_the_lock(tmp_path: Path):
    """`timeline filter --tag keep -o STORE` while another process adds: nothing is lost."""
    path = tmp_path / "t.toml"
    lines = "".join(f"2024-01-{1 + i % 28:02d}\tkept {i}\n" for i in range(200))
    assert subprocess.run([sys.executable, "-m", "timeline_cli", "--store", str(path), "add", "-", "--tag", "keep"],
                          input=lines, text=True, capture_output=True).returncode == 0
    holder = subprocess.Popen(
        [sys.executable, "-c",
         "import sys, time\nfrom timeline_cli import store\n"
         f"with store.locked({str(path)!r}):\n    print('locked', flush=True)\n    time.sleep(1.5)\n"],
        stdout=subprocess.PIPE, text=True)
    assert holder.stdout.readline().strip() == "locked"
    started = time.monotonic()
    out = subprocess.run([sys.executable, "-m", "timeline_cli", "--store", str(path), "filter", "--tag", "keep",
                          "-o", str(path)], capture_output=True, text=True, timeout=60)
    holder.wait(timeout=10)
    holder.stdout.close()
    assert out.returncode == 0, out.stderr
    assert time.monotonic() - started > 1.0, "filter -o STORE did not wait for the writer's lock"
    assert len(store.load(path)) == 200
