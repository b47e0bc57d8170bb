"""The temporal expressions of a very large text (hundreds of MB), a window at a time, in
memory that does not grow with the text beyond the text itself: exactly what `extract` gives.

    for timexes in extract_windows(text, reported, dayfirst=None, mode="auto"): ...

`extract` holds every mention of the document at once (8-20x the text for a 200 MB one).
Here nothing is held per mention but a window's:
* the scanner's pass counts the facts that are the whole document's (`extract.py`): whether
  it has years BC, whether it tells a history end to end or which of its sections do
  (counted per heading), and spills its mentions to a temporary file, in windows of about
  `window` mentions cut where a sentence ends;
* then the windows are read back and resolved, one after the other. The story state (the time under discussion, the story's year, whether
  anything was counted from the document date) is carried from one window to the next by
  extract._Reading, and each window is read with the next one in view, as a mention's
  neighbours are in extract (a year passed along "in June, July and August 1918").
Sentence breaks, which extract finds once for the whole text, are kept only for the stretch
being read (`_SlidingBreaks`).
"""

from __future__ import annotations

import bisect
import pickle
import tempfile
from collections import Counter
from datetime import date
from typing import IO, Any, Iterator

from timeline_cli import lang as _lang

from . import eras
from .extract import (MODES, _SENTENCE_END, Found, _Reading, _deictic, _near, _tells_history,
                      scan)
from .headings import section_starts
from .types import Timex

__all__ = ["extract_windows", "WINDOW", "STREAM_FROM"]

WINDOW = 20_000  # mentions a window (about 1 MB of news text)
# Texts from this size on are read in windows by `timeline extract` and `ingest` (whose
# sentences and claimants are read as a stream too: stream_events.py): below it, one pass
# (extract) is faster and its memory no concern.
STREAM_FROM = 8 * 2**20


def extract_windows(text: str, reported: date, *, dayfirst: bool | None = None,
                    lang: Any = _lang.DEFAULT, mode: str = "auto", window: int = WINDOW) -> Iterator[list[Timex]]:
    """extract(text, reported, ...) as consecutive lists (their concatenation is the same list)."""
    if mode not in MODES:
        raise ValueError(f"mode must be one of {', '.join(MODES)}, not {mode!r}")
    pack = _lang.get(lang)
    with tempfile.TemporaryFile() as spill:
        bc, spans = _document_facts(text, reported, mode, pack, spill, window)
        spill.seek(0)
        reading = _Reading(text, reported, dayfirst, pack, bc, spans, _SlidingBreaks(text).near)
        held: list[Found] | None = None
        for batch in _unspilled(spill):
            if held is not None:
                yield reading.read(held + batch, len(held))
            held = batch
        if held is not None:
            yield reading.read(held, len(held))


def _unspilled(spill: IO[bytes]) -> Iterator[list[Found]]:
    """The windows of mentions _document_facts wrote, in order."""
    while True:
        try:
            yield pickle.load(spill)
        except EOFError:
            return


def _windows(found: Iterator[Found], text: str, size: int) -> Iterator[list[Found]]:
    """The mentions in runs of at least `size`, each cut after a mention followed by a sentence
    end where there is one (the next one starts a new sentence), else at twice `size` (a text
    without sentence breaks: each window is read with the next in view all the same)."""
    batch: list[Found] = []
    for item in found:
        if len(batch) >= size and (len(batch) >= 2 * size or _SENTENCE_END.search(text, batch[-1][1], item[0])):
            yield batch
            batch = []
        batch.append(item)
    if batch:
        yield batch


def _document_facts(text: str, reported: date, mode: str, pack: Any, spill: IO[bytes],
                    window: int) -> tuple[bool, list[tuple[int, int]]]:
    """(years BC?, the stretches read as history): extract's `bc` and `_history_spans`, counted
    over one pass of the scanner; its mentions go to `spill` a window at a time (written and
    read back costs a sixth of scanning the text again)."""
    heads = section_starts(text) if mode == "auto" else []
    bounds = list(zip(heads, heads[1:] + [len(text)]))
    # per section (and for the whole text): years named (as counted with and without the BC
    # mirror, which is known only at the end) and mentions counted from the document date
    section_years: list[Counter[int]] = [Counter() for _ in bounds]
    section_deictic = [0] * len(bounds)
    years: Counter[int] = Counter()
    deictic = 0
    bc = False
    maybe_bc = reported.year < eras.MIRROR_LOW
    j = 0
    for batch in _windows(scan(text, pack), text, window):
        pickle.dump(batch, spill, protocol=pickle.HIGHEST_PROTOCOL)
        for s, _e, _i, spec in batch:
            if maybe_bc and not bc and eras.mirrored(spec):
                bc = True
            y = getattr(spec, "y", None)
            here = -1  # the section s is in
            if bounds:
                while j < len(bounds) and bounds[j][1] <= s:
                    j += 1
                if j < len(bounds) and bounds[j][0] <= s:
                    here = j
            if isinstance(y, int):
                years[y] += 1
                if here >= 0:
                    section_years[here][y] += 1
            elif _deictic(spec):
                deictic += 1
                if here >= 0:
                    section_deictic[here] += 1
    astro = eras.astro if bc else int

    def counts(named: Counter[int], counted: int) -> tuple[int, int, int]:
        past = sum(n for y, n in named.items() if astro(y) < reported.year)
        return past, counted, sum(named.values()) - past

    if mode == "news":
        return bc, []
    if mode == "narrative" or _tells_history(*counts(years, deictic)):
        return bc, [(0, len(text))]
    if sum(years.values()) < 3 or not bounds:
        return bc, []
    return bc, [b for b, named, counted in zip(bounds, section_years, section_deictic)
                if _tells_history(*counts(named, counted), least=3, section=True)]


class _SlidingBreaks:
    """extract._Breaks.near (how many sentence breaks lie between two offsets) from the breaks
    of the stretch being read only: the text's are found a stretch at a time, cut where no
    break can straddle (after a character that is not white space), and dropped when far behind.
    A count reaching back before the kept stretch scans that part (once per start offset)."""

    KEEP = 1 << 20  # characters of breaks kept behind the furthest offset asked about

    def __init__(self, text: str) -> None:
        self.text = text
        self.lo = 0      # the kept breaks are those starting in [lo, hi)
        self.hi = 0
        self.starts: list[int] = []
        self.before: dict[int, int] = {}  # offset a < lo -> breaks starting in [a, lo)

    def _safe(self, i: int) -> int:
        """The first offset >= i after which no break straddles: text[i - 1] is no white space."""
        text, n = self.text, len(self.text)
        while 0 < i < n and text[i - 1].isspace():
            i += 1
        return min(i, n)

    def _extend(self, b: int) -> None:
        """Breaks found up to past b; those far behind b dropped."""
        if b >= self.hi:
            new_hi = self._safe(max(b + 1, self.hi + 4096))
            self.starts.extend(m.start() for m in _SENTENCE_END.finditer(self.text, self.hi, new_hi))
            self.hi = new_hi
        if b - self.lo > 2 * self.KEEP:
            lo = self._safe(b - self.KEEP)
            self.starts = self.starts[bisect.bisect_left(self.starts, lo):]
            self.lo, self.before = lo, {}

    def near(self, a: int, b: int, limit: int = 1) -> bool:
        text = self.text
        if not (b < len(text) and not text[b].isspace() and (a == 0 or not text[a - 1].isspace())):
            return _near(text, a, b, limit)
        self._extend(b)
        if b < self.lo:  # (offsets are asked about in order: not seen)
            return _near(text, a, b, limit)
        starts = self.starts
        n = bisect.bisect_right(starts, b) - bisect.bisect_left(starts, max(a, self.lo))
        if a < self.lo and n <= limit:
            earlier = self.before.get(a)
            if earlier is None:
                earlier = self.before[a] = sum(1 for _ in _SENTENCE_END.finditer(text, a, self.lo))
            n += earlier
        return n <= limit

