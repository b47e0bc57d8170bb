"""Crash harness: kill `timeline add` / `import` / `ingest` / `edit` / `tag` / `rm` /
`import --update` with SIGKILL
at random moments.

Each trial starts one writer as a real process (`python -m timeline_cli`), sleeps a random
time drawn from that command's measured run time, and SIGKILLs it if it is still running.
After every trial the store is read back from disk (no cache) and checked:

- it parses and validates (`store.loads`);
- every event of every command that exited 0 before the kill is there ("events lost");
- a killed command left all of its events or none of them (one transaction, "torn");
- a killed `edit`, `tag`, `rm` or `import --update` (each changing 1-8 existing events in one
  transaction) left
  every one of them old or every one new, never a mix ("torn"), and a removal is in the store's
  memory exactly when the event is gone (the memory is written in the same replace);
- the snapshot cache agrees with the file (a stale cache would hide a lost write);
- the next command is never wedged by the dead writer's lock (the OS releases flock).

The trials write a small store (a full rewrite each time), a store of more than
store.SPLICE_MIN events (the splice fast path), and a big store that is re-laid before each
trial in an unusual but valid TOML layout (bench/layouts.py: an inline array, text quoting
another block, shuffled hand-written blocks, CRLF, a BOM...) with the cache warmed from it,
as after a hand edit and a `show`: so every write path is killed on every layout.

    python bench/crash_harness.py --trials 300 --seed 1
    python bench/crash_harness.py --trials 20 --json      # what tests/test_crash.py runs

Exit status 0 when nothing was lost, torn or invalid; 1 otherwise.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import signal
import subprocess
import sys
import tempfile
import time
import tomllib
from dataclasses import asdict, dataclass, field
from datetime import date
from pathlib import Path

from timeline_cli import store
from timeline_cli.model import Event, make_id

sys.path.insert(0, str(Path(__file__).resolve().parent))
from layouts import LAYOUTS, layout  # noqa: E402 - bench/ is not a package

OPS = ("add", "import", "ingest", "edit", "tag", "rm", "update")
CHANGERS = ("edit", "tag", "rm", "update")  # change events the store holds, rather than add new ones
REPORTED = date(2024, 11, 6)


@dataclass
class Figures:
    trials: int = 0
    killed: int = 0              # SIGKILLed while running
    completed: int = 0           # exited 0 before the kill came
    failed: int = 0              # exited non-zero on their own (must stay 0)
    by_op: dict = field(default_factory=lambda: {op: 0 for op in OPS})
    killed_after_commit: int = 0  # killed, yet their events were already in (killed late)
    killed_before_commit: int = 0  # killed, none of their events in (killed early)
    events_committed: int = 0    # events of completed commands, all checked after every trial
    events_lost: int = 0         # committed events missing from the store (must be 0)
    torn: int = 0                # killed commands that left some but not all events (must be 0)
    invalid_stores: int = 0      # stores that failed to parse or validate (must be 0)
    stale_cache: int = 0         # snapshot cache disagreeing with the file (must be 0)
    leftover_temp_files: int = 0  # temp files a killed writer could not remove (harmless)
    layouts: dict = field(default_factory=dict)  # unusual layouts the "layout" store was given
    seconds: float = 0.0

    @property
    def ok(self) -> bool:
        return not (self.failed or self.events_lost or self.torn or self.invalid_stores or self.stale_cache)


def _cmd(store_path: Path, *args: str) -> list[str]:
    return [sys.executable, "-m", "timeline_cli", "--store", str(store_path), *args]


def _env(workdir: Path) -> dict:
    env = dict(os.environ)
    env["TIMELINE_CACHE_DIR"] = str(workdir / "cache")
    env.pop("TIMELINE_STORE", None)
    env.pop("TIMELINE_DEBUG", None)
    return env


class Harness:
    def __init__(self, workdir: Path, seed: int = 0, ops=OPS) -> None:
        self.workdir = workdir
        self.rng = random.Random(seed)
        self.ops = tuple(ops)
        self.env = _env(workdir)
        os.environ["TIMELINE_CACHE_DIR"] = self.env["TIMELINE_CACHE_DIR"]  # our own checks read it too
        self.stores = {"small": workdir / "small" / "timeline.toml", "big": workdir / "big" / "timeline.toml",
                       "layout": workdir / "layout" / "timeline.toml"}
        self.committed: dict[Path, set[str]] = {p: set() for p in self.stores.values()}
        self.durations: dict[tuple[str, str], float] = {}
        self.figures = Figures()
        self.serial = 0
        self.probe = None  # for a changing command: (op, ids, state(events, memory) -> old/new/torn)

    # ------------------------------------------------------------ set-up
    def setup(self) -> None:
        for path in self.stores.values():
            path.parent.mkdir(parents=True, exist_ok=True)
        big = [Event(id=f"seed{i:05d}", when=f"{1990 + i % 30}-{1 + i % 12:02d}-{1 + i % 28:02d}",
                     text=f"seed statement {i}", source="seed.txt")
               for i in range(store.SPLICE_MIN + 200)]
        store.save(self.stores["big"], big)
        store.save(self.stores["layout"], big)
        # Measure how long each command takes when left alone, so kills land anywhere in it.
        for kind, path in self.stores.items():
            for op in self.ops:
                argv, _ = self.command(op, path)
                t0 = time.perf_counter()
                done = subprocess.run(argv, env=self.env, capture_output=True, timeout=120)
                self.durations[(kind, op)] = time.perf_counter() - t0
                if done.returncode != 0:
                    raise RuntimeError(f"calibration {op} failed: {done.stderr.decode(errors='replace')}")
        self.committed = {p: {e.id for e in store.loads(p.read_bytes().decode("utf-8"))}
                          for p in self.stores.values()}

    # ------------------------------------------------------------ one command
    def command(self, op: str, store_path: Path) -> tuple[list[str], list[str]]:
        """(argv, ids of the events it adds) for a fresh, unique command."""
        self.serial += 1
        n = self.serial
        tag = f"t{n:05d}"
        if op == "add":
            when = f"20{n % 25:02d}-{1 + n % 12:02d}-{1 + n % 28:02d}"
            text = f"crash trial {tag}: a statement added by hand"
            return _cmd(store_path, "add", text, "--when", when), [make_id(text, when)]
        if op == "import":
            from timeline_cli.formats import read_events

            rows = [json.dumps({"when": f"2023-{1 + k % 12:02d}", "text": f"crash trial {tag} row {k}",
                                "source": "import.jsonl", "by": "harness"})
                    for k in range(1 + self.rng.randrange(60))]
            path = self.workdir / "inputs" / f"{tag}.jsonl"
            path.parent.mkdir(exist_ok=True)
            text = "\n".join(rows) + "\n"
            path.write_text(text, encoding="utf-8")
            ids = [e.id for e in read_events("jsonl", text, origin=str(path))]
            return _cmd(store_path, "import", str(path)), ids
        if op == "ingest":
            from timeline_cli.ingest import Job, parse_job, source_name

            sentences = [f"On October {1 + k % 28}, 2024, unit {tag}-{k} crossed the river, "
                         f"according to officials." for k in range(1 + self.rng.randrange(12))]
            path = self.workdir / "inputs" / f"{tag}.txt"
            path.parent.mkdir(exist_ok=True)
            text = " ".join(sentences) + "\n"
            path.write_text(text, encoding="utf-8")
            # ingest records the source relative to the store's folder
            source = source_name(str(path), base=str(store_path.parent))
            rows, _, _ = parse_job(Job(str(path), source, text, REPORTED, REPORTED, True, None))
            return _cmd(store_path, "ingest", str(path), "--reported", REPORTED.isoformat()), [r[0] for r in rows]
        if op in CHANGERS:
            return self.change_command(op, store_path, tag)
        raise ValueError(op)

    def change_command(self, op: str, store_path: Path, tag: str) -> tuple[list[str], list[str]]:
        """A command changing 1-8 events the store holds; sets self.probe to tell, from the
        store read back, whether the change is absent (old), complete (new) or partial (torn)."""
        events, _ = store.loads_store(store_path.read_bytes().decode("utf-8"), origin=str(store_path))
        pool = sorted(e.id for e in events)
        # rm leaves one event at least, so the next edit, tag or rm has something to change
        room = len(pool) - 1 if op == "rm" else len(pool)
        ids = self.rng.sample(pool, min(room, 1 + self.rng.randrange(8)))
        if not ids:  # nothing to change yet: add an event instead
            return self.command("add", store_path)
        mark = f"crash trial {tag}"
        if op == "edit":
            argv = _cmd(store_path, "edit", *ids, "--note", mark)
            done = lambda e, memory: e is not None and e.note == mark  # noqa: E731
        elif op == "tag":
            argv = _cmd(store_path, "tag", *ids, f"+{tag}")
            done = lambda e, memory: e is not None and tag in e.tags  # noqa: E731
        elif op == "update":  # a spreadsheet's edits coming back: only `id` and `note` columns
            path = self.workdir / "inputs" / f"{tag}.csv"
            path.parent.mkdir(exist_ok=True)
            path.write_text("id,note\n" + "".join(f"{i},{mark}\n" for i in ids), encoding="utf-8")
            argv = _cmd(store_path, "import", "--update", str(path))
            done = lambda e, memory: e is not None and e.note == mark  # noqa: E731
        else:
            argv = _cmd(store_path, "rm", *ids, "--yes")
            done = lambda e, memory, i=None: e is None  # noqa: E731

        def state(by_id: dict, memory) -> str:
            flags = [done(by_id.get(i), memory) for i in ids]
            if op == "rm" and any(flags[k] != (ids[k] in memory.removed) for k in range(len(ids))):
                return "torn"  # a removal without its memory, or the reverse
            return "new" if all(flags) else "old" if not any(flags) else "torn"

        self.probe = (op, ids, state)
        return argv, []

    # ------------------------------------------------------------ one trial
    def trial(self) -> None:
        f = self.figures
        kind = self.rng.choice(sorted(self.stores))
        path = self.stores[kind]
        if kind == "layout":
            self.relayout(path)
        op = self.rng.choice(self.ops)
        self.probe = None
        argv, ids = self.command(op, path)
        took = self.durations[(kind, op)]
        # Half the kills anywhere in the run, half in its last third, where the store is written.
        delay = self.rng.uniform(0.0, 1.15 * took) if self.rng.random() < 0.5 else self.rng.uniform(0.7 * took, 1.05 * took)
        proc = subprocess.Popen(argv, env=self.env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        time.sleep(delay)
        killed = proc.poll() is None
        if killed:
            proc.send_signal(signal.SIGKILL)
        _, err = proc.communicate(timeout=120)
        f.trials += 1
        f.by_op[op] += 1
        if proc.returncode == 0:
            f.completed += 1
            self.committed[path] |= set(ids)
            f.events_committed += len(ids)
        elif proc.returncode == -signal.SIGKILL:
            f.killed += 1
        else:
            f.failed += 1
            print(f"{op} exited {proc.returncode}: {err.decode(errors='replace')}", file=sys.stderr)
        self.check(path, ids if proc.returncode == -signal.SIGKILL and not self.probe else None,
                   killed=proc.returncode == -signal.SIGKILL, completed=proc.returncode == 0)

    def relayout(self, path: Path) -> None:
        """Rewrite the store by hand in a random unusual layout, then read it once through
        the cache (as `show` would), so the next writer meets a warm snapshot of it."""
        events = store.loads(path.read_bytes().decode("utf-8"), origin=str(path))
        name = self.rng.choice(sorted(LAYOUTS))
        self.figures.layouts[name] = self.figures.layouts.get(name, 0) + 1
        text = layout(events, name, self.rng)
        fd, tmp = tempfile.mkstemp(dir=path.parent)
        with os.fdopen(fd, "wb") as fh:
            fh.write(text.encode("utf-8"))
        os.replace(tmp, path)
        store.load(path)

    def check(self, path: Path, killed_ids: list[str] | None, *, killed: bool = False,
              completed: bool = False) -> None:
        f = self.figures
        try:
            text = path.read_bytes().decode("utf-8")
            tomllib.loads(text.removeprefix("\ufeff"))  # any TOML reader, not only ours
            events, memory = store.loads_store(text, origin=str(path))
        except Exception as exc:  # noqa: BLE001 - any failure to read is what we count
            f.invalid_stores += 1
            print(f"invalid store after a trial: {exc}", file=sys.stderr)
            return
        present = {e.id for e in events}
        if self.probe is not None:
            op, ids, state = self.probe
            got = state({e.id: e for e in events}, memory)
            if got == "torn":
                f.torn += 1
                print(f"torn: a {op} of {len(ids)} events left some changed, some not", file=sys.stderr)
            elif killed:
                if got == "new":
                    f.killed_after_commit += 1
                else:
                    f.killed_before_commit += 1
            elif completed and got != "new":
                f.events_lost += len(ids)
                print(f"a completed {op} is not in the store", file=sys.stderr)
            if op == "rm" and got == "new":
                self.committed[path] -= set(ids)  # removed on purpose: no longer expected
        lost = self.committed[path] - present
        if lost:
            f.events_lost += len(lost)
            print(f"lost {len(lost)} committed events, e.g. {sorted(lost)[:3]}", file=sys.stderr)
        self.committed[path] = present | self.committed[path]
        if killed_ids is not None:
            got = len(set(killed_ids) & present)
            if got == len(set(killed_ids)):
                f.killed_after_commit += 1
                self.committed[path] |= set(killed_ids)  # they made it: later trials must keep them
            elif got == 0:
                f.killed_before_commit += 1
            else:
                f.torn += 1
                print(f"torn: {got} of {len(set(killed_ids))} events of a killed command", file=sys.stderr)
        cached = store.load_snapshot(path)[0]  # through the snapshot cache, as every command reads
        if {e.id for e in cached.events()} != present or cached.memory != memory:
            f.stale_cache += 1
            print("the snapshot cache disagrees with the store", file=sys.stderr)

    def run(self, trials: int) -> Figures:
        t0 = time.perf_counter()
        self.setup()
        for _ in range(trials):
            self.trial()
        for p in self.stores.values():
            self.figures.leftover_temp_files += len(list(p.parent.glob(f".{p.name}{store._TEMP_TAG}*.tmp")))
        self.figures.seconds = round(time.perf_counter() - t0, 1)
        return self.figures


def run_trials(trials: int, *, seed: int = 0, workdir: Path | None = None, ops=OPS) -> Figures:
    if workdir is not None:
        return Harness(workdir, seed, ops).run(trials)
    saved = os.environ.get("TIMELINE_CACHE_DIR")
    with tempfile.TemporaryDirectory(prefix="timeline-crash-") as tmp:
        try:
            return Harness(Path(tmp), seed, ops).run(trials)
        finally:
            if saved is None:
                os.environ.pop("TIMELINE_CACHE_DIR", None)
            else:
                os.environ["TIMELINE_CACHE_DIR"] = saved


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--trials", type=int, default=300)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--ops", default=",".join(OPS), help="comma-separated subset of " + ",".join(OPS))
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args(argv)
    figures = run_trials(args.trials, seed=args.seed, ops=args.ops.split(","))
    if args.json:
        print(json.dumps(asdict(figures), indent=2))
    else:
        for name, value in asdict(figures).items():
            print(f"{name:22} {value}")
    return 0 if figures.ok else 1


if __name__ == "__main__":
    sys.exit(main())
