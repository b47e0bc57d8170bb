"""`timeline show ID...`: each event in full (every field, the full id) and, when its source
file can be read and still holds the statement at its span, the sentence in its document
context. Plain text when piped, Rich on a terminal; the Console is passed in.

Every piece of event or document text goes through sanitize (plain) or into rich.text.Text
(Rich, whose console escapes controls), never into markup.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from typing import Iterable, TextIO

from timeline_cli.model import EMPTY, FIELDS, Event, normalise_text
from timeline_cli.sanitize import safe_line

CONTEXT_LINES = 2     # lines shown before and after the statement's own lines
CONTEXT_CHARS = 400   # at most this much context on each side (a document may be one long line)


@dataclass(frozen=True, slots=True)
class Context:
    """The statement in its document: `before` + `match` + `after`, or why it is not shown."""

    before: str = ""
    match: str = ""
    after: str = ""
    problem: str = ""  # set when there is no context to show


def document_context(event: Event, encoding: str = "utf-8") -> Context | None:
    """The span's text with a few lines around it; None when the event has no span or source."""
    if event.span is None or not event.source or event.source == "<stdin>":
        return None
    if not os.path.isfile(event.source):
        return Context(problem=f"source {event.source} is not readable from here; no context shown")
    from timeline_cli.docread import read_document
    from timeline_cli.errors import TimelineError

    try:
        text = read_document(event.source, encoding)
    except TimelineError as exc:
        return Context(problem=f"source cannot be read ({exc.message}); no context shown")
    start, end = event.span
    found = text[start:end] if 0 <= start <= end <= len(text) else ""
    # The stored text is the sentence with its white space folded; compare the same way.
    if not found or normalise_text(found) != normalise_text(event.text):
        return Context(problem=f"source {event.source} has changed since ingest: the text at "
                               f"{start}-{end} no longer matches; no context shown")
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
    return Context(before=text[lo:start], match=found, after=text[end:hi].rstrip("\n"))


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
    return str(value)


def field_rows(event: Event) -> list[tuple[str, str]]:
    """(field name, value as text) for every set field, in FIELD_ORDER."""
    return [(f.name, _value(event, f.name)) for f in FIELDS
            if f.required or getattr(event, f.name) not in EMPTY]


def _indent(text: str, prefix: str) -> list[str]:
    return [prefix + safe_line(line) for line in text.split("\n")]


def plain_lines(event: Event, context: Context | None) -> list[str]:
    """The plain-text view of one event: `name: value` lines, then the context."""
    width = max(len(name) for name, _ in field_rows(event))
    lines = [f"{name.ljust(width)}  {safe_line(value)}" for name, value in field_rows(event)]
    if context is not None:
        if context.problem:
            lines.append(f"{'context'.ljust(width)}  ({safe_line(context.problem)})")
        else:
            lines.append("context:")
            # The statement between » and «, its neighbours as they are in the document.
            lines += _indent(context.before + "»" + context.match + "«" + context.after, "  | ")
    return lines


def write_plain(events: Iterable[Event], out: TextIO) -> None:
    for n, event in enumerate(events):
        if n:
            out.write("\n")
        out.writelines(line + "\n" for line in plain_lines(event, document_context(event)))


def render_rich(events: Iterable[Event], console) -> None:
    from rich.table import Table
    from rich.text import Text

    for n, event in enumerate(events):
        if n:
            console.print()
        table = Table.grid(padding=(0, 2))
        table.add_column(style="dim", no_wrap=True)
        table.add_column()
        for name, value in field_rows(event):
            style = "bold" if name in ("id", "text") else ("bold cyan" if name == "when" else "")
            if name == "conflict":
                style = "bold red"
            table.add_row(name, Text(value, style=style))
        console.print(table)
        context = document_context(event)
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


def show_ids(app, prefixes, fmt: str | None) -> None:
    """`timeline show ID...`: resolve each id prefix (ids.py), then show the events in full:
    Rich on a terminal, plain when piped; json/jsonl/csv as `show` writes them."""
    import sys

    from timeline_cli.cli_options import write_format
    from timeline_cli.ids import resolve_all
    from timeline_cli.store import Store

    snap = Store(app.store_path, cache=True).snapshot()
    events = resolve_all(prefixes, snap.events(), snap.memory.removed)
    if fmt is None:
        fmt = app.rich_or_plain()
    if fmt == "rich":
        with app.paged_console() as console:  # several events in full fill more than a screen
            render_rich(events, console)
    elif fmt == "plain":
        write_plain(events, sys.stdout)
    else:
        write_format(fmt, events, sys.stdout)
