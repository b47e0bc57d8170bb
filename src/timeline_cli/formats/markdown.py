"""Markdown chronology: one GitHub-flavoured table, Date | Statement | Claimed by | Source,
then Status, Tags and Note, each only when at least one exported event has one (a memo of
events with no tags gets no empty Tags column). Tags are joined with ", ".

Article text is untrusted, so every cell is escaped before it goes into the table:
- `&`, `<`, `>` become HTML entities (`&amp;` `&lt;` `&gt;`): no raw HTML, no autolinks,
  no entity tricks;
- the characters that can start inline markup in CommonMark/GFM or on GitHub (`\\` `` ` ``
  `*` `_` `[` `]` `!` `~` `|` `$` math, `@` mentions, `#` issue links) are backslash-escaped,
  which renders as the character itself; `|` must be escaped inside a table anyway. Other
  punctuation is left alone so the Markdown stays readable (in a table cell no block
  construct such as `#`, `>` or `-` can start);
- line breaks become `<br>` (our own markup, not the article's), other control characters
  a space, so one event stays one table row;
- bidi controls (sanitize.BIDI_CONTROLS: overrides, embeddings, isolates, marks) are shown as
  the terminal shows them, `\\u202e`, so none reorders the row in a viewer of the file or a
  rendered cell; zero-width characters stay (formats._common says why).
A source is written as an autolink `<https://...>` only when it is a plain http(s) URL (see
`_common.web_url`); anything else is escaped text. When the store's source table knows the
document's title, the cell is `[title](canonical URL)` (or `title (source)` without a URL). The date is `format_when` of `when`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TextIO

from timeline_cli.formats._common import described, fact_of, has_facts, web_url, when_of
from timeline_cli.model import Event
from timeline_cli.sanitize import BIDI_CONTROLS

NAME = "md"
EXTENSIONS = (".md", ".markdown")
DESCRIPTION = "Markdown chronology table (Date | Statement | Claimed by | Source [| Status | Tags | Note])"

HEADER = ("Date", "Statement", "Claimed by", "Source")
# Optional columns, in this order, after HEADER: (title, field, cell).
OPTIONAL = (
    ("Status", "status", lambda e: escape(e.status)),
    ("Tags", "tags", lambda e: ", ".join(escape(t) for t in e.tags)),
    ("Note", "note", lambda e: escape(e.note)),
)
_PUNCT = "\\`*_[]!~|$@#"
_ENTITIES = {"&": "&amp;", "<": "&lt;", ">": "&gt;"}
_SPECIAL = re.compile(
    "\r\n|[\r\n\u2028\u2029\u0085]|[\x00-\x08\x0b-\x1f\x7f]|[&<>]|[" + re.escape(_PUNCT) + "]"
    "|[" + BIDI_CONTROLS + "]"
)
_BREAKS = {"\r\n", "\r", "\n", "\u2028", "\u2029", "\u0085"}


def _replace(match: re.Match) -> str:
    ch = match.group()
    if ch in _BREAKS:
        return "<br>"
    if ch in _ENTITIES:
        return _ENTITIES[ch]
    if ch in _PUNCT:
        return "\\" + ch
    if ch in BIDI_CONTROLS:
        return f"\\\\u{ord(ch):04x}"  # renders as the escape the terminal shows
    return " "  # C0 control characters and DEL


def escape(text: str) -> str:
    """Text that renders as itself in a GFM table cell, never as markup or HTML."""
    return _SPECIAL.sub(_replace, text).replace("\t", " ")


def _source(source: str, title: str = "", link: str = "") -> str:
    """The source cell: with its document's title (the store's source table) a link
    `[title](url)` to its canonical URL, or `title (source)`; else an autolink or the text."""
    url = web_url(link) or web_url(source)
    safe = url if url and not any(c in url for c in "|()<> ") else None
    if title:
        return f"[{escape(title)}]({safe})" if safe else f"{escape(title)} ({escape(source)})"
    return f"<{safe}>" if safe else escape(source)


def _date(event: Event) -> str:
    from timeline_cli.when import format_when

    return escape(format_when(when_of(event)))


OPTIONS = ("facts",)


def _fact_cell(event: Event, facts) -> str:
    fid, n, agreement = fact_of(event, facts)
    return f"{fid}: {n} sources{' (disagree)' if agreement == 'disagree' else ''}" if n > 1 else f"{fid}: 1 source"


def export(events: Sequence[Event], out: TextIO, *, raw: bool = False, sources=None, facts=None) -> None:
    extra = [(title, cell) for title, name, cell in OPTIONAL if any(getattr(e, name) for e in events)]
    if has_facts(events, facts):  # the store's same-fact grouping (grouping.py)
        extra.append(("Fact", lambda e: escape(_fact_cell(e, facts))))
    header = (*HEADER, *(title for title, _ in extra))
    out.write("| " + " | ".join(header) + " |\n")
    out.write("|" + "|".join("---" for _ in header) + "|\n")
    for event in events:
        cells = (_date(event), escape(event.text), escape(event.by), _source(event.source, *described(event, sources)),
                 *(cell(event) for _, cell in extra))
        out.write("| " + " | ".join(cells) + " |\n")
