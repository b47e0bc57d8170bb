"""Speed and memory of whole `timeline` commands, always beside a reference timed in the same run.

    python bench/perf.py                 # everything (about 10 minutes on 2 cores)
    python bench/perf.py --quick         # 1k and 10k stores only, fewer runs, a corpus sample
    python bench/perf.py --only startup  # one section: startup, store, ingest, html
    python bench/perf.py --only html     # saved pages vs the same texts as .txt (issue 14)
    python bench/perf.py --only store --sizes 10k,100k,1m   # the store's curve (issue 17)

Each command runs as a separate process (what a user waits for), `--runs` times (median
reported), interleaved with its reference so machine noise hits both alike. Peak memory is
the child's max RSS from os.wait4. Ratios are command time / reference time; the targets are
those of issues 6 and 17. Per store size: the first command with no snapshot (cold), filter
and show with a warm one, the first command after an outside edit of one event, add; at 1M
the tomllib reference is timed once. Stores are synthetic (bench/synth.py): varied
precisions, ranges, Unicode, 100-300 character statements.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
CORPUS = REPO.parent / "shared" / "corpora" / "te3-silver.jsonl"
WEB_PAGES = REPO.parent / "shared" / "sources" / "web-dev.tar.xz"
HTML_TARGET = 0.6  # issue 14: pages ingest at >= 60% of the speed of the same texts as .txt
PY = sys.executable
TL = [PY, "-m", "timeline_cli"]


def run_once(cmd: list[str], *, stdin: str | None = None, env=None, expect=(0,)) -> tuple[float, int]:
    """(wall seconds, peak RSS in MiB) of one process."""
    stdin_f = open(stdin, "rb") if stdin else subprocess.DEVNULL
    try:
        start = time.perf_counter()
        proc = subprocess.Popen(cmd, stdin=stdin_f, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env)
        err = proc.stderr.read()
        _, status, usage = os.wait4(proc.pid, 0)
        elapsed = time.perf_counter() - start
        proc.returncode = os.waitstatus_to_exitcode(status)
    finally:
        if stdin:
            stdin_f.close()
    if proc.returncode not in expect:
        raise SystemExit(f"{' '.join(cmd)} exited {proc.returncode}: {err.decode()[:500]}")
    return elapsed, usage.ru_maxrss // 1024


def compare(name: str, cmd: list[str], ref: list[str], runs: int, target: float | None, *,
            setup=None, env=None, expect=(0,), rows: list, ref_times: list[float] | None = None,
            mem_target: int | None = None) -> None:
    """`ref_times`: the reference's times measured once for several commands (a 1M-event
    store's tomllib parse takes a minute: timed once, not beside every command)."""
    times, refs, mems = [], [], []
    for _ in range(runs):
        if ref_times is None:
            refs.append(run_once(ref, env=env)[0])
        if setup:
            setup()
        t, m = run_once(cmd() if callable(cmd) else cmd, env=env, expect=expect)
        times.append(t)
        mems.append(m)
    med, rmed = statistics.median(times), statistics.median(ref_times if ref_times is not None else refs)
    ratio = med / rmed
    ok = "" if target is None else ("ok" if ratio <= target else "MISSED")
    if mem_target is not None and max(mems) > mem_target:
        ok = "MISSED"
    rows.append({"check": name, "seconds": round(med, 3), "reference_s": round(rmed, 3),
                 "ratio": round(ratio, 3), "target": target, "verdict": ok, "peak_mib": max(mems)})
    print(f"  {name:<46} {med:8.3f}s  ref {rmed:8.3f}s  ratio {ratio:6.3f}"
          f"{'' if target is None else f'  (target <= {target}) {ok}'}  peak {max(mems)} MiB"
          f"{'' if mem_target is None else f' (<= {mem_target})'}", flush=True)


# ---------------------------------------------------------------- sections


def startup(rows, runs):
    print("start-up (vs python -c 'import click')", flush=True)
    ref = [PY, "-c", "import click"]
    tl = [str(Path(PY).with_name("timeline"))] if Path(PY).with_name("timeline").exists() else TL
    compare("timeline --version", tl + ["--version"], ref, runs * 4, 1.3, rows=rows)
    compare("timeline show --help", tl + ["show", "--help"], ref, runs * 4, 1.6, rows=rows)


# Targets by store size (issue 6 at 100k; issue 17 at 1M): ratio to a bare tomllib parse.
TARGETS = {100_000: {"filter": 0.2, "show": 1.5, "add": 0.3, "edit": 0.3, "cold": 1.2},
           1_000_000: {"filter": 0.1, "show": 0.3, "add": 0.2, "cold": 1.2, "filter_mib": 1536}}


def stores(rows, runs, sizes, work: Path, env):
    for n in sizes:
        path, path2 = work / f"s{n}.toml", work / f"s{n}b.toml"
        big = n >= 1_000_000  # a minute per tomllib parse, 400 MB per copy: one run, no diff
        runs_n = 1 if big else runs
        targets = TARGETS.get(n, {})
        # Built in a child process: this one stays small, and a child forked from it does
        # not inherit (and report as its own peak) the memory of 100k events.
        since = subprocess.run([PY, str(HERE / "synth.py"), str(n), str(path), "--seed", str(n),
                                *([] if big else ["--changed", str(path2)]), "--since"], check=True,
                               capture_output=True, text=True).stdout.strip()
        size_mb = path.stat().st_size / 1e6
        print(f"store of {n:,} events, {size_mb:,.0f} MB (vs tomllib parsing the same file)", flush=True)
        rows.append({"check": f"store size [{n:,}]", "megabytes": round(size_mb, 1)})
        ref = [PY, "-c", f"import tomllib; tomllib.load(open({str(path)!r}, 'rb'))"]
        ref_times = None
        if big:
            ref_times = [run_once(ref, env=env)[0]]
            print(f"  {'tomllib parsing the store':<46} {ref_times[0]:8.3f}s", flush=True)
        filter_cmd = TL + ["--store", str(path), "filter", "--since", since, "--format", "jsonl"]
        cache_dir = Path(env["TIMELINE_CACHE_DIR"])
        compare(f"cold: filter, no snapshot yet [{n:,}]", filter_cmd, ref, runs_n, targets.get("cold"),
                setup=lambda: shutil.rmtree(cache_dir, ignore_errors=True), env=env, rows=rows, ref_times=ref_times)
        run_once(TL + ["--store", str(path), "show"], env=env)  # warm the snapshot
        compare(f"filter --since (1%) --format jsonl [{n:,}]", filter_cmd, ref, runs_n, targets.get("filter"),
                env=env, rows=rows, ref_times=ref_times, mem_target=targets.get("filter_mib"))
        compare(f"show, piped (plain) [{n:,}]", TL + ["--store", str(path), "show"], ref, runs_n,
                targets.get("show"), env=env, rows=rows, ref_times=ref_times)
        template = path.read_bytes()
        edits = iter(range(10**9))

        def one_edit():
            # A `git pull` that changed one word of one event: the first command after it.
            path.write_bytes(template.replace(b'text = "', f'text = "Edit {next(edits)}: '.encode(), 1))

        compare(f"first filter after a one-event edit [{n:,}]", filter_cmd, ref, runs_n, targets.get("edit"),
                setup=one_edit, env=env, rows=rows, ref_times=ref_times)
        path.write_bytes(template)
        counter = iter(range(10**9))

        def one_add():
            # A new statement each run, into the store as the previous add left it (its
            # snapshot warm), as consecutive `timeline add`s by a user are.
            return TL + ["--store", str(path), "add", f"2021-05-05: a new statement from the bench, {next(counter)}"]

        run_once(one_add(), env=env)  # the first add after a rewrite builds the snapshot
        compare(f"add one event [{n:,}]", one_add, ref, runs_n, targets.get("add"), env=env, rows=rows,
                ref_times=ref_times)
        path.write_bytes(template)
        del template
        if not big:
            run_once(TL + ["--store", str(path), "show"], env=env)
            run_once(TL + ["--store", str(path2), "show"], env=env)
            ref2 = [PY, "-c", f"import tomllib; [tomllib.load(open(p, 'rb')) for p in ({str(path)!r}, {str(path2)!r})]"]
            compare(f"diff (1% changed) --format plain [{n:,}] vs parsing both", TL + ["diff", str(path), str(path2),
                    "--format", "plain"], ref2, runs, None, env=env, expect=(0, 1), rows=rows)
        path.unlink()
        path2.unlink(missing_ok=True)
        shutil.rmtree(cache_dir, ignore_errors=True)


def parse_size(text: str) -> int:
    """"10k" -> 10000, "1m" -> 1000000, "2500" -> 2500."""
    text = text.strip().lower()
    scale = {"k": 1_000, "m": 1_000_000}.get(text[-1:], 1)
    return int(float(text.rstrip("km")) * scale)


def ingest(rows, runs, sample: int | None, work: Path, env):
    if not CORPUS.exists():
        print(f"ingestion: skipped, {CORPUS} is absent", flush=True)
        return
    docs = work / "docs"
    docs.mkdir(exist_ok=True)
    chars = 0
    with CORPUS.open(encoding="utf-8") as fh:
        for i, line in enumerate(fh):
            if sample is not None and i >= sample:
                break
            doc = json.loads(line)
            text = f"Date: {doc['dct']}\n\n{doc['text']}"
            (docs / f"{i:05d}.txt").write_text(text, encoding="utf-8")
            chars += len(text)
    count = len(list(docs.iterdir()))
    print(f"ingestion of {count:,} te3-silver documents, {chars:,} characters", flush=True)
    results = {}
    for name, cmd in (("extract", TL + ["extract", *sorted(map(str, docs.iterdir()))]),
                      ("ingest --jobs 1", TL + ["--store", str(work / "i.toml"), "ingest", str(docs), "--jobs", "1"]),
                      ("ingest --jobs 2", TL + ["--store", str(work / "i.toml"), "ingest", str(docs), "--jobs", "2"])):
        times, mems = [], []
        for _ in range(runs):
            (work / "i.toml").unlink(missing_ok=True)
            t, m = run_once(cmd, env=env)
            times.append(t)
            mems.append(m)
        results[name] = statistics.median(times)
        print(f"  {name:<20} {results[name]:7.2f}s  {chars / results[name]:12,.0f} chars/s  peak {max(mems)} MiB",
              flush=True)
        rows.append({"check": name, "seconds": round(results[name], 3), "chars_per_s": round(chars / results[name]),
                     "peak_mib": max(mems)})
    for label, num, den, target in (("ingest --jobs 2 throughput / --jobs 1", "ingest --jobs 1", "ingest --jobs 2", 1.6),
                                    ("ingest throughput / extract", "extract", "ingest --jobs 1", 0.5)):
        ratio = results[num] / results[den]
        verdict = "ok" if ratio >= target else "MISSED"
        print(f"  {label:<46} {ratio:6.3f}  (target >= {target}) {verdict}", flush=True)
        rows.append({"check": label, "ratio": round(ratio, 3), "target": f">= {target}", "verdict": verdict})


def html(rows, runs, count: int, work: Path, env) -> None:
    """`ingest --jobs 2` of `count` saved pages (the 180 real pages of web-dev, repeated under
    new names) against the same folder as .txt files holding the text the HTML reader takes
    out of each page: what reading HTML costs on top of parsing its text."""
    if not WEB_PAGES.exists():
        print(f"html: skipped, {WEB_PAGES} is absent", flush=True)
        return
    import tarfile

    src = work / "web-src"
    with tarfile.open(WEB_PAGES) as tar:
        tar.extractall(src, filter="data")
    originals = sorted(src.rglob("*.htm*"))
    sys.path.insert(0, str(REPO / "src"))
    from timeline_cli.errors import InputError
    from timeline_cli.readers import html as reader

    pages, texts = work / "pages", work / "texts"
    pages.mkdir()
    texts.mkdir()
    kept = []
    for page in originals:  # pages the reader refuses (no article text) are left out of both
        try:
            kept.append((page.read_bytes(), reader.read(page.read_bytes(), origin=str(page))[0].text))
        except InputError:
            continue
    chars = 0
    for n in range(count):
        data, text = kept[n % len(kept)]
        (pages / f"p{n:05d}.html").write_bytes(data)
        (texts / f"p{n:05d}.txt").write_text(text, encoding="utf-8")
        chars += len(text)
    print(f"html: {count:,} saved pages ({len(kept)} distinct), {chars:,} characters of article text", flush=True)
    # Wall time is what a user waits for; CPU time (the command and its workers) is what the
    # two cores do, and stays true when other work shares the machine.
    walls: dict[str, float] = {}
    cpus: dict[str, float] = {}
    names = ("ingest --jobs 2, .txt", "ingest --jobs 2, .html")
    timed: dict[str, list[tuple[float, float]]] = {name: [] for name in names}
    for _ in range(runs):  # interleaved, so machine noise hits both alike
        for name, folder in zip(names, (texts, pages)):
            (work / "h.toml").unlink(missing_ok=True)
            timed[name].append(_wall_and_cpu(TL + ["--store", str(work / "h.toml"), "ingest", str(folder),
                                                   "--jobs", "2", "--reported", "2024-01-01"], env))
    for name in names:
        walls[name] = statistics.median(t[0] for t in timed[name])
        cpus[name] = statistics.median(t[1] for t in timed[name])
        print(f"  {name:<24} {walls[name]:7.2f}s  {count / walls[name]:8.1f} documents/s"
              f"  (CPU {cpus[name]:.2f}s, {1000 * cpus[name] / count:.1f} ms/document)", flush=True)
        rows.append({"check": name, "seconds": round(walls[name], 3), "cpu_seconds": round(cpus[name], 3),
                     "docs_per_s": round(count / walls[name], 1)})
    for label, table in (("html speed / txt speed (--jobs 2, wall)", walls),
                         ("html speed / txt speed (--jobs 2, CPU)", cpus)):
        ratio = table[names[0]] / table[names[1]]
        verdict = "ok" if ratio >= HTML_TARGET else "MISSED"
        print(f"  {label:<46} {ratio:6.3f}  (target >= {HTML_TARGET}) {verdict}", flush=True)
        rows.append({"check": label, "ratio": round(ratio, 3), "target": f">= {HTML_TARGET}", "verdict": verdict})


def _wall_and_cpu(cmd: list[str], env) -> tuple[float, float]:
    """(wall seconds, CPU seconds of the process and the workers it waited for)."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env)
    err = proc.stderr.read()
    _, status, usage = os.wait4(proc.pid, 0)
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"{' '.join(cmd)} failed: {err.decode()[:500]}")
    return time.perf_counter() - start, usage.ru_utime + usage.ru_stime


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true", help="small stores, fewer runs, 300 corpus documents")
    parser.add_argument("--runs", type=int, default=None, help="runs per measurement (median); default 5, quick 3")
    parser.add_argument("--only", choices=["startup", "store", "ingest", "html"], action="append")
    parser.add_argument("--pages", type=int, default=1000, help="html: how many saved pages (default 1000)")
    parser.add_argument("--sizes", help="store sizes, e.g. 10k,100k,1m (default 1k,10k,100k; quick 1k,10k);"
                        " a 1M store takes about 400 MB of disk and 15 minutes")
    parser.add_argument("--json", type=Path, help="also write the rows as JSON to this file")
    args = parser.parse_args()
    runs = args.runs or (3 if args.quick else 5)
    sizes = [1_000, 10_000] if args.quick else [1_000, 10_000, 100_000]
    if args.sizes:
        sizes = [parse_size(size) for size in args.sizes.split(",")]
    only = set(args.only or ["startup", "store", "ingest", "html"])
    rows: list[dict] = []
    work = Path(tempfile.mkdtemp(prefix="timeline-bench-"))
    env = dict(os.environ, TIMELINE_CACHE_DIR=str(work / "cache"))
    env.pop("TIMELINE_STORE", None)
    try:
        print(f"python {sys.version.split()[0]}, {os.cpu_count()} cores, median of {runs} runs", flush=True)
        if "startup" in only:
            startup(rows, runs)
        if "store" in only:
            stores(rows, runs, sizes, work, env)
        if "ingest" in only:
            ingest(rows, max(1, runs // 2 + 1) if not args.quick else 1, 300 if args.quick else None, work, env)
        if "html" in only:
            html(rows, 1 if args.quick else 3, 300 if args.quick else args.pages, work, env)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    if args.json:
        args.json.write_text(json.dumps(rows, indent=2), encoding="utf-8")
    missed = [r["check"] for r in rows if r.get("verdict") == "MISSED"]
    print("all targets met" if not missed else f"targets missed: {', '.join(missed)}")


if __name__ == "__main__":
    main()
