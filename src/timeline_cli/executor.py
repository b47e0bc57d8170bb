"""Where documents are parsed: here, in a local process pool (`--jobs N`), or on a Dask cluster
(`--executor dask[=ADDRESS]`). One interface, `Executor.map(fn, items, progress)`: the
results of `fn` over `items`, yielded in item order as they arrive, so a caller streams them
into a store transaction (or to stdout) without collecting them first.

Dask is optional (the `[dask]` extra) and imported only when asked for: start-up stays as it
is. Scheduling is Dask's own; this module only cuts the items into partitions (by bytes, so
a task is worth sending), keeps a bounded number of them in flight and hands them back in order.
"""

from __future__ import annotations

import gc
import os
from collections import deque
from typing import Any, Callable, Iterator, Protocol, Sequence

from timeline_cli.errors import TimelineError, UsageError

__all__ = ["Executor", "Serial", "LocalPool", "DaskExecutor", "executor_for", "partitions"]


class Executor(Protocol):
    elsewhere: bool  # whether fn runs in other processes than this one

    def map(self, fn: Callable[[Any], Any], items: Sequence[Any],
            progress: Callable[[], object] | None = None) -> Iterator[Any]:
        """fn(item) for each item, in item order; `progress()` once per finished item."""
        ...


class Serial:
    """In this process, one item after another."""

    elsewhere = False  # fn runs in this process

    def map(self, fn, items, progress=None):
        for item in items:
            yield fn(item)
            if progress is not None:
                progress()


class LocalPool:
    """A process pool of `workers` on this machine (`--jobs N`)."""

    def __init__(self, workers: int) -> None:
        self.workers = workers
        self.elsewhere = workers > 1  # fn runs in other processes (but for a single item)

    def map(self, fn, items, progress=None):
        if self.workers <= 1 or len(items) <= 1:
            yield from Serial().map(fn, items, progress)
            return
        from concurrent.futures import ProcessPoolExecutor

        _warm_parser()
        workers = min(self.workers, len(items))
        # Chunks amortise the inter-process round trips; several per worker keep the load even.
        chunk = max(1, min(32, len(items) // (workers * 8)))
        with ProcessPoolExecutor(max_workers=workers, initializer=_worker_start, initargs=(os.getpid(),)) as pool:
            for result in pool.map(fn, items, chunksize=chunk):
                yield result
                if progress is not None:
                    progress()


def _worker_start(parent: int) -> None:
    """A pool worker's first act: its collector on (a worker forked while the parent has it off
    must not inherit that), and a watch that ends it when the parent is gone."""
    gc.enable()
    import threading

    threading.Thread(target=_exit_when_orphaned, args=(parent,), name="parent-watch", daemon=True).start()


# How often a pool worker looks whether its parent is still there.
PARENT_WATCH_SECONDS = 0.5


def _exit_when_orphaned(parent: int) -> None:
    """Ends this process once `parent` is gone (kill -9, an OOM kill): a pool's workers wait on
    pipes they themselves hold open, so without this they slept for ever, holding their memory."""
    import time

    while os.getppid() == parent:
        time.sleep(PARENT_WATCH_SECONDS)
    os._exit(1)


def _warm_parser() -> None:
    """Import the parser and compile its rules once, here: forked workers inherit them instead
    of each spending ~0.2 s doing the same before its first document."""
    try:
        from timeline_cli.temporal.extract import compiled

        compiled()
    except ImportError:
        pass  # each worker then reports the missing parser itself, as a TimelineError


def _run_partition(fn: Callable[[Any], Any], part: list) -> list:
    """One Dask task: fn over a partition of items (top level, so it pickles by reference)."""
    return [fn(item) for item in part]


# A Dask task costs the scheduler and the wire a few milliseconds: a partition of at least
# MIN_BYTES (~0.1 s of parsing) keeps that near 1%, PER_WORKER partitions a worker keep
# the load even at the end, and MAX_BYTES bounds what one result holds in memory.
MIN_BYTES = 64 * 1024
MAX_BYTES = 4 * 2**20
PER_WORKER = 8


# Dask's timers, slowed (its defaults check the event loop every 20 ms, sample each task's
# stack every 10 ms, poll memory every 100 ms): a 2-worker cluster idle then costs ~1% of a
# core instead of ~9% (measured: 0.18 s against 1.82 s of CPU in 20 s), CPU the parsing
# gets back when the cluster shares its cores. The README gives them to `dask worker` too.
QUIET = {"distributed.admin.tick.interval": "1s", "distributed.worker.profile.enabled": False,
         "distributed.admin.system-monitor.interval": "2s", "distributed.worker.memory.monitor-interval": "1s"}


def partitions(items: Sequence[Any], sizes: Sequence[int], workers: int) -> Iterator[list]:
    """`items` cut in order into runs of about the same bytes (`sizes`, one per item): the
    whole cut in PER_WORKER runs a worker, each of MIN_BYTES to MAX_BYTES (an item larger
    than that is a run of its own)."""
    target = min(MAX_BYTES, max(MIN_BYTES, sum(sizes) // max(1, workers * PER_WORKER)))
    part: list = []
    held = 0
    for item, size in zip(items, sizes, strict=True):
        if part and held + size > target:
            yield part
            part, held = [], 0
        part.append(item)
        held += size
    if part:
        yield part


class DaskExecutor:
    """A Dask cluster: the scheduler at `address`, or a `LocalCluster` of `workers` processes.

    Items go in partitions (a task per item would cost more in scheduling than a short
    document takes to parse), at most `inflight` partitions per worker at a time so memory
    stays flat however many items there are; a partition whose worker fails is run again
    (`retries`, Dask's own)."""

    def __init__(self, address: str | None, workers: int, *, retries: int = 2,
                 prepare: Callable[[Any], Any] | None = None, weigh: Callable[[Any], int] | None = None,
                 note: Callable[[str], object] | None = None) -> None:
        self.address = address
        self.workers = workers
        self.retries = retries
        # applied to each item before it is sent (e.g. read the file here for a remote cluster)
        self.prepare = prepare
        self.elsewhere = True
        # an item's size in bytes, which partitions are cut by (None: every item alike)
        self.weigh = weigh
        self.note = note  # told what the user may want to change (workers of several threads)

    def _client(self):
        import dask
        from distributed import Client, LocalCluster

        if self.address is None:
            # processes, one thread each: parsing is pure Python, threads would share one GIL;
            # listening on this machine only, its HTTP routes on a free port (Dask's default,
            # 8787, may be another cluster's: it then warns)
            with dask.config.set(QUIET):  # the workers are given it as they start
                cluster = LocalCluster(n_workers=self.workers, threads_per_worker=1, processes=True,
                                       host="127.0.0.1", dashboard_address=None,
                                       scheduler_kwargs={"dashboard_address": "127.0.0.1:0"})
            return Client(cluster), cluster
        try:
            # how long to try: Dask's own setting (distributed.comm.timeouts.connect, 30 s;
            # DASK_DISTRIBUTED__COMM__TIMEOUTS__CONNECT=5s in the environment sets it)
            return Client(self.address), None
        except (OSError, TimeoutError, ValueError) as exc:
            detail = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
            raise TimelineError(f"cannot reach the Dask scheduler at {self.address} ({detail})",
                                hint="start one with `dask scheduler` and workers with "
                                     "`dask worker ADDRESS`, or check the address") from None

    def map(self, fn, items, progress=None):
        if not items:
            return
        client, cluster = self._client()
        try:
            yield from self._stream(client, fn, items, progress)
        finally:
            client.close()
            if cluster is not None:
                cluster.close()

    def _stream(self, client, fn, items, progress):
        workers = max(1, _count_workers(client, self.note) or self.workers)
        weigh = self.weigh
        parts = partitions(items, [weigh(item) for item in items] if weigh else [MIN_BYTES] * len(items), workers)
        limit = workers * 4
        pending: deque = deque()
        prepare = self.prepare

        def submit(part: list) -> None:
            if prepare is not None:
                part = [prepare(item) for item in part]
            # pure=False: the same documents asked for twice are parsed twice, not looked up
            pending.append(client.submit(_run_partition, fn, part, retries=self.retries, pure=False))

        for part in parts:
            submit(part)
            if len(pending) >= limit:
                break
        while pending:
            results = pending.popleft().result()
            next_part = next(parts, None)
            if next_part is not None:
                submit(next_part)
            for result in results:
                yield result
                if progress is not None:
                    progress()


def _count_workers(client, note: Callable[[str], object] | None) -> int:
    """The cluster's worker processes; workers of several threads are told to `note`: parsing
    holds the interpreter lock, so a worker's threads parse one document at a time."""
    found = client.scheduler_info().get("workers", {})
    threaded = [w for w in found.values() if w.get("nthreads", 1) > 1]
    if threaded and note is not None:
        note(f"note: {len(threaded)} Dask worker(s) run {threaded[0]['nthreads']} threads, which parse one "
             "document at a time (the interpreter lock); start them with `--nworkers CORES --nthreads 1`")
    return len(found)


def executor_for(spec: str | None, jobs: int, *, prepare_remote: Callable[[Any], Any] | None = None,
                 weigh: Callable[[Any], int] | None = None, note: Callable[[str], object] | None = None) -> Executor:
    """The executor `--executor SPEC --jobs N` names: local (default), dask or dask=ADDRESS.
    `prepare_remote`: applied to each item sent to a remote cluster, whose workers may not
    see this machine's files; `weigh`: an item's size in bytes (Dask's partitions); `note`:
    where to say what the user may want to change about the cluster."""
    if spec is None or spec == "local":
        return LocalPool(jobs)
    kind, _, address = spec.partition("=")
    if kind != "dask" or (_ and not address.strip()):
        raise UsageError(f"--executor {spec!r} is not one of local, dask, dask=SCHEDULER_ADDRESS",
                         hint="e.g. --executor dask or --executor dask=tcp://10.0.0.5:8786")
    from importlib.util import find_spec

    if find_spec("distributed") is None:  # found without importing it: that waits for the map
        raise UsageError("--executor dask needs Dask, which is not installed",
                         hint="pip install 'timeline-cli[dask]'")
    if not address:
        return DaskExecutor(None, jobs if jobs > 1 else (os.cpu_count() or 1), weigh=weigh)
    return DaskExecutor(address.strip(), jobs, prepare=prepare_remote, weigh=weigh, note=note)

