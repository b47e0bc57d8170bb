"""Archive scale (issue 17 items 3 and 4): Dask against --jobs 1, one very large document, and
ingest of very many small ones. Every command runs as its own process, as a user runs it.

    python bench/bench_scale.py                    # all three sections (about 10 minutes on 2 cores)
    python bench/bench_scale.py --only dask        # Dask (2-worker LocalCluster) vs --jobs 1 on TE3 silver
    python bench/bench_scale.py --only big --sizes 25,100       # peak RSS vs document size (MB)
    python bench/bench_scale.py --only big --sizes 25,100,200 --kinds article --commands ingest
    python bench/bench_scale.py --only many --counts 10000,100000  # peak RSS vs document count
    python bench/bench_scale.py --only big --sizes 20,40,80 --kinds news,sentence   # s/MB and peak, both ways

dask: `ingest` of the TE3 silver corpus (one file per document, its DCT as a date line) with
`--jobs 1`, `--jobs 2` (local pool), `--executor dask --jobs 2` (a LocalCluster of two worker
processes, started and stopped inside the timed command: ~4 s of it here) and
`--executor dask=ADDRESS` (a running 2-worker cluster, started as the README says with
`dask scheduler` and `dask worker --nworkers 2 --nthreads 1` before any timing, and warmed by
one untimed ingest: a running cluster's workers have the parser imported); throughput ratios,
and whether the stores are byte for byte the same (the target: Dask >= 1.5x --jobs 1,
identical events). Beside them, CPU seconds: of each command (with its pool's workers), and
for the running cluster the command's own and the cluster's (scheduler, nanny, workers);
the Amdahl bound is --jobs 1's CPU over (the command's CPU + the cluster's / 2): the ratio 2
cores would give if the command's own work were all serial and nothing waited.
big: `extract` and `ingest` of one document of N MB (a news article repeated; one paragraph
thick with dates; `--kinds news,sentence`: 300 TE3 silver documents repeated, one dated sentence
repeated), wall and CPU seconds per MB, peak RSS.
many: `ingest` of N small documents (one dated sentence each) into a new store: wall and CPU
time, peak RSS and its growth per further document.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
CORPUS = REPO.parent / "shared" / "corpora" / "te3-silver.jsonl"
PY = sys.executable
TL = [PY, "-m", "timeline_cli"]
DASK_TARGET = 1.5


def run(cmd: list[str], env: dict, cpu: bool = False):
    """(wall seconds, peak RSS in MiB of the process and the children it waited for[, their
    CPU seconds])."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env)
    err = proc.stderr.read()
    _, status, usage = os.wait4(proc.pid, 0)
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"{' '.join(cmd)} failed: {err.decode()[-800:]}")
    wall = time.perf_counter() - start
    if cpu:
        return wall, usage.ru_maxrss // 1024, usage.ru_utime + usage.ru_stime
    return wall, usage.ru_maxrss // 1024


def dask(work: Path, env: dict, runs: int, rows: list) -> None:
    try:
        import distributed  # noqa: F401  (only to say so before timing anything)
    except ImportError:
        print("dask: skipped, install the dask extra (pip install 'timeline-cli[dask]')", flush=True)
        return
    docs = work / "te3"
    docs.mkdir()
    chars = 0
    with CORPUS.open(encoding="utf-8") as fh:
        for i, line in enumerate(fh):
            doc = json.loads(line)
            text = f"Date: {doc['dct']}\n\n{doc['text']}"
            (docs / f"{i:05d}.txt").write_text(text, encoding="utf-8")
            chars += len(text)
    print(f"dask: ingest of {i + 1:,} TE3 silver documents, {chars:,} characters, best of {runs}", flush=True)
    cluster = _start_cluster(work, env)
    load = os.getloadavg()
    try:
        warm = work / "warm.toml"  # untimed: the workers import the parser once, as a running cluster has
        run(TL + ["--store", str(warm), "ingest", *map(str, sorted(docs.iterdir())[:20]),
                  "--executor", f"dask={cluster.address}"], env)
        variants = {"--jobs 1": ["--jobs", "1"], "--jobs 2": ["--jobs", "2"],
                    "--executor dask --jobs 2": ["--executor", "dask", "--jobs", "2"],
                    "--executor dask=ADDRESS": ["--executor", f"dask={cluster.address}"]}
        best: dict[str, float] = {}
        cpu: dict[str, float] = {}
        stores: dict[str, bytes] = {}
        cluster_cpu: dict[str, float] = {}
        for _ in range(runs):
            for name, args in variants.items():  # interleaved: machine noise hits all alike
                store = work / "s.toml"
                store.unlink(missing_ok=True)
                before = cluster.cpu()
                seconds, _mem, used = run(TL + ["--store", str(store), "ingest", str(docs), *args], env, cpu=True)
                if seconds < best.get(name, float("inf")):
                    best[name], cpu[name], cluster_cpu[name] = seconds, used, cluster.cpu() - before
                stores[name] = store.read_bytes()
    finally:
        cluster.stop()
    print(f"  load average {load[0]:.1f} before, {os.getloadavg()[0]:.1f} after", flush=True)
    for name, seconds in best.items():
        beside = f", of the cluster {cluster_cpu[name]:.1f}s" if "ADDRESS" in name else ""
        print(f"  {name:<26} {seconds:7.2f}s  {chars / seconds:10,.0f} chars/s  "
              f"(CPU of the command {cpu[name]:.1f}s{beside})", flush=True)
        rows.append({"check": f"ingest te3-silver {name}", "seconds": round(seconds, 2),
                     "chars_per_s": round(chars / seconds), "cpu_s": round(cpu[name], 2)})
    address = "--executor dask=ADDRESS"
    bound = cpu["--jobs 1"] / (cpu[address] + cluster_cpu[address] / 2)
    print(f"  Amdahl bound on 2 cores for {address}: {cpu['--jobs 1']:.1f} / ({cpu[address]:.1f} + "
          f"{cluster_cpu[address]:.1f} / 2) = {bound:.2f}x", flush=True)
    rows.append({"check": f"{address} Amdahl bound", "ratio": round(bound, 2), "load": round(load[0], 1)})
    same = len(set(stores.values())) == 1
    print(f"  stores identical (all four): {same}", flush=True)
    for name in ("--executor dask=ADDRESS", "--executor dask --jobs 2"):
        ratio = best["--jobs 1"] / best[name]
        verdict = "ok" if ratio >= DASK_TARGET and same else "MISSED"
        target = f"(target >= {DASK_TARGET})" if name.endswith("ADDRESS") else "(cluster started and stopped inside)"
        print(f"  {name} throughput / --jobs 1: {ratio:.2f}x {target}  {verdict if 'ADDRESS' in name else ''}",
              flush=True)
        rows.append({"check": f"{name} / --jobs 1", "ratio": round(ratio, 2), "identical": same,
                     "verdict": verdict if "ADDRESS" in name else ""})


class _Cluster:
    """A running 2-worker cluster as a user starts one: `dask scheduler` and `dask worker`."""

    def __init__(self, procs: list[subprocess.Popen], address: str) -> None:
        self.procs, self.address = procs, address

    def cpu(self) -> float:
        """CPU seconds its processes (scheduler, `dask worker` and its worker processes) used so far."""
        import psutil

        total = 0.0
        for proc in self.procs:
            top = psutil.Process(proc.pid)
            for p in [top, *top.children(recursive=True)]:
                try:
                    times = p.cpu_times()
                except psutil.NoSuchProcess:
                    continue
                total += times.user + times.system
        return total

    def stop(self) -> None:
        for proc in reversed(self.procs):
            proc.terminate()
        for proc in self.procs:
            try:
                proc.wait(timeout=30)
            except subprocess.TimeoutExpired:
                proc.kill()


def _start_cluster(work: Path, env: dict) -> _Cluster:
    from timeline_cli.executor import QUIET

    info = work / "scheduler.json"
    # Dask's timers slowed, as the README's cluster is started (DASK_... variables)
    timers = {"DASK_" + key.upper().replace(".", "__").replace("-", "_"): str(value) for key, value in QUIET.items()}
    quiet = dict(stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env={**env, **timers})
    scheduler = subprocess.Popen([PY, "-m", "dask", "scheduler", "--host", "127.0.0.1", "--port", "0", "--no-dashboard",
                                  "--scheduler-file", str(info)], **quiet)
    for _ in range(600):
        if info.exists() and info.stat().st_size:
            break
        time.sleep(0.1)
    address = json.loads(info.read_text())["address"]
    worker = subprocess.Popen([PY, "-m", "dask", "worker", address, "--nworkers", "2", "--nthreads", "1",
                               "--no-dashboard"], **quiet)
    from distributed import Client

    with Client(address) as client:
        client.wait_for_workers(2, timeout=120)
    return _Cluster([scheduler, worker], address)


# held-out documents and the lead's reserved sample: never read, not even as filler
_RESERVED = {"XIE19981203.0008", "APW19981205.0374", "XIE19990210.0079", "APW19990216.0198", "XIE19990227.0171",
             "APW19990312.0251", "NYT19990312.0271", "XIE19990313.0031", "XIE19990313.0173", "XIE19990313.0229"}


def _news(count: int = 300) -> str:
    """The first `count` TE3 silver documents (reserved ones left out), a blank line between."""
    texts = []
    with CORPUS.open(encoding="utf-8") as fh:
        for line in fh:
            doc = json.loads(line)
            if doc["doc"] in _RESERVED or doc["doc"].startswith("AFP_ENG_200612"):
                continue
            texts.append(doc["text"].strip())
            if len(texts) == count:
                break
    return "\n\n".join(texts) + "\n\n"


def big(work: Path, env: dict, sizes: list[int], rows: list, only_kinds: set[str] | None = None,
        commands: set[str] | None = None) -> None:
    seed = next(p for p in sorted((REPO / "seeds").iterdir()) if p.suffix == ".txt").read_text(encoding="utf-8")
    # as tests/test_hostile.py's 200 MB documents: a news article (few dates, some non-ASCII
    # quotes: 2 bytes a character in memory) and one paragraph thick with dates (ASCII, no
    # capital after a period: cut every 4,000 characters); `news`: 300 TE3 silver documents
    # (~1 MB) repeated; `sentence`: one dated sentence repeated, with no paragraph break
    kinds = {"article": lambda: seed,
             "paragraph": lambda: "troops moved along the river on 24 october 2024, officials said. " * 64,
             "news": _news,
             "sentence": lambda: "The troops moved along the river on 24 October 2024, officials said. " * 64}
    kinds = {k: v for k, v in kinds.items() if (only_kinds is None and k in ("article", "paragraph"))
             or (only_kinds is not None and k in only_kinds)}
    print("big: one document of N MB: wall and CPU seconds a MB, peak RSS", flush=True)
    for mb, (kind, make) in ((mb, kind) for mb in sizes for kind in kinds.items()):
        chunk = make()
        doc = work / f"big{mb}.txt"
        with doc.open("w", encoding="utf-8") as fh:
            written = 0
            while written < mb * 2**20:
                fh.write(chunk)
                written += len(chunk)
        for name, args in (("extract", ["extract", str(doc), "--reported", "2024-11-06", "--format", "jsonl"]),
                           ("ingest", ["--store", str(work / "b.toml"), "ingest", str(doc), "--reported", "2024-11-06"])):
            if commands is not None and name not in commands:
                continue
            (work / "b.toml").unlink(missing_ok=True)
            seconds, mem, cpu = run(TL + args, env, cpu=True)
            print(f"  {mb:>5} MB {kind:<10} {name:<8} {seconds:7.1f}s ({seconds / mb:.2f} s/MB)  CPU {cpu:7.1f}s "
                  f"({cpu / mb:.2f} s/MB)  peak {mem:6,} MiB  ({mem / mb:.1f}x the document)", flush=True)
            rows.append({"check": f"big {kind} {name}", "mb": mb, "seconds": round(seconds, 1), "cpu_s": round(cpu, 1),
                         "cpu_s_per_mb": round(cpu / mb, 2), "peak_mib": mem})
        doc.unlink()


def write_many_documents(folder: Path, count: int) -> None:
    """`count` one-sentence documents in a new folder (`many`, and memory_phases.py's steps)."""
    folder.mkdir()
    for i in range(count):
        day = 1 + i % 28
        (folder / f"{i:06d}.txt").write_text(
            f"Date: 2024-11-{day:02d}\n\nThe council met delegation {i} on October {day}, officials said.\n",
            encoding="utf-8")


def many(work: Path, env: dict, counts: list[int], rows: list) -> None:
    print("many: ingest of N one-sentence documents into a new store, peak RSS", flush=True)
    last: tuple[int, int] | None = None
    for count in counts:
        docs = work / f"many{count}"
        write_many_documents(docs, count)
        store = work / "m.toml"
        store.unlink(missing_ok=True)
        seconds, mem, cpu = run(TL + ["--store", str(store), "ingest", str(docs)], env, cpu=True)
        size = store.stat().st_size / 2**20
        # the growth from the previous count: what each further document costs at the peak
        growth = f", {(mem - last[1]) * 2**20 / (count - last[0]) / 1000:.1f} KB a further document" if last else ""
        print(f"  {count:>8,} documents {seconds:7.1f}s ({cpu:.1f}s CPU)  peak {mem:6,} MiB{growth}"
              f"  (store {size:.0f} MB)", flush=True)
        rows.append({"check": "many ingest", "documents": count, "seconds": round(seconds, 1), "cpu_s": round(cpu, 1),
                     "peak_mib": mem, "store_mb": round(size, 1)})
        last = (count, mem)
        shutil.rmtree(docs)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--only", choices=["dask", "big", "many"], action="append")
    parser.add_argument("--runs", type=int, default=2, help="dask: runs of each command (best kept)")
    parser.add_argument("--sizes", default="25,100", help="big: document sizes in MB")
    parser.add_argument("--kinds", help="big: article,paragraph,news,sentence (default article,paragraph)")
    parser.add_argument("--commands", help="big: extract,ingest (default both)")
    parser.add_argument("--counts", default="10000,30000,100000", help="many: document counts")
    parser.add_argument("--json", type=Path, help="also write the rows as JSON to this file")
    args = parser.parse_args()
    only = set(args.only or ["dask", "big", "many"])
    rows: list[dict] = []
    work = Path(tempfile.mkdtemp(prefix="timeline-scale-"))
    env = dict(os.environ, TIMELINE_CACHE_DIR=str(work / "cache"))
    env.pop("TIMELINE_STORE", None)
    try:
        print(f"python {sys.version.split()[0]}, {os.cpu_count()} cores", flush=True)
        if "dask" in only:
            if CORPUS.exists():
                dask(work, env, args.runs, rows)
            else:
                print(f"dask: skipped, {CORPUS} is absent", flush=True)
        if "big" in only:
            big(work, env, [int(s) for s in args.sizes.split(",")], rows,
                set(args.kinds.split(",")) if args.kinds else None,
                set(args.commands.split(",")) if args.commands else None)
        if "many" in only:
            many(work, env, [int(c) for c in args.counts.split(",")], rows)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    if args.json:
        args.json.write_text(json.dumps(rows, indent=2), encoding="utf-8")


if __name__ == "__main__":
    main()
