"""`timeline show ID...`: each event in full (every field, the full id), its source document's
title, URL, byline, publication date and (PDF) page from the store's source table (sources.py),
and, when its source file can be read and still holds the statement at its span, the
sentence in its document context. Plain text when piped, Rich on a terminal; the Console is passed in.

Every piece of event or document text goes through sanitize (plain) or into rich.text.Text
(Rich, whose console escapes controls), never into markup.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from typing import TYPE_CHECKING, Iterable, Mapping, TextIO

from timeline_cli.model import EMPTY, FIELDS, Event, normalise_text
from timeline_cli.sanitize import safe_line

if TYPE_CHECKING:
    from timeline_cli.sources import Source

CONTEXT_LINES = 2     # lines shown before and after the statement's own lines
CONTEXT_CHARS = 400   # at most this much context on each side (a document may be one long line)


@dataclass(frozen=True, slots=True)
class Context:
    """The statement in its document: `before` + `match` + `after`, or why it is not shown;
    and the document's title and URL when its reader finds them (a saved page's headline)."""

    before: str = ""
    match: str = ""
    after: str = ""
    problem: str = ""  # set when there is no context to show
    title: str = ""
    url: str = ""


def _locate(source: str, base: str | None) -> tuple[str, str] | None:
    """(the file, the part) an event's source names: relative to the store's folder `base`
    (how ingest records it), else to the current folder (older stores); `PATH#PART` is one
    document of several in a file (an mbox)."""
    candidates = [(source, "")]
    if "#" in source:
        path, _, part = source.rpartition("#")
        candidates.append((path, part))
    for path, part in candidates:
        for place in ([os.path.join(base, path)] if base and not os.path.isabs(path) else []) + [path]:
            if os.path.isfile(place):
                return place, part
    return None


def document_context(event: Event, encoding: str = "utf-8", base: str | None = None) -> Context | None:
    """The span's text with a few lines around it; None when the event has no span or source.
    The source is read again through its reader (a page's article text, an e-mail's body), so
    the span is an offset into what ingest parsed; never fetched (a URL source shows no context)."""
    if event.span is None or not event.source or event.source == "<stdin>":
        return None
    if event.source.startswith(("http://", "https://")):
        return None
    where = _locate(event.source, base)
    if where is None:
        return Context(problem=f"source {event.source} is not readable from here; no context shown")
    from timeline_cli.docread import read_documents
    from timeline_cli.errors import TimelineError

    try:
        documents = read_documents(where[0], encoding)
    except TimelineError as exc:
        return Context(problem=f"source cannot be read ({exc.message}); no context shown")
    document = next((d for d in documents if d.part == where[1]), None)
    if document is None:
        return Context(problem=f"source {event.source} no longer holds that document; no context shown")
    text, title, url = document.text, " ".join(document.title.split()), document.url
    start, end = event.span
    found = text[start:end] if 0 <= start <= end <= len(text) else ""
    # The stored text is the sentence with its white space folded; compare the same way.
    if not found or normalise_text(found) != normalise_text(event.text):
        return Context(problem=f"source {event.source} has changed since ingest: the text at "
                               f"{start}-{end} no longer matches; no context shown", title=title, url=url)
    lo = text.rfind("\n", 0, start) + 1           # the start of the statement's first line
    for _ in range(CONTEXT_LINES):
        if lo == 0:
            break
        lo = text.rfind("\n", 0, lo - 1) + 1
    hi = _line_end(text, end)
    for _ in range(CONTEXT_LINES):
        if hi >= len(text):
            break
        hi = _line_end(text, hi + 1)
    lo, hi = max(lo, start - CONTEXT_CHARS), min(hi, end + CONTEXT_CHARS)
    return Context(before=text[lo:start], match=found, after=text[end:hi].rstrip("\n"),
                   title=title, url=url)


def _line_end(text: str, i: int) -> int:
    end = text.find("\n", i)
    return len(text) if end < 0 else end


def _value(event: Event, name: str) -> str:
    value = getattr(event, name)
    if isinstance(value, tuple) and name == "span":
        return f"{value[0]}-{value[1]}"
    if isinstance(value, tuple):
        return ", ".join(value)
    if isinstance(value, bool):
        return "yes" if value else "no"
    if name == "when":
        from timeline_cli.when import era_label

        return value + era_label(value)  # "-0489 (490 BC)": astronomical years said plainly
    return str(value)


def field_rows(event: Event) -> list[tuple[str, str]]:
    """(field name, value as text) for every set field, in FIELD_ORDER."""
    return [(f.name, _value(event, f.name)) for f in FIELDS
            if f.required or getattr(event, f.name) not in EMPTY]


def _document_rows(event: Event, context: Context | None, described: "Source | None" = None
                   ) -> list[tuple[str, str]]:
    """The source document's title, URL, byline, publication date and the event's page: from
    the store's source table, else (a store ingested before it had one) what re-reading the
    source found."""
    title = (described.title if described else "") or (context.title if context else "")
    url = (described.url if described else "") or (context.url if context else "")
    rows = [("title", title)] if title else []
    if url and url != event.source:
        rows.append(("url", url))
    if described is None:
        return rows
    if described.author:
        rows.append(("author", described.author))
    if described.published is not None:
        how = f" ({described.published_how})" if described.published_how else ""
        rows.append(("published", described.published.isoformat() + how))
    if described.page_starts:
        page = described.page_of(event.span[0]) if event.span is not None else None
        rows.append(("page", f"{page} of {described.pages}" if page else f"? of {described.pages}"))
    return rows


def _indent(text: str, prefix: str) -> list[str]:
    return [prefix + safe_line(line) for line in text.split("\n")]


def plain_lines(event: Event, context: Context | None, described: "Source | None" = None) -> list[str]:
    """The plain-text view of one event: `name: value` lines, then the context."""
    rows = field_rows(event) + _document_rows(event, context, described)
    width = max(len(name) for name, _ in rows)
    lines = [f"{name.ljust(width)}  {safe_line(value)}" for name, value in rows]
    if context is not None:
        if context.problem:
            lines.append(f"{'context'.ljust(width)}  ({safe_line(context.problem)})")
        else:
            lines.append("context:")
            # The statement between » and «, its neighbours as they are in the document.
            lines += _indent(context.before + "»" + context.match + "«" + context.after, "  | ")
    return lines


def write_plain(events: Iterable[Event], out: TextIO, base: str | None = None,
                sources: "Mapping[str, Source] | None" = None) -> None:
    sources = sources or {}
    for n, event in enumerate(events):
        if n:
            out.write("\n")
        out.writelines(line + "\n" for line in plain_lines(event, document_context(event, base=base),
                                                              sources.get(event.source)))


def render_rich(events: Iterable[Event], console, base: str | None = None,
                sources: "Mapping[str, Source] | None" = None) -> None:
    from rich.table import Table
    from rich.text import Text

    for n, event in enumerate(events):
        if n:
            console.print()
        table = Table.grid(padding=(0, 2))
        table.add_column(style="dim", no_wrap=True)
        table.add_column()
        context = document_context(event, base=base)
        rows = field_rows(event) + _document_rows(event, context, (sources or {}).get(event.source))
        for name, value in rows:
            style = "bold" if name in ("id", "text") else ("bold cyan" if name == "when" else "")
            if name == "conflict":
                style = "bold red"
            table.add_row(name, Text(value, style=style))
        console.print(table)
        if context is None:
            continue
        if context.problem:
            console.print(Text(f"({context.problem})", style="yellow"))
            continue
        body = Text()
        body.append(context.before, style="dim")
        body.append(context.match, style="bold reverse")
        body.append(context.after, style="dim")
        console.print(Text("context:", style="dim"))
        console.print(body)


def _fact_ids(prefixes, snap) -> bool:
    """Every prefix names a fact (F + an event id, as `timeline facts` prints them) and no event."""
    ids = [row[0] for row in snap.rows]
    return all(p.startswith("F") and len(p) > 4 and not any(i.startswith(p) for i in ids)
               and any(i.startswith(p[1:].removesuffix(".0")) for i in ids) for p in prefixes)


def show_ids(app, prefixes, fmt: str | None) -> None:
    """`timeline show ID...`: resolve each id prefix (ids.py), then show the events in full:
    Rich on a terminal, plain when piped; json/jsonl/csv as `show` writes them."""
    import sys

    from timeline_cli.cli_options import write_format
    from timeline_cli.ids import resolve_all
    from timeline_cli.store import Store

    snap = Store(app.store_path, cache=True).snapshot()
    if _fact_ids(prefixes, snap) and fmt in (None, "rich", "plain"):
        # `timeline show F...`: a fact (grouping.py) in full, as `timeline facts F...` shows it
        from timeline_cli import grouping
        from timeline_cli.commands.facts import explain

        every = snap.events()
        return explain(app, every, snap.memory, grouping.current(every, snap.memory), prefixes)
    live = [row[0] for row in snap.rows]
    for p in prefixes:  # F + a removed statement's id: the fact id `facts` printed before `rm`
        if p.startswith("F") and not any(i.startswith(p) for i in live):
            from timeline_cli.commands.facts import refuse_removed

            refuse_removed(p, snap.memory.removed)
    events = resolve_all(prefixes, snap.events(), snap.memory.removed)
    if fmt is None:
        fmt = app.rich_or_plain()
    base = None if app.store_path == "-" else os.path.dirname(os.path.abspath(app.store_path))
    if fmt == "rich":
        with app.paged_console() as console:  # several events in full fill more than a screen
            render_rich(events, console, base, snap.memory.sources)
    elif fmt == "plain":
        write_plain(events, sys.stdout, base, snap.memory.sources)
    else:
        write_format(fmt, events, sys.stdout, sources=snap.memory.sources)
