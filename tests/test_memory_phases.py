"""bench/memory_phases.py reads each step's peak, not its own snapshot's (session 18 flatmem6)."""

from __future__ import annotations

import tracemalloc

from _bench import bench_module


def test_by_line_holds_nothing_of_its_snapshot_when_it_returns():
    # The snapshot filtered is a traced list of every trace: held when the peak is reset
    # (it was, at 'collected' and 'merged'), it counted in the next step's peak, 72 bytes a
    # further document that looked like the grouping's last step.
    bench_module("bench_scale")  # (memory_phases imports it as a bench/ neighbour)
    phases = bench_module("memory_phases")
    tracemalloc.start()
    try:
        held = [str(n) * 3 for n in range(50_000)]  # 50,000 traces: their list is ~400 KB
        before = tracemalloc.get_traced_memory()[0]
        lines = phases.by_line()
        after = tracemalloc.get_traced_memory()[0]
    finally:
        tracemalloc.stop()
    assert any(line.startswith("test_memory_phases.py:") for line in lines)
    assert len(held) == 50_000
    assert after - before < 100_000  # (the dict of lines only; the snapshot held was ~400 KB)
