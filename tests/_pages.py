"""A web page of many dated elements, for the tests of the page reader's caps."""

from __future__ import annotations


def minutes_page(n: int, element: str, *, session: str = "session", inside: str = "") -> bytes:
    """A dated page (title "Minutes", published 1 June 2024) whose article holds `n` `element`s,
    each "On D May 2024 the council met for {session} I." (D from 1 to 28 in turn), all in one
    `inside` element when given (`"ul"` around `"li"`)."""
    items = "".join(f"<{element}>On {1 + i % 28} May 2024 the council met for {session} {i}.</{element}>"
                    for i in range(n))
    if inside:
        items = f"<{inside}>{items}</{inside}>"
    return (f"<html><head><title>Minutes</title><meta property='article:published_time' "
            f"content='2024-06-01'></head><body><article>{items}</article></body></html>").encode()
