"""Where documents are parsed (executor.py): `--executor dask` on a real distributed.LocalCluster
gives exactly the events and expressions of `--jobs 1`, in document order; a failing partition
is run again; a missing Dask, an unknown executor and an unreachable scheduler are one-line errors."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from conftest import CORPORA
from timeline_cli import store

TE3 = CORPORA / "te3-silver.jsonl"


@pytest.fixture(scope="module")
def corpus_docs(tmp_path_factory) -> Path:
    """A dozen TE3 silver documents as files (their DCT as a date line, as bench/perf.py writes them)."""
    if not TE3.exists():
        pytest.skip(f"{TE3} is absent")
    folder = tmp_path_factory.mktemp("te3")
    with TE3.open(encoding="utf-8") as fh:
        for i, line in zip(range(12), fh):
            doc = json.loads(line)
            (folder / f"{i:02d}.txt").write_text(f"Date: {doc['dct']}\n\n{doc['text']}", encoding="utf-8")
    return folder


def test_dask_ingest_equals_jobs_1(tl, corpus_docs, tmp_path):
    pytest.importorskip("distributed")
    from conftest import Timeline

    serial = Timeline(tmp_path / "serial.toml")
    one = serial("ingest", str(corpus_docs), "--jobs", "1")
    assert one.exit_code == 0, one.output
    dask = tl("ingest", str(corpus_docs), "--executor", "dask", "--jobs", "2")
    assert dask.exit_code == 0, dask.output
    assert dask.stderr.splitlines()[-1] == one.stderr.splitlines()[-1]  # "ingested N events from 12 documents"
    events = store.load(tl.store)
    assert len(events) > 50
    assert events == store.load(serial.store)
    assert tl.store.read_bytes() == serial.store.read_bytes()


def test_dask_extract_jsonl_equals_jobs_1_in_document_order(tl, corpus_docs):
    pytest.importorskip("distributed")
    files = sorted(map(str, corpus_docs.iterdir()))
    one = tl("extract", "--format", "jsonl", *files, store=False)
    dask = tl("extract", "--format", "jsonl", "--executor", "dask", "--jobs", "2", *files, store=False)
    assert dask.exit_code == 0, dask.output
    assert dask.stdout == one.stdout
    docs = [json.loads(line)["doc"] for line in dask.stdout.splitlines()]
    assert docs == sorted(docs) and len(set(docs)) == len(files)


def test_local_pool_extract_equals_serial(tl, corpus_docs):
    files = sorted(map(str, corpus_docs.iterdir()))[:4]
    one = tl("extract", "--format", "jsonl", *files, store=False)
    pool = tl("extract", "--format", "jsonl", "--executor", "local", "--jobs", "2", *files, store=False)
    assert pool.exit_code == 0, pool.output
    assert pool.stdout == one.stdout and one.stdout


def _flaky(item: tuple[str, int]) -> int:
    """Fails the first time it sees item 3 (a marker file remembers), like a worker that died."""
    folder, n = item
    marker = Path(folder) / "failed-once"
    if n == 3 and not marker.exists():
        marker.write_text("x")
        raise RuntimeError("worker lost")
    return n * n


def test_a_failed_partition_is_run_again(tmp_path):
    pytest.importorskip("distributed")
    import cloudpickle

    from timeline_cli.executor import DaskExecutor

    cloudpickle.register_pickle_by_value(sys.modules[__name__])  # the workers cannot import tests/
    ticks = []
    items = [(str(tmp_path), n) for n in range(10)]
    results = list(DaskExecutor(None, 2).map(_flaky, items, progress=lambda: ticks.append(1)))
    assert results == [n * n for n in range(10)]
    assert (tmp_path / "failed-once").exists() and len(ticks) == 10


def test_unknown_executor_is_a_usage_error(tl, tmp_path):
    doc = tmp_path / "a.txt"
    doc.write_text("Ships left on October 24.\n")
    result = tl("ingest", str(doc), "--executor", "spark")
    assert result.exit_code == 2
    assert result.stderr.startswith("Error: --executor 'spark' is not one of local, dask")
    assert "Traceback" not in result.output and not tl.store.exists()


def test_missing_dask_names_the_extra(tl, tmp_path, monkeypatch):
    import importlib.util

    real = importlib.util.find_spec
    monkeypatch.setattr(importlib.util, "find_spec", lambda name, *a: None if name == "distributed" else real(name, *a))
    doc = tmp_path / "a.txt"
    doc.write_text("Ships left on October 24.\n")
    result = tl("extract", str(doc), "--executor", "dask", store=False)
    assert result.exit_code == 2
    assert result.stderr.splitlines() == ["Error: --executor dask needs Dask, which is not installed",
                                          "Hint: pip install 'timeline-cli[dask]'"]


def test_unreachable_scheduler_is_one_line(tl, tmp_path):
    pytest.importorskip("distributed")
    import dask

    doc = tmp_path / "a.txt"
    doc.write_text("Ships left on October 24.\n")
    with dask.config.set({"distributed.comm.timeouts.connect": "1s"}):
        result = tl("ingest", str(doc), "--reported", "2024-11-06", "--executor", "dask=tcp://127.0.0.1:9")
    assert result.exit_code == 1
    first, hint = result.stderr.splitlines()
    assert first.startswith("Error: cannot reach the Dask scheduler at tcp://127.0.0.1:9")
    assert hint.startswith("Hint: start one with `dask scheduler`")
    assert not tl.store.exists()


def test_a_running_cluster_by_its_address(tl, corpus_docs, tmp_path):
    # as `dask scheduler` + `dask worker` would be: the files are read here and sent
    pytest.importorskip("distributed")
    from distributed import LocalCluster

    from conftest import Timeline

    files = sorted(map(str, corpus_docs.iterdir()))[:6]
    serial = Timeline(tmp_path / "serial.toml")
    assert serial("ingest", *files).exit_code == 0
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=False, dashboard_address=None,
                      scheduler_kwargs={"dashboard_address": "127.0.0.1:0"}) as cluster:  # 8787 may be taken
        result = tl("ingest", *files, "--executor", f"dask={cluster.scheduler_address}")
        assert result.exit_code == 0, result.output
        extracted = tl("extract", "--format", "jsonl", *files, "--executor", f"dask={cluster.scheduler_address}",
                       store=False)
    assert tl.store.read_bytes() == serial.store.read_bytes()
    assert extracted.stdout == tl("extract", "--format", "jsonl", *files, store=False).stdout


def test_partitions_are_cut_by_bytes_in_order():
    from timeline_cli.executor import MAX_BYTES, MIN_BYTES, partitions

    # an item over the size of a run is a run of its own, the small ones around it kept together
    sizes = [1000] * 50 + [10 * 2**20] + [1000] * 50
    assert list(partitions(list(range(101)), sizes, workers=2)) == [list(range(50)), [50], list(range(51, 101))]
    # many small items: runs of MIN_BYTES at least (a task is worth its scheduling) ...
    parts = list(partitions(list(range(1000)), [1000] * 1000, workers=2))
    assert [len(p) for p in parts] == [65] * 15 + [25]
    assert 65 * 1000 <= MIN_BYTES < 66 * 1000
    # ... and MAX_BYTES at most (what one result holds)
    parts = list(partitions(list(range(1000)), [100_000] * 1000, workers=2))
    assert all(len(p) * 100_000 <= MAX_BYTES for p in parts) and len(parts) == 1000 // (MAX_BYTES // 100_000) + 1
    # a small corpus: a few tens of tasks, each of a similar size
    sizes = [1500 + 97 * (i % 40) for i in range(2500)]
    parts = list(partitions(list(range(2500)), sizes, workers=2))
    assert 10 <= len(parts) <= 20
    held = [sum(sizes[i] for i in part) for part in parts]
    assert max(held[:-1]) - min(held[:-1]) < 2 * max(sizes)


def test_workers_of_several_threads_are_noted(tl, corpus_docs):
    pytest.importorskip("distributed")
    from distributed import LocalCluster

    files = sorted(map(str, corpus_docs.iterdir()))[:2]
    with LocalCluster(n_workers=1, threads_per_worker=2, processes=False, dashboard_address=None,
                      scheduler_kwargs={"dashboard_address": "127.0.0.1:0"}) as cluster:
        result = tl("extract", "--format", "jsonl", *files, "--executor", f"dask={cluster.scheduler_address}",
                    store=False)
    assert result.exit_code == 0, result.output
    assert result.stdout == tl("extract", "--format", "jsonl", *files, store=False).stdout
    assert ("note: 1 Dask worker(s) run 2 threads, which parse one document at a time (the interpreter lock); "
            "start them with `--nworkers CORES --nthreads 1`") in result.stderr.splitlines()
