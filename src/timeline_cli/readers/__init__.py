"""Readers: bytes of a saved page, a PDF, an e-mail or a text file -> documents to parse.

One module per kind of source, each behind the same small interface, chosen by content
sniffing first and the file's extension second (a `.txt` that is really HTML is read as HTML).
A reader never touches the network or the store; `ingest` fetches URLs (fetch.py) and hands the
bytes here. Heavy libraries (trafilatura, pypdf) are imported inside `read`, only when a
document of that kind is met, so start-up stays fast; a missing optional library is a one-line
error naming the extra to install (`pip install 'timeline-cli[web]'`).

A reader module defines:

    NAME: str                        # "html", "pdf", "email", "text"
    EXTENSIONS: tuple[str, ...]      # (".html", ".htm"), lower case, with the dot
    EXTRA: str                       # the pip extra it needs ("web", "pdf") or ""
    def sniff(head: bytes) -> bool   # do the first bytes look like this kind? (cheap, no imports)
    def read(data: bytes, *, origin: str, encoding: str = "utf-8") -> list[Document]

`read` returns one Document per document the file holds (an mbox holds many), raises
errors.InputError with a one-line message and a hint for anything it cannot read (an
encrypted PDF, a scanned PDF without text: the hint names OCR, a malformed e-mail, HTML nested
10,000 deep), and must stay within memory and time linear in the input.
"""

from __future__ import annotations

import importlib
import sys
from dataclasses import dataclass
from datetime import date
from types import ModuleType
from typing import Callable, Iterator

__all__ = ["Document", "READER_MODULES", "reader_names", "get_reader", "reader_for", "available_readers", "preload"]


@dataclass(frozen=True, slots=True)
class Document:
    """One document, as a reader found it.

    text: what the parser reads (main text only: no navigation, footers, share buttons,
        bylines or copyright lines; the headline is the title, not a statement).
    title: the headline or subject, kept for provenance (never an event).
    author: the byline or the e-mail's From: (the default claimant of statements that have none).
    published: the publication date the document gives itself, and `published_how` how it was
        found ("meta article:published_time", "JSON-LD datePublished", "<time>", "URL",
        "Date: header", "PDF CreationDate", ...); None when the document says nothing.
    url: the canonical URL (a page's <link rel=canonical> or og:url; the fetched URL).
    language: an ISO 639-1 code when the document declares one ("en"), else "".
    part: which document of a file holding several (an mbox: the message's Message-ID or
        its number), "" for a file holding one; it becomes part of the event's source.
    pages: for a paged source (PDF), the offset in `text` at which each page starts, so a
        statement's span gives its page (page_of).
    """

    text: str
    title: str = ""
    author: str = ""
    published: date | None = None
    published_how: str = ""
    url: str = ""
    language: str = ""
    part: str = ""
    pages: tuple[int, ...] = ()
    # True when `published` is a guess (a page's date found only by searching its text):
    # ingest then prefers a dateline in the text itself.
    published_weak: bool = False
    # What the reader left out of the file and why, one line each ("box.mbox (message 3) is a
    # malformed e-mail ...: skipped"), for the command to show as warnings: set on the first
    # Document of a file that holds several.
    notes: tuple[str, ...] = ()
    # A very large plain-text file (textpieces.py): `text` is then empty and this gives its
    # text a piece at a time, each call reading the file again.
    pieces: Callable[[], Iterator[str]] | None = None

    def page_of(self, offset: int) -> int | None:
        """The 1-based page holding character `offset`, for a paged document; else None."""
        if not self.pages:
            return None
        import bisect

        return max(1, bisect.bisect_right(self.pages, offset))


# The registry, in sniffing order: the first whose sniff() accepts the bytes reads them; when
# none does, the extension decides; plain text is the fallback. Modules are imported on first
# use (a name here costs nothing at start-up).
READER_MODULES: dict[str, str] = {
    "pdf": "timeline_cli.readers.pdf",
    "email": "timeline_cli.readers.email",
    "html": "timeline_cli.readers.html",
    "text": "timeline_cli.readers.text",
}


def reader_names() -> tuple[str, ...]:
    return tuple(READER_MODULES)


def get_reader(name: str) -> ModuleType:
    """The reader module called `name` (KeyError when there is none)."""
    # (an imported one from sys.modules at once: reader_for asks for every reader of every
    # document, and import_module's own look-up costs ten times the dict's)
    module = sys.modules.get(READER_MODULES[name])
    return module if module is not None else importlib.import_module(READER_MODULES[name])


def available_readers() -> list[ModuleType]:
    """The reader modules that exist in this build, in sniffing order."""
    out = []
    for name in READER_MODULES:
        try:
            out.append(get_reader(name))
        except ModuleNotFoundError as exc:
            if not exc.name or not exc.name.startswith("timeline_cli.readers."):
                raise
            # a reader not written yet: the others still work
    return out


def reader_for(path: str, head: bytes) -> ModuleType:
    """The reader for a file: by content first (`head`: its first few KB), then by extension,
    then plain text."""
    readers = available_readers()
    for module in readers:
        if module.NAME != "text" and module.sniff(head):
            return module
    suffix = path[path.rfind("."):].lower() if "." in path.rsplit("/", 1)[-1] else ""
    for module in readers:
        if suffix and suffix in module.EXTENSIONS:
            return module
    return get_reader("text")


def preload(paths) -> None:
    """Import the libraries the readers of `paths` need (by extension: no file is opened), so
    worker processes forked next inherit them instead of each importing them again (trafilatura
    and htmldate: ~0.15 s a worker). A reader module may define `preload()`; a missing optional
    library is left for `read` to report."""
    suffixes = {p[p.rfind("."):].lower() for p in paths if "." in p.rsplit("/", 1)[-1]}
    for module in available_readers():
        warm = getattr(module, "preload", None)
        if warm is not None and suffixes & set(module.EXTENSIONS):
            try:
                warm()
            except Exception:  # noqa: BLE001 - read() gives the one-line error for it
                pass
