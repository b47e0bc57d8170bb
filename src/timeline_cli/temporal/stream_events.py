"""The events of a very large document (hundreds of MB), in memory that does not grow with it
beyond the text itself: exactly what `document_events` gives, as `timeline ingest` stores it.

    for event in stream_events(text, source=..., reported=...): ...

`document_events` holds every sentence of the document, its spans, its claimant and its
temporal expressions at once (several times the text). Here:
* sentences are split a stretch at a time (sentences.iter_sentences);
* claimants come from attribution.stream_claimants: a first pass over the sentences reads
  who says what (pronouns and descriptions need only the sentences just before) and counts
  what is the whole document's (the full name a bare surname stands for), spilling a small
  record per sentence to a temporary file; the second pass gives each sentence's claimant;
* temporal expressions come a window at a time from stream.extract_windows (story time
  carried across windows), ranges joined across the windows' seams;
* an attribution-only sentence lends its claimant to its neighbours, one sentence each way.
Only the events come out whole; the caller keeps them (the store needs them all).
"""

from __future__ import annotations

import itertools
from datetime import date
from typing import Any, Iterable, Iterator

from timeline_cli import lang as _lang
from timeline_cli.model import Event

from .attribution import stream_claimants
from .docdate import DocDate, find_document_date
from .embeds import find_posts, in_posts
from .events import Statements, _default_extractor, _join, _post_reader, body_stretches
from .sentences import CHUNK, iter_sentences
from .stream import WINDOW, extract_windows
from .types import Timex

__all__ = ["stream_events"]


def stream_events(text: str, *, source: str, reported: date, reported_assumed: bool = False,
                  keep_undated: bool = True, dayfirst: bool | None = None, header: DocDate | None = None,
                  mode: str = "auto", lang: object = None, split: bool = True, window: int = WINDOW,
                  chunk: int = CHUNK, first: bool = True) -> Iterator[Event]:
    """document_events(text, ...) one event at a time (`mode`: the extractor's, as --mode).
    `first=False`: `text` is a later piece of a file read in pieces (textpieces.py), with no
    header or front matter of its own."""
    pack = _lang.get(_lang.DEFAULT if lang is None else lang)
    if not first:
        stretches: list[tuple[int, int | None]] = [(0, None)]
    else:
        if header is None:
            header = find_document_date(text, dayfirst=dayfirst, lang=pack)
        stretches = body_stretches(text, header)

    def spans() -> Iterator[tuple[int, int]]:
        for a, b in stretches:
            yield from iter_sentences(text, a, b, pack, chunk)

    claimed = stream_claimants(((span, _sentence(text, span)) for span in spans()), pack)
    lent = _lent(((span, _sentence(text, span), by) for span, by in claimed), pack)
    timexes = _joined(text, (t for part in extract_windows(text, reported, dayfirst=dayfirst, lang=pack,
                                                           mode=mode, window=window)
                             for t in sorted(part, key=lambda t: t.start)), pack)
    make = Statements(text, source=source, reported=reported, reported_assumed=reported_assumed,
                      keep_undated=keep_undated, pack=pack, split=split)
    items = ((span, sentence, by, found) for (span, sentence, by), found in _per_sentence(lent, timexes))
    posts = find_posts(text, pack)
    if not posts:
        for span, sentence, by, found in items:
            yield from make(span, sentence, found, by)
        return
    # a tweet the page embeds: its author's, read on its own day (embeds.py)
    read = _post_reader(_default_extractor(pack), dayfirst, pack)
    for (span, sentence, by, found), day in in_posts(items, text, posts, read):
        yield from make(span, sentence, found, by, day)


def _sentence(text: str, span: tuple[int, int]) -> str:
    return " ".join(text[span[0]:span[1]].split())


def _lent(items: Iterable[tuple[Any, str, str]], pack) -> Iterator[tuple[Any, str, str]]:
    """events._claimants' lending: a sentence that only attributes ("This was confirmed by X.")
    gives its claimant to the sentence before it without one, and when it points forward ("X
    writes about this: ...") to the one after; the sentence after wins over the one before."""
    back, forward = pack.META_BACK_RE, pack.META_FORWARD_RE
    prev: tuple[Any, str, str] | None = None
    prev_lends_forward = False
    it = iter(items)
    here = next(it, None)
    while here is not None:
        after = next(it, None)
        span, sentence, own = here
        by = own
        if not by and after is not None and after[2] and back.search(after[1]):
            by = after[2]
        elif not by and prev_lends_forward and prev is not None:
            by = prev[2]
        prev_lends_forward = bool(own) and bool(back.search(sentence)) and bool(forward.search(sentence))
        yield span, sentence, by
        prev, here = here, after


def _joined(text: str, timexes: Iterator[Timex], pack) -> Iterator[Timex]:
    """events.join_ranges over expressions coming in text order."""
    pending: Timex | None = None
    for t in timexes:
        if pending is None:
            pending = t
            continue
        joined = _join(text, pending, t, pack)
        if joined is not None:
            yield joined
            pending = None
        else:
            yield pending
            pending = t
    if pending is not None:
        yield pending


def _per_sentence(sentences: Iterator[tuple[Any, str, str]], timexes: Iterator[Timex]
                  ) -> Iterator[tuple[tuple[Any, str, str], list[Timex]]]:
    """Each sentence with the expressions that start in it (both in text order)."""
    timexes = iter(timexes)
    t = next(timexes, None)
    for here, after in itertools.pairwise(itertools.chain(sentences, [None])):
        if here is None:
            return
        (start, end), next_start = here[0], (after[0][0] if after is not None else None)
        found = []
        while t is not None and (next_start is None or t.start < next_start):
            if start <= t.start < end:
                found.append(t)
            t = next(timexes, None)
        yield here, found
