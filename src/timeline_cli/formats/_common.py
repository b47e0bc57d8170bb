"""Helpers shared by the format modules: date bounds, the export record, safe URLs."""

from __future__ import annotations

import re
import unicodedata
from datetime import date
from typing import TYPE_CHECKING
from urllib.parse import quote, urlsplit

from timeline_cli.model import DATE, FIELD_ORDER, LIST, Event, names
from timeline_cli.sanitize import BIDI_CONTROLS

if TYPE_CHECKING:
    from collections.abc import Iterable, Mapping

    from timeline_cli.sources import Source
    from timeline_cli.when import When

# Columns / keys of every tabular and JSON export: the Event fields with the derived ISO
# bounds `start` and `end` right after `when`. Derived fields are ignored on import.
DERIVED = ("start", "end")
EXPORT_FIELDS: tuple[str, ...] = (
    FIELD_ORDER[:2] + DERIVED + FIELD_ORDER[2:]
)
LIST_FIELDS = names(LIST)
_DATE_FIELDS = frozenset(names(DATE))

# Bidi controls (sanitize.BIDI_CONTROLS) in the data formats. The store keeps them (they
# belong to right-to-left prose), the terminal shows them as escapes; an export must neither
# let one reorder what a reader sees around its own piece of text nor lose it:
# - JSON (json, jsonl, timelinejs) writes them as `\u202e` escapes: the same string to every
#   JSON reader, visible in a file viewer, where a raw RLO reversed the rest of the line;
# - HTML inside a format (timelinejs) isolates a piece holding one in `<bdi>` (the HTML page
#   isolates every piece);
# - Markdown, a report to read and never imported, shows them as the terminal does (`\u202e`);
# - CSV and TSV keep them: a spreadsheet lays out each cell on its own and export -> import
#   stays lossless; a formula trigger behind them is neutralised (_tabular). iCalendar and
#   SQLite keep them too (each value is shown apart: an event's summary, a column's cell);
#   where iCalendar puts values side by side (a source's title and its name on one line of
#   the DESCRIPTION, the tags of CATEGORIES) each is `isolated`.
# Zero-width characters (U+200B-U+200D, U+2060, U+FEFF) reorder nothing and join words in
# several scripts: kept everywhere, except that they cannot hide a formula trigger.
_JSON_BIDI = {ord(c): f"\\u{ord(c):04x}" for c in BIDI_CONTROLS}


def json_visible(text: str) -> str:
    """JSON text with every bidi control as its `\\uXXXX` escape (valid only where they can occur:
    inside JSON strings, i.e. in the output of json.dumps)."""
    return text.translate(_JSON_BIDI)


def write_chunked(out, text: str, size: int = 1 << 16) -> None:
    """`text` written a piece at a time. One write of megabytes into a pipe whose reader leaves
    (`| head -1`) is taken in part and raises nothing, so the command exited 0; pieces make the
    next write fail as every command's output does (exit 141)."""
    for start in range(0, len(text), size):
        out.write(text[start:start + size])


def has_bidi(text: str) -> bool:
    return any(c in text for c in BIDI_CONTROLS)


_OPENS_ISOLATE, _CLOSES_ISOLATE = "\u2066\u2067\u2068", "\u2069"


def isolated(text: str) -> str:
    """TEXT as a piece of plain text that no bidi control in it can reorder anything around:
    in a first-strong isolate (FSI ... PDI, which also ends every embedding and override
    opened inside), a PDI of its own that would close the isolate early dropped and the
    isolates it leaves open closed. TEXT unchanged when it holds no bidi control."""
    if not has_bidi(text):
        return text
    out, depth = [], 0
    for ch in text:
        if ch in _OPENS_ISOLATE:
            depth += 1
        elif ch == _CLOSES_ISOLATE:
            if not depth:
                continue
            depth -= 1
        out.append(ch)
    return "\u2068" + "".join(out) + _CLOSES_ISOLATE * (depth + 1)


def when_of(event: Event) -> "When":
    from timeline_cli.when import parse_when

    return parse_when(event.when)


def known_start(w: "When") -> date | None:
    """The earliest day, or None when the start is open (`../X`) or unbounded."""
    if w.open_start:
        return None
    return w.earliest


def known_end(w: "When") -> date | None:
    """The latest day, or None when the end is open (`X/..`) or unbounded."""
    if w.open_end:
        return None
    return w.latest


def iso_bounds(w: "When") -> tuple[str | None, str | None]:
    start, end = known_start(w), known_end(w)
    return (start.isoformat() if start else None, end.isoformat() if end else None)


def export_record(event: Event) -> dict:
    """The event as one flat record in EXPORT_FIELDS order (the JSON shape, see json module).

    `reported` is an ISO string or None; `start`/`end` the ISO bounds or None when open;
    lists are lists; `span` is [start, end] or None; every other field a str or bool.
    """
    base = event.to_dict(keep_empty=True)
    start, end = iso_bounds(when_of(event))
    record: dict = {}
    for name in EXPORT_FIELDS:
        if name == "start":
            record[name] = start
        elif name == "end":
            record[name] = end
        elif name in _DATE_FIELDS:
            value = getattr(event, name)
            record[name] = value.isoformat() if value is not None else None
        else:
            record[name] = base[name]
    return record


# The source document's title and canonical URL, from the store's source table (sources.py):
# the last columns / keys of an export whose events have any (a store without one exports as
# before). Derived: ignored on import.
SOURCE_FIELDS = ("source_title", "source_url")


def described(event: Event, sources: "Mapping[str, Source] | None") -> tuple[str, str]:
    """(title, URL) of the event's source document, "" where unknown."""
    item = sources.get(event.source) if sources and event.source else None
    return (item.title, item.url) if item is not None else ("", "")


def has_described(events: "Iterable[Event]", sources: "Mapping[str, Source] | None") -> bool:
    """Do any of `events` have a source title or URL (then the export carries SOURCE_FIELDS)?"""
    return bool(sources) and any(any(described(e, sources)) for e in events)


def source_record(event: Event, sources: "Mapping[str, Source] | None") -> dict:
    title, url = described(event, sources)
    return {"source_title": title, "source_url": url}


# The same-fact grouping (grouping.py): the fact id an event belongs to, its independent
# sources and "single" / "agree" / "disagree". An export carries them (last, after the source
# fields) when its caller gives `facts` ({event id: (fact, sources, agreement)}: the CLI gives
# fact_rows.fact_columns when the store holds a grouping) naming any exported event; an event
# it does not name is a fact of its own. Derived: ignored on import.
FACT_FIELDS = ("fact", "sources", "agreement")
IGNORED_ON_IMPORT = frozenset(DERIVED + SOURCE_FIELDS + FACT_FIELDS)


def has_facts(events: "Iterable[Event]", facts: "Mapping[str, tuple[str, int, str]] | None") -> bool:
    """Does `facts` name any of `events` (then FACT_FIELDS are carried)?"""
    return bool(facts) and any(e.id in facts for e in events)  # type: ignore[operator]


def fact_of(event: Event, facts: "Mapping[str, tuple[str, int, str]] | None") -> tuple[str, int, str]:
    """(fact id, independent sources, agreement) of the event; a lone statement is F + its id."""
    found = facts.get(event.id) if facts else None
    return found if found is not None else ("F" + event.id, 1, "single")


def fact_record(event: Event, facts: "Mapping[str, tuple[str, int, str]] | None") -> dict:
    return dict(zip(FACT_FIELDS, fact_of(event, facts)))


_URL_UNSAFE = re.compile(r"[\s\x00-\x1f\x7f-\x9f<>\"'`\\]")


def web_url(value: str) -> str | None:
    """`value` when it is a plain http(s) URL with a host (safe to put in an href), else None.

    Anything else (javascript:, data:, relative paths, file paths, URLs with spaces or
    quotes) is shown as text by the exporters, never linked.
    """
    if not value or _URL_UNSAFE.search(value):
        return None
    try:
        parts = urlsplit(value)
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return None
    if not value.lower().startswith(("http://", "https://")):
        return None
    return _format_chars_encoded(value, parts.netloc)


def _format_chars_encoded(url: str, netloc: str) -> str | None:
    """URL with each invisible format character (a bidi override, a zero-width space: Unicode
    category Cf) percent-encoded, as an IRI becomes a URI (RFC 3987 3.1): shown as a link's text
    or written raw (iCalendar's URL), U+202E reversed what followed. None when the host holds
    one: no host name may (IDNA), so it is no web address."""
    if url.isascii() or not any(unicodedata.category(ch) == "Cf" for ch in url):
        return url
    if any(unicodedata.category(ch) == "Cf" for ch in netloc):
        return None
    return "".join(quote(ch, safe="") if unicodedata.category(ch) == "Cf" else ch for ch in url)
