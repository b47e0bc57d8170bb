"""Where documents are parsed: here, in a local process pool (`--jobs N`), or on a Dask cluster
(`--executor dask[=ADDRESS]`). One interface, `Executor.map(fn, items, progress)`: the
results of `fn` over `items`, yielded in item order as they arrive, so a caller streams them
into a store transaction (or to stdout) without collecting them first.

Dask is optional (the `[dask]` extra) and imported only when asked for: start-up stays as it
is. Scheduling is Dask's own; this module only cuts the items into partitions, keeps a bounded
number of them in flight and hands them back in order.
"""

from __future__ import annotations

import os
from collections import deque
from typing import Any, Callable, Iterator, Protocol, Sequence

from timeline_cli.errors import TimelineError, UsageError

__all__ = ["Executor", "Serial", "LocalPool", "DaskExecutor", "executor_for"]


class Executor(Protocol):
    def map(self, fn: Callable[[Any], Any], items: Sequence[Any],
            progress: Callable[[], object] | None = None) -> Iterator[Any]:
        """fn(item) for each item, in item order; `progress()` once per finished item."""
        ...


class Serial:
    """In this process, one item after another."""

    def map(self, fn, items, progress=None):
        for item in items:
            yield fn(item)
            if progress is not None:
                progress()


class LocalPool:
    """A process pool of `workers` on this machine (`--jobs N`)."""

    def __init__(self, workers: int) -> None:
        self.workers = workers

    def map(self, fn, items, progress=None):
        if self.workers <= 1 or len(items) <= 1:
            yield from Serial().map(fn, items, progress)
            return
        from concurrent.futures import ProcessPoolExecutor

        _warm_parser()
        workers = min(self.workers, len(items))
        # Chunks amortise the inter-process round trips; several per worker keep the load even.
        chunk = max(1, min(32, len(items) // (workers * 8)))
        with ProcessPoolExecutor(max_workers=workers) as pool:
            for result in pool.map(fn, items, chunksize=chunk):
                yield result
                if progress is not None:
                    progress()


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


class DaskExecutor:
    """A Dask cluster: the scheduler at `address`, or a `LocalCluster` of `workers` processes.

    Items go in partitions (a task per item would cost more in scheduling than a short
    document takes to parse), at most `inflight` partitions per worker at a time so memory
    stays flat however many items there are; a partition whose worker fails is run again
    (`retries`, Dask's own)."""

    def __init__(self, address: str | None, workers: int, *, retries: int = 2,
                 prepare: Callable[[Any], Any] | None = None) -> None:
        self.address = address
        self.workers = workers
        self.retries = retries
        # applied to each item before it is sent (e.g. read the file here for a remote cluster)
        self.prepare = prepare

    def _client(self):
        from distributed import Client, LocalCluster

        if self.address is None:
            # processes, one thread each: parsing is pure Python, threads would share one GIL;
            # listening on this machine only
            cluster = LocalCluster(n_workers=self.workers, threads_per_worker=1, processes=True,
                                   host="127.0.0.1", dashboard_address=None)
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
        workers = max(1, len(client.scheduler_info().get("workers", {})) or self.workers)
        size = max(1, min(32, len(items) // (workers * 8)))
        parts = (list(items[i:i + size]) for i in range(0, len(items), size))
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


def executor_for(spec: str | None, jobs: int, *, prepare_remote: Callable[[Any], Any] | None = None) -> Executor:
    """The executor `--executor SPEC --jobs N` names: local (default), dask or dask=ADDRESS.
    `prepare_remote`: applied to each item sent to a remote cluster, whose workers may not
    see this machine's files."""
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
        return DaskExecutor(None, jobs if jobs > 1 else (os.cpu_count() or 1))
    return DaskExecutor(address.strip(), jobs, prepare=prepare_remote)

