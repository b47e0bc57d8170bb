"""Plain text and Markdown: the bytes decoded strictly (--encoding), exactly as read, so a
statement's span is an offset into the file; NUL bytes in an 8-bit encoding are refused as
binary. The document's date is found in the text itself later (temporal/docdate.py)."""

from __future__ import annotations

from timeline_cli.readers import Document

NAME = "text"
EXTENSIONS = (".txt", ".md", ".markdown", ".text")
EXTRA = ""


def sniff(head: bytes) -> bool:
    """Text is the fallback: it never claims bytes by content."""
    return False


def read(data: bytes, *, origin: str, encoding: str = "utf-8") -> list[Document]:
    from timeline_cli.docread import decode_text

    return [Document(text=decode_text(data, origin, encoding))]
