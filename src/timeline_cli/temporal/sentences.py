"""Split text into sentence spans (regex based, no model).

Rules:
* a sentence ends at . ! ? or … followed by whitespace and a character that is not a
  lower-case letter; closing quotes / brackets after the mark stay with the sentence;
* abbreviations of the language pack ("Dr.", "Oct.", "No.", "St."), initials ("J. K. Rowling"), dotted acronyms
  ("U.S.", "a.m.") and decimals ("3.5") do not end a sentence (a dotted acronym does when the
  next word is a usual sentence opener: "... in the U.S. The next day ...");
* every line is its own sentence (headings, list items, lines without final punctuation),
  except in hard-wrapped paragraphs (lines of similar width ≤ 100 characters), where a long
  line runs on into the next; a narrow block (30-49 characters) is wrapped only when at least
  half of its lines go on in lower case on the next.
* a run of more than MAX_SENTENCE characters without such an end (a table, a list, a line
  repeated without capitals) is cut after its last full stop, else its last space, within
  that length: no statement is longer.

Spans are (start, end) offsets into the text given, end exclusive, whitespace trimmed.
"""

from __future__ import annotations

import re
from typing import Iterator

from timeline_cli import lang as _lang

__all__ = ["split_sentences", "iter_sentences"]

# The words a language pack gives: ABBREVIATIONS (end with a period but not a sentence,
# lower-cased, without the period), NUMBER_ABBREVIATIONS (the same, only before a number:
# "No. 5") and SENTENCE_OPENERS (after a dotted acronym, show a new sentence began).

_TERMINAL = ".!?…"
_CLOSERS = "\"'”’»)]"
# A run of marks (and closers) followed by white space. It starts only where a run of marks
# starts and never gives characters back: a start inside a run, or a shorter run, ends at the
# same place, so those retries could only fail - and made '.' * 200000 quadratic.
_BOUNDARY_RE = re.compile(r"(?<![.!?…])[.!?…]++[\"'”’»)\]]*+(?=\s)")
# The word before the marks, read backwards in the reversed segment: a search for
# r"[\w.'’-]*$" ending at the marks tried every start from the segment's beginning (quadratic
# in a long one-line paragraph); the reversed match costs only the word's own length.
_WORD_CHARS_RE = re.compile(r"[\w.'’-]*")
_NEXT_WORD_RE = re.compile(r"\s+[\"'“‘«(\[]*([\w'’-]*)")
_DOTTED_RE = re.compile(r"^(?:[A-Za-z]\.)+[A-Za-z]?$")
_INITIAL_RE = re.compile(r"^[A-Z]$")
_WRAP_WIDTH = 100  # wider lines are paragraphs, not hard-wrapped text
_WRAP_MIN = 50  # narrower blocks are lists / headings, not wrapped text
_WRAP_FILL = 0.7  # a wrapped line fills at least this much of the block's width
_WRAP_NARROW = 30  # from this width to _WRAP_MIN, a block is wrapped text when its lines run on


def _lines(text: str, start: int, end: int):
    pos = start
    while pos < end:
        nl = text.find("\n", pos, end)
        if nl == -1:
            yield pos, end
            return
        yield pos, nl
        pos = nl + 1


def _segments(text: str, start: int, end: int):
    """Runs of lines that may hold one or more sentences (a line, or a wrapped paragraph)."""
    paragraph: list[tuple[int, int]] = []
    for s, e in _lines(text, start, end):
        if text[s:e].strip():
            paragraph.append((s, e))
        elif len(paragraph) == 1:
            yield paragraph.pop()  # a line alone (most news text): no widths to compare
        elif paragraph:
            yield from _paragraph(text, paragraph)
            paragraph = []
    yield from _paragraph(text, paragraph)


def _paragraph(text: str, paragraph: list[tuple[int, int]]):
    """The segments of a paragraph's lines: each line, or a hard-wrapped run of them."""
    if not paragraph:
        return
    widths = [len(text[s:e].rstrip()) for s, e in paragraph]
    width = max(widths)
    filled = sum(1 for w in widths[:-1] if w >= _WRAP_FILL * width) >= max(1, (len(widths) - 1) // 2)
    wrapped = len(paragraph) >= 2 and _WRAP_MIN <= width <= _WRAP_WIDTH and filled
    if not wrapped and filled and len(paragraph) >= 3 and _WRAP_NARROW <= width < _WRAP_MIN:
        # a narrow column (a PDF's, a newsletter's): wrapped when at least half of its lines
        # run on into a next line that starts in lower case, as a list's or a verse's do not
        runs = sum(1 for s, _e in paragraph[1:] if text[s:s + 200].lstrip()[:1].islower())
        wrapped = 2 * runs >= len(paragraph) - 1
    seg_start = paragraph[0][0]
    for i, (s, e) in enumerate(paragraph):
        last = i == len(paragraph) - 1
        runs_on = wrapped and not last and widths[i] >= _WRAP_FILL * width
        if not runs_on:
            yield seg_start, e
            if not last:
                seg_start = paragraph[i + 1][0]


_FIRST_AFTER_RE = re.compile(r"\s*(\S)")


def _word_before(seg: str, rev: str, end: int) -> str:
    """The word of [\\w.'’-] characters just before seg[end] (`rev` is seg reversed).

    Exactly what re.search(r"([\\w.'’-]*)$", seg[:end]) finds - including its `$` matching
    before a final newline: a mark at a line start takes the word that ends the line above.
    """
    if end and seg[end - 1] == "\n":
        end -= 1
    m = _WORD_CHARS_RE.match(rev, len(seg) - end)
    assert m is not None  # a starred class matches, if only the empty string
    n = m.end() - (len(seg) - end)
    return seg[end - n:end]


def _is_boundary(seg: str, rev: str, mark_start: int, mark_end: int, pack) -> bool:
    marks = seg[mark_start:mark_end]
    nxt = _NEXT_WORD_RE.match(seg, mark_end)
    next_word = nxt.group(1) if nxt else ""
    # The first non-space character after the marks (not seg[mark_end:].lstrip(): copying the
    # rest of the segment at every candidate made one long paragraph quadratic, minutes for 20 MB).
    after = _FIRST_AFTER_RE.match(seg, mark_end)
    if after is None:
        return False
    first = after.group(1)
    if first.islower():
        return False
    if marks.rstrip(_CLOSERS) != ".":
        return True  # "!", "?", "...", "?!": a boundary before a non-lower-case character
    word = _word_before(seg, rev, mark_start)
    bare = word.lstrip("(\"'“‘«[")
    if not bare:
        return True
    low = bare.lower()
    if first.isdigit() and (bare[-1:].isdigit() or low in pack.NUMBER_ABBREVIATIONS):
        return False  # "No. 5", list numbering "1. 2."
    if marks != ".":
        return True  # closing quote or bracket after the period: 'he said "no." Then'

    if _DOTTED_RE.match(bare + "."):
        if len(bare) == 1 and bare.islower() and low in pack.ABBREVIATIONS:
            return False  # "Roe v. Wade"
        if len(bare) == 1:
            # A single initial: "J. K. Rowling" - but a single lower-case letter is a word.
            return not _INITIAL_RE.match(bare)
        return next_word.lower() in pack.SENTENCE_OPENERS
    if low in pack.ABBREVIATIONS:
        return False
    return True


def split_sentences(text: str, start: int = 0, end: int | None = None, lang=_lang.DEFAULT) -> list[tuple[int, int]]:
    """Sentence spans of text[start:end] as absolute (start, end) offsets, whitespace trimmed.

    `lang`: the language pack (code or object) that knows the abbreviations."""
    pack = _lang.get(lang)
    end = len(text) if end is None else end
    spans: list[tuple[int, int]] = []
    for seg_start, seg_end in _segments(text, start, end):
        seg = text[seg_start:seg_end]
        rev = seg[::-1]
        cut = 0
        for m in _BOUNDARY_RE.finditer(seg):
            if _is_boundary(seg, rev, m.start(), m.end(), pack):
                _add(spans, seg, seg_start, cut, m.end())
                cut = m.end()
        _add(spans, seg, seg_start, cut, len(seg))
    return spans


MAX_SENTENCE = 4000  # characters: a longer "sentence" (no sentence end a rule accepts) is cut
_SPACE_RE = re.compile(r"\s")


def _add(spans: list[tuple[int, int]], seg: str, base: int, s: int, e: int) -> None:
    while e - s > MAX_SENTENCE:
        # A run of text this long without a sentence end is no sentence (a table, a list, a
        # repeated line): cut after its last full stop followed by a lower-case word, else at its
        # last white space, so a statement and the memory it takes stay a sentence's size.
        limit = s + MAX_SENTENCE
        cut = None
        for m in _BOUNDARY_RE.finditer(seg, s + 1, limit):
            cut = m.end()
        if cut is None:
            space = seg.rfind(" ", s + 1, limit)
            cut = space if space > s else limit
        _add_one(spans, seg, base, s, cut)
        s = cut
    _add_one(spans, seg, base, s, e)


def _add_one(spans: list[tuple[int, int]], seg: str, base: int, s: int, e: int) -> None:
    piece = seg[s:e]
    stripped = piece.strip()
    if not stripped:
        return
    lead = len(piece) - len(piece.lstrip())
    spans.append((base + s + lead, base + s + lead + len(stripped)))


_BLANK_LINE_RE = re.compile(r"\n[^\S\n]*\n")
CHUNK = 1 << 20   # characters split at a time by iter_sentences
_MARGIN = 4096    # a sentence ending this close to a stretch's end may end otherwise in the whole


def iter_sentences(text: str, start: int = 0, end: int | None = None, lang=_lang.DEFAULT,
                   chunk: int = CHUNK) -> Iterator[tuple[int, int]]:
    """split_sentences(text, start, end) a stretch of about `chunk` characters at a time, for a
    text too long to split at once (the spans of a 200 MB text take more memory than it).

    A stretch ends at a blank line, which no sentence or paragraph crosses: the spans are the
    same. Without a blank line for 3 chunks, it ends at a line end (the same spans unless the
    paragraph is hard-wrapped, its lines read as one); without a line end either (one very long
    line, its own segment), after the last sentence that ends well before the stretch does."""
    pack = _lang.get(lang)
    end = len(text) if end is None else end
    pos = start
    while pos < end:
        if end - pos <= 2 * chunk:
            yield from split_sentences(text, pos, end, pack)
            return
        far = min(end, pos + 4 * chunk)
        m = _BLANK_LINE_RE.search(text, pos + chunk, far)
        cut = m.start() + 1 if m else text.find("\n", pos + chunk, far) + 1
        if cut:
            yield from split_sentences(text, pos, cut, pack)
            pos = cut
            continue
        stop = pos + 2 * chunk
        while True:
            spans = split_sentences(text, pos, stop, pack)
            kept = [span for span in spans if span[1] < stop - _MARGIN]
            if kept or stop >= end:
                break
            stop = min(end, pos + 2 * (stop - pos))  # one sentence longer than the stretch
        if stop >= end:
            yield from spans
            return
        yield from kept
        pos = spans[len(kept)][0]
