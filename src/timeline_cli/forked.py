"""Work cut in parts, the first done in this process and each other one in a forked copy of
it at the same time: for work that reads a large structure already built here (a fork shares
it, where a pool would have to send it), on a machine whose other cores are idle.

    >>> from timeline_cli.forked import in_parts
    >>> in_parts(sum, [[1, 2], [3, 4, 5]])   # [fn(part) for part in parts], the same values, sooner
    [3, 12]

`fn` must not change what this process keeps (a forked copy's changes are lost) and must
return something picklable. Where there is no fork (Windows), or a copy fails, is killed or
does not finish in a generous time (a fork of a process with threads can deadlock on a lock
one of them held), its part is done here instead: the result is always the same.
"""

from __future__ import annotations

import os
import pickle
import select
import signal
import time
import warnings
from typing import Callable, Sequence, TypeVar, cast

__all__ = ["in_parts", "can_fork", "available_cores"]

Part = TypeVar("Part")
Result = TypeVar("Result")

# How long a copy may take beyond what this process's part took, before its part is done
# here: generous (a loaded machine slows a copy down), only there so nothing ever hangs.
GRACE_SECONDS = 30.0
GRACE_FACTOR = 10.0


def can_fork() -> bool:
    return hasattr(os, "fork")


def available_cores() -> int:
    """The cores this process may run on."""
    try:
        return len(os.sched_getaffinity(0))
    except (AttributeError, OSError):
        return os.cpu_count() or 1


def in_parts(fn: Callable[[Part], Result], parts: Sequence[Part]) -> list[Result]:
    """[fn(part) for part in parts]: parts after the first in forked copies of this process."""
    if len(parts) <= 1 or not can_fork():
        return [fn(part) for part in parts]
    children = [_start(fn, part) for part in parts[1:]]
    start = time.monotonic()
    try:
        results = [fn(parts[0])]
    except BaseException:
        for child in children:
            if child is not None:
                _stop(child)
                os.close(child[1])
        raise
    deadline = time.monotonic() + GRACE_SECONDS + GRACE_FACTOR * (time.monotonic() - start)
    for part, child in zip(parts[1:], children):
        got = _receive(child, deadline)
        results.append(fn(part) if got is None else cast(Result, got[0]))
    return results


def _start(fn: Callable[[Part], Result], part: Part) -> tuple[int, int] | None:
    """(pid, the pipe to read its result from) of a forked copy computing fn(part); None if
    it could not be started."""
    try:
        read, write = os.pipe()
    except OSError:
        return None
    try:
        with warnings.catch_warnings():  # (3.12 warns of fork in a process with threads: handled by the deadline)
            warnings.simplefilter("ignore", DeprecationWarning)
            pid = os.fork()
    except OSError:
        os.close(read)
        os.close(write)
        return None
    if pid == 0:  # the copy: compute, send, and leave without running this process's exit code
        code = 1
        try:
            os.close(read)
            data = pickle.dumps(fn(part), protocol=pickle.HIGHEST_PROTOCOL)
            view = memoryview(data)
            while view:
                view = view[os.write(write, view):]
            code = 0
        except BaseException:
            pass
        finally:
            os._exit(code)
    os.close(write)
    return pid, read


def _receive(child: tuple[int, int] | None, deadline: float) -> tuple[object] | None:
    """(the copy's result,), or None if it failed or missed the deadline (it is then killed)."""
    if child is None:
        return None
    pid, read = child
    chunks = []
    try:
        while True:
            left = deadline - time.monotonic()
            if left <= 0 or not select.select([read], [], [], left)[0]:
                _stop(child)
                return None
            chunk = os.read(read, 1 << 20)
            if not chunk:
                break
            chunks.append(chunk)
    finally:
        os.close(read)
    _, status = os.waitpid(pid, 0)
    if os.waitstatus_to_exitcode(status) != 0:
        return None
    try:
        return (pickle.loads(b"".join(chunks)),)
    except Exception:
        return None


def _stop(child: tuple[int, int]) -> None:
    pid, _read = child
    try:
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
    except OSError:
        pass
