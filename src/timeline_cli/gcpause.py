"""The cyclic garbage collector paused around work that makes many small objects in no cycle."""

from __future__ import annotations

import gc
from contextlib import contextmanager
from typing import Iterator

__all__ = ["no_cycle_collector"]


@contextmanager
def no_cycle_collector() -> Iterator[None]:
    """Python's cyclic collector off inside the block (reference counting still frees every
    object): the collector walks all live objects again each time their number grows by a
    quarter, which on a store's events, rows and grouping index is seconds of CPU for nothing.
    Used by ingest around collecting, saving and writing (~1 s on TE3 silver) and by the
    grouping while it builds its index (a fifth of a full regroup of 96k statements). Not for
    code whose objects may hold cycles (a PDF reader's)."""
    collecting = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if collecting:
            gc.enable()
