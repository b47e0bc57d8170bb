"""Terminal output: the Rich timeline and plain one-event-a-line text. The Console is passed in.

Statements with no date of their own (`../REPORTED`, query.is_undated) are folded in the
reading views (Rich and --oneline): each document's fold into one line at their report date,
"+13 undated statements from SOURCE", unless `fold=False` (`show --all`).

The other views live beside this one: render.diff (`timeline diff`), render.conflicts
(`timeline conflicts`), render.extract (`timeline extract`'s table).

Every piece of event data goes through sanitize and into rich.text.Text, never into a markup
string, so article text can neither style the terminal nor send it control codes.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Iterable, TextIO, Union

from timeline_cli.lang.en.calendar import MONTH_NAMES
from timeline_cli.model import Event
from timeline_cli.sanitize import safe, safe_line
from timeline_cli.eraday import year_label
from timeline_cli.when import When, era_label, format_when, parse_when

# display names from the one month table (the English pack's; displays are English for now)
MONTHS = tuple(name.title() for name in MONTH_NAMES)
TAG_STYLES = ("magenta", "green", "blue", "yellow", "cyan", "red")
STATUS_STYLES = {"confirmed": "bold green", "disputed": "bold red", "reported": "yellow"}
# How a status is marked in the reading views: a sign that survives --color never.
STATUS_MARKS = {"confirmed": "✓ confirmed", "disputed": "✗ disputed", "reported": "· reported"}


# ---------------------------------------------------------------- plain

# The columns of piped `show` / `--format plain`. Scripts cut them by number: a new column
# is appended at the end, never inserted (STATUS came after ID).
PLAIN_COLUMNS = ("WHEN", "TEXT", "BY", "SOURCE", "TAGS", "ID", "STATUS")


def plain_line(event: Event) -> str:
    """WHEN<TAB>TEXT<TAB>BY<TAB>SOURCE<TAB>TAGS<TAB>ID<TAB>STATUS: one event, one line, cut-friendly."""
    return "\t".join((
        event.when,
        safe_line(event.text),
        safe_line(event.by),
        safe_line(event.source),
        safe_line(",".join(event.tags)),
        event.id,
        safe_line(event.status),
    ))


def write_plain(events: Iterable[Event], out: TextIO) -> None:
    out.writelines(plain_line(e) + "\n" for e in events)


# ---------------------------------------------------------------- folding undated statements


@dataclass
class Folded:
    """The undated statements of one document (same source and report date), shown as one line."""

    when: str                      # their common date, ../REPORTED
    source: str
    reported: date | None
    events: list[Event] = field(default_factory=list)

    @property
    def words(self) -> str:
        n = len(self.events)
        return f"+{n} undated statement{'s' if n != 1 else ''} from {safe_line(self.source) or '(no source)'}"


Row = Union[Event, Folded]


def fold_undated(events: Iterable[Event]) -> list[Row]:
    """The events in their order, each document's undated statements replaced by one Folded
    at the place of the first of them (their report date, where they sort)."""
    from timeline_cli.query import is_undated

    out: list[Row] = []
    folds: dict[tuple[str, date | None], Folded] = {}
    for event in events:
        if not is_undated(event):
            out.append(event)
            continue
        key = (event.source, event.reported)
        folded = folds.get(key)
        if folded is None:
            folded = folds[key] = Folded(event.when, event.source, event.reported)
            out.append(folded)
        folded.events.append(event)
    return out


def _folded_count(rows: list[Row]) -> int:
    return sum(len(r.events) for r in rows if isinstance(r, Folded))


def _footer(events: list[Event], rows: list[Row]):
    from rich.text import Text

    footer = Text(f"{len(events)} event(s)", style="dim")
    folded = _folded_count(rows)
    if folded:
        footer.append(f", {folded} undated statement(s) folded (show --all lists them)", style="dim")
    return footer


# ---------------------------------------------------------------- rich

def group_label(w: When) -> tuple[str, str]:
    """(year heading, month heading) an event is listed under."""
    if w.open_start and w.open_end:
        return ("Undated", "")
    day = w.latest if w.open_start else w.earliest
    year = year_label(day.year)  # "490 BC" for astronomical -489
    if w.open_start or w.open_end:
        return (year, f"{MONTHS[day.month - 1]} {year}")
    if w.earliest.year != w.latest.year:
        return (year, f"Spanning {format_when(w)}")
    if w.earliest.month == w.latest.month:
        return (year, f"{MONTHS[day.month - 1]} {year}")
    return (year, f"{year}, no exact month")


def compact_when(w: When) -> str:
    """format_when, with open ends said in one short word so the date column stays narrow."""
    text = format_when(w)
    if w.open_start and not w.open_end and text.startswith("on or before "):
        return "by " + text[len("on or before "):]
    return text


def _tag_style(tag: str) -> str:
    return TAG_STYLES[sum(tag.encode("utf-8")) % len(TAG_STYLES)]


def status_mark(status: str) -> tuple[str, str]:
    """(words, style) marking a status in the reading views."""
    return STATUS_MARKS.get(status, safe_line(status)), STATUS_STYLES.get(status, "dim")


def event_renderables(event: Event, w: When):
    """(date cell, statement cell) for one event. The date cell holds the date, the full id
    and the status; the statement cell the text, then claimant, source and tags."""
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
    if event.status:
        words, style = status_mark(event.status)
        when.append("\n" + words, style=style)
    body = Text(safe(event.text))
    meta = Text()
    if event.by:
        meta.append("per " + safe_line(event.by), style="italic dim")
    if event.source:
        if meta:
            meta.append(" · ", style="dim")
        meta.append(safe_line(event.source), style="dim")
    for tag in event.tags:
        if meta:
            meta.append(" ")
        meta.append("#" + safe_line(tag), style=_tag_style(tag))
    if event.conflict:
        meta.append("\nmerge conflict: " + safe_line(event.conflict), style="bold red")
    if meta:
        body.append("\n")
        body.append_text(meta)
    return when, body


def folded_renderables(folded: Folded, w: When):
    """(date cell, statement cell) for a document's folded undated statements."""
    from rich.text import Text

    words = Text()
    words.append(folded.words, style="italic dim")
    return Text(compact_when(w), style="bold cyan"), words


def render_rich(events: list[Event], console, *, fold: bool = True) -> None:
    """Events grouped by year and month, in the order given (the store's, or reversed);
    with `fold`, each document's undated statements as one line (fold_undated)."""
    from rich.table import Table
    from rich.text import Text

    if not events:
        console.print(Text("No events match.", style="dim"))
        return
    rows: list[Row] = fold_undated(events) if fold else list(events)
    # One date-column width for every month's table, so the columns line up down the page;
    # wide enough for a full id (ids are never cut) and a status mark.
    widest_id = max(len(e.id) for e in events)
    date_width = min(26, max(12, widest_id, *(len(compact_when(parse_when(r.when))) + 4 for r in rows)))
    year = month = None
    table = None

    def flush():
        if table is not None:
            console.print(table)

    for row in rows:
        w = parse_when(row.when)
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
            # fold, never "…": every character of the statement and of the id is shown,
            # however narrow the terminal (App.console keeps a minimum width for that reason).
            table.add_column(min_width=min(widest_id, 26), width=date_width, justify="right", overflow="fold")
            table.add_column(ratio=1, overflow="fold")
        if isinstance(row, Folded):
            table.add_row(*folded_renderables(row, w))
        else:
            table.add_row(*event_renderables(row, w))
        table.add_row("", "")
    flush()
    shown = [r for r in rows if isinstance(r, Event)]
    approx = any(parse_when(e.when).approximate for e in shown)
    uncertain = any(parse_when(e.when).uncertain for e in shown)
    if approx or uncertain:
        legend = Text()
        if approx:
            legend.append("~ approximate date  ", style="yellow")
        if uncertain:
            legend.append("? uncertain date", style="yellow")
        console.print(legend)
    console.print(_footer(events, rows))


# ---------------------------------------------------------------- one line per event

def render_oneline(events: list[Event], console, *, fold: bool = True) -> None:
    """`show --oneline`: DATE ID TEXT, one line per event like `git log --oneline` (full
    ids), the status and tags after the text; coloured when the console is. With `fold`, a
    document's undated statements are one line, `DATE +N undated statements from SOURCE`.
    Lines are never wrapped by us (soft_wrap): the terminal wraps, a pipe gets one line."""
    from rich.text import Text

    if not events and console.is_terminal:  # (as the full view; a pipe gets nothing, as git's)
        console.print(Text("No events match.", style="dim"))
        return
    rows: list[Row] = fold_undated(events) if fold else list(events)
    # EDTF counts years astronomically (-0489 is 490 BC): such dates say their era beside it
    whens = [r.when + era_label(r.when) for r in rows]
    width = min(23, max((len(w) for w in whens), default=0))
    for row, when in zip(rows, whens):
        line = Text()
        line.append(when.ljust(width), style="cyan")
        line.append(" ")
        if isinstance(row, Folded):
            line.append(row.words, style="italic dim")
            console.print(line, soft_wrap=True)
            continue
        line.append(row.id, style="yellow")
        line.append(" ")
        line.append(safe_line(row.text))
        if row.status:
            words, style = status_mark(row.status)
            line.append(f" [{words}]", style=style)
        for tag in row.tags:
            line.append(" #" + safe_line(tag), style=_tag_style(tag))
        console.print(line, soft_wrap=True)
