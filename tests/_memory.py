"""What the memory tests of one very large document share: the peak of a call's allocations."""

from __future__ import annotations

import gc
import tracemalloc


def traced_peak(fn) -> int:
    """The most bytes allocated at once while `fn()` runs (traced; garbage collected first)."""
    gc.collect()
    tracemalloc.start()
    try:
        fn()
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
