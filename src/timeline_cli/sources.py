"""The store's source table: what ingest learnt about each document its events come from.

A reader finds a document's title, canonical URL, byline, publication date (and how it found
it) and, for a PDF, where each page starts; ingest keeps them here, one `[[source]]` table per
source (the events' `source` string, the key), so `show ID` and the exports can name and link
the document without reading it again (a URL or a moved file is not readable later):

    [[source]]
    source = "pages/kursk.html"                    # the key: events' `source`
    title = "Troops cross into Kursk"              # headline / subject / PDF title
    url = "https://example.com/kursk"              # canonical URL
    author = "Jane Roe"                            # byline / From:
    published = 2024-08-07                         # the date the document gives itself
    published_how = "meta article:published_time"  # how the reader found it
    page_starts = [0, 2210, 4977]                  # PDF: offset of each page in the text read

It lives with the store's memory (memory.py), so it is written in the same atomic, locked
write as the events it describes and travels through git, diff and merge with them.

Every value comes from an untrusted document: it is made one line here (line breaks and tabs
become spaces, other control characters their visible escape), and each output escapes it as
it does event text (sanitize for terminals, formula defusing for spreadsheets, HTML escaping,
links only for plain http(s) URLs).
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from datetime import date
from typing import Any

__all__ = ["Source", "one_line", "source_text", "source_from_raw", "to_row", "from_row"]

_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029]")
_SURROGATE = re.compile("[\ud800-\udfff]")
MAX_CHARS = 2000  # a title or byline longer than this is not one (a page's whole text in <title>)
_TEXT_FIELDS = ("title", "url", "author", "published_how")


def one_line(value: str, limit: int = MAX_CHARS) -> str:
    """An untrusted document value as one storable line: white space runs folded to a space,
    other control characters as visible `\\xNN`, lone surrogates as U+FFFD, at most `limit`."""
    text = " ".join(_SURROGATE.sub("\ufffd", value).split())
    text = _CONTROL.sub(lambda m: f"\\x{ord(m.group()):02x}", text)
    return text if len(text) <= limit else text[: limit - 1] + "…"


@dataclass(frozen=True, slots=True)
class Source:
    source: str
    title: str = ""
    url: str = ""
    author: str = ""
    published: date | None = None
    published_how: str = ""
    page_starts: tuple[int, ...] = ()

    def __bool__(self) -> bool:  # worth a table: it says something beyond its key
        return bool(self.title or self.url or self.author or self.published or self.page_starts)

    @property
    def pages(self) -> int:
        return len(self.page_starts)

    def page_of(self, offset: int) -> int | None:
        """The 1-based page holding character `offset` of the text read; None if not paged."""
        if not self.page_starts:
            return None
        return max(1, bisect.bisect_right(self.page_starts, offset))

    @classmethod
    def of(cls, source: str, *, title: str = "", url: str = "", author: str = "",
           published: date | None = None, published_how: str = "",
           page_starts: tuple[int, ...] = ()) -> "Source":
        """A Source from what a reader found, every text made one safe line (its key as the
        events' source is made one: `fields.document_line`)."""
        from timeline_cli.fields import document_line

        return cls(document_line(source).strip(), one_line(title), one_line(url), one_line(author), published,
                   one_line(published_how, 200) if published else "",
                   tuple(page_starts))


def source_text(item: Source) -> str:
    """The `[[source]]` table of one source (canonical: fixed key order, set fields only)."""
    from timeline_cli.tomlwrite import literal

    lines = ["", "[[source]]", f"source = {literal(item.source)}"]
    lines += [f"{name} = {literal(getattr(item, name))}" for name in ("title", "url", "author")
              if getattr(item, name)]
    if item.published is not None:
        lines.append(f"published = {item.published.isoformat()}")
    if item.published_how:
        lines.append(f"published_how = {literal(item.published_how)}")
    if item.page_starts:
        lines.append(f"page_starts = {literal(list(item.page_starts))}")
    return "\n".join(lines) + "\n"


def source_from_raw(raw: Any, n: int) -> Source:
    """A `[[source]]` table read from a store (tomllib's dict). Raises ValueError(where, problem)."""
    from timeline_cli.fields import FieldError, single_line

    where = f"source #{n}"
    if not isinstance(raw, dict):
        raise ValueError(where, "is not a table")
    unknown = set(raw) - {"source", "published", "page_starts", *_TEXT_FIELDS}
    if unknown:
        raise ValueError(where, f"unknown field {sorted(unknown)[0]!r}")
    try:
        key = single_line("source", raw.get("source", ""))
        texts = {name: single_line(name, raw.get(name, "")) for name in _TEXT_FIELDS}
    except FieldError as exc:
        raise ValueError(where, f"field '{exc.field}' {exc.problem}") from None
    if not key:
        raise ValueError(where, "needs `source = \"...\"`, the events' source it describes")
    published = raw.get("published")
    if published is not None and (not isinstance(published, date) or hasattr(published, "hour")):
        raise ValueError(where, "`published` must be a date (YYYY-MM-DD)")
    starts = raw.get("page_starts", [])
    if (not isinstance(starts, list) or not all(type(s) is int and s >= 0 for s in starts)
            or starts != sorted(starts)):
        raise ValueError(where, "`page_starts` must be a list of increasing character offsets")
    return Source(key, texts["title"], texts["url"], texts["author"], published,
                  texts["published_how"], tuple(starts))


def to_row(item: Source) -> tuple:
    """Marshal-friendly row for the snapshot cache."""
    return (item.source, item.title, item.url, item.author,
            item.published.toordinal() if item.published else 0, item.published_how,
            list(item.page_starts))


def from_row(row) -> Source:
    key, title, url, author, day, how, starts = row
    return Source(key, title, url, author, date.fromordinal(day) if day else None, how, tuple(starts))
