"""Posts a page embeds: a tweet quoted in an article, with its signature line under it.

    Honored to have offered the benediction today at this historic ceremony.
    — Seth Goldstein (@Rabbi_360) January 7, 2020

The signature (the language pack's EMBED_SIGNATURE_RE) is furniture, no statement; it says who
wrote the line above it and on which day. So that line's statements are claimed by the post's
author ("Seth Goldstein (@Rabbi_360)", not the article's byline) and read against the post's
day: its "today" is 7 January 2020, and a statement with no date of its own happened on or
before that day, not the article's.

`in_posts` applies this to a document's sentences, given in text order by either path
(`document_events` or `stream_events`); a page without a signature costs one substring test.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Callable, Iterable, Iterator, NamedTuple

from .types import Timex

__all__ = ["Post", "find_posts", "in_posts"]


class Post(NamedTuple):
    """text[start:end] is a post by `author`, written on `day`."""

    start: int
    end: int
    author: str
    day: date


def find_posts(text: str, pack) -> list[Post]:
    """The embedded posts of `text`: each signature line's line above it (not blank, not
    another signature), in text order."""
    pattern = getattr(pack, "EMBED_SIGNATURE_RE", None)
    if pattern is None or "(@" not in text:
        return []
    posts: list[Post] = []
    taken = -1
    for m in pattern.finditer(text):
        read = pack.embed_signature(m)
        if read is None:
            continue
        name, handle, (y, mo, d) = read
        try:
            day = date(y, mo, d)
        except ValueError:
            continue
        end = text.rfind("\n", 0, m.start())
        while end > 0 and text[end - 1] in " \t\r\n":
            end -= 1
        start = text.rfind("\n", 0, end) + 1
        if end <= 0 or start <= taken or pattern.match(text, start) is not None:
            continue
        taken = m.end()
        author = name if name.lstrip("@").lower() == handle.lower() else f"{name} (@{handle})"
        posts.append(Post(start, end, author, day))
    return posts


Item = tuple[tuple[int, int], str, str, list[Timex]]


def in_posts(items: Iterable[Item], text: str, posts: list[Post],
             extract: Callable[[str, date], list[Timex]]) -> Iterator[tuple[Item, date | None]]:
    """Each (span, sentence, claimant, timexes) item with the day it is read against (None:
    the document's); the sentences of a post are its author's, their dates read from the
    post's text on the post's day (`extract(text, day)`, offsets in that text)."""
    posts_left = iter(posts)
    post = next(posts_left, None)
    found: list[Timex] | None = None
    for item in items:
        (start, end), sentence, _by, _timexes = item
        while post is not None and start >= post.end:
            post, found = next(posts_left, None), None
        if post is None or not (post.start <= start and end <= post.end):
            yield item, None
            continue
        if found is None:
            found = [replace(t, start=t.start + post.start, end=t.end + post.start)
                     for t in extract(text[post.start:post.end], post.day)]
        yield (item[0], sentence, post.author, [t for t in found if start <= t.start < end]), post.day
