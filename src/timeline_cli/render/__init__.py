"""Terminal output: the Rich timeline and plain one-event-a-line text. The Console is passed in.

The other views live beside this one: render.diff (`timeline diff`), render.conflicts
(`timeline conflicts`), render.extract (`timeline extract`'s table).

Every piece of event data goes through sanitize and into rich.text.Text, never into a markup
string, so article text can neither style the terminal nor send it control codes.
"""

from __future__ import annotations

from typing import Iterable, TextIO

from timeline_cli.model import Event
from timeline_cli.sanitize import safe, safe_line
from timeline_cli.when import When, format_when, parse_when

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")
TAG_STYLES = ("magenta", "green", "blue", "yellow", "cyan", "red")
STATUS_STYLES = {"confirmed": "green", "disputed": "bold red", "reported": "dim"}


# ---------------------------------------------------------------- plain

def plain_line(event: Event) -> str:
    """WHEN<TAB>TEXT<TAB>BY<TAB>SOURCE<TAB>TAGS<TAB>ID: one event, one line, cut-friendly."""
    return "\t".join((
        event.when,
        safe_line(event.text),
        safe_line(event.by),
        safe_line(event.source),
        safe_line(",".join(event.tags)),
        event.id,
    ))


def write_plain(events: Iterable[Event], out: TextIO) -> None:
    out.writelines(plain_line(e) + "\n" for e in events)


# ---------------------------------------------------------------- rich

def group_label(w: When) -> tuple[str, str]:
    """(year heading, month heading) an event is listed under."""
    if w.open_start and w.open_end:
        return ("Undated", "")
    day = w.latest if w.open_start else w.earliest
    if w.open_start or w.open_end:
        return (str(day.year), f"{MONTHS[day.month - 1]} {day.year}")
    if w.earliest.year != w.latest.year:
        return (str(day.year), f"Spanning {format_when(w)}")
    if w.earliest.month == w.latest.month:
        return (str(day.year), f"{MONTHS[day.month - 1]} {day.year}")
    return (str(day.year), f"{day.year}, no exact month")


def compact_when(w: When) -> str:
    """format_when, with open ends said in one short word so the date column stays narrow."""
    text = format_when(w)
    if w.open_start and not w.open_end and text.startswith("on or before "):
        return "by " + text[len("on or before "):]
    return text


def _tag_style(tag: str) -> str:
    return TAG_STYLES[sum(tag.encode("utf-8")) % len(TAG_STYLES)]


def event_renderables(event: Event, w: When):
    """(date cell, statement cell) for one event."""
    from rich.text import Text

    when = Text()
    when.append(compact_when(w), style="bold cyan")
    if w.approximate:
        when.append(" ~", style="bold yellow")
    if w.uncertain:
        when.append(" ?", style="bold yellow")
    if event.conflict:
        when.append(" !", style="bold red")
    when.append("\n" + event.id, style="dim")
    body = Text(safe(event.text))
    meta = Text()
    if event.by:
        meta.append("per " + safe_line(event.by), style="italic dim")
    if event.source:
        if meta:
            meta.append(" · ", style="dim")
        meta.append(safe_line(event.source), style="dim")
    if event.status:
        meta.append(f" ({event.status})", style=STATUS_STYLES.get(event.status, "dim"))
    for tag in event.tags:
        meta.append(" #" + safe_line(tag), style=_tag_style(tag))
    if event.conflict:
        meta.append("\nmerge conflict: " + safe_line(event.conflict), style="bold red")
    if meta:
        body.append("\n")
        body.append_text(meta)
    return when, body


def render_rich(events: list[Event], console) -> None:
    """Events grouped by year and month, in the order given (the store's, or reversed)."""
    from rich.table import Table
    from rich.text import Text

    if not events:
        console.print(Text("No events match.", style="dim"))
        return
    # One date-column width for every month's table, so the columns line up down the page.
    date_width = min(26, max(12, *(len(compact_when(parse_when(e.when))) + 4 for e in events)))
    year = month = None
    table = None

    def flush():
        if table is not None:
            console.print(table)

    for event in events:
        w = parse_when(event.when)
        y, m = group_label(w)
        if y != year:
            flush()
            table = None
            console.print()
            console.print(Text(y, style="bold underline"))
            year, month = y, None
        if m != month or table is None:
            flush()
            if m:
                console.print(Text("  " + m, style="bold magenta"))
            month = m
            table = Table.grid(padding=(0, 2), pad_edge=True)
            # fold, never "…": every character of the statement is shown, however narrow
            # the terminal (App.console keeps a minimum width for the same reason).
            table.add_column(width=date_width, justify="right", overflow="fold")
            table.add_column(ratio=1, overflow="fold")
        when, body = event_renderables(event, w)
        table.add_row(when, body)
        table.add_row("", "")
    flush()
    approx = any(parse_when(e.when).approximate for e in events)
    uncertain = any(parse_when(e.when).uncertain for e in events)
    if approx or uncertain:
        legend = Text()
        if approx:
            legend.append("~ approximate date  ", style="yellow")
        if uncertain:
            legend.append("? uncertain date", style="yellow")
        console.print(legend)
    console.print(Text(f"{len(events)} event(s)", style="dim"))
