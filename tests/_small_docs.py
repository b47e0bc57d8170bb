"""What the memory tests of many small documents share: one one-sentence event a document
(`council_event`), and the bytes a call leaves allocated (`kept_bytes`)."""

from __future__ import annotations

import tracemalloc
from datetime import date

from timeline_cli.model import Event, make_id


def council_event(i: int) -> Event:
    """The event of small document `i`: its own text, source and id, 28 days in turn."""
    day = 1 + i % 28
    text = f"The council met delegation {i} on October {day}, officials said."
    source = f"docs/{i:06d}.txt"
    when = f"2024-10-{day:02d}"
    return Event(id=make_id(text, when, source), when=when, text=text, source=source,
                 reported=date(2024, 11, day), by="officials", span=(18, 18 + len(text)))


def kept_bytes(fn) -> int:
    """The bytes `fn()`'s result holds: traced memory after the call, less before it."""
    tracemalloc.start()
    try:
        before = tracemalloc.get_traced_memory()[0]
        held = fn()
        kept = tracemalloc.get_traced_memory()[0] - before
        del held
        return kept
    finally:
        tracemalloc.stop()
