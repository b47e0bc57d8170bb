"""`assert_linear`: doubling an input must not quadruple a stage's time, measured as a ratio
of CPU times, never as an absolute time (see test_scaling.py's docstring for how and why).
Shared by every test that guards against a quadratic stage."""

from __future__ import annotations

import gc
import time

import pytest

LIMIT = 3.0       # t(2N) / t(N): linear ~2, n log n a little more, quadratic ~4
MIN_TIME = 0.1    # seconds one timing of N takes at least (N is doubled until it does); at 0.06
                  # a doubling of ~50 ms timings on a busy machine read as 3x once in a while
START = 1 << 10   # N starts small: a quadratic stage fails in seconds, not minutes
MAX_CHARS = 1 << 21


def _cpu(fn, arg, inner: int) -> float:
    gc.collect()
    gc.disable()
    try:
        t0 = time.process_time()
        for _ in range(inner):
            fn(arg)
        return time.process_time() - t0
    finally:
        gc.enable()


def assert_linear(fn, make, *, what: str, n: int = START, max_n: int = MAX_CHARS, repeat: int = 3) -> None:
    """t(make(2n)) / t(make(n)) < LIMIT for `fn`, n first raised until a run takes MIN_TIME."""
    fn(make(64))  # warm-up: compiled patterns, imports, the store's first write
    inner, shrunk = 1, False
    while True:
        small = make(n)
        t = _cpu(fn, small, inner)  # the last one is the first timing of N
        if t > 8 * MIN_TIME and n > 64:
            n //= 2  # a slow machine: keep the test short
            shrunk = True
            continue
        if t >= MIN_TIME or shrunk:
            break
        if 2 * n <= max_n:
            n *= 2
        elif inner < 64:
            inner *= 2  # a stage that only reads the top of a document: repeat it instead
        else:
            # 64 runs on the largest input take less than MIN_TIME: the stage does not grow
            # with the input measurably (a ratio of such times measures the memory caches).
            return
    large = make(2 * n)
    t_small, t_large = [t], []
    for attempt in range(2):
        for i in range(repeat + 2 * attempt):
            if i or attempt:
                t_small.append(_cpu(fn, small, inner))
            t_large.append(_cpu(fn, large, inner))
        a, b = min(t_small), min(t_large)
        if b < LIMIT * a:
            return
    # One doubling further: when the input outgrows a memory cache (a text of about 1 MB here)
    # the time jumps once, at that size only; a quadratic stage is over the limit at every size.
    bigger = make(4 * n)
    c = min(_cpu(fn, bigger, inner) for _ in range(repeat))
    if c < LIMIT * b:
        return
    pytest.fail(f"{what}: t(2N) / t(N) = {b:.3f} s / {a:.3f} s = {b / a:.2f} >= {LIMIT} "
                f"and t(4N) / t(2N) = {c / b:.2f} (N = {n}, {inner} run(s) per timing): super-linear")
