"""Plain text and Markdown: the bytes decoded strictly (--encoding), exactly as read, so a
statement's span is an offset into the file; NUL bytes in an 8-bit encoding are refused as
binary. The document's date is found in the text itself later (temporal/docdate.py).

Text pasted from a browser starts with the article's headline, then its byline ("By Jane
Doe", "Jane Doe PhillyVoice Staff"): that headline is the document's title, not a statement.
It is blanked with spaces in the text (every offset stays an offset into the file)."""

from __future__ import annotations

import re
from itertools import islice

from timeline_cli.readers import Document

NAME = "text"
EXTENSIONS = (".txt", ".md", ".markdown", ".text")
EXTRA = ""

_HEADLINE_CHARS = (8, 200)
_LOOK = 3  # the byline is among the first lines after the headline
_LINE_RE = re.compile(r"[^\n]*")


def sniff(head: bytes) -> bool:
    """Text is the fallback: it never claims bytes by content."""
    return False


def read(data: bytes, *, origin: str, encoding: str = "utf-8") -> list[Document]:
    from timeline_cli.docread import decode_text

    text, title = without_headline(decode_text(data, origin, encoding))
    return [Document(text=text, title=title)]


def without_headline(text: str) -> tuple[str, str]:
    """(text with a pasted page's headline blanked, the headline as title, else "")."""
    found = pasted_headline(text)
    if found is None:
        return text, ""
    start, end = found
    title = " ".join(text[start:end].lstrip("#").split())  # a Markdown heading's marks are no title
    return text[:start] + " " * (end - start) + text[end:], title


def pasted_headline(text: str, lang: str | None = None) -> tuple[int, int] | None:
    """(start, end) of a pasted page's headline: the first line, short and without a
    sentence's final punctuation, followed within a few lines by a byline (the language
    pack's BYLINE_RE); None for any other text."""
    from timeline_cli import lang as _lang

    pack = _lang.get(lang or _lang.DEFAULT)
    byline = getattr(pack, "BYLINE_RE", None)
    if byline is None:
        return None
    # the first non-blank lines only (a whole page's lines cost a tenth of reading it)
    lines = list(islice(((m.start(), m.end(), m.group()) for m in _LINE_RE.finditer(text, 0, 4096)
                         if m.group().strip()), 1 + _LOOK))
    if len(lines) < 2:
        return None
    start, end, first = lines[0]
    head = first.strip()
    if not (_HEADLINE_CHARS[0] <= len(head) <= _HEADLINE_CHARS[1]) or head[-1] in ".!?:;,\"”’'" \
            or re.match(r"^[\w-]+:\s", head) or byline.search(head):
        return None
    for _, _, line in lines[1:1 + _LOOK]:
        if byline.search(" ".join(line.split())):
            offset = len(first) - len(first.lstrip())
            return start + offset, start + offset + len(head)
        if len(line.strip()) > _HEADLINE_CHARS[1] or line.strip()[-1:] in ".!?":
            return None  # a sentence before any byline: not a pasted headline
    return None
