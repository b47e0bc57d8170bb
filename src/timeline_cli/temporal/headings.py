"""Headings and captions: lines that title what follows them, never statements.

A heading is a whole line, after a blank line (or at the top of the text; or, for a label that
opens with a participle, "Forming a sting jet", "Looking ahead", after a line that ends a sentence,
as a web page's paragraphs come one a line) and followed by more
text (not a lower-case word that continues it); it has no final punctuation (. ! ? … :), at most HEADING_MAX_WORDS words, starts with a
capital (a Markdown "#" or a section number "3.2" may come first) and has no finite verb, no
reporting verb, and no date at its start (a dated list item, "1962 – first crossing", states
something). `document_events` stores no event for one.

A heading's date still tells the reader when the section is set ("Anaconda Plan and blockade,
1861"): `section_anchors` gives each dated heading's span, the end of its section (the next
heading, or the end of the text) and the expression it is dated by, for the story-time code
(`temporal/extract.py`) to take as the reference time of that section.
"""

from __future__ import annotations

import re
from typing import NamedTuple, Sequence

from timeline_cli import lang as _lang
from timeline_cli.temporal.types import Timex

__all__ = ["is_heading", "find_headings", "section_anchors", "section_starts", "SectionAnchor"]

_FINAL = ".!?…:"  # a line ending in ":" leads into what follows ("Results on Saturday:")
_CLOSERS = "\"'”’»)]"


class SectionAnchor(NamedTuple):
    """A dated heading: text[start:end] titles the section text[end:section_end], set at `timex`."""

    start: int
    end: int
    section_end: int
    timex: Timex


_NONSPACE_RE = re.compile(r"\S")


def _alone_on_line(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The bounds of the line text[start:end] is alone on (white space aside), or None. Read
    out from the span (not from the line's ends: a copy or a search of the line per sentence
    made a text of one long line quadratic)."""
    i = start - 1
    while i >= 0 and text[i] != "\n":
        if not text[i].isspace():
            return None
        i -= 1
    j, n = end, len(text)
    while j < n and text[j] != "\n":
        if not text[j].isspace():
            return None
        j += 1
    return i + 1, j


def _blank_before(text: str, line_start: int) -> bool:
    # (searches, not text[:line_start].strip(): a copy per line made a long log quadratic)
    if _NONSPACE_RE.search(text, 0, line_start) is None:
        return True
    prev_end = line_start - 1
    prev_start = text.rfind("\n", 0, prev_end) + 1
    return not text[prev_start:prev_end].strip()


def _sentence_before(text: str, line_start: int) -> bool:
    """The line before ends a sentence ("... a bomb cyclone."), so this one starts afresh."""
    prev_end = line_start - 1
    prev = text[text.rfind("\n", 0, prev_end) + 1:prev_end].rstrip().rstrip(_CLOSERS)
    return prev[-1:] in _FINAL


def is_heading(text: str, start: int, end: int, lang=_lang.DEFAULT) -> bool:
    """text[start:end] (a sentence span) is a heading or caption line (module docstring)."""
    pack = _lang.get(lang)
    bounds = _alone_on_line(text, start, end)
    if bounds is None:
        return False  # part of a line: a sentence of a paragraph
    line_start, line_end = bounds
    line = text[start:end]
    if line.rstrip(_CLOSERS)[-1:] in _FINAL or pack.LIST_ITEM_RE.match(line):
        return False
    mark = pack.HEADING_MARK_RE.match(line)
    body = line[mark.end():] if mark else line
    if not body[:1].isupper() or pack.DATE_START_RE.match(body):
        return False
    words = body.split()
    if len(words) > pack.HEADING_MAX_WORDS or pack.FINITE_VERB_RE.search(body):
        return False
    if any(w.lower().strip(",;:()") in pack.REPORTING_VERBS for w in words):
        return False
    nxt = _NONSPACE_RE.search(text, line_end)
    if nxt is None:
        return False  # nothing follows: a one-line text (a tweet, a note) states what it says
    if nxt.group().islower():
        return False  # the sentence runs on in the next line (hard-wrapped text)
    if _blank_before(text, line_start):
        return True
    # a label opening with a participle ("Forming a sting jet") after a finished sentence
    return pack.LABEL_START_RE.match(body) is not None and _sentence_before(text, line_start)


def find_headings(text: str, spans: Sequence[tuple[int, int]] | None = None, lang=_lang.DEFAULT) -> list[tuple[int, int]]:
    """The heading lines of `text` (sentence spans from `split_sentences` when not given)."""
    if spans is None:
        from timeline_cli.temporal.sentences import split_sentences

        spans = split_sentences(text, lang=lang)
    return [(s, e) for s, e in spans if is_heading(text, s, e, lang)]


def section_anchors(text: str, timexes: Sequence[Timex], spans: Sequence[tuple[int, int]] | None = None,
                    lang=_lang.DEFAULT) -> list[SectionAnchor]:
    """Each dated heading with its section and its first calendar expression (an EDTF value).

    A line that starts with a date ("1861: ...") is a list item, no heading (`is_heading`).
    """
    heads = find_headings(text, spans, lang)
    out = []
    for i, (s, e) in enumerate(heads):
        section_end = heads[i + 1][0] if i + 1 < len(heads) else len(text)
        inside = [t for t in timexes if s <= t.start < e and t.edtf and t.type.upper() not in ("DURATION", "SET")]
        if inside:
            out.append(SectionAnchor(s, e, section_end, min(inside, key=lambda t: t.start)))
    return out


# A loose heading line: short, no closing punctuation, alone between line breaks
# ("Background", "Course of the war", "The Diem era, 1955-1963"). Looser than `is_heading`
# on purpose: it only cuts a news article into sections for the story-time test
# (temporal/extract.py), where a missed heading costs a history section and a line taken
# for one costs nothing (a section must still name three past years); and it needs no
# sentence split, which the extractor has not made yet at that point.
_SECTION_LINE_RE = re.compile(r"(?:^|\n)[ \t]*(?P<h>[^\n]{1,80}?[^\s.!?:;,\"\'”’)])[ \t]*\n")


def section_starts(text: str) -> list[int]:
    """Offsets of the lines of `text` that may head a section (see _SECTION_LINE_RE)."""
    return [m.start("h") for m in _SECTION_LINE_RE.finditer(text)]
